/// PDF and cross-format output for a batch: documents are converted a chunk at a time, one LibreOffice
/// run per chunk (starting LibreOffice costs far more than converting one more document), each worker
/// with its own run.
enum BatchConversion {
  /// Documents per LibreOffice run.
  static let chunkSize = 16

  /// The converted bytes of each document, or the error for each one that failed.
  static func convert(_ documents: [[UInt8]], from source: DocumentFormat, to target: OutputFormat) -> [Result<[UInt8], Error>] {
    do {
      return try OfficeConverter.convertAll(documents, from: source, to: target)
    } catch {
      return documents.map { _ in .failure(error) }
    }
  }
}
