import Foundation
import Testing

@testable import Gongwen

/// Which Word documents ask for no space between Chinese and Latin text or digits, and the profile
/// that makes LibreOffice honour it.
struct WordAutospaceTests {
  private static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

  private func package(styles: String?) throws -> [UInt8] {
    let writer = try ZipWriter(name: "t.docx")
    try writer.add(name: "word/document.xml", bytes: Array("<w:document xmlns:w=\"\(Self.w)\"><w:body/></w:document>".utf8))
    if let styles {
      try writer.add(name: "word/styles.xml", bytes: Array("<w:styles xmlns:w=\"\(Self.w)\">\(styles)</w:styles>".utf8))
    }
    return try writer.finish()
  }

  private func defaults(_ properties: String) -> String {
    "<w:docDefaults><w:pPrDefault><w:pPr>\(properties)</w:pPr></w:pPrDefault></w:docDefaults>"
  }

  private func normal(_ properties: String) -> String {
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:pPr>\(properties)</w:pPr></w:style>"
  }

  private let off = "<w:autoSpaceDE w:val=\"0\"/><w:autoSpaceDN w:val=\"0\"/>"

  @Test func theShippedTemplatesTurnItOff() throws {
    for name in ["notice", "request", "report"] {
      let bytes = try [UInt8](Data(contentsOf: ShippedTemplateTests.repository.appendingPathComponent("templates/\(name).docx")))
      #expect(WordAutospace.isOff(in: bytes), "\(name).docx")
    }
  }

  @Test func offInTheDefaultsOrTheDefaultStyle() throws {
    #expect(WordAutospace.isOff(in: try package(styles: defaults(off))))
    #expect(WordAutospace.isOff(in: try package(styles: normal("<w:autoSpaceDE w:val=\"false\"/><w:autoSpaceDN w:val=\"off\"/>"))))
  }

  @Test func wordsDefaultIsOn() throws {
    #expect(!WordAutospace.isOff(in: try package(styles: nil)))
    #expect(!WordAutospace.isOff(in: try package(styles: defaults(""))))
    // Only digits off: Latin text keeps its space, so LibreOffice's single setting stays on.
    #expect(!WordAutospace.isOff(in: try package(styles: defaults("<w:autoSpaceDN w:val=\"0\"/>"))))
    // The default style turns it back on over the document defaults.
    #expect(!WordAutospace.isOff(in: try package(styles: defaults(off) + normal("<w:autoSpaceDE/><w:autoSpaceDN w:val=\"1\"/>"))))
    // A style that is not the default one does not count.
    let other = "<w:style w:type=\"paragraph\" w:styleId=\"Body\"><w:pPr>\(off)</w:pPr></w:style>"
    #expect(!WordAutospace.isOff(in: try package(styles: other)))
  }

  @Test func notAPackageIsNotOff() {
    #expect(!WordAutospace.isOff(in: Array("not a zip".utf8)))
  }

