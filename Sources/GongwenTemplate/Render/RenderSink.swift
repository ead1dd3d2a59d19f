/// Receives what a template renders, and encodes it for its format.
public protocol RenderSink {
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
}
