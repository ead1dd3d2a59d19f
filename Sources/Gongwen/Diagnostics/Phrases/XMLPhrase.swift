import GongwenTemplate

/// What is wrong with an XML part (libxml2's own words carried inside), for ``XMLError`` and ``VerificationError``.
package enum XMLPhrase: String, PhraseText {
  case notWellFormed, utf32, otherEncoding, noParser, dtd, noRoot, empty, prefixBound, verification
  case verificationAtLine, leftoverTag

  package var texts: (english: String, chinese: String) {
    switch self {
    case .notWellFormed: ("not well-formed XML: {text}", "{text}（libxml2 的原文）")
    case .utf32:
      ("the part is encoded as UTF-32; only UTF-8 and UTF-16 are allowed",
       "该部件使用 UTF-32 编码；只允许 UTF-8 和 UTF-16")
    case .otherEncoding:
      ("the part is encoded as {encoding}; only UTF-8 and UTF-16 are allowed",
       "该部件使用 {encoding} 编码；只允许 UTF-8 和 UTF-16")
    case .noParser: ("could not allocate an XML parser", "无法分配 XML 解析器")
    case .dtd:
      ("the part has a document type declaration (DTD), which packages must not have",
       "该部件有文档类型声明（DTD），文档包中不允许有")
    case .noRoot: ("the part has no root element", "该部件没有根元素")
    case .empty: ("the part is empty", "该部件为空")
    case .prefixBound:
      ("the prefix '{prefix}' is bound to another namespace than {uri}; structured content needs it",
       "前缀 '{prefix}' 绑定到了 {uri} 以外的命名空间；结构化内容需要它")
    case .verification: ("{text}", "{text}（内部检查的细节）")
    case .verificationAtLine: ("{text} (line {line})", "{text}（第 {line} 行；内部检查的细节）")
    case .leftoverTag:
      ("¶{paragraph} still holds '{open}' in its text: {text}",
       "第 {paragraph} 段的文字中仍有 '{open}'：{text}")
    }
  }
}
