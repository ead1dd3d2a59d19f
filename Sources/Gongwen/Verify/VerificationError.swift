/// A rendered package that failed the checks made before it is written: a fault of Gongwen, not of the
/// template or the data. Nothing is written.
package struct VerificationError: Error, Sendable, CustomStringConvertible {
  /// The template file.
  package let file: String
  /// The output part at fault.
  package let part: String
  package let detail: String

  package init(file: String, part: String, detail: String) {
    self.file = file
    self.part = part
    self.detail = detail
  }

  package var description: String {
    "\(file): \(part): internal error: the rendered document failed verification: \(detail); nothing was written"
      + " (please report this with the template; --no-verify skips the check)"
  }
}
