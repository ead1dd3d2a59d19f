import GongwenTemplate

/// What `check-format` expects and finds of the 版头 (GB/T 9704-2012 7.2), the 信函格式 (10.1), the
/// 纪要's labels and the dates.
enum FormatHeadPhrase: String, PhraseText {
  // expected
  case headerFont, attendanceLabel, red, documentNumber, date, redLine
  case issuerTop, numberBelowIssuer, lineBelowNumber, typeAreaWidth, titleBelowLine, letterIssuerTop, letterLines
  case letterUpperLine, letterLowerLine, letterFirstPageGap
  // found
  case noLineUnderNumber, lineAt, lines, letterLine

  var texts: (english: String, chinese: String) {
    switch self {
    case .headerFont: ("3号黑体 (16 pt 黑体)", "3号黑体（16 磅黑体）")
    case .attendanceLabel: ("the label in 3号黑体 (16 pt 黑体)", "标签用3号黑体（16 磅黑体）")
    case .red: ("red #FF0000", "红色 #FF0000")
    case .documentNumber: ("full year in 〔〕, no 第, no leading zero: 某政发〔2024〕8号", "年份写全并用〔〕括入，不加“第”，序号不编虚位：某政发〔2024〕8号")
    case .date: ("Arabic numerals, full year, no leading zeros: 2024年3月6日", "阿拉伯数字，年份写全，月日不编虚位：2024年3月6日")
    case .redLine: ("a red line (#FF0000) as wide as the type area 4 mm below the 发文字号", "发文字号下 4 mm 处有与版心等宽的红色（#FF0000）分隔线")
    case .letterUpperLine: ("the first double line 4 mm below the 发文机关标志 (10.1, ± 1 mm)", "发文机关标志下 4 mm 处印第一条红色双线（10.1，± 1 mm）")
    case .letterLowerLine: ("the second double line 20 mm above the page's bottom edge (10.1, ± 1 mm)", "距下页边 20 mm 处印第二条红色双线（10.1，± 1 mm）")
    case .letterFirstPageGap: ("the first page's last line 7/8 of a 3号 character (4.94 mm) above the second double line (10.1, ± 1 mm)",
                               "首页末行文字与第二条红色双线相距 3号汉字高度的 7/8（4.94 mm，10.1，± 1 mm）")
    case .issuerTop: ("top edge {n} mm below the type area's top (± 1 mm)", "上边缘距版心上边缘 {n} mm（± 1 mm）")
    case .numberBelowIssuer: ("two lines (57.9 pt) below the 发文机关标志 (± 1 mm)", "发文机关标志下空二行（57.9 磅，± 1 mm）")
    case .lineBelowNumber: ("4 mm below the 发文字号 (± 1 mm)", "发文字号下 4 mm（± 1 mm）")
    case .typeAreaWidth: ("as wide as the type area: 156 mm (± 1 mm)", "与版心等宽：156 mm（± 1 mm）")
    case .titleBelowLine: ("two lines (57.9 pt) below the red line (± 1 mm)", "红色分隔线下空二行（57.9 磅，± 1 mm）")
    case .letterIssuerTop: ("top edge 30 mm below the page's top (± 1 mm)", "上边缘距页面上边缘 30 mm（± 1 mm）")
    case .letterLines: ("red #FF0000 double lines 170 mm long, centred on the page (10.1)", "红色（#FF0000）双线，长 170 mm，居中（10.1）")
    case .noLineUnderNumber: ("no line under the 发文字号", "发文字号下没有分隔线")
    case .lineAt: ("a #{c} line at ¶{n}", "¶{n} 处有 #{c} 色的线")
    case .lines: ("{n} lines ({p} pt)", "{n} 行（{p} 磅）")
    case .letterLine: ("{c} line {w} mm long from {l} mm", "{c} 色线长 {w} mm，起于 {l} mm")
    }
  }
}
