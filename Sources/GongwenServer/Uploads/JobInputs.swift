import Foundation
import Gongwen

/// Turns a form's fields and files into the library's values: the template, the data, the unit table.
/// Every file the library must read from disk is written into the job's private folder under a name the
/// server picks; the client's name is used in messages only.
struct JobInputs {
  let form: UploadForm
  let folder: String
  let options: ServerOptions

  /// The shipped templates a client may name, in the order the page lists them.
  static let shippedNames = ["notice", "report", "letter", "party-building-report", "activity-report"]

  /// The uploaded `template` (.docx/.odt) or the shipped template named by `template_name`.
  func template(deflateLevel: Int = 6) throws -> Template {
    let options = TemplateOptions(baseDirectory: folder, deflateLevel: deflateLevel)
    if let file = form.files["template"] {
      let ext = file.fileExtension
      if ["docm", "dotm", "xlsm", "pptm"].contains(ext) {
        throw APIFailure(.unprocessableContent, "macro_template",
                         ServerText("\(file.name) is a macro-enabled document; templates with macros are refused", "\(file.name) 是启用宏的文档；含宏的模板不予处理"),
                         hint: ServerText("save it as .docx (Word: File › Save As › Word Document) and upload that", "请另存为 .docx（Word：文件 › 另存为 › Word 文档）后上传"))
      }
      return try Template(bytes: file.bytes, name: file.name, options: options)
    }
    guard let name = form.field("template_name") else {
      throw APIFailure.missing("template", ServerText("upload a .docx or .odt template, or give template_name (\(Self.shippedNames.joined(separator: ", ")))", "请上传 .docx 或 .odt 模板，或给出 template_name（\(Self.shippedNames.joined(separator: "、"))）"))
    }
    guard Self.shippedNames.contains(name) else {
      throw APIFailure(.badRequest, "unknown_template", ServerText("there is no shipped template '\(name)'", "没有名为 '\(name)' 的自带模板"),
                       hint: ServerText("choose one of \(Self.shippedNames.joined(separator: ", "))", "请从以下模板中选择：\(Self.shippedNames.joined(separator: "、"))"))
    }
    let format: DocumentFormat = form.field("template_format") == "odt" ? .odt : .docx
    let path = try ShippedTemplates.locate(name, format: format)
    guard let contents = FileManager.default.contents(atPath: path) else {
      throw APIFailure(.internalServerError, "template_unreadable", ServerText("the shipped template \(name) cannot be read", "无法读取自带模板 \(name)"))
    }
    let bytes = Array(contents)
    return try Template(bytes: bytes, name: name + "." + format.fileExtension, options: options)
  }

  /// The data: an uploaded `data` file (.json/.yaml/.yml), or the `data` field as JSON or YAML text;
  /// nil when neither was sent.
  /// Data merged with each unit of a batch (`mapping`) must be a mapping; a document's may be any value.
  func data(required: Bool, mapping: Bool = false) throws -> Value? {
    if let file = form.files["data"] {
      let text = try utf8(file)
      return file.fileExtension == "json"
        ? try DataLoader.parseJSON(text, file: file.name, requireMapping: mapping)
        : try DataLoader.parseYAML(text, file: file.name, requireMapping: mapping)
    }
    if let text = form.field("data") { return try DataLoader.parseYAML(text, file: "data", requireMapping: mapping) }
    if required { throw APIFailure.missing("data", ServerText("upload a .json or .yaml data file, or send the data as JSON", "请上传 .json 或 .yaml 数据文件，或以 JSON 发送数据")) }
    return nil
  }

