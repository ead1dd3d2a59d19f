import Foundation
import Gongwen
import Hummingbird

/// The page: `/` (Chinese; English with `?lang=en`), its script and style sheet, and `/api/templates`
/// (the shipped templates the page offers). Everything is served by the binary: offices are offline.
enum PageRoutes {
  static func add(to router: Router<BasicRequestContext>, options: ServerOptions) {
    router.get("/") { request, _ in
      let language: PageText.Language = request.uri.queryParameters["lang"] == "en" ? .english : .chinese
      return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                      body: .init(byteBuffer: ByteBuffer(string: PageHTML.page(language, options: options))))
    }
    router.get("/app.js") { _, _ in
      Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8"],
               body: .init(byteBuffer: ByteBuffer(string: PageScript.source)))
    }
    router.get("/style.css") { _, _ in
      Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8"],
               body: .init(byteBuffer: ByteBuffer(string: PageStyle.source)))
    }
    router.get("/api/templates") { _, _ in
      let templates = JobInputs.shippedNames.map { name -> [String: Any] in
        let formats = DocumentFormat.allCases.filter { (try? ShippedTemplates.locate(name, format: $0)) != nil }
        return ["name": name, "title": PageText.templateTitles[name] ?? name, "formats": formats.map(\.rawValue)]
      }
      return Reply.json(["status": "ok", "templates": templates])
    }
  }
}
