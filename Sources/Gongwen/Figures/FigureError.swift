import GongwenTemplate

/// A problem with a figure's value or file; the format adapters turn it into a `TemplateError`
/// naming the tag and its place.
struct FigureError: Error, Equatable {
  let reason: String
  init(_ reason: String) { self.reason = reason }

  static let truncated = FigureError("is truncated or corrupt (the file ends inside its own structure)")
}


extension FigureError {
  /// Runs `body`, reporting a `FigureError` as a `TemplateError` at the image tag's site.
  static func reported<T>(at site: TagSite, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as FigureError {
      throw TemplateError(.invalidValue(path: site.tag.expression.path.description, reason: error.reason),
                          location: site.location, tagText: site.tag.text)
    }
  }
}

/// Where an image tag stands: alone in its paragraph, or inside the text of a run with this encoding.
enum FigurePlacement {
  case block
  case inline(ValueEncoding)

  /// Reads the site; a caption needs a block figure.
  init(site: TagSite, part: CompiledPart, request: FigureRequest) throws {
    if site.context == paragraphBlockContext {
      self = .block
      return
    }
    guard site.context >= 0, site.context < part.encodings.count, part.encodings[site.context] != .plain else {
      throw FigureError("a picture cannot stand here; put the tag in the text of a paragraph")
    }
    if request.caption != nil { throw FigureError("a caption needs the tag alone in its paragraph (a block figure)") }
    self = .inline(part.encodings[site.context])
  }
}
