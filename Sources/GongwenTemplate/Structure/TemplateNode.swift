/// A tag at its place in a template, with the format-defined context its value is encoded in.
package struct TagSite: Sendable {
  package var tag: Tag
  package var location: SourceLocation
  /// How a value printed here is encoded, as the format adapter defines it (for example rich text
  /// inside a Word run, or plain text in a document property).
  package var context: Int

  package init(tag: Tag, location: SourceLocation, context: Int = 0) {
    self.tag = tag
    self.location = location
    self.context = context
  }
}

/// How a section renders its content.
package enum SectionMode: Sendable, Hashable {
  /// `{{#x}}`: once per list item, once with an object or a truthy value as scope, never when falsy.
  case normal
  /// `{{^x}}`: once when the value is falsy, never otherwise.
  case inverted
  /// Once when the value is truthy (a non-empty list included), without changing scope. Format adapters
  /// wrap a container in a guard so that an empty loop leaves no empty table or paragraph behind.
  case guarded
}

/// The flat stream a format adapter produces from a part: literal markup and tags in order.
package enum TemplateToken: Sendable {
  /// Markup copied to the output as it is (already escaped, UTF-8).
  case literal([UInt8])
  case value(TagSite)
  case open(TagSite, SectionMode)
  case close(TagSite)
  /// `{{>x}}` or `{{%x}}`: content the format adapter produces from the value.
  case block(TagSite)
  /// A format-defined spot whose markup depends on the repetition it is rendered in
  /// (fresh numbering instances, unique drawing ids).
  case hook(Int)
}

/// A compiled template: a tree of literal markup, values and sections, immutable and shareable.
package indirect enum TemplateNode: Sendable {
  case literal([UInt8])
  case value(TagSite)
  case section(TagSite, SectionMode, [TemplateNode])
  case block(TagSite)
  case hook(Int)
}
