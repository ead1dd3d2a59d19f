import GongwenTemplate

/// One way a document departs from GB/T 9704-2012.
public struct FormatDeviation: Sendable, Equatable, Codable, CustomStringConvertible {
  /// Every id `check-format` reports, stable for scripts (docs/diagnostics.md gives each rule):
  ///
  /// - page and grid: `page_size`, `margin_top`, `margin_bottom`, `margin_left`, `margin_right`,
  ///   `line_pitch`, `characters_per_line`;
  /// - text: `font`, `font_size`, `recipient_indent`, `body_indent`, `date_format`;
  /// - page numbers: `page_number_format`, `page_number_size`, `page_number_placement`, `even_pages`;
  /// - 版头: `header_font`, `issuer_color`, `issuer_font`, `issuer_position`, `doc_number_format`,
  ///   `doc_number_position`, `separator_line`, `separator_position`, `separator_width`, `title_position`;
  ///   信函: `letter_lines`;
  /// - signature: `signature_position`, `seal_placement`, `signature_alone`;
  /// - 附件: `attachment_note`, `attachment_label`, `attachment_page`, `attachment_title`;
  ///   纪要: `attendance_label`;
  /// - 版记: `imprint_rules`, `imprint_position`, `imprint_width`, `imprint_font`, `imprint_indent`.
  public static let ids: [String] = [
    "page_size", "margin_top", "margin_bottom", "margin_left", "margin_right", "line_pitch", "characters_per_line",
    "font", "font_size", "recipient_indent", "body_indent", "date_format",
    "page_number_format", "page_number_size", "page_number_placement", "even_pages",
    "header_font", "issuer_color", "issuer_font", "issuer_position", "doc_number_format", "doc_number_position",
    "separator_line", "separator_position", "separator_width", "title_position", "letter_lines",
    "signature_position", "seal_placement", "signature_alone",
    "attachment_note", "attachment_label", "attachment_page", "attachment_title", "attendance_label",
    "imprint_rules", "imprint_position", "imprint_width", "imprint_font", "imprint_indent",
  ]

  /// One of ``ids``.
  public let id: String
  /// Where, what the standard asks for and what the document has, as catalogue phrases put into
  /// words only when read.
  package let place: Phrase
  package let expectation: Phrase
  package let finding: Phrase
  /// The language ``location``, ``expected`` and ``found`` are in.
  private var language = MessageLanguage.english

  /// Where: `page`, `section 1`, `¶12 (一级标题)`, `footer (odd pages)`; several places joined by `, `.
  public var location: String { place.text(in: language) }
  /// What the standard asks for (`三号仿宋_GB2312`, `28 pt`).
  public var expected: String { expectation.text(in: language) }
  /// What the document has.
  public var found: String { finding.text(in: language) }

  /// A deviation with its id, place, and the expected and found values, the same in every language.
  public init(id: String, location: String, expected: String, found: String) {
    self.init(id: id, place: .asIs(location), expectation: .asIs(expected), finding: .asIs(found))
  }

  /// A deviation whose place, expectation and finding are phrases of the catalogue.
  package init(id: String, place: Phrase, expectation: Phrase, finding: Phrase) {
    self.id = id
    self.place = place
    self.expectation = expectation
    self.finding = finding
  }

  /// The deviation with its place, expectation and finding in `language` (the id stays).
  public func localized(_ language: MessageLanguage) -> FormatDeviation {
    var local = self
    local.language = language
    return local
  }

  /// `¶3 (标题): font: expected …, found …` in `language`.
  public func text(in language: MessageLanguage) -> String {
    let local = localized(language)
    switch language {
    case .english: return "\(local.location): \(id): expected \(local.expected), found \(local.found)"
    case .chinese: return "\(local.location)：\(id)：应为 \(local.expected)，实为 \(local.found)"
    }
  }

  /// The deviation as `check-format` prints it, in its language.
  public var description: String { text(in: language) }

  /// Two deviations are equal when they say the same: id, place, expectation and finding.
  public static func == (a: FormatDeviation, b: FormatDeviation) -> Bool {
    a.id == b.id && a.location == b.location && a.expected == b.expected && a.found == b.found
  }

  private enum CodingKeys: String, CodingKey { case id, location, expected, found }

  /// A deviation read from its JSON fields: its texts kept as they are, in every language.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(id: try container.decode(String.self, forKey: .id), location: try container.decode(String.self, forKey: .location),
              expected: try container.decode(String.self, forKey: .expected), found: try container.decode(String.self, forKey: .found))
  }

  /// The JSON fields `check-format --json` writes: `id`, `location`, `expected`, `found`, in the
  /// deviation's language.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(location, forKey: .location)
    try container.encode(expected, forKey: .expected)
    try container.encode(found, forKey: .found)
  }
}
