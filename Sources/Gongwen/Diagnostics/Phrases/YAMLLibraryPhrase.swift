import GongwenTemplate

/// libyaml's problem texts (its scanner, parser and reader), each with its Chinese. The English text
/// is libyaml's own, so a problem Yams reports is found by its text; a text not here is carried as it
/// is inside ``DataPhrase/yamlSyntax``, marked as a YAML syntax error in Chinese.
package enum YAMLProblemPhrase: String, PhraseText {
  case blockEntriesNotAllowed, controlCharacters, expectedColon, expectedDirectiveName, uriEscapedOctet, expectedBang
  case expectedCommaOrBracket, expectedCommaOrBrace, expectedDashIndicator, expectedDocumentStart, expectedStreamStart
  case expectedAlphanumeric, expectedCommentOrLineBreak, expectedDigitOrDot, expectedHexNumber, expectedKey
  case expectedNodeContent, expectedTagURI, expectedVersionNumber, expectedWhitespaceOrLineBreak, expectedWhitespace
  case expectedGreaterThan, expectedLowSurrogate, tabViolatesIndentation, tabWhereIndentationExpected
  case incorrectLeadingOctet, incorrectTrailingOctet, indentationIndicatorZero, cannotStartToken, duplicateTagDirective
  case duplicateYAMLDirective, longVersionNumber, incompatibleDocument, invalidUnicodeEscape, undefinedTagHandle
  case unexpectedColon, unexpectedDocumentIndicator, unexpectedEndOfStream, unexpectedNonAlphabetical
  case unknownDirective, unknownEscape, incompleteUTF16, incompleteSurrogatePair, incompleteUTF8, inputError
  case inputTooLong, invalidUnicode, invalidLeadingOctet, invalidUTF8Length, invalidTrailingOctet
  case mappingKeysNotAllowed, mappingValuesNotAllowed, unexpectedLowSurrogate

  package var texts: (english: String, chinese: String) {
    switch self {
    case .blockEntriesNotAllowed: ("block sequence entries are not allowed in this context", "此处不能出现块序列项（以“- ”开头的行）")
    case .controlCharacters: ("control characters are not allowed", "不允许出现控制字符")
    case .expectedColon: ("could not find expected ':'", "找不到应有的 ':'")
    case .expectedDirectiveName: ("could not find expected directive name", "找不到应有的指令名")
    case .uriEscapedOctet: ("did not find URI escaped octet", "找不到 URI 转义字节")
    case .expectedBang: ("did not find expected '!'", "找不到应有的 '!'")
    case .expectedCommaOrBracket: ("did not find expected ',' or ']'", "找不到应有的 ',' 或 ']'")
    case .expectedCommaOrBrace: ("did not find expected ',' or '}'", "找不到应有的 ',' 或 '}'")
    case .expectedDashIndicator: ("did not find expected '-' indicator", "找不到应有的 '-' 标记")
    case .expectedDocumentStart: ("did not find expected <document start>", "找不到应有的文档开始标记")
    case .expectedStreamStart: ("did not find expected <stream-start>", "找不到应有的流开始标记")
    case .expectedAlphanumeric: ("did not find expected alphabetic or numeric character", "找不到应有的字母或数字")
    case .expectedCommentOrLineBreak: ("did not find expected comment or line break", "找不到应有的注释或换行")
    case .expectedDigitOrDot: ("did not find expected digit or '.' character", "找不到应有的数字或 '.'")
    case .expectedHexNumber: ("did not find expected hexdecimal number", "找不到应有的十六进制数")
    case .expectedKey: ("did not find expected key", "找不到应有的键名")
    case .expectedNodeContent: ("did not find expected node content", "找不到应有的值")
    case .expectedTagURI: ("did not find expected tag URI", "找不到应有的标签 URI")
    case .expectedVersionNumber: ("did not find expected version number", "找不到应有的版本号")
    case .expectedWhitespaceOrLineBreak: ("did not find expected whitespace or line break", "找不到应有的空白或换行")
    case .expectedWhitespace: ("did not find expected whitespace", "找不到应有的空白")
    case .expectedGreaterThan: ("did not find the expected '>'", "找不到应有的 '>'")
    case .expectedLowSurrogate: ("expected low surrogate area", "此处应是低位代理项")
    case .tabViolatesIndentation: ("found a tab character that violates indentation", "出现了破坏缩进的制表符")
    case .tabWhereIndentationExpected: ("found a tab character where an indentation space is expected", "应当用空格缩进的地方出现了制表符")
    case .incorrectLeadingOctet: ("found an incorrect leading UTF-8 octet", "出现错误的 UTF-8 首字节")
    case .incorrectTrailingOctet: ("found an incorrect trailing UTF-8 octet", "出现错误的 UTF-8 后续字节")
    case .indentationIndicatorZero: ("found an indentation indicator equal to 0", "缩进标记不能为 0")
    case .cannotStartToken: ("found character that cannot start any token", "出现了不能作为任何内容开头的字符")
    case .duplicateTagDirective: ("found duplicate %TAG directive", "%TAG 指令重复")
    case .duplicateYAMLDirective: ("found duplicate %YAML directive", "%YAML 指令重复")
    case .longVersionNumber: ("found extremely long version number", "版本号太长")
    case .incompatibleDocument: ("found incompatible YAML document", "YAML 文档版本不兼容")
    case .invalidUnicodeEscape: ("found invalid Unicode character escape code", "Unicode 字符转义码无效")
    case .undefinedTagHandle: ("found undefined tag handle", "标签前缀未定义")
    case .unexpectedColon: ("found unexpected ':'", "出现意外的 ':'")
    case .unexpectedDocumentIndicator: ("found unexpected document indicator", "出现意外的文档标记（--- 或 ...）")
    case .unexpectedEndOfStream: ("found unexpected end of stream", "文本意外结束")
    case .unexpectedNonAlphabetical: ("found unexpected non-alphabetical character", "出现意外的非字母字符")
    case .unknownDirective: ("found unknown directive name", "未知的指令名")
    case .unknownEscape: ("found unknown escape character", "未知的转义字符")
    case .incompleteUTF16: ("incomplete UTF-16 character", "UTF-16 字符不完整")
    case .incompleteSurrogatePair: ("incomplete UTF-16 surrogate pair", "UTF-16 代理对不完整")
    case .incompleteUTF8: ("incomplete UTF-8 octet sequence", "UTF-8 字节序列不完整")
    case .inputError: ("input error", "输入错误")
    case .inputTooLong: ("input is too long", "输入太长")
    case .invalidUnicode: ("invalid Unicode character", "无效的 Unicode 字符")
    case .invalidLeadingOctet: ("invalid leading UTF-8 octet", "无效的 UTF-8 首字节")
    case .invalidUTF8Length: ("invalid length of a UTF-8 sequence", "UTF-8 序列长度无效")
    case .invalidTrailingOctet: ("invalid trailing UTF-8 octet", "无效的 UTF-8 后续字节")
    case .mappingKeysNotAllowed: ("mapping keys are not allowed in this context", "此处不能出现映射的键")
    case .mappingValuesNotAllowed: ("mapping values are not allowed in this context", "此处不能出现映射的值（多了一个冒号，或缩进不对）")
    case .unexpectedLowSurrogate: ("unexpected low surrogate area", "出现意外的低位代理项")
    }
  }

  /// The phrase for libyaml's problem `text`: its own when known, else the text marked as a YAML syntax error.
  package static func phrase(libraryText text: String) -> Phrase {
    if let known = byText[text] { return Phrase(known) }
    return Phrase(DataPhrase.yamlSyntax, texts: ["text": text])
  }

  private static let byText: [String: YAMLProblemPhrase] =
    Dictionary(allCases.map { ($0.texts.english, $0) }, uniquingKeysWith: { first, _ in first })
}

