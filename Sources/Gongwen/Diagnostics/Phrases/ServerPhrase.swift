import GongwenTemplate

/// The server's own messages (a request refused before the library sees it: too large, malformed, busy).
package enum ServerPhrase: String, PhraseText {
  case thisServerNeedsIts, sendHeaderAuthorizationBearer, valueIsMacroEnabled, saveItAsDocx, thereIsNoShipped
  case shippedTemplateValueCannot, uploadJsonOrYaml, uploadUnitTableXlsx, vIsNotUnit, uploadCouldNotBe, vHasVRows
  case splitTableOrStart, valueHasHeaderBut, formatValueIsNot, valueIsNotUtf, saveItAsUtf, pictureVInV
  case serverReadsNoFiles, multipartBodyCannotBe, multipartBodyHasNo, bodyIsNotJson, valueBaseIsNot
  case jobRanLongerThan, sendSmallerTableOr, vJobsAreRunning, tryAgainInFew, jobWaitedValueFor, serverIsBusyTry
  case serverIsShuttingDown, thereIsNoSuch, jobDoesNotExist, followApiJobsId, batchWouldMakeV, splitTableOrStart2
  case batchZipCouldNot, skeletonValueIsNot, pasteTextFirstLine, textIsEmptyIts, formatMustBeDocx, vHasNoV
  case chooseReportNoticeOr, uploadDocxOrOdt, uploadDocxOrOdt2, valueIsNotDocx, previewsNeedPdftoppmWhich
  case aptGetInstallPoppler, previewCouldNotBe, pdftoppmCouldNotDraw, requestIsLargerThan, sendSmallerFilesOr
  case missingField, privateFolder, uploadTemplate, chooseTemplate, bodyType, untyped

  package var texts: (english: String, chinese: String) {
    switch self {
    case .thisServerNeedsIts: ("this server needs its token", "本服务需要访问令牌")
    case .sendHeaderAuthorizationBearer:
      ("send the header 'Authorization: Bearer TOKEN'",
       "请发送请求头 'Authorization: Bearer 令牌'")
    case .valueIsMacroEnabled:
      ("{value} is a macro-enabled document; templates with macros are refused",
       "{value} 是启用宏的文档；含宏的模板不予处理")
    case .saveItAsDocx:
      ("save it as .docx (Word: File › Save As › Word Document) and upload that",
       "请另存为 .docx（Word：文件 › 另存为 › Word 文档）后上传")
    case .thereIsNoShipped: ("there is no shipped template '{value}'", "没有名为 '{value}' 的自带模板")
    case .shippedTemplateValueCannot: ("the shipped template {value} cannot be read", "无法读取自带模板 {value}")
    case .uploadJsonOrYaml:
      ("upload a .json or .yaml data file, or send the data as JSON",
       "请上传 .json 或 .yaml 数据文件，或以 JSON 发送数据")
    case .uploadUnitTableXlsx:
      ("upload the unit table (.xlsx or .csv, one row per document)",
       "请上传单位表（.xlsx 或 .csv，每行一份文档）")
    case .vIsNotUnit: ("{v1} is not a unit table: Gongwen reads {v2}", "{v1} 不是单位表：Gongwen 读取 {v2}")
    case .uploadCouldNotBe: ("the upload could not be stored", "无法保存上传的文件")
    case .vHasVRows: ("{v1} has {v2} rows; this server takes at most {v3}", "{v1} 有 {v2} 行；本服务最多接受 {v3} 行")
    case .splitTableOrStart:
      ("split the table, or start the server with a larger --max-rows",
       "请拆分表格，或用更大的 --max-rows 启动服务")
    case .valueHasHeaderBut: ("{value} has a header but no unit rows", "{value} 只有表头，没有单位行")
    case .formatValueIsNot: ("format '{value}' is not docx, odt or pdf", "格式 '{value}' 不是 docx、odt 或 pdf")
    case .valueIsNotUtf: ("{value} is not UTF-8 text", "{value} 不是 UTF-8 文本")
    case .saveItAsUtf: ("save it as UTF-8 and upload it again", "请另存为 UTF-8 后重新上传")
    case .pictureVInV:
      ("the picture '{v1}' in '{v2}' names a path outside the upload",
       "'{v2}' 中的图片 '{v1}' 指向上传内容以外的路径")
    case .serverReadsNoFiles:
      ("the server reads no files of its own: give picture names without folders",
       "服务不读取自身的文件：图片请只写文件名，不带文件夹")
    case .multipartBodyCannotBe: ("the multipart body cannot be read: {value}", "无法读取 multipart 请求体：{value}")
    case .multipartBodyHasNo:
      ("the multipart body has no boundary in its Content-Type",
       "multipart 请求体的 Content-Type 中没有 boundary")
    case .bodyIsNotJson: ("the body is not a JSON object", "请求体不是 JSON 对象")
    case .valueBaseIsNot: ("'{value}.base64' is not base64", "'{value}.base64' 不是 base64 编码")
    case .jobRanLongerThan: ("the job ran longer than {value} s, the limit of this server", "任务运行超过了本服务的上限 {value} 秒")
    case .sendSmallerTableOr:
      ("send a smaller table, or ask for a longer --job-seconds",
       "请发送更小的表格，或请管理员调大 --job-seconds")
    case .vJobsAreRunning:
      ("{v1} jobs are running and {v2} are waiting, the most this server takes",
       "已有 {v1} 个任务在运行、{v2} 个在排队，已达本服务上限")
    case .tryAgainInFew: ("try again in a few seconds", "请几秒后重试")
    case .jobWaitedValueFor: ("the job waited {value} s for a free slot", "任务排队等待了 {value} 秒仍无空闲位置")
    case .serverIsBusyTry: ("the server is busy; try again later", "服务繁忙，请稍后重试")
    case .serverIsShuttingDown: ("the server is shutting down", "服务正在停止")
    case .thereIsNoSuch: ("there is no such job (finished jobs are kept 10 minutes)", "没有这个任务（已完成的任务保留 10 分钟）")
    case .jobDoesNotExist: ("the job does not exist or has not finished", "任务不存在或尚未完成")
    case .followApiJobsId: ("follow /api/jobs/ID until its status is done", "请查询 /api/jobs/ID，直到其状态为 done")
    case .batchWouldMakeV:
      ("the batch would make {v1} documents; this server makes at most {v2}",
       "该批量将生成 {v1} 份文档；本服务最多生成 {v2} 份")
    case .splitTableOrStart2:
      ("split the table, or start the server with a larger --max-batch",
       "请拆分表格，或用更大的 --max-batch 启动服务")
    case .batchZipCouldNot: ("the batch's zip could not be read back", "无法读回批量生成的 zip 包")
    case .skeletonValueIsNot: ("skeleton '{value}' is not yaml, json or xlsx", "skeleton '{value}' 不是 yaml、json 或 xlsx")
    case .pasteTextFirstLine:
      ("paste the text (first line the title), or upload a .txt or .md file as 'input'",
       "请粘贴文本（第一行为标题），或以 'input' 上传 .txt 或 .md 文件")
    case .textIsEmptyIts: ("the text is empty; its first line should be the title", "文本为空；第一行应为标题")
    case .formatMustBeDocx: ("format must be docx, odt or pdf", "格式必须是 docx、odt 或 pdf")
    case .vHasNoV: ("{v1} has no {{>{v2}}} paragraph to hold the text", "{v1} 中没有用来放正文的 {{>{v2}}} 段落")
    case .chooseReportNoticeOr:
      ("choose report, notice or letter, or add that tag alone in a paragraph",
       "请选用 report、notice 或 letter，或在单独一段中写上该标签")
    case .uploadDocxOrOdt: ("upload the .docx or .odt document to check", "请上传要检查的 .docx 或 .odt 文档")
    case .uploadDocxOrOdt2: ("upload the .docx or .odt document to preview", "请上传要预览的 .docx 或 .odt 文档")
    case .valueIsNotDocx: ("{value} is not a .docx or .odt document", "{value} 不是 .docx 或 .odt 文档")
    case .previewsNeedPdftoppmWhich: ("previews need pdftoppm, which is not installed", "预览需要 pdftoppm，但它没有安装")
    case .aptGetInstallPoppler: ("apt-get install poppler-utils", "请安装：apt-get install poppler-utils")
    case .previewCouldNotBe: ("the preview could not be stored", "无法保存预览")
    case .pdftoppmCouldNotDraw: ("pdftoppm could not draw the first page", "pdftoppm 无法绘制第一页")
    case .requestIsLargerThan:
      ("the request is larger than {value} MB, the most this server takes",
       "请求超过了本服务接受的上限 {value} MB")
    case .sendSmallerFilesOr:
      ("send smaller files, or start the server with a larger --max-upload",
       "请发送更小的文件，或用更大的 --max-upload 启动服务")
    case .missingField: ("the request has no '{field}': {what}", "请求中没有 '{field}'：{what}")
    case .privateFolder: ("cannot make a private folder in {folder}: {cause}", "无法在 {folder} 中建立私有文件夹：{cause}")
    case .uploadTemplate:
      ("upload a .docx or .odt template, or give template_name ({names})",
       "请上传 .docx 或 .odt 模板，或给出 template_name（{names}）")
    case .chooseTemplate: ("choose one of {names}", "请从以下模板中选择：{names}")
    case .bodyType:
      ("the body is {type}: send multipart/form-data or application/json",
       "请求体类型为 {type}：请发送 multipart/form-data 或 application/json")
    case .untyped: ("untyped", "未标明类型")
    }
  }
}
