import GongwenTemplate

/// What `check-format` expects and finds of the signature block (GB/T 9704-2012 7.3.5), the
/// 附件说明 (7.3.4) and the 附件 pages (7.3.7).
enum FormatSignaturePhrase: String, PhraseText {
  // expected
  case sealed, sealBehind, unsealed, keptWithBody, attachmentPage, attachmentTitle, attachmentNote, attachmentNumbers
  // found
  case sealedAt, sealOffCentre, inFrontOfText, unsealedAt, notKept
  case noPageBreak, indentedOrNotLeft, emptyLineBetween, emptyLinesBetween, attachmentNoteAt, attachmentNumbersAt

  var texts: (english: String, chinese: String) {
    switch self {
    case .sealed: ("sealed: the date 4 字 from the right, the name centred over the date (7.3.5.1)", "加盖印章：成文日期右空 4 字，署名以成文日期为准居中（7.3.5.1）")
    case .sealBehind: ("the seal behind the text, centred over the name and date (7.3.5.1)", "印章衬于文字下方，端正居中压在署名和成文日期上（7.3.5.1）")
    case .unsealed: ("unsealed: the name 2 字 from the right, the date's first character 2 字 right of the name's (7.3.5.2)",
                     "不加盖印章：署名右空 2 字，成文日期首字比署名首字右移 2 字（7.3.5.2）")
    case .keptWithBody: ("the last lines before the signature kept with it (keep with next), so it never stands alone on a page (7.3.5.5)",
                         "署名前的正文末行与署名同页（与下段同页），署名和成文日期不单独成页（7.3.5.5）")
    case .attachmentNumbers: ("later numbers (2., 3. …) under the first one, after “附件：” (7.3.4)", "后续序号（2.、3. …）与“附件：”后的第一个序号对齐（7.3.4）")
    case .attachmentNumbersAt: ("“1.” at {a} 字, the next number at {b} 字", "“1.”位于 {a} 字，下一序号位于 {b} 字")
    case .attachmentPage: ("on a new page, “附件N” flush left on its first line (7.3.7)", "另面编排，“附件N”顶格编排在版心左上角第一行（7.3.7）")
    case .attachmentTitle: ("centred on the third line, one empty line below “附件N” (7.3.7)", "附件标题居中编排在版心第三行，与“附件N”间空一行（7.3.7）")
    case .attachmentNote: ("names after “附件：” aligned, wrapped lines with the first name's first character (7.3.4)",
                           "“附件：”后的名称对齐，回行与第一个名称的首字对齐（7.3.4）")
    case .sealedAt: ("date {d} 字 from the right, name {n} 字 off the date's centre", "成文日期右空 {d} 字，署名偏离成文日期中线 {n} 字")
    case .sealOffCentre: ("centred {n} 字 off the date's centre", "偏离成文日期中线 {n} 字")
    case .inFrontOfText: ("in front of the text", "浮于文字上方")
    case .unsealedAt: ("name {n} 字 from the right, date starting {d} 字 right of the name", "署名右空 {n} 字，成文日期首字比署名首字右移 {d} 字")
    case .notKept: ("¶{x} not kept with the next paragraph", "¶{x} 未设与下段同页")
    case .noPageBreak: ("no page break before it", "前面没有分页")
    case .indentedOrNotLeft: ("indented or not left aligned", "有缩进或未居左")
    case .emptyLineBetween: ("{n} empty line between, {a} aligned", "中间空 {n} 行，{a}")
    case .emptyLinesBetween: ("{n} empty lines between, {a} aligned", "中间空 {n} 行，{a}")
    case .attachmentNoteAt: ("“附件：” {a} 字 in, names at {n} 字, wrapped lines at {w} 字 || “附件：” {a} 字 in, names at {n} 字, wrapped lines at none 字",
                             "“附件：”左空 {a} 字，名称位于 {n} 字，回行位于 {w} 字 || “附件：”左空 {a} 字，名称位于 {n} 字，没有回行")
    }
  }
}
