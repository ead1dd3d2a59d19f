import GongwenTemplate
/// The checks on an archive's layout that make it read the same way in every reader, done on the raw
/// bytes instead of by libzip's `ZIP_CHECKCONS` (which also compares local and central modification
/// times, a difference that harms no reader and that docx4j and pandoc write).
///
/// Refused as ambiguous: an end record whose central-directory offset is not where the directory
/// ends (data put before the archive, two archives joined), data before or after the archive that
/// holds zip records, a local header naming an entry differently from the central directory, an Info-ZIP
/// Unicode Path extra field (0x7075) giving another name than the header's. Refused as damaged: local
/// headers missing or disagreeing on method, CRC or sizes, entries overlapping or running into the
/// central directory.
struct ArchiveStructure {
  /// A problem found: the entry concerned (escaped for printing) and why.
  struct Problem: Error {
    let kind: ArchiveError.Kind
    let entry: String?
    let detail: Phrase
  }

  /// One central-directory record, as far as the checks need it.
  struct Record {
    let index: Int
    let flags: UInt16
    let method: UInt16
    let crc: UInt32
    let compressedSize: UInt64
    let size: UInt64
    let localOffset: UInt64
    let name: [UInt8]
    let extra: [UInt8]

    var shownName: String { ArchiveStructure.shown(name) }
  }

  let bytes: CentralDirectoryNames

  /// The records of the central directory, after checking the end record and the data around the archive.
  func check() throws(Problem) -> [Record] {
    guard let end = bytes.endRecord() else { return [] }  // libzip reports what it cannot open
    guard end.directoryOffset + end.directoryLength == end.directoryEnd else {
      throw Problem(kind: .ambiguous, entry: nil, detail: ArchivePhrase.directoryMisplaced.phrase(
        ["offset": .text(String(end.directoryOffset)), "end": .text(String(end.directoryEnd))]))
    }
    let records = try readRecords(bytes.read(end.directoryOffset, Int(clamping: end.directoryLength)))
    let after = bytes.read(end.recordEnd, Int(clamping: bytes.size - min(end.recordEnd, bytes.size)))
    if Self.holdsZipRecord(after) {
      throw Problem(kind: .ambiguous, entry: nil, detail: ArchivePhrase.archiveAfterEnd.phrase())
    }
    let firstLocal = records.map(\.localOffset).min() ?? end.directoryOffset
    if firstLocal > 0, Self.holdsZipRecord(bytes.read(0, Int(clamping: firstLocal))) {
      throw Problem(kind: .ambiguous, entry: nil, detail: ArchivePhrase.archiveBeforeStart.phrase())
    }
    try checkLocalHeaders(records, directoryStart: end.directoryOffset)
    return records
  }

  private func readRecords(_ directory: [UInt8]) throws(Problem) -> [Record] {
    var records: [Record] = []
    var at = 0
    while at + 46 <= directory.count, LE.u32(directory, at) == 0x0201_4B50 {
      let nameLength = Int(LE.u16(directory, at + 28)), extraLength = Int(LE.u16(directory, at + 30))
      let commentLength = Int(LE.u16(directory, at + 32))
      let nameEnd = at + 46 + nameLength, extraEnd = nameEnd + extraLength
      guard extraEnd <= directory.count else { break }
      let name = Array(directory[(at + 46)..<nameEnd]), extra = Array(directory[nameEnd..<extraEnd])
      var compressed = UInt64(LE.u32(directory, at + 20)), size = UInt64(LE.u32(directory, at + 24))
      var offset = UInt64(LE.u32(directory, at + 42))
      if let zip64 = Self.field(0x0001, in: extra) {
        var cursor = 0
        func next(_ value: inout UInt64) {
          guard value == 0xFFFF_FFFF, cursor + 8 <= zip64.count else { return }
          value = LE.u64(zip64, cursor)
          cursor += 8
        }
        next(&size)
        next(&compressed)
        next(&offset)
      }
      let record = Record(index: records.count, flags: LE.u16(directory, at + 8), method: LE.u16(directory, at + 10),
                          crc: LE.u32(directory, at + 16), compressedSize: compressed, size: size,
                          localOffset: offset, name: name, extra: extra)
      try checkUnicodePath(record.extra, name: name, header: ArchivePhrase.centralDirectory.phrase())
      records.append(record)
      at = extraEnd + commentLength
    }
    return records
  }

  /// No entry's data overlaps another's (a zip bomb shares one deflate stream between entries); every
  /// local header is where the directory says and agrees with it.
  private func checkLocalHeaders(_ records: [Record], directoryStart: UInt64) throws(Problem) {
    let ordered = records.sorted { $0.localOffset < $1.localOffset }
    for (previous, record) in zip(ordered, ordered.dropFirst()) {
      let header = bytes.read(previous.localOffset, 30)
      let lengths = header.count == 30 ? UInt64(LE.u16(header, 26)) + UInt64(LE.u16(header, 28)) : 0
      let (end, overflow) = (previous.localOffset + 30 + lengths).addingReportingOverflow(previous.compressedSize)
      if overflow || record.localOffset < end {
        throw Problem(kind: .corrupt, entry: record.shownName, detail: ArchivePhrase.entryOverlaps.phrase(["other": .text(previous.shownName)]))
      }
    }
    for record in ordered { try checkLocalHeader(record, directoryStart: directoryStart) }
  }

