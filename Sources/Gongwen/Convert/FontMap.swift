import Foundation

/// The fontconfig file Gongwen ships beside its templates (`fonts.conf`), which maps the official faces'
/// names to free faces of the same kind, and the environment that hands it to LibreOffice.
///
/// The file includes the system's configuration (and through it the user's); when `FONTCONFIG_FILE` is
/// already set, a small file in the conversion's work folder includes that one first, then the map.
package enum FontMap {
  /// The shipped file's name, looked for in the folders shipped templates are found in.
  package static let fileName = "fonts.conf"

  /// The font map: `GONGWEN_FONTS` when set (empty: none, fontconfig alone decides), else the shipped
  /// file, or nil when no templates folder holds one.
  package static var shippedFile: String? {
    if let chosen = ProcessInfo.processInfo.environment["GONGWEN_FONTS"] { return chosen.isEmpty ? nil : chosen }
    return ShippedTemplates.searchPath().map { $0 + "/" + fileName }.first { FileManager.default.fileExists(atPath: $0) }
  }

  /// The value of `FONTCONFIG_FILE` for a conversion whose work folder is `work`: the shipped map, or a
  /// file that includes the user's own configuration and then the map.
  static func configuration(in work: URL, own: String? = ProcessInfo.processInfo.environment["FONTCONFIG_FILE"]) -> String? {
    guard let shipped = shippedFile.map({ URL(fileURLWithPath: $0).standardizedFileURL.path }) else { return nil }
    guard let own, !own.isEmpty, own != shipped else {
      return shipped
    }
    let combined = work.appendingPathComponent("fonts.conf")
    let text = """
      <?xml version="1.0"?>
      <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
      <fontconfig>
        <include ignore_missing="yes">\(escaped(own))</include>
        <include ignore_missing="yes">\(escaped(shipped))</include>
      </fontconfig>

      """
    guard (try? Data(text.utf8).write(to: combined)) != nil else { return shipped }
    return combined.path
  }

  private static func escaped(_ path: String) -> String {
    var bytes: [UInt8] = []
    XMLEscaping.appendText(Substring(path).unicodeScalars, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}
