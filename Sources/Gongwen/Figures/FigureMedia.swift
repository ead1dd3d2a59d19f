import GongwenTemplate
import Foundation

/// A picture file read and checked for one render.
struct LoadedImage {
  let header: ImageHeader
  /// The package entry its bytes are stored under.
  let entryName: String
}

/// The picture files one render uses: each file read and checked once, identical bytes stored once
/// under a name no template entry has.
final class FigureMedia {
  static let maxFileBytes = 100 * 1024 * 1024
  static let maxPixels = 30_000
  /// All pictures of one document together, as for a template package's parts.
  static let maxTotalBytes = 1024 * 1024 * 1024

  private let baseDirectory: String?
  private let moreDirectories: [String]
  private let folder: String
  private var taken: Set<String>
  private var byPath: [String: LoadedImage] = [:]
  private var byBytes: [[UInt8]: String] = [:]
  private var totalBytes = 0
  /// Entries to add to the package, in the order first used.
  private(set) var entries: [(name: String, bytes: [UInt8], format: ImageFormat)] = []

  /// `folder` ends with a slash (`word/media/`, `Pictures/`); `existing` are the template's entry names.
  init(baseDirectory: String?, moreDirectories: [String] = [], folder: String, existing: Set<String>) {
    self.baseDirectory = baseDirectory
    self.moreDirectories = moreDirectories
    self.folder = folder
    self.taken = existing
  }

  /// The path a data path names: relative paths are taken from the base directory (the data file's
  /// folder), or from the first of `moreDirectories` that holds the file. Data written on Windows may
  /// separate folders with `\`: when no file has the name as written, the path with `/` is taken.
  func resolve(_ path: String) -> String {
    let spellings = path.contains("\\") ? [path, path.replacingOccurrences(of: "\\", with: "/")] : [path]
    for folder in folders {
      for spelling in spellings {
        let candidate = absolute(spelling, in: folder)
        if FileManager.default.fileExists(atPath: candidate) { return candidate }
      }
    }
    return absolute(spellings[spellings.count - 1], in: folders[0])
  }

  /// The folders relative paths are looked for in, in order.
  private var folders: [String] {
    [baseDirectory ?? FileManager.default.currentDirectoryPath] + moreDirectories
  }

  private func absolute(_ path: String, in folder: String) -> String {
    if path.hasPrefix("/") { return path }
    return URL(fileURLWithPath: folder).appendingPathComponent(path).standardizedFileURL.path
  }

  /// Reads and checks a picture file; throws `FigureError` naming the file.
  func load(_ path: String) throws -> LoadedImage {
    let resolved = resolve(path)
    if let image = byPath[resolved] { return image }
    let named: Phrase.Value = .phrase(FigurePhrase.imageFile.phrase(path == resolved ? ["path": .text(path)] : ["path": .text(path), "resolved": .text(resolved)]))
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder) else {
      if path.hasPrefix("/") { throw FigureError(.noSuchAbsoluteFile, ["file": named]) }
      let looked = folders.map { "'\($0)'" }.joined(separator: " or ")
      throw FigureError(.noSuchRelativeFile, ["path": .text(path), "folders": .text(looked),
                                              "where": .phrase((folders.count > 1 ? FigurePhrase.theseFolders : .thisFolder).phrase())])
    }
    guard !isFolder.boolValue else { throw FigureError(.isFolder, ["file": named]) }
    let attributes = (try? FileManager.default.attributesOfItem(atPath: resolved)) ?? [:]
    // Devices and pipes never end: only regular files (links followed) are read.
    guard attributes[.type] as? FileAttributeType == .typeRegular else {
      throw FigureError(.notRegularFile, ["file": named])
    }
    let size = (attributes[.size] as? Int) ?? 0
    guard size <= Self.maxFileBytes else {
      throw FigureError(.tooLarge, ["file": named, "size": .text(String(size / 1_048_576))])
    }
    guard let data = FileManager.default.contents(atPath: resolved) else {
      throw FigureError(.unreadable, ["file": named])
    }
    let bytes = [UInt8](data)
    guard totalBytes + bytes.count <= Self.maxTotalBytes else {
      throw FigureError(.overTotal, ["file": named])
    }
    let header: ImageHeader
    do {
      header = try ImageHeader.read(bytes)
    } catch let error as FigureError {
      throw FigureError(.fileProblem, ["file": named, "problem": .phrase(error.reason)])
    }
    guard header.pixelWidth > 0, header.pixelHeight > 0 else {
      throw FigureError(.noPixels, ["file": named, "width": .text(String(header.pixelWidth)), "height": .text(String(header.pixelHeight))])
    }
    guard header.pixelWidth <= Self.maxPixels, header.pixelHeight <= Self.maxPixels else {
      throw FigureError(.tooManyPixels, ["file": named, "width": .text(String(header.pixelWidth)), "height": .text(String(header.pixelHeight)), "limit": .text(String(Self.maxPixels))])
    }
    let image = LoadedImage(header: header, entryName: store(bytes, format: header.format))
    byPath[resolved] = image
    return image
  }

  private func store(_ bytes: [UInt8], format: ImageFormat) -> String {
    if let name = byBytes[bytes] { return name }
    totalBytes += bytes.count
    var number = entries.count + 1
    var name = "\(folder)image\(number).\(format.fileExtension)"
    while taken.contains(name) {
      number += 1
      name = "\(folder)image\(number).\(format.fileExtension)"
    }
    taken.insert(name)
    byBytes[bytes] = name
    entries.append((name, bytes, format))
    return name
  }
}
