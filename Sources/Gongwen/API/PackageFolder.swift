import GongwenTemplate
import Foundation

/// Packs an unpacked package folder into a .docx or .odt, reproducibly.
public enum PackageFolder {
  /// The bytes of the package built from `folder`.
  public static func pack(folder: String) throws -> [UInt8] {
    let root = URL(fileURLWithPath: folder).standardizedFileURL
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
      throw ArchiveError(.io, file: folder, detail: ArchivePhrase.noSuchFolder.phrase())
    }
    let manifest = ["[Content_Types].xml", "mimetype"].contains {
      FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path)
    }
    guard manifest else {
      throw ArchiveError(.missingEntry, file: folder, detail: ArchivePhrase.notUnpackedPackage.phrase())
    }
    guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
      throw ArchiveError(.io, file: folder, detail: ArchivePhrase.cannotReadFolder.phrase())
    }
    var files: [String] = []
    for case let url as URL in enumerator {
      guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
      let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
      if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") && $0 != ".rels" }) { continue }
      files.append(relative)
    }
    let writer = try ZipWriter()
    for name in files.sorted(by: packOrder) {
      let bytes = try FileBytes.read(root.appendingPathComponent(name).path)
      try writer.add(name: name, bytes: bytes, compression: name == "mimetype" ? .store : .deflate)
    }
    return try writer.finish()
  }

  /// Packs `folder` into the file at `path`, atomically.
  public static func pack(folder: String, to path: String) throws {
    try AtomicFile.write(try pack(folder: folder), to: path)
  }

  private static func rank(_ name: String) -> Int {
    switch name {
    case "mimetype": return 0
    case "[Content_Types].xml": return 1
    case "_rels/.rels": return 2
    default: return name.hasPrefix("META-INF/") ? 4 : 3
    }
  }

  private static func packOrder(_ a: String, _ b: String) -> Bool {
    let ra = rank(a), rb = rank(b)
    return ra != rb ? ra < rb : a < b
  }
}
