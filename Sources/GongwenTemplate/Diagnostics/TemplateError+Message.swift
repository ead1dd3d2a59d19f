extension TemplateError.Kind {
  /// A stable identifier for the kind, for tools and JSON output (`"unclosed_section"`).
  public var id: String {
    switch self {
    case .unclosedTag: return "unclosed_tag"
    case .unopenedTag: return "unopened_tag"
    case .invalidDelimiters: return "invalid_delimiters"
    case .emptyTag: return "empty_tag"
    case .malformedTag: return "malformed_tag"
    case .unknownFilter: return "unknown_filter"
    case .badFilterArgument: return "bad_filter_argument"
    case .unclosedSection: return "unclosed_section"
    case .mismatchedSection: return "mismatched_section"
    case .strayClose: return "stray_close"
    case .sectionTooDeep: return "section_too_deep"
    case .sectionCrossesTable: return "section_crosses_table"
    case .sectionCrossesStructure: return "section_crosses_structure"
    case .blockTagNotAlone: return "block_tag_not_alone"
    case .missingValue: return "missing_value"
    case .filterFailed: return "filter_failed"
    case .wrongType: return "wrong_type"
    case .expressionFailed: return "expression_failed"
    case .invalidValue: return "invalid_value"
    }
  }

  /// A one-line description of the problem, e.g. `unclosed section '{{#activities}}'`.
  public var message: String {
    switch self {
    case .unclosedTag: return "unclosed tag: no closing delimiter after it in the paragraph"
    case .unopenedTag: return "closing delimiter without an opening one"
    case .invalidDelimiters(let tag):
      return "delimiter switch '\(tag)' must name two delimiters separated by a space, as in {{=<% %>=}}"
    case .emptyTag: return "empty tag"
    case .malformedTag(let reason): return "malformed tag: \(reason)"
    case .unknownFilter(let name): return "unknown filter '\(name)'"
    case .badFilterArgument(let filter, let reason): return "bad argument to filter '\(filter)': \(reason)"
    case .unclosedSection(let tag): return "unclosed section '\(tag)'"
    case .mismatchedSection(let open, let close): return "section '\(open)' is closed by '\(close)'"
    case .strayClose(let tag): return "'\(tag)' closes no open section"
    case .sectionTooDeep(let tag):
      return "section '\(tag)' is nested inside \(SectionMatcher.maxDepth) others, more than templates may nest"
    case .sectionCrossesTable(let tag): return "section '\(tag)' starts and ends in different tables"
    case .sectionCrossesStructure(let tag):
      return "section '\(tag)' starts and ends in parts of the document that cannot be joined"
    case .blockTagNotAlone(let tag): return "block tag '\(tag)' must stand alone in its paragraph"
    case .missingValue(let path): return "missing value '\(path)'"
    case .filterFailed(let filter, let reason): return "filter '\(filter)' failed: \(reason)"
    case .wrongType(let path, let expected, let found):
      return "wrong type for '\(path)': expected \(expected), found \(found)"
    case .expressionFailed(let expression, let reason): return "cannot compute '\(expression)': \(reason)"
    case .invalidValue(let path, let reason): return "invalid value '\(path)': \(reason)"
    }
  }
}

extension TemplateError {
  /// A one-line description of the problem, naming the tag when the kind itself does not.
  public var message: String {
    guard let tagText else { return kind.message }
    let tag = TemplateError.shortened(tagText)
    switch kind {
    case .unclosedTag: return "unclosed tag '\(tag)'"
    case .unopenedTag: return "closing delimiter '\(tag)' without an opening one"
    case .emptyTag: return "empty tag '\(tag)'"
    case .malformedTag(let reason): return "malformed tag '\(tag)': \(reason)"
    default: return kind.message
    }
  }

  /// `text` cut to at most `limit` characters with `…`, and on one line.
  static func shortened(_ text: String, limit: Int = 40) -> String {
    var result = ""
    var count = 0
    for character in text {
      if count == limit {
        result += "…"
        break
      }
      result.append(character.isNewline || character == "\t" ? " " : character)
      count += 1
    }
    return result
  }
}
