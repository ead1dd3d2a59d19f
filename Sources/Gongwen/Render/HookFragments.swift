import GongwenTemplate

/// Cuts the content of fragment hooks (`HookKind.beginsFragment`, up to the next `fragmentEnd`) out of a
/// part's tokens, so it renders only where and as often as its hook decides.
enum HookFragments {
  static func cut(_ tokens: [TemplateToken], hooks: [HookKind]) -> (tokens: [TemplateToken], fragments: [Int: [TemplateNode]]) {
    guard hooks.contains(where: \.beginsFragment) else { return (tokens, [:]) }
    var kept: [TemplateToken] = []
    var fragments: [Int: [TemplateNode]] = [:]
    var open: (hook: Int, tokens: [TemplateToken])?
    for token in tokens {
      if case .hook(let id) = token, id < hooks.count {
        if hooks[id].beginsFragment, open == nil {
          open = (id, [])
          kept.append(token)
          continue
        }
        if hooks[id] == .fragmentEnd, let fragment = open {
          // A section that crosses the fragment's edge keeps it in place (its hook then renders nothing).
          if isBalanced(fragment.tokens) {
            fragments[fragment.hook] = TemplateTree.build(fragment.tokens)
          } else {
            kept += fragment.tokens
          }
          open = nil
          continue
        }
      }
      if open != nil { open?.tokens.append(token) } else { kept.append(token) }
    }
    if let unfinished = open {
      kept += unfinished.tokens
    }
    return (kept, fragments)
  }

  private static func isBalanced(_ tokens: [TemplateToken]) -> Bool {
    var depth = 0
    for token in tokens {
      switch token {
      case .open: depth += 1
      case .close:
        depth -= 1
        if depth < 0 { return false }
      default: break
      }
    }
    return depth == 0
  }
}
