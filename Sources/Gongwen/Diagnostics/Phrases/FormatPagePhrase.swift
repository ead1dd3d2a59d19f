import GongwenTemplate

/// What `check-format` expects and finds of the page, the line grid, fonts and sizes, indents of the
/// 主体, and page numbers (GB/T 9704-2012 5, 7.3, 7.5).
enum FormatPagePhrase: String, PhraseText {
  // expected
  case a4, marginTop, marginBottom, marginLeft, marginRight, linePitch, charactersPerLine
  case pageNumbers, ownEvenFooters, pageNumberField, pageNumberSize, recipientFlushLeft, bodyIndent
  // found
  case pageSize, exactPitch, lineMultiple, atLeast, proportional, noLineSpacing, characters, indents
  case noPageNumber, oneFooter, noPageField

  var texts: (english: String, chinese: String) {
    switch self {
    case .a4: ("A4 210 × 297 mm", "A4 纸 210 × 297 mm")
    case .marginTop: ("top margin 37 ± 1 mm", "天头（上白边）37 ± 1 mm")
    case .marginBottom: ("bottom margin 35 ± 1 mm (type area 225 mm high)", "下白边 35 ± 1 mm（版心高 225 mm）")
    case .marginLeft: ("left margin 28 ± 1 mm", "订口（左白边）28 ± 1 mm")
    case .marginRight: ("right margin 26 ± 1 mm (type area 156 mm wide)", "右白边 26 ± 1 mm（版心宽 156 mm）")
    case .linePitch: ("22 lines a page: exact 28.95 pt line pitch (28.99 pt at most)", "每页 22 行：固定行距 28.95 磅（至多 28.99 磅）")
    case .charactersPerLine: ("28 characters a line", "每行 28 个字")
    case .pageNumbers: ("page numbers “— 1 —”", "页码“— 1 —”")
    case .ownEvenFooters: ("odd and even pages with their own footers", "奇偶页各有页脚")
    case .pageNumberField: ("“— 1 —” with a page-number field", "“— 1 —”，含页码域")
    case .pageNumberSize: ("14 pt (4号)", "4号（14 磅）")
    case .recipientFlushLeft: ("flush left, no indent (7.3.2)", "顶格，不缩进（7.3.2）")
    case .bodyIndent: ("first line two characters in ({n} pt), the other lines flush left (7.3.3)", "首行缩进 2 字（{n} 磅），回行顶格（7.3.3）")
    case .pageSize: ("{width} × {height}", "{width} × {height}")
    case .exactPitch: ("exact {x} pt", "固定值 {x} 磅")
    case .lineMultiple: ("{x} lines", "{x} 倍行距")
    case .atLeast: ("at least {x}", "最小值 {x}")
    case .proportional: ("proportional {x}", "比例行距 {x}")
    case .noLineSpacing: ("no line spacing", "未设行距")
    case .characters: ("{n} ({s} pt characters, letter spacing {l} pt)", "{n} 个（字号 {s} 磅，字距 {l} 磅）")
    case .indents: ("first line {f} pt, left {l} pt", "首行 {f} 磅，左缩进 {l} 磅")
    case .noPageNumber: ("no page number", "没有页码")
    case .oneFooter: ("one footer for all pages", "所有页共用一个页脚")
    case .noPageField: ("no page-number field", "没有页码域")
    }
  }
}
