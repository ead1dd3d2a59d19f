import Foundation

/// Settings of Gongwen's conversion profiles (see `OfficeProfile`) that spare LibreOffice work a
/// conversion never needs, written into the profile's registry once (with `OfficeLayoutMacro`).
///
/// A conversion works on private copies in its own folder, so no lock file is needed: LibreOffice
/// otherwise creates, writes and removes one beside every file it exports, which made a run of 17
/// documents about a fifth slower in wall time on a busy machine.
///
/// LibreOffice runs its graphics self-test (some forty drawings on 4096-pixel bitmaps) at the start of
/// every run whose profile has not recorded the installed version as its last one, and only a run with
/// a window records it: in a headless profile the test ran at every start, 0.77 s of the 1.16 s that
/// starting LibreOffice 7.4 and converting one document took. The profile records the installed version.
enum OfficeProfileSettings {
  /// One setting: the registry node's path, the property and its value.
  struct Setting: Equatable {
    let path: String
    let name: String
    let value: String
  }

  /// The settings for a LibreOffice of `version` ("7.4"; nil when it could not be read).
  static func all(libreOfficeVersion version: String?) -> [Setting] {
    var settings = [
      Setting(path: "/org.openoffice.Office.Common/Misc", name: "UseDocumentSystemFileLocking", value: "false"),
      Setting(path: "/org.openoffice.Office.Common/Misc", name: "UseDocumentOOoLockFile", value: "false"),
    ]
    if let version {
      settings.append(Setting(path: "/org.openoffice.Setup/Product", name: "ooSetupLastVersion", value: version))
    }
    return settings
  }

  /// The settings as text, part of the stamp that tells a profile is up to date.
  static func signature(of settings: [Setting]) -> String {
    settings.map { "\($0.path)/\($0.name)=\($0.value)" }.joined(separator: "\n")
  }

  /// The version ("7.4") of the LibreOffice that `soffice` starts, from the `ProductKey` of the
  /// `bootstraprc` beside the real executable ("LibreOffice 7.4"), or nil.
  static func libreOfficeVersion(soffice: String) -> String? {
    let program = URL(fileURLWithPath: soffice).resolvingSymlinksInPath().deletingLastPathComponent()
    guard let data = FileManager.default.contents(atPath: program.appendingPathComponent("bootstraprc").path) else { return nil }
    for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) where line.hasPrefix("ProductKey=") {
      guard let version = line.split(separator: " ").last,
        version.split(separator: ".").count >= 2, version.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") })
      else { return nil }
      return String(version)
    }
    return nil
  }
}
