import Collections

/// A data file with every field a template needs, for the user to fill in: loops as lists with one example
/// item, conditions as booleans, each field noted with where the template uses it.
///
/// Value tags give text (`""`), or `1` under a number filter or where an expression computes with it (not
/// 0, so that a division renders), or a date under `date`; `{{#x}}` with tags inside gives a list of one
/// item holding their fields (a list of texts when they print `{{.}}`), and a boolean without; `{{^x}}`
/// gives `false` unless `x` is used otherwise; block tags give a list of paragraphs, image tags a file path.
/// As rendered, the skeleton fills every tag.
public struct DataSkeleton: Sendable, Hashable {
  /// What a field holds.
  public indirect enum Shape: Sendable, Hashable {
    case text
    case number
    case date
    case condition(Bool)
    case texts
    case items(OrderedDictionary<String, Field>)
    case object(OrderedDictionary<String, Field>)
    case block
    case image
  }

  /// One field: its shape and the places that use it.
  public struct Field: Sendable, Hashable {
    /// What the field holds: text, a number, a list of items, a mapping.
    public var shape: Shape
    /// `word/document.xml ¶3 (table 1, row 2, cell 1)` for each use, in order.
    public var places: [String]
    /// True when every use has a `default` filter, so the field may be left out.
    public var optional: Bool
    /// True when a value tag prints it.
    var printed = false
  }

  /// The template the skeleton is for.
  public let file: String
  /// The top-level fields by name, in the order the template first uses them.
  public private(set) var fields: OrderedDictionary<String, Field> = [:]

  /// The skeleton of what `outline` asks for.
  public init(_ outline: TemplateOutline) {
    file = outline.file
    var builder = SkeletonBuilder()
    builder.printed = Set(outline.tags.filter { $0.kind == "value" }.map(\.path))
    builder.pictured = Set(outline.tags.filter { $0.kind == "image" }.map(\.path))
    for part in outline.parts { builder.add(part.nodes, into: []) }
    fields = builder.root
  }
}

/// Walks an outline's sections, growing the skeleton's fields.
private struct SkeletonBuilder {
  typealias Fields = OrderedDictionary<String, DataSkeleton.Field>
  var root: Fields = [:]
  /// Paths some value tag prints: a section on one of them is a condition, not a loop.
  var printed: Set<String> = []
  /// Paths an image tag shows: a section on one of them only makes the picture optional.
  var pictured: Set<String> = []
  /// Names that belong to the items of the loop at a key chain even where an enclosing scope has the
  /// same name: the member a `with:"正文"` section selects its items by.
  var itemNames: [[String]: Set<String>] = [:]

  /// `scope` is the chain of keys from the root to the item fields being filled (empty at the root).
  mutating func add(_ nodes: [TemplateOutline.Node], into scope: [String]) {
    for node in nodes {
      let tag = node.tag
      let components = tag.names
      if !tag.reads.isEmpty {
        for read in tag.reads where read.names.first?.hasPrefix("$") != true {
          let shape: DataSkeleton.Shape = read.number ? .number : (tag.kind == "value" ? .text : .condition(true))
          _ = place(read.names, shape: shape, tag: tag, in: scope)
        }
        add(node.children, into: scope)  // a computed section keeps its scope
        continue
      }
      if components.first?.hasPrefix("$") == true {
        add(node.children, into: scope)  // a loop variable's section: its content is the loop's
        continue
      }
      switch tag.kind {
      case "section":
        guard let name = components.first else { add(node.children, into: scope); continue }
        if pictured.contains(tag.path) {
          add(node.children, into: scope)
          continue
        }
        guard !printed.contains(tag.path) else {
          _ = place(components, shape: .condition(true), tag: tag, in: scope)
          add(node.children, into: scope)
          continue
        }
        let usesFields = !node.children.isEmpty
        let shape: DataSkeleton.Shape = usesFields ? .items([:]) : .condition(true)
        let key = place(components, shape: shape, tag: tag, in: scope) ?? scope + [name]
        if tag.filters.contains("with"), let member = Self.selectingMember(tag.text) { itemNames[key, default: []].insert(member) }
        if usesFields {
          add(node.children, into: key)
          settle(key)
        }
      case "inverted":
        if !components.isEmpty { _ = place(components, shape: .condition(false), tag: tag, in: scope) }
        add(node.children, into: scope)
      case "value":
        if components.isEmpty {
          markTexts(scope)
        } else {
          _ = place(components, shape: Self.shape(forFilters: tag.filters), tag: tag, in: scope)
        }
      case "block": _ = place(components, shape: .block, tag: tag, in: scope)
      case "image": _ = place(components, shape: .image, tag: tag, in: scope)
      default: continue
      }
    }
  }

