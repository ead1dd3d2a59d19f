import GongwenTemplate
/// The kind of 公文, read from the last words of its title (or its 标志), which chooses the official
/// template and the elements the document needs.
public enum OfficialDocumentType: String, Sendable, CaseIterable {
  case notice, request, report, letter, minutes, order

  /// The shipped template that lays the document out.
  public var templateName: String { rawValue }

  /// The type's name as it ends a title.
  public var chineseName: String {
    switch self {
    case .notice: return "通知"
    case .request: return "请示"
    case .report: return "报告"
    case .letter: return "函"
    case .minutes: return "纪要"
    case .order: return "命令"
    }
  }

  /// The type a title (or 标志) ends with; nil when it names none. 通报, 决定, 意见, 批复, 通告 and 公告 are
  /// laid out as notices (downward documents with a 版头 and 主送).
  public static func from(title: String) -> OfficialDocumentType? {
    var words = Substring(title.filter { !$0.isWhitespace })
    while let last = words.last, "。.）)".contains(last) { words = words.dropLast() }
    if words.hasSuffix("纪要") { return .minutes }
    if words.hasSuffix("请示") { return .request }
    if words.hasSuffix("报告") { return .report }
    if words.hasSuffix("函") { return .letter }
    if words.hasSuffix("命令") || words.hasSuffix("令") { return .order }
    for word in ["通知", "通报", "决定", "意见", "批复", "通告", "公告"] where words.hasSuffix(word) { return .notice }
    return nil
  }

  /// True when a title line ends as a document title does (the last line of a title in several lines).
  static func endsTitle(_ text: Substring) -> Bool {
    if from(title: String(text)) != nil { return true }
    return ["方案", "规定", "办法", "总结", "计划", "要点", "决议", "公报", "议案", "细则", "规划"].contains { text.hasSuffix($0) }
  }

  /// The elements (data keys) a document of this type is incomplete without, besides 标题 and 正文.
  public var requiredKeys: [String] {
    switch self {
    case .notice: return ["主送机关", "发文机关署名", "成文日期"]
    case .request: return ["主送机关", "签发人", "发文机关署名", "成文日期", "附注"]
    case .report: return ["主送机关", "签发人", "发文机关署名", "成文日期"]
    case .letter: return ["发文字号", "主送机关", "发文机关署名", "成文日期"]
    case .minutes: return ["出席"]
    case .order: return ["令号", "发文机关署名", "成文日期"]
    }
  }

  /// Why the type needs a key, for the warning's hint.
  func reason(for key: String) -> Phrase {
    switch key {
    case "签发人": return OfficialPhrase.signer.phrase()
    case "附注": return OfficialPhrase.contactInNote.phrase()
    case "主送机关": return OfficialPhrase.addressee.phrase()
    case "出席": return OfficialPhrase.attendance.phrase()
    default: return OfficialPhrase.everyDocument.phrase(["type": .text(chineseName)])
    }
  }
}
