/// The roles text plays in an official document, with the formatting GB/T 9704-2012 gives each and
/// the style names the shipped templates use for them (the same names in Word and OpenDocument).
package enum OfficialRole: Sendable, Hashable, CaseIterable {
  case title, heading1, heading2, heading3, heading4, body, list, tableText

  /// The heading role of a level 1–4.
  package static func heading(_ level: Int) -> OfficialRole {
    [.heading1, .heading2, .heading3, .heading4][min(max(level, 1), 4) - 1]
  }

  /// The heading level (1–4), nil for other roles.
  package var headingLevel: Int? {
    switch self {
    case .heading1: return 1
    case .heading2: return 2
    case .heading3: return 3
    case .heading4: return 4
    default: return nil
    }
  }

  /// The paragraph style (Word `w:styleId`, ODF `style:name`).
  package var paragraphStyle: String {
    switch self {
    case .title: return "GongwenTitle"
    case .body: return "GongwenBody"
    case .list: return "GongwenListParagraph"
    case .tableText: return "GongwenTableText"
    default: return "GongwenHeading\(headingLevel ?? 1)"
    }
  }

  /// The character style of a run-in heading, nil for other roles.
  package var characterStyle: String? { headingLevel.map { "GongwenHeading\($0)Char" } }

  /// The East Asian font the standard names, as the templates name it.
  package var font: String {
    switch self {
    case .title: return "方正小标宋简体"
    case .heading1: return "黑体"
    case .heading2: return "楷体_GB2312"
    default: return "仿宋_GB2312"
    }
  }

  /// Names of the same face that a document may use instead (fallbacks of the font table).
  package var acceptedFonts: Set<String> {
    switch self {
    case .title: return ["方正小标宋简体", "方正小标宋_GBK", "小标宋", "华文中宋", "宋体", "SimSun"]
    case .heading1: return ["黑体", "SimHei", "方正黑体_GBK", "方正黑体简体"]
    case .heading2: return ["楷体_GB2312", "楷体", "KaiTi", "方正楷体_GBK", "方正楷体简体"]
    default: return ["仿宋_GB2312", "仿宋", "FangSong", "方正仿宋_GBK", "方正仿宋简体"]
    }
  }

  /// The size in points: 2号 (22 pt) for the title, 4号 (14 pt) for table text, 3号 (16 pt) otherwise.
  package var pointSize: Double {
    switch self {
    case .title: return 22
    case .tableText: return 14
    default: return 16
    }
  }

  /// Bold: level-3 headings, as is common practice.
  package var bold: Bool { self == .heading3 }

  /// Centred (title, table text) rather than justified.
  package var centered: Bool { self == .title || self == .tableText }

  /// First-line indent in characters of the role's size.
  package var firstLineIndentCharacters: Int { centered ? 0 : 2 }

  /// Exact line pitch in points: 28.95 pt gives 22 lines on the type area (table text: 20 pt).
  package var linePitchPoints: Double { self == .tableText ? 20 : 28.95 }

  /// A description for messages (`一级标题`, `正文`…).
  package var chineseName: String {
    switch self {
    case .title: return "标题"
    case .heading1: return "一级标题"
    case .heading2: return "二级标题"
    case .heading3: return "三级标题"
    case .heading4: return "四级标题"
    case .body: return "正文"
    case .list: return "列表"
    case .tableText: return "表格文字"
    }
  }
}
