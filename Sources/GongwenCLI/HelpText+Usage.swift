import Gongwen

extension HelpText {
  /// The Chinese of the usage errors the commands' checks raise (`give --out DIR or --zip FILE`).
  static let chineseUsage: [String: String] = [
    "give --out DIR or --zip FILE": "请给出 --out 文件夹或 --zip 文件",
    "--format takes docx, odt or pdf": "--format 只接受 docx、odt 或 pdf",
    "--shard takes K/N with 1 ≤ K ≤ N, e.g. 2/8": "--shard 写作 K/N（1 ≤ K ≤ N），如 2/8",
    "--jobs must be at least 1": "--jobs 至少为 1",
    "--resume works with --out only: a zip is written whole": "--resume 只能与 --out 一起使用：zip 包是整体写出的",
    "give a data file, or --units TABLE to check a unit table": "请给出数据文件，或用 --units 表格检查单位表",
    "give a data file or --units TABLE, not both (common data goes in --data)":
      "数据文件和 --units 表格只能给一个（共用数据用 --data 给出）",
    "--data goes with --units; give the data file as the second argument": "--data 须与 --units 一起使用；数据文件请作为第二个参数给出",
    "--sheet, --header-row and --keep-total-rows go with --units": "--sheet、--header-row 和 --keep-total-rows 须与 --units 一起使用",
    "--set works with a data file, not with --units": "--set 用于数据文件，不能与 --units 一起使用",
    "-o must end in .docx, .odt or .pdf": "-o 必须以 .docx、.odt 或 .pdf 结尾",
    "--explain writes nothing; leave out -o": "--explain 不写文件；请去掉 -o",
    "give a template, or --units TABLE to list a table's columns": "请给出模板，或用 --units 表格列出表格的各列",
    "--skeleton goes with a template, not with --units": "--skeleton 用于模板，不能与 --units 一起使用",
    "--token must be at least 16 characters": "--token 至少要有 16 个字符",
    "limits must be positive": "各项上限必须是正数",
    "--port takes 0 to 65535": "--port 的取值为 0 到 65535",
    "--delimiters takes two strings separated by a space, e.g. \"{ }\"": "--delimiters 须为用空格分隔的两个字符串，如 \"{ }\"",
    "--change-delimiter-prefix takes text without spaces, e.g. \"=\" or \"$\"":
      "--change-delimiter-prefix 须为不含空格的文字，如 \"=\" 或 \"$\"",
    "--header-row must be at least 1": "--header-row 至少为 1",
    // What to write instead of a file type Gongwen does not write.
    "Gongwen writes .docx (Word 2007 and later), not .doc": "Gongwen 写出 .docx（Word 2007 及以后版本），不写 .doc",
    "use .docx, which WPS opens": "请用 .docx，WPS 可以打开",
    "a document is .docx, .odt or .pdf": "文档应为 .docx、.odt 或 .pdf",
    "use .docx": "请用 .docx", "use .pdf or .docx": "请用 .pdf 或 .docx", "use .pdf": "请用 .pdf",
    "use batch --zip for an archive of documents": "要把文档打成压缩包，请用 batch --zip",
  ]

  /// `--host 0.0.0.0 opens the server to other machines: give --token (or GONGWEN_TOKEN) too`.
  static func hostNeedsToken(_ host: String) -> String {
    MessageLanguage.current == .chinese
      ? "--host \(host) 会让其他机器访问本服务：请同时给出 --token（或设置 GONGWEN_TOKEN）"
      : "--host \(host) opens the server to other machines: give --token (or GONGWEN_TOKEN) too"
  }

  /// `-o x.txt: Gongwen does not write .txt files; a document is .docx, .odt or .pdf`.
  static func refusedExtension(option: String, name: String, ext: String, advice: String) -> String {
    MessageLanguage.current == .chinese
      ? "\(option) \(name)：Gongwen 不写出 .\(ext) 文件；\(localized(advice))"
      : "\(option) \(name): Gongwen does not write .\(ext) files; \(advice)"
  }

  /// A template without the paragraph that holds converted text.
  static func noBodyParagraph(_ template: String, tag: String) -> String {
    MessageLanguage.current == .chinese
      ? "\(template) 中没有用来放正文的 \(tag) 段落；请选用 notice、request、report、letter、minutes 或 order，或在单独一段中写上该标签"
      : "\(template) has no \(tag) paragraph to hold the text; "
        + "choose notice, request, report, letter, minutes or order, or add that tag alone in a paragraph"
  }
}
