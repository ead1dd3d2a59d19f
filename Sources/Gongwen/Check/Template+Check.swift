import GongwenTemplate

extension Template {
  /// Checks `data` against the template without writing anything: the same problems a render would
  /// report (missing values, lists or objects where text is printed, text where a number filter is
  /// applied, block values the format cannot build content from, pictures that cannot be read from the
  /// template options' base directory), plain values where a section wants objects, and, as warnings,
  /// sections whose key is missing but close to a key of the data; and the data's top-level keys no tag
  /// uses. Missing values come with a hint naming the nearest key.
  public func check(_ data: Value, options: RenderOptions = RenderOptions()) -> DataCheckReport {
    var report = checkTags(data, options: options)
    report.unusedKeys = Self.unusedKeys(of: data, names: Set(outline.tags.flatMap { tag in
      tag.reads.isEmpty ? Array(tag.names.prefix(1)) : tag.reads.compactMap(\.names.first)
    }))
    return report
  }

  /// The problems of ``check(_:options:)`` without the unused keys (a unit table's check says those once,
  /// by column, rather than once a row).
  func checkTags(_ data: Value, options: RenderOptions) -> DataCheckReport {
    let renderer = TemplateRenderer(filters: filters, options: options, syntax: syntax)
    var report = DataCheckReport()
    let state = compiled.makeState()
    for part in compiled.parts {
      var sink = DataCheckSink(part: part, state: state)
      report.append(renderer.check(part.nodes, data: data, into: &sink))
    }
    return report
  }

  /// The data's top-level keys that no tag names (a tag's first path component, at any depth, since
  /// names are looked up through the enclosing scopes up to the root).
  static func unusedKeys(of data: Value, names: Set<String>) -> [(key: String, suggestion: String?)] {
    guard case .object(let members) = data else { return [] }
    let candidates = names.filter { !$0.hasPrefix("$") }.sorted()
    return members.keys.filter { !names.contains($0) }.map { key in
      (key, NameSuggestion.closest(to: key, among: candidates))
    }
  }
}
