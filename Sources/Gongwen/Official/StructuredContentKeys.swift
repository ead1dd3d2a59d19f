import GongwenTemplate

/// The keys of structured content in data, in Chinese as the samples write them, with English
/// alternatives for JSON written by programs.
enum StructuredContentKeys {
  static let heading = ["标题", "title"]
  static let content = ["内容", "content"]
  static let runIn = ["接排", "runIn"]
  static let level = ["级别", "level"]
  static let table = ["表格", "table"]
  static let header = ["表头", "header"]
  static let rows = ["行", "rows"]
  static let landscape = ["横排", "landscape"]
  static let orderedList = ["列表", "list"]
  static let bulletList = ["符号列表", "bullets"]
  static let points = ["要点", "points"]
  static let pageBreak = ["分页", "pageBreak"]
  static let paragraph = ["段落", "paragraph"]
  static let cellText = ["文字", "text"]
  static let columnSpan = ["合并列", "colspan"]
  static let rowSpan = ["合并行", "rowspan"]

  /// A data problem at `path`.
  static func problem(_ path: String, _ reason: StructuredContentPhrase, _ values: [String: Phrase.Value] = [:]) -> TemplateError {
    let phrase = reason.phrase(values)
    return TemplateError(.invalidValue(path: path, reason: phrase.englishText), hint: nil, arguments: ["reason": phrase])
  }
}

extension Value {
  /// The member under the first of `keys` an object has.
  func firstMember(_ keys: [String]) -> Value? {
    for key in keys { if let found = self[key] { return found } }
    return nil
  }
}
