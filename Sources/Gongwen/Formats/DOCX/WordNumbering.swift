import GongwenTemplate

/// The numbering instances of a Word template and, for lists inside repeated sections, the
/// section level at which each list restarts.
///
/// A list whose paragraphs all stand inside a section restarts in each repetition of the innermost
/// section holding them all; when that section holds just one paragraph of the list (each repetition
/// is one item), numbering continues across its repetitions and restarts one level further out.
struct WordNumbering: Sendable {
  let part: String?
  /// `w:num/@w:numId` → `w:abstractNumId/@w:val`.
  let abstractIDs: [String: String]
  /// abstract id → the start value of its first level.
  let startValues: [String: String]
  let maxNumID: Int
  /// part → hook id → index into the repetitions list at which the list restarts.
  let restartLevels: [String: [Int: Int]]

  init(package: TemplatePackage, part: String?, compiled: [CompiledPart]) throws {
    self.part = part
    var abstractIDs: [String: String] = [:]
    var startValues: [String: String] = [:]
    var maxNumID = 0
    if let part, let document = try package.xml(part), let root = document.root {
      for element in root.elementChildren {
        if element.is(W.num), let id = element.attribute(W.name("numId")),
          let abstract = element.child(W.abstractNumId)?.attribute(W.val)
        {
          abstractIDs[id] = abstract
          maxNumID = max(maxNumID, Int(id) ?? 0)
        } else if element.is(W.name("abstractNum")), let id = element.attribute(W.name("abstractNumId")) {
          let firstLevel = element.elementChildren.first { $0.is(W.name("lvl")) && $0.attribute(W.name("ilvl")) == "0" }
          startValues[id] = firstLevel?.child(W.name("start"))?.attribute(W.val) ?? "1"
        }
      }
    }
    self.abstractIDs = abstractIDs
    self.startValues = startValues
    self.maxNumID = maxNumID
    var levels: [String: [Int: Int]] = [:]
    for compiledPart in compiled {
      var hooksByList: [String: [Int]] = [:]
      for (id, hook) in compiledPart.hooks.enumerated() {
        if case .numberingInstance(let original, _) = hook { hooksByList[original, default: []].append(id) }
      }
      for (_, ids) in hooksByList {
        let scopes = ids.map { compiledPart.hookScopes[$0] ?? [] }
        var common = scopes.first ?? []
        for scope in scopes.dropFirst() {
          common = Array(zip(common, scope).prefix { $0 == $1 }.map(\.0))
        }
        let level = ids.count == 1 ? common.count - 2 : common.count - 1
        guard level >= 0 else { continue }
        for id in ids { levels[compiledPart.name, default: [:]][id] = level }
      }
    }
    self.restartLevels = levels
  }

  /// The numbering part with a hook where new instances go, when any list restarts.
  func compileNumberingPart(_ package: TemplatePackage) throws -> CompiledPart? {
    guard !restartLevels.isEmpty, let part, let document = try package.xml(part), let root = document.root else {
      return nil
    }
    let untouched = RewrittenPart(document: document, name: part, file: package.file, tags: [], marks: PartMarks(),
                                  encodings: [])
    let where_: PartEdit
    let hook = HookKind.numberingDefinitions(prefix: root.prefix ?? "")
    if let cleanup = root.child(W.numIdMacAtCleanup) {
      where_ = .hookBefore(cleanup, hook)
    } else {
      where_ = .hookAtEnd(of: root, hook)
    }
    return PartTokenizer.compile(untouched.applying([where_]))
  }
}