  private func checkLocalHeader(_ record: Record, directoryStart: UInt64) throws(Problem) {
    let header = bytes.read(record.localOffset, 30)
    guard header.count == 30, LE.u32(header, 0) == 0x0403_4B50 else {
      throw Problem(kind: .corrupt, entry: record.shownName, detail: ArchivePhrase.localHeaderMissing.phrase())
    }
    let nameLength = Int(LE.u16(header, 26)), extraLength = Int(LE.u16(header, 28))
    let rest = bytes.read(record.localOffset + 30, nameLength + extraLength)
    guard rest.count == nameLength + extraLength else {
      throw Problem(kind: .truncated, entry: record.shownName, detail: ArchivePhrase.localHeaderCutShort.phrase())
    }
    let localName = Array(rest[..<nameLength])
    if localName != record.name {
      throw Problem(kind: .ambiguous, entry: record.shownName, detail: ArchivePhrase.localNameDiffers.phrase(
        ["local": .text(Self.shown(localName)), "central": .text(record.shownName)]))
    }
    try checkUnicodePath(Array(rest[nameLength...]), name: localName, header: ArchivePhrase.localHeader.phrase())
    if LE.u16(header, 8) != record.method {
      throw Problem(kind: .corrupt, entry: record.shownName,
                    detail: ArchivePhrase.methodsDiffer.phrase())
    }
    if record.flags & 0x08 == 0 {
      let sizes = (UInt64(LE.u32(header, 18)), UInt64(LE.u32(header, 22)))
      let zip64 = sizes.0 == 0xFFFF_FFFF || sizes.1 == 0xFFFF_FFFF
      if LE.u32(header, 14) != record.crc || (!zip64 && sizes != (record.compressedSize, record.size)) {
        throw Problem(kind: .corrupt, entry: record.shownName,
                      detail: ArchivePhrase.crcOrSizesDiffer.phrase())
      }
    }
    let (end, overflow) = (record.localOffset + 30 + UInt64(nameLength + extraLength))
      .addingReportingOverflow(record.compressedSize)
    if overflow || end > directoryStart {
      throw Problem(kind: .corrupt, entry: record.shownName, detail: ArchivePhrase.dataRunsIntoDirectory.phrase())
    }
  }

  /// Refuses an Info-ZIP Unicode Path field (0x7075) that gives another name than the header's.
  private func checkUnicodePath(_ extra: [UInt8], name: [UInt8], header: Phrase) throws(Problem) {
    guard let field = Self.field(0x7075, in: extra), field.count >= 5 else { return }
    let unicodeName = Array(field[5...])
    if unicodeName != name {
      throw Problem(kind: .ambiguous, entry: Self.shown(name), detail: ArchivePhrase.unicodePathDiffers.phrase(
        ["header": .phrase(header), "name": .text(Self.shown(unicodeName))]))
    }
  }

  /// The data of the extra field with `id`, if present.
  static func field(_ id: UInt16, in extra: [UInt8]) -> [UInt8]? {
    var at = 0
    while at + 4 <= extra.count {
      let length = Int(LE.u16(extra, at + 2))
      guard at + 4 + length <= extra.count else { return nil }
      if LE.u16(extra, at) == id { return Array(extra[(at + 4)..<(at + 4 + length)]) }
      at += 4 + length
    }
    return nil
  }

  /// True when bytes hold a local header, central-directory record or end record signature.
  static func holdsZipRecord(_ data: [UInt8]) -> Bool {
    guard data.count >= 4 else { return false }
    for at in 0...(data.count - 4) where data[at] == 0x50 && data[at + 1] == 0x4B {
      switch (data[at + 2], data[at + 3]) {
      case (3, 4), (1, 2), (5, 6), (6, 6): return true
      default: continue
      }
    }
    return false
  }

  /// A raw name as it may be printed: valid UTF-8 escaped and shortened, anything else as hex.
  static func shown(_ raw: [UInt8]) -> String {
    guard let text = String(validating: raw, as: UTF8.self) else {
      return "<" + raw.prefix(24).map { String($0, radix: 16).leftPadded(to: 2) }.joined()
        + (raw.count > 24 ? "…" : "") + ">"
    }
    return EntryNameRules.printable(text)
  }
}

/// Little-endian reads from a byte array (callers check the bounds).
enum LE {
  static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
  static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 { UInt32(u16(bytes, at)) | UInt32(u16(bytes, at + 2)) << 16 }
  static func u64(_ bytes: [UInt8], _ at: Int) -> UInt64 { UInt64(u32(bytes, at)) | UInt64(u32(bytes, at + 4)) << 32 }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
