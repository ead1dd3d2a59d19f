import Foundation

/// Chinese for the English phrases error sites write into a message's detail or hint (`did you mean
/// {{单位名称}}?`, `table 1, row 2, cell 3`). A phrase's `{name}` stands for any text, carried over as
/// it is (translated itself when it is a phrase too); text no pattern matches stays in English.
package enum PhraseTable {
  /// English pattern → Chinese text.
  package static let phrases: [(english: String, chinese: String)] = [
    // Hints.
    ("did you mean {x}?", "是不是想写 {x}？"),
    ("'{x}' is a list in the data, not an object", "'{x}' 在数据中是列表，不是对象"),
    ("'{x}' is a {y} in the data, not an object", "'{x}' 在数据中是{y}，不是对象"),
    ("the template uses '{x}'", "模板中用的是 '{x}'"),
    // Where a paragraph stands.
    ("table {t}, row {r}, cell {c}", "表格 {t} 第 {r} 行第 {c} 格"),
    ("header ({x})", "页眉（{x}）"),
    ("footer ({x})", "页脚（{x}）"),
    ("header", "页眉"), ("footer", "页脚"), ("text box", "文本框"), ("footnotes", "脚注"), ("endnotes", "尾注"),
    ("comments", "批注"), ("body", "正文"),
    // Kinds of values.
    ("text", "文本"), ("number", "数字"), ("list", "列表"), ("object", "对象"), ("boolean", "真假值"), ("null", "空值"),
    ("a list", "列表"), ("an object", "对象"), ("a number", "数字"), ("a text", "文本"),
    ("a list of objects", "对象列表"), ("an object or a list of objects", "对象或对象列表"),
    ("list of texts", "文本列表"), ("list of numbers", "数字列表"),
    // Tag syntax.
    ("no name", "缺少名称"), ("no name before '|'", "'|' 前缺少名称"), ("unterminated quote", "引号没有闭合"),
    ("empty filter after '|'", "'|' 后缺少过滤器名"), ("'[' without a closing ']'", "'[' 没有对应的 ']'"),
    ("empty name in '[]'", "'[]' 中名称为空"), ("empty name between dots in '{x}'", "'{x}' 中两个点之间名称为空"),
    ("a close tag takes no filters", "结束标签不能带过滤器"), ("empty argument to filter '{x}'", "过滤器 '{x}' 的参数为空"),
    ("unexpected '{x}' after filter name '{y}'", "过滤器名 '{y}' 后出现意外的 '{x}'"),
    ("space inside filter name after '{x}'", "过滤器名 '{x}' 中间有空格"),
    // Files and archives.
    ("no such file", "文件不存在"), ("cannot read the file (permissions?)", "无法读取文件（权限不足？）"),
    ("not a zip archive", "不是 zip 压缩包"), ("not a zip archive (the file is empty)", "不是 zip 压缩包（文件为空）"),
    ("not a zip archive (no data)", "不是 zip 压缩包（没有数据）"),
    ("checksum (CRC) mismatch, the entry data is damaged", "校验和（CRC）不符，条目数据已损坏"),
    ("unexpected end of data, the archive is truncated", "数据意外结束，压缩包不完整"),
    ("unsupported compression method", "不支持的压缩方法"), ("entry is encrypted", "条目已加密"),
    // Data files.
    ("no such data file", "数据文件不存在"),
    ("this is a folder, not a data file", "这是文件夹，不是数据文件"),
    ("cannot open the data file (check its permissions)", "无法打开数据文件（请检查文件权限）"),
    ("cannot read the data file: {x}", "无法读取数据文件：{x}"),
    ("the data file is larger than {n} bytes, the most allowed", "数据文件超过允许的最大值 {n} 字节"),
    ("the data is larger than {n} bytes, the most allowed", "数据超过允许的最大值 {n} 字节"),
    ("this data file has no file extension: Gongwen reads {x} data files",
     "该数据文件没有扩展名：Gongwen 读取 {x} 数据文件"),
    ("this data file is a '.{e}' file: Gongwen reads {x} data files", "该数据文件是 '.{e}' 文件：Gongwen 读取 {x} 数据文件"),
    ("the file is not UTF-8 text (byte 0x{h} is not valid here); if it was saved as GBK or GB18030, save it again as UTF-8",
     "文件不是 UTF-8 文本（字节 0x{h} 在此无效）；如果它以 GBK 或 GB18030 保存，请另存为 UTF-8"),
    ("expected ',' or '}' after an object member", "对象成员后应为 ',' 或 '}'"),
    ("an upward document names who signed it (GB/T 9704 7.2.6)", "上行文须标注签发人（GB/T 9704 7.2.6）"),
    ("a 请示 gives its contact person and telephone in the 附注", "请示应在附注中写明联系人和电话"),
    ("the agency addressed stands under the title, ending in ：", "主送机关写在标题之下，以全角冒号结尾"),
    ("a 纪要 lists who attended", "纪要应列出出席人员"),
    ("GB/T 9704 places it in every {x}", "GB/T 9704 规定每份{x}都应有此项"),
    ("expected ',' or ']' after a list item", "列表项后应为 ',' 或 ']'"),
    ("the data's top level must be a mapping of names to values, not {x}", "数据的最外层必须是“名称: 值”的映射，而不是{x}"),
    ("this string has no closing '\"'", "字符串缺少结尾的 '\"'"),
    ("unexpected end of the text inside a string", "字符串还没结束，文本就结束了"),
    ("unexpected end of the text: expected a value", "文本意外结束：此处应有一个值"),
    ("unexpected end of the text: expected a key in double quotes", "文本意外结束：此处应有双引号括起的键名"),
    ("the text is empty: expected a JSON value such as {}", "文本为空：应有 JSON 值，如 {}"),
    ("JSON keys must be in double quotes, not single quotes", "JSON 的键名必须用双引号，不能用单引号"),
    ("JSON strings must be in double quotes, not single quotes", "JSON 的字符串必须用双引号，不能用单引号"),
    ("expected ':' after the object key", "键名后应为 ':'"),
    ("JSON does not allow comments", "JSON 不允许注释"),
    ("a JSON number cannot start with '+'", "JSON 数字不能以 '+' 开头"),
    ("a JSON number must start with a digit (write 0.5, not .5)", "JSON 数字必须以数字开头（写 0.5，不要写 .5）"),
    ("unknown word '{x}': text must be in double quotes", "无法识别的词 '{x}'：文字必须用双引号括起来"),
    ("expected a value, found {x}", "此处应有一个值，却是 {x}"),
    ("the data has more than {n} values", "数据中的值超过 {n} 个"),
    ("cannot read the YAML: {x}", "无法读取 YAML：{x}"),
    ("in the front matter: {x}", "开头的 YAML 信息中：{x}"),
    ("the front matter that starts on line 1 has no closing '---' line", "第 1 行开始的 YAML 信息没有结束的 '---' 行"),
    ("this text is UTF-32; save it as UTF-8 (or UTF-16)", "该文本是 UTF-32 编码；请另存为 UTF-8（或 UTF-16）"),
    ("the file is neither UTF-8 nor GB18030 text; save it as \"CSV UTF-8\"", "文件既不是 UTF-8 也不是 GB18030 文本；请另存为“CSV UTF-8”"),
    ("the sheet '{x}' is empty: it has no header row naming the fields", "工作表 '{x}' 为空：没有列出字段名的表头行"),
    ("this is not an Excel workbook: it has no {x}", "这不是 Excel 工作簿：缺少 {x}"),
    ("--sheet applies to .xlsx workbooks only", "--sheet 只适用于 .xlsx 工作簿"),
    ("--header-row applies to .xlsx and .csv tables only", "--header-row 只适用于 .xlsx 和 .csv 表格"),
    ("the CSV file is empty: it has no header row naming the fields", "CSV 文件为空：没有列出字段名的表头行"),
    ("the workbook has no worksheet", "工作簿中没有工作表"),
    ("the workbook has no sheet named '{x}'; its sheets are {y}", "工作簿中没有名为 '{x}' 的工作表；现有工作表为 {y}"),
  ]

  /// `text` in `language`: the first phrase whose pattern matches it all, filled with the parts the
  /// pattern's placeholders matched; `text` itself when no phrase matches.
  package static func translate(_ text: String, to language: MessageLanguage) -> String {
    guard language == .chinese else { return text }
    for phrase in phrases {
      guard let parts = match(text, pattern: phrase.english) else { continue }
      var values: [String: String] = [:]
      for (name, value) in parts { values[name] = translatedPart(value) }
      return MessageCatalogue.fill(phrase.chinese, arguments: values) ?? text
    }
    return text
  }

  /// A matched part translated when it is itself a phrase of kind or place (not a name or a tag).
  private static func translatedPart(_ value: String) -> String {
    guard !value.contains("{{"), !value.contains("'") else { return value }
    for phrase in phrases where MessageCatalogue.placeholders(of: phrase.english).isEmpty && phrase.english == value {
      return phrase.chinese
    }
    return value
  }

  /// The values `pattern`'s placeholders take when it matches the whole of `text`, or nil.
  static func match(_ text: String, pattern: String) -> [(String, String)]? {
    var regex = "^"
    var names: [String] = []
    var rest = Substring(pattern)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}"),
      rest.index(after: open) < close {
      regex += NSRegularExpression.escapedPattern(for: String(rest[..<open])) + "(.+?)"
      names.append(String(rest[rest.index(after: open)..<close]))
      rest = rest[rest.index(after: close)...]
    }
    regex += NSRegularExpression.escapedPattern(for: String(rest)) + "$"
    guard let expression = try? NSRegularExpression(pattern: regex, options: [.dotMatchesLineSeparators]),
      let found = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
    var parts: [(String, String)] = []
    for (index, name) in names.enumerated() {
      guard let range = Range(found.range(at: index + 1), in: text) else { return nil }
      parts.append((name, String(text[range])))
    }
    return parts
  }
}
