import GongwenTemplate
/// Tells a Word package from an OpenDocument one by its contents, not its file name; a spreadsheet
/// or a presentation given as a template is refused, naming what it is.
enum FormatDetector {
  static let odfTextTypes: Set<String> = ["application/vnd.oasis.opendocument.text",
                                          "application/vnd.oasis.opendocument.text-template"]
  /// Other OpenDocument and Office packages, by their mimetype or main part, as a person names them.
  static let otherPackages: [(marker: String, what: PackagePhrase)] = [
    ("application/vnd.oasis.opendocument.spreadsheet", .ods),
    ("application/vnd.oasis.opendocument.presentation", .odp),
    ("application/vnd.oasis.opendocument.graphics", .odg),
    ("xl/workbook.xml", .xlsx),
    ("ppt/presentation.xml", .pptx),
    ("visio/document.xml", .vsdx),
  ]

  static func notATemplate(_ what: PackagePhrase, file: String, part: String? = nil) -> PackageError {
    PackageError(.unknownFormat, file: file, part: part,
                 detail: PackagePhrase.notADocument.phrase(["what": .phrase(what.phrase())]))
  }

  static func detect(_ package: TemplatePackage) throws -> DocumentFormat {
    if let mimetype = try package.archive.read(named: "mimetype") {
      let type = String(decoding: mimetype, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      if let other = otherPackages.first(where: { $0.marker == type }) {
        throw notATemplate(other.what, file: package.file, part: "mimetype")
      }
      guard odfTextTypes.contains(type) else {
        throw PackageError(.unknownFormat, file: package.file, part: "mimetype",
                           detail: PackagePhrase.otherODFType.phrase(["type": .text(EntryNameRules.printable(String(type.prefix(80))))]))
      }
      return .odt
    }
    if let other = otherPackages.first(where: { package.has($0.marker) }) { throw notATemplate(other.what, file: package.file) }
    if package.has("[Content_Types].xml") { return .docx }
    throw PackageError(.unknownFormat, file: package.file,
                       detail: PackagePhrase.neitherWordNorODF.phrase())
  }
}

import Foundation
