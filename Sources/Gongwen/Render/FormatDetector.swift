/// Tells a Word package from an OpenDocument one by its contents, not its file name.
enum FormatDetector {
  static let odfTextTypes: Set<String> = ["application/vnd.oasis.opendocument.text",
                                          "application/vnd.oasis.opendocument.text-template"]

  static func detect(_ package: TemplatePackage) throws -> DocumentFormat {
    if let mimetype = try package.archive.read(named: "mimetype") {
      let type = String(decoding: mimetype, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      guard odfTextTypes.contains(type) else {
        throw PackageError(.unknownFormat, file: package.file, part: "mimetype",
                           detail: "the package is '\(EntryNameRules.printable(String(type.prefix(80))))', not an OpenDocument text (.odt)")
      }
      return .odt
    }
    if package.has("[Content_Types].xml") { return .docx }
    throw PackageError(.unknownFormat, file: package.file,
                       detail: "not a Word (.docx) or OpenDocument (.odt) package: it has neither [Content_Types].xml nor mimetype")
  }
}

import Foundation
