/// An open tag and the close tag that ends it, as indices into the tag list given to the matcher.
public struct SectionPair: Sendable, Hashable {
  public var open: Int
  public var close: Int
}

/// Pairs section tags in document order and reports unclosed, mismatched and stray ones.
public enum SectionMatcher {
  /// `errors` name the index of the offending tag.
  public static func match(_ tags: [Tag]) -> (pairs: [SectionPair], errors: [(index: Int, kind: TemplateError.Kind)]) {
    fatalError("stub")
  }
}
