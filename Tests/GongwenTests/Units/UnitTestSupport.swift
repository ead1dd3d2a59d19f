import Foundation
import Testing

@testable import Gongwen

/// Writes a unit table into a fresh temporary folder and loads it.
struct UnitFiles {
  private let directory: TestDirectory
  var folder: String { directory.root }

  init() throws { directory = try TestDirectory() }

  func path(_ name: String) -> String { directory.path(name) }

  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let url = URL(fileURLWithPath: path(name))
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
    return path(name)
  }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

  func load(_ name: String, sheet: String? = nil) throws -> UnitTable {
    try UnitTableLoader.load(path: path(name), sheet: sheet)
  }

  func remove() { directory.remove() }

  /// The repository's root folder (for shipped templates and samples).
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// The text at a dotted path of a unit's data, or nil.
func field(_ unit: UnitRow, _ path: String) -> String? {
  var value: Value? = unit.data
  for part in path.split(separator: ".") { value = value?[String(part)] }
  guard case .string(let text)? = value else { return value.map(\.displayText) }
  return text
}

extension UnitFiles {
  func read(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(name)))) }
  func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }
}
