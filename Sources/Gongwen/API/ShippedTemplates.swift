import GongwenTemplate
import Foundation

/// Finds the templates that ship with Gongwen (`report`, `notice`, `letter`, `party-building-report`)
/// by name.
///
/// Looked for, in order: the folder in `GONGWEN_TEMPLATES`; `../share/gongwen/templates` and
/// `templates` beside the `gongwen` executable (an installed layout: `bin/gongwen`,
/// `share/gongwen/templates/report.docx`); `templates/` in the executable's folder or any folder
/// above it (a build inside the source tree); `templates/` in the current folder.
public enum ShippedTemplates {
  /// The folders searched, in order, for an executable at `executable`.
  public static func searchPath(executable: String = CommandLine.arguments.first ?? "") -> [String] {
    var folders: [String] = []
    if let folder = ProcessInfo.processInfo.environment["GONGWEN_TEMPLATES"], !folder.isEmpty { folders.append(folder) }
    var directory = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
    folders.append(directory.appendingPathComponent("../share/gongwen/templates").standardizedFileURL.path)
    for _ in 0..<8 {
      folders.append(directory.appendingPathComponent("templates").path)
      let parent = directory.deletingLastPathComponent()
      if parent.path == directory.path { break }
      directory = parent
    }
    folders.append(URL(fileURLWithPath: "templates").standardizedFileURL.path)
    var seen = Set<String>()
    return folders.filter { seen.insert($0).inserted }
  }

  /// The path of shipped template `name` in `format`, or a path given as such (containing `/` or
  /// ending in `.docx`/`.odt`) unchanged. Throws naming the folders searched when it is not found.
  public static func locate(_ name: String, format: DocumentFormat,
                            executable: String = CommandLine.arguments.first ?? "") throws -> String {
    let lower = name.lowercased()
    if name.contains("/") || lower.hasSuffix(".docx") || lower.hasSuffix(".odt") { return name }
    let folders = searchPath(executable: executable)
    for folder in folders {
      let candidate = folder + "/" + name + "." + format.fileExtension
      if FileManager.default.fileExists(atPath: candidate) { return candidate }
    }
    throw ArchiveError(.io, file: name + "." + format.fileExtension,
                       detail: ArchivePhrase.noShippedTemplate.phrase(["name": .text(name), "folders": .text(folders.joined(separator: ", "))]))
  }
}
