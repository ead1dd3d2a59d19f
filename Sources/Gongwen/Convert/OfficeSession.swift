import GongwenTemplate
import Foundation

/// The LibreOffice runs of one `OfficeConverter.convertAll` call: runs LibreOffice over the documents not
/// yet done until each has a result, and checks every output before it counts.
struct OfficeSession {
  let soffice: String
  let work: URL
  let profile: OfficeProfile
  let target: OutputFormat
  let options: ConversionOptions
  /// The fontconfig file handed to LibreOffice (PDF output), or nil.
  let fonts: String?

  /// Converts `inputs` (the files of `documents`); `roles[i]` are the official faces document `i` declares.
  func convert(inputs: [URL], documents: [[UInt8]], names: [String], roles: [[FontRole]]) throws -> [Result<[UInt8], Error>] {
    var results = [Result<[UInt8], Error>?](repeating: nil, count: inputs.count)
    var remaining = Array(inputs.indices)
    var idleRuns = 0
    var attempt = 0
    while !remaining.isEmpty {
      attempt += 1
      let outputFolder = work.appendingPathComponent("out-\(attempt)")
      let outputs = remaining.map { outputFolder.appendingPathComponent("document-\($0).\(target.rawValue)") }
      let limits = remaining.enumerated().map { position, index in
        OfficeConverter.limit(forSize: documents[index].count) + (position == 0 ? OfficeConverter.timeout : 0)
      }
      let log = work.appendingPathComponent("log-\(attempt).txt")
      let process = OfficeProcess(executable: soffice, arguments: arguments(remaining.map { inputs[$0] }, outputFolder: outputFolder),
                                  environment: environment(), log: log)
      let ending = try process.run(outputs: outputs, limits: limits)
      if ending == .interrupted {
        throw ConversionError(.interrupted, detail: ConversionPhrase.interruptedNothingWritten.phrase(
          ["ext": .text(target.rawValue), "name": .text(names[remaining[0]])]))
      }
      let said = Self.lastLines(of: log)
      // The position of the first document without a good result; those before it are done.
      var stuck = remaining.count
      for (position, index) in remaining.enumerated() {
        if case .timedOut(let at) = ending, position == at {
          stuck = position
          break
        }
        guard let data = FileManager.default.contents(atPath: outputs[position].path), !data.isEmpty else {
          if ending == .exited(0) {
            results[index] = .failure(ConversionError(.failed, detail: ConversionPhrase.couldNotConvert.phrase(
              said.merging(["name": .text(names[index]), "ext": .text(target.rawValue)]) { $1 })))
            continue
          }
          stuck = position
          break
        }
        let checked = check([UInt8](data), roles: roles[index], name: names[index])
        if case .failure = checked, ending != .exited(0) {
          stuck = position
          break
        }
        results[index] = checked
      }
      guard stuck < remaining.count else { break }
      let index = remaining[stuck]
      let error: ConversionError
      switch ending {
      case .timedOut:
        error = ConversionError(.timedOut, detail: ConversionPhrase.timedOut.phrase(
          ["name": .text(names[index]), "ext": .text(target.rawValue), "seconds": .text(String(Int(limits[stuck])))]))
      case .exited(let status):
        let data = FileManager.default.contents(atPath: outputs[stuck].path).map { [UInt8]($0) }
        if let data, case .failure(let incomplete) = check(data, roles: roles[index], name: names[index]) {
          error = (incomplete as? ConversionError) ?? ConversionError(.failed, detail: .describing(incomplete))
        } else {
          error = ConversionError(.failed, detail: ConversionPhrase.exited.phrase(
            said.merging(["status": .text(String(status)), "name": .text(names[index]), "ext": .text(target.rawValue)]) { $1 }))
        }
      case .interrupted:
        error = ConversionError(.interrupted, detail: ConversionPhrase.interrupted.phrase(["name": .text(names[index])]))
      }
      results[index] = .failure(error)
      idleRuns = stuck == 0 ? idleRuns + 1 : 0
      remaining = Array(remaining[(stuck + 1)...])
      if idleRuns >= 2, case .exited = ending {
        // Two runs in a row ended on their first document: LibreOffice itself is broken, perhaps its profile.
        profile.discard()
        for other in remaining { results[other] = .failure(error) }
        remaining = []
      }
    }
    return results.map { $0 ?? .failure(ConversionError(.failed, detail: ConversionPhrase.couldNotConvertDocument.phrase())) }
  }

  /// A complete output, or the error naming the document: PDFs are read back, packages must be zips.
  private func check(_ bytes: [UInt8], roles: [FontRole], name: String) -> Result<[UInt8], Error> {
    guard target == .pdf else {
      return bytes.starts(with: [0x50, 0x4B, 3, 4]) ? .success(bytes)
        : .failure(ConversionError(.incomplete, detail: ConversionPhrase.damagedPackage.phrase(["ext": .text(target.rawValue), "name": .text(name)])))
    }
    do {
      let pdf = try PDFFile(bytes, document: name)
      if options.pdfA, !(pdf.pdfAConformance ?? "").hasPrefix("2") {
        throw ConversionError(.failed, detail: ConversionPhrase.notPDFA.phrase(
          ["name": .text(name), "found": pdf.pdfAConformance.map { .text("PDF/A-" + $0) } ?? .phrase(ConversionPhrase.noPDFA.phrase())]))
      }
      FontFallbackCheck.shared.check(pdf: pdf, roles: roles, configuration: fonts)
      return .success(bytes)
    } catch {
      return .failure(error)
    }
  }

  private func arguments(_ inputs: [URL], outputFolder: URL) -> [String] {
    ["-env:UserInstallation=\(profile.folder.absoluteString)", "--headless", "--invisible", "--norestore", "--nolockcheck",
     "--nodefault", "--nofirststartwizard", "--convert-to", filter, "--outdir", outputFolder.path] + inputs.map(\.path)
  }

  /// LibreOffice's `--convert-to` argument, with PDF/A-2b asked for through the filter's options.
  private var filter: String {
    if target == .pdf && options.pdfA {
      return #"pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}"#
    }
    return target.libreOfficeFilter
  }

  private func environment() -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    if let fonts { environment["FONTCONFIG_FILE"] = fonts }
    return environment
  }

  /// The end of what LibreOffice said, as ": …", or "".
  /// LibreOffice's last words in its log, as the `said` value of a phrase (none when it said nothing).
  private static func lastLines(of log: URL) -> [String: Phrase.Value] {
    guard let data = FileManager.default.contents(atPath: log.path) else { return [:] }
    let text = String(decoding: data.suffix(400), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    return text.isEmpty ? [:] : ["said": .text(text)]
  }
}
