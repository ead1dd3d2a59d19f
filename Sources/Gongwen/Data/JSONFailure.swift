import GongwenTemplate
/// A JSON syntax or limit error at a UTF-8 offset; `DataLoader` turns it into a `DataError`
/// with line, column and source line.
struct JSONFailure: Error {
  let offset: Int
  let message: Phrase
}
