extension HelpText {
  // The subcommands' discussions (`--help` below the options), in English; their Chinese follows.
  static let renderDiscussion = """
    Without -o the output goes next to the data file, named after it, with the template's extension.
    Missing folders of -o are created; an -o ending in .pdf, or in the other package format's
    extension, is converted with LibreOffice; another file type (.txt, .doc) is refused. An -o ending
    in .dotx (from a Word template) or .ott (from an OpenDocument one) is written as a template.
    Nothing is written when rendering fails; every problem is reported at once.
    """

  static let batchDiscussion = """
    Each unit's data is the common data (--data) with the unit's row merged over it. CSV values stay \
    text as written (007 stays 007); dotted headers (学习.中心组学习次数) become nested fields. \
    Title rows above the header are passed over (or give --header-row). An empty cell printed by a \
    tag fails its unit like a missing column. Rows whose key is 合计, 小计 or 总计 are skipped and \
    listed. Relative picture paths in the table are read from the table's folder, those in --data \
    from that file's folder. .xls and .et workbooks are converted by LibreOffice. A unit that \
    fails is reported with its row and key; the others are written. The manifest (manifest.csv, \
    or manifest.json with --json) lists every row, its output, status and error or reason. Exit \
    code 1 when any unit failed or the table has no rows.
    """

  static let checkDiscussion = """
    Reports every problem at once: missing fields (with the nearest key of the data as a hint),
    a list or object where text is printed, text or a number where a section wants items, a value
    that is not a number under a number filter, image files that do not exist. Image paths are
    relative to the data file. Data keys no tag uses are warnings. Exit status 1 when there is
    any error; warnings do not fail.

    With --units, every unit of the table is checked as batch would render it (over the --data
    common data): first by column (a field the template prints that the table lacks is one error;
    a column no tag uses is a warning), then by row (row, key, column and what is wrong: an empty
    cell a tag prints, an unreadable row or cell). The tag for each column is listed. Exit status 1
    when a batch would fail any unit.
    """

  static let checkFormatDiscussion = """
    Checks A4 paper; margins top 37, bottom 35, left 28, right 26 mm (±1 mm); 22 lines a page (exact
    28.95 pt line pitch, 28.99 pt at most) and 28 characters a line; fonts and sizes of the title (2号小标宋), headings (一、黑体 （一）楷体 1./（1）仿宋)
    and body (3号仿宋); page numbers “— 1 —” in 14 pt, odd pages right and even pages left; the 版头 lines in
    3号黑体, the red 小标宋 发文机关标志 with its top 35 mm below the type area (命令 20 mm), the 发文字号 (〔2024〕8号)
    two lines below it, the red line 4 mm under it and 156 mm wide, the title two lines below (±1 mm, computed
    from the document's spacing, line heights and borders); 主送 flush left, body first lines 2 字 in; the signature
    (unsealed: 2 字 from the right, the date 2 字 right of the name; sealed: the date 4 字 from the right, the name
    centred, the seal behind the text) kept with the body; 附件说明 aligned, 附件 pages; 版记 rules
    0.35/0.25/0.35 mm on the type area's bottom edge, 156 mm wide, 抄送 and 印发 in 4号仿宋 with their indents;
    dates as 2024年3月6日. Each rule is reported once with the paragraphs it concerns, with a stable id
    (docs/diagnostics.md), in Chinese with LANG=zh… or --lang zh.
    Exit status 1 when anything deviates (or the file cannot be read), 0 when it conforms.
    """

  static let convertDiscussion = """
    Every line gets a role as a 文秘 reads it (docs/convert.md): 份号, 密级, 紧急程度, 发文机关标志, 发文字号 and
    签发人 above the title; the title; 主送机关; headings 一、 （一） 1. （1） (run in when the line goes on after
    the first 。 ： or ；), points, list items and body paragraphs; 附件说明, 署名, 成文日期, 附注, a 纪要's
    出席/请假/列席, 附件 pages (a line 附件1 alone), 抄送 and 印发. --explain prints each line's role and writes
    nothing. A line starting [署名] (any role's name in brackets) gives its role; a YAML block between ---
    lines at the top gives elements by key (发文字号: …). The title's last words (通知, 请示, 报告, 函, 纪要,
    令) choose the template unless --template is given; elements the type needs that the text lacks are
    warnings (errors with --strict). Markdown (.md) adds # headings, lists, | tables and \\newpage.
    The output format follows -o: .docx, .odt or .pdf (through LibreOffice).
    --template takes a shipped template name (notice, request, report, letter, minutes, order), looked
    for in GONGWEN_TEMPLATES, ../share/gongwen/templates and templates/ beside the executable, or a
    .docx/.odt path. --set fills or overrides any field, e.g. --set 成文日期=2023年1月16日.
    """

