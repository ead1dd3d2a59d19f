import GongwenTemplate

extension Template {
  /// Renders the template with `data` into the bytes of a new package.
  ///
  /// Throws `TemplateErrors` listing every missing value and data problem at once.
  public func render(_ data: Value, options: RenderOptions = RenderOptions()) throws -> [UInt8] {
    let renderer = TemplateRenderer(filters: .standard, options: options)
    let state = compiled.makeState()
    var rendered: [String: [UInt8]] = [:]
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
    let archive = try ZipArchive(bytes: self.bytes, name: file)
    let writer = try ZipWriter(name: "output of \(file)", level: deflateLevel)
    // OpenDocument readers need `mimetype` first; a stable sort keeps every other entry in place.
    let ordered = archive.entries.enumerated().sorted { a, b in
      let ra = a.element.name == "mimetype" ? 0 : 1, rb = b.element.name == "mimetype" ? 0 : 1
      return ra != rb ? ra < rb : a.offset < b.offset
    }.map(\.element)
    for entry in ordered {
      if let bytes = rendered[entry.name] {
        try writer.add(name: entry.name, bytes: bytes, compression: compiled.compression(for: entry.name))
      } else {
        try writer.copyRaw(entry, from: archive)
      }
    }
    for (name, bytes) in added {
      try writer.add(name: name, bytes: bytes, compression: compiled.compression(for: name))
    }
    return try writer.finish()
  }

  /// Renders into a file, atomically: a temporary file beside `path`, renamed into place. Refuses to
  /// write over the template itself or any of `protecting` (the data files). A path ending in `.pdf`,
  /// or in the other package format's extension, is converted with LibreOffice.
  public func render(_ data: Value, to path: String, options: RenderOptions = RenderOptions(),
                     protecting: [String] = []) throws {
    if FileBytes.sameFile(path, file) {
      throw PackageError(.wouldOverwriteInput, file: file, detail: "the output path is the template itself; choose another output")
    }
    var bytes = try render(data, options: options)
    let target = OutputFormat(path: path) ?? OutputFormat(format)
    if target != OutputFormat(format) {
      bytes = try OfficeConverter.convert(bytes, from: format, to: target)
    }
    try AtomicFile.write(bytes, to: path, protecting: [file] + protecting)
  }
}
