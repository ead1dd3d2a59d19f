/// One `<c>` element of a worksheet as the stream reads it, and the text it shows.
struct XLSXCell {
  /// The `t` attribute: `s` shared string, `inlineStr`, `str` formula text, `b`, `e` error, `d`, `n`.
  var type = "n"
  /// The cell style (`s`), an index into the workbook's cell formats.
  var style = 0
  /// The text of `<v>`, nil when the cell has none.
  var value: String?
  /// The text of an inline string (`<is>`), phonetic guides left out.
  var inlineText = ""
  var hasFormula = false

  /// Why a cell cannot be shown.
  struct Problem: Error {
    let kind: RowProblem.CellProblem
  }

  /// The text the cell shows: a shared string, an inline string, `TRUE`/`FALSE`, or a number through
  /// its format; a problem for an error value, a missing shared string or a formula without its value.
  func shown(strings: [String], formats: [XLSXNumberFormat.Parsed], date1904: Bool) -> Result<String, Problem> {
    // openpyxl and other writers that cannot calculate store a formula with no value (or `<v/>`).
    if hasFormula && (value ?? "").isEmpty && type != "str" && type != "inlineStr" {
      return .failure(Problem(kind: .formulaWithoutValue))
    }
    switch type {
    case "s":
      guard let value, let index = Int(value), strings.indices.contains(index) else {
        return .failure(Problem(kind: .missingSharedString(value ?? "(none)")))
      }
      return .success(strings[index])
    case "inlineStr": return .success(inlineText)
    case "b": return .success(value == "1" ? "TRUE" : "FALSE")
    case "e": return .failure(Problem(kind: .errorValue(value ?? "#VALUE!")))
    case "str", "d": return .success(value ?? "")
    default:
      guard let value, let number = Double(value) else { return .success(value ?? "") }
      let format = formats.indices.contains(style) ? formats[style] : XLSXNumberFormat.general
      return .success(XLSXNumberFormat.display(number, format: format, date1904: date1904))
    }
  }
}
