import Foundation
import Testing

@testable import Gongwen

/// A new user's quarterly report, in both formats, from an Excel unit table through a batch: a column per
/// quarter (a column loop over the quarters a dotted header groups), a sentence that says 增长 or 下降
/// with the percentage from two figures, and the same table written for docxtemplater (`{ }`, `{/}`,
/// `{-w:tr x}`). LibreOffice's PDF text is read back.
@Suite("EndToEnd quarterly report")
struct EndToEndQuarterlyTests {
  static let hasTools = PackageValidation.findExecutable("soffice") != nil
    && PackageValidation.findExecutable("pdftotext") != nil

  static let units = """
    单位,完成.一季度,完成.二季度,完成.三季度,完成.四季度,本年,上年
    市教育局,30,25,40,35,130,120
    市卫健委,20,22.5,18,15,75.5,90

    """

  /// Our syntax: a column loop in the header and the body row, and the sentence.
  static func report() -> WordPackageBuilder {
    let header = WordML.tr(WordML.cell("单位", width: 2400) + WordML.cell("{{-列 完成 | items}}{{key}}{{/完成}}", width: 6000))
    let body = WordML.tr(WordML.cell("{{单位}}", width: 2400) + WordML.cell("{{-列 完成 | items}}{{value}}{{/}}", width: 6000))
    return WordPackageBuilder(body: WordML.para("{{单位}}季度完成情况") + WordML.table(header + body, columns: [2400, 6000])
      + WordML.para("全年完成{{本年}}件，同比{{#本年 >= 上年}}增长{{/}}{{^本年 >= 上年}}下降{{/}}"
        + "{{abs(本年 - 上年) / 上年 | percent:1}}。"))
  }

  /// docxtemplater's syntax: `{ }`, a row per quarter with `{-w:tr …}`, sections closed by `{/}`.
  static func docxtemplater() -> WordPackageBuilder {
    let header = WordML.tr(WordML.cell("季度") + WordML.cell("件数"))
    let row = WordML.tr(WordML.cell("{-w:tr 完成 | items}{key}") + WordML.cell("{value}{/}"))
    return WordPackageBuilder(body: WordML.para("{单位}") + WordML.table(header + row)
      + WordML.para("{#本年 > 上年}比上年多{本年 - 上年}件{/}{^本年 > 上年}比上年少{上年 - 本年}件{/}"))
  }

  /// The unit table as Excel writes it: texts in the shared strings, numbers as values, one worksheet.
  static func spreadsheet(in folder: TestDirectory) throws -> String {
    let rows = units.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
    var strings: [String] = []
    var sheet = ""
    for (r, row) in rows.enumerated() {
      sheet += "<row r=\"\(r + 1)\">"
      for (c, cell) in row.enumerated() {
        let reference = String(UnicodeScalar(UInt8(65 + c))) + "\(r + 1)"
        if Double(cell) != nil {
          sheet += "<c r=\"\(reference)\"><v>\(cell)</v></c>"
        } else {
          if !strings.contains(cell) { strings.append(cell) }
          sheet += "<c r=\"\(reference)\" t=\"s\"><v>\(strings.firstIndex(of: cell) ?? 0)</v></c>"
        }
      }
      sheet += "</row>"
    }
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    let parts: [(String, String)] = [
      ("[Content_Types].xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>
        """),
      ("_rels/.rels", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>
        """),
      ("xl/workbook.xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="\(main)" xmlns:r="\(rel)">\
        <sheets><sheet name="汇总" sheetId="1" r:id="rId1"/></sheets></workbook>
        """),
      ("xl/_rels/workbook.xml.rels", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(rel)/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="\(rel)/sharedStrings" Target="sharedStrings.xml"/></Relationships>
        """),
      ("xl/worksheets/sheet1.xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="\(main)"><sheetData>\(sheet)</sheetData></worksheet>
        """),
      ("xl/sharedStrings.xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="\(main)" count="\(strings.count)" uniqueCount="\(strings.count)">\
        \(strings.map { "<si><t>\($0)</t></si>" }.joined())</sst>
        """),
    ]
    let writer = try ZipWriter(name: "units.xlsx")
    for (name, text) in parts { try writer.add(name: name, bytes: Array(text.utf8)) }
    try TestImages.write(try writer.finish(), to: folder.path("units.xlsx"))
    return folder.path("units.xlsx")
  }

  static func pdfText(_ bytes: [UInt8], format: DocumentFormat, in folder: TestDirectory, name: String) throws -> String {
    let pdf = try OfficeConverter.convert(bytes, from: format, to: .pdf)
    try TestImages.write(pdf, to: folder.path(name + ".pdf"))
    let text = try ProcessRunner.run(try #require(PackageValidation.findExecutable("pdftotext")),
                                     ["-layout", folder.path(name + ".pdf"), "-"]).stdout
    return text
  }

  @Test("quarterly report and docxtemplater template from an .xlsx batch → docx/odt → PDF",
        .enabled(if: hasTools, "soffice or pdftotext missing"), arguments: [DocumentFormat.docx, .odt])
  func quarterlyReport(_ format: DocumentFormat) throws {
    let folder = try TestDirectory()
    defer { folder.remove() }
    let units = try UnitTableLoader.load(path: try Self.spreadsheet(in: folder))
    for (name, builder, delimiters) in [("报告", Self.report(), Delimiters.standard),
                                        ("兼容", Self.docxtemplater(), Delimiters(open: "{", close: "}"))] {
      var bytes = try builder.build()
      if format == .odt { bytes = try OfficeConverter.convert(bytes, from: .docx, to: .odt) }
      let template = try Template(bytes: bytes, name: "\(name).\(format.rawValue)", options: TemplateOptions(delimiters: delimiters))
      let out = folder.path("out-\(name)")
      let summary = try BatchRunner(template: template, units: units, options: BatchOptions(outputDirectory: out)).run()
      #expect(summary.failed == 0 && summary.written == 2, "\(name): \(summary)")
      for unit in ["市教育局", "市卫健委"] {
        let document = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(out)/\(unit).\(format.rawValue)")))
        try PackageValidation.expectValid(document, tags: (delimiters.open, delimiters.close))
        let text = try Self.pdfText(document, format: format, in: folder, name: "\(name)-\(unit)")
        let compact = text.filter { !$0.isWhitespace }
        let expected: [String]
        switch (name, unit) {
        case ("报告", "市教育局"):
          expected = ["市教育局季度完成情况", "单位一季度二季度三季度四季度", "市教育局30254035", "全年完成130件，同比增长8.3%。"]
        case ("报告", _):
          expected = ["单位一季度二季度三季度四季度", "市卫健委2022.51815", "全年完成75.5件，同比下降16.1%。"]
        case (_, "市教育局"):
          expected = ["季度件数", "一季度30", "二季度25", "三季度40", "四季度35", "比上年多10件"]
        default:
          expected = ["一季度20", "二季度22.5", "四季度15", "比上年少14.5件"]
        }
        for line in expected {
          #expect(compact.contains(line), "\(format) \(name) \(unit): '\(line)' missing from the PDF text:\n\(text)")
        }
      }
    }
  }
}
