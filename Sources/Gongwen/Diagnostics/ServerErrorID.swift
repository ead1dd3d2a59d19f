/// The ids of the errors the HTTP server answers on its own, before or instead of the library (a body it
/// cannot read, a full queue), each with its HTTP status. Listed in `docs/diagnostics.md`; the texts
/// are `ServerPhrase`s.
package enum ServerErrorID: String, CaseIterable, Sendable {
  case badBase64 = "bad_base64", badFormat = "bad_format", badJSON = "bad_json", badMultipart = "bad_multipart"
  case badSkeleton = "bad_skeleton", missingField = "missing_field", unknownTemplate = "unknown_template"
  case unauthorized = "unauthorized", unknownJob = "unknown_job"
  case uploadTooLarge = "upload_too_large", tooManyRows = "too_many_rows", batchTooLarge = "batch_too_large"
  case unsupportedBody = "unsupported_body"
  case unsupportedDocument = "unsupported_document", unsupportedTable = "unsupported_table", notUTF8 = "not_utf8"
  case macroTemplate = "macro_template", emptyTable = "empty_table", emptyText = "empty_text"
  case noBodyParagraph = "no_body_paragraph", picturePathOutside = "picture_path_outside"
  case serverBusy = "server_busy"
  case workFolder = "work_folder", templateUnreadable = "template_unreadable", previewFailed = "preview_failed"
  case shuttingDown = "shutting_down", queueTimeout = "queue_timeout", jobTimeLimit = "job_time_limit"
  case previewUnavailable = "preview_unavailable"

  /// The HTTP status the error is answered with.
  package var status: Int {
    switch self {
    case .badBase64, .badFormat, .badJSON, .badMultipart, .badSkeleton, .missingField, .unknownTemplate: 400
    case .unauthorized: 401
    case .unknownJob: 404
    case .uploadTooLarge, .tooManyRows, .batchTooLarge: 413
    case .unsupportedBody: 415
    case .unsupportedDocument, .unsupportedTable, .notUTF8, .macroTemplate, .emptyTable, .emptyText, .noBodyParagraph,
      .picturePathOutside:
      422
    case .serverBusy: 429
    case .workFolder, .templateUnreadable, .previewFailed: 500
    case .shuttingDown, .queueTimeout, .jobTimeLimit, .previewUnavailable: 503
    }
  }
}
