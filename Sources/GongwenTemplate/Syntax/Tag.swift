/// One parsed tag: what kind it is and the expression inside.
public struct Tag: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
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

  public var kind: Kind
  public var expression: Expression
  /// The tag as written, delimiters included (`{{#activities}}`).
  public var text: String
  /// For a section written `{{-w:tr rows}}` (docxtemplater's explicit form) or `{{-列 季度}}`: the
  /// document element that repeats, whatever the tags' places.
  public var element: RepeatedElement?
  /// For a delimiter switch (`{{=<% %>=}}`): the delimiters it sets (kept by reference: a tag costs a
  /// word more, not two strings). The tag prints nothing.
  private var switchedTo: SwitchedDelimiters?

  public init(kind: Kind, expression: Expression, text: String, element: RepeatedElement? = nil) {
    self.kind = kind
    self.expression = expression
    self.text = text
    self.element = element
  }

  /// A delimiter switch as written: a value tag that prints empty text.
  public static func delimiterSwitch(_ text: String, to delimiters: SwitchedDelimiters) -> Tag {
    var tag = Tag(kind: .value, expression: Expression(operand: .literal(.string(""))), text: text)
    tag.switchedTo = delimiters
    return tag
  }

  /// For a delimiter switch: the delimiters it sets.
  public var newDelimiters: Delimiters? { switchedTo?.delimiters }

  /// True for tags that open a section.
  public var opensSection: Bool { kind == .section || kind == .invertedSection }

  /// True for `{{/}}`, which closes the innermost open section.
  public var closesInnermost: Bool { kind == .close && expression.operand == .none }
}

/// What a tag computes (a data path, or operators over paths and literals) and the filters its value
/// passes through.
public struct Expression: Sendable, Hashable, CustomStringConvertible {
  public var operand: Operand
  public var filters: [FilterCall]

  public init(operand: Operand, filters: [FilterCall] = []) {
    self.operand = operand
    self.filters = filters
  }

  public init(path: Path, filters: [FilterCall] = []) {
    self.init(operand: .path(path), filters: filters)
  }

  /// The data path when the operand is a plain path; for a computed operand, its text as one name
  /// (what messages about the tag's value show).
  public var path: Path { operand.plainPath ?? Path([operand.description]) }

  /// The operand as written (`本年`, `本年 - 上年`), for messages.
  public var description: String { operand.description }
}

/// A dotted data path: `a.b.c`, `.` (the current item) or a loop variable (`$index`).
public struct Path: Sendable, Hashable, CustomStringConvertible {
  /// The keys in order; empty for `.`.
  public var components: [String]

  public init(_ components: [String]) { self.components = components }

  /// The current item, `.`.
  public static let current = Path([])

  public var isCurrent: Bool { components.isEmpty }

  /// The path as a tag writes it: `a.b`, with a name that needs them in square brackets (`学习.[中心组 学习]`).
  public var description: String {
    isCurrent ? "." : components.map(Path.written).joined(separator: ".")
  }

  /// One name as a tag writes it: bare when it is made of name characters, in square brackets otherwise.
  public static func written(_ name: String) -> String {
    let plain = !name.isEmpty && name.unicodeScalars.allSatisfy(ExpressionScanner.isNameScalar)
    return plain ? name : "[" + name + "]"
  }
}

/// One filter in a chain: `number:"#,##0.00"` is name `number` with one argument.
public struct FilterCall: Sendable, Hashable {
  public var name: String
  public var arguments: [Value]

  public init(name: String, arguments: [Value] = []) {
    self.name = name
    self.arguments = arguments
  }
}

extension Value: Hashable {
  public func hash(into hasher: inout Hasher) {
    hasher.combine(displayText)
  }
}

/// The element an explicit section repeats: `{{-w:p x}}`, `{{-w:tr x}}`, `{{-w:tc x}}`, `{{-w:tbl x}}`.
public enum RepeatedElement: String, Sendable, Hashable {
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
  public init?(name: String) {
    switch name {
    case "w:p", "text:p", "p", "段": self = .paragraph
    case "w:tr", "table:table-row", "tr", "行": self = .row
    case "w:tc", "table:table-cell", "tc", "列": self = .cell
    case "w:tbl", "table:table", "tbl", "表": self = .table
    default: return nil
    }
  }
}
