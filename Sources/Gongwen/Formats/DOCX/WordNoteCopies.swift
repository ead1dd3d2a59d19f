import GongwenTemplate

/// What a render needs to copy notes referred to inside sections: which notes, their compiled content,
/// and the first id free in each notes part.
struct WordNoteCopies: Sendable {
  /// The notes referred to inside sections, by kind.
  private(set) var referred: [NoteKind: Set<String>] = [:]
  /// Each such note's content, by `key(kind, id)`.
  private(set) var fragments: [String: [TemplateNode]] = [:]
  /// The part holding each such note, by `key(kind, id)`.
  private(set) var fragmentParts: [String: String] = [:]
  /// The first id no note of a kind uses.
  private(set) var firstFreeIDs: [NoteKind: Int] = [:]
  /// The first comment durableId (`commentsIds.xml`) no comment uses.
  var firstFreeDurableID = 1

  init() {}

  init(parts: [CompiledPart], roles: [String: String], package: TemplatePackage) throws {
    if let main = parts.first { referred = Self.referredInSections(main) }
    for part in parts {
      for (hook, nodes) in part.fragments {
        guard case .noteCopies(let kind, let original) = part.hooks[hook] else { continue }
        fragments[Self.key(kind, original)] = nodes
        fragmentParts[Self.key(kind, original)] = part.name
      }
    }
    for (part, role) in roles {
      guard let kind = WordRepeatedNotes.kind(ofRole: role), referred[kind] != nil else { continue }
      firstFreeIDs[kind] = WordRepeatedNotes.highestNoteID(in: try package.xml(part)) + 1
    }
  }

  static func key(_ kind: NoteKind, _ id: String) -> String { "\(kind.rawValue)|\(id)" }

  /// The ids of the notes a compiled main document refers to inside sections, by kind.
  static func referredInSections(_ main: CompiledPart?) -> [NoteKind: Set<String>] {
    var referred: [NoteKind: Set<String>] = [:]
    for hook in main?.hooks ?? [] {
      if case .noteReference(let kind, let original) = hook { referred[kind, default: []].insert(original) }
    }
    return referred
  }
}

/// The copies of notes one render makes: one per repetition that refers to a note, the first keeping the
/// note's own ids, each rendered in the scope of its repetition.
final class WordNoteRender {
  private let copies: WordNoteCopies
  private var nextIDs: [NoteKind: Int]
  /// The id each reference got, by part, note and repetition (a comment's three marks share it).
  private var assigned: [String: String] = [:]
  /// The copies made of each note, in order.
  private var made: [String: [Copy]] = [:]
  /// The copies of the note being rendered, and the one rendering now.
  private var expanding: [Copy] = []
  private(set) var current: Copy?

  /// The paraIds paragraphs got in copies, by repetition and original paraId; durableIds by copy.
  private var copiedParagraphIDs: [String: String] = [:]
  private var durableIDs: [String: String] = [:]
  private var nextDurableID: Int

  struct Copy {
    let id: String
    /// The repetition that made the copy.
    let repetitions: String
    let scope: Scope
    /// The first copy keeps the note's id and paragraph ids.
    let keepsIDs: Bool
  }

  init(copies: WordNoteCopies) {
    self.copies = copies
    self.nextIDs = copies.firstFreeIDs
    self.nextDurableID = copies.firstFreeDurableID
  }

  /// The id a reference in this repetition refers to; true when it made a new copy.
  func reference(_ kind: NoteKind, original: String, part: String, repetitions: [Int], scope: Scope) -> (id: String, isNew: Bool) {
    let repetitionKey = "\(part)|\(repetitions.map(String.init).joined(separator: ","))"
    let key = "\(WordNoteCopies.key(kind, original))|\(repetitionKey)"
    if let id = assigned[key] { return (id, false) }
    let noteKey = WordNoteCopies.key(kind, original)
    let isFirst = made[noteKey] == nil
    let id: String
    if isFirst {
      id = original
    } else {
      let next = nextIDs[kind] ?? 1
      nextIDs[kind] = next + 1
      id = String(next)
    }
    made[noteKey, default: []].append(Copy(id: id, repetitions: repetitionKey, scope: scope, keepsIDs: isFirst))
    assigned[key] = id
    return (id, true)
  }

  /// The note's content to render in a reference's place during a data check.
  func contentToCheck(_ kind: NoteKind, original: String, scope: Scope) -> [HookExpansion] {
    guard let nodes = copies.fragments[WordNoteCopies.key(kind, original)] else { return [] }
    return [HookExpansion(nodes: nodes, scope: scope)]
  }

  /// The name of the part holding a note.
  func part(of kind: NoteKind, original: String) -> String? { copies.fragmentParts[WordNoteCopies.key(kind, original)] }

  /// Every copy made of a note, to render where the note stood.
  func copiesToRender(_ kind: NoteKind, original: String, fragment: [TemplateNode]) -> [HookExpansion] {
    expanding = made[WordNoteCopies.key(kind, original)] ?? []
    current = nil
    return expanding.map { HookExpansion(nodes: fragment, scope: $0.scope) }
  }

  func enter(_ index: Int) {
    current = index < expanding.count ? expanding[index] : nil
  }

  /// Records the paraId a paragraph of the copy rendering now got.
  func recordParagraphID(_ original: String, copy: String) {
    guard let current else { return }
    copiedParagraphIDs["\(current.repetitions)|\(original)"] = copy
  }

  /// A paraId as the copy rendering now sees it: what that paragraph got in the copy's repetition (a
  /// reply's parent copied in the same repetition), else the original.
  func paragraphID(_ original: String) -> String {
    guard let current else { return original }
    return copiedParagraphIDs["\(current.repetitions)|\(original)"] ?? original
  }

  /// A comment's durableId in the copy rendering now: the original in the first copy, else one fresh in
  /// the package (the same for every part that asks in one copy).
  func durableID(_ original: String) -> String {
    guard let current, !current.keepsIDs else { return original }
    let key = "\(current.id)|\(original)"
    if let given = durableIDs[key] { return given }
    let fresh = String(nextDurableID % 0x7FFF_FFFF, radix: 16, uppercase: true)
    nextDurableID += 1
    let padded = String(repeating: "0", count: max(0, 8 - fresh.count)) + fresh
    durableIDs[key] = padded
    return padded
  }
}
