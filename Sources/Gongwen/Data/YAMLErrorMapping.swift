import GongwenTemplate
import Yams

/// Turns Yams' errors into `DataError`s with 1-based lines and columns counted in characters.
enum YAMLErrorMapping {
  static func dataError(from error: YamlError, text: String, limits: DataLimits = .default) -> DataError {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      var message = YAMLProblemPhrase.phrase(libraryText: problem)
      if problem.contains("Maximum nesting level") {
        message = DataPhrase.nestsTooDeep.phrase(["limit": .text(String(limits.maxDepth))])
      } else if problem == "but found another document" {
        message = DataPhrase.anotherDocument.phrase()
      } else if problem == "found undefined alias" {
        message = DataPhrase.undefinedAlias.phrase()
      } else if let context, !context.text.isEmpty {
        let start = TextPosition(line: context.mark.line, scalarColumn: context.mark.column, in: text)
        message = DataPhrase.yamlProblemInContext.phrase([
          "problem": .phrase(message), "context": .phrase(YAMLContextPhrase.phrase(libraryText: context.text)),
          "line": .text(String(start.line)), "column": .text(String(start.column)),
        ])
        if context.text == "while scanning an anchor" || context.text == "while scanning an alias" {
          message = DataPhrase.anchorNames.phrase(["problem": .phrase(message)])
        }
      }
      return located(message, line: mark.line, scalarColumn: mark.column, in: text)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let names = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
      return located(
        (duplicates.count == 1 ? DataPhrase.duplicateKey : DataPhrase.duplicateKeys).phrase(["names": .text(names)]),
        line: context.mark.line, scalarColumn: context.mark.column, in: text)
    case .reader(let problem, let offset, _, _):
      let message = YAMLProblemPhrase.phrase(libraryText: problem)
      guard let offset else { return DataError(.syntax, message: message) }
      return located(message, characterOffset: offset, in: text)
    case .memory:
      return DataError(.syntax, message: DataPhrase.yamlOutOfMemory.phrase())
    default:
      return DataError(.syntax, message: DataPhrase.cannotReadYAML.phrase(["text": .text(String(describing: error))]))
    }
  }

  private static func located(_ message: Phrase, line: Int, scalarColumn: Int, in text: String) -> DataError {
    let position = TextPosition(line: line, scalarColumn: scalarColumn, in: text)
    return DataError(.syntax, line: position.line, column: position.column, message: message, sourceLine: position.sourceLine)
  }

  /// A position Yams gives as a count of characters from the start of the text.
  private static func located(_ message: Phrase, characterOffset: Int, in text: String) -> DataError {
    var line = 1
    var scalarColumn = 1
    for character in text.prefix(characterOffset) {
      if character.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) {
        line += 1
        scalarColumn = 1
      } else {
        scalarColumn += character.unicodeScalars.count
      }
    }
    return located(message, line: line, scalarColumn: scalarColumn, in: text)
  }
}
