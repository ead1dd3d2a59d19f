import GongwenTemplate

extension Template {
  /// Renders the template with `data` into the bytes of a new package.
  ///
  /// Throws `TemplateErrors` listing every missing value and data problem at once. With `verify` (the
  /// default), the parts the render changed are checked before the package is built (well-formed, no tag
  /// left in the text, references resolve, content types cover every part): a failure throws
  /// `VerificationError` naming the part.
  public func render(_ data: Value, options: RenderOptions = RenderOptions(), verify: Bool = true) throws -> [UInt8] {
    let renderer = TemplateRenderer(filters: filters, options: options)
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
      rendered[part.name] = sink.output
    }
    guard errors.isEmpty else { throw TemplateErrors(errors) }
    var added: [(name: String, bytes: [UInt8])] = []
    for (name, bytes) in try state.finish() {
      if rendered[name] == nil && !entries.contains(where: { $0.name == name }) {
        added.append((name, bytes))
      }
      rendered[name] = bytes
    }
    if verify {
      try verifier.verify(changed: rendered, added: Set(added.map(\.name)), data: data)
    }
    let archive = try ZipArchive(bytes: self.bytes, name: file)
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
      throw PackageError(.wouldOverwriteInput, file: file, detail: "the output path is the template itself; choose another output")
    }
    var bytes = try render(data, options: options, verify: verify)
    let target = OutputFormat(path: path) ?? OutputFormat(format)
    if target != OutputFormat(format) {
      bytes = try OfficeConverter.convert(bytes, from: format, to: target, options: conversion, name: path)
    }
    try AtomicFile.write(bytes, to: path, protecting: [file] + protecting)
  }
}
