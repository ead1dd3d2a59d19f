/// Builds a node tree from a balanced token stream, merging adjacent literals.
///
/// The tokens should be balanced (the caller matched sections first). Should they not be, a close with
/// no open section is ignored and sections left open at the end are closed there.
package enum TemplateTree {
  package static func build(_ tokens: [TemplateToken]) -> [TemplateNode] {
    var levels: [Level] = [Level(section: nil)]
    for token in tokens {
      switch token {
      case .literal(let bytes):
        levels[levels.count - 1].appendLiteral(bytes)
      case .value(let site):
        levels[levels.count - 1].append(.value(site))
      case .block(let site):
        levels[levels.count - 1].append(.block(site))
      case .hook(let id):
        levels[levels.count - 1].append(.hook(id))
      case .open(let site, let mode):
        levels.append(Level(section: (site, mode)))
      case .close:
        if levels.count > 1 { closeLevel(&levels) }
      }
    }
    while levels.count > 1 { closeLevel(&levels) }
    return levels[0].finished()
  }

  private static func closeLevel(_ levels: inout [Level]) {
    let level = levels.removeLast()
    guard let (site, mode) = level.section else { return }
    levels[levels.count - 1].append(.section(site, mode, level.finished()))
  }

  /// The nodes of one section (or the top level) while it is being built.
  private struct Level {
    let section: (site: TagSite, mode: SectionMode)?
    var nodes: [TemplateNode] = []
    var pending: [UInt8] = []

    init(section: (site: TagSite, mode: SectionMode)?) { self.section = section }

    mutating func appendLiteral(_ bytes: [UInt8]) {
      if pending.isEmpty {
        pending = bytes
      } else {
        pending.append(contentsOf: bytes)
      }
    }

    mutating func append(_ node: TemplateNode) {
      flush()
      nodes.append(node)
    }

    mutating func flush() {
      guard !pending.isEmpty else { return }
      nodes.append(.literal(pending))
      pending = []
    }

    consuming func finished() -> [TemplateNode] {
      flush()
      return nodes
    }
  }
}
