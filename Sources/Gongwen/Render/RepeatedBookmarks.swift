/// A bookmark's start, end or point mark, and the sections around it (their open markers, outermost first).
struct BookmarkMark {
  enum Role { case start, end, point }
  let node: XMLNode
  let role: Role
  /// What pairs a start with its end (Word's `w:id`, OpenDocument's `text:name`).
  let key: String
  let sections: [XMLNode]
}

/// Keeps bookmarks in repeated content valid. A bookmark whose marks stand in the same sections repeats
/// with them, each copy named and numbered afresh (`renamed` gives the format's hooks). A bookmark that
/// starts and ends in different sections is kept once: the mark inside moves out, beside the section
/// (`place` gives where the format allows a mark next to a section marker, or nil); when it cannot, it
/// joins its partner as an empty bookmark. A start or end without its partner inside a section goes.
enum RepeatedBookmarks {
  static func edits(_ marks: [BookmarkMark], sectionEnds: [XMLNode: XMLNode], place: (XMLNode) -> XMLNode?,
                    renamed: (BookmarkMark) -> [PartEdit]) -> [PartEdit] {
    var edits: [PartEdit] = []
    var starts: [String: BookmarkMark] = [:], ends: [String: BookmarkMark] = [:]
    for mark in marks {
      switch mark.role {
      case .point where !mark.sections.isEmpty: edits += renamed(mark)
      case .point: break
      case .start: starts[mark.key] = mark
      case .end: ends[mark.key] = mark
      }
    }
    for mark in marks where mark.role != .point {
      let partner = mark.role == .start ? ends[mark.key] : starts[mark.key]
      guard let partner else {
        if !mark.sections.isEmpty { edits.append(.remove(mark.node)) }
        continue
      }
      guard mark.role == .start else { continue }
      edits += pairEdits(start: mark, end: partner, sectionEnds: sectionEnds, place: place, renamed: renamed)
    }
    return edits
  }

  private static func pairEdits(start: BookmarkMark, end: BookmarkMark, sectionEnds: [XMLNode: XMLNode],
                                place: (XMLNode) -> XMLNode?, renamed: (BookmarkMark) -> [PartEdit]) -> [PartEdit] {
    let common = zip(start.sections, end.sections).prefix { $0 == $1 }.count
    var edits: [PartEdit] = []
    let startOut = start.sections.count > common ? place(start.sections[common]) : nil
    let endOut = end.sections.count > common ? sectionEnds[end.sections[common]].flatMap(place) : nil
    let startMoves = start.sections.count > common, endMoves = end.sections.count > common
    switch (startMoves, endMoves) {
    case (false, false): break
    case (true, false):
      edits.append(startOut.map { .moveBefore(start.node, $0) } ?? .moveBefore(start.node, end.node))
    case (false, true):
      edits.append(endOut.map { .moveAfter(end.node, $0) } ?? .moveAfter(end.node, start.node))
    case (true, true):
      guard let startOut, let endOut else { return [.remove(start.node), .remove(end.node)] }
      edits += [.moveBefore(start.node, startOut), .moveAfter(end.node, endOut)]
    }
    if common > 0 { edits += renamed(start) + renamed(end) }
    return edits
  }
}
