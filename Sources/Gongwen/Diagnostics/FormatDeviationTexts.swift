import Foundation

/// The Chinese texts of `check-format`'s deviations: every English expectation, finding and place a
/// GB/T 9704 check writes, as patterns whose `{name}` parts carry numbers, fonts and quoted text over
/// (translated themselves when they are phrases too). One table for every rule, old and new; a test
/// checks that each deviation the checks can write comes out without English words.
enum FormatDeviationTexts {
  static let phrases: [(english: String, chinese: String)] = [
    // Places.
    ("page", "页面"), ("footer", "页脚"), ("section {n}", "第 {n} 节"), ("page style '{x}'", "页面样式 '{x}'"), ("{x} (first page)", "{x}（首页）"),
    ("footer (odd pages)", "页脚（奇数页）"), ("footer (even pages)", "页脚（偶数页）"), ("footer (all pages)", "页脚（所有页）"),
    // Expected.
    ("A4 210 × 297 mm", "A4 纸 210 × 297 mm"),
    ("top margin 37 ± 1 mm", "天头（上白边）37 ± 1 mm"),
    ("bottom margin 35 ± 1 mm (type area 225 mm high)", "下白边 35 ± 1 mm（版心高 225 mm）"),
    ("left margin 28 ± 1 mm", "订口（左白边）28 ± 1 mm"),
    ("right margin 26 ± 1 mm (type area 156 mm wide)", "右白边 26 ± 1 mm（版心宽 156 mm）"),
    ("22 lines a page: exact 28.95 pt line pitch (28.99 pt at most)", "每页 22 行：固定行距 28.95 磅（至多 28.99 磅）"),
    ("28 characters a line", "每行 28 个字"),
    ("page numbers “— 1 —”", "页码“— 1 —”"),
    ("odd and even pages with their own footers", "奇偶页各有页脚"),
    ("“— 1 —” with a page-number field", "“— 1 —”，含页码域"),
    ("14 pt (4号)", "4号（14 磅）"),
    ("right", "居右"), ("left", "居左"), ("center", "居中"), ("justify", "两端对齐"), ("not aligned", "未设对齐"),
    ("the label in 3号黑体 (16 pt 黑体)", "标签用3号黑体（16 磅黑体）"),
    ("3号黑体 (16 pt 黑体)", "3号黑体（16 磅黑体）"),
    ("red #FF0000", "红色 #FF0000"),
    ("full year in 〔〕, no 第, no leading zero: 某政发〔2024〕8号", "年份写全并用〔〕括入，不加“第”，序号不编虚位：某政发〔2024〕8号"),
    ("Arabic numerals, full year, no leading zeros: 2024年3月6日", "阿拉伯数字，年份写全，月日不编虚位：2024年3月6日"),
    ("a red line (#FF0000) as wide as the type area 4 mm below the 发文字号", "发文字号下 4 mm 处有与版心等宽的红色（#FF0000）分隔线"),
    ("flush left, no indent (7.3.2)", "顶格，不缩进（7.3.2）"),
    ("first line two characters in ({n} pt), the other lines flush left (7.3.3)", "首行缩进 2 字（{n} 磅），回行顶格（7.3.3）"),
    ("top edge {n} mm below the type area's top (± 1 mm)", "上边缘距版心上边缘 {n} mm（± 1 mm）"),
    ("two lines (57.9 pt) below the 发文机关标志 (± 1 mm)", "发文机关标志下空二行（57.9 磅，± 1 mm）"),
    ("4 mm below the 发文字号 (± 1 mm)", "发文字号下 4 mm（± 1 mm）"),
    ("as wide as the type area: 156 mm (± 1 mm)", "与版心等宽：156 mm（± 1 mm）"),
    ("two lines (57.9 pt) below the red line (± 1 mm)", "红色分隔线下空二行（57.9 磅，± 1 mm）"),
    ("sealed: the date 4 字 from the right, the name centred over the date (7.3.5.1)", "加盖印章：成文日期右空 4 字，署名以成文日期为准居中（7.3.5.1）"),
    ("the seal behind the text, centred over the name and date (7.3.5.1)", "印章衬于文字下方，端正居中压在署名和成文日期上（7.3.5.1）"),
    ("unsealed: the name 2 字 from the right, the date's first character 2 字 right of the name's (7.3.5.2)",
     "不加盖印章：署名右空 2 字，成文日期首字比署名首字右移 2 字（7.3.5.2）"),
    ("the last lines before the signature kept with it (keep with next), so it never stands alone on a page (7.3.5.5)",
     "署名前的正文末行与署名同页（与下段同页），署名和成文日期不单独成页（7.3.5.5）"),
    ("on a new page, “附件N” flush left on its first line (7.3.7)", "另面编排，“附件N”顶格编排在版心左上角第一行（7.3.7）"),
    ("centred on the third line, one empty line below “附件N” (7.3.7)", "附件标题居中编排在版心第三行，与“附件N”间空一行（7.3.7）"),
    ("the 版记's rules: first and last 0.35 mm, those between 0.25 mm (7.4)", "版记分隔线：首条和末条 0.35 mm，中间 0.25 mm（7.4）"),
    ("4号仿宋 (14 pt 仿宋)", "4号仿宋（14 磅仿宋）"),
    ("top edge 30 mm below the page's top (± 1 mm)", "上边缘距页面上边缘 30 mm（± 1 mm）"),
    ("red #FF0000 double lines 170 mm long, centred on the page (10.1)", "红色（#FF0000）双线，长 170 mm，居中（10.1）"),
    ("the first double line 4 mm below the 发文机关标志 (10.1, ± 1 mm)", "发文机关标志下 4 mm 处印第一条红色双线（10.1，± 1 mm）"),
    ("the second double line 20 mm above the page's bottom edge (10.1, ± 1 mm)", "距下页边 20 mm 处印第二条红色双线（10.1，± 1 mm）"),
    ("the first page's last line 7/8 of a 3号 character (4.94 mm) above the second double line (10.1, ± 1 mm)",
     "首页末行文字与第二条红色双线相距 3号汉字高度的 7/8（4.94 mm，10.1，± 1 mm）"),
    ("发文机关标志 (信函)", "发文机关标志（信函）"), ("信函 ({x} mm)", "信函（{x} mm 处）"), ("no fill", "无填充"),
    ("{c} line {w} mm long from {l} mm", "{c} 色线长 {w} mm，起于 {l} mm"),
    ("the last rule on the bottom edge of the type area (7.4)", "末条分隔线与版心下边缘重合（7.4）"), ("placed elsewhere", "位置不在版心下边缘"),
    ("版记", "版记"), ("版记 ¶{n} ({x})", "版记 ¶{n}（{x}）"),
    ("“抄送：” 1 字 in from the left, wrapped lines after the colon (7.4.2)", "“抄送：”左空 1 字，回行与冒号后首字对齐（7.4.2）"),
    ("the 印发机关 1 字 in from the left, the 印发日期 1 字 in from the right (7.4.3)", "印发机关左空 1 字，印发日期右空 1 字（7.4.3）"),
    ("later numbers (2., 3. …) under the first one, after “附件：” (7.3.4)", "后续序号（2.、3. …）与“附件：”后的第一个序号对齐（7.3.4）"),
    ("“1.” at {a} 字, the next number at {b} 字", "“1.”位于 {a} 字，下一序号位于 {b} 字"),
    ("names after “附件：” aligned, wrapped lines with the first name's first character (7.3.4)", "“附件：”后的名称对齐，回行与第一个名称的首字对齐（7.3.4）"),
    // Found.
    ("no page number", "没有页码"), ("one footer for all pages", "所有页共用一个页脚"), ("no page-number field", "没有页码域"),
    ("no size", "未设字号"), ("no East Asian font", "未设中文字体"), ("automatic colour", "自动颜色"),
    ("no line under the 发文字号", "发文字号下没有分隔线"), ("no line spacing", "未设行距"),
    ("no page break before it", "前面没有分页"), ("indented or not left aligned", "有缩进或未居左"), ("in front of the text", "浮于文字上方"),
    ("none", "未设"), ("none 字", "无"), ("theme font ({x})", "主题字体（{x}）"),
    ("exact {x} pt", "固定值 {x} 磅"), ("{x} lines", "{x} 倍行距"), ("at least {x}", "最小值 {x}"), ("proportional {x}", "比例行距 {x}"),
    ("{x} mm × {y} mm", "{x} mm × {y} mm"),
    ("{n} ({s} pt characters, letter spacing {l} pt)", "{n} 个（字号 {s} 磅，字距 {l} 磅）"),
    ("first line {f} pt, left {l} pt", "首行 {f} 磅，左缩进 {l} 磅"),
    ("a #{c} line at ¶{n}", "¶{n} 处有 #{c} 色的线"),
    ("{n} lines ({p} pt)", "{n} 行（{p} 磅）"),
    ("date {d} 字 from the right, name {n} 字 off the date's centre", "成文日期右空 {d} 字，署名偏离成文日期中线 {n} 字"),
    ("centred {n} 字 off the date's centre", "偏离成文日期中线 {n} 字"),
    ("name {n} 字 from the right, date starting {d} 字 right of the name", "署名右空 {n} 字，成文日期首字比署名首字右移 {d} 字"),
    ("¶{x} not kept with the next paragraph", "¶{x} 未设与下段同页"),
    ("{n} empty line between, {a} aligned", "中间空 {n} 行，{a}"), ("{n} empty lines between, {a} aligned", "中间空 {n} 行，{a}"),
    ("rules of {x} mm", "分隔线粗 {x} mm"), ("{x} from the left", "左空 {x}"),
    ("“{q}” {n} 字 from the left, wrapped lines at {w} 字", "“{q}”左空 {n} 字，回行位于 {w} 字"),
    ("印发机关 {l} 字 from the left, 印发日期 {r} 字 from the right", "印发机关左空 {l} 字，印发日期右空 {r} 字"),
    ("“附件：” {a} 字 in, names at {n} 字, wrapped lines at {w} 字", "“附件：”左空 {a} 字，名称位于 {n} 字，回行位于 {w} 字"),
    // The most general patterns last.
    ("{x} in “{q}”", "“{q}”用了 {x}"),
    ("{x} pt", "{x} 磅"), ("{x} mm", "{x} mm"),
  ]

