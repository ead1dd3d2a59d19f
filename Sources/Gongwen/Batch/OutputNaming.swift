import Foundation

/// Turns rendered `--name` patterns into safe, distinct file names.
///
/// - Sanitised: path separators, characters Windows refuses (`<>:"|?*`) and control characters become
///   `_`; leading dots and spaces, trailing dots and spaces are removed (no hidden files, nothing
///   Windows would silently change); reserved device names (`CON`, `NUL`, `COM1`, …) get a `_`; the stem
///   is cut at 180 UTF-8 bytes (whole characters), so the name and its temporary twin fit in 255 bytes.
/// - The extension is the output format's: kept when the name already ends with it, replacing another
///   document extension (`.docx`, `.odt`, `.pdf`), appended otherwise.
/// - Distinct: names are compared as the file systems of Windows and macOS do (case-insensitive, Unicode
///   canonical equivalence); a later unit whose name is taken gets `-2`, `-3`, … before the extension.
struct OutputNaming {
  static let maxStemBytes = 180
  static let reservedStems = Set(["CON", "PRN", "AUX", "NUL"] + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] })
  static let documentExtensions = ["docx", "odt", "pdf", "dotx", "docm", "ott"]

  let fileExtension: String
  private var taken: Set<String>
  /// For each stem (by collision key) that was taken, the number to try next, so that 10,000 units of
  /// one key are named in linear time rather than each probing `-2`, `-3`, … from the start.
  private var nextNumber: [String: Int] = [:]

  /// `reserved`: names that units may not take (the manifest).
  init(fileExtension: String, reserved: [String] = []) {
    self.fileExtension = fileExtension
    taken = Set(reserved.map(Self.collisionKey))
  }

  /// A safe, not yet used name for the rendered pattern `raw`; `fallback` when nothing is left of it.
  mutating func name(for raw: String, fallback: String) -> String {
    name(forStem: Self.sanitisedStem(raw, fileExtension: fileExtension), fallback: fallback)
  }

  /// A not yet used name for a stem already made safe by ``sanitisedStem(_:fileExtension:)``.
  mutating func name(forStem safeStem: String, fallback: String) -> String {
    let stem = safeStem.isEmpty ? fallback : safeStem
    var candidate = stem + "." + fileExtension
    guard taken.contains(Self.collisionKey(candidate)) else {
      taken.insert(Self.collisionKey(candidate))
      return candidate
    }
    let stemKey = Self.collisionKey(stem)
    var number = nextNumber[stemKey] ?? 2
    repeat {
      candidate = stem + "-\(number)." + fileExtension
      number += 1
    } while taken.contains(Self.collisionKey(candidate))
    nextNumber[stemKey] = number
    taken.insert(Self.collisionKey(candidate))
    return candidate
  }

  /// Names that differ only in case collide. (Swift compares strings by canonical equivalence, so
  /// NFC and NFD spellings of one name are already equal.) A name without upper case is its own key,
  /// sharing its storage: a table of 100,000 units adds no second copy of every name.
  static func collisionKey(_ name: String) -> String {
    let lower = name.lowercased()
    return lower == name ? name : lower
  }

  /// The safe stem of a name (its extension handled as described above).
  static func sanitisedStem(_ raw: String, fileExtension: String) -> String {
    var text = raw
    if raw.unicodeScalars.contains(where: isUnsafe) {
      text = ""
      for scalar in raw.unicodeScalars { text.unicodeScalars.append(isUnsafe(scalar) ? "_" : scalar) }
    }
    if let dot = text.lastIndex(of: ".") {
      let ext = text[text.index(after: dot)...].lowercased()
      if ext == fileExtension.lowercased() || documentExtensions.contains(ext) { text = String(text[..<dot]) }
    }
    text = trimmed(text)
    let base = text.split(separator: ".", maxSplits: 1).first.map(String.init) ?? text
    if reservedStems.contains(base.uppercased().trimmingCharacters(in: .whitespaces)) { text = "_" + text }
    var stem = ""
    for character in text {
      if stem.utf8.count + character.utf8.count > maxStemBytes { break }
      stem.append(character)
    }
    return trimmed(stem)
  }

  /// Control characters (C0, DEL, C1), line and paragraph separators, and what Windows refuses in names.
  private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029: return true
    case 0x2F, 0x5C, 0x3C, 0x3E, 0x3A, 0x22, 0x7C, 0x3F, 0x2A: return true  // / \ < > : " | ? *
    default: return false
    }
  }

  private static func trimmed(_ text: String) -> String {
    var scalars = Substring(text).unicodeScalars[...]
    while let first = scalars.first, first == "." || first == " " || first == "\u{3000}" { scalars.removeFirst() }
    while let last = scalars.last, last == "." || last == " " || last == "\u{3000}" { scalars.removeLast() }
    return String(String.UnicodeScalarView(scalars))
  }
}
