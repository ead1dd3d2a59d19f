import GongwenTemplate

/// The template package as the compilers see it: its archive and parsed parts.
final class TemplatePackage {
  let archive: ZipArchive
  /// The template file, for messages.
  let file: String
  let options: TemplateOptions
  /// Parts whose bytes were rewritten before compiling (relationships dropped, content types fixed):
  /// they are read from here instead of the archive, and written to every output.
  private(set) var replacements: [String: [UInt8]] = [:]

  init(archive: ZipArchive, file: String, options: TemplateOptions) {
    self.archive = archive
    self.file = file
    self.options = options
  }

  func has(_ part: String) -> Bool { archive.entry(named: part) != nil }

  /// The bytes of a part, rewritten or as stored; nil when the package has no such part.
  func bytes(_ part: String) throws -> [UInt8]? {
    if let replaced = replacements[part] { return replaced }
    return try archive.read(named: part)
  }

  /// Replaces a part's bytes for compiling and for the output.
  func replace(_ part: String, with document: XMLDocument) {
    replacements[part] = XMLSerializer.bytes(of: document)
  }

  /// Reads and parses a part; nil when the package has no such part.
  func xml(_ part: String) throws -> XMLDocument? {
    guard let bytes = try bytes(part) else { return nil }
    do {
      return try XMLDocument(parsing: bytes, part: part)
    } catch var error as XMLError {
      error.file = file
      throw error
    }
  }

  /// Compiles one part with a profile; nil when it holds no tag.
  func compile(_ part: String, profile: FormatProfile) throws -> CompiledPart? {
    guard let document = try xml(part) else { return nil }
    let compiler = PartCompiler(part: part, profile: profile, syntax: options.tagSyntax, filters: options.filters,
                                file: file)
    return try compiler.compile(document)
  }

  /// Compiles each part, collecting the template errors of all of them before throwing.
  func compileAll(_ parts: [(name: String, profile: FormatProfile)]) throws -> [CompiledPart] {
    var compiled: [CompiledPart] = []
    var errors: [TemplateError] = []
    for (name, profile) in parts {
      do {
        if let part = try compile(name, profile: profile) { compiled.append(part) }
      } catch let problems as TemplateErrors {
        errors += problems.errors
      }
    }
    guard errors.isEmpty else { throw TemplateErrors(errors) }
    return compiled
  }
}
