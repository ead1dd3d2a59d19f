import GongwenTemplate

/// A .docx or .odt template, compiled once and rendered any number of times, from any thread.
///
/// ```swift
/// let template = try Template(path: "report.docx")
/// try template.render(data, to: "out/report.docx")
/// ```
public final class Template: @unchecked Sendable {
  /// The template file (or the name given for in-memory templates).
  public let file: String
  /// Word (.docx) or OpenDocument (.odt), read from the package itself.
  public let format: DocumentFormat
  let bytes: [UInt8]
  let entries: [ZipEntry]
  let compiled: CompiledFormat
  /// Parts rewritten at compile time (external relationships dropped, content types fixed) and not
  /// templated: every render writes them as they are.
  let rewrittenParts: [String: [UInt8]]
  /// What a rendered package must satisfy, read once from the template.
  let verifier: RenderVerifier
  let deflateLevel: UInt32
  /// The filters the template was compiled with (custom ones included), which renders and checks apply.
  let filters: FilterRegistry
  /// The syntax the template was compiled with, whose readings of 0 and `$index` renders and checks apply.
  let syntax: TagSyntax

  /// Reads and compiles a template file.
  public convenience init(path: String, options: TemplateOptions = TemplateOptions()) throws {
    // One read: the bytes compiled are the bytes every render copies from.
    let bytes = try FileBytes.read(path)
    try self.init(archive: try ZipArchive(bytes: bytes, name: path), bytes: bytes, path: path, options: options)
  }

  /// Compiles a template held in memory; `name` is used in messages.
  public convenience init(bytes: [UInt8], name: String, options: TemplateOptions = TemplateOptions()) throws {
    let archive = try ZipArchive(bytes: bytes, name: name)
    try self.init(archive: archive, bytes: bytes, path: name, options: options)
  }

  private init(archive: ZipArchive, bytes: [UInt8], path: String, options: TemplateOptions) throws {
    self.file = path
    let package = TemplatePackage(archive: archive, file: path, options: options)
    let format = try FormatDetector.detect(package)
    self.format = format
    let rules: PackageRules
    switch format {
    case .docx:
      let word = try WordTemplateCompiler.compile(package)
      compiled = word
      rules = try WordPackageRules(package: package, roles: word.roles)
    case .odt:
      compiled = try OpenDocumentTemplateCompiler.compile(package)
      rules = try OpenDocumentPackageRules(package: package)
    }
    let templated = Set(compiled.parts.map(\.name))
    self.rewrittenParts = package.replacements.filter { !templated.contains($0.key) }
    var verifier = RenderVerifier(file: path, delimiters: options.delimiters, rules: rules,
                                  templateEntries: Set(archive.entries.map(\.name)))
    verifier.checksLeftovers = !options.allowUnclosedTag && !options.allowUnopenedTag
      && !compiled.parts.contains { $0.sites.contains { $0.tag.newDelimiters != nil } }
    self.verifier = verifier
    self.entries = archive.entries
    self.bytes = bytes
    self.deflateLevel = UInt32(options.deflateLevel)
    self.filters = options.filters
    self.syntax = options.tagSyntax
  }

  /// Names of the parts that hold tags, in render order.
  public var templatedParts: [String] { compiled.parts.map(\.name) }
}
