import Foundation

/// A LibreOffice Basic library kept in Gongwen's conversion profiles (see `OfficeProfile`) that
/// fixes, as each document finishes loading, what LibreOffice's Word import leaves out.
///
/// Today that is one thing: Word's `w:autoSpaceDE`/`w:autoSpaceDN` (see `WordAutospace`). A document
/// that turns them off is converted with a marker file beside it (`<input>.no-autospace`); the macro,
/// bound to LibreOffice's "document loaded" event, then turns automatic Asian–Latin spacing off in
/// every paragraph style. Documents without a marker, and every document converted outside Gongwen's
/// profiles, are left as LibreOffice reads them. The macro never stops a conversion: any error in it
/// is ignored.
enum OfficeLayoutMacro {
  static let library = "GongwenLayout"
  static let module = "Autospace"
  static let event = "OnLoadFinished"
  /// The suffix of the marker file that asks for automatic spacing to be off.
  static let noAutospaceSuffix = ".no-autospace"

  static var scriptURL: String {
    "vnd.sun.star.script:\(library).\(module).DocumentLoaded?language=Basic&location=application"
  }

  /// Marks `input` (about to be converted) as a document whose automatic spacing must be off.
  static func markNoAutospace(_ input: URL) throws {
    try Data().write(to: URL(fileURLWithPath: input.path + noAutospaceSuffix))
  }

  /// The Basic source of the module.
  static let source = """
    REM Gongwen: applies Word settings that LibreOffice's import leaves out, to documents Gongwen converts.
    Sub DocumentLoaded(oEvent As Object)
      On Error GoTo Done
      Dim oDoc As Object
      oDoc = oEvent.Source
      If oDoc.URL = "" Then GoTo Done
      If Not FileExists(ConvertFromURL(oDoc.URL) & "\(noAutospaceSuffix)") Then GoTo Done
      Dim oStyles As Object
      Dim i As Long
      oStyles = oDoc.StyleFamilies.getByName("ParagraphStyles")
      For i = 0 To oStyles.Count - 1
        oStyles.getByIndex(i).ParaIsCharacterDistance = False
      Next i
    Done:
    End Sub
    """

  /// The module file LibreOffice reads (`<name>.xba`).
  static var moduleFile: String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
    <script:module xmlns:script="http://openoffice.org/2000/script" script:name="\(module)" script:language="StarBasic">\(
      escaped(source))</script:module>

    """
  }

  /// The library's index (`script.xlb`).
  static var libraryFile: String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
    <library:library xmlns:library="http://openoffice.org/2000/library" library:name="\(library)" library:readonly="true" library:passwordprotected="false">
     <library:element library:name="\(module)"/>
    </library:library>

    """
  }

  /// The profile's list of Basic libraries (`script.xlc`): LibreOffice's own `Standard` and this one.
  static var containerFile: String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE library:libraries PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "libraries.dtd">
    <library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink">
     <library:library library:name="Standard" library:link="false"/>
     <library:library library:name="\(library)" xlink:href="$(USER)/basic/\(library)/script.xlb/" xlink:type="simple" library:link="false"/>
    </library:libraries>

    """
  }

  private static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }
}
