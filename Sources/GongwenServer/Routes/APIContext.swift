import Foundation
import Gongwen
import HTTPTypes
import Hummingbird

/// What every API route shares: the options, the job runner, and the steps from a request to the
/// library and back (read the body within the upload limit, parse the form, run the job in its folder,
/// answer failures as JSON diagnostics with the request's folder scrubbed from them).
struct APIContext: Sendable {
  let options: ServerOptions
  let runner: JobRunner

  /// Reads the form of `request`, then runs `work` as a job; every failure becomes a JSON answer.
  func job(_ request: Request, _ work: @escaping @Sendable (JobInputs) throws -> Response) async -> Response {
    do {
      let form = try await readForm(request)
      let options = self.options
      return try await runner.run { folder in
        do {
          return try work(JobInputs(form: form, folder: folder, options: options))
        } catch {
          return Reply.failure(error, scrubbing: folder)
        }
      }
    } catch {
      return Reply.failure(error)
    }
  }

  /// The body as a form, refused with 413 beyond `maxUploadBytes` (before reading when the length is declared).
  func readForm(_ request: Request) async throws -> UploadForm {
    let limit = options.maxUploadBytes
    let tooLarge = APIFailure(.uploadTooLarge,
                              ServerText(.requestIsLargerThan, ["value": .text("\(limit / 1_048_576)")]),
                              hint: ServerText(.sendSmallerFilesOr))
    if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit { throw tooLarge }
    let buffer: ByteBuffer
    do {
      buffer = try await request.body.collect(upTo: limit)
    } catch let error as HTTPError where error.status == .contentTooLarge {
      throw tooLarge
    }
    return try UploadForm(body: Array(buffer.readableBytesView), contentType: request.headers[.contentType])
  }
}
