/// A namespace-qualified name: `XMLName(ns: W.ns, "p")` is `w:p`.
struct XMLName: Hashable, Sendable {
  let namespace: String
  let localName: String

  init(_ namespace: String, _ localName: String) {
    self.namespace = namespace
    self.localName = localName
  }

  /// nil for names in no namespace (an empty namespace string).
  var namespaceOrNil: String? { namespace.isEmpty ? nil : namespace }
}
