import Collections
import Foundation

/// Turns a report written as text (`.txt`) or Markdown (`.md`) into the data of a shipped official
/// template: `标题` (the first line) and `正文` (structured content, numbers kept as written).
///
/// ```swift
/// let data = try TextConversion.data(path: "报告.txt")
/// try Template(path: ShippedTemplates.locate("report", format: .docx)).render(data, to: "报告.docx",
///     options: RenderOptions(allowMissing: true))
/// ```
public enum TextConversion {
  /// The field the body goes in; templates take it with `{{>正文}}`.
  public static let bodyKey = "正文"
  /// The field the title goes in.
  public static let titleKey = "标题"

  /// Reads a UTF-8 text file (a byte-order mark is allowed); `.md` and `.markdown` read as Markdown.
  public static func data(path: String) throws -> Value {
    let bytes = try FileBytes.read(path)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let offset = utf8ErrorOffset(bytes)
      throw DataError(file: path, message: "the text is not UTF-8 (byte \(offset + 1) is not valid); save it as UTF-8 and try again")
    }
    let lower = path.lowercased()
    guard text.contains(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }) else {
      throw DataError(file: path, message: "the file holds no text; its first line should be the title")
    }
    return data(text: text, markdown: lower.hasSuffix(".md") || lower.hasSuffix(".markdown"))
  }

  /// The data of a text: `标题` and `正文`.
  public static func data(text: String, markdown: Bool) -> Value {
    let document = OfficialTextParser.parseDocument(text, markdown: markdown)
    var data = OrderedDictionary<String, Value>()
    data[titleKey] = .string(document.title ?? "")
    data[bodyKey] = document.body
    return .object(data)
  }

  private static func utf8ErrorOffset(_ bytes: [UInt8]) -> Int {
    var low = 0, high = bytes.count
    while low < high {
      let middle = (low + high) / 2
      if String(validating: bytes[..<middle], as: UTF8.self) != nil { low = middle + 1 } else { high = middle }
    }
    return max(0, low - 1)
  }
}