  static let inspectDiscussion = """
    Each tag is shown with its part, paragraph number and table cell, header or footer; sections
    are shown with the tags inside them. --skeleton prints a data file with every field the
    template needs, for you to fill in. With --units instead of a template, the columns of a unit
    table are listed, each with the exact tag to write for it ({{[检查 次数]}} for a header with a space).
    """

  static let packDiscussion = """
    Entries are written in a fixed order (mimetype first and stored for OpenDocument,
    then [Content_Types].xml and _rels/ for Word, then the rest by path) with fixed
    timestamps, so the same folder always gives the same bytes.
    """

  static let serveDiscussion = """
    Open the printed address in a browser (add ?lang=en for English). The API is described at \
    /api/openapi.json. Listens on 127.0.0.1 only unless --host is given, and then --token is required: \
    every request must send 'Authorization: Bearer TOKEN' (the page takes it once as ?token=TOKEN). \
    Uploads live in a private temporary folder, removed when each request ends and at shutdown. \
    SIGTERM or Ctrl-C stops taking requests, lets running jobs answer, and exits. The API answers in \
    the language of the request's Accept-Language (zh: Chinese), else in the server's --lang.
    """

  /// The Chinese of the subcommands' discussions.
  static let chineseDiscussions: [String: String] = [
    renderDiscussion: """
      不给 -o 时，输出写在数据文件旁，以数据文件命名，扩展名与模板相同。-o 中不存
      在的文件夹会自动创建；-o 以 .pdf 或另一种文档格式的扩展名结尾时，用
      LibreOffice 转换；其他文件类型（.txt、.doc）不予写出。-o 以 .dotx（由 Word
      模板）或 .ott（由 OpenDocument 模板）结尾时，写出的是模板。生成失败时不写出
      任何文件；所有问题一次列出。
      """,
    batchDiscussion: """
      每个单位的数据是共用数据（--data）再叠加该单位所在行。CSV 中的值按原样作为文
      字（007 仍是 007）；带点的表头（学习.中心组学习次数）成为嵌套字段。表头之上
      的标题行会被跳过（也可用 --header-row 指定）。标签要印出的单元格为空时，该单
      位失败，如同缺少这一列。键为合计、小计或总计的行被跳过并列出。表格中的相对图
      片路径从表格所在文件夹读取，--data 中的从该文件所在文件夹读取。.xls 和 .et
      工作簿由 LibreOffice 转换。失败的单位连同行号和键一起报告，其余单位照常写出。
      清单（manifest.csv，或与 --json 一起时为 manifest.json）列出每一行、其输出、
      状态以及错误或原因。有单位失败或表格没有数据行时，退出码为 1。
      """,
    checkDiscussion: """
      一次列出所有问题：缺少的字段（并提示数据中最接近的键）、要印出文字处却是列表
      或对象、区块需要条目处却是文字或数字、数字过滤器下的值不是数字、不存在的图片
      文件。图片路径相对于数据文件。没有标签使用的数据键作为警告。有任何错误时退出
      码为 1；警告不算失败。

      与 --units 一起使用时，按批量生成的方式（叠加 --data 共用数据）检查表格中的
      每个单位：先按列（模板要印出而表格缺少的字段算一个错误；没有标签使用的列作为
      警告），再按行（行号、键、列和问题：标签要印出的单元格为空、无法读取的行或单
      元格）。并列出每一列对应的标签。批量生成会有单位失败时，退出码为 1。
      """,
    checkFormatDiscussion: """
      检查 A4 纸张；页边距上 37、下 35、左 28、右 26 毫米（±1 毫米）；每页 22 行
      （固定行距 28.95 磅，至多 28.99 磅）、每行 28 字；标题（2号小标宋）、各级标题
      （一、黑体 （一）楷体 1./（1）仿宋）和正文（3号仿宋）的字体字号；页码“— 1 —”
      为 14 磅，单页居右、双页居左；版头各行用 3号黑体；红色小标宋的发文机关标志上
      边缘距版心上边缘 35 毫米（命令 20 毫米），发文字号（〔2024〕8号）在其下空二
      行，红色分隔线在发文字号下 4 毫米、宽 156 毫米，标题在分隔线下空二行（±1 毫
      米，由文档的段距、行高和边框算出）；主送机关顶格，正文首行缩进 2 字；署名（不
      加盖印章：右空 2 字，日期首字比署名首字右移 2 字；加盖印章：日期右空 4 字，署
      名居中，印章衬于文字下）与正文同页；附件说明对齐，附件页；版记分隔线 0.35/
      0.25/0.35 毫米，末条与版心下边缘重合，宽 156 毫米，抄送和印发用 4号仿宋并按
      规定缩进；日期写作 2024年3月6日。每条规则只报告一次，并列出涉及的段落，带稳
      定的编号（见 docs/diagnostics.md）；LANG=zh… 或 --lang zh 时用中文。有不符合
      之处（或文件无法读取）时退出码为 1，完全符合时为 0。
      """,
    convertDiscussion: """
      每一行按文秘的读法确定其要素（见 docs/convert.md）：标题之上的份号、密级、紧
      急程度、发文机关标志、发文字号和签发人；标题；主送机关；各级标题 一、 （一）
      1. （1）（行文在第一个 。 ： 或 ； 之后继续时作为段首标题）、要点、列表项和
      正文段落；附件说明、署名、成文日期、附注，纪要的出席/请假/列席，附件页（单独
      一行附件1），抄送和印发。--explain 列出每行的要素，不写文件。以 [署名]（方括
      号中写任一要素名）开头的行即为该要素；开头两行 --- 之间的 YAML 块按键给出要
      素（发文字号: …）。标题的末尾词（通知、请示、报告、函、纪要、令）决定所用模
      板，除非给出 --template；文种需要而文本缺少的要素作为警告（加 --strict 时为
      错误）。Markdown（.md）另外支持 # 标题、列表、| 表格和 \\newpage。输出格式由
      -o 决定：.docx、.odt 或 .pdf（经 LibreOffice 转换）。--template 接受自带模板
      的名称（notice、request、report、letter、minutes、order），依次在
      GONGWEN_TEMPLATES、可执行文件旁的 ../share/gongwen/templates 和 templates/ 中
      查找，也可以是 .docx/.odt 文件路径。--set 可填写或覆盖任一字段，如 --set 成
      文日期=2023年1月16日。
      """,
    inspectDiscussion: """
      每个标签连同其所在部件、段落号以及表格单元格、页眉或页脚一起列出；区块连同其
      中的标签一起列出。--skeleton 输出一份数据文件，列出模板需要的每个字段，供填
      写。用 --units 代替模板时，列出单位表的各列，以及每列应写的标签（表头含空格
      时写作 {{[检查 次数]}}）。
      """,
    packDiscussion: """
      各条目按固定顺序写入（OpenDocument 的 mimetype 在最前且不压缩；Word 的
      [Content_Types].xml 和 _rels/ 其次；其余按路径排序），时间戳固定，因此同一文
      件夹总是得到完全相同的字节。
      """,
    serveDiscussion: """
      在浏览器中打开输出的地址（加 ?lang=en 显示英文）。接口说明见
      /api/openapi.json。默认只监听 127.0.0.1；给出 --host 时必须同时给出
      --token：每个请求都要带上 'Authorization: Bearer 令牌'（网页只需一次
      ?token=令牌）。上传的文件存放在私有临时文件夹中，每个请求结束时和服务停止时删除。
      SIGTERM 或 Ctrl-C 停止接收新请求，让正在运行的任务答复后退出。接口答复的语言
      按请求的 Accept-Language（zh 为中文）决定，否则用服务的 --lang。
      """,
  ]
}
