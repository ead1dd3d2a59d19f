import Foundation
import Gongwen

/// Loads the data a command renders with: a file (or standard input) plus `--set` overrides.
enum DataInput {
  static func load(_ path: String, overrides: [String]) throws -> Value {
    let base: Value
    if path == "-" {
      let bytes = FileHandle.standardInput.readDataToEndOfFile()
      base = try DataLoader.parseYAML(String(decoding: bytes, as: UTF8.self), file: "<stdin>")
    } else {
      base = try DataLoader.load(path: path)
    }
    return try DataLoader.applying(overrides: overrides, to: base)
  }
}

/// Where output goes when no -o is given.
enum OutputPath {
  /// `samples/unit.yaml` + docx → `samples/unit.docx`.
  static func beside(data: String, format: DocumentFormat) -> String {
    let url = URL(fileURLWithPath: data == "-" ? "output" : data)
    return url.deletingPathExtension().appendingPathExtension(format.fileExtension).relativePath
  }
}
