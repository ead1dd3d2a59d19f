/// Why a row of a unit table cannot be used (a CSV row with cells missing, a JSON Lines line that is
/// not an object, a cell holding an error value). Its text in either language is in
/// ``MessageCatalogue``; the batch and the checks report it as `bad_row`.
public enum RowProblem: Sendable, Hashable {
  /// A CSV row with fewer cells than the header.
  case missingCells(row: Int, cells: Int, width: Int)
  /// A value in a column that has no header.
  case valueWithoutHeader(row: Int, column: String)
  /// A JSON Lines line holding something other than an object (`kind` as ``Value/kindName`` says it).
  case lineNotObject(line: Int, kind: String)
  /// An item of a JSON or YAML list that is not an object.
  case itemNotObject(item: Int, kind: String)
  /// A JSON Lines line that is not JSON; `detail` is the data error's message.
  case lineUnreadable(line: Int, detail: String)
  /// A workbook cell whose value cannot be read (`Sheet1!C3`), and how many more of the row cannot.
  case cell(reference: String, CellProblem, more: Int)

  /// What is wrong with one workbook cell.
  public enum CellProblem: Sendable, Hashable {
    /// A formula saved without its computed value.
    case formulaWithoutValue
    /// A shared-string index the workbook lacks.
    case missingSharedString(String)
    /// An error value (`#DIV/0!`).
    case errorValue(String)
  }

  /// The row's own text in `language`.
  public func text(in language: MessageLanguage) -> String { MessageCatalogue.rowProblem(self, in: language) }

  /// The same problem with one more unreadable cell counted.
  func withOneMoreCell() -> RowProblem {
    guard case .cell(let reference, let problem, let more) = self else { return self }
    return .cell(reference: reference, problem, more: more + 1)
  }
}

/// A unit whose row cannot be used, as an error of the unit (`data_unit_table`) in a batch.
package struct UnitRowError: Error, DiagnosticConvertible {
  package let file: String
  package let problem: RowProblem

  package var diagnostics: [Diagnostic] {
    var diagnostic = Diagnostic(.dataUnitTable, file: file)
    diagnostic.textArguments["detail"] = problem.texts
    return [diagnostic]
  }
}

extension RowProblem {
  /// The problem's text in every language.
  package var texts: [MessageLanguage: String] {
    Dictionary(uniqueKeysWithValues: MessageLanguage.allCases.map { ($0, text(in: $0)) })
  }
}
