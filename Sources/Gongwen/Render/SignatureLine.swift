/// A name or date line of an unsealed signature as the compiled template marks it: what its slot
/// (the paragraph's indent or style name) holds when the line is not placed, and what the format
/// needs to write it placed.
struct SignatureLine: Sendable, Equatable {
  enum Role: Sendable, Equatable { case name, date }

  let role: Role
  /// The slot's markup as the template has it.
  let original: [UInt8]
  /// Pieces of the placed markup, in the format's terms: `DocumentRenderState.placedSignatureLine` puts
  /// the values between them (Word: twips and 字 of `w:ind`; OpenDocument: a style name prefix, then the
  /// automatic style around its name and margin).
  let placed: [[UInt8]]
}

/// A placed signature line: the markup of its slot and a definition it needs elsewhere in the part
/// (an OpenDocument automatic style; empty for Word).
struct PlacedSignatureLine {
  var slot: [UInt8]
  var definition: [UInt8] = []
}
