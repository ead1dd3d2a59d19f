/// The chain of values a path is looked up in: the current loop item, the enclosing ones, the root.
///
/// Lookup of `a.b.c` finds the innermost frame whose value is an object with the key `a` (one where it is
/// not null, when there is such a frame further out), then descends
/// `b` and `c` from there without falling back to outer frames. `.` is the innermost frame's value.
/// Loop variables (`$index`, `$index0`, `$first`, `$last`, `$count`) come from the innermost frame that
/// has a loop position (`$index` from 0 with `indexFromZero`, docxtemplater's count); outside loops they are looked up as ordinary keys (and so are usually missing).
/// `this`, when no frame has such a key, is the current item (`.`), as docxtemplater's expressions read it.
///
/// Frames live in one array that the renderer pushes to and pops from, so entering a section costs no
/// allocation once the array has grown to the template's depth.
package struct Scope: Sendable {
  /// One level of the chain.
  package struct Frame: Sendable {
    package var value: Value
    package var loop: LoopPosition?

    package init(value: Value, loop: LoopPosition? = nil) {
      self.value = value
      self.loop = loop
    }
  }

  /// The frames, outermost (the root data) first; never empty.
  package private(set) var frames: [Frame]
  /// Whether `$index` counts from 0 (docxtemplater's reading) rather than 1.
  package let indexFromZero: Bool

  package init(root: Value, indexFromZero: Bool = false) {
    self.indexFromZero = indexFromZero
    frames = [Frame(value: root)]
    frames.reserveCapacity(8)
  }

  /// The innermost frame's value, what `.` stands for.
  package var current: Value { frames[frames.count - 1].value }

  /// The innermost loop position, if any frame is inside a loop.
  package var loop: LoopPosition? {
    var index = frames.count - 1
    while index >= 0 {
      if let loop = frames[index].loop { return loop }
      index -= 1
    }
    return nil
  }

  /// Enters a section: `value` becomes the innermost frame, `loop` its position when it is a list item.
  package mutating func push(_ value: Value, loop: LoopPosition? = nil) {
    frames.append(Frame(value: value, loop: loop))
  }

  /// Leaves the innermost section. The root frame is never removed.
  package mutating func pop() {
    if frames.count > 1 { frames.removeLast() }
  }

  /// A copy with one more frame.
  package func pushing(_ value: Value, loop: LoopPosition? = nil) -> Scope {
    var copy = self
    copy.push(value, loop: loop)
    return copy
  }

  /// The value at `path`, or nil when the data has none.
  package func lookup(_ path: Path) -> Value? {
    let components = path.components
    guard let first = components.first else { return current }
    var found: Value?
    if first.utf8.first == UInt8(ascii: "$"), LoopPosition.isVariable(first), let loop {
      found = loop.variable(first, indexFromZero: indexFromZero)
    } else {
      var index = frames.count - 1
      while index >= 0 {
        if case .object(let members) = frames[index].value, let value = members[first] {
          // A null in an inner item gives way to a value further out (docxtemplater reads it so too).
          if found == nil { found = value }
          if value != .null {
            found = value
            break
          }
        }
        index -= 1
      }
      // `this` is the current item, as in docxtemplater's expressions, when no data names it.
      if found == nil && first == "this" { found = current }
    }
    guard var value = found else { return nil }
    var position = 1
    while position < components.count {
      guard case .object(let members) = value, let member = members[components[position]] else { return nil }
      value = member
      position += 1
    }
    return value
  }
}
