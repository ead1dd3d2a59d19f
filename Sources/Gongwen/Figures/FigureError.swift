/// A problem with a figure's value or file; the format adapters turn it into a `TemplateError`
/// naming the tag and its place.
struct FigureError: Error, Equatable {
  let reason: String
  init(_ reason: String) { self.reason = reason }

  static let truncated = FigureError("is truncated or corrupt (the file ends inside its own structure)")
}
