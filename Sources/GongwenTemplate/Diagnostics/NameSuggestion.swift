import Foundation

/// Suggests the data key a misspelled tag meant, by edit distance over the keys the data has there.
package enum NameSuggestion {
  /// The hint for a tag whose path the data has no value for, e.g. `did you mean {{单位名称}}?` (the tag
  /// as written with the path corrected), or nil when no key is close enough. The first component that
  /// fails to resolve is compared with the keys visible at that point (the scope chain for the first
  /// one, the parent object's keys for later ones).
  package static func hint(for tag: Tag, in scope: Scope) -> Phrase? {
    hint(for: tag.expression.path, written: tag.text, in: scope)
  }

  /// The hint for `path`, missing from the data, as `written` in a tag (the tag's text or the path alone).
  package static func hint(for path: Path, written tagText: String, in scope: Scope) -> Phrase? {
    if let (prefix, value) = plainPrefix(of: path, in: scope) {
      return TemplatePhrase.notAnObject.phrase(["name": .text(prefix.description), "kind": ValueKindPhrase.phrase(kindName: value.kindName)])
    }
    guard let corrected = correctedPath(path, in: scope) else { return nil }
    let written = path.description
    guard let range = tagText.range(of: written) else {
      return TemplatePhrase.didYouMeanQuoted.phrase(["suggestion": .text(corrected.description)])
    }
    return TemplatePhrase.didYouMean.phrase(["suggestion": .text(tagText.replacingCharacters(in: range, with: corrected.description))])
  }

  /// The longest proper prefix of `path` that has a value which is not an object (so the rest cannot be
  /// found), with that value.
  static func plainPrefix(of path: Path, in scope: Scope) -> (Path, Value)? {
    let components = path.components
    guard components.count > 1 else { return nil }
    for length in (1..<components.count).reversed() {
      let prefix = Path(Array(components[..<length]))
      guard let value = scope.lookup(prefix) else { continue }
      if case .object = value { return nil }
      return (prefix, value)
    }
    return nil
  }

  /// The path with its first unresolved component replaced by the closest key, or nil.
  package static func correctedPath(_ path: Path, in scope: Scope) -> Path? {
    let components = path.components
    guard let first = components.first, !LoopPosition.isVariable(first) else { return nil }
    for depth in 0..<components.count {
      let prefix = Path(Array(components[..<depth]))
      let candidates: [String]
      if depth == 0 {
        candidates = visibleKeys(in: scope)
      } else if case .object(let members)? = scope.lookup(prefix) {
        candidates = Array(members.keys)
      } else {
        return nil
      }
      let name = components[depth]
      if candidates.contains(name) { continue }
      guard let best = closest(to: name, among: candidates) else { return nil }
      var fixed = components
      fixed[depth] = best
      return Path(fixed)
    }
    return nil
  }

  /// The candidate nearest to `name`, when it is near enough: at most a third of the name's characters
  /// (at least one, at most three) inserted, deleted, replaced or swapped, or, for a candidate that
  /// begins with the same first half of the name (two Chinese characters or three letters at least), at
  /// most half of them (`主送单位` → `主送机关`). Ties go to the first.
  package static func closest(to name: String, among candidates: [String]) -> String? {
    let target = Array(name)
    let limit = min(3, max(1, target.count / 3))
    let half = target.count / 2
    // Two Chinese characters say much more than two letters: a short Latin name needs three in common.
    let prefixCounts = half >= 3 || (half >= 2 && target[..<half].contains { !$0.isASCII })
    var best: (name: String, distance: Int)?
    for candidate in candidates where candidate != name {
      let other = Array(candidate)
      let distance = editDistance(target, other)
      let sharesHalf = prefixCounts && other.count >= half && Array(other[..<half]) == Array(target[..<half])
      guard distance <= (sharesHalf ? max(limit, half) : limit) else { continue }
      if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
    }
    return best?.name
  }

  /// Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.
  package static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var before = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
        current[j] = value
      }
      (before, previous, current) = (previous, current, before)
    }
    return previous[b.count]
  }

  /// Every key of the objects in the scope chain, innermost first, without repeats.
  static func visibleKeys(in scope: Scope) -> [String] {
    var keys: [String] = []
    var seen = Set<String>()
    for frame in scope.frames.reversed() {
      guard case .object(let members) = frame.value else { continue }
      for key in members.keys where seen.insert(key).inserted { keys.append(key) }
    }
    return keys
  }
}
