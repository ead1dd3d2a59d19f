import GongwenTemplate
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Old-format workbooks (Excel 97–2003 `.xls`, WPS `.et`) read through LibreOffice running headless: the
/// file is converted to .xlsx in a temporary folder, read as one, and the folder removed. Messages name
/// the file given, never the temporary copy. A `.xls` that is really an .xlsx (renamed) is read directly. Without LibreOffice the file is refused with both ways on:
/// install it, or save the workbook as .xlsx.
enum LegacyWorkbook {
  /// The `--convert-to` argument: LibreOffice Calc's Excel 2007–365 export.
  static let filter = "xlsx:Calc MS Excel 2007 XML"

  static func read(path: String, options: UnitTableOptions) throws -> UnitTable {
    let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
    let saveAs = Phrase.Value.phrase(UnitTablePhrase.saveAsXLSX.phrase())
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw DataError(.unreadable, file: path, message: UnitTablePhrase.cannotReadWorkbook.phrase(["cause": .phrase(OutputFolder.cause(of: errno))]))
    }
    close(descriptor)
    let start = PosixIO.readPrefix(of: path, count: 512)
    if start.starts(with: [0x50, 0x4B, 3, 4]) {
      // A workbook saved as .xlsx and renamed: read as what it is.
      return try XLSXUnitReader.read(path: path, options: options)
    }
    if start.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) && start.count < 512 {
      throw DataError(.unitTable, file: path, message: UnitTablePhrase.legacyDamaged.phrase(["ext": .text(ext), "saveAs": saveAs]))
    }
    guard let soffice = OfficeConverter.executable else {
      throw DataError(.unsupportedFile, file: path, message: UnitTablePhrase.legacyNeedsLibreOffice.phrase(["ext": .text(ext), "saveAs": saveAs]))
    }
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-workbook-\(UUID().uuidString)")
    ConversionInterrupt.shared.register(folder: work)
    defer {
      ConversionInterrupt.remove(work)
      ConversionInterrupt.shared.unregister(folder: work)
    }
    let input = URL(fileURLWithPath: path)
    let outputFolder = work.appendingPathComponent("out")
    // LibreOffice names its output after the input: `报表.xls` becomes `报表.xlsx`.
    let output = outputFolder.appendingPathComponent(input.deletingPathExtension().lastPathComponent + ".xlsx")
    do {
      try OutputFolder.create(outputFolder.path)
    } catch {
      throw DataError(.unreadable, file: path, message: UnitTablePhrase.noTemporaryFolder.phrase(["cause": .phrase(.describing(error))]))
    }
    let profile = OfficeProfile.acquire(fallback: work)
    let log = work.appendingPathComponent("log.txt")
    let arguments = ["-env:UserInstallation=\(profile.folder.absoluteString)", "--headless", "--invisible", "--norestore",
                     "--nolockcheck", "--nodefault", "--nofirststartwizard", "--convert-to", filter,
                     "--outdir", outputFolder.path, input.path]
    let process = OfficeProcess(executable: soffice, arguments: arguments, environment: ProcessInfo.processInfo.environment, log: log)
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    let ending: OfficeProcess.Ending
    do {
      ending = try process.run(outputs: [output], limits: [OfficeConverter.limit(forSize: size) + OfficeConverter.timeout])
    } catch {
      throw DataError(.unitTable, file: path, message: UnitTablePhrase.conversionFailed.phrase(["cause": .phrase(.describing(error)), "saveAs": saveAs]))
    }
    let converted = FileManager.default.contents(atPath: output.path).map { [UInt8]($0) } ?? []
    guard ending == .exited(0), converted.starts(with: [0x50, 0x4B, 3, 4]) else {
      let why: Phrase
      switch ending {
      case .interrupted: why = UnitTablePhrase.interrupted.phrase()
      case .timedOut: why = UnitTablePhrase.timedOut.phrase()
      case .exited(let status):
        let said = FileManager.default.contents(atPath: log.path).map {
          String(decoding: $0.suffix(300), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        } ?? ""
        var values: [String: Phrase.Value] = ["status": .text(String(status))]
        if !said.isEmpty { values["said"] = .text(said) }
        why = UnitTablePhrase.libreOfficeFailed.phrase(values)
      }
      throw DataError(.unitTable, file: path, message: UnitTablePhrase.legacyUnreadable.phrase(["ext": .text(ext), "why": .phrase(why), "saveAs": saveAs]))
    }
    return try XLSXUnitReader.read(path: output.path, options: options, file: path)
  }
}
