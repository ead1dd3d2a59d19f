import GongwenTemplate

/// What went wrong converting a document with LibreOffice, for ``ConversionError``.
package enum ConversionPhrase: String, PhraseText {
  case couldNotConvert, interruptedBefore, needsLibreOffice, cannotStart, interruptedNothingWritten, timedOut
  case exited, interrupted, couldNotConvertDocument, damagedPackage, notPDFA, noPDFA, incompletePDF, noHeader
  case noTrailer, noPage, theDocument

  package var texts: (english: String, chinese: String) {
    switch self {
    case .couldNotConvert:
      ("LibreOffice could not convert {name} to .{ext}: {said} || LibreOffice could not convert {name} to .{ext}",
       "LibreOffice 无法把 {name} 转换为 .{ext}（LibreOffice 输出：{said}） || LibreOffice 无法把 {name} 转换为 .{ext}")
    case .interruptedBefore: ("the run was interrupted before {name} was converted", "运行在 {name} 转换之前被中断")
    case .needsLibreOffice:
      ("converting to .{ext} needs LibreOffice, which is not installed: apt-get install libreoffice-writer-nogui",
       "转换为 .{ext} 需要 LibreOffice，但没有安装：apt-get install libreoffice-writer-nogui")
    case .cannotStart: ("could not start LibreOffice ({path}): {cause}", "无法启动 LibreOffice（{path}）：{cause}")
    case .interruptedNothingWritten:
      ("the conversion to .{ext} was interrupted; nothing was written for {name}",
       "转换为 .{ext} 时被中断；{name} 没有写出任何文件")
    case .timedOut:
      ("LibreOffice did not finish converting {name} to .{ext} within {seconds} s; it was stopped",
       "LibreOffice 没有在 {seconds} 秒内把 {name} 转换为 .{ext}，已被停止")
    case .exited:
      ("LibreOffice exited with status {status} while converting {name} to .{ext}: {said} || LibreOffice exited with status {status} while converting {name} to .{ext}",
       "LibreOffice 在把 {name} 转换为 .{ext} 时退出，状态为 {status}（LibreOffice 输出：{said}） || LibreOffice 在把 {name} 转换为 .{ext} 时退出，状态为 {status}")
    case .interrupted: ("the conversion of {name} was interrupted", "{name} 的转换被中断")
    case .couldNotConvertDocument: ("LibreOffice could not convert the document", "LibreOffice 无法转换该文档")
    case .damagedPackage:
      ("LibreOffice wrote a damaged .{ext} for {name}; nothing was written under its name",
       "LibreOffice 为 {name} 写出的 .{ext} 已损坏；没有以该名称写出任何文件")
    case .notPDFA:
      ("LibreOffice did not write PDF/A-2b for {name} (its metadata says {found})",
       "LibreOffice 没有为 {name} 写出 PDF/A-2b（其元数据为 {found}）")
    case .noPDFA: ("no PDF/A", "不是 PDF/A")
    case .incompletePDF:
      ("LibreOffice wrote an incomplete PDF for {name} ({what}); nothing was written under its name",
       "LibreOffice 为 {name} 写出的 PDF 不完整（{what}）；没有以该名称写出任何文件")
    case .noHeader: ("no PDF header", "缺少 PDF 文件头")
    case .noTrailer: ("no trailer", "缺少文件尾")
    case .noPage: ("no page", "没有页面")
    case .theDocument: ("the document", "该文档")
    }
  }
}
