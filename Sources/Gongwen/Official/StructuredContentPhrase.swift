import GongwenTemplate

/// Why a structured-content value (headings, tables, lists in data) cannot be laid out, in English and Chinese.
package enum StructuredContentPhrase: String, PhraseText {
  case tableNotObject, tableNoCells, landscapeFlag, expectedRows, rowNotList, rowTooWide, cellIsList, spanNumber
  case blockIsList, unknownBlock, levelNumber, headingTooDeep, listItemNotText, expectedTexts
  case blockNotSupportedWord, blockNotSupportedOpenDocument

  package var texts: (english: String, chinese: String) {
    switch self {
    case .tableNotObject: ("a table is an object with 表头 and 行, not {kind}", "表格是含 表头 和 行 的对象，不能是{kind}")
    case .tableNoCells: ("the table has no cells; give 表头 and 行", "表格没有单元格；请给出 表头 和 行")
    case .landscapeFlag:
      ("横排 is true (the table on landscape pages) or false, not {value}", "横排 应为 true（表格放在横向页面）或 false，不能是 {value}")
    case .expectedRows: ("expected a list of rows, not {kind}", "应为行的列表，不能是{kind}")
    case .rowNotList: ("a row is a list of cells, not {kind}", "一行是单元格的列表，不能是{kind}")
    case .rowTooWide: ("the row spans {width} columns; a table has at most {limit}", "该行跨 {width} 列；表格最多 {limit} 列")
    case .cellIsList: ("a cell is text or an object with 文字, 合并列 and 合并行, not a list", "单元格是文本或含 文字、合并列、合并行 的对象，不能是列表")
    case .spanNumber: ("{key} must be a whole number from 1 to 63, not {value}", "{key} 必须是 1 到 63 的整数，不能是 {value}")
    case .blockIsList: ("a block cannot be a list; nest blocks under 内容 of a heading", "块不能是列表；请把块放在标题的 内容 下")
    case .unknownBlock:
      ("unknown block with keys {keys}; a block is text or an object with 标题, 表格, 列表, 符号列表, 要点, 分页 or 段落",
       "未知的块（键为 {keys}）；块是文本，或含 标题、表格、列表、符号列表、要点、分页 或 段落 的对象")
    case .levelNumber: ("级别 must be 1, 2, 3 or 4, not {value}", "级别 必须是 1、2、3 或 4，不能是 {value}")
    case .headingTooDeep:
      ("headings nest at most four levels (一、 （一） 1. （1）); this one is at level {level}",
       "标题最多嵌套四级（一、 （一） 1. （1））；这个标题在第 {level} 级")
    case .listItemNotText: ("a list item must be text, not {kind}", "列表项必须是文本，不能是{kind}")
    case .expectedTexts: ("expected a list of texts, not {kind}", "应为文本列表，不能是{kind}")
    case .blockNotSupportedWord:
      ("block and image tags are not supported in Word templates yet", "Word 模板暂不支持块标签和图片标签")
    case .blockNotSupportedOpenDocument:
      ("block and image tags are not supported in OpenDocument templates yet", "OpenDocument 模板暂不支持块标签和图片标签")
    }
  }
}
