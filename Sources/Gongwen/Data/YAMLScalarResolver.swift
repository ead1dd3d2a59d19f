import Yams

/// Decides what a YAML scalar is (null, boolean, number or text) from its tag, with Yams'
/// resolver for plain scalars.
///
/// The rules are Yams' defaults (YAML 1.1 style numbers, `~`/`null`/empty as null) except
/// booleans, which follow YAML 1.2: only `true`/`false` (any of `true`, `True`, `TRUE`) are
/// booleans, so `yes`, `no`, `on`, `off` and `NO` (Norway) stay text. Quoted scalars are always
/// text. Numbers keep their text exactly; a number Swift cannot read as decimal (`0o17`, `0b1`,
/// `1_000`, `1:30`, `.inf`, `.nan`) stays text as written. Timestamps stay text as written.
final class YAMLScalarResolver {
  /// Yams' default resolver with YAML 1.2 booleans.
  static let resolver: Resolver = {
    let pattern = "^(?:true|True|TRUE|false|False|FALSE)$"
    return (try? Resolver.default.replacing(.bool, with: pattern)) ?? Resolver.default
  }()

  private var cache: [String: Yams.Tag.Name] = [:]

  /// The value of a scalar node.
  func value(of scalar: Node.Scalar) -> Value {
    let text = scalar.string
    let tagText = scalar.tag.rawValue
    let tag: Yams.Tag.Name
    if tagText.isEmpty {
      tag = scalar.style == .plain || scalar.style == .any ? implicitTag(of: text) : .str
    } else {
      tag = Yams.Tag.Name(rawValue: tagText)
    }
    switch tag {
    case .null:
      return .null
    case .bool:
      switch text.lowercased() {
      case "true", "yes", "on", "y": return .bool(true)
      case "false", "no", "off", "n": return .bool(false)
      default: return .string(text)
      }
    case .int, .float:
      if let number = NumberValue(literal: text) { return .number(number) }
      return .string(text)
    default:
      return .string(text)
    }
  }

  /// Whether a scalar is the merge key `<<` (plain, with no tag but the one Yams resolves).
  /// Yams resolves the tags of mapping keys in place while checking them for duplicates.
  func isMergeKey(_ scalar: Node.Scalar) -> Bool {
    let tag = scalar.tag.rawValue
    return scalar.style == .plain && scalar.string == "<<" && (tag.isEmpty || tag == Yams.Tag.Name.merge.rawValue)
  }

  /// The tag Yams' rules give plain `text`; text that cannot match any rule skips the regexes.
  private func implicitTag(of text: String) -> Yams.Tag.Name {
    guard let first = text.utf8.first else { return .null }
    switch first {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
      UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
      UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "<"), UInt8(ascii: "="):
      break
    default:
      return .str
    }
    if YAMLScalarResolver.isPlainDecimal(text) { return .float }
    if let known = cache[text] { return known }
    let tag = YAMLScalarResolver.resolver.resolveTag(of: Node.scalar(Node.Scalar(text)))
    if text.utf8.count <= 64 { cache[text] = tag }
    return tag
  }

  /// `[-+]?[0-9]+(\.[0-9]+)?`: text Yams' rules always resolve to an int or a float (both read
  /// as numbers here), checked without running the regexes, as most numbers in data look so.
  private static func isPlainDecimal(_ text: String) -> Bool {
    var digitsBefore = 0
    var digitsAfter = 0
    var sawPoint = false
    for (index, byte) in text.utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        if sawPoint { digitsAfter += 1 } else { digitsBefore += 1 }
      case UInt8(ascii: "."):
        if sawPoint || digitsBefore == 0 { return false }
        sawPoint = true
      case UInt8(ascii: "-"), UInt8(ascii: "+"):
        if index != 0 { return false }
      default:
        return false
      }
    }
    return digitsBefore > 0 && (!sawPoint || digitsAfter > 0)
  }
}
