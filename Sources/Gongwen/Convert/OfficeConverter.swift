import GongwenTemplate
import Foundation

/// What a conversion produces beyond the format: PDF/A for archiving.
public struct ConversionOptions: Sendable {
  /// Write PDF/A-2b (PDF output only); the XMP metadata of every PDF is checked to say so.
  public var pdfA: Bool

  /// Options for a conversion (PDF/A-2b when `pdfA`).
  public init(pdfA: Bool = false) {
    self.pdfA = pdfA
  }
}

/// Converts rendered documents with LibreOffice running headless.
///
/// A PDF is made from a copy without hanging punctuation (see `HangingPunctuation`), so that
/// LibreOffice prints every comma, and a Word document that turns off the space between Chinese and
/// Latin text or digits is printed without it (see `WordAutospace`, `OfficeLayoutMacro`). Each conversion runs in its own process group with a reused profile (see `OfficeProfile`) and the
/// shipped font map (`FontMap`). A document succeeds only when LibreOffice exits 0 (or is past it and
/// on the next document) and its output is complete: a PDF must have its header, trailer and at least
/// one page. Each document has its own time limit, `timeout` × (1 + its size in MB), and the first
/// document of each LibreOffice run `timeout` more for starting LibreOffice. A document that runs past
/// its limit or crashes LibreOffice fails alone; the documents after it are converted by a new run.
public enum OfficeConverter {
  /// Seconds each document may take, before scaling with its size: `GONGWEN_CONVERT_TIMEOUT`, or 60.
  public static var timeout: Double {
    ProcessInfo.processInfo.environment["GONGWEN_CONVERT_TIMEOUT"].flatMap(Double.init).flatMap { $0 > 0 ? $0 : nil } ?? 60
  }

  /// The LibreOffice executable, or nil when it is not installed.
  public static var executable: String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      for name in ["soffice", "libreoffice"] {
        let candidate = "\(folder)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      }
    }
    return nil
  }

  /// The seconds a document of `size` bytes may take.
  package static func limit(forSize size: Int) -> Double {
    timeout * (1 + Double(size) / 1_000_000)
  }

  /// Converts `bytes` (a .docx or .odt) into `target` and returns the result's bytes; `name` names the
  /// document in errors.
  public static func convert(
    _ bytes: [UInt8], from source: DocumentFormat, to target: OutputFormat, options: ConversionOptions = ConversionOptions(),
    name: String = "the document"
  ) throws -> [UInt8] {
    guard let result = try convertAll([bytes], names: [name], from: source, to: target, options: options).first else {
      throw ConversionError(.failed, detail: ConversionPhrase.couldNotConvert.phrase(["name": .text(name), "ext": .text(target.rawValue)]))
    }
    return try result.get()
  }

  /// Converts several documents with as few LibreOffice runs as possible (starting it costs far more than
  /// one more document). Each document has its own result, its errors naming it by `names`. Throws when
  /// LibreOffice is missing or the run is interrupted.
  public static func convertAll(
    _ documents: [[UInt8]], names: [String], from source: DocumentFormat, to target: OutputFormat,
    options: ConversionOptions = ConversionOptions()
  ) throws -> [Result<[UInt8], Error>] {
    if documents.isEmpty { return [] }
    if ConversionInterrupt.shared.signal != nil {
      throw ConversionError(.interrupted, detail: ConversionPhrase.interruptedBefore.phrase(
        ["name": names.first.map { .text($0) } ?? .phrase(ConversionPhrase.theDocument.phrase())]))
    }
    guard let soffice = executable else {
      throw ConversionError(.converterMissing, detail: ConversionPhrase.needsLibreOffice.phrase(["ext": .text(target.rawValue)]))
    }
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-convert-\(UUID().uuidString)")
    ConversionInterrupt.shared.register(folder: work)
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    defer {
      ConversionInterrupt.remove(work)
      ConversionInterrupt.shared.unregister(folder: work)
    }
    var inputs: [URL] = []
    var roles: [[FontRole]] = []
    var anyWithoutAutospace = false
    for (number, bytes) in documents.enumerated() {
      let input = work.appendingPathComponent("document-\(number).\(source.fileExtension)")
      let copy = target == .pdf ? PrintCopy(of: bytes, format: source) : nil
      try Data(copy?.bytes ?? bytes).write(to: input)
      if copy?.autospaceOff == true {
        try OfficeLayoutMacro.markNoAutospace(input)
        anyWithoutAutospace = true
      }
      inputs.append(input)
      roles.append(copy?.roles ?? [])
    }
    let profile = OfficeProfile.acquire(fallback: work)
    // The settings spare every conversion work; the macro acts only on PDF copies (marked ones).
    profile.prepare(soffice: soffice, work: work, create: anyWithoutAutospace)
    let fonts = target == .pdf ? FontMap.configuration(in: work) : nil
    // Which faces the roles resolve to is asked of fontconfig while LibreOffice runs, not after it.
    let declared = Set(roles.joined())
    if !declared.isEmpty { DispatchQueue.global().async { FontFallbackCheck.shared.prepare(declared, configuration: fonts) } }
    let session = OfficeSession(soffice: soffice, work: work, profile: profile, target: target, options: options, fonts: fonts)
    return try session.convert(inputs: inputs, documents: documents, names: names, roles: roles)
  }
}
