/// The state of one render: the scope chain, the repetition ids of enclosing sections, the errors.
struct RenderPass {
  let renderer: TemplateRenderer
  let allowMissing: Bool
  var scope: Scope
  var repetitions: [Int] = []
  var nextRepetition = 1
  var errors: [TemplateError] = []
  /// Problems that do not stop a render, collected only in a data check.
  var warnings: [TemplateError] = []
  /// A data check: warnings are collected and shape problems are reported at their section.
  var checking = false

  init(renderer: TemplateRenderer, scope: Scope) {
    self.renderer = renderer
    allowMissing = renderer.options.allowMissing
    self.scope = scope
    repetitions.reserveCapacity(8)
  }

  /// What evaluating a tag gave.
  enum Outcome {
    case value(Value)
    case missing
    /// A filter failed; the error is recorded.
    case failed
  }

  mutating func render<Sink: RenderSink>(_ nodes: [TemplateNode], into sink: inout Sink) {
    for node in nodes {
      switch node {
      case .literal(let bytes):
        sink.appendLiteral(bytes)
      case .value(let site):
        renderValue(site, into: &sink)
      case .section(let site, let mode, let children):
        renderSection(site, mode, children, into: &sink)
      case .block(let site):
        renderBlock(site, into: &sink)
      case .hook(let id):
        renderHook(id, into: &sink)
      }
    }
  }

  mutating func evaluate(_ site: TagSite) -> Outcome {
    do {
      guard let value = try renderer.evaluate(site.tag.expression, in: scope) else { return .missing }
      return .value(value)
    } catch let error as TemplateError {
      record(error, at: site)
    } catch {
      let name = site.tag.expression.filters.first?.name ?? ""
      let reason = TemplatePhrase.customFilterReason.phrase(["text": .text("\(error)")])
      record(TemplateError(.filterFailed(filter: name, reason: reason.englishText), hint: nil, arguments: ["reason": reason]), at: site)
    }
    return .failed
  }

  private mutating func renderValue<Sink: RenderSink>(_ site: TagSite, into sink: inout Sink) {
    switch evaluate(site) {
    case .value(let value):
      if let found = RenderPass.unprintable(value) {
        let path = site.tag.expression.description
        let expected = TemplatePhrase.text.phrase()
        record(TemplateError(.wrongType(path: path, expected: expected.englishText, found: found.englishText), hint: nil,
                             arguments: ["expected": expected, "found": found]), at: site)
        return
      }
      sink.appendValue(value.displayText, site: site)
    case .missing:
      if allowMissing {
        sink.appendValue("", site: site)
      } else {
        record(missing(site), at: site)
      }
    case .failed:
      break
    }
  }

  /// What a value tag cannot print: an object, or a list holding objects or lists.
  private static func unprintable(_ value: Value) -> Phrase? {
    switch value {
    case .object: return TemplatePhrase.object.phrase()
    case .list(let items):
      for item in items {
        switch item {
        case .object: return TemplatePhrase.listOfObjects.phrase()
        case .list: return TemplatePhrase.listOfLists.phrase()
        default: continue
        }
      }
      return nil
    default: return nil
    }
  }

  private mutating func renderSection<Sink: RenderSink>(
    _ site: TagSite, _ mode: SectionMode, _ children: [TemplateNode], into sink: inout Sink
  ) {
    var value = Value.null
    switch evaluate(site) {
    case .value(let found): value = found
    case .missing: if checking, mode == .normal { warnMissingSection(site) }
    case .failed: break
    }
    switch mode {
    case .normal:
      let start = errors.count
      defer { diagnoseShape(site, value, since: start) }
      switch value {
      case .list(let items):
        let count = items.count
        for (index, item) in items.enumerated() {
          scope.push(item, loop: LoopPosition(index: index, count: count))
          renderRepetition(children, into: &sink)
          scope.pop()
        }
      default:
        guard renderer.isTruthy(value) else { return }
        scope.push(value)
        renderRepetition(children, into: &sink)
        scope.pop()
      }
    case .inverted:
      if !renderer.isTruthy(value) { renderRepetition(children, into: &sink) }
    case .guarded:
      if renderer.isTruthy(value) { renderRepetition(children, into: &sink) }
    }
  }

  /// A section whose key the data lacks is simply false; a check still mentions it when a key of the data
  /// is close to its name (a misspelled loop renders nothing without any error).
  private mutating func warnMissingSection(_ site: TagSite) {
    guard let hint = NameSuggestion.hint(for: site.tag, in: scope) else { return }
    let path = site.tag.expression.description
    warnings.append(TemplateError(.missingValue(path), location: site.location, tagText: site.tag.text, hint: hint as Phrase?))
  }

