import GongwenTemplate

/// Where every tag of a part goes once compiled.
struct PlacementPlan {
  /// Tags that become a marker at their own place in the text (values, inline sections).
  var inline: [Int: MarkerToken] = [:]
  /// Tags whose text is simply removed (their section markers stand elsewhere, e.g. around rows).
  var removed: Set<Int> = []
  /// Paragraphs replaced by a marker; `keep` leaves the emptied paragraph after the marker.
  var replacedParagraphs: [(paragraph: Int, token: MarkerToken, keep: Bool)] = []
  /// For a kept closing paragraph guarded to appear only when its section is empty: the section's opener.
  var keptCloseOpeners: [Int: FoundTag] = [:]
  /// For replaced paragraphs that are the only content of a wrapper, the wrapper that goes instead.
  var replacedUnits: [Int: XMLNode] = [:]
  /// Tables with row loops: they vanish when no row of theirs renders.
  var rowLoopTables: [XMLNode] = []
  /// Tables whose grid columns repeat with a column loop.
  var columnLoopTables: [XMLNode] = []
  /// Markers inserted right before / right after a node, in the order given.
  var before: [(node: XMLNode, token: MarkerToken)] = []
  var after: [(node: XMLNode, token: MarkerToken)] = []
  /// Attribute values replaced by a computed value (a looped column's share of the width).
  var attributeValues: [XMLNode: [XMLName: MarkerToken]] = [:]
  /// Value encodings by the context number the markers carry.
  var encodings: [ValueEncoding] = []
}

/// The value context of a block tag that replaces its whole paragraph.
let paragraphBlockContext = -1
