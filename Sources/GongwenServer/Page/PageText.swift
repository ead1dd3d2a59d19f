/// The page's words in Chinese and English, and the Chinese names of the diagnostics' ids (the
/// library's messages themselves are English).
enum PageText {
  enum Language { case chinese, english }

  static let templateTitles = [
    "notice": "通知", "report": "报告", "letter": "函", "party-building-report": "党组抓党建情况报告",
    "activity-report": "活动情况报告",
  ]

  /// The text under `key` in `language`.
  static func text(_ key: String, _ language: Language) -> String {
    let pair = strings[key] ?? (key, key)
    return language == .chinese ? pair.0 : pair.1
  }

  private static let strings: [String: (String, String)] = [
    "title": ("公文生成", "Gongwen: official documents"),
    "lead": ("选择模板，上传数据或单位表，先看检查结果，再生成文档。一切都在本机完成，不需联网。",
             "Choose a template, upload data or a unit table, read the check first, then render. Everything runs on this machine, offline."),
    "step1": ("第一步：模板", "Step 1: template"),
    "shipped": ("内置模板", "Shipped template"),
    "orUpload": ("或上传模板（.docx / .odt）", "or upload a template (.docx / .odt)"),
    "inspect": ("查看字段", "Show fields"),
    "skeletonXLSX": ("下载单位表模板（.xlsx）", "Download unit table (.xlsx)"),
    "skeletonYAML": ("下载数据模板（YAML）", "Download data skeleton (YAML)"),
    "step2": ("第二步：数据", "Step 2: data"),
    "units": ("单位表（.xlsx / .csv，每行生成一份文档）", "Unit table (.xlsx / .csv, one document per row)"),
    "dataFile": ("数据文件（.yaml / .json；批量时为各单位共用的数据）", "Data file (.yaml / .json; in a batch, data shared by every unit)"),
    "dataText": ("或直接粘贴 YAML / JSON 数据", "or paste YAML / JSON data"),
    "format": ("输出格式", "Output format"),
    "allowMissing": ("缺少的值留空（不报错）", "Leave missing values empty (no error)"),
    "check": ("检查数据", "Check data"),
    "render": ("生成一份文档", "Render one document"),
    "batch": ("批量生成（zip）", "Render the batch (zip)"),
    "step3": ("把文字转为公文", "Turn text into an official document"),
    "convertText": ("粘贴文字：第一行为标题，“一、”“（一）”“1.”“（1）”开头的行为各级标题", "Paste the text: the first line is the title; lines starting 一、 （一） 1. （1） are headings"),
    "convertFields": ("其他字段（YAML，如 发文机关: 某市人民政府办公室）", "Other fields (YAML, e.g. 发文机关: 某市人民政府办公室)"),
    "convert": ("转换", "Convert"),
    "step4": ("格式检查（GB/T 9704—2012）", "Format check (GB/T 9704-2012)"),
    "document": ("上传 .docx / .odt 文档", "Upload a .docx / .odt document"),
    "checkFormat": ("检查格式", "Check format"),
    "results": ("结果", "Results"),
    "noJS": ("未启用 JavaScript 时，按钮直接下载文件或显示 JSON 结果。", "Without JavaScript the buttons download the file or show the JSON result."),
    "previewOff": ("本机未安装 LibreOffice，无法预览首页。", "LibreOffice is not installed: no first-page preview."),
    "messagesNote": ("说明：错误的详细说明目前为英文，类别已译为中文。", "Note: the detailed messages are in English."),
  ]

  /// Chinese names of diagnostic ids, shown before the (English) message.
  static let diagnosticNames: [String: String] = [
    "missing_value": "缺少数据", "wrong_type": "数据类型不符", "invalid_value": "数值无效", "filter_failed": "格式转换失败",
    "unused_key": "未使用的数据项", "unclosed_tag": "标记未闭合", "unopened_tag": "多余的结束符", "malformed_tag": "标记写法有误",
    "unknown_filter": "未知过滤器", "unclosed_section": "区块未闭合", "mismatched_section": "区块首尾不一致",
    "stray_close": "多余的区块结束", "block_tag_not_alone": "正文标记须独占一段", "data_error": "数据文件有误",
    "bad_row": "该行无法读取", "upload_too_large": "上传过大", "too_many_rows": "行数超过上限", "batch_too_large": "批量过大",
    "server_busy": "服务繁忙", "queue_timeout": "排队超时", "job_time_limit": "处理超时", "macro_template": "含宏的模板",
    "missing_field": "缺少输入", "unauthorized": "需要令牌", "empty_table": "单位表为空", "unsupported_table": "不支持的单位表",
    "active_content": "含宏或脚本", "picture_path_outside": "图片路径不允许", "not_utf8": "不是 UTF-8 文字",
  ]
}
