/// One parsed tag: what kind it is and the expression inside.
package struct Tag: Sendable, Hashable {
  package enum Kind: Sendable, Hashable {
    /// `{{name | filter}}`: prints a value.
    case value
    /// `{{#name}}`: opens a section (loop, scope or condition).
    case section
    /// `{{^name}}`: opens an inverted section.
    case invertedSection
    /// `{{/name}}`: closes a section.
    case close
    /// `{{>name}}`: inserts structured content (headings, paragraphs, tables).
    case block
    /// `{{%name}}`: inserts an image or a chart.
    case image
  }

  package var kind: Kind
  package var expression: Expression
  /// The tag as written, delimiters included (`{{#activities}}`).
  package var text: String
  /// For a section written `{{-w:tr rows}}` (docxtemplater's explicit form) or `{{-列 季度}}`: the
  /// document element that repeats, whatever the tags' places.
  package var element: RepeatedElement?
  /// For a delimiter switch (`{{=<% %>=}}`): the delimiters it sets (kept by reference: a tag costs a
  /// word more, not two strings). The tag prints nothing.
  private var switchedTo: SwitchedDelimiters?

  package init(kind: Kind, expression: Expression, text: String, element: RepeatedElement? = nil) {
    self.kind = kind
    self.expression = expression
    self.text = text
    self.element = element
  }

  /// A delimiter switch as written: a value tag that prints empty text.
  package static func delimiterSwitch(_ text: String, to delimiters: SwitchedDelimiters) -> Tag {
    var tag = Tag(kind: .value, expression: Expression(operand: .literal(.string(""))), text: text)
    tag.switchedTo = delimiters
    return tag
  }

  /// For a delimiter switch: the delimiters it sets.
  package var newDelimiters: Delimiters? { switchedTo?.delimiters }

  /// True for tags that open a section.
  package var opensSection: Bool { kind == .section || kind == .invertedSection }

  /// True for `{{/}}`, which closes the innermost open section.
  package var closesInnermost: Bool { kind == .close && expression.operand == .none }
}

/// What a tag computes (a data path, or operators over paths and literals) and the filters its value
/// passes through.
package struct Expression: Sendable, Hashable, CustomStringConvertible {
  package var operand: Operand
  package var filters: [FilterCall]

  package init(operand: Operand, filters: [FilterCall] = []) {
    self.operand = operand
    self.filters = filters
  }

  package init(path: Path, filters: [FilterCall] = []) {
    self.init(operand: .path(path), filters: filters)
  }

  /// The data path when the operand is a plain path; for a computed operand, its text as one name
  /// (what messages about the tag's value show).
  package var path: Path { operand.plainPath ?? Path([operand.description]) }

  /// The operand as written (`本年`, `本年 - 上年`), for messages.
  package var description: String { operand.description }
}

/// A dotted data path: `a.b.c`, `.` (the current item) or a loop variable (`$index`).
package struct Path: Sendable, Hashable, CustomStringConvertible {
  /// The keys in order; empty for `.`.
  package var components: [String]

  package init(_ components: [String]) { self.components = components }

  /// The current item, `.`.
  package static let current = Path([])

  package var isCurrent: Bool { components.isEmpty }

  /// The path as a tag writes it: `a.b`, with a name that needs them in square brackets (`学习.[中心组 学习]`).
  package var description: String {
    isCurrent ? "." : components.map(Path.written).joined(separator: ".")
  }

  /// One name as a tag writes it: bare when it is made of name characters, in square brackets otherwise.
  package static func written(_ name: String) -> String {
    let plain = !name.isEmpty && name.unicodeScalars.allSatisfy(ExpressionScanner.isNameScalar)
    return plain ? name : "[" + name + "]"
  }
}

/// One filter in a chain: `number:"#,##0.00"` is name `number` with one argument.
package struct FilterCall: Sendable, Hashable {
  package var name: String
  package var arguments: [Value]

  package init(name: String, arguments: [Value] = []) {
    self.name = name
    self.arguments = arguments
  }
}

/// The element an explicit section repeats: `{{-w:p x}}`, `{{-w:tr x}}`, `{{-w:tc x}}`, `{{-w:tbl x}}`.
package enum RepeatedElement: String, Sendable, Hashable {
  /// The paragraphs from the open tag's to the close tag's.
  case paragraph
  /// The table rows from the open tag's to the close tag's.
  case row
  /// The cells of one row from the open tag's to the close tag's: a column loop.
  case cell
  /// The tables from the open tag's to the close tag's.
  case table

  /// The element named after `-` in an explicit section: Word's names (as docxtemplater writes them),
  /// OpenDocument's, short ones and Chinese ones (`段`, `行`, `列`, `表`).
  package init?(name: String) {
    switch name {
    case "w:p", "text:p", "p", "段": self = .paragraph
    case "w:tr", "table:table-row", "tr", "行": self = .row
    case "w:tc", "table:table-cell", "tc", "列": self = .cell
    case "w:tbl", "table:table", "tbl", "表": self = .table
    default: return nil
    }
  }
}
