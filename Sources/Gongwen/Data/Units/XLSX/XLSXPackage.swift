import GongwenTemplate
/// The parts of an .xlsx workbook a unit table needs, found through the package relationships.
///
/// Elements are matched by local name, so both transitional (Excel, WPS, LibreOffice) and strict
/// SpreadsheetML namespaces are read.
struct XLSXPackage {
  let file: String
  let archive: ZipArchive
  /// Worksheets in workbook order: display name and part name.
  let sheets: [(name: String, part: String)]
  let sharedStringsPart: String?
  let stylesPart: String?
  /// Dates count from 1904-01-01 (old Mac workbooks) rather than 1899-12-30.
  let date1904: Bool

  static let relationshipNamespaces = [
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
  ]

  /// Opens the workbook at `path`; `file` names it in messages.
  init(path: String, file: String) throws {
    self.file = file
    archive = try ZipArchive(path: path)
    let rootRelations = try Self.relationships(archive, part: "_rels/.rels", base: "", file: file)
    let workbookPart = rootRelations.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
    guard let workbook = try Self.parse(archive, part: workbookPart, file: file) else {
      throw DataError(.unitTable, file: file, message: UnitTablePhrase.notAWorkbook.phrase(["part": .text(workbookPart)]))
    }
    let slash = workbookPart.lastIndex(of: "/").map { String(workbookPart[...$0]) } ?? ""
    let relationsPart = slash + "_rels/" + workbookPart.dropFirst(slash.count) + ".rels"
    let relations = try Self.relationships(archive, part: relationsPart, base: slash, file: file)
    var targets: [String: String] = [:]
    for relation in relations { targets[relation.id] = relation.target }
    var sheets: [(String, String)] = []
    var date1904 = false
    workbook.root?.walk { node in
      guard node.isElement else { return true }
      switch node.localName {
      case "workbookPr":
        date1904 = ["1", "true"].contains(node.attribute(XMLName("", "date1904")) ?? "")
      case "sheet":
        let id = Self.relationshipNamespaces.lazy.compactMap { node.attribute(XMLName($0, "id")) }.first
        if let id, let target = targets[id], let name = node.attribute(XMLName("", "name")) {
          sheets.append((name, target))
        }
      default: break
      }
      return true
    }
    self.sheets = sheets
    self.date1904 = date1904
    sharedStringsPart = relations.first { $0.type.hasSuffix("/sharedStrings") }?.target
    stylesPart = relations.first { $0.type.hasSuffix("/styles") }?.target
  }

  /// Parses a part of the workbook; nil when the package has no such part.
  func parse(_ part: String) throws -> XMLDocument? { try Self.parse(archive, part: part, file: file) }

  /// Streams a part of the workbook through `handler` without building a tree; false when the package
  /// has no such part.
  func stream(_ part: String, to handler: XMLStreamHandler) throws -> Bool {
    guard let entry = archive.entry(named: part) else { return false }
    do {
      let parser = try XMLStreamParser(part: part, handler: handler)
      try archive.inflate(entry) { try parser.feed($0) }
      try parser.finish()
    } catch var error as XMLError {
      error.file = file
      throw error
    }
    return true
  }

  private static func parse(_ archive: ZipArchive, part: String, file: String) throws -> XMLDocument? {
    guard let bytes = try archive.read(named: part) else { return nil }
    do {
      return try XMLDocument(parsing: bytes, part: part)
    } catch var error as XMLError {
      error.file = file
      throw error
    }
  }

  /// The relationships of a part, targets resolved against `base` (the folder of the source part).
  private static func relationships(
    _ archive: ZipArchive, part: String, base: String, file: String
  ) throws -> [(id: String, type: String, target: String)] {
    guard let document = try parse(archive, part: part, file: file) else { return [] }
    var result: [(String, String, String)] = []
    document.root?.walk { node in
      guard node.isElement, node.localName == "Relationship" else { return true }
      guard let id = node.attribute(XMLName("", "Id")), let type = node.attribute(XMLName("", "Type")),
        let target = node.attribute(XMLName("", "Target")), node.attribute(XMLName("", "TargetMode")) != "External"
      else { return false }
      result.append((id, type, resolve(target, base: base)))
      return false
    }
    return result
  }

  /// `worksheets/sheet1.xml` from `xl/` is `xl/worksheets/sheet1.xml`; `/xl/x.xml` is `xl/x.xml`; `..` goes up.
  static func resolve(_ target: String, base: String) -> String {
    var parts = target.hasPrefix("/") ? [] : base.split(separator: "/").map(String.init)
    for piece in target.split(separator: "/") {
      if piece == ".." {
        if !parts.isEmpty { parts.removeLast() }
      } else if piece != "." {
        parts.append(String(piece))
      }
    }
    return parts.joined(separator: "/")
  }
}
