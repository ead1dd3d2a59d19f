import Gongwen

/// The API described as OpenAPI 3.0, served at `/api/openapi.json`.
enum OpenAPIDocument {
  static func json(_ options: ServerOptions) -> String {
    String(decoding: ResultJSON.encode(document(options)), as: UTF8.self)
  }

  private static func document(_ options: ServerOptions) -> [String: Any] {
    let file: [String: Any] = ["type": "string", "format": "binary"]
    let text: [String: Any] = ["type": "string"]
    let templateFields: [String: Any] = [
      "template": file.merging(["description": "A .docx or .odt template (macro-enabled files are refused)"]) { $1 },
      "template_name": text.merging(["enum": JobInputs.shippedNames, "description": "A shipped template, instead of an upload"]) { $1 },
      "template_format": text.merging(["enum": ["docx", "odt"], "description": "The shipped template's format (default docx)"]) { $1 },
    ]
    let dataFields: [String: Any] = [
      "data": ["description": "A .json/.yaml file, or the data as JSON or YAML text (in a JSON body: an object)"],
      "allow_missing": text.merging(["description": "1 to render missing values as empty text"]) { $1 },
      "format": text.merging(["enum": ["docx", "odt", "pdf"], "description": "Output format (pdf needs LibreOffice)"]) { $1 },
    ]
    let unitFields: [String: Any] = [
      "units": file.merging(["description": "The unit table: .xlsx, .csv, .json, .jsonl or .yaml, one row per document"]) { $1 },
      "name": text.merging(["description": "File name pattern, default {{$key}}"]) { $1 },
      "manifest": text.merging(["enum": ["csv", "json"]]) { $1 },
      "async": text.merging(["description": "1 to answer 202 with a job to follow at /api/jobs/{id}"]) { $1 },
    ]
    func body(_ properties: [String: Any]) -> [String: Any] {
      let schema: [String: Any] = ["type": "object", "properties": properties]
      return ["required": true, "content": [
        "multipart/form-data": ["schema": schema],
        "application/json": ["schema": schema,
                             "example": ["template": ["filename": "notice.docx", "base64": "UEsDB..."], "data": ["标题": "…"]]],
      ]]
    }
    let diagnostics: [String: Any] = ["description": "JSON diagnostics, the same ids as the command line's --json",
                                      "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Failure"]]]]
    let refusals: [String: Any] = [
      "400": diagnostics, "401": diagnostics, "413": diagnostics, "415": diagnostics, "422": diagnostics,
      "429": diagnostics.merging(["headers": ["Retry-After": ["schema": ["type": "integer"]]]]) { $1 },
      "503": diagnostics.merging(["headers": ["Retry-After": ["schema": ["type": "integer"]]]]) { $1 },
    ]
    func operation(_ summary: String, _ properties: [String: Any], _ success: [String: Any]) -> [String: Any] {
      ["post": ["summary": summary, "requestBody": body(properties), "responses": refusals.merging(["200": success]) { $1 }]]
    }
    let document: [String: Any] = ["description": "The document", "content": [
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["schema": file],
      "application/vnd.oasis.opendocument.text": ["schema": file], "application/pdf": ["schema": file]]]
    func jsonResult(_ description: String) -> [String: Any] {
      ["description": description, "content": ["application/json": ["schema": ["type": "object"]]]]
    }
    let merge = { (a: [String: Any], b: [String: Any]) in a.merging(b) { $1 } }
    return [
      "openapi": "3.0.3",
      "info": ["title": "Gongwen", "version": GongwenVersion.current,
               "description": "Official-format documents (公文) from .docx/.odt templates. Limits: uploads \(options.maxUploadBytes / 1_048_576) MB, \(options.maxTableRows) table rows, \(options.maxBatchDocuments) documents a batch, \(options.maxConcurrentJobs) jobs at once and \(options.maxQueuedJobs) waiting, \(options.jobSeconds) s a job. Messages and hints are in the language the request's Accept-Language prefers (zh: Chinese, en: English), else in the server's; ids are the same in either."],
      "components": [
        "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]],
        "schemas": ["Failure": ["type": "object", "properties": [
          "status": ["type": "string", "enum": ["error"]],
          "errors": ["type": "array", "items": ["type": "object", "properties": [
            "id": text, "message": text, "hint": text, "file": text, "part": text, "line": text, "row": text]]]]]],
      ],
      "security": options.token == nil ? [] : [["bearer": []]],
      "paths": [
        "/health": ["get": ["summary": "Liveness and load", "security": [], "responses": ["200": jsonResult("ok")]]],
        "/api/templates": ["get": ["summary": "The shipped templates", "responses": ["200": jsonResult("names and titles")]]],
        "/api/render": operation("One document from a template and data", merge(templateFields, dataFields), document),
        "/api/check": operation("Check data or a unit table against a template; findings by row and by field",
                                merge(merge(templateFields, dataFields), unitFields), jsonResult("errors and warnings")),
        "/api/inspect": operation("The template's fields, or its skeleton (skeleton=yaml|json|xlsx)",
                                  merge(templateFields, ["skeleton": text.merging(["enum": ["yaml", "json", "xlsx"]]) { $1 }]),
                                  jsonResult("the outline, or the skeleton file")),
        "/api/batch": operation("One document per unit, as a zip with the manifest last",
                                merge(merge(templateFields, dataFields), unitFields),
                                ["description": "The zip; X-Gongwen-Written and X-Gongwen-Failed count the units",
                                 "content": ["application/zip": ["schema": file]]]),
        "/api/jobs/{id}": ["get": ["summary": "An async batch's progress", "parameters": [["name": "id", "in": "path", "required": true, "schema": text]],
                                   "responses": ["200": jsonResult("done, total, failed, status"), "404": diagnostics]]],
        "/api/jobs/{id}/result": ["get": ["summary": "An async batch's answer", "parameters": [["name": "id", "in": "path", "required": true, "schema": text]],
                                          "responses": ["200": ["description": "the zip"], "404": diagnostics]]],
        "/api/convert": operation("Text (first line the title) into an official document",
                                  merge(templateFields, ["text": text, "input": file, "fields": text, "markdown": text,
                                                         "format": text.merging(["enum": ["docx", "odt", "pdf"]]) { $1 }]), document),
        "/api/check-format": operation("GB/T 9704 deviations of a document", ["document": file], jsonResult("deviations by element")),
        "/api/preview": operation("The first page as a PNG (needs LibreOffice and pdftoppm)", ["document": file],
                                  ["description": "PNG", "content": ["image/png": ["schema": file]]]),
      ],
    ]
  }
}
