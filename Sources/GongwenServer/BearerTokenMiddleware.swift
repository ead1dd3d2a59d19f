import Hummingbird

/// Refuses every request but `/health` without `Authorization: Bearer TOKEN` (401, JSON diagnostic).
/// The page takes the token once as `?token=` and keeps it in the browser's session storage.
struct BearerTokenMiddleware<Context: RequestContext>: RouterMiddleware {
  let token: String

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
    let path = request.uri.path
    let pageAsset = request.method == .get && (path == "/" || path == "/app.js" || path == "/style.css")
    if path == "/health" || pageAsset { return try await next(request, context) }
    let given = request.headers[.authorization] ?? ""
    guard Self.constantTimeEqual(given, "Bearer " + token) else {
      var response = Reply.failure(APIFailure(.unauthorized, ServerText(.thisServerNeedsIts),
                                              hint: ServerText(.sendHeaderAuthorizationBearer)))
      response.headers[.wwwAuthenticate] = "Bearer"
      return response
    }
    return try await next(request, context)
  }

  static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    var difference = UInt8(x.count == y.count ? 0 : 1)
    for index in 0..<min(x.count, y.count) { difference |= x[index] ^ y[index] }
    return difference == 0
  }
}
