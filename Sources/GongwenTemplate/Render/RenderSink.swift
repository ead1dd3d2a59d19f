/// Receives what a template renders, and encodes it for its format.
package protocol RenderSink {
  /// Markup to copy as it is.
  mutating func appendLiteral(_ bytes: [UInt8])
  /// A value's text (filters applied); the sink escapes and encodes it for `site.context`.
  mutating func appendValue(_ text: String, site: TagSite)
  /// A block or image tag with its (unfiltered or filtered) value. Throw a `TemplateError` to report a
  /// problem with the value; rendering goes on and collects it.
  mutating func appendBlock(_ value: Value, site: TagSite, scope: Scope) throws
  /// A format-defined hook. `repetitions` holds one id per enclosing section level, outermost first;
  /// each rendering of a section's content gets a fresh id, unique within one render.
  mutating func appendHook(_ id: Int, repetitions: [Int])
  /// A hook with the scope it stands in. It may return content for the renderer to render in its place,
  /// each piece in its own scope (a note copied once per repetition that referred to it); the renderer
  /// calls `enterExpansion` before each piece. By default it calls `appendHook(_:repetitions:)`.
  mutating func appendHook(_ id: Int, repetitions: [Int], scope: Scope) -> [HookExpansion]
  /// Called before the renderer renders piece `index` of hook `id`'s expansions.
  mutating func enterExpansion(_ index: Int, ofHook id: Int)
  /// Called once every piece of hook `id`'s expansions has rendered.
  mutating func leaveExpansions(ofHook id: Int)
}

/// Template content a hook has the renderer render in its place, in a scope of its own.
package struct HookExpansion: Sendable {
  package let nodes: [TemplateNode]
  package let scope: Scope
  package init(nodes: [TemplateNode], scope: Scope) {
    self.nodes = nodes
    self.scope = scope
  }
}

extension RenderSink {
  package mutating func appendHook(_ id: Int, repetitions: [Int], scope: Scope) -> [HookExpansion] {
    appendHook(id, repetitions: repetitions)
    return []
  }

  package mutating func enterExpansion(_ index: Int, ofHook id: Int) {}
  package mutating func leaveExpansions(ofHook id: Int) {}
}
