import Foundation

/// Splits a `multipart/form-data` body (RFC 7578) into its parts: name, file name and bytes.
struct MultipartReader {
  let boundary: String

  /// Calls `part` for each part in order. Throws for a body that does not follow the format.
  func read(_ body: [UInt8], part: (_ name: String, _ fileName: String?, _ bytes: [UInt8]) throws -> Void) throws {
    let data = Data(body)
    let delimiter = Data(("--" + boundary).utf8)
    let separator = Data("\r\n\r\n".utf8)
    guard var start = data.range(of: delimiter) else { throw malformed("it has no boundary line") }
    while true {
      var cursor = start.upperBound
      if data[cursor...].starts(with: Data("--".utf8)) { return }  // the closing delimiter
      if data[cursor...].starts(with: Data("\r\n".utf8)) { cursor += 2 }
      guard let headerEnd = data.range(of: separator, in: cursor..<data.endIndex) else {
        throw malformed("a part has no blank line after its headers")
      }
      let headers = String(decoding: data[cursor..<headerEnd.lowerBound], as: UTF8.self)
      guard let next = data.range(of: Data("\r\n".utf8) + delimiter, in: headerEnd.upperBound..<data.endIndex) else {
        throw malformed("a part is not closed by the boundary")
      }
      guard let disposition = Self.dispositionLine(headers), let name = UploadForm.parameter("name", in: disposition) else {
        throw malformed("a part has no Content-Disposition name")
      }
      let fileName = Self.fileName(disposition)
      try part(name, fileName, Array(data[headerEnd.upperBound..<next.lowerBound]))
      start = next.lowerBound + 2..<next.upperBound
    }
  }

  private func malformed(_ why: String) -> APIFailure {
    APIFailure(.badMultipart, ServerText(.multipartBodyCannotBe, ["value": .text("\(why)")]))
  }

  private static func dispositionLine(_ headers: String) -> String? {
    headers.components(separatedBy: "\r\n").first { $0.lowercased().hasPrefix("content-disposition:") }
  }

  /// `filename="…"` of a disposition line (browsers escape `"` as `%22`); nil when the part is a field.
  private static func fileName(_ disposition: String) -> String? {
    guard let range = disposition.range(of: "filename=\"") else {
      return UploadForm.parameter("filename", in: disposition)
    }
    let rest = disposition[range.upperBound...]
    let value = rest.firstIndex(of: "\"").map { rest[..<$0] } ?? rest
    return String(value).replacingOccurrences(of: "%22", with: "\"")
  }
}
