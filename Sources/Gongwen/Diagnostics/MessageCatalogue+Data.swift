extension MessageCatalogue {
  /// Diagnostics of data files, `--set` overrides and unit tables.
  static let dataEntries: [DiagnosticID: Entry] = [
    .dataSyntax: Entry(en: "{detail}", zh: "数据格式有误：{detail}"),
    .dataUnsupportedFile: Entry(en: "{detail}", zh: "不支持的数据文件类型：{detail}"),
    .dataUnreadable: Entry(en: "{detail}", zh: "无法读取数据文件：{detail}"),
    .dataTooLarge: Entry(en: "{detail}", zh: "数据过大：{detail}"),
    .dataEncoding: Entry(en: "{detail}", zh: "文字编码不对：{detail}",
                         enHint: "save the file as UTF-8 (in WPS or Excel: CSV UTF-8)",
                         zhHint: "请把文件另存为 UTF-8 编码（WPS/Excel 中选“CSV UTF-8”）"),
    .dataEmpty: Entry(en: "{detail}", zh: "文件中没有内容：{detail}"),
    .dataOverride: Entry(en: "{detail}", zh: "--set 的写法有误：{detail}",
                         enHint: "write --set a.b=value", zhHint: "写作 --set 键.子键=值"),
    .dataUnitTable: Entry(en: "{detail}", zh: "单位表无法读取：{detail}"),
    .dataFrontMatter: Entry(en: "{detail}", zh: "开头的 YAML 信息有误：{detail}"),
    .dataInvalid: Entry(en: "{detail}", zh: "数据不符合要求：{detail}"),
    .unusedKey: Entry(en: "the data key '{key}' is not used by the template",
                      zh: "数据键 '{key}' 没有被模板使用",
                      enHint: "the template uses '{suggestion}'", zhHint: "模板中用的是 '{suggestion}'"),
  ]
}