/// What libyaml was reading when it found a problem (`while scanning a quoted scalar`).
package enum YAMLContextPhrase: String, PhraseText {
  case parsingTagDirective, parsingBlockCollection, parsingBlockMapping, parsingBlockNode, parsingFlowMapping
  case parsingFlowNode, parsingFlowSequence, parsingNode, parsingQuotedScalar, parsingTag, parsing
  case scanningTagDirective, scanningYAMLDirective, scanningBlockScalar, scanningDirective, scanningPlainScalar
  case scanningQuotedScalar, scanningSimpleKey, scanningTag, scanningAlias, scanningAnchor, scanningNextToken

  package var texts: (english: String, chinese: String) {
    switch self {
    case .parsingTagDirective: ("while parsing a %TAG directive", "读取 %TAG 指令时")
    case .parsingBlockCollection: ("while parsing a block collection", "读取块集合时")
    case .parsingBlockMapping: ("while parsing a block mapping", "读取块映射时")
    case .parsingBlockNode: ("while parsing a block node", "读取块节点时")
    case .parsingFlowMapping: ("while parsing a flow mapping", "读取行内映射时")
    case .parsingFlowNode: ("while parsing a flow node", "读取行内节点时")
    case .parsingFlowSequence: ("while parsing a flow sequence", "读取行内序列时")
    case .parsingNode: ("while parsing a node", "读取节点时")
    case .parsingQuotedScalar: ("while parsing a quoted scalar", "读取带引号的值时")
    case .parsingTag: ("while parsing a tag", "读取标签时")
    case .parsing: ("while parsing", "读取时")
    case .scanningTagDirective: ("while scanning a %TAG directive", "扫描 %TAG 指令时")
    case .scanningYAMLDirective: ("while scanning a %YAML directive", "扫描 %YAML 指令时")
    case .scanningBlockScalar: ("while scanning a block scalar", "扫描块文本时")
    case .scanningDirective: ("while scanning a directive", "扫描指令时")
    case .scanningPlainScalar: ("while scanning a plain scalar", "扫描不带引号的值时")
    case .scanningQuotedScalar: ("while scanning a quoted scalar", "扫描带引号的值时")
    case .scanningSimpleKey: ("while scanning a simple key", "扫描键名时")
    case .scanningTag: ("while scanning a tag", "扫描标签时")
    case .scanningAlias: ("while scanning an alias", "扫描别名时")
    case .scanningAnchor: ("while scanning an anchor", "扫描锚点时")
    case .scanningNextToken: ("while scanning for the next token", "查找下一个记号时")
    }
  }

  /// The phrase for libyaml's context `text`: its own when known, else the text as it is.
  package static func phrase(libraryText text: String) -> Phrase {
    if let known = byText[text] { return Phrase(known) }
    return Phrase(DataPhrase.yamlContext, texts: ["text": text])
  }

  private static let byText: [String: YAMLContextPhrase] =
    Dictionary(allCases.map { ($0.texts.english, $0) }, uniquingKeysWith: { first, _ in first })
}
