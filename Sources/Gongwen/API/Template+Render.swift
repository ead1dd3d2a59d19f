import GongwenTemplate

extension Template {
  /// Renders the template with `data` into the bytes of a new package.
  ///
  /// Throws `TemplateErrors` listing every missing value and data problem at once. With `verify` (the
  /// default), the parts the render changed are checked before the package is built (well-formed, no tag
  /// left in the text, references resolve, content types cover every part): a failure throws
  /// `VerificationError` naming the part.
  public func render(_ data: Value, options: RenderOptions = RenderOptions(), verify: Bool = true) throws -> [UInt8] {
    try render(data, options: options, verify: verify, asTemplate: false)
  }

  /// Renders into a package; with `asTemplate`, one typed as a template (.dotx, .ott) instead of a document.
  func render(_ data: Value, options: RenderOptions, verify: Bool, asTemplate: Bool) throws -> [UInt8] {
    let renderer = TemplateRenderer(filters: filters, options: options, syntax: syntax)
    let state = compiled.makeState()
    var rendered = rewrittenParts
    var errors: [TemplateError] = []
    for part in compiled.parts {
      var sink = PartSink(part: part, state: state, capacity: 64 * 1024)
      do {
        try renderer.render(part.nodes, data: data, into: &sink)
      } catch let problems as TemplateErrors {
        errors += problems.errors
      }
      rendered[part.name] = sink.finish()
    }
    guard errors.isEmpty else { throw TemplateErrors(errors) }
    let archive = try ZipArchive(bytes: self.bytes, name: file)
    for name in compiled.parts.map(\.name) + state.partsToLayOut where rendered[name] != nil || !compiled.parts.contains(where: { $0.name == name }) {
      guard let bytes = try rendered[name] ?? rewrittenParts[name] ?? archive.read(named: name) else { continue }
      rendered[name] = try state.laidOut(bytes, part: name)
    }
    var added: [(name: String, bytes: [UInt8])] = []
    for (name, bytes) in try state.finish() {
      if rendered[name] == nil && !entries.contains(where: { $0.name == name }) {
        added.append((name, bytes))
      }
      rendered[name] = bytes
    }
    if asTemplate { try makeTemplateTyped(&rendered) }
    if verify {
      try verifier.verify(changed: rendered, added: Set(added.map(\.name)), data: data)
    }
    return try PackageAssembly.assemble(archive, replacing: rendered, adding: added,
                                        compression: compiled.compression(for:), level: deflateLevel)
  }

  /// Renders into a file, atomically: a temporary file beside `path`, renamed into place. Refuses to
  /// write over the template itself or any of `protecting` (the data files). The output is verified
  /// unless `verify` is false (see `render(_:options:verify:)`). A path ending in `.pdf`,
  /// or in the other package format's extension, is converted with LibreOffice (`conversion` says how).
  public func render(_ data: Value, to path: String, options: RenderOptions = RenderOptions(),
                     protecting: [String] = [], verify: Bool = true,
                     conversion: ConversionOptions = ConversionOptions()) throws {
    if FileBytes.sameFile(path, file) {
      throw PackageError(.wouldOverwriteInput, file: file, detail: PackagePhrase.outputIsTemplate.phrase())
    }
    let templateFormat = DocumentFormat.template(ofPath: path)
    if let templateFormat, templateFormat != format {
      throw PackageError(.unknownFormat, file: file, detail: (templateFormat == .docx ? PackagePhrase.wordTemplateButODF : PackagePhrase.odfTemplateButWord)
                           .phrase(["path": .text(path)]))
    }
    var bytes = try render(data, options: options, verify: verify, asTemplate: templateFormat != nil)
    let target = OutputFormat(path: path) ?? OutputFormat(format)
    if target != OutputFormat(format) {
      bytes = try OfficeConverter.convert(bytes, from: format, to: target, options: conversion, name: path)
    }
    try AtomicFile.write(bytes, to: path, protecting: [file] + protecting)
  }
}

extension Template {
  /// Types a rendered package as a template: Word's main part content type, OpenDocument's `mimetype`
  /// and manifest root entry.
  private func makeTemplateTyped(_ rendered: inout [String: [UInt8]]) throws {
    let archive = try ZipArchive(bytes: bytes, name: file)
    func current(_ part: String) throws -> [UInt8] {
      if let bytes = rendered[part] ?? rewrittenParts[part] { return bytes }
      guard let stored = try archive.read(named: part) else {
        throw PackageError(.missingPart, file: file, part: part, detail: PackagePhrase.noPart.phrase(["part": .text(part)]))
      }
      return stored
    }
    switch format {
    case .docx:
      rendered[WordContentTypes.part] = try WordContentTypes.templateTyped(try current(WordContentTypes.part), file: file)
    case .odt:
      rendered["mimetype"] = Array(OpenDocumentMediaTypes.textTemplate.utf8)
      let manifest = OpenDocumentPackageRules.manifestPart
      rendered[manifest] = try OpenDocumentMediaTypes.templateTypedManifest(try current(manifest))
    }
  }
}
