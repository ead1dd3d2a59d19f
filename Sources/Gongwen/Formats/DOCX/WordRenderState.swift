import GongwenTemplate

/// Per-document state of a Word render: numbering instances made for restarting lists, fresh
/// drawing ids, copies of notes referred to inside sections.
final class WordRenderState: DocumentRenderState {
  private let template: WordCompiledTemplate
  private var nextNumID: Int
  private var nextDrawingID: Int
  private var instances: [String: Int] = [:]
  /// The next `w14:paraId` free in each part.
  private var nextParagraphIDs: [String: Int] = [:]
  /// Annotation ids given, by part, original, repetition and note copy; the next free one in each part.
  private var annotationIDs: [String: String] = [:]
  private var nextAnnotationIDs: [String: Int] = [:]
  /// Bookmark names given per repetition.
  private var uniqueNames = UniqueNames()
  private var newInstances: [(id: Int, abstract: String, start: String)] = []
  /// Whether structured content wrote section breaks (around landscape tables) that `laidOut` completes.
  private var wroteSectionBreaks = false
  private let notes: WordNoteRender
  private lazy var figures = WordFigures(setup: template.figures, takeDrawingID: { [unowned self] in self.takeDrawingID() })

  init(template: WordCompiledTemplate) {
    self.template = template
    self.nextNumID = template.numbering.maxNumID + 1
    self.nextDrawingID = template.firstFreeDrawingID
    self.notes = WordNoteRender(copies: template.notes)
  }

  func hookExpansions(part: CompiledPart, id: Int, repetitions: [Int], scope: Scope, checking: Bool) -> [HookExpansion] {
    switch part.hooks[id] {
    case .noteReference(let kind, let original) where checking:
      let reference = notes.reference(kind, original: original, part: part.name, repetitions: repetitions, scope: scope)
      return reference.isNew ? notes.contentToCheck(kind, original: original, scope: scope) : []
    case .noteCopies(let kind, let original) where !checking:
      guard let fragment = part.fragments[id] else { return [] }
      return notes.copiesToRender(kind, original: original, fragment: fragment)
    default:
      return []
    }
  }

  func enterExpansion(_ index: Int, part: CompiledPart, hook id: Int) { notes.enter(index) }

  /// The main part's body after the render, when structured content wrote section breaks (landscape
  /// tables): the breaks completed from the document's last section (`WordSectionLayout`).
  func laidOut(_ bytes: [UInt8], part: String) throws -> [UInt8] {
    guard wroteSectionBreaks, let main = template.parts.first, part == main.name else { return bytes }
    let document = try XMLDocument(parsing: bytes, part: part)
    guard let body = document.root?.child(W.name("body")) else { return bytes }
    return WordSectionLayout.complete(body, landscapeFooters: template.hasLandscapeFooters, typeAreaBottom: template.typeAreaBottom) ? XMLSerializer.bytes(of: document) : bytes
  }

  /// The `w:ind` of a signature line with the right indent in twips and in 字 (320 twips: a character
  /// count in the style would otherwise override the twips).
  func placedSignatureLine(_ line: SignatureLine, rightIndent: Double, number: Int) -> PlacedSignatureLine {
    guard line.placed.count == 3 else { return PlacedSignatureLine(slot: line.original) }
    let twips = Int((rightIndent * 20).rounded())
    let characters = Int((Double(twips) / 3.2).rounded())
    return PlacedSignatureLine(slot: line.placed[0] + Array(String(twips).utf8) + line.placed[1] + Array(String(characters).utf8) + line.placed[2])
  }

  func expansionPart(part: CompiledPart, hook id: Int) -> CompiledPart {
    guard case .noteReference(let kind, let original) = part.hooks[id], let name = notes.part(of: kind, original: original)
    else { return part }
    return template.parts.first { $0.name == name } ?? part
  }

