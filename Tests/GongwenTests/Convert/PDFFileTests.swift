import Foundation
import Testing

@testable import Gongwen

/// What is read back from a PDF: complete or not, pages, fonts, PDF/A.
struct PDFFileTests {
  /// A small PDF laid out as LibreOffice writes one: two pages, one embedded font, XMP with PDF/A.
  static let complete = """
    %PDF-1.6
    1 0 obj
    <</Type/FontDescriptor/FontName/BAAAAA+FandolFang-Regular>>
    endobj
    2 0 obj
    <</Type/Font/Subtype/Type0/BaseFont/BAAAAA+FandolFang-Regular/Encoding/Identity-H>>
    endobj
    3 0 obj
    <</Type/Page/Parent 4 0 R>>
    endobj
    4 0 obj
    <</Type/Pages
    /Kids[ 3 0 R 5 0 R ]
    /Count 2>>
    endobj
    6 0 obj
    <</Type/Metadata/Subtype/XML/Length 80>>
    stream
    <rdf:Description pdfaid:part="2" pdfaid:conformance="B"/>
    endstream
    endobj
    trailer
    <</Size 7/Root 7 0 R>>
    startxref
    1234
    %%EOF

    """

  @Test func aCompletePdfHasItsPagesFontsAndConformance() throws {
    let pdf = try PDFFile(Array(Self.complete.utf8), document: "a.pdf")
    #expect(pdf.pageCount == 2)
    #expect(pdf.fontNames == ["FandolFang-Regular"])
    #expect(pdf.pdfAConformance == "2B")
  }

  @Test(arguments: [
    ("cut before the trailer", String(complete.prefix(200))),
    ("no header", String(complete.dropFirst(9))),
    ("no page", complete.replacingOccurrences(of: "/Count 2", with: "/Count 0")),
    ("empty", ""),
  ])
  func anIncompletePdfIsAnErrorNamingTheDocument(_ case: String, _ text: String) throws {
    #expect {
      try PDFFile(Array(text.utf8), document: "报告.pdf")
    } throws: { error in
      let conversion = error as? ConversionError
      return conversion?.kind == .incomplete && conversion?.detail.contains("报告.pdf") == true
    }
  }

  @Test func noPdfADeclarationIsNil() throws {
    let plain = Self.complete.replacingOccurrences(of: #"pdfaid:part="2" pdfaid:conformance="B""#, with: "")
    #expect(try PDFFile(Array(plain.utf8), document: "a.pdf").pdfAConformance == nil)
  }

  @Test func fontStemsCompareFamiliesWithPostScriptNames() {
    #expect(FontFallbackCheck.stem("NotoSansCJKjp-Regular-VKana").hasPrefix(FontFallbackCheck.stem("Noto Sans CJK SC")))
    #expect(!FontFallbackCheck.stem("FandolFang-Regular").hasPrefix(FontFallbackCheck.stem("Noto Sans CJK SC")))
    #expect(FontRole.fangSong.accepts(postScriptName: "FandolFang-Regular"))
    #expect(!FontRole.fangSong.accepts(postScriptName: "NotoSansCJKjp-Regular"))
    #expect(FontRole.kaiTi.accepts(postScriptName: "GBZenKai-Medium"))
  }
}
