import ArgumentParser
import Foundation
import Gongwen

/// What the shell completes for each kind of argument: file names by extension, or the values an
/// option takes (`--format`, `--skeleton`, `--syntax` through their types, `--template` by the shipped names).
extension CompletionKind {
  static let templates = CompletionKind.file(extensions: ["docx", "odt"])
  static let dataFiles = CompletionKind.file(extensions: ["json", "yaml", "yml"])
  static let unitTables = CompletionKind.file(extensions: ["xlsx", "csv", "json", "jsonl", "yaml", "yml"])
  static let documents = CompletionKind.file(extensions: ["docx", "odt", "pdf"])
  static let texts = CompletionKind.file(extensions: ["txt", "md"])
  static let outputFormats = CompletionKind.list(["docx", "odt", "pdf"])

  /// The shipped templates' names (`notice`, `report`, …) and the .docx and .odt files beside the prefix.
  static let shippedTemplates = CompletionKind.custom { _, _, prefix in
    var names = Set<String>()
    for folder in ShippedTemplates.searchPath() {
      for file in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
        let url = URL(fileURLWithPath: file)
        if ["docx", "odt"].contains(url.pathExtension.lowercased()) { names.insert(url.deletingPathExtension().path) }
      }
    }
    let slash = prefix.lastIndex(of: "/")
    let folder = slash.map { String(prefix[...$0]) } ?? ""
    for file in (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? [] {
      let ext = URL(fileURLWithPath: file).pathExtension.lowercased()
      if ["docx", "odt"].contains(ext) { names.insert(folder + file) }
    }
    return names.filter { $0.hasPrefix(prefix) }.sorted()
  }
}
