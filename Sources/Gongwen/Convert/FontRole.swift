import Foundation

/// One of the official faces of GB/T 9704, the names documents ask for it by, how to recognise a face of
/// its kind by its PostScript name, and the Debian package with a free face of that kind.
package struct FontRole: Sendable, Hashable {
  /// The role's name: 仿宋, 楷体, 黑体, 小标宋 or 宋体.
  package let name: String
  /// Font names a document uses for the role (the licensed originals first).
  package let requested: [String]
  /// Lower-case fragments one of which a PostScript name of a face of this kind contains.
  let kindMarkers: [String]
  /// The Debian package whose free face stands in for the role.
  package let package: String

  package static let fangSong = FontRole(name: "仿宋", requested: ["仿宋_GB2312", "仿宋", "FangSong", "FangSong_GB2312"],
                                        kindMarkers: ["fang"], package: "texlive-lang-chinese")
  package static let kaiTi = FontRole(name: "楷体", requested: ["楷体_GB2312", "楷体", "KaiTi", "KaiTi_GB2312"],
                                     kindMarkers: ["kai"], package: "fonts-arphic-gkai00mp")
  package static let heiTi = FontRole(name: "黑体", requested: ["黑体", "SimHei"],
                                     kindMarkers: ["hei", "sans"], package: "fonts-noto-cjk")
  package static let xiaoBiaoSong = FontRole(name: "小标宋", requested: ["方正小标宋简体", "方正小标宋_GBK"],
                                            kindMarkers: ["biaosong", "song", "serif", "sung", "ming"], package: "fonts-noto-cjk")
  package static let songTi = FontRole(name: "宋体", requested: ["宋体", "SimSun"],
                                      kindMarkers: ["song", "serif", "sung", "ming", "simsun"], package: "fonts-noto-cjk")

  package static let all: [FontRole] = [.fangSong, .kaiTi, .heiTi, .xiaoBiaoSong, .songTi]

  /// Whether a face with this PostScript name (subset prefix removed) is of the role's kind.
  package func accepts(postScriptName: String) -> Bool {
    let lower = postScriptName.lowercased()
    return kindMarkers.contains { lower.contains($0) }
  }

  /// The font names one parsed part of a document declares: `w:font` of Word's font table, ODF's
  /// `style:font-face` of its content and styles; none for any other part.
  static func declaredNames(in root: XMLNode, part: String, format: DocumentFormat) -> Set<String> {
    let element: XMLName, attribute: XMLName
    switch (format, part) {
    case (.docx, "word/fontTable.xml"): (element, attribute) = (XMLName(W.ns, "font"), XMLName(W.ns, "name"))
    case (.odt, "content.xml"), (.odt, "styles.xml"): (element, attribute) = (XMLName(ODF.styleNS, "font-face"), XMLName(ODF.styleNS, "name"))
    default: return []
    }
    var names = Set<String>()
    root.walk { node in
      guard node.isElement else { return false }
      if node.is(element), let name = node.attribute(attribute) { names.insert(name) }
      return true
    }
    return names
  }

  /// The roles asked for by any of `names`, in the order of `all`.
  static func roles(named names: Set<String>) -> [FontRole] {
    all.filter { role in role.requested.contains { names.contains($0) } }
  }
}
