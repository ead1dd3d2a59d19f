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
          throw APIFailure.missing("text", ServerText("paste the text (first line the title), or upload a .txt or .md file as 'input'", "请粘贴文本（第一行为标题），或以 'input' 上传 .txt 或 .md 文件"))
        }
        guard text.contains(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }) else {
          throw APIFailure(.unprocessableContent, "empty_text", ServerText("the text is empty; its first line should be the title", "文本为空；第一行应为标题"))
        }
        var data = TextConversion.data(text: text, markdown: markdown)
        if let extra = form.field("fields") {
          data = data.merged(with: try DataLoader.parseYAML(extra, file: "fields", requireMapping: true))
        }
        let target = try OutputFormat(rawValue: (form.field("format") ?? "docx").lowercased())
          ?? { throw APIFailure(.badRequest, "bad_format", ServerText("format must be docx, odt or pdf", "格式必须是 docx、odt 或 pdf")) }()
        // PDF is made from the OpenDocument twin, as the command line does: LibreOffice lays it out natively.
        var shipped = form
        if shipped.field("template_name") == nil && shipped.files["template"] == nil { shipped.fields["template_name"] = "report" }
        if shipped.fields["template_format"] == nil { shipped.fields["template_format"] = target == .docx ? "docx" : "odt" }
        let template = try JobInputs(form: shipped, folder: inputs.folder, options: inputs.options).template()
        guard template.blockPaths.contains(TextConversion.bodyKey) else {
          throw APIFailure(.unprocessableContent, "no_body_paragraph",
                           ServerText("\(template.file) has no {{>\(TextConversion.bodyKey)}} paragraph to hold the text", "\(template.file) 中没有用来放正文的 {{>\(TextConversion.bodyKey)}} 段落"),
                           hint: ServerText("choose report, notice or letter, or add that tag alone in a paragraph", "请选用 report、notice 或 letter，或在单独一段中写上该标签"))
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
          throw APIFailure.missing("document", ServerText("upload the .docx or .odt document to check", "请上传要检查的 .docx 或 .odt 文档"))
        }
        let deviations = try FormatCheck.check(bytes: file.bytes, name: file.name)
        // in the request's language, as the command line's `--json` in its own
        return Reply.json(ResultJSON.formatCheck(file: file.name, deviations: deviations.map { $0.localized(.current) }))
      }
    }

    router.post("/api/preview") { request, _ in
      await api.job(request) { inputs in
        guard let file = inputs.form.files["document"] else {
          throw APIFailure.missing("document", ServerText("upload the .docx or .odt document to preview", "请上传要预览的 .docx 或 .odt 文档"))
        }
        guard let format = DocumentFormat(pathExtension: file.fileExtension), file.fileExtension != "docm" else {
          throw APIFailure(.unprocessableContent, "unsupported_document", ServerText("\(file.name) is not a .docx or .odt document", "\(file.name) 不是 .docx 或 .odt 文档"))
        }
        // Read as a template first: the same checks (zip limits, active content) as every upload.
        _ = try Template(bytes: file.bytes, name: file.name)
        let png = try FirstPagePreview.png(file.bytes, format: format, folder: inputs.folder)
        return Reply.file(png, name: "preview.png", contentType: "image/png")
      }
    }
  }
}
