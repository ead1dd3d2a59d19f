import Foundation
import Gongwen
import GongwenTemplate

/// What a client sent: text fields and uploaded files, from a multipart form or from JSON with the
/// files in base64. A client's file name is kept for messages only; it never becomes a path.
struct UploadForm {
  struct File {
    /// The name the client gave, for messages and to tell the format by its extension.
    let name: String
    let bytes: [UInt8]

    /// The extension of the client's name, lowercased (`docx`), or "".
    var fileExtension: String {
      guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
      return name[name.index(after: dot)...].lowercased()
    }
  }

  var fields: [String: String] = [:]
  var files: [String: File] = [:]

  /// Parses `body` by its content type: `multipart/form-data`, `application/json` or
  /// `application/x-www-form-urlencoded`.
  init(body: [UInt8], contentType: String?) throws {
    let type = (contentType ?? "").lowercased()
    if type.hasPrefix("multipart/form-data") {
      guard let boundary = Self.parameter("boundary", in: contentType ?? "") else {
        throw APIFailure(.badMultipart, ServerText(.multipartBodyHasNo))
      }
      try MultipartReader(boundary: boundary).read(body) { name, fileName, bytes in
        if let fileName, !fileName.isEmpty {
          files[name] = File(name: Self.displayName(fileName), bytes: bytes)
        } else if fileName == nil {
          fields[name] = String(decoding: bytes, as: UTF8.self)
        }
      }
    } else if type.hasPrefix("application/json") {
      try readJSON(body)
    } else if type.hasPrefix("application/x-www-form-urlencoded") {
      var components = URLComponents()
      components.percentEncodedQuery = String(decoding: body, as: UTF8.self).replacingOccurrences(of: "+", with: "%20")
      for item in components.queryItems ?? [] { fields[item.name] = item.value ?? "" }
    } else if !body.isEmpty {
      throw APIFailure(.unsupportedBody,
                       ServerText(.bodyType, ["type": contentType.map { .text("'\($0)'") } ?? .phrase(ServerPhrase.untyped.phrase())]))
    }
  }

  /// A field's text, or nil when absent or blank.
  func field(_ name: String) -> String? {
    guard let value = fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
    return value
  }

  /// A yes/no field: `1`, `true`, `on`, `yes` are yes.
  func flag(_ name: String) -> Bool {
    ["1", "true", "on", "yes"].contains(field(name)?.lowercased() ?? "")
  }

  /// JSON: a member `{"filename": …, "base64": …}` is a file; text is a field; any other value is a field
  /// holding its JSON text (so `"data": {…}` can be sent as an object).
  private mutating func readJSON(_ body: [UInt8]) throws {
    guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
      throw APIFailure(.badJSON, ServerText(.bodyIsNotJson))
    }
    for (name, value) in object {
      if let file = value as? [String: Any], let base64 = file["base64"] as? String {
        guard let bytes = Data(base64Encoded: base64, options: .ignoreUnknownCharacters) else {
          throw APIFailure(.badBase64, ServerText(.valueBaseIsNot, ["value": .text("\(name)")]))
        }
        let fileName = (file["filename"] as? String) ?? (file["name"] as? String) ?? name
        files[name] = File(name: Self.displayName(fileName), bytes: Array(bytes))
      } else if let text = value as? String {
        fields[name] = text
      } else if let number = value as? NSNumber {
        fields[name] = number.stringValue  // true/false arrive as 1/0, which `flag` reads
      } else if JSONSerialization.isValidJSONObject(value),
                let data = try? JSONSerialization.data(withJSONObject: value, options: [.withoutEscapingSlashes]) {
        fields[name] = String(decoding: data, as: UTF8.self)
      }
    }
  }

  /// The last path component of a client's file name, without control characters, at most 120
  /// characters: `../../etc/passwd` is shown as `passwd`.
  static func displayName(_ name: String) -> String {
    let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
    let clean = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
    return String(clean.prefix(120))
  }

  /// `boundary` from `multipart/form-data; boundary=xyz` (quoted or not).
  static func parameter(_ name: String, in header: String) -> String? {
    for piece in header.split(separator: ";").dropFirst() {
      let pair = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard pair.count == 2, pair[0].lowercased() == name else { continue }
      return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
    }
    return nil
  }
}
