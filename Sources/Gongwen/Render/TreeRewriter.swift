import GongwenTemplate

/// The fourth stage of compiling a part: applies a `PlacementPlan` to the tree — tag text leaves the
/// runs, markers take its place — and returns the tree with its marks as a `RewrittenPart`.
struct TreeRewriter {
  let document: XMLDocument
  let paragraphs: [ParagraphText]
  let tags: [FoundTag]
  let profile: FormatProfile
  private var marks = PartMarks()

  init(document: XMLDocument, paragraphs: [ParagraphText], tags: [FoundTag], profile: FormatProfile) {
    self.document = document
    self.paragraphs = paragraphs
    self.tags = tags
    self.profile = profile
  }

  /// Rewrites the tree after `plan`; `name` and `file` name the part in later messages.
  static func rewrite(_ document: XMLDocument, name: String, file: String?, paragraphs: [ParagraphText],
                      tags: [FoundTag], plan: PlacementPlan, profile: FormatProfile) -> RewrittenPart {
    var rewriter = TreeRewriter(document: document, paragraphs: paragraphs, tags: tags, profile: profile)
    rewriter.apply(plan)
    rewriter.marks.attributeValues = plan.attributeValues
    return RewrittenPart(document: document, name: name, file: file, tags: tags, marks: rewriter.marks,
                         encodings: plan.encodings)
  }

  private mutating func makeMarker(_ token: MarkerToken) -> XMLNode? { marks.makeMarker(token, in: document) }

  /// Applies a plan to the tree: tag text leaves the runs, markers take its place.
  private mutating func apply(_ plan: PlacementPlan) {
    var edits: [Int: [(range: Range<Int>, token: MarkerToken?)]] = [:]
    let replaced = Dictionary(plan.replacedParagraphs.map { ($0.paragraph, $0.keep) }, uniquingKeysWith: { $0 || $1 })
    for (index, found) in tags.enumerated() {
      if let keep = replaced[found.paragraph], !keep { continue }
      if let token = plan.inline[index] {
        edits[found.paragraph, default: []].append((found.range, token))
      } else if plan.removed.contains(index) || replaced[found.paragraph] == true {
        edits[found.paragraph, default: []].append((found.range, nil))
      }
    }
    for (paragraph, paragraphEdits) in edits {
      rewriteText(of: paragraphs[paragraph], paragraphEdits.sorted { $0.range.lowerBound < $1.range.lowerBound })
    }
    for (node, token) in plan.before {
      if let marker = makeMarker(token) { node.insertBefore(marker) }
    }
    for (node, token) in plan.after {
      if let marker = makeMarker(token) { node.insertAfter(marker) }
    }
    for table in plan.rowLoopTables {
      markDropIfEmpty(table)
    }
    var doomed: [XMLNode] = []
    for (paragraph, token, keep) in plan.replacedParagraphs {
      let element = plan.replacedUnits[paragraph] ?? paragraphs[paragraph].element
      if let marker = makeMarker(token) { element.insertBefore(marker) }
      if keep, case .close(let found) = token, let opener = plan.keptCloseOpeners[paragraph] {
        keepOnlyWhenEmpty(element, opening: opener, closing: found)
      } else if !keep {
        doomed.append(element)
      }
    }
    for element in doomed { element.remove() }
  }

  /// Makes a table with row loops vanish when none of its rows renders (however many loops it has).
  private mutating func markDropIfEmpty(_ table: XMLNode) {
    for row in profile.rows(of: table) {
      guard let mark = marks.makeHookMarker(.dropIfEmpty(.content), in: document) else { continue }
      if let first = row.firstChild { first.insertBefore(mark) } else { row.append(mark) }
    }
    if let start = marks.makeHookMarker(.dropIfEmpty(.start), in: document) { table.insertBefore(start) }
    if let end = marks.makeHookMarker(.dropIfEmpty(.end), in: document) { table.insertAfter(end) }
  }

  /// Guards a kept closing paragraph so it renders only when its section rendered nothing: a
  /// container that must hold a paragraph (a Word cell) then keeps one, and only then.
  private mutating func keepOnlyWhenEmpty(_ element: XMLNode, opening: FoundTag, closing found: FoundTag) {
    let inverse: SectionMode = opening.tag.kind == .invertedSection ? .guarded : .inverted
    guard let open = makeMarker(.open(opening, inverse)), let close = makeMarker(.close(found)) else { return }
    element.insertBefore(open)
    element.insertAfter(close)
  }

  /// Cuts tag text out of a paragraph's pieces, putting markers where tags start.
  private mutating func rewriteText(of paragraph: ParagraphText, _ edits: [(range: Range<Int>, token: MarkerToken?)]) {
    var touched: [XMLNode] = []
    for piece in paragraph.pieces {
      let overlapping = edits.filter { $0.range.overlaps(piece.range) }
      guard !overlapping.isEmpty else { continue }
      let parent = piece.node.parent
      if piece.isVirtual {
        piece.node.remove()
        if let parent { touched.append(parent) }
        continue
      }
      let bytes = Array(piece.node.text.utf8)
      var pieces: [Either] = []
      var cursor = piece.range.lowerBound
      for edit in overlapping {
        if edit.range.lowerBound > cursor {
          pieces.append(.text(slice(bytes, cursor..<edit.range.lowerBound, base: piece.range.lowerBound)))
        }
        if piece.range.contains(edit.range.lowerBound), let token = edit.token {
          pieces.append(.marker(token))
        }
        cursor = max(cursor, min(edit.range.upperBound, piece.range.upperBound))
      }
      if cursor < piece.range.upperBound {
        pieces.append(.text(slice(bytes, cursor..<piece.range.upperBound, base: piece.range.lowerBound)))
      }
      apply(pieces, to: piece.node)
      if let parent { touched.append(parent) }
    }
    for parent in Set(touched) {
      if parent.children.contains(where: { marks.markers[$0] != nil }) || !parent.text.isEmpty {
        profile.prepareForValue(textParent: parent)
      } else {
        profile.pruneIfEmpty(textParent: parent)
      }
    }
  }

  private enum Either {
    case text(String)
    case marker(MarkerToken)
  }

  private func slice(_ bytes: [UInt8], _ range: Range<Int>, base: Int) -> String {
    let lower = max(0, range.lowerBound - base), upper = min(bytes.count, range.upperBound - base)
    guard lower < upper else { return "" }
    return String(decoding: bytes[lower..<upper], as: UTF8.self)
  }

  /// Replaces a text node's content with a sequence of text and markers.
  private mutating func apply(_ pieces: [Either], to node: XMLNode) {
    var first = true
    var last = node
    for piece in pieces {
      switch piece {
      case .text(let text):
        if first {
          node.setText(text)
        } else if let newText = document.makeText(text), let inserted = last.insertAfter(newText) {
          last = inserted
        }
      case .marker(let token):
        if first { node.setText("") }
        if let marker = makeMarker(token), let inserted = last.insertAfter(marker) {
          last = inserted
        }
      }
      first = false
    }
    if first { node.setText("") }
  }
}
