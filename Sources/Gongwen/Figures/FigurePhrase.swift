import GongwenTemplate

/// Why a picture or chart value cannot become a figure, in English and Chinese.
package enum FigurePhrase: String, PhraseText {
  case truncated, cannotStandHere, cannotStandInRun, captionNeedsBlock, noPicture, imageObjectNeedsPath
  case fieldMustBeText, imageTagNeeds, pathEmpty, unknownSignature, imageFile, fileProblem
  case noSuchAbsoluteFile, noSuchRelativeFile, isFolder, notRegularFile, tooLarge, unreadable, overTotal
  case noPixels, tooManyPixels, notALength, notPositiveLength, lengthNeedsUnit, corruptPNG, corruptJPEGMarker
  case corruptJPEGSegment, corruptJPEGFrame, corruptBMPHeader, chartKind, chartNeedsCategories
  case tooManyCategories, categoryKind, chartNeedsSeries, tooManySeries, pieSeries, seriesNotObject
  case seriesNeedsValues, seriesValueCount, seriesValueNotNumber, thisFolder, theseFolders

  package var texts: (english: String, chinese: String) {
    switch self {
    case .truncated:
      ("is truncated or corrupt (the file ends inside its own structure)", "已截断或损坏（文件在其自身结构中途结束）")
    case .cannotStandHere:
      ("a picture cannot stand here; put the tag in the text of a paragraph", "图片不能放在这里；请把标签放在段落的文字中")
    case .cannotStandInRun: ("a picture cannot stand here", "图片不能放在这里")
    case .captionNeedsBlock:
      ("a caption needs the tag alone in its paragraph (a block figure)", "带题注的图片需要标签独占一段（块级图片）")
    case .noPicture:
      ("no picture is given; when it is optional, wrap the tag in {open}…{close}",
       "没有给出图片；图片可有可无时，请把标签放在 {open}…{close} 之间")
    case .imageObjectNeedsPath:
      ("an image object needs \"path\" (the picture file), or \"chart\" for a chart",
       "图片对象需要 \"path\"（图片文件），图表则需要 \"chart\"")
    case .fieldMustBeText: ("\"{field}\" must be text, not {kind}", "\"{field}\" 必须是文本，不能是{kind}")
    case .imageTagNeeds:
      ("an image tag needs a file path or an object with \"path\" or \"chart\", not {kind}",
       "图片标签需要文件路径，或带 \"path\" 或 \"chart\" 的对象，不能是{kind}")
    case .pathEmpty: ("the image path is empty", "图片路径为空")
    case .unknownSignature:
      ("is not a PNG, JPEG, GIF or BMP picture (unknown file signature)", "不是 PNG、JPEG、GIF 或 BMP 图片（文件签名未知）")
    case .imageFile: ("image file {path} ({resolved}) || image file {path}", "图片文件 {path}（{resolved}） || 图片文件 {path}")
    case .fileProblem: ("{file} {problem}", "{file} {problem}")
    case .noSuchAbsoluteFile: ("{file}: no such file", "{file}：文件不存在")
    case .noSuchRelativeFile:
      ("image file {path}: no such file in {folders} (relative pictures are read from {where})",
       "图片文件 {path}：在 {folders} 中不存在（相对路径的图片从{where}读取）")
    case .thisFolder: ("this folder", "该文件夹")
    case .theseFolders: ("these folders", "这些文件夹")
    case .isFolder: ("{file} is a folder, not a picture", "{file} 是文件夹，不是图片")
    case .notRegularFile: ("{file} is not a regular file", "{file} 不是普通文件")
    case .tooLarge: ("{file} is {size} MB; pictures are limited to 100 MB", "{file} 有 {size} MB；图片不能超过 100 MB")
    case .unreadable: ("{file} cannot be read (permissions?)", "{file} 无法读取（权限不足？）")
    case .overTotal: ("{file} would bring the document's pictures over 1 GB", "加上 {file}，文档中的图片将超过 1 GB")
    case .noPixels: ("{file} has no pixels ({width} × {height})", "{file} 没有像素（{width} × {height}）")
    case .tooManyPixels:
      ("{file} is {width} × {height} pixels; at most {limit} a side", "{file} 为 {width} × {height} 像素；每边最多 {limit}")
    case .notALength:
      ("{field} must be a length such as \"5cm\", not {kind}", "{field} 必须是长度（如 \"5cm\"），不能是{kind}")
    case .notPositiveLength: ("{field} \"{text}\" is not a positive length", "{field} \"{text}\" 不是正的长度")
    case .lengthNeedsUnit:
      ("{field} \"{text}\" needs a unit: cm, mm, pt, in or px (e.g. \"5cm\")",
       "{field} \"{text}\" 需要单位：cm、mm、pt、in 或 px（如 \"5cm\"）")
    case .corruptPNG: ("is a corrupt PNG file (no IHDR chunk)", "是损坏的 PNG 文件（没有 IHDR 块）")
    case .corruptJPEGMarker: ("is a corrupt JPEG file (bad marker)", "是损坏的 JPEG 文件（标记错误）")
    case .corruptJPEGSegment: ("is a corrupt JPEG file (bad segment length)", "是损坏的 JPEG 文件（段长度错误）")
    case .corruptJPEGFrame: ("is a corrupt JPEG file (no frame header)", "是损坏的 JPEG 文件（没有帧头）")
    case .corruptBMPHeader: ("is a corrupt BMP file (unknown header size {size})", "是损坏的 BMP 文件（头部大小 {size} 未知）")
    case .chartKind: ("\"chart\" must be one of bar, column, line or pie", "\"chart\" 必须是 bar、column、line 或 pie 之一")
    case .chartNeedsCategories:
      ("a chart needs \"categories\", a non-empty list of labels", "图表需要 \"categories\"，即非空的标签列表")
    case .tooManyCategories:
      ("a chart takes at most {limit} categories, not {count}", "图表最多 {limit} 个类别，这里有 {count} 个")
    case .categoryKind: ("chart categories must be text or numbers, not {kind}", "图表类别必须是文本或数字，不能是{kind}")
    case .chartNeedsSeries:
      ("a chart needs \"series\", a non-empty list of name and values objects",
       "图表需要 \"series\"，即由含 name 和 values 的对象组成的非空列表")
    case .tooManySeries: ("a chart takes at most {limit} series, not {count}", "图表最多 {limit} 个系列，这里有 {count} 个")
    case .pieSeries: ("a pie chart takes exactly one series, not {count}", "饼图只能有一个系列，这里有 {count} 个")
    case .seriesNotObject:
      ("chart series {number} must be an object with name and values, not {kind}",
       "图表第 {number} 个系列必须是含 name 和 values 的对象，不能是{kind}")
    case .seriesNeedsValues:
      ("chart series {number} ({name}) needs \"values\", a list of numbers", "图表第 {number} 个系列（{name}）需要 \"values\"，即数字列表")
    case .seriesValueCount:
      ("chart series {number} ({name}) has {count} values but there are {categories} categories",
       "图表第 {number} 个系列（{name}）有 {count} 个值，而类别有 {categories} 个")
    case .seriesValueNotNumber:
      ("value {position} of chart series {number} ({name}) is not a number: {value}",
       "图表第 {number} 个系列（{name}）的第 {position} 个值不是数字：{value}")
    }
  }
}