  /// One piece of a deviation (its place, expectation or finding) in `language`: places joined by
  /// `, ` and findings joined by `; ` are translated one by one.
  static func translate(_ text: String, to language: MessageLanguage) -> String {
    guard language == .chinese else { return text }
    for separator in ["; ", ", ¶", ", footer", ", page", ", section"] where text.contains(separator) {
      let pieces = text.components(separatedBy: separator)
      let joined = pieces.enumerated().map { index, piece in
        translate(index == 0 || separator == "; " ? piece : String(separator.dropFirst(2)) + piece, to: language)
      }
      return joined.joined(separator: separator == "; " ? "；" : "，")
    }
    for phrase in phrases {
      guard let parts = PhraseTable.match(text, pattern: phrase.english) else { continue }
      var values: [String: String] = [:]
      // `q` is quoted document text: kept as it is
      for (name, value) in parts { values[name] = name == "q" ? value : translate(value, to: language) }
      return MessageCatalogue.fill(phrase.chinese, arguments: values) ?? text
    }
    return text
  }
}

extension FormatDeviation {
  /// The deviation with its place, expectation and finding in `language` (the id stays).
  public func localized(_ language: MessageLanguage) -> FormatDeviation {
    guard language == .chinese else { return self }
    return FormatDeviation(id: id, location: FormatDeviationTexts.translate(location, to: language),
                           expected: FormatDeviationTexts.translate(expected, to: language),
                           found: FormatDeviationTexts.translate(found, to: language))
  }

  /// `¶3 (标题): font: expected …, found …` in `language`.
  public func text(in language: MessageLanguage) -> String {
    guard language == .chinese else { return description }
    let local = localized(language)
    return "\(local.location)：\(id)：应为 \(local.expected)，实为 \(local.found)"
  }
}
