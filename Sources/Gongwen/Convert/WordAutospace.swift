/// Whether a Word document turns off the automatic space between Chinese and Latin text or digits.
///
/// Word's `w:autoSpaceDE` (Latin) and `w:autoSpaceDN` (digits) default to on; official templates turn
/// both off so that "关于2023年度" prints without gaps. LibreOffice's Word import ignores both, so a PDF
/// made from such a document would show "关于 2023 年度" where the ODT path and Word print none; the
/// conversion then turns LibreOffice's own setting off (see `OfficeLayoutMacro`).
enum WordAutospace {
  /// True when the paragraph defaults (`w:pPrDefault`) or the default paragraph style turn both
  /// kinds of automatic spacing off; false when either stays on or the styles cannot be read.
  static func isOff(in bytes: [UInt8]) -> Bool {
    guard let archive = try? ZipArchive(bytes: bytes, name: "document"),
      let styles = try? archive.read(named: "word/styles.xml"),
      let xml = try? XMLDocument(parsing: styles, part: "word/styles.xml"), let root = xml.root
    else { return false }
    return isOff(styles: root)
  }

  /// The same, for the root of a parsed `word/styles.xml`.
  static func isOff(styles root: XMLNode) -> Bool {
    var defaults: XMLNode?
    var defaultStyle: XMLNode?
    for child in root.children where child.isElement {
      if child.is(W.name("docDefaults")) {
        defaults = child.child(W.name("pPrDefault"))?.child(W.pPr)
      } else if child.is(W.name("style")), child.attribute(W.name("type")) == "paragraph",
        child.attribute(W.name("default")).map(isOn) == true
      {
        defaultStyle = child.child(W.pPr)
      }
    }
    // The default style's own setting wins over the document defaults it inherits.
    let latin = setting("autoSpaceDE", in: defaultStyle) ?? setting("autoSpaceDE", in: defaults) ?? true
    let digits = setting("autoSpaceDN", in: defaultStyle) ?? setting("autoSpaceDN", in: defaults) ?? true
    return !latin && !digits
  }

  /// The on/off value of the element `name` in `properties`, or nil when it is absent.
  private static func setting(_ name: String, in properties: XMLNode?) -> Bool? {
    guard let element = properties?.child(W.name(name)) else { return nil }
    return isOn(element.attribute(W.val))
  }

  /// An `ST_OnOff` value: absent means on.
  private static func isOn(_ value: String?) -> Bool {
    guard let value else { return true }
    return !["0", "false", "off"].contains(value)
  }
}
