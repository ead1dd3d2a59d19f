import Foundation
import Gongwen
import GongwenTemplate
import HTTPTypes
import Hummingbird

/// A request the server refuses before (or instead of) the library: too large, malformed, busy. Answered
/// with the same JSON as the library's diagnostics: `{"status": "error", "errors": [{id, message, hint}]}`.
struct APIFailure: Error {
  let id: ServerErrorID
  let message: ServerText
  var hint: ServerText?
  /// Seconds a client should wait before trying again (429/503).
  var retryAfter: Int?

  /// The HTTP status, the id's.
  var status: HTTPResponse.Status { HTTPResponse.Status(code: id.status) }

  init(_ id: ServerErrorID, _ message: ServerText, hint: ServerText? = nil, retryAfter: Int? = nil) {
    self.id = id
    self.message = message
    self.hint = hint
    self.retryAfter = retryAfter
  }

  /// The failure as the library's diagnostics are answered, in the request's language.
  var json: [String: Any] {
    let language = MessageLanguage.current
    var diagnostic = ["id": id.rawValue, "message": MessageCatalogue.word("error", in: language) + ": " + message.text(in: language)]
    if let hint { diagnostic["hint"] = hint.text(in: language) }
    return ["status": "error", "errors": [diagnostic]]
  }

  static func missing(_ field: String, _ what: ServerText) -> APIFailure {
    APIFailure(.missingField, ServerText(.missingField, ["field": .text(field), "what": .phrase(what.phrase)]))
  }
}

/// A message of the server's own, a phrase of the catalogue; the answer takes the request's language.
struct ServerText: Sendable {
  let phrase: Phrase

  init(_ key: ServerPhrase, _ values: [String: Phrase.Value] = [:]) { phrase = Phrase(key, values) }

  /// The message in English.
  var english: String { phrase.englishText }

  func text(in language: MessageLanguage) -> String { phrase.text(in: language) }
}

/// The responses every route builds: JSON, files, and failures with their status.
enum Reply {
  /// A JSON object, keys sorted; `scrubbing` is removed from every string (the request's private folder).
  static func json(_ object: Any, status: HTTPResponse.Status = .ok, scrubbing folder: String? = nil) -> Response {
    var data = ResultJSON.encode(object)
    if let folder, !folder.isEmpty {
      let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: folder + "/", with: "")
        .replacingOccurrences(of: folder, with: "")
      data = Data(text.utf8)
    }
    return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                    body: .init(byteBuffer: ByteBuffer(bytes: data + Data("\n".utf8))))
  }

  /// A file to download, named `name` (ASCII fallback plus the UTF-8 name, RFC 6266).
  static func file(_ bytes: [UInt8], name: String, contentType: String, headers extra: HTTPFields = [:]) -> Response {
    var headers: HTTPFields = [.contentType: contentType]
    let ascii = String(name.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0.value >= 0x20 ? Character($0) : "_" })
    let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: ".-_"))) ?? ascii
    headers[.contentDisposition] = "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    headers.append(contentsOf: extra)
    return Response(status: .ok, headers: headers, body: AnswersInFlight.shared.body(bytes))
  }

  /// A failure of the server's own (`APIFailure`) or of the library (422 with its diagnostics).
  static func failure(_ error: Error, scrubbing folder: String? = nil) -> Response {
    if let failure = error as? APIFailure {
      var response = json(failure.json, status: failure.status, scrubbing: folder)
      if let seconds = failure.retryAfter { response.headers[.retryAfter] = String(seconds) }
      return response
    }
    return json(ResultJSON.failure(error), status: .unprocessableContent, scrubbing: folder)
  }

  /// The content type of a document format.
  static func contentType(_ format: OutputFormat) -> String {
    switch format {
    case .docx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    case .odt: return "application/vnd.oasis.opendocument.text"
    case .pdf: return "application/pdf"
    }
  }
}
