import GongwenTemplate

extension TemplateError: DiagnosticConvertible {
  /// The error with its kind's details as the catalogue's arguments. An unknown filter without a
  /// hint gets the nearest built-in filter's name (`cnmony` → `cnmoney`).
  public var diagnostics: [Diagnostic] {
    var diagnostic = Diagnostic(DiagnosticID(kind), arguments: kind.arguments, hint: hint, snippet: snippet)
    if let tag = shortTagText { diagnostic.arguments["tag"] = diagnostic.arguments["tag"] ?? tag }
    if case .unknownFilter(let name) = kind, hint == nil,
      let nearest = NameSuggestion.closest(to: name, among: FilterRegistry.standard.names) {
      diagnostic.arguments["suggestion"] = nearest
    }
    for (name, phrase) in argumentPhrases { diagnostic.setArgument(name, phrase) }
    if let hintPhrase { diagnostic.setHint(hintPhrase) }
    diagnostic.fields["tag"] = tagText ?? ""
    if let location {
      diagnostic.file = location.file
      diagnostic.part = location.part
      diagnostic.place = .paragraph(location.paragraph, container: location.container)
      diagnostic.containerPhrase = location.containerPhrase
      diagnostic.fields["paragraph"] = String(location.paragraph)
      diagnostic.fields["container"] = location.container ?? ""
    }
    return [diagnostic]
  }
}

extension TemplateErrors: DiagnosticConvertible {
  public var diagnostics: [Diagnostic] { errors.flatMap(\.diagnostics) }
}

extension TemplateError.Kind {
  /// The kind's details by the names the catalogue's texts use.
  var arguments: [String: String] {
    switch self {
    case .unclosedTag, .unopenedTag, .emptyTag: return [:]
    case .invalidDelimiters(let written): return ["switch": written]
    case .malformedTag(let reason): return ["reason": reason]
    case .unknownFilter(let name): return ["filter": name]
    case .badFilterArgument(let filter, let reason), .filterFailed(let filter, let reason):
      return ["filter": filter, "reason": reason]
    case .unclosedSection(let tag), .strayClose(let tag), .sectionCrossesTable(let tag),
      .sectionCrossesStructure(let tag), .blockTagNotAlone(let tag):
      return ["tag": tag]
    case .sectionTooDeep(let tag): return ["tag": tag, "depth": String(SectionMatcher.maxDepth)]
    case .mismatchedSection(let open, let close): return ["open": open, "close": close]
    case .missingValue(let path): return ["path": path]
    case .wrongType(let path, let expected, let found): return ["path": path, "expected": expected, "found": found]
    case .expressionFailed(let expression, let reason): return ["expression": expression, "reason": reason]
    case .invalidValue(let path, let reason): return ["path": path, "reason": reason]
    }
  }
}
