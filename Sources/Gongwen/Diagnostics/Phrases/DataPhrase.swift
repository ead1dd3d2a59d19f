import GongwenTemplate

/// What is wrong with a data file, a `--set` override or a text to convert, for ``DataError``.
package enum DataPhrase: String, PhraseText {
  case noSuchDataFile, folderNotDataFile, cannotOpenDataFile, cannotReadDataFile, dataFileTooLarge, dataTooLarge
  case noExtension, otherExtension, utf32, utf16OddBytes, utf16Unpaired, notUTF8, cannotReadAsUTF8
  case topLevelNotMapping, tooManyValues, nestsTooDeep, jsonEmpty, endExpectedValue, endExpected
  case expectedAfterMember, expectedAfterElement, trailingComma, afterValue, endExpectedKey, singleQuotedKey
  case expectedKeyAfterComma, expectedKeyOrBrace, expectedColon, singleQuotedString, plusNumber, dotNumber
  case expectedValueFound, literalCase, notFinite, unquotedWord, comments, endOfText, controlCharacter
  case unclosedString, stringTooLong, stringPastLineEnd, tabInString, controlInString, endInsideString
  case loneLowSurrogate, loneHighSurrogate, notUnicodeCharacter, invalidEscape, hexDigits, digitAfterMinus
  case leadingZero, digitAfterPoint, digitInExponent, unexpectedInNumber, numberTooLarge, yamlSyntax, yamlContext
  case yamlProblemInContext, anchorNames, anotherDocument, undefinedAlias, duplicateKey, duplicateKeys
  case yamlOutOfMemory, cannotReadYAML, aliasAsKey, textTooLong, keyTooLong, unresolvedAlias, aliasesExpand
  case mergeKey, complexKey, overrideTopLevel, overrideNoEquals, overrideNoName, overrideEmptyPart, overrideTooDeep
  case overrideItemNumber, overridePastEnd, textNotUTF8, noText, frontMatterUnclosed, inFrontMatter

  package var texts: (english: String, chinese: String) {
    switch self {
    case .noSuchDataFile: ("no such data file", "数据文件不存在")
    case .folderNotDataFile: ("this is a folder, not a data file", "这是文件夹，不是数据文件")
    case .cannotOpenDataFile: ("cannot open the data file (check its permissions)", "无法打开数据文件（请检查文件权限）")
    case .cannotReadDataFile: ("cannot read the data file: {cause}", "无法读取数据文件：{cause}")
    case .dataFileTooLarge: ("the data file is larger than {limit} bytes, the most allowed", "数据文件超过允许的最大值 {limit} 字节")
    case .dataTooLarge: ("the data is larger than {limit} bytes, the most allowed", "数据超过允许的最大值 {limit} 字节")
    case .noExtension:
      ("this data file has no file extension: Gongwen reads {formats} data files",
       "该数据文件没有扩展名：Gongwen 读取 {formats} 数据文件")
    case .otherExtension:
      ("this data file is a '.{ext}' file: Gongwen reads {formats} data files",
       "该数据文件是 '.{ext}' 文件：Gongwen 读取 {formats} 数据文件")
    case .utf32: ("this text is UTF-32; save it as UTF-8 (or UTF-16)", "该文本是 UTF-32 编码；请另存为 UTF-8（或 UTF-16）")
    case .utf16OddBytes: ("this UTF-16 text has an odd number of bytes", "该 UTF-16 文本的字节数为奇数")
    case .utf16Unpaired:
      ("this UTF-16 text has an unpaired surrogate; save the file as UTF-8",
       "该 UTF-16 文本有不成对的代理项；请把文件另存为 UTF-8")
    case .notUTF8:
      ("the file is not UTF-8 text (byte 0x{byte} is not valid here); if it was saved as GBK or GB18030, save it again as UTF-8",
       "文件不是 UTF-8 文本（字节 0x{byte} 在此无效）；如果它以 GBK 或 GB18030 保存，请另存为 UTF-8")
    case .cannotReadAsUTF8: ("cannot read the text as UTF-8", "无法按 UTF-8 读取文本")
    case .topLevelNotMapping:
      ("the data's top level must be a mapping of names to values, not {kind}",
       "数据的最外层必须是“名称: 值”的映射，而不是{kind}")
    case .tooManyValues: ("the data has more than {limit} values", "数据中的值超过 {limit} 个")
    case .nestsTooDeep: ("the data nests deeper than {limit} levels", "数据嵌套超过 {limit} 层")
    case .jsonEmpty: ("the text is empty: expected a JSON value such as {}", "文本为空：应有 JSON 值，如 {}")
    case .endExpectedValue: ("unexpected end of the text: expected a value", "文本意外结束：此处应有一个值")
    case .endExpected: ("unexpected end of the text: {expected}", "文本意外结束：{expected}")
    case .expectedAfterMember: ("expected ',' or '}' after an object member", "对象成员后应为 ',' 或 '}'")
    case .expectedAfterElement: ("expected ',' or ']' after a list element", "列表项后应为 ',' 或 ']'")
    case .trailingComma: ("JSON does not allow a trailing comma before '{closer}'", "JSON 不允许在 '{closer}' 前有多余的逗号")
    case .afterValue:
      ("unexpected {found} after the JSON value: the text must hold exactly one value",
       "JSON 值之后出现意外的 {found}：文本只能有一个值")
    case .endExpectedKey: ("unexpected end of the text: expected a key in double quotes", "文本意外结束：此处应有双引号括起的键名")
    case .singleQuotedKey: ("JSON keys must be in double quotes, not single quotes", "JSON 的键名必须用双引号，不能用单引号")
    case .expectedKeyAfterComma:
      ("expected a key in double quotes after ',', found {found}",
       "',' 后应为双引号括起的键名，却是 {found}")
    case .expectedKeyOrBrace: ("expected a key in double quotes or '}', found {found}", "此处应为双引号括起的键名或 '}'，却是 {found}")
    case .expectedColon: ("expected ':' after the object key", "键名后应为 ':'")
    case .singleQuotedString: ("JSON strings must be in double quotes, not single quotes", "JSON 的字符串必须用双引号，不能用单引号")
    case .plusNumber: ("a JSON number cannot start with '+'", "JSON 数字不能以 '+' 开头")
    case .dotNumber: ("a JSON number must start with a digit (write 0.5, not .5)", "JSON 数字必须以数字开头（写 0.5，不要写 .5）")
    case .expectedValueFound: ("expected a value, found {found}", "此处应有一个值，却是 {found}")
    case .literalCase:
      ("unknown word '{word}': JSON's literals are true, false and null, in lower case",
       "无法识别的词 '{word}'：JSON 的字面量是小写的 true、false 和 null")
    case .notFinite: ("JSON has no '{word}': numbers must be finite", "JSON 没有 '{word}'：数字必须是有限值")
    case .unquotedWord: ("unknown word '{word}': text must be in double quotes", "无法识别的词 '{word}'：文字必须用双引号括起来")
    case .comments: ("JSON does not allow comments", "JSON 不允许注释")
    case .endOfText: ("the end of the text", "文本结尾")
    case .controlCharacter: ("control character {code}", "控制字符 {code}")
    case .unclosedString: ("this string has no closing '\"'", "字符串缺少结尾的 '\"'")
    case .stringTooLong: ("this string is longer than {limit} bytes, the most allowed", "该字符串超过允许的最大值 {limit} 字节")
    case .stringPastLineEnd:
      ("a string cannot go on past the end of the line: close it with '\"' (write \\n for a line break)",
       "字符串不能跨行：请用 '\"' 结束它（换行写作 \\n）")
    case .tabInString: ("a tab inside a string must be written \\t", "字符串中的制表符必须写作 \\t")
    case .controlInString:
      ("control character {code} inside a string must be written as an escape",
       "字符串中的控制字符 {code} 必须写成转义形式")
    case .endInsideString: ("unexpected end of the text inside a string", "字符串还没结束，文本就结束了")
    case .loneLowSurrogate:
      ("\\u{hex} is a lone low surrogate: it must follow a high surrogate (\\uD800–\\uDBFF)",
       "\\u{hex} 是单独的低位代理项：它必须跟在高位代理项（\\uD800–\\uDBFF）之后")
    case .loneHighSurrogate:
      ("\\u{hex} is a lone high surrogate: it must be followed by a low surrogate (\\uDC00–\\uDFFF)",
       "\\u{hex} 是单独的高位代理项：其后必须是低位代理项（\\uDC00–\\uDFFF）")
    case .notUnicodeCharacter: ("\\u{hex} is not a Unicode character", "\\u{hex} 不是 Unicode 字符")
    case .invalidEscape:
      ("invalid escape '{escape}' in a string: JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX",
       "字符串中的转义 '{escape}' 无效：JSON 只允许 \\\" \\\\ \\/ \\b \\f \\n \\r \\t 和 \\uXXXX")
    case .hexDigits: ("\\u must be followed by four hex digits", "\\u 后必须是四位十六进制数字")
    case .digitAfterMinus: ("expected a digit after '-'", "'-' 后应为数字")
    case .leadingZero:
      ("a JSON number cannot have a leading zero (write it as text in quotes to keep the zeros)",
       "JSON 数字不能以 0 开头（要保留开头的 0，请写成带引号的文本）")
    case .digitAfterPoint: ("expected a digit after the decimal point", "小数点后应为数字")
    case .digitInExponent: ("expected a digit in the number's exponent", "数字的指数部分应为数字")
    case .unexpectedInNumber: ("unexpected {found} in a number", "数字中出现意外的 {found}")
    case .numberTooLarge: ("the number {number} is too large", "数字 {number} 太大")
    case .yamlSyntax: ("{text}", "YAML 语法错误：{text}")
    case .yamlContext: ("{text}", "读取 YAML 时（{text}）")
    case .yamlProblemInContext:
      ("{problem} ({context} that starts at line {line}, column {column})",
       "{problem}（{context}，始于第 {line} 行第 {column} 列）")
    case .anchorNames:
      ("{problem}; anchor and alias names may only use ASCII letters, digits, '_' and '-'",
       "{problem}；锚点和别名只能使用 ASCII 字母、数字、'_' 和 '-'")
    case .anotherDocument:
      ("a data file must hold a single YAML document, but another one starts here",
       "数据文件只能有一个 YAML 文档，但这里又开始了一个")
    case .undefinedAlias: ("this alias names an anchor (&name) that is not defined before it", "该别名指向的锚点（&名称）在它之前没有定义")
    case .duplicateKey:
      ("the key {names} appears more than once in this mapping (YAML keys must be unique)",
       "键 {names} 在此映射中出现了不止一次（YAML 的键不能重复）")
    case .duplicateKeys:
      ("the keys {names} appear more than once in this mapping (YAML keys must be unique)",
       "键 {names} 在此映射中出现了不止一次（YAML 的键不能重复）")
    case .yamlOutOfMemory: ("ran out of memory while reading the YAML", "读取 YAML 时内存不足")
    case .cannotReadYAML: ("cannot read the YAML: {text}", "无法读取 YAML：{text}")
    case .aliasAsKey:
      ("an alias (*{name}) cannot be used as a mapping key, or inside one",
       "别名（*{name}）不能用作映射的键，也不能用在键中")
    case .textTooLong: ("this text is longer than {limit} bytes, the most allowed", "该文本超过允许的最大值 {limit} 字节")
    case .keyTooLong: ("this key is longer than {limit} bytes, the most allowed", "该键超过允许的最大值 {limit} 字节")
    case .unresolvedAlias: ("an unresolved alias", "无法解析的别名")
    case .aliasesExpand:
      ("the aliases in this YAML expand too far: the data would have more than {limit} values",
       "该 YAML 中的别名展开过多：数据将超过 {limit} 个值")
    case .mergeKey: ("a merge key (<<) takes a mapping or a list of mappings", "合并键（<<）只接受映射或映射的列表")
    case .complexKey:
      ("a mapping key must be a single value such as a name or number, not a list or mapping",
       "映射的键必须是单个值（如名称或数字），不能是列表或映射")
    case .overrideTopLevel:
      ("the data's top level is {kind}, which has no names: --set needs data that is a mapping of names to values (or a list)",
       "数据的最外层是{kind}，没有名称：--set 需要“名称: 值”映射（或列表）形式的数据")
    case .overrideNoEquals:
      ("the override '{override}' has no '=': write --set name=value, such as --set 标题=通知",
       "覆盖值 '{override}' 中没有 '='：请写成 --set 名称=值，如 --set 标题=通知")
    case .overrideNoName: ("the override '{override}' has no name before '='", "覆盖值 '{override}' 的 '=' 前没有名称")
    case .overrideEmptyPart:
      ("the override '{override}' has an empty part in its name '{name}'",
       "覆盖值 '{override}' 的名称 '{name}' 中有空的部分")
    case .overrideTooDeep:
      ("the override '{override}' nests deeper than {limit} levels",
       "覆盖值 '{override}' 嵌套超过 {limit} 层")
    case .overrideItemNumber:
      ("in the override '{override}', '{name}' is a list, so '{part}' must be an item number (0 is the first)",
       "覆盖值 '{override}' 中，'{name}' 是列表，所以 '{part}' 必须是项的序号（0 表示第一项）")
    case .overridePastEnd:
      ("in the override '{override}', the list '{name}' has {count} items: {index} is past its end",
       "覆盖值 '{override}' 中，列表 '{name}' 有 {count} 项：{index} 超出了末尾")
    case .textNotUTF8:
      ("the text is not UTF-8 (byte {byte} is not valid); save it as UTF-8 and try again",
       "文本不是 UTF-8（第 {byte} 个字节无效）；请另存为 UTF-8 后重试")
    case .noText: ("the file holds no text; its first line should be the title", "文件中没有文字；第一行应是标题")
    case .frontMatterUnclosed:
      ("the front matter that starts on line 1 has no closing '---' line",
       "第 1 行开始的 YAML 信息没有结束的 '---' 行")
    case .inFrontMatter: ("in the front matter: {problem}", "开头的 YAML 信息中：{problem}")
    }
  }
}

extension Phrase {
  /// What `error` says: its own phrase for Gongwen's errors, else its text marked as a system error.
  package static func describing(_ error: any Error) -> Phrase {
    switch error {
    case let error as ArchiveError: return error.reason
    case let error as DataError: return error.reason
    case let error as ConversionError: return error.reason
    default: return Phrase(SystemPhrase.other, texts: ["text": String(describing: error)])
    }
  }
}