  /// A profile LibreOffice already made gets the library, exactly one binding of the event (replacing
  /// another binding of it) and each setting once; a second install changes nothing.
  @Test func theProfileGetsTheMacroAndOneBinding() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-profile-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let user = root.appendingPathComponent("profile/user")
    try FileManager.default.createDirectory(at: user, withIntermediateDirectories: true)
    let registry = user.appendingPathComponent("registrymodifications.xcu")
    let stale = "<item oor:path=\"/org.openoffice.Office.Events/ApplicationEvents/Bindings\"><node oor:name=\"OnLoadFinished\" oor:op=\"replace\">"
      + "<prop oor:name=\"BindingURL\" oor:op=\"fuse\"><value>vnd.sun.star.script:Old.Module.Gone?language=Basic&amp;location=application</value></prop></node></item>"
    let other = "<item oor:path=\"/org.openoffice.Office.Common/Misc\"><prop oor:name=\"FirstRun\" oor:op=\"fuse\"><value>false</value></prop></item>"
    let locking = "<item oor:path=\"/org.openoffice.Office.Common/Misc\"><prop oor:name=\"UseDocumentOOoLockFile\" oor:op=\"fuse\"><value>true</value></prop></item>"
    try Data(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
      + "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\(stale)\(other)\(locking)</oor:items>").utf8).write(to: registry)
    // A LibreOffice installation as Debian lays it out: the executable on PATH links to program/soffice.
    let program = root.appendingPathComponent("install/program")
    try FileManager.default.createDirectory(at: program, withIntermediateDirectories: true)
    try Data("#!/bin/sh\n".utf8).write(to: program.appendingPathComponent("soffice"))
    try Data("[Bootstrap]\nInstallMode=<installmode>\nProductKey=LibreOffice 7.4\n".utf8).write(to: program.appendingPathComponent("bootstraprc"))
    let soffice = root.appendingPathComponent("soffice").path
    try FileManager.default.createSymbolicLink(atPath: soffice, withDestinationPath: program.appendingPathComponent("soffice").path)
    #expect(OfficeProfileSettings.libreOfficeVersion(soffice: soffice) == "7.4")
    let settings = OfficeProfileSettings.all(libreOfficeVersion: "7.4")
    #expect(settings.contains(.init(path: "/org.openoffice.Setup/Product", name: "ooSetupLastVersion", value: "7.4")))
    let local = OfficeProfile.unlocked(at: root.appendingPathComponent("profile"))
    for _ in 1...2 {
      #expect(local.prepare(soffice: soffice, work: root, create: false))
      let text = try String(contentsOf: registry, encoding: .utf8)
      #expect(text.components(separatedBy: OfficeLayoutMacro.scriptURL.replacingOccurrences(of: "&", with: "&amp;")).count - 1 == 1, "\(text)")
      #expect(!text.contains("Old.Module.Gone"))
      #expect(text.contains("FirstRun"))
      // Each setting once, with its value: the profile's own lock-file setting is replaced.
      for setting in settings {
        let written = "<item oor:path=\"\(setting.path)\"><prop oor:name=\"\(setting.name)\" oor:op=\"fuse\"><value>\(setting.value)</value></prop></item>"
        #expect(text.components(separatedBy: written).count - 1 == 1, "\(setting.name): \(text)")
      }
      #expect(!text.contains("<value>true</value>"), "\(text)")
      let container = try String(contentsOf: user.appendingPathComponent("basic/script.xlc"), encoding: .utf8)
      #expect(container.contains("library:name=\"GongwenLayout\"") && container.contains("library:name=\"Standard\""))
      let module = try String(contentsOf: user.appendingPathComponent("basic/GongwenLayout/Autospace.xba"), encoding: .utf8)
      #expect(module.contains("ParaIsCharacterDistance = False") && module.contains("&amp; \".no-autospace\""))
    }
  }

  /// The version comes from the `ProductKey` of the installation's bootstraprc; without one (or with a
  /// key that names no version) the setting is left out rather than guessed.
  @Test func theLibreOfficeVersionIsReadOrLeftOut() throws {
    let program = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-office-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: program) }
    try FileManager.default.createDirectory(at: program, withIntermediateDirectories: true)
    let soffice = program.appendingPathComponent("soffice").path
    #expect(OfficeProfileSettings.libreOfficeVersion(soffice: soffice) == nil)
    #expect(!OfficeProfileSettings.all(libreOfficeVersion: nil).contains { $0.name == "ooSetupLastVersion" })
    for (key, expected) in [("LibreOffice 24.2", "24.2"), ("LibreOffice", nil), ("LibreOffice dev", nil)] as [(String, String?)] {
      try Data("[Bootstrap]\nProductKey=\(key)\n".utf8).write(to: program.appendingPathComponent("bootstraprc"))
      #expect(OfficeProfileSettings.libreOfficeVersion(soffice: soffice) == expected, "\(key)")
    }
  }

  /// Without a profile and without leave to create one, nothing is written.
  @Test func anUncreatedProfileIsLeftAlone() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-profile-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let local = OfficeProfile.unlocked(at: root.appendingPathComponent("profile"))
    #expect(!local.prepare(soffice: "/nonexistent", work: root, create: false))
    #expect(!FileManager.default.fileExists(atPath: root.path))
  }
}
