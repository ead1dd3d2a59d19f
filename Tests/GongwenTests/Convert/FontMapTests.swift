import Foundation
import Testing

@testable import Gongwen

/// The shipped font map (templates/fonts.conf) gives each official role a face of its kind.
struct FontMapTests {
  static let map = ShippedTemplateTests.repository.appendingPathComponent("templates/fonts.conf").path

  /// What `fc-match` answers for `pattern` with the shipped map.
  static func match(_ pattern: String) throws -> String {
    try ToolOutput.run("/usr/bin/fc-match", ["-f", "%{family[0]}|%{style[0]}", pattern], environment: ["FONTCONFIG_FILE": map])
  }

  // The families of the packages `make test` installs (scripts/ensure-deps.sh).
  @Test(arguments: [
    ("仿宋_GB2312", "FandolFang|Regular"), ("仿宋", "FandolFang|Regular"), ("FangSong", "FandolFang|Regular"),
    ("楷体_GB2312", "AR PL KaitiM GB|Regular"), ("楷体", "AR PL KaitiM GB|Regular"), ("KaiTi", "AR PL KaitiM GB|Regular"),
    ("黑体", "Noto Sans CJK SC|Regular"), ("SimHei", "Noto Sans CJK SC|Regular"),
    ("方正小标宋简体", "Noto Serif CJK SC|Bold"), ("宋体", "Noto Serif CJK SC|Regular"), ("SimSun", "Noto Serif CJK SC|Regular"),
  ])
  func eachRoleResolvesToAFaceOfItsKind(_ requested: String, _ expected: String) throws {
    #expect(try Self.match("\(requested):lang=zh-cn") == expected)
  }

  @Test func theMapIsFoundBesideTheTemplates() throws {
    let found = try #require(FontMap.shippedFile)
    #expect(URL(fileURLWithPath: found).standardizedFileURL.path == URL(fileURLWithPath: Self.map).standardizedFileURL.path)
  }

  @Test func aUsersOwnConfigurationIsIncludedBeforeTheMap() throws {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-fontmap-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }
    let combined = try #require(FontMap.configuration(in: work, own: "/home/someone/fonts.conf"))
    let text = try String(contentsOfFile: combined, encoding: .utf8)
    let own = try #require(text.range(of: "/home/someone/fonts.conf"))
    let shipped = try #require(text.range(of: "templates/fonts.conf"))
    #expect(own.lowerBound < shipped.lowerBound)
  }
}
