import Yams

/// Turns Yams' errors into `DataError`s with 1-based lines and columns counted in characters.
enum YAMLErrorMapping {
  static func dataError(from error: YamlError, text: String, limits: DataLimits = .default) -> DataError {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      var message = problem
      if problem.contains("Maximum nesting level") {
        message = "the data nests deeper than \(limits.maxDepth) levels"
      } else if problem == "but found another document" {
        message = "a data file must hold a single YAML document, but another one starts here"
      } else if problem == "found undefined alias" {
        message = "this alias names an anchor (&name) that is not defined before it"
      } else if let context, !context.text.isEmpty {
        let start = TextPosition(line: context.mark.line, scalarColumn: context.mark.column, in: text)
        message += " (\(context.text) that starts at line \(start.line), column \(start.column))"
        if context.text == "while scanning an anchor" || context.text == "while scanning an alias" {
          message += "; anchor and alias names may only use ASCII letters, digits, '_' and '-'"
        }
      }
      return located(message, line: mark.line, scalarColumn: mark.column, in: text)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let names = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
      let noun = duplicates.count == 1 ? "key" : "keys"
      let verb = duplicates.count == 1 ? "appears" : "appear"
      return located(
        "the \(noun) \(names) \(verb) more than once in this mapping (YAML keys must be unique)",
        line: context.mark.line, scalarColumn: context.mark.column, in: text)
    case .reader(let problem, let offset, _, _):
      guard let offset else { return DataError(.syntax, message: problem) }
      return located(problem, characterOffset: offset, in: text)
    case .memory:
      return DataError(.syntax, message: "ran out of memory while reading the YAML")
    default:
      return DataError(.syntax, message: "cannot read the YAML: \(error)")
    }
  }

  private static func located(_ message: String, line: Int, scalarColumn: Int, in text: String) -> DataError {
    let position = TextPosition(line: line, scalarColumn: scalarColumn, in: text)
    return DataError(.syntax, line: position.line, column: position.column, message: message, sourceLine: position.sourceLine)
  }

  /// A position Yams gives as a count of characters from the start of the text.
  private static func located(_ message: String, characterOffset: Int, in text: String) -> DataError {
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