  static func shape(forFilters filters: [String]) -> DataSkeleton.Shape {
    if filters.contains(where: { ["join", "len", "count"].contains($0) }) { return .texts }
    if filters.contains("date") { return .date }
    if filters.contains(where: { ["number", "percent", "wan", "cn", "cnmoney", "cnyear"].contains($0) }) { return .number }
    return .text
  }

  /// Adds a use of `components` at `scope`: a name already known in an enclosing scope is used there (as
  /// the renderer would find it); otherwise it goes in the innermost one. Returns the key chain of the
  /// field placed, for a section's item fields.
  mutating func place(_ components: [String], shape: DataSkeleton.Shape, tag: TemplateOutline.Tag,
                      in scope: [String]) -> [String]? {
    guard let first = components.first else { return nil }
    var owner = scope
    while !owner.isEmpty, itemNames[owner]?.contains(first) != true, fields(at: owner)?[first] == nil,
      hasOuterField(first, below: owner)
    {
      owner = Array(owner.dropLast())
    }
    let chain = owner + components
    let optional = tag.filters.contains("default")
    update(chain: chain[...], in: &root) { existing in
      var field = existing ?? DataSkeleton.Field(shape: shape, places: [], optional: optional)
      field.shape = Self.merged(field.shape, shape)
      if !field.places.contains(tag.place) { field.places.append(tag.place) }
      if tag.kind == "value" { field.printed = true }
      field.optional = field.optional && optional
      return field
    }
    return chain
  }

  /// The member named by a section's `with:"…"` filter, read from the tag as written.
  static func selectingMember(_ tagText: String) -> String? {
    guard let match = tagText.firstMatch(of: #/with\s*:\s*["“']([^"”']+)["”']/#) else { return nil }
    return String(match.1)
  }

  /// True when a field named `name` exists in a scope enclosing `scope`.
  private func hasOuterField(_ name: String, below scope: [String]) -> Bool {
    var outer = Array(scope.dropLast())
    while true {
      if fields(at: outer)?[name] != nil { return true }
      if outer.isEmpty { return false }
      outer.removeLast()
    }
  }

  /// The fields an item (or object) at `chain` holds.
  private func fields(at chain: [String]) -> Fields? {
    var current = root
    for key in chain {
      guard let field = current[key] else { return nil }
      switch field.shape {
      case .items(let inner), .object(let inner): current = inner
      default: return nil
      }
    }
    return current
  }

  /// A section whose content used no field of its items (nor `{{.}}`) is a condition, or the text it
  /// also prints.
  private mutating func settle(_ chain: [String]) {
    update(chain: chain[...], in: &root) { existing in
      guard var field = existing, case .items(let inner) = field.shape, inner.isEmpty else { return existing }
      field.shape = field.printed ? .text : .condition(true)
      return field
    }
  }

  /// A `{{.}}` inside a loop: the loop is a list of texts when its items have no fields.
  private mutating func markTexts(_ scope: [String]) {
    guard !scope.isEmpty else { return }
    update(chain: scope[...], in: &root) { existing in
      guard var field = existing else { return nil }
      if case .items(let inner) = field.shape, inner.isEmpty { field.shape = .texts }
      return field
    }
  }

  /// Applies `change` to the field at `chain`, creating objects on the way.
  private func update(chain: ArraySlice<String>, in fields: inout Fields,
                      _ change: (DataSkeleton.Field?) -> DataSkeleton.Field?) {
    guard let key = chain.first else { return }
    if chain.count == 1 {
      fields[key] = change(fields[key])
      return
    }
    var field = fields[key] ?? DataSkeleton.Field(shape: .object([:]), places: [], optional: false)
    switch field.shape {
    case .items(var inner):
      update(chain: chain.dropFirst(), in: &inner, change)
      field.shape = .items(inner)
    case .object(var inner):
      update(chain: chain.dropFirst(), in: &inner, change)
      field.shape = .object(inner)
    default:
      var inner: Fields = [:]
      update(chain: chain.dropFirst(), in: &inner, change)
      field.shape = .object(inner)
    }
    fields[key] = field
  }

  /// When a field is used twice, the more structured use wins.
  static func merged(_ old: DataSkeleton.Shape, _ new: DataSkeleton.Shape) -> DataSkeleton.Shape {
    func rank(_ shape: DataSkeleton.Shape) -> Int {
      switch shape {
      case .condition: return 0
      case .text, .number, .date: return 1
      case .texts, .block, .image: return 2
      case .object: return 3
      case .items: return 4
      }
    }
    switch (old, new) {
    case (.object(let fields), .items(let more)), (.items(let fields), .object(let more)):
      return .items(fields.merging(more) { first, _ in first })
    default:
      return rank(new) > rank(old) ? new : old
    }
  }
}
