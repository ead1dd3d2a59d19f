import Foundation
import GongwenTemplate

/// What an image tag's value asks for: a picture file or a chart, its size and caption.
enum FigureRequest {
  case image(ImageRequest)
  case chart(ChartSpec)

  /// Reads a tag's value: a path, `{path, width, height, caption, alt}`, or a chart object
  /// (`{chart: bar|column|line|pie, …}`).
  static func read(_ value: Value, path tagPath: String) throws -> FigureRequest {
    switch value {
    case .null, .string(""):
      throw FigureError(.noPicture, ["open": .text("{{#\(tagPath)}}"), "close": .text("{{/\(tagPath)}}")])
    case .string(let path):
      return .image(ImageRequest(path: try ImageRequest.checkedPath(path), width: nil, height: nil, caption: nil, alt: nil))
    case .object(let fields):
      if fields["chart"] != nil { return .chart(try ChartSpec(fields)) }
      guard let path = fields["path"] else {
        throw FigureError(.imageObjectNeedsPath)
      }
      guard case .string(let text) = path else { throw FigureError(.fieldMustBeText, ["field": "path", "kind": ValueKindPhrase.phrase(kindName: path.kindName)]) }
      return .image(ImageRequest(path: try ImageRequest.checkedPath(text),
                                 width: try fields["width"].map { try EMU.parse($0, field: "width") },
                                 height: try fields["height"].map { try EMU.parse($0, field: "height") },
                                 caption: try optionalText(fields["caption"], field: "caption"),
                                 alt: try optionalText(fields["alt"], field: "alt")))
    default:
      throw FigureError(.imageTagNeeds, ["kind": ValueKindPhrase.phrase(kindName: value.kindName)])
    }
  }

  /// The caption of either kind.
  var caption: String? {
    switch self {
    case .image(let image): return image.caption
    case .chart(let chart): return chart.caption
    }
  }

  /// Text of an optional field; empty text counts as absent.
  static func optionalText(_ value: Value?, field: String) throws -> String? {
    switch value {
    case nil, .null?: return nil
    case .string(let text)?: return text.isEmpty ? nil : text
    case .number(let number)?: return number.literal
    case let other?: throw FigureError(.fieldMustBeText, ["field": .text(field), "kind": ValueKindPhrase.phrase(kindName: other.kindName)])
    }
  }
}

/// A picture file and how it should appear.
struct ImageRequest {
  let path: String
  let width: EMU?
  let height: EMU?
  let caption: String?
  let alt: String?

  static func checkedPath(_ path: String) throws -> String {
    guard !path.trimmingCharacters(in: .whitespaces).isEmpty else { throw FigureError(.pathEmpty) }
    return path
  }
}
