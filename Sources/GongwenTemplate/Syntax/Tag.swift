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

  public init(kind: Kind, expression: Expression, text: String) {
    self.kind = kind
    self.expression = expression
    self.text = text
  }

  /// True for tags that open a section.
  public var opensSection: Bool { kind == .section || kind == .invertedSection }
}

/// A data path and the filters its value passes through.
public struct Expression: Sendable, Hashable {
  public var path: Path
  public var filters: [FilterCall]

  public init(path: Path, filters: [FilterCall] = []) {
    self.path = path
    self.filters = filters
  }
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
