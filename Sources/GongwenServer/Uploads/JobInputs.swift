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
        throw APIFailure(.macroTemplate,
                         ServerText(.valueIsMacroEnabled, ["value": .text("\(file.name)")]),
                         hint: ServerText(.saveItAsDocx))
      }
      return try Template(bytes: file.bytes, name: file.name, options: options)
    }
    guard let name = form.field("template_name") else {
      throw APIFailure.missing("template", ServerText(.uploadTemplate, ["names": .text(Self.shippedNames.joined(separator: ", "))]))
    }
    guard Self.shippedNames.contains(name) else {
      throw APIFailure(.unknownTemplate, ServerText(.thereIsNoShipped, ["value": .text("\(name)")]),
                       hint: ServerText(.chooseTemplate, ["names": .text(Self.shippedNames.joined(separator: ", "))]))
    }
    let format: DocumentFormat = form.field("template_format") == "odt" ? .odt : .docx
    let path = try ShippedTemplates.locate(name, format: format)
    guard let contents = FileManager.default.contents(atPath: path) else {
      throw APIFailure(.templateUnreadable, ServerText(.shippedTemplateValueCannot, ["value": .text("\(name)")]))
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
    if required { throw APIFailure.missing("data", ServerText(.uploadJsonOrYaml)) }
    return nil
  }

  /// The unit table `units` (.xlsx, .xls, .et, .csv, .json, .jsonl, .yaml), written into the job folder and read by
  /// the library; an explanation row from the skeleton workbook is left out. At most `maxTableRows` rows.
  func units() throws -> UnitTable {
    guard let file = form.files["units"] else {
      throw APIFailure.missing("units", ServerText(.uploadUnitTableXlsx))
    }
    let ext = file.fileExtension
    guard ["xlsx", "xls", "et", "csv", "json", "jsonl", "ndjson", "yaml", "yml"].contains(ext) else {
      throw APIFailure(.unsupportedTable,
                       ServerText(.vIsNotUnit, ["v1": .text("\(file.name)"), "v2": .text("\(UnitTableLoader.supportedExtensions)")]))
    }
    let path = folder + "/units." + ext
    guard FileManager.default.createFile(atPath: path, contents: Data(file.bytes)) else {
      throw APIFailure(.workFolder, ServerText(.uploadCouldNotBe))
    }
    let table = try UnitTableLoader.load(path: path)
    let units = table.units.filter { !DataSkeleton.isExplanationRow($0) }
    guard units.count <= options.maxTableRows else {
      throw APIFailure(.tooManyRows,
                       ServerText(.vHasVRows, ["v1": .text("\(file.name)"), "v2": .text("\(units.count)"), "v3": .text("\(options.maxTableRows)")]),
                       hint: ServerText(.splitTableOrStart))
    }
    guard !units.isEmpty else {
      throw APIFailure(.emptyTable, ServerText(.valueHasHeaderBut, ["value": .text("\(file.name)")]))
    }
    return UnitTable(file: file.name, fields: table.fields, units: units)
  }

  /// The output format asked for in `format` (docx, odt, pdf), or the template's.
  func outputFormat(_ template: Template) throws -> OutputFormat {
    guard let name = form.field("format") else { return template.outputFormat }
    guard let format = OutputFormat(rawValue: name.lowercased()) else {
      throw APIFailure(.badFormat, ServerText(.formatValueIsNot, ["value": .text("\(name)")]))
    }
    return format
  }

  func utf8(_ file: UploadForm.File) throws -> String {
    guard let text = String(validating: file.bytes, as: UTF8.self) else {
      throw APIFailure(.notUTF8, ServerText(.valueIsNotUtf, ["value": .text("\(file.name)")]), hint: ServerText(.saveItAsUtf))
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
          throw APIFailure(.picturePathOutside,
                           ServerText(.pictureVInV, ["v1": .text("\(text)"), "v2": .text("\(key)")]),
                           hint: ServerText(.serverReadsNoFiles))
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
