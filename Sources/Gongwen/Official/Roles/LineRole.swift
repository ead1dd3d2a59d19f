/// The role one line of a 公文 written as text plays, as a 文秘 marks it up: the GB/T 9704-2012
/// element it is. The raw value is the stable id `--explain` prints.
package enum LineRole: String, Sendable, CaseIterable, Codable {
  case copyNumber = "copy-number"
  case classification
  case urgency
  case issuerMark = "issuer-mark"
  case documentNumber = "document-number"
  case signer
  case title
  case addressee
  case heading1 = "heading-1", heading2 = "heading-2", heading3 = "heading-3", heading4 = "heading-4"
  case runInHeading1 = "run-in-heading-1", runInHeading2 = "run-in-heading-2"
  case runInHeading3 = "run-in-heading-3", runInHeading4 = "run-in-heading-4"
  case point
  case listItem = "list-item"
  case body
  case attachmentNote = "attachment-note"
  case signature
  case date
  case annotation
  case attendance
  case cc
  case printedBy = "printed-by"
  case attachmentLabel = "attachment-label"
  case attachmentTitle = "attachment-title"

  /// The heading role of level 1–4, run in (followed by body text in its line) or standing alone.
  package static func heading(_ level: Int, runIn: Bool) -> LineRole {
    let levels: [LineRole] = runIn
      ? [.runInHeading1, .runInHeading2, .runInHeading3, .runInHeading4]
      : [.heading1, .heading2, .heading3, .heading4]
    return levels[min(max(level, 1), 4) - 1]
  }

  /// The heading level (1–4) of a heading or run-in heading; nil for other roles.
  package var headingLevel: Int? {
    switch self {
    case .heading1, .runInHeading1: return 1
    case .heading2, .runInHeading2: return 2
    case .heading3, .runInHeading3: return 3
    case .heading4, .runInHeading4: return 4
    default: return nil
    }
  }

  /// True for the run-in headings.
  package var isRunIn: Bool {
    switch self {
    case .runInHeading1, .runInHeading2, .runInHeading3, .runInHeading4: return true
    default: return false
    }
  }

  /// True for the roles of the body text (headings, points, list items, body paragraphs).
  package var isBodyText: Bool { headingLevel != nil || self == .point || self == .listItem || self == .body }

  /// The element's name as a 文秘 says it; also the label of an override line (`[署名]…`).
  package var chineseName: String {
    switch self {
    case .copyNumber: return "份号"
    case .classification: return "密级"
    case .urgency: return "紧急程度"
    case .issuerMark: return "发文机关标志"
    case .documentNumber: return "发文字号"
    case .signer: return "签发人"
    case .title: return "标题"
    case .addressee: return "主送机关"
    case .heading1: return "一级标题"
    case .heading2: return "二级标题"
    case .heading3: return "三级标题"
    case .heading4: return "四级标题"
    case .runInHeading1: return "一级接排标题"
    case .runInHeading2: return "二级接排标题"
    case .runInHeading3: return "三级接排标题"
    case .runInHeading4: return "四级接排标题"
    case .point: return "要点"
    case .listItem: return "列表项"
    case .body: return "正文"
    case .attachmentNote: return "附件说明"
    case .signature: return "署名"
    case .date: return "成文日期"
    case .annotation: return "附注"
    case .attendance: return "出席"
    case .cc: return "抄送"
    case .printedBy: return "印发"
    case .attachmentLabel: return "附件标记"
    case .attachmentTitle: return "附件标题"
    }
  }

  /// Other labels an override line may use for the role (short forms a 文秘 writes).
  var otherLabels: [String] {
    switch self {
    case .issuerMark: return ["标志", "版头"]
    case .documentNumber: return ["文号", "令号"]
    case .addressee: return ["主送"]
    case .signature: return ["发文机关署名", "落款"]
    case .date: return ["日期"]
    case .attendance: return ["请假", "列席"]
    case .cc: return ["抄送机关"]
    case .printedBy: return ["印发机关"]
    case .listItem: return ["列表"]
    case .copyNumber: return ["份数"]
    case .classification: return ["保密期限"]
    default: return []
    }
  }

  /// The role an override label names (`署名`, `signature`, …), nil when it names none.
  package static func labelled(_ label: Substring) -> LineRole? {
    let label = String(label)
    return allCases.first { $0.rawValue == label || $0.chineseName == label || $0.otherLabels.contains(label) }
  }
}

/// One line of the text with the role it plays.
package struct RoledLine: Sendable, Equatable {
  /// 1-based line number in the file (front matter counted).
  package var line: Int
  package var role: LineRole
  /// The line's text without surrounding white space or an override label.
  package var text: String
  /// True when the role was given by an override label rather than detected.
  package var overridden: Bool

  package init(line: Int, role: LineRole, text: String, overridden: Bool = false) {
    self.line = line
    self.role = role
    self.text = text
    self.overridden = overridden
  }
}
