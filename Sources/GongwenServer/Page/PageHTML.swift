import Foundation
import Gongwen

/// The page's HTML: plain forms that work without JavaScript (each button posts to its API route and
/// the browser downloads the file or shows the JSON); the script turns the answers into lists.
enum PageHTML {
  static func page(_ language: PageText.Language, options: ServerOptions) -> String {
    func t(_ key: String) -> String { PageText.text(key, language) }
    let names = String(decoding: ResultJSON.encode(PageText.diagnosticNames), as: UTF8.self)
    let options = JobInputs.shippedNames.map { name in
      let title = PageText.templateTitles[name] ?? name
      let label = language == .chinese ? title : "\(title) (\(name))"
      return "<option value=\"\(name)\"\(name == "notice" ? " selected" : "")>\(label)</option>"
    }.joined()
    let formats = "<select name=\"format\" id=\"format\"><option value=\"\">docx / odt</option>"
      + "<option value=\"docx\">.docx</option><option value=\"odt\">.odt</option><option value=\"pdf\">.pdf</option></select>"
    return """
      <!doctype html>
      <html lang="\(language == .chinese ? "zh-CN" : "en")">
      <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(t("title"))</title><link rel="stylesheet" href="/style.css"></head>
      <body data-lang="\(language == .chinese ? "zh" : "en")">
      <header><h1>\(t("title"))</h1>
      <nav><a href="/?lang=zh">中文</a> · <a href="/?lang=en">English</a></nav>
      <p>\(t("lead"))</p><noscript><p>\(t("noJS"))</p></noscript></header>
      <main>
      <form id="document-form" method="post" action="/api/render" enctype="multipart/form-data">
      <section><h2>\(t("step1"))</h2>
      <label>\(t("shipped")) <select name="template_name" id="template_name">\(options)</select></label>
      <label>\(t("orUpload")) <input type="file" name="template" id="template" accept=".docx,.odt"></label>
      <div class="buttons">
      <button type="submit" formaction="/api/inspect" id="inspect">\(t("inspect"))</button>
      <button type="submit" formaction="/api/inspect" name="skeleton" value="xlsx" id="skeleton-xlsx">\(t("skeletonXLSX"))</button>
      <button type="submit" formaction="/api/inspect" name="skeleton" value="yaml" id="skeleton-yaml">\(t("skeletonYAML"))</button>
      </div>
      <div id="fields" class="output" aria-live="polite"></div>
      </section>
      <section><h2>\(t("step2"))</h2>
      <label>\(t("units")) <input type="file" name="units" id="units" accept=".xlsx,.csv,.json,.jsonl,.yaml,.yml"></label>
      <label>\(t("dataFile")) <input type="file" name="data" id="data" accept=".yaml,.yml,.json"></label>
      <label>\(t("dataText")) <textarea name="data" id="data-text" rows="4"></textarea></label>
      <label>\(t("format")) \(formats)</label>
      <label class="inline"><input type="checkbox" name="allow_missing" value="1"> \(t("allowMissing"))</label>
      <div class="buttons">
      <button type="submit" formaction="/api/check" id="check">\(t("check"))</button>
      <button type="submit" formaction="/api/render" id="render">\(t("render"))</button>
      <button type="submit" formaction="/api/batch" id="batch">\(t("batch"))</button>
      </div>
      <progress id="progress" max="1" value="0" hidden></progress>
      <div id="findings" class="output" aria-live="polite"></div>
      <div id="downloads" class="output"></div>
      <div id="preview" class="output"></div>
      </section>
      </form>
      <form id="convert-form" method="post" action="/api/convert" enctype="multipart/form-data">
      <section><h2>\(t("step3"))</h2>
      <label>\(t("shipped")) <select name="template_name"><option value="report">报告</option><option value="notice">通知</option><option value="letter">函</option></select></label>
      <label>\(t("convertText")) <textarea name="text" id="convert-text" rows="8"></textarea></label>
      <label>\(t("convertFields")) <textarea name="fields" id="convert-fields" rows="2"></textarea></label>
      <label>\(t("format")) <select name="format"><option value="docx">.docx</option><option value="odt">.odt</option><option value="pdf">.pdf</option></select></label>
      <div class="buttons"><button type="submit" id="convert">\(t("convert"))</button></div>
      <div id="convert-output" class="output"></div>
      </section>
      </form>
      <form id="format-form" method="post" action="/api/check-format" enctype="multipart/form-data">
      <section><h2>\(t("step4"))</h2>
      <label>\(t("document")) <input type="file" name="document" id="format-document" accept=".docx,.odt"></label>
      <div class="buttons"><button type="submit" id="check-format">\(t("checkFormat"))</button></div>
      <div id="format-output" class="output"></div>
      </section>
      </form>
      </main>
      <footer>gongwen \(GongwenVersion.current) · <a href="/api/openapi.json">OpenAPI</a> · <span id="preview-note" hidden>\(t("previewOff"))</span></footer>
      <script id="diagnostic-names" type="application/json">\(names.replacingOccurrences(of: "</", with: "<\\/"))</script>
      <script src="/app.js"></script>
      </body></html>
      """
  }
}
