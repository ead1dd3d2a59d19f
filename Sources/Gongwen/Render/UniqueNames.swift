/// Names that must be unique in a document (bookmarks, notes' names), given per repetition: the first
/// repetition keeps the name, the next ones add `_2`, `_3`, …; one repetition gets the same name each
/// time it asks (a range's start and end).
struct UniqueNames {
  private var known: [String: String] = [:]
  private var counts: [String: Int] = [:]

  /// The name for `original` in the repetition `repetitions` of `part`, escaped for an attribute.
  mutating func attributeBytes(_ original: String, part: String, repetitions: [Int]) -> [UInt8] {
    let key = "\(part)|\(original)|\(repetitions.map(String.init).joined(separator: ","))"
    let name: String
    if let given = known[key] {
      name = given
    } else {
      let count = counts[original, default: 0] + 1
      counts[original] = count
      name = count == 1 ? original : "\(original)_\(count)"
      known[key] = name
    }
    var bytes: [UInt8] = []
    XMLEscaping.appendAttribute(name, to: &bytes)
    return bytes
  }
}
