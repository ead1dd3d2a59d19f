/// Builds a new package from a template's archive: replaced entries get new bytes, the others are copied
/// with their compressed bytes, added entries come last; `mimetype` always goes first (OpenDocument
/// readers need it there), every other entry keeps its place.
enum PackageAssembly {
  static func assemble(_ archive: ZipArchive, replacing replaced: [String: [UInt8]],
                       adding added: [(name: String, bytes: [UInt8])],
                       compression: (String) -> ZipWriter.Compression,
                       level: UInt32 = ZipWriter.deflateLevel) throws -> [UInt8] {
    let writer = try ZipWriter(name: "new archive", level: level)
    let ordered = archive.entries.enumerated().sorted { a, b in
      let ra = a.element.name == "mimetype" ? 0 : 1, rb = b.element.name == "mimetype" ? 0 : 1
      return ra != rb ? ra < rb : a.offset < b.offset
    }.map(\.element)
    for entry in ordered {
      if let bytes = replaced[entry.name] {
        try writer.add(name: entry.name, bytes: bytes, compression: compression(entry.name))
      } else {
        try writer.copyRaw(entry, from: archive)
      }
    }
    for (name, bytes) in added {
      try writer.add(name: name, bytes: bytes, compression: compression(name))
    }
    return try writer.finish()
  }
}
