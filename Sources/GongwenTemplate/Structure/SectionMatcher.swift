/// An open tag and the close tag that ends it, as indices into the tag list given to the matcher.
package struct SectionPair: Sendable, Hashable {
  package var open: Int
  package var close: Int

  package init(open: Int, close: Int) {
    self.open = open
    self.close = close
  }
}

/// Pairs section tags in document order and reports unclosed, mismatched and stray ones.
///
/// A close tag ends the innermost open section with the same operand (`{{/同比 > 0}}` closes
/// `{{#同比>0}}`); the anonymous close `{{/}}` ends the innermost open section. Recovery, so that one mistake
/// gives one error and later sections still pair:
/// - a close that names an outer open section ends it; the open sections inside it are reported
///   `.unclosedSection` (at their own index);
/// - a close that names no open section while one is open is `.mismatchedSection` (at the close's index)
///   and is taken as the end of the innermost open section (which is then not reported again);
/// - a close with no open section at all is `.strayClose`;
/// - sections still open at the end are `.unclosedSection`.
/// A section opened inside `maxDepth` others is `.sectionTooDeep`, and matching stops there: compiling
/// and rendering walk sections recursively, so nesting stays bounded whatever a template holds.
/// Errors are sorted by index; pairs hold only sections that were closed correctly, sorted by open index.
package enum SectionMatcher {
  /// How many sections one section may be nested in.
  package static let maxDepth = 100

  /// `errors` name the index of the offending tag.
  package static func match(_ tags: [Tag]) -> (pairs: [SectionPair], errors: [(index: Int, kind: TemplateError.Kind)]) {
    var pairs: [SectionPair] = []
    var errors: [(index: Int, kind: TemplateError.Kind)] = []
    var stack: [Int] = []
    for (index, tag) in tags.enumerated() {
      if tag.opensSection {
        guard stack.count < maxDepth else {
          errors.append((index, .sectionTooDeep(tag.text)))
          return (pairs.sorted { $0.open < $1.open }, errors.sorted { $0.index < $1.index })
        }
        stack.append(index)
        continue
      }
      guard tag.kind == .close else { continue }
      guard let innermost = stack.last else {
        errors.append((index, .strayClose(tag.text)))
        continue
      }
      let operand = tag.expression.operand
      let depth = tag.closesInnermost ? stack.count - 1 : stack.lastIndex { tags[$0].expression.operand == operand }
      if let depth {
        for unclosed in stack[(depth + 1)...] {
          errors.append((unclosed, .unclosedSection(tags[unclosed].text)))
        }
        pairs.append(SectionPair(open: stack[depth], close: index))
        stack.removeSubrange(depth...)
      } else {
        errors.append((index, .mismatchedSection(open: tags[innermost].text, close: tag.text)))
        stack.removeLast()
      }
    }
    for unclosed in stack {
      errors.append((unclosed, .unclosedSection(tags[unclosed].text)))
    }
    errors.sort { $0.index < $1.index }
    pairs.sort { $0.open < $1.open }
    return (pairs, errors)
  }
}
