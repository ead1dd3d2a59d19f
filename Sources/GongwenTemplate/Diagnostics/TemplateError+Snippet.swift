extension TemplateError {
  /// The paragraph with the tag marked by carets, as printed under the message; nil without a paragraph.
  package var snippet: String? {
    guard let location, !location.paragraphText.isEmpty else { return nil }
    return SourceSnippet(location: location).rendered
  }

  /// The tag as messages show it: at most 40 characters, on one line.
  package var shortTagText: String? { tagText.map { TemplateError.shortened($0) } }
}
