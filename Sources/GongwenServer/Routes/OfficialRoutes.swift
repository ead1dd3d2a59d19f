import Foundation
import Gongwen
import Hummingbird

/// `/api/convert` (text → an official document), `/api/check-format` (GB/T 9704 findings) and
/// `/api/preview` (the first page of a document as a PNG, through LibreOffice and pdftoppm).
enum OfficialRoutes {
  static func add(to router: Router<BasicRequestContext>, api: APIContext) {
    router.post("/api/convert") { request, _ in
      await api.job(request) { inputs in
        let form = inputs.form
        let text: String
        var markdown = form.field("markdown").map { _ in form.flag("markdown") } ?? false
        if let file = form.files["input"] {
          text = try inputs.utf8(file)
          markdown = markdown || ["md", "markdown"].contains(file.fileExtension)
        } else if let pasted = form.fields["text"] {
          text = pasted
        } else {
          throw APIFailure.missing("text", ServerText(.pasteTextFirstLine))
        }
        guard text.contains(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }) else {
          throw APIFailure(.emptyText, ServerText(.textIsEmptyIts))
        }
        var data = TextConversion.data(text: text, markdown: markdown)
        if let extra = form.field("fields") {
          data = data.merged(with: try DataLoader.parseYAML(extra, file: "fields", requireMapping: true))
        }
        let target = try OutputFormat(rawValue: (form.field("format") ?? "docx").lowercased())
          ?? { throw APIFailure(.badFormat, ServerText(.formatMustBeDocx)) }()
        // PDF is made from the OpenDocument twin, as the command line does: LibreOffice lays it out natively.
        var shipped = form
        if shipped.field("template_name") == nil && shipped.files["template"] == nil { shipped.fields["template_name"] = "report" }
        if shipped.fields["template_format"] == nil { shipped.fields["template_format"] = target == .docx ? "docx" : "odt" }
        let template = try JobInputs(form: shipped, folder: inputs.folder, options: inputs.options).template()
        guard template.blockPaths.contains(TextConversion.bodyKey) else {
          throw APIFailure(.noBodyParagraph,
                           ServerText(.vHasNoV, ["v1": .text("\(template.file)"), "v2": .text("\(TextConversion.bodyKey)")]),
                           hint: ServerText(.chooseReportNoticeOr))
        }
        var bytes = try template.render(data, options: RenderOptions(allowMissing: true))
        if target != template.outputFormat {
          bytes = try OfficeConverter.convert(bytes, from: template.format, to: target)
        }
        return Reply.file(bytes, name: DocumentRoutes.outputName(template, data: data, format: target),
                          contentType: Reply.contentType(target))
      }
    }

    router.post("/api/check-format") { request, _ in
      await api.job(request) { inputs in
        guard let file = inputs.form.files["document"] ?? inputs.form.files["file"] else {
          throw APIFailure.missing("document", ServerText(.uploadDocxOrOdt))
        }
        let deviations = try FormatCheck.check(bytes: file.bytes, name: file.name)
        // in the request's language, as the command line's `--json` in its own
        return Reply.json(ResultJSON.formatCheck(file: file.name, deviations: deviations.map { $0.localized(.current) }))
      }
    }

    router.post("/api/preview") { request, _ in
      await api.job(request) { inputs in
        guard let file = inputs.form.files["document"] else {
          throw APIFailure.missing("document", ServerText(.uploadDocxOrOdt2))
        }
        guard let format = DocumentFormat(pathExtension: file.fileExtension), file.fileExtension != "docm" else {
          throw APIFailure(.unsupportedDocument, ServerText(.valueIsNotDocx, ["value": .text("\(file.name)")]))
        }
        // Read as a template first: the same checks (zip limits, active content) as every upload.
        _ = try Template(bytes: file.bytes, name: file.name)
        let png = try FirstPagePreview.png(file.bytes, format: format, folder: inputs.folder)
        return Reply.file(png, name: "preview.png", contentType: "image/png")
      }
    }
  }
}
