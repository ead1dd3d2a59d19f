import GongwenTemplate

/// What is wrong with a zip archive or a file read or written, for ``ArchiveError``.
package enum ArchivePhrase: String, PhraseText {
  case noSuchFile, cannotReadFilePermissions, cannotReadFile, isFolder, noSuchFolder, notUnpackedPackage, cannotReadFolder
  case cannotOpen, notAZip, emptyFile, noData, oleFile, truncatedNoDirectory, truncated, twoEntriesSameName
  case libzipReadsEntryAs, directoryCountMismatch, nulInName, noSuchEntry, inflatesPastDeclared, inflatesToOtherSize
  case declaresPastLimit, wouldInflatePastTotal, inflatesPastLimit, compressionRatio, inflatesPastTotal
  case directoryMisplaced, archiveAfterEnd, archiveBeforeStart, entryOverlaps, localHeaderMissing, localHeaderCutShort
  case localNameDiffers, methodsDiffer, crcOrSizesDiffer, dataRunsIntoDirectory, unicodePathDiffers
  case alreadyClosed, alreadyFinished, tooManyEntries, duplicateName, differsInCase, incompleteHeader, nameNotUTF8
  case encryptedMethod, emptyName, absoluteName, backslashInName, driveLetterName, controlCharacterInName, dotDotInName
  case checksum, inconsistent, unexpectedEnd, compressionUnsupported, encrypted, compressedDataDamaged, outOfMemory
  case libzipError, notAFilePath, wouldOverwriteInput, wouldOverwriteInputNamed, noUniqueTemporaryFile, fileInFolderPath
  case failed, diskFull, cannotWrite, cannotSetPermissions, cannotFlush, cannotReplace, cannotCreateFile
  case cannotOpenFolderToFlush, cannotCreateTemporaryFile, cannotCreateFolder, cannotCreateZipSource
  case cannotCreateArchive, cannotAddEntry, cannotConfigureEntry, cannotMeasureArchive, cannotReadBack
  case cannotWriteArchive, cannotCopyFrom, noShippedTemplate, centralDirectory, localHeader
  case manifestNotWritten, documentsWrittenBefore, zipNotWritten

  package var texts: (english: String, chinese: String) {
    switch self {
    case .noSuchFile: ("no such file", "文件不存在")
    case .cannotReadFilePermissions: ("cannot read the file (permissions?)", "无法读取文件（权限不足？）")
    case .cannotReadFile: ("cannot read the file: {cause} || cannot read the file", "无法读取文件：{cause} || 无法读取文件")
    case .isFolder: ("is a folder, not a file", "这是文件夹，不是文件")
    case .noSuchFolder: ("no such folder", "文件夹不存在")
    case .notUnpackedPackage: ("not an unpacked package: it has neither [Content_Types].xml nor mimetype",
                               "不是解包的文档包：既没有 [Content_Types].xml，也没有 mimetype")
    case .cannotReadFolder: ("cannot read the folder", "无法读取文件夹")
    case .cannotOpen: ("cannot open: {cause}", "无法打开：{cause}")
    case .notAZip: ("not a zip archive", "不是 zip 压缩包")
    case .emptyFile: ("not a zip archive (the file is empty)", "不是 zip 压缩包（文件为空）")
    case .noData: ("not a zip archive (no data)", "不是 zip 压缩包（没有数据）")
    case .oleFile: ("not a zip package but an OLE compound file: a legacy Word .doc or a password-protected document; save it as .docx without a password",
                    "不是 zip 文档包，而是 OLE 复合文件：旧版 Word .doc 或设了密码的文档；请另存为不带密码的 .docx")
    case .truncatedNoDirectory: ("the archive is truncated (it starts like a zip but its central directory is missing)",
                                 "压缩包不完整（开头像 zip，但缺少中央目录）")
    case .truncated: ("unexpected end of data, the archive is truncated", "数据意外结束，压缩包不完整")
    case .twoEntriesSameName: ("two entries have the same name", "两个条目同名")
    case .libzipReadsEntryAs: ("libzip reads entry #{index} as {name}", "libzip 把第 {index} 个条目读作 {name}")
    case .directoryCountMismatch: ("the central directory holds {records} entries but the end record declares {declared}",
                                   "中央目录有 {records} 个条目，但结束记录声明为 {declared} 个")
    case .nulInName: ("entry name contains a NUL byte (entry #{index})", "条目名含有 NUL 字节（第 {index} 个条目）")
    case .noSuchEntry: ("no such entry in this archive", "压缩包中没有此条目")
    case .inflatesPastDeclared: ("entry inflates past the {size} bytes its header declares", "条目解压后超过其头部声明的 {size} 字节")
    case .inflatesToOtherSize: ("entry inflates to {inflated} bytes but declares {size}", "条目解压后为 {inflated} 字节，但声明为 {size} 字节")
    case .declaresPastLimit: ("entry declares {size}, past the {limit} limit", "条目声明大小为 {size}，超过 {limit} 的上限")
    case .wouldInflatePastTotal: ("archive would inflate past the {limit} total limit", "压缩包解压后将超过总上限 {limit}")
    case .inflatesPastLimit: ("entry inflates past the {limit} limit", "条目解压后超过 {limit} 的上限")
    case .compressionRatio: ("entry inflates more than {ratio} times its compressed size ({size}), a likely zip bomb",
                             "条目解压后超过其压缩大小（{size}）的 {ratio} 倍，可能是压缩炸弹")
    case .inflatesPastTotal: ("archive inflates past the {limit} total limit", "压缩包解压后超过总上限 {limit}")
    case .directoryMisplaced: ("the end record puts the central directory at byte {offset}, but it ends at byte {end}: data was put before the archive or two archives were joined",
                               "结束记录把中央目录放在第 {offset} 字节，但它在第 {end} 字节结束：压缩包前面加了数据，或两个压缩包被拼在一起")
    case .archiveAfterEnd: ("data after the archive's end record holds another archive", "压缩包结束记录之后的数据中还有一个压缩包")
    case .archiveBeforeStart: ("data before the archive holds another archive", "压缩包之前的数据中还有一个压缩包")
    case .entryOverlaps: ("the entry overlaps entry {other}", "该条目与条目 {other} 重叠")
    case .localHeaderMissing: ("the entry's local header is missing", "缺少该条目的本地头")
    case .localHeaderCutShort: ("the entry's local header is cut short", "该条目的本地头不完整")
    case .localNameDiffers: ("the local header names the entry {local}, the central directory {central}",
                             "本地头把该条目命名为 {local}，中央目录则为 {central}")
    case .methodsDiffer: ("the local header and the central directory give different compression methods", "本地头与中央目录给出的压缩方法不同")
    case .crcOrSizesDiffer: ("the local header and the central directory give different CRCs or sizes", "本地头与中央目录给出的 CRC 或大小不同")
    case .dataRunsIntoDirectory: ("the entry's data runs into the central directory", "该条目的数据延伸进了中央目录")
    case .unicodePathDiffers: ("the {header}'s Unicode Path extra field names the entry {name}: readers disagree on its name",
                               "{header}的 Unicode Path 附加字段把该条目命名为 {name}：不同阅读器会读出不同的名称")
    case .alreadyClosed: ("archive already closed", "压缩包已关闭")
    case .alreadyFinished: ("the archive was already finished", "压缩包已经写完")
    case .tooManyEntries: ("archive has {count} entries, more than the limit of {limit}", "压缩包有 {count} 个条目，超过上限 {limit}")
    case .duplicateName: ("duplicate entry name", "条目名重复")
    case .differsInCase: ("entry name differs only in case from {other}", "条目名与 {other} 只有大小写不同")
    case .incompleteHeader: ("incomplete entry header", "条目头不完整")
    case .nameNotUTF8: ("entry name is not valid UTF-8", "条目名不是有效的 UTF-8")
    case .encryptedMethod: ("entry is encrypted (method {method})", "条目已加密（方法 {method}）")
    case .emptyName: ("empty entry name", "条目名为空")
    case .absoluteName: ("absolute entry name (leading \"/\")", "条目名是绝对路径（以“/”开头）")
    case .backslashInName: ("entry name contains a backslash", "条目名含有反斜杠")
    case .driveLetterName: ("entry name starts with a drive letter", "条目名以盘符开头")
    case .controlCharacterInName: ("entry name contains a control character", "条目名含有控制字符")
    case .dotDotInName: ("entry name contains a \"..\" segment", "条目名含有“..”路径段")
    case .checksum: ("checksum (CRC) mismatch, the entry data is damaged", "校验和（CRC）不符，条目数据已损坏")
    case .inconsistent: ("inconsistent archive structure ({text})", "压缩包结构不一致（libzip：{text}）")
    case .unexpectedEnd: ("unexpected end of data, the archive is truncated", "数据意外结束，压缩包不完整")
    case .compressionUnsupported: ("unsupported compression method", "不支持的压缩方法")
    case .encrypted: ("entry is encrypted", "条目已加密")
    case .compressedDataDamaged: ("the compressed data is damaged", "压缩数据已损坏")
    case .outOfMemory: ("out of memory", "内存不足")
    case .libzipError: ("{text}", "libzip 错误：{text}")
    case .notAFilePath: ("not a file path", "不是文件路径")
    case .wouldOverwriteInput: ("refusing to overwrite the input file", "拒绝覆盖输入文件")
    case .wouldOverwriteInputNamed: ("refusing to overwrite the input file {input}", "拒绝覆盖输入文件 {input}")
    case .noUniqueTemporaryFile: ("cannot create a unique temporary file in {folder}", "无法在 {folder} 中创建唯一的临时文件")
    case .fileInFolderPath: ("cannot create the folder: '{path}' is a file where a folder should be", "无法创建文件夹：'{path}' 是文件，而此处应是文件夹")
    case .failed: ("{action}: {cause}", "{action}：{cause}")
    case .diskFull: ("disk full: {action} ({cause})", "磁盘已满：{action}（{cause}）")
    case .cannotWrite: ("cannot write", "无法写入")
    case .cannotSetPermissions: ("cannot set permissions", "无法设置权限")
    case .cannotFlush: ("cannot flush to disk", "无法写入磁盘")
    case .cannotReplace: ("cannot replace the file", "无法替换文件")
    case .cannotCreateFile: ("cannot create the file", "无法创建文件")
    case .cannotOpenFolderToFlush: ("cannot open the folder to flush it", "无法打开文件夹以写入磁盘")
    case .cannotCreateTemporaryFile: ("cannot create a temporary file in {folder}", "无法在 {folder} 中创建临时文件")
    case .cannotCreateFolder: ("cannot create the folder", "无法创建文件夹")
    case .cannotCreateZipSource: ("cannot create a zip source", "无法创建 zip 数据源")
    case .cannotCreateArchive: ("cannot create an in-memory archive", "无法在内存中创建压缩包")
    case .cannotAddEntry: ("cannot add the entry", "无法添加条目")
    case .cannotConfigureEntry: ("cannot configure the entry", "无法设置条目")
    case .cannotMeasureArchive: ("cannot measure the archive", "无法获取压缩包大小")
    case .cannotReadBack: ("cannot read the archive back", "无法读回压缩包")
    case .cannotWriteArchive: ("cannot write the archive", "无法写入压缩包")
    case .cannotCopyFrom: ("cannot copy from {file}: {cause}", "无法从 {file} 复制：{cause}")
    case .manifestNotWritten: ("{detail}; the manifest could not be written: {account}", "{detail}；清单未能写入：{account}")
    case .documentsWrittenBefore: ("{written} of {total} documents were written to {folder} before it",
                                   "此前已有 {written}/{total} 份文档写入 {folder}")
    case .zipNotWritten: ("the zip archive was not written", "zip 压缩包未写入")
    case .centralDirectory: ("central directory", "中央目录")
    case .localHeader: ("local header", "本地头")
    case .noShippedTemplate: ("no shipped template '{name}' found; looked in {folders} (set GONGWEN_TEMPLATES to the templates folder, or give the template's path)",
                                "找不到随附模板 '{name}'；已查找 {folders}（请把 GONGWEN_TEMPLATES 设为模板文件夹，或给出模板的路径）")
    }
  }
}