  func hookMarkup(part: CompiledPart, id: Int, repetitions: [Int], scope: Scope) -> [UInt8] {
    switch part.hooks[id] {
    case .noteReference(let kind, let original):
      return Array(notes.reference(kind, original: original, part: part.name, repetitions: repetitions, scope: scope).id.utf8)
    case .noteID(let original):
      return Array((notes.current?.id ?? original).utf8)
    case .noteParagraphID(let original, let above):
      if notes.current?.keepsIDs ?? true { return Array(original.utf8) }
      let fresh = paragraphID(part: part.name, above: above)
      notes.recordParagraphID(original, copy: String(decoding: fresh, as: UTF8.self))
      return fresh
    case .commentParagraphID(let original):
      return Array(notes.paragraphID(original).utf8)
    case .commentDurableID(let original):
      return Array(notes.durableID(original).utf8)
    case .annotationID(let original, let above):
      return Array(annotationID(original, above: above, part: part.name, repetitions: repetitions).utf8)
    case .uniqueName(let original):
      return uniqueNames.attributeBytes(original, part: part.name, repetitions: repetitions)
    case .noteCopies, .fragmentEnd:
      return []
    case .numberingInstance(let original, let element):
      return element + Array(numberingInstance(original, part: part.name, hook: id, repetitions: repetitions).utf8)
        + Array("\"/>".utf8)
    case .uniqueID:
      return Array(String(takeDrawingID()).utf8)
    case .paragraphID(let above):
      return paragraphID(part: part.name, above: above)
    case .dropIfEmpty, .signatureLine, .printedText, .signatureLineEnd, .signatureDefinitions, .keepWithNext:
      return []
    case .numberingDefinitions(let prefix):
      let p = prefix.isEmpty ? "" : prefix + ":"
      var markup = ""
      for instance in newInstances {
        markup += "<\(p)num \(p)numId=\"\(instance.id)\"><\(p)abstractNumId \(p)val=\"\(instance.abstract)\"/>"
          + "<\(p)lvlOverride \(p)ilvl=\"0\"><\(p)startOverride \(p)val=\"\(instance.start)\"/></\(p)lvlOverride></\(p)num>"
      }
      return Array(markup.utf8)
    }
  }

  /// An annotation id no annotation of the part uses, the same for one original in one copy.
  private func annotationID(_ original: String, above: Int, part: String, repetitions: [Int]) -> String {
    let key = "\(part)|\(original)|\(repetitions.map(String.init).joined(separator: ","))|\(notes.current?.id ?? "")"
    if let known = annotationIDs[key] { return known }
    let next = max(nextAnnotationIDs[part] ?? 0, above + 1)
    nextAnnotationIDs[part] = next + 1
    annotationIDs[key] = String(next)
    return String(next)
  }

  /// A `w14:paraId` or `w14:textId` no paragraph of the part uses.
  private func paragraphID(part: String, above: Int) -> [UInt8] {
    let next = max(nextParagraphIDs[part] ?? 0, above + 1)
    nextParagraphIDs[part] = next + 1
    return Array(String(next % 0x8000_0000, radix: 16, uppercase: true).leftPadded8.utf8)
  }

  private func takeDrawingID() -> Int {
    defer { nextDrawingID += 1 }
    return nextDrawingID
  }

  private func numberingInstance(_ original: String, part: String, hook: Int, repetitions: [Int]) -> String {
    guard let level = template.numbering.restartLevels[part]?[hook], level < repetitions.count,
      let abstract = template.numbering.abstractIDs[original]
    else { return original }
    let key = "\(original)|\(repetitions[level])"
    if let existing = instances[key] { return String(existing) }
    let id = nextNumID
    nextNumID += 1
    instances[key] = id
    newInstances.append((id, abstract, template.numbering.startValues[abstract] ?? "1"))
    return String(id)
  }

  func blockMarkup(_ value: Value, site: TagSite, scope: Scope, part: CompiledPart) throws -> [UInt8] {
    if site.tag.kind == .image { return try figures.markup(value, site: site, part: part, kept: part.keepsWithNext(site, scope: scope)) }
    if site.tag.kind == .block {
      return try WordStructuredBlocks.markup(value, site: site, styles: template.styles, sectionBreaks: &wroteSectionBreaks)
    }
    var error = StructuredContentKeys.problem(site.tag.expression.path.description, .blockNotSupportedWord)
    error.location = site.location
    error.tagText = site.tag.text
    throw error
  }

  func finish() throws -> [(name: String, bytes: [UInt8])] { try figures.finish() }
}

extension String {
  /// Eight hexadecimal digits, as Word writes `w14:paraId`.
  fileprivate var leftPadded8: String { String(repeating: "0", count: max(0, 8 - count)) + self }
}
