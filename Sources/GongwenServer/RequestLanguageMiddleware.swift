import Gongwen
import Hummingbird

/// Answers each request in the language its `Accept-Language` prefers (Chinese or English), else in the
/// server's (`--lang`, or the locale it was started in). Diagnostic ids stay the same in either.
struct RequestLanguageMiddleware<Context: RequestContext>: RouterMiddleware {
  let serverLanguage: MessageLanguage

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
    let language = request.headers[.acceptLanguage].flatMap(MessageLanguage.preferred(byAcceptLanguage:)) ?? serverLanguage
    return try await MessageLanguage.speaking(language) { try await next(request, context) }
  }
}
