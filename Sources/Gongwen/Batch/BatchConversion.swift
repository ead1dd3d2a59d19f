/// PDF and cross-format output for a batch: documents are converted a chunk at a time, one LibreOffice
/// run per chunk, each worker with its own run and its own reused profile (see `OfficeProfile`).
enum BatchConversion {
  /// Documents per LibreOffice run: each worker's share of the batch in one run when it is small (a
  /// run's start costs as much as converting two or three documents, and a worker that starts twice
  /// leaves the other idle at the end), at most 200 so that documents reach the disk (and the progress
  /// bar) every half minute or so.
  static func chunkSize(units: Int, jobs: Int) -> Int {
    min(200, max(16, (units + jobs - 1) / max(1, jobs)))
  }

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
