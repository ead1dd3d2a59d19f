import GongwenTemplate

/// What is wrong with a template package's structure, for ``PackageError``.
package enum PackagePhrase: String, PhraseText {
  case notADocument, ods, odp, odg, xlsx, pptx, vsdx, otherODFType, neitherWordNorODF, noContentXML, noManifest
  case noMainRelationship, mainPartMissing, noMainDocument, brokenRelationship, activeContent, vbaProject, activeX
  case macroEnabledPart, vbaRelationship, basicMacros, scripts, eventListeners, embeddedScript, macroLink
  case dotxMacros, noMainPartType, annotatedOverwritesTemplate, outputIsTemplate, wordTemplateButODF
  case odfTemplateButWord, noPart

  package var texts: (english: String, chinese: String) {
    switch self {
    case .notADocument:
      ("this is {what}, not a document: a template must be a Word (.docx) or OpenDocument text (.odt) file",
       "这是{what}，不是文档：模板必须是 Word（.docx）或 OpenDocument 文本（.odt）文件")
    case .ods: ("an OpenDocument spreadsheet (.ods)", "OpenDocument 电子表格（.ods）")
    case .odp: ("an OpenDocument presentation (.odp)", "OpenDocument 演示文稿（.odp）")
    case .odg: ("an OpenDocument drawing (.odg)", "OpenDocument 绘图（.odg）")
    case .xlsx: ("an Excel workbook (.xlsx)", "Excel 工作簿（.xlsx）")
    case .pptx: ("a PowerPoint presentation (.pptx)", "PowerPoint 演示文稿（.pptx）")
    case .vsdx: ("a Visio drawing (.vsdx)", "Visio 绘图（.vsdx）")
    case .otherODFType:
      ("the package is '{type}', not an OpenDocument text (.odt)",
       "该文档包的类型是 '{type}'，不是 OpenDocument 文本（.odt）")
    case .neitherWordNorODF:
      ("not a Word (.docx) or OpenDocument (.odt) package: it has neither [Content_Types].xml nor mimetype",
       "不是 Word（.docx）或 OpenDocument（.odt）文档包：既没有 [Content_Types].xml，也没有 mimetype")
    case .noContentXML: ("the OpenDocument package has no content.xml", "该 OpenDocument 文档包中没有 content.xml")
    case .noManifest:
      ("the OpenDocument package has no manifest (META-INF/manifest.xml)",
       "该 OpenDocument 文档包中没有清单（META-INF/manifest.xml）")
    case .noMainRelationship:
      ("the package has no main document relationship (officeDocument)",
       "文档包中没有指向主文档的关系（officeDocument）")
    case .mainPartMissing: ("the main document part {part} is missing", "主文档部件 {part} 不存在")
    case .noMainDocument: ("the package has no main document", "文档包中没有主文档")
    case .brokenRelationship:
      ("relationship {id} ({type}) points at {target}, which is missing",
       "关系 {id}（{type}）指向的 {target} 不存在")
    case .activeContent:
      ("the template contains {what}; Gongwen refuses active content (use --keep-macros to keep it)",
       "模板中有{what}；Gongwen 不接受活动内容（要保留它，请加 --keep-macros）")
    case .vbaProject: ("macros (a VBA project)", "宏（VBA 项目）")
    case .activeX: ("ActiveX controls", "ActiveX 控件")
    case .macroEnabledPart: ("a macro-enabled part ({part})", "启用宏的部件（{part}）")
    case .vbaRelationship: ("macros (a relationship to a VBA project)", "宏（指向 VBA 项目的关系）")
    case .basicMacros: ("Basic macros", "Basic 宏")
    case .scripts: ("scripts", "脚本")
    case .eventListeners: ("event listeners ({element})", "事件监听器（{element}）")
    case .embeddedScript: ("an embedded script (office:script)", "嵌入的脚本（office:script）")
    case .macroLink: ("a link that runs a macro ({href})", "运行宏的链接（{href}）")
    case .dotxMacros:
      ("the document keeps macros, which a .dotx cannot hold; write .docm or .docx",
       "该文档保留了宏，而 .dotx 不能容纳宏；请写成 .docm 或 .docx")
    case .noMainPartType: ("no main document part type to make a template's", "没有可改为模板类型的主文档部件类型")
    case .annotatedOverwritesTemplate:
      ("the annotated copy would overwrite the template; choose another path",
       "带批注的副本会覆盖模板；请换一个路径")
    case .outputIsTemplate: ("the output path is the template itself; choose another output", "输出路径就是模板本身；请换一个输出")
    case .wordTemplateButODF:
      ("{path} names a Word template, but the template is an OpenDocument file; write .ott or convert to .docx first",
       "{path} 指的是 Word 模板，但该模板是 OpenDocument 文件；请写成 .ott，或先转换为 .docx")
    case .odfTemplateButWord:
      ("{path} names an OpenDocument template, but the template is a Word file; write .dotx or convert to .odt first",
       "{path} 指的是 OpenDocument 模板，但该模板是 Word 文件；请写成 .dotx，或先转换为 .odt")
    case .noPart: ("the package has no {part}", "文档包中没有 {part}")
    }
  }
}

/// What a templated part of a package is, as an outline names it.
package enum PartRolePhrase: String, PhraseText {
  case body, header, footer, footnotes, endnotes, comments, documentProperties, masterPages, part, other

  package var texts: (english: String, chinese: String) {
    switch self {
    case .body: ("body", "正文")
    case .header: ("header", "页眉")
    case .footer: ("footer", "页脚")
    case .footnotes: ("footnotes", "脚注")
    case .endnotes: ("endnotes", "尾注")
    case .comments: ("comments", "批注")
    case .documentProperties: ("document properties", "文档属性")
    case .masterPages: ("master pages (headers and footers)", "母版页（页眉和页脚）")
    case .part: ("part", "部件")
    case .other: ("{role}", "{role}")
    }
  }

  /// The phrase for a part's role as the compiled template names it (a relationship type, `body`, …).
  package static func phrase(role: String) -> Phrase {
    let known: [String: PartRolePhrase] = [
      "body": .body, "officeDocument": .body, "header": .header, "footer": .footer, "footnotes": .footnotes,
      "endnotes": .endnotes, "comments": .comments, "document properties": .documentProperties,
      "master pages (headers and footers)": .masterPages, "part": .part,
    ]
    return known[role].map { Phrase($0) } ?? Phrase(PartRolePhrase.other, texts: ["role": role])
  }
}
