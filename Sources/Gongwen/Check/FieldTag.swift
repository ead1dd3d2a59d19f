import GongwenTemplate

/// The tag a template author writes for a column of a unit table.
///
/// Each part of a field (`检查.次数` has two) is written as it is when it is made of name characters
/// (letters, digits, full-width punctuation); a part holding spaces, dots or ASCII punctuation is
/// written in square brackets: `检查 次数` → `{{[检查 次数]}}`, `No.` → `{{[No.]}}`, `学习.中心组 学习` → `{{学习.[中心组 学习]}}`.
package enum FieldTag {
  /// The tag text for `field` between `open` and `close` delimiters.
  package static func tag(for field: String, open: String = "{{", close: String = "}}") -> String {
    open + path(for: field) + close
  }

  /// The path as a tag writes it: `学习.[中心组 学习]` (as ``Path/description`` writes a path, so it
  /// can be compared with the paths of messages).
  package static func path(for field: String) -> String {
    parts(of: field).map(Path.written).joined(separator: ".")
  }

  /// The parts of a field as a unit table splits its header: at dots, unless a part would be empty
  /// (then the header is one flat name).
  static func parts(of field: String) -> [String] {
    let parts = field.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    return parts.contains(where: \.isEmpty) ? [field] : parts
  }
}
