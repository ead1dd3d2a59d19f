import Foundation
import GongwenTemplate

/// Checks a rendered package before it is written: every changed part is well-formed XML, no paragraph
/// has tag delimiters left in its text, and the format's references (relationships, content types,
/// manifest) resolve. Parts copied unchanged from the template are not parsed again.
struct RenderVerifier {
  let file: String
  let delimiters: Delimiters
  /// False when the delimiter alone proves nothing: the template switches delimiters, or reads lone
  /// delimiters as text.
  var checksLeftovers = true
  let rules: PackageRules
  /// The template's entries, which every output has.
  let templateEntries: Set<String>

  /// Throws `VerificationError` naming the first part at fault. `changed` holds every part the render
  /// wrote (the added ones too), `added` the names of those the template does not have.
  func verify(changed: [String: [UInt8]], added: Set<String>, data: Value) throws {
    var parsed: [String: XMLDocument] = [:]
    let checksText = checksLeftovers && !Self.mentions(data, delimiters.open)
    for name in changed.keys.sorted() where Self.isXML(name) {
      guard let bytes = changed[name] else { continue }
      // A tree is built only for the parts read further: references, or text that may hold a delimiter.
      let profile = checksText && Self.holds(bytes, firstByteOf: delimiters.open) ? rules.profile(for: name) : nil
      do {
        guard profile != nil || rules.reads(name) else {
          try XMLDocument.checkWellFormed(bytes, part: name)
          continue
        }
        let document = try XMLDocument(parsing: bytes, part: name)
        parsed[name] = document
        if let profile { try checkLeftovers(document, part: name, profile: profile) }
      } catch let error as XMLError {
        throw VerificationError(file: file, part: name, detail: error.line.map {
          XMLPhrase.verificationAtLine.phrase(["text": .phrase(error.reason), "line": .text(String($0))])
        } ?? error.reason)
      }
    }
    let entries = added.isEmpty ? templateEntries : templateEntries.union(added)
    if let fault = rules.check(parsed: parsed, added: added, entries: entries) {
      throw VerificationError(file: file, part: fault.part, detail: XMLPhrase.verification.phrase(["text": .text(fault.detail)]))
    }
  }

  /// A paragraph whose text still holds the opening delimiter kept a tag the render should have replaced.
  private func checkLeftovers(_ document: XMLDocument, part: String, profile: FormatProfile) throws {
    for paragraph in ParagraphText.all(in: document, profile: profile) where paragraph.text.contains(delimiters.open) {
      let detail = XMLPhrase.leftoverTag.phrase(
        ["paragraph": .text(String(paragraph.index)), "open": .text(delimiters.open), "text": .text(String(paragraph.trimmedText.prefix(60)))])
      throw VerificationError(file: file, part: part, detail: detail)
    }
  }

  /// True when `bytes` hold the first byte of `delimiter` anywhere. A part without it cannot have a
  /// delimiter left in its text (the serializer writes text as UTF-8, never as character references), so
  /// its paragraphs need not be read.
  static func holds(_ bytes: [UInt8], firstByteOf delimiter: String) -> Bool {
    guard let first = delimiter.utf8.first else { return false }
    return bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return false }
      return memchr(base, Int32(first), buffer.count) != nil
    }
  }

  static func isXML(_ name: String) -> Bool { name.hasSuffix(".xml") || name.hasSuffix(".rels") }

  /// True when some text of `value` holds the first character of `delimiter`: the data itself may then
  /// put delimiters into the document, so their presence proves nothing.
  static func mentions(_ value: Value, _ delimiter: String) -> Bool {
    guard let first = delimiter.unicodeScalars.first else { return false }
    switch value {
    case .string(let text): return text.unicodeScalars.contains(first)
    case .list(let items): return items.contains { mentions($0, delimiter) }
    case .object(let members): return members.contains { $0.key.unicodeScalars.contains(first) || mentions($0.value, delimiter) }
    default: return false
    }
  }
}
