/// One way a document departs from GB/T 9704-2012.
public struct FormatDeviation: Sendable, Equatable, Codable, CustomStringConvertible {
  /// A stable id for scripts: `page_size`, `margin_top`, `line_pitch`, `font`, `font_size`,
  /// `page_number_format`, `page_number_size`, `page_number_placement`, `even_pages`, `header_font`,
  /// `issuer_color`, `issuer_font`, `doc_number_format`, `separator_line`, `attachment_label`,
  /// `attendance_label`, `date_format`.
  public let id: String
  /// Where: `page`, `section 1`, `¶12 (一级标题)`, `footer (odd pages)`; several places joined by `, `.
  public let location: String
  /// What the standard asks for (`三号仿宋_GB2312`, `28 pt`).
  public let expected: String
  /// What the document has.
  public let found: String

  /// A deviation with its id, place, and the expected and found values.
  public init(id: String, location: String, expected: String, found: String) {
    self.id = id
    self.location = location
    self.expected = expected
    self.found = found
  }

  public var description: String { "\(location): \(id): expected \(expected), found \(found)" }
}
