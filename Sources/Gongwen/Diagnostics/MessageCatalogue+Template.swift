extension MessageCatalogue {
  /// The template language's diagnostics.
  static let templateEntries: [DiagnosticID: Entry] = [
    .unclosedTag: Entry(
      en: "unclosed tag '{tag}' || unclosed tag: no closing delimiter after it in the paragraph",
      zh: "标签 '{tag}' 没有结束符 || 标签没有结束符：同一段落中它后面没有结束符",
      enHint: "end the tag in the same paragraph", zhHint: "在同一段落内写完标签的结束符"),
    .unopenedTag: Entry(
      en: "closing delimiter '{tag}' without an opening one || closing delimiter without an opening one",
      zh: "结束符 '{tag}' 前面没有开始符 || 结束符前面没有开始符",
      enHint: "delete it, or add the opening delimiter before the tag's name",
      zhHint: "删除它，或在标签名前补上开始符"),
    .invalidDelimiters: Entry(
      en: "delimiter switch '{switch}' must name two delimiters separated by a space",
      zh: "定界符切换 '{switch}' 须写出以空格分隔的两个定界符",
      enHint: "write the new opening and closing delimiters between '=' and '=', separated by one space (<% and %>: =<% %>=)",
      zhHint: "在两个 '=' 之间写上新的开始符和结束符，中间用一个空格分隔（<% 和 %>：=<% %>=）"),
    .emptyTag: Entry(
      en: "empty tag '{tag}' || empty tag", zh: "空标签 '{tag}' || 空标签",
      enHint: "write a data key between the delimiters, or delete the tag", zhHint: "在定界符之间写上数据键名，或删除该标签"),
    .malformedTag: Entry(
      en: "malformed tag '{tag}': {reason} || malformed tag: {reason}",
      zh: "标签 '{tag}' 写法有误：{reason} || 标签写法有误：{reason}"),
    .unknownFilter: Entry(
      en: "unknown filter '{filter}'", zh: "没有名为 '{filter}' 的过滤器",
      enHint: "did you mean {suggestion}?", zhHint: "是不是想写 {suggestion}？"),
    .badFilterArgument: Entry(
      en: "bad argument to filter '{filter}': {reason}", zh: "过滤器 '{filter}' 的参数有误：{reason}"),
    .unclosedSection: Entry(
      en: "unclosed section '{tag}'", zh: "区块 '{tag}' 没有结束标签",
      enHint: "close it with a matching close tag (/ and the same name) after its content",
      zhHint: "在区块内容之后写上同名的结束标签（/ 加同一名称）"),
    .mismatchedSection: Entry(
      en: "section '{open}' is closed by '{close}'", zh: "区块 '{open}' 被 '{close}' 结束，名称不一致",
      enHint: "the open section is '{open}'; close it with the same name",
      zhHint: "当前打开的区块是 '{open}'，请用同名结束标签结束它"),
    .strayClose: Entry(
      en: "'{tag}' closes no open section", zh: "'{tag}' 没有可结束的区块",
      enHint: "delete it, or open the section before it", zhHint: "删除它，或在它前面打开对应的区块"),
    .sectionTooDeep: Entry(
      en: "section '{tag}' is nested inside {depth} others, more than templates may nest",
      zh: "区块 '{tag}' 嵌套在 {depth} 层区块之内，超过模板允许的层数"),
    .sectionCrossesTable: Entry(
      en: "section '{tag}' starts and ends in different tables", zh: "区块 '{tag}' 的开始和结束不在同一个表格中",
      enHint: "put the open and the close tag in the same table (or both outside tables)",
      zhHint: "把开始和结束标签放在同一个表格里（或都放在表格外）"),
    .sectionCrossesStructure: Entry(
      en: "section '{tag}' starts and ends in parts of the document that cannot be joined",
      zh: "区块 '{tag}' 的开始和结束位于文档中无法连接的不同部分",
      enHint: "put the open and the close tag in the same body, header, footer, text box or cell",
      zhHint: "把开始和结束标签放在同一正文、页眉、页脚、文本框或单元格中"),
    .blockTagNotAlone: Entry(
      en: "block tag '{tag}' must stand alone in its paragraph", zh: "块标签 '{tag}' 必须单独占一个段落",
      enHint: "move the other text of the paragraph to its own paragraph", zhHint: "把该段落中的其他文字移到另一段落"),
    .missingValue: Entry(
      en: "missing value '{path}'", zh: "数据中没有 '{path}' 的值",
      enHint: "add '{path}' to the data, or give the tag a default (| default: \"…\")",
      zhHint: "在数据中补上 '{path}'，或给标签加默认值（| default: \"…\"）"),
    .filterFailed: Entry(en: "filter '{filter}' failed: {reason}", zh: "过滤器 '{filter}' 处理失败：{reason}"),
    .wrongType: Entry(
      en: "wrong type for '{path}': expected {expected}, found {found}",
      zh: "'{path}' 的值类型不对：应为{expected}，实际是{found}"),
    .expressionFailed: Entry(en: "cannot compute '{expression}': {reason}", zh: "无法计算 '{expression}'：{reason}"),
    .invalidValue: Entry(en: "invalid value '{path}': {reason}", zh: "'{path}' 的值无效：{reason}"),
  ]
}
