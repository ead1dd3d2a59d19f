import Gongwen

extension SummaryText {
  /// `units.csv row 9 (合计): skipped, 合计行 (--keep-total-rows checks it)`.
  static func skippedCheckedRow(table: String, row: Int, key: String, reason: String) -> String {
    let place = MessageCatalogue.rowPlace(file: table, row: row, key: key, in: .current)
    return chinese ? "\(place)：已跳过，\(skipReason(reason))（加 --keep-total-rows 可检查该行）"
      : "\(place): skipped, \(skipReason(reason)) (--keep-total-rows checks it)"
  }

  /// `annotated.docx: the template with 3 comments at the failing tags.`
  static func annotatedCopy(_ path: String, comments: Int) -> String {
    chinese ? "\(path)：模板副本，出错的标签处共有 \(comments) 条批注。"
      : "\(path): the template with \(comments) comment\(comments == 1 ? "" : "s") at the failing tags."
  }

  /// The heading over the columns of a checked table.
  static var columnsAndTags: String { chinese ? "各列及其标签：" : "columns and their tags:" }

  /// The heading of `inspect --units`.
  static func columnsOf(_ path: String) -> String {
    chinese ? "\(path) 的各列及每列应写的标签：" : "columns of \(path) and the tag to write for each:"
  }

  /// The last line of `check --units` (without its full stop).
  static func unitCheckTotals(table: String, template: String, passed: Bool, errors: Int, failing: Int, units: Int,
                              warnings: Int, skipped: Int) -> String {
    var text: String
    if chinese {
      text = passed ? "\(table)：全部 \(units) 个单位都能填写 \(template) 的每个标签"
        : "\(errors) 个错误：\(units) 个单位中有 \(failing) 个会失败"
      if warnings > 0 { text += "；\(warnings) 个警告" }
      if skipped > 0 { text += "；跳过 \(skipped) 行" }
      return text + "。"
    }
    text = passed ? "\(table): all \(units) units fill every tag of \(template)"
      : "\(errors) error\(errors == 1 ? "" : "s"): \(failing) of \(units) units would fail"
    if warnings > 0 { text += "; \(warnings) warning\(warnings == 1 ? "" : "s")" }
    if skipped > 0 { text += "; \(skipped) row\(skipped == 1 ? "" : "s") skipped" }
    return text + "."
  }

  /// `gongwen serve: listening on http://127.0.0.1:8080/`, and the header to send when a token is set.
  static func listening(_ address: String, token: Bool) -> String {
    if chinese { return "gongwen serve：正在监听 \(address)" + (token ? " （请求须带 Authorization: Bearer 令牌）" : "") }
    return "gongwen serve: listening on \(address)" + (token ? " (send Authorization: Bearer TOKEN)" : "")
  }

  /// The server's last line.
  static var stopped: String { chinese ? "gongwen serve：已停止" : "gongwen serve: stopped" }

  /// `# 通知 (template notice)` over `convert --explain`.
  static func explainHeading(type: String, template: String) -> String {
    chinese ? "# \(type)（模板 \(template)）" : "# \(type) (template \(template))"
  }

  /// A page break in `convert --explain`.
  static var pageBreak: String { chinese ? "（分页）" : "(page break)" }
}