  /// When a section got text or numbers (or a list of them) and the tags inside then found no value, the
  /// data gives a plain value where the template wants objects. A render says so in a hint on each
  /// missing value; a data check reports one error at the section in their place.
  private mutating func diagnoseShape(_ site: TagSite, _ value: Value, since start: Int) {
    let found: Phrase
    switch value {
    case .string: found = TemplatePhrase.text.phrase()
    case .number: found = TemplatePhrase.number.phrase()
    case .list(let items):
      guard let plain = items.first(where: { $0.kindName == "text" || $0.kindName == "number" }) else { return }
      found = (plain.kindName == "text" ? TemplatePhrase.listOfTexts : .listOfNumbers).phrase()
    default: return
    }
    let isMissing: (TemplateError) -> Bool = { if case .missingValue = $0.kind { true } else { false } }
    guard start < errors.count, errors[start...].contains(where: isMissing) else { return }
    let path = site.tag.expression.description
    let expected = (value.kindName == "list" ? TemplatePhrase.aListOfObjects : .objectOrListOfObjects).phrase()
    guard checking else {
      for index in start..<errors.count where isMissing(errors[index]) && errors[index].hint == nil {
        errors[index].hintPhrase = TemplatePhrase.plainValueInSection.phrase(
          ["path": .text(path), "found": .phrase(found), "tag": .text(site.tag.text), "expected": .phrase(expected)])
      }
      return
    }
    let fields = Set(errors[start...].filter(isMissing).compactMap(\.tagText)).sorted().joined(separator: " ")
    errors = errors[..<start] + errors[start...].filter { !isMissing($0) }
    record(TemplateError(.wrongType(path: path, expected: expected.englishText, found: found.englishText),
                         hint: TemplatePhrase.fieldsOfEachItem.phrase(["fields": .text(fields)]),
                         arguments: ["expected": expected, "found": found]), at: site)
  }

  /// A hook, and the content it asks to render in its place, each piece in its own scope.
  private mutating func renderHook<Sink: RenderSink>(_ id: Int, into sink: inout Sink) {
    let expansions = sink.appendHook(id, repetitions: repetitions, scope: scope)
    guard !expansions.isEmpty else { return }
    let outer = scope
    for (index, expansion) in expansions.enumerated() {
      sink.enterExpansion(index, ofHook: id)
      scope = expansion.scope
      render(expansion.nodes, into: &sink)
    }
    scope = outer
    sink.leaveExpansions(ofHook: id)
  }

  /// Renders a section's content once, under a fresh repetition id.
  private mutating func renderRepetition<Sink: RenderSink>(_ children: [TemplateNode], into sink: inout Sink) {
    repetitions.append(nextRepetition)
    nextRepetition += 1
    render(children, into: &sink)
    repetitions.removeLast()
  }

  private mutating func renderBlock<Sink: RenderSink>(_ site: TagSite, into sink: inout Sink) {
    let value: Value
    switch evaluate(site) {
    case .value(let found):
      value = found
    case .missing:
      if !allowMissing {
        record(missing(site), at: site)
      }
      return
    case .failed:
      return
    }
    do {
      try sink.appendBlock(value, site: site, scope: scope)
    } catch let error as TemplateError {
      record(error, at: site)
    } catch let many as TemplateErrors {
      for error in many.errors { record(error, at: site) }
    } catch {
      let path = site.tag.expression.description
      let reason = TemplatePhrase.blockValue.phrase(["text": .text("\(error)")])
      record(TemplateError(.invalidValue(path: path, reason: reason.englishText), hint: nil, arguments: ["reason": reason]), at: site)
    }
  }

  /// A missing-value error for `site`, with a hint when a key of the data is close to the path.
  func missing(_ site: TagSite) -> TemplateError {
    TemplateError(.missingValue(site.tag.expression.description), hint: NameSuggestion.hint(for: site.tag, in: scope) as Phrase?)
  }

  /// Records an error, giving it the site's location and tag text when it has none.
  mutating func record(_ error: TemplateError, at site: TagSite) {
    var error = error
    if error.location == nil { error.location = site.location }
    if error.tagText == nil { error.tagText = site.tag.text }
    errors.append(error)
  }

  /// The errors in order, keeping the first of each location and kind (a loop repeats its errors).
  var uniqueErrors: [TemplateError] { RenderPass.unique(errors) }

  /// `errors` in order, keeping the first of each location and kind.
  static func unique(_ errors: [TemplateError]) -> [TemplateError] {
    var seen = Set<ErrorKey>()
    return errors.filter { seen.insert(ErrorKey(location: $0.location, kind: $0.kind.id)).inserted }
  }

  private struct ErrorKey: Hashable {
    var location: SourceLocation?
    var kind: String
  }
}
