/// PDF and cross-format output for a batch: documents are converted a chunk at a time, one LibreOffice
/// run per chunk, each worker with its own run and its own warm profile (see `OfficeProfile`): starting
/// LibreOffice with a warm profile costs about as much as converting a few documents, creating a profile
/// several times that.
enum BatchConversion {
  /// Documents per LibreOffice run: large enough that a run's start is a small share of its time, small
  /// enough that documents reach the disk (and the progress bar) every few seconds.
  static let chunkSize = 32

  /// The converted bytes of each document, or the error for each one that failed.
  static func convert(
    _ documents: [[UInt8]], names: [String], from source: DocumentFormat, to target: OutputFormat, options: ConversionOptions
  ) -> [Result<[UInt8], Error>] {
    do {
      return try OfficeConverter.convertAll(documents, names: names, from: source, to: target, options: options)
    } catch {
      return documents.map { _ in .failure(error) }
    }
  }
}
