extension TemplateError: CustomStringConvertible {
  /// The error as a compiler prints it: the place, the message, and the paragraph with the tag marked.
  ///
  /// ```
  /// report.docx: word/document.xml ¶12: error: unclosed section '{{#activities}}'
  ///    12 | 年内开展{{#activities}}活动
  ///       |         ^^^^^^^^^^^^^^^
  /// ```
  ///
  /// A hint, when there is one, follows on its own line: `      = hint: did you mean {{activity}}?`.
  public var description: String { description(severity: "error") }

  /// The description with another word than `error` before the message (`warning`).
  public func description(severity: String) -> String {
    var text = ""
    if let location { text += TemplateError.place(of: location) + ": " }
    text += severity + ": " + message
    if let location, !location.paragraphText.isEmpty {
      text += "\n" + SourceSnippet(location: location).rendered
    }
    if let hint { text += "\n      = hint: " + hint }
    return text
  }

  /// `report.docx: word/document.xml ¶12 (table 1, row 2, cell 3)`.
  static func place(of location: SourceLocation) -> String {
    var text = ""
    if let file = location.file { text += file + ": " }
    text += location.part
    if location.paragraph > 0 { text += " ¶\(location.paragraph)" }
    if let container = location.container, !container.isEmpty { text += " (\(container))" }
    return text
  }
}

extension TemplateErrors: CustomStringConvertible {
  /// Every error's description, one after the other.
  public var description: String {
    errors.map(\.description).joined(separator: "\n")
  }
}
