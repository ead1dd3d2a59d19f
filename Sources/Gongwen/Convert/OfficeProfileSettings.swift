/// Settings of Gongwen's conversion profiles (see `OfficeProfile`) that spare LibreOffice work a
/// conversion never needs, written into the profile's registry once (with `OfficeLayoutMacro`).
///
/// A conversion works on private copies in its own folder, so no lock file is needed: LibreOffice
/// otherwise creates, writes and removes one beside every file it exports, which made a run of 17
/// documents about a fifth slower in wall time on a busy machine.
enum OfficeProfileSettings {
  /// One setting: the registry node's path, the property and its value.
  struct Setting: Equatable {
    let path: String
    let name: String
    let value: String
  }

  static let all: [Setting] = [
    Setting(path: "/org.openoffice.Office.Common/Misc", name: "UseDocumentSystemFileLocking", value: "false"),
    Setting(path: "/org.openoffice.Office.Common/Misc", name: "UseDocumentOOoLockFile", value: "false"),
  ]

  /// The settings as text, part of the stamp that tells a profile is up to date.
  static var signature: String {
    all.map { "\($0.path)/\($0.name)=\($0.value)" }.joined(separator: "\n")
  }
}
