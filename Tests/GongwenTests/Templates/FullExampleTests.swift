import Foundation
import Testing

@testable import Gongwen

/// Every shipped template with a full example (samples/full/: every element it has, 附件 pages
/// included) renders in both formats, valid, with each element's text printed, and conforms to GB/T 9704.
struct FullExampleTests {
  static let templates = ["report", "request", "minutes", "order", "letter"]

  @Test(arguments: templates, ["docx", "odt"])
  func theFullExampleRendersEveryElementAndConforms(_ template: String, _ format: String) throws {
    let repository = ShippedTemplateTests.repository
    let samples = repository.appendingPathComponent("samples/full")
    let data = try DataLoader.load(path: samples.appendingPathComponent("\(template).yaml").path)
    let options = TemplateOptions(baseDirectory: samples.path)
    let bytes = try Template(path: repository.appendingPathComponent("templates/\(template).\(format)").path, options: options).render(data)
    try PackageValidation.expectValid(bytes)
    let archive = try ZipArchive(bytes: bytes, name: "\(template).\(format)")
    let main = String(decoding: try #require(try archive.read(named: format == "docx" ? "word/document.xml" : "content.xml")), as: UTF8.self)
    #expect(!main.contains("{{"))
    guard case .object(let fields) = data else { throw CocoaError(.fileReadCorruptFile) }
    // each element given as text prints (dates in the standard's form), and so do the first 抄送 and 附件
    for key in ["份号", "密级", "紧急程度", "发文字号", "签发人", "令号", "附注", "发文机关署名", "印发机关"] {
      guard case .string(let text)? = fields[key] else { continue }
      #expect(main.contains(text), "\(template).\(format): \(key) “\(text)” is not printed")
    }
    if case .list(let copies)? = fields["抄送机关"], case .string(let first)? = copies.first {
      #expect(main.contains(first), "\(template).\(format): 抄送 “\(first)” is not printed")
    }
    if case .list(let attachments)? = fields["附件"], case .object(let first)? = attachments.first, case .string(let title)? = first["标题"] {
      #expect(main.contains("附件1"), "\(template).\(format): no 附件 page")
      #expect(main.contains(title), "\(template).\(format): 附件 “\(title)” is not printed")
    }
    #expect(try FormatCheck.check(bytes: bytes, name: "\(template).\(format)") == [])
  }
}
