import GongwenTemplate
/// What Gongwen reads back from a PDF that LibreOffice wrote: whether it is complete, how many pages it has,
/// the fonts it embeds and whether its XMP metadata declares PDF/A.
///
/// LibreOffice writes classic PDFs (no object streams, uncompressed dictionaries), so the objects that
/// matter are found by their keys in the file's bytes; page content streams are never read.
package struct PDFFile: Sendable {
  /// The number of pages, from the page tree's root `/Count`.
  package let pageCount: Int
  /// The embedded fonts' PostScript names, subset prefixes (`ABCDEF+`) removed, in order of first use.
  package let fontNames: [String]
  /// The PDF/A part and conformance its XMP metadata declares (e.g. "2B"), or nil.
  package let pdfAConformance: String?

  /// Reads `bytes`; throws naming `document` when the PDF is not complete: no `%PDF-` header, no
  /// `startxref` and `%%EOF` trailer at its end, or no page.
  package init(_ bytes: [UInt8], document: String) throws {
    func incomplete(_ what: ConversionPhrase) -> ConversionError {
      ConversionError(.incomplete, detail: ConversionPhrase.incompletePDF.phrase(["name": .text(document), "what": .phrase(what.phrase())]))
    }
    guard bytes.starts(with: Array("%PDF-".utf8)) else { throw incomplete(.noHeader) }
    let tail = Array(bytes.suffix(1024))
    guard Self.find(Array("startxref".utf8), in: tail) != nil, Self.find(Array("%%EOF".utf8), in: tail) != nil else {
      throw incomplete(.noTrailer)
    }
    let pages = Self.pageCount(bytes)
    guard pages > 0 else { throw incomplete(.noPage) }
    pageCount = pages
    fontNames = Self.names(after: "/BaseFont", in: bytes)
    pdfAConformance = Self.pdfA(bytes)
  }

  /// The largest `/Count` of a `/Type /Pages` dictionary: the root of the page tree.
  private static func pageCount(_ bytes: [UInt8]) -> Int {
    var best = 0
    var start = 0
    let key = Array("/Type".utf8)
    while let found = find(key, in: bytes, from: start) {
      start = found + key.count
      var position = skipSpace(bytes, start)
      guard matches(Array("/Pages".utf8), bytes, at: position) else { continue }
      position += 6
      guard position < bytes.count, !isNameCharacter(bytes[position]) else { continue }
      // The dictionary holding this /Type: from the nearest "<<" before to the next ">>" after.
      let end = find(Array(">>".utf8), in: bytes, from: position) ?? bytes.count
      let opening = lastIndex(of: Array("<<".utf8), in: bytes, before: found) ?? found
      let dictionary = Array(bytes[opening..<end])
      if let count = find(Array("/Count".utf8), in: dictionary) {
        best = max(best, integer(dictionary, after: count + 6))
      }
    }
    return best
  }

  /// Every distinct name value following `key` (e.g. `/BaseFont/ABCDEF+FandolFang-Regular`).
  private static func names(after key: String, in bytes: [UInt8]) -> [String] {
    var seen: [String] = []
    var start = 0
    let keyBytes = Array(key.utf8)
    while let found = find(keyBytes, in: bytes, from: start) {
      start = found + keyBytes.count
      var position = skipSpace(bytes, start)
      guard position < bytes.count, bytes[position] == UInt8(ascii: "/") else { continue }
      position += 1
      let nameStart = position
      while position < bytes.count, isNameCharacter(bytes[position]) { position += 1 }
      var name = String(decoding: bytes[nameStart..<position], as: UTF8.self)
      if let plus = name.firstIndex(of: "+"), name.distance(from: name.startIndex, to: plus) == 6 {
        name = String(name[name.index(after: plus)...])
      }
      if !name.isEmpty && !seen.contains(name) { seen.append(name) }
    }
    return seen
  }

  /// `pdfaid:part` and `pdfaid:conformance` of the XMP packet, as element or attribute.
  private static func pdfA(_ bytes: [UInt8]) -> String? {
    guard let part = xmpValue("pdfaid:part", bytes) else { return nil }
    return part + (xmpValue("pdfaid:conformance", bytes) ?? "")
  }

  private static func xmpValue(_ name: String, _ bytes: [UInt8]) -> String? {
    guard let found = find(Array(name.utf8), in: bytes) else { return nil }
    var position = found + name.utf8.count
    // `<pdfaid:part>2</pdfaid:part>` or `pdfaid:part="2"`.
    while position < bytes.count, [UInt8(ascii: ">"), UInt8(ascii: "="), UInt8(ascii: "\""), UInt8(ascii: "'"), 32].contains(bytes[position]) {
      position += 1
    }
    let start = position
    while position < bytes.count, isAlphanumeric(bytes[position]) { position += 1 }
    return position > start ? String(decoding: bytes[start..<position], as: UTF8.self) : nil
  }

  static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int = 0) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
    var index = start
    let last = haystack.count - needle.count
    while index <= last {
      if haystack[index] == needle[0] && matches(needle, haystack, at: index) { return index }
      index += 1
    }
    return nil
  }

  private static func lastIndex(of needle: [UInt8], in haystack: [UInt8], before end: Int) -> Int? {
    var index = min(end, haystack.count) - needle.count
    while index >= 0 {
      if matches(needle, haystack, at: index) { return index }
      index -= 1
    }
    return nil
  }

  private static func matches(_ needle: [UInt8], _ haystack: [UInt8], at index: Int) -> Bool {
    guard index >= 0, index + needle.count <= haystack.count else { return false }
    for offset in 0..<needle.count where haystack[index + offset] != needle[offset] { return false }
    return true
  }

  private static func skipSpace(_ bytes: [UInt8], _ start: Int) -> Int {
    var position = start
    while position < bytes.count, [9, 10, 12, 13, 32].contains(bytes[position]) { position += 1 }
    return position
  }

  private static func integer(_ bytes: [UInt8], after start: Int) -> Int {
    var position = skipSpace(bytes, start)
    var value = 0
    while position < bytes.count, bytes[position] >= 48, bytes[position] <= 57, value < 1_000_000 {
      value = value * 10 + Int(bytes[position] - 48)
      position += 1
    }
    return value
  }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
  }

  /// PDF name characters: anything but white space and delimiters.
  private static func isNameCharacter(_ byte: UInt8) -> Bool {
    byte > 32 && byte < 127 && !"()<>[]{}/%".utf8.contains(byte)
  }
}
