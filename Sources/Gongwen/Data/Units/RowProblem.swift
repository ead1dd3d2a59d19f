import GongwenTemplate
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
  /// A JSON Lines line that is not JSON, and the data error reading it.
  case lineUnreadable(line: Int, error: DataError)
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
  public func text(in language: MessageLanguage) -> String { phrase.text(in: language) }

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
    diagnostic.phraseArguments["detail"] = problem.phrase
    return [diagnostic]
  }
}

extension RowProblem {
  /// The problem as a phrase of ``UnitTablePhrase``.
  package var phrase: Phrase {
    let table = UnitTablePhrase.self
    switch self {
    case .missingCells(let row, let cells, let width):
      return (cells == 1 ? table.missingCell : table.missingCells)
        .phrase(["row": .text(String(row)), "cells": .text(String(cells)), "width": .text(String(width))])
    case .valueWithoutHeader(let row, let column):
      return table.valueWithoutHeader.phrase(["row": .text(String(row)), "column": .text(column)])
    case .lineNotObject(let line, let kind):
      return table.lineNotObject.phrase(["line": .text(String(line)), "kind": ValueKindPhrase.phrase(kindName: kind)])
    case .itemNotObject(let item, let kind):
      return table.itemNotObject.phrase(["item": .text(String(item)), "kind": ValueKindPhrase.phrase(kindName: kind)])
    case .lineUnreadable(let line, let error):
      return table.lineUnreadable.phrase(["line": .text(String(line)), "problem": .phrase(error.reason)])
    case .cell(let reference, let cellProblem, let more):
      let problem: Phrase
      switch cellProblem {
      case .formulaWithoutValue: problem = table.formulaWithoutValue.phrase()
      case .missingSharedString(let index): problem = table.missingSharedString.phrase(["index": .text(index)])
      case .errorValue(let value): problem = table.errorValue.phrase(["value": .text(value)])
      }
      let values: [String: Phrase.Value] = ["reference": .text(reference), "problem": .phrase(problem), "more": .text(String(more))]
      return (more == 0 ? table.cell : more == 1 ? table.cellAndOneMore : table.cellAndMore).phrase(values)
    }
  }
}
