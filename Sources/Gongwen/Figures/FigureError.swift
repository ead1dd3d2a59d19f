import GongwenTemplate

/// A problem with a figure's value or file; the format adapters turn it into a `TemplateError`
/// naming the tag and its place.
struct FigureError: Error, Equatable {
  let reason: Phrase
  init(_ reason: FigurePhrase, _ values: [String: Phrase.Value] = [:]) { self.reason = reason.phrase(values) }

  static let truncated = FigureError(.truncated)
}


extension FigureError {
  /// Runs `body`, reporting a `FigureError` as a `TemplateError` at the image tag's site.
  static func reported<T>(at site: TagSite, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as FigureError {
      throw TemplateError(.invalidValue(path: site.tag.expression.path.description, reason: error.reason.englishText),
                          location: site.location, tagText: site.tag.text, hint: nil, arguments: ["reason": error.reason])
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
      throw FigureError(.cannotStandHere)
    }
    if request.caption != nil { throw FigureError(.captionNeedsBlock) }
    self = .inline(part.encodings[site.context])
  }
}
