import Gongwen

/// `english` in the language of messages: the Chinese of a help text, discussion or usage error when
/// messages are Chinese and one of ``HelpText``'s tables has it, else the text as written.
func localized(_ english: String) -> String {
  guard MessageLanguage.current == .chinese else { return english }
  return HelpText.chinese[english] ?? HelpText.chineseDiscussions[english] ?? HelpText.chineseUsage[english] ?? english
}

/// The Chinese of the command line's help texts, keyed by the English written at each command.
enum HelpText {
  /// The section headings and words the argument parser writes itself.
  static func translatedHeadings(_ help: String) -> String {
    guard MessageLanguage.current == .chinese else { return help }
    var text = help
    // `(default: x)` and `(values: a, b)` in Chinese brackets.
    for (english, chinese) in [("default", "默认"), ("values", "可选值")] {
      text = text.replacingOccurrences(of: #" ?\(\#(english):\s*([^()]*)\)"#, with: "（\(chinese)：$1）", options: .regularExpression)
    }
    for (english, chinese) in [("OVERVIEW:", "概述："), ("USAGE:", "用法："), ("ARGUMENTS:", "参数："),
                               ("OPTIONS:", "选项："), ("SUBCOMMANDS:", "子命令："),
                               ("Show help information.", "显示帮助信息。"), ("Show the version.", "显示版本。"),
                               ("See 'gongwen help <subcommand>' for detailed help.",
                                "用 'gongwen help <子命令>' 查看各命令的详细帮助。"),
                               ("[<options>]", "[<选项>]"), ("<subcommand>", "<子命令>")] {
      text = text.replacingOccurrences(of: english, with: chinese)
    }
    return text
  }

  /// The top command's discussion.
  static let overview = """
    Tags are written {{name}} in the template; see docs/template-language.md.
    Every command takes --lang zh|en, the language of messages (default: Chinese when LC_ALL,
    LC_MESSAGES or LANG starts with zh, English otherwise).
    Exit codes: 0 success, 1 template or data error, 2 usage error.
    """

  static let chinese: [String: String] = [
    overview: """
      模板中的标签写作 {{名称}}；详见 docs/template-language.md。
      所有命令都接受 --lang zh|en 指定信息语言（默认：LC_ALL、LC_MESSAGES 或 LANG 以 zh 开头时用中文，否则用英文）。
      退出码：0 成功，1 模板或数据错误，2 用法错误。
      """,
    "Render .docx and .odt templates with JSON or YAML data.": "用 JSON 或 YAML 数据填写 .docx 和 .odt 模板。",
    "Render a template with a JSON or YAML data file.": "用一个 JSON 或 YAML 数据文件填写模板，生成一份文档。",
    "Render a template once per unit of a table (.xlsx, .xls, .et, .csv, .json, .jsonl, .yaml).":
      "按表格（.xlsx、.xls、.et、.csv、.json、.jsonl、.yaml）中的每个单位各生成一份文档。",
    "Check a data file against a template without rendering.": "检查数据能否填写模板，不生成文件。",
    "Report every deviation of a .docx or .odt document from the GB/T 9704 layout.":
      "列出 .docx 或 .odt 文档中不符合 GB/T 9704 版式之处。",
    "Make an official document from a 公文 written as plain text or Markdown.": "把纯文本或 Markdown 写的公文排成正式公文。",
    "List a template's tags, where they stand and how sections nest.": "列出模板中的标签、所在位置和区块的嵌套关系。",
    "Pack an unpacked package folder into a .docx or .odt, reproducibly.": "把解包后的文件夹重新打包成 .docx 或 .odt（结果可复现）。",
    "Serve the web page and the HTTP API (render, batch, check, inspect, convert, check-format).":
      "启动网页和 HTTP 接口（render、batch、check、inspect、convert、check-format）。",
    "The .docx or .odt template.": ".docx 或 .odt 模板。",
    "The .docx or .odt document (or template).": ".docx 或 .odt 文档（或模板）。",
    "The data file (.json, .yaml or .yml), or - for YAML/JSON on standard input.":
      "数据文件（.json、.yaml 或 .yml），- 表示从标准输入读取 YAML/JSON。",
    "The unit table: one row (or object) per document.": "单位表：每行（或每个对象）生成一份文档。",
    "Data shared by every unit (.json or .yaml).": "所有单位共用的数据（.json 或 .yaml）。",
    "With --units: data shared by every unit (.json or .yaml).": "与 --units 一起使用：所有单位共用的数据（.json 或 .yaml）。",
    "The output folder (created when missing).": "输出文件夹（不存在时自动创建）。",
    "File name pattern; fields, $row, $index and $key (the first field) (default: \"{{$key}}\").":
      "文件命名规则；可用字段、$row、$index 和 $key（第一个字段）（默认：\"{{$key}}\"）。",
    "Parallel workers (default: the number of cores).": "并行数（默认：CPU 核数）。",
    "Output format: docx, odt or pdf (default: the template's).": "输出格式：docx、odt 或 pdf（默认：与模板相同）。",
    "Render only the K-th of N slices of the units (1 ≤ K ≤ N).": "只生成把单位分成 N 份后的第 K 份（1 ≤ K ≤ N）。",
    "Skip units whose output is already complete.": "跳过输出已完整写出的单位。",
    "Write every document into this zip archive instead of a folder.": "把所有文档写入这个 zip 包，而不是文件夹。",
    "Stop at the first unit that fails.": "遇到第一个失败的单位就停止。",
    "Render missing values as empty text instead of failing the unit.": "缺少的值按空白处理，而不是让该单位失败。",
    "Render missing values as empty text instead of failing.": "缺少的值按空白处理，而不是报错。",
    "Write manifest.json instead of manifest.csv and print the summary as JSON.":
      "写 manifest.json 而不是 manifest.csv，并以 JSON 输出汇总。",
    "Write PDF/A-2b (for archiving) with --format pdf.": "与 --format pdf 一起使用时写出 PDF/A-2b（用于归档）。",
    "Write PDF/A-2b (for archiving) when the output is a PDF.": "输出为 PDF 时写出 PDF/A-2b（用于归档）。",
    "Check every unit of this table (.xlsx, .xls, .et, .csv, .json, .jsonl, .yaml).":
      "检查该表格（.xlsx、.xls、.et、.csv、.json、.jsonl、.yaml）中的每个单位。",
    "Set a value: a.b.c=value (repeatable).": "设置一个值：a.b.c=值（可重复）。",
    "Accept missing values (they would render as empty text).": "允许缺少值（将按空白填写）。",
    "Print the result as JSON.": "以 JSON 输出结果。",
    "The 公文 as UTF-8 text (.txt) or Markdown (.md).": "以 UTF-8 文本（.txt）或 Markdown（.md）写的公文。",
    "The output file: .docx, .odt or .pdf (default: beside the input, .docx).": "输出文件：.docx、.odt 或 .pdf（默认：输入文件旁的 .docx）。",
    "A shipped template name or a .docx/.odt path (default: chosen by the document type).":
      "自带模板的名称，或 .docx/.odt 文件路径（默认：按文种选择）。",
    "Print each line with its role and write nothing.": "逐行列出识别出的要素，不写文件。",
    "Treat elements the document type needs but the text lacks as errors.": "文种需要而文本缺少的要素按错误处理。",
    "Keep macros and other active content of the template instead of refusing it.": "保留模板中的宏和其他活动内容，而不是拒绝该模板。",
    "Keep macros and other active content (VBA, ActiveX, Basic, scripts) instead of refusing the template.":
      "保留宏和其他活动内容（VBA、ActiveX、Basic、脚本），而不是拒绝该模板。",
    "Print the result as JSON (with --explain: [{line, role, text}]).": "以 JSON 输出结果（与 --explain 一起：[{line, role, text}]）。",
    "List the columns of this unit table and the tag for each.": "列出该单位表的各列及对应的标签写法。",
    "Print a data file to fill in instead of the outline.": "输出一份待填写的数据文件，而不是标签概要。",
    "Print the outline as JSON.": "以 JSON 输出概要。",
    "The folder holding the unpacked package.": "存放解包内容的文件夹。",
    "The package file to write.": "要写出的文件。",
    "The output file.": "输出文件。",
    "Do not print the line that says what was written.": "不输出“已写出”提示行。",
    "Skip the check of the rendered document before it is written.": "写出前不检查生成的文档。",
    "When rendering fails, write a copy of the template with each error as a comment at its tag.":
      "生成失败时，写出一份模板副本，每个错误作为批注标在对应标签处。",
    "The address to listen on; anything but loopback needs --token.": "监听地址；非本机地址须同时给出 --token。",
    "The port (0 picks a free one).": "端口（0 表示自动选择空闲端口）。",
    "The bearer token clients must send (or set GONGWEN_TOKEN).": "客户端须携带的访问令牌（或设置 GONGWEN_TOKEN）。",
    "Largest request, in MB.": "单个请求的最大大小（MB）。",
    "Most rows a unit table may have.": "单位表最多允许的行数。",
    "Most documents one batch may make.": "一次批量最多生成的文档数。",
    "Jobs that run at once (default: the number of cores).": "同时运行的任务数（默认：CPU 核数）。",
    "Jobs that may wait for a slot; more are answered 429 with Retry-After.": "可排队等待的任务数；超出时返回 429 和 Retry-After。",
    "Seconds a job may run before it is answered 503.": "任务运行超过该秒数即返回 503。",
    "Seconds a job may wait for a slot before it is answered 503.": "任务排队超过该秒数即返回 503。",
    "Tag delimiters, as two strings separated by a space, e.g. \"{ }\" or \"% %\".":
      "标签定界符，用空格分隔的两个字符串，如 \"{ }\" 或 \"% %\"。",
    "Read templates written for another engine: 'docxtemplater' sets the delimiters to \"{ }\", reads '-' as minus (date-age) and the number 0 as false, and counts $index from 0.":
      "读取为其他引擎编写的模板：'docxtemplater' 把定界符设为 \"{ }\"，把 '-' 读作减号（date-age）、把数字 0 读作假，$index 从 0 起计。",
    "What marks a delimiter switch such as {{=<% %>=}} inside a template ('=' by default; \"\" turns switches off).":
      "模板中切换定界符（如 {{=<% %>=}}）所用的标记（默认 '='；\"\" 表示不允许切换）。",
    "Read an opening delimiter that no closing one follows as text, not as an error.": "没有结束定界符的开始定界符按文字处理，不报错。",
    "Read a closing delimiter that no opening one precedes as text, not as an error.": "没有开始定界符的结束定界符按文字处理，不报错。",
    "The worksheet of a workbook (default: the first).": "工作簿中的工作表（默认：第一个）。",
    "The row holding the field names (default: the first filled row below any title rows).":
      "字段名所在的行（默认：标题行之下第一个有内容的行）。",
    "Render rows whose key is 合计, 小计 or 总计 as units (default: skip and list them).":
      "把键为合计、小计或总计的行也作为单位生成（默认：跳过并列出）。",
  ]
}
