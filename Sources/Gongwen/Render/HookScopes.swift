import GongwenTemplate

/// For each hook, the sections it stands in: indices of their open tokens, outermost first. The
/// position of a section in this list is the index of its repetition id in `RenderSink.appendHook`.
enum HookScopes {
  static func compute(_ tokens: [TemplateToken]) -> [Int: [Int]] {
    var stack: [Int] = []
    var scopes: [Int: [Int]] = [:]
    for (index, token) in tokens.enumerated() {
      switch token {
      case .open: stack.append(index)
      case .close: _ = stack.popLast()
      case .hook(let id): scopes[id] = stack
      default: break
      }
    }
    return scopes
  }
}