  /// The unit table `units` (.xlsx, .xls, .et, .csv, .json, .jsonl, .yaml), written into the job folder and read by
  /// the library; an explanation row from the skeleton workbook is left out. At most `maxTableRows` rows.
  func units() throws -> UnitTable {
    guard let file = form.files["units"] else {
      throw APIFailure.missing("units", ServerText("upload the unit table (.xlsx or .csv, one row per document)", "请上传单位表（.xlsx 或 .csv，每行一份文档）"))
    }
    let ext = file.fileExtension
    guard ["xlsx", "xls", "et", "csv", "json", "jsonl", "ndjson", "yaml", "yml"].contains(ext) else {
      throw APIFailure(.unprocessableContent, "unsupported_table",
                       ServerText("\(file.name) is not a unit table: Gongwen reads \(UnitTableLoader.supportedExtensions)", "\(file.name) 不是单位表：Gongwen 读取 \(UnitTableLoader.supportedExtensions)"))
    }
    let path = folder + "/units." + ext
    guard FileManager.default.createFile(atPath: path, contents: Data(file.bytes)) else {
      throw APIFailure(.internalServerError, "work_folder", ServerText("the upload could not be stored", "无法保存上传的文件"))
    }
    let table = try UnitTableLoader.load(path: path)
    let units = table.units.filter { !DataSkeleton.isExplanationRow($0) }
    guard units.count <= options.maxTableRows else {
      throw APIFailure(.contentTooLarge, "too_many_rows",
                       ServerText("\(file.name) has \(units.count) rows; this server takes at most \(options.maxTableRows)", "\(file.name) 有 \(units.count) 行；本服务最多接受 \(options.maxTableRows) 行"),
                       hint: ServerText("split the table, or start the server with a larger --max-rows", "请拆分表格，或用更大的 --max-rows 启动服务"))
    }
    guard !units.isEmpty else {
      throw APIFailure(.unprocessableContent, "empty_table", ServerText("\(file.name) has a header but no unit rows", "\(file.name) 只有表头，没有单位行"))
    }
    return UnitTable(file: file.name, fields: table.fields, units: units)
  }

  /// The output format asked for in `format` (docx, odt, pdf), or the template's.
  func outputFormat(_ template: Template) throws -> OutputFormat {
    guard let name = form.field("format") else { return template.outputFormat }
    guard let format = OutputFormat(rawValue: name.lowercased()) else {
      throw APIFailure(.badRequest, "bad_format", ServerText("format '\(name)' is not docx, odt or pdf", "格式 '\(name)' 不是 docx、odt 或 pdf"))
    }
    return format
  }

  func utf8(_ file: UploadForm.File) throws -> String {
    guard let text = String(validating: file.bytes, as: UTF8.self) else {
      throw APIFailure(.unprocessableContent, "not_utf8", ServerText("\(file.name) is not UTF-8 text", "\(file.name) 不是 UTF-8 文本"), hint: ServerText("save it as UTF-8 and upload it again", "请另存为 UTF-8 后重新上传"))
    }
    return text
  }

  /// Refuses picture paths that would leave the job folder: absolute, `~`, or with `..` components,
  /// in any field an image tag of `template` reads. Only files the client uploaded can be pictures.
  static func refuseOutsidePictures(_ data: Value, template: Template) throws {
    let names = Set(template.outline.tags.filter { $0.kind == "image" }.compactMap { $0.path.split(separator: ".").last.map(String.init) })
    guard !names.isEmpty else { return }
    func visit(_ value: Value, key: String?) throws {
      switch value {
      case .object(let members): for (name, member) in members { try visit(member, key: name) }
      case .list(let items): for item in items { try visit(item, key: key) }
      case .string(let text):
        guard let key, names.contains(key) else { return }
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        if text.hasPrefix("/") || text.hasPrefix("\\") || text.hasPrefix("~") || parts.contains("..") {
          throw APIFailure(.unprocessableContent, "picture_path_outside",
                           ServerText("the picture '\(text)' in '\(key)' names a path outside the upload", "'\(key)' 中的图片 '\(text)' 指向上传内容以外的路径"),
                           hint: ServerText("the server reads no files of its own: give picture names without folders", "服务不读取自身的文件：图片请只写文件名，不带文件夹"))
        }
      default: return
      }
    }
    try visit(data, key: nil)
  }
}

extension Template {
  /// The output format that is the template's own.
  var outputFormat: OutputFormat { format == .odt ? .odt : .docx }
}
