
/// What a template error says beyond its id: why a tag is malformed, the kinds of values involved, hints and
/// where a paragraph stands.
package enum TemplatePhrase: String, PhraseText {
  case noName, noNameBeforePipe, unterminatedQuote, emptyFilter, unclosedBracket, emptyBracketName
  case emptyNameBetweenDots, bracketAfterName, closeTagFilters, emptyArgument, filterNameMissing, spaceInFilterName
  case afterFilterName, afterArgument, spaceInName, singleEquals, unexpectedIn, chainedComparison
  case endsWhereValueBelongs, unclosedParenthesis, needsValueBefore, unknownFunction, text, object, listOfObjects
  case listOfLists, listOfTexts, listOfNumbers, number, aListOfObjects, objectOrListOfObjects, didYouMean
  case didYouMeanQuoted, notAnObject, plainValueInSection, fieldsOfEachItem, blockValue, tableCell, element, header, footer
  case headerOf, footerOf, textBox, footnotes, endnotes, comments, body
  case notDigits, expectsTextGot, notADate, expectsObjectGot, expectsObjectOrTextGot, expectsListGot, needsPattern, notDecimals, needsReplacement, notANumber
  case notANumberIn, countsListOrText, cannotCompare, divisionByZero
  case takesNoArguments, atMostOneArgument, notWholeNumberIn, atMostOnePattern, noDateTokens, oneMemberName
  case emptyMemberName, exactlyOnePattern, notNumberPattern, exactlyOneReplacement, atMostOneSeparator, customFilterReason

  package var texts: (english: String, chinese: String) {
    switch self {
    case .noName: ("no name", "缺少名称")
    case .noNameBeforePipe: ("no name before '|'", "'|' 前缺少名称")
    case .unterminatedQuote: ("unterminated quote", "引号没有闭合")
    case .emptyFilter: ("empty filter after '|'", "'|' 后缺少过滤器名")
    case .unclosedBracket: ("'[' without a closing ']'", "'[' 没有对应的 ']'")
    case .emptyBracketName: ("empty name in '[]'", "'[]' 中名称为空")
    case .emptyNameBetweenDots: ("empty name between dots in '{name}'", "'{name}' 中两个点之间名称为空")
    case .bracketAfterName: ("unexpected '[' after a name in '{name}'", "'{name}' 中名称后出现意外的 '['")
    case .closeTagFilters: ("a close tag takes no filters", "结束标签不能带过滤器")
    case .emptyArgument: ("empty argument to filter '{filter}'", "过滤器 '{filter}' 的参数为空")
    case .filterNameMissing: ("filter name missing before '{text}'", "'{text}' 前缺少过滤器名")
    case .spaceInFilterName: ("space inside filter name after '{name}'", "过滤器名 '{name}' 中间有空格")
    case .afterFilterName: ("unexpected '{text}' after filter name '{name}'", "过滤器名 '{name}' 后出现意外的 '{text}'")
    case .afterArgument: ("unexpected '{text}' after an argument of '{name}'", "'{name}' 的参数后出现意外的 '{text}'")
    case .spaceInName:
      ("space inside name '{text}' (write a name with spaces in brackets: [{text}])",
       "名称 '{text}' 中间有空格（带空格的名称请写在方括号中：[{text}]）")
    case .singleEquals: ("'=' in '{text}': compare with '=='", "'{text}' 中用了 '='：比较请写 '=='")
    case .unexpectedIn: ("unexpected '{found}' in '{text}'", "'{text}' 中出现意外的 '{found}'")
    case .chainedComparison:
      ("comparisons do not chain in '{text}': join them with 'and'",
       "'{text}' 中的比较不能连写：请用 'and' 连接")
    case .endsWhereValueBelongs: ("'{text}' ends where a value belongs", "'{text}' 在应有值的地方结束了")
    case .unclosedParenthesis: ("'(' without a closing ')' in '{text}'", "'{text}' 中的 '(' 没有对应的 ')'")
    case .needsValueBefore: ("'{name}' needs a value before it in '{text}'", "'{text}' 中 '{name}' 前面需要一个值")
    case .unknownFunction: ("unknown function '{name}' in '{text}'", "'{text}' 中的函数 '{name}' 未知")
    case .text: ("text", "文本")
    case .object: ("object", "对象")
    case .listOfObjects: ("list of objects", "对象列表")
    case .listOfLists: ("list of lists", "列表的列表")
    case .listOfTexts: ("list of texts", "文本列表")
    case .listOfNumbers: ("list of numbers", "数字列表")
    case .number: ("number", "数字")
    case .aListOfObjects: ("a list of objects", "对象列表")
    case .objectOrListOfObjects: ("an object or a list of objects", "对象或对象列表")
    case .didYouMean: ("did you mean {suggestion}?", "是不是想写 {suggestion}？")
    case .didYouMeanQuoted: ("did you mean '{suggestion}'?", "是不是想写 '{suggestion}'？")
    case .notAnObject: ("'{name}' is {kind} in the data, not an object", "'{name}' 在数据中是{kind}，不是对象")
    case .plainValueInSection:
      ("'{path}' is a {found} in the data, where {tag} needs {expected}",
       "'{path}' 在数据中是{found}，而 {tag} 需要{expected}")
    case .fieldsOfEachItem: ("the tags inside use fields of each item: {fields}", "其中的标签用的是每一项的字段：{fields}")
    case .blockValue: ("{text}", "错误：{text}")
    case .tableCell: ("table {table}, row {row}, cell {cell} || table, row {row}, cell {cell}", "表格 {table} 第 {row} 行第 {cell} 格 || 表格第 {row} 行第 {cell} 格")
    case .header: ("header", "页眉")
    case .footer: ("footer", "页脚")
    case .headerOf: ("header ({name})", "页眉（{name}）")
    case .footerOf: ("footer ({name})", "页脚（{name}）")
    case .textBox: ("text box", "文本框")
    case .footnotes: ("footnotes", "脚注")
    case .endnotes: ("endnotes", "尾注")
    case .comments: ("comments", "批注")
    case .body: ("body", "正文")
    case .notDigits: ("{value} is not a string of digits", "{value} 不是一串数字")
    case .expectsTextGot: ("expects text, got {kind}", "需要文本，却是{kind}")
    case .notADate: ("{value} is not a date such as 2022-12-31", "{value} 不是日期（如 2022-12-31）")
    case .expectsObjectGot: ("expects an object, got {value}", "需要对象，却是 {value}")
    case .expectsObjectOrTextGot: ("expects an object or a text, got {kind}", "需要对象或文本，却是{kind}")
    case .expectsListGot: ("expects a list, got {kind}", "需要列表，却是{kind}")
    case .needsPattern: ("needs a pattern such as \"#,##0.00\"", "需要格式，如 \"#,##0.00\"")
    case .notDecimals: ("'{text}' is not a number of decimals", "'{text}' 不是小数位数")
    case .needsReplacement: ("needs a replacement", "需要替代值")
    case .notANumber: ("{value} is not a number", "{value} 不是数字")
    case .notANumberIn: ("{value} is not a number in {left} {operator} {right}", "{left} {operator} {right} 中的 {value} 不是数字")
    case .countsListOrText: ("{name} counts a list or a text, not {value}", "{name} 只能计算列表或文本的长度，不能计算 {value}")
    case .cannotCompare: ("cannot compare {left} with {right}", "无法比较 {left} 与 {right}")
    case .takesNoArguments: ("takes no arguments", "不接受参数")
    case .atMostOneArgument: ("takes at most one argument, got {count}", "最多接受一个参数，却有 {count} 个")
    case .notWholeNumberIn: ("'{text}' is not a whole number from {low} to {high}", "'{text}' 不是 {low} 到 {high} 之间的整数")
    case .atMostOnePattern: ("takes at most one argument (a pattern), got {count}", "最多接受一个参数（格式），却有 {count} 个")
    case .noDateTokens:
      ("'{text}' has no date tokens (yyyy, M, d, …) and is not 'cn'", "'{text}' 中没有日期符号（yyyy、M、d 等），也不是 'cn'")
    case .oneMemberName: ("takes one argument, the member's name", "需要一个参数：成员名")
    case .emptyMemberName: ("the member's name is empty", "成员名为空")
    case .exactlyOnePattern:
      ("takes exactly one argument (a pattern such as \"#,##0.00\"), got {count}", "需要恰好一个参数（格式，如 \"#,##0.00\"），却有 {count} 个")
    case .notNumberPattern: ("'{text}' is not a number pattern such as \"#,##0.00\"", "'{text}' 不是数字格式（如 \"#,##0.00\"）")
    case .exactlyOneReplacement: ("takes exactly one argument (the replacement), got {count}", "需要恰好一个参数（替代值），却有 {count} 个")
    case .atMostOneSeparator: ("takes at most one argument (the separator), got {count}", "最多接受一个参数（分隔符），却有 {count} 个")
    case .customFilterReason: ("{text}", "自定义过滤器的说明：{text}")
    case .divisionByZero: ("division by zero ({left} / {right})", "除数为零（{left} / {right}）")
    case .element: ("{name}", "{name}")
    }
  }
}

/// A kind of value as a message names it: `a list` or `列表`.
package enum ValueKindPhrase: String, PhraseText {
  case null, boolean, number, text, list, object

  package var texts: (english: String, chinese: String) {
    switch self {
    case .null: ("a null", "空值")
    case .boolean: ("a boolean", "真假值")
    case .number: ("a number", "数字")
    case .text: ("a text", "文本")
    case .list: ("a list", "列表")
    case .object: ("an object", "对象")
    }
  }

  /// The phrase for ``Value/kindName``.
  package static func phrase(kindName: String) -> Phrase.Value {
    guard let kind = ValueKindPhrase(rawValue: kindName) else { return .text(kindName) }
    return .phrase(Phrase(kind))
  }
}
