import GongwenTemplate

/// What is wrong with a unit table (CSV, workbook, JSON or YAML list) or one of its rows.
package enum UnitTablePhrase: String, PhraseText {
  case quoteThenText, quoteNeverClosed, headerRowNotFilled, csvEmpty, sheetOption, headerRowOption, noExtension
  case otherExtension, headerButNoRows, noUnits, cannotReadTable, tableTooLarge, notUTF8OrGB18030, notAWorkbook
  case tooManyCells, tooManyMergedCells, headerRowEmpty, sheetEmpty, headerProblem, cannotReadWorkbook, saveAsXLSX
  case legacyDamaged, legacyNeedsLibreOffice, noTemporaryFolder, conversionFailed, legacyUnreadable, interrupted
  case timedOut, libreOfficeFailed, noWorksheet, noSuchSheet, sheetPartMissing, sameHeader, columnAndGroup, notAList
  case missingCell, missingCells, valueWithoutHeader, lineNotObject, itemNotObject, lineUnreadable, cell
  case cellAndOneMore, cellAndMore, formulaWithoutValue, missingSharedString, errorValue

  package var texts: (english: String, chinese: String) {
    switch self {
    case .quoteThenText:
      ("text follows the closing quote of the cell that opens on line {line}; a quote inside a quoted cell is written twice (\"\"), or the cell's opening quote was never closed",
       "第 {line} 行开始的单元格在结束引号后还有文字；带引号的单元格中的引号要写两次（\"\"），或者该单元格的开头引号没有闭合")
    case .quoteNeverClosed:
      ("the quote that opens a cell on line {line} is never closed, so every row after it would be one cell; close it or write a quote inside a cell twice (\"\")",
       "第 {line} 行单元格开头的引号没有闭合，其后所有行都会成为一个单元格；请闭合它，或把单元格中的引号写两次（\"\"）")
    case .headerRowNotFilled:
      ("--header-row {row}: the file has no filled row {row}",
       "--header-row {row}：文件中没有填写内容的第 {row} 行")
    case .csvEmpty: ("the CSV file is empty: it has no header row naming the fields", "CSV 文件为空：没有列出字段名的表头行")
    case .sheetOption: ("--sheet applies to .xlsx, .xls and .et workbooks only", "--sheet 只适用于 .xlsx、.xls 和 .et 工作簿")
    case .headerRowOption: ("--header-row applies to workbooks and .csv tables only", "--header-row 只适用于工作簿和 .csv 表格")
    case .noExtension:
      ("this unit table has no file extension: Gongwen reads {formats} unit tables",
       "该单位表没有扩展名：Gongwen 读取 {formats} 单位表")
    case .otherExtension:
      ("this unit table is a '.{ext}' file: Gongwen reads {formats} unit tables",
       "该单位表是 '.{ext}' 文件：Gongwen 读取 {formats} 单位表")
    case .headerButNoRows:
      ("the table has a header but no rows below it: there is nothing to render",
       "表格只有表头，下面没有行：没有可生成的内容")
    case .noUnits: ("the table holds no units: there is nothing to render", "表格中没有单位：没有可生成的内容")
    case .cannotReadTable: ("cannot read the unit table: {cause}", "无法读取单位表：{cause}")
    case .tableTooLarge: ("the unit table is larger than {limit} bytes, the most allowed", "单位表超过允许的最大值 {limit} 字节")
    case .notUTF8OrGB18030:
      ("the file is neither UTF-8 nor GB18030 text; save it as \"CSV UTF-8\"",
       "文件既不是 UTF-8 也不是 GB18030 文本；请另存为“CSV UTF-8”")
    case .notAWorkbook: ("this is not an Excel workbook: it has no {part}", "这不是 Excel 工作簿：缺少 {part}")
    case .tooManyCells:
      ("the sheet '{sheet}' holds more than {limit} cells up to the last filled cell of each row (at row {row}), more than a unit table may have: keep the table's rows and columns only",
       "工作表 '{sheet}' 到各行最后一个填写的单元格为止超过 {limit} 格（在第 {row} 行），超出单位表的上限：请只保留表格本身的行和列")
    case .tooManyMergedCells:
      ("the merged cells of sheet '{sheet}' cover more than {limit} cells of its used range, more than a unit table may have",
       "工作表 '{sheet}' 的合并单元格覆盖了其使用区域中超过 {limit} 格，超出单位表的上限")
    case .headerRowEmpty:
      ("--header-row {row}: row {row} of sheet '{sheet}' is empty",
       "--header-row {row}：工作表 '{sheet}' 的第 {row} 行为空")
    case .sheetEmpty:
      ("the sheet '{sheet}' is empty: it has no header row naming the fields",
       "工作表 '{sheet}' 为空：没有列出字段名的表头行")
    case .headerProblem: ("the header {problem}", "表头：{problem}")
    case .cannotReadWorkbook: ("cannot read this workbook: {cause}", "无法读取该工作簿：{cause}")
    case .saveAsXLSX:
      ("open it in Excel or WPS and save it as .xlsx (文件 → 另存为 → Excel 工作簿 .xlsx), then give that file",
       "请在 Excel 或 WPS 中打开它并另存为 .xlsx（文件 → 另存为 → Excel 工作簿 .xlsx），再使用那个文件")
    case .legacyDamaged:
      ("this '.{ext}' workbook is damaged: it ends inside the header of an Excel 97–2003 file; {saveAs}",
       "该 '.{ext}' 工作簿已损坏：文件在 Excel 97–2003 文件头中间就结束了；{saveAs}")
    case .legacyNeedsLibreOffice:
      ("this is an old-format '.{ext}' workbook, which Gongwen reads through LibreOffice, and LibreOffice is not installed: install it (apt-get install libreoffice-calc-nogui), or {saveAs}",
       "这是旧格式的 '.{ext}' 工作簿，Gongwen 要通过 LibreOffice 读取，但没有安装 LibreOffice：请安装它（apt-get install libreoffice-calc-nogui），或者{saveAs}")
    case .noTemporaryFolder:
      ("cannot make a temporary folder for LibreOffice: {cause}",
       "无法为 LibreOffice 创建临时文件夹：{cause}")
    case .conversionFailed: ("{cause}: {saveAs}", "{cause}：{saveAs}")
    case .legacyUnreadable:
      ("this old-format '.{ext}' workbook could not be read: {why}; {saveAs}",
       "无法读取旧格式的 '.{ext}' 工作簿：{why}；{saveAs}")
    case .interrupted: ("the conversion was interrupted", "转换被中断")
    case .timedOut: ("LibreOffice did not finish converting it in time", "LibreOffice 没有及时完成转换")
    case .libreOfficeFailed:
      ("LibreOffice could not convert it to .xlsx (exit status {status}: {said}) || LibreOffice could not convert it to .xlsx (exit status {status})",
       "LibreOffice 无法把它转换为 .xlsx（退出状态 {status}：{said}） || LibreOffice 无法把它转换为 .xlsx（退出状态 {status}）")
    case .noWorksheet: ("the workbook has no worksheet", "工作簿中没有工作表")
    case .noSuchSheet:
      ("the workbook has no sheet named '{name}'; its sheets are {sheets}",
       "工作簿中没有名为 '{name}' 的工作表；现有工作表为 {sheets}")
    case .sheetPartMissing: ("the sheet '{sheet}' points to {part}, which is missing", "工作表 '{sheet}' 指向的 {part} 不存在")
    case .sameHeader:
      ("columns {first} and {second} have the same header '{header}'",
       "第 {first} 列和第 {second} 列的表头同为 '{header}'")
    case .columnAndGroup: ("'{group}' is both a column and the group of '{path}'", "'{group}' 既是一列，又是 '{path}' 的分组")
    case .notAList:
      ("a {format} unit table must be a list with one object per unit, not {kind}",
       "{format} 单位表必须是每个单位一个对象的列表，而不是{kind}")
    case .missingCell:
      ("row {row} has {cells} cell where the header has {width}: a comma is missing or a cell was split into two rows",
       "第 {row} 行只有 {cells} 格，而表头有 {width} 格：少了一个逗号，或一格被拆成了两行")
    case .missingCells:
      ("row {row} has {cells} cells where the header has {width}: a comma is missing or a cell was split into two rows",
       "第 {row} 行只有 {cells} 格，而表头有 {width} 格：少了一个逗号，或一格被拆成了两行")
    case .valueWithoutHeader:
      ("row {row} has a value in column {column}, which has no header",
       "第 {row} 行在 {column} 列有值，但该列没有表头")
    case .lineNotObject: ("line {line} holds {kind}, not an object", "第 {line} 行是{kind}，不是对象")
    case .itemNotObject: ("item {item} is {kind}, not an object", "第 {item} 项是{kind}，不是对象")
    case .lineUnreadable: ("line {line}: {problem}", "第 {line} 行：{problem}")
    case .cell: ("{reference} {problem}", "{reference}：{problem}")
    case .cellAndOneMore:
      ("{reference} {problem} (and {more} more cell of the row)",
       "{reference}：{problem}（该行另有 {more} 格同样无法读取）")
    case .cellAndMore:
      ("{reference} {problem} (and {more} more cells of the row)",
       "{reference}：{problem}（该行另有 {more} 格同样无法读取）")
    case .formulaWithoutValue:
      ("holds a formula saved without its value; open the workbook in Excel or WPS and save it again so the values are stored",
       "公式保存时没有保存计算结果；请在 Excel 或 WPS 中打开工作簿并重新保存，以存下各值")
    case .missingSharedString:
      ("points to shared string {index}, which the workbook does not have",
       "指向共享字符串 {index}，但工作簿中没有它")
    case .errorValue:
      ("holds the error value {value}; correct the formula or the cells it uses",
       "是错误值 {value}；请改正公式或它引用的单元格")
    }
  }
}
