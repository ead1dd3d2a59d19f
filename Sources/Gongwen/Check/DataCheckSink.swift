import Foundation
import GongwenTemplate

/// A sink that keeps nothing and checks what only the package layer can: that block values make
/// content (the format builds it, and it is thrown away) and that image files exist.
struct DataCheckSink: RenderSink {
  /// The folder image paths are relative to (the data file's), or nil to skip the file check.
  let imageFolder: String?
  let part: CompiledPart
  let state: DocumentRenderState

  mutating func appendLiteral(_ bytes: [UInt8]) {}
  mutating func appendValue(_ text: String, site: TagSite) {}
  mutating func appendHook(_ id: Int, repetitions: [Int]) {}

  /// A block tag's value is what the format can build content from; an image tag's is a path, or an
  /// object with a `path`.
  mutating func appendBlock(_ value: Value, site: TagSite, scope: Scope) throws {
    guard site.tag.kind == .image else {
      _ = try state.blockMarkup(value, site: site, scope: scope, part: part)
      return
    }
    let name = site.tag.expression.path.description
    let path: String
    switch value {
    case .string(let text): path = text
    case .object:
      guard case .string(let text)? = value["path"] else { return }
      path = text
    default:
      throw TemplateError(.wrongType(path: name, expected: "an image file path or an object with 'path'",
                                     found: value.kindName))
    }
    guard let imageFolder else { return }
    let resolved = path.hasPrefix("/") ? path : URL(fileURLWithPath: imageFolder).appendingPathComponent(path).path
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder), !isFolder.boolValue else {
      throw TemplateError(.invalidValue(path: name, reason: "image file '\(path)' not found (looked for \(resolved))"))
    }
  }
}
