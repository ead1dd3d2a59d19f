import Foundation
import Testing

/// The hostile-input corpus under `Fixtures/hostile` (made by `make_hostile.py`) and what each
/// input must give, read from `expected.json`.
struct HostileCase: Decodable, Sendable, CustomTestStringConvertible {
  /// The file under `Fixtures/hostile/files`.
  let file: String
  /// `template` or `data`.
  let input: String
  /// The stable error id (`archive_notAZip`, `xml_dtd_forbidden`, …), or `ok` when it must work.
  let id: String
  /// The part the error must name.
  let part: String?
  /// Words the message must contain.
  let contains: [String]?
  /// Where a data error must point.
  let line: Int?
  let column: Int?
  /// Text a rendered output must not contain (for inputs that work).
  let absent: [String]?

  var testDescription: String { file }

  static let folder: String = {
    if let url = Bundle.module.resourceURL?.appendingPathComponent("Fixtures/hostile"),
      FileManager.default.fileExists(atPath: url.path + "/expected.json")
    {
      return url.path
    }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/hostile").path
  }()

  static let all: [HostileCase] = {
    guard let data = FileManager.default.contents(atPath: folder + "/expected.json"),
      let cases = try? JSONDecoder().decode([HostileCase].self, from: data)
    else { return [] }
    return cases
  }()

  static var templates: [HostileCase] { all.filter { $0.input == "template" } }
  static var dataFiles: [HostileCase] { all.filter { $0.input == "data" } }

  var path: String { Self.folder + "/files/" + file }
  static var validTemplate: String { folder + "/files/valid.docx" }
}
