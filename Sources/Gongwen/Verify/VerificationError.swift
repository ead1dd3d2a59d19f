import GongwenTemplate
/// A rendered package that failed the checks made before it is written: a fault of Gongwen, not of the
/// template or the data. Nothing is written.
package struct VerificationError: Error, Sendable, CustomStringConvertible {
  /// The template file.
  package let file: String
  /// The output part at fault.
  package let part: String
  /// What the check found, put into words when printed.
  package let reason: Phrase
  /// What the check found, in English.
  package var detail: String { reason.englishText }

  package init(file: String, part: String, detail: Phrase) {
    self.file = file
    self.part = part
    self.reason = detail
  }

  package var description: String {
    "\(file): \(part): internal error: the rendered document failed verification: \(detail); nothing was written"
      + " (please report this with the template; --no-verify skips the check)"
  }
}
