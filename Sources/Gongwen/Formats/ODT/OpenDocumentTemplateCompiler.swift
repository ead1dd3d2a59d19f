/// Finds the parts of an OpenDocument text package that may hold tags and compiles them.
enum OpenDocumentTemplateCompiler {
  static func compile(_ package: TemplatePackage) throws -> CompiledFormat {
    throw PackageError(.unknownFormat, file: package.file, detail: "OpenDocument templates are not supported yet")
  }
}
