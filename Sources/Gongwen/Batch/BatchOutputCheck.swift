import Foundation

/// What `--resume` counts as a complete output, and the leftovers of an interrupted run.
///
/// Outputs reach their final name only by an atomic rename, so after a killed run a file under a final
/// name is whole. After a power cut (batches flush to disk once, at the end) it could still be empty or
/// short, so a document counts as complete only when it opens as a zip archive whose central directory
/// agrees with its entries and whose main part (`word/document.xml` through `[Content_Types].xml`, or
/// `content.xml`) inflates with a matching CRC; a PDF when `PDFFile` reads it as complete (header,
/// trailer, at least one page).
enum BatchOutputCheck {
  static func isComplete(_ path: String, format: OutputFormat) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 else { return false }
    switch format {
    case .pdf:
      guard let bytes = try? FileBytes.read(path) else { return false }
      return (try? PDFFile(bytes, document: path)) != nil
    case .docx, .odt:
      guard let archive = try? ZipArchive(path: path) else { return false }
      let main = format == .odt ? "content.xml" : "word/document.xml"
      return (try? archive.read(named: main)) != nil
    }
  }

  /// Removes temporary files an interrupted run left beside `names` in `directory` (only those of
  /// these names, so shards sharing the folder keep their own). A temporary is another run's when it was
  /// made after `runStart` or its owner process (the number after `.gongwen-tmp-`) is still alive: a
  /// retried or requeued run never deletes the file a live run is writing.
  static func removeLeftovers(in directory: String, names: [String], runStart: Date = Date()) {
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
    let marker = ".gongwen-tmp-"
    let leftovers = entries.compactMap { entry -> (String, String, String)? in
      guard entry.hasPrefix("."), let range = entry.range(of: marker, options: .backwards) else { return nil }
      return (entry, String(entry[entry.index(after: entry.startIndex)..<range.lowerBound]), String(entry[range.upperBound...]))
    }
    guard !leftovers.isEmpty else { return }
    let prefixes = Set(names.map(AtomicFile.temporaryPrefix))
    for (entry, prefix, suffix) in leftovers where prefixes.contains(prefix) {
      let path = directory + "/" + entry
      if isOwnerAlive(suffix) { continue }
      var info = stat()
      guard stat(path, &info) == 0, Double(info.st_mtim.tv_sec) < runStart.timeIntervalSince1970 else { continue }
      unlink(path)
    }
  }

  /// True when a temporary's suffix (`<pid>-<random>`) names a process that is running.
  private static func isOwnerAlive(_ suffix: String) -> Bool {
    guard let dash = suffix.firstIndex(of: "-"), let pid = Int32(suffix[..<dash]), pid > 0 else { return false }
    return pid == getpid() || kill(pid, 0) == 0 || errno == EPERM
  }
}
