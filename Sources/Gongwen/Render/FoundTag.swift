import GongwenTemplate

/// A tag found in a part: the parsed tag, its paragraph and its byte range in that paragraph's text.
struct FoundTag {
  let tag: Tag
  /// Index into the compilation's paragraph list.
  let paragraph: Int
  let range: Range<Int>
  let location: SourceLocation
}
