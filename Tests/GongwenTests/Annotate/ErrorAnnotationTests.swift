import Foundation
import Testing

@testable import Gongwen

/// The annotated copy of a template carries each error as a comment at its tag, is a valid package, and
/// keeps its comments through LibreOffice.
struct ErrorAnnotationTests {
  static let repository = ShippedTemplateTests.repository
  static let hasOffice = ToolRequirement.met("soffice")

  /// A Word template with a tag split across runs, a tag in a table cell and one in the header.
  static func wordBuilder() -> WordPackageBuilder {
    let split = WordML.p(WordML.r("致{{单", rsid: "00A1B2C3") + "<w:proofErr w:type=\"spellStart\"/>"
      + WordML.r("位名}}：", rsid: "00B2C3D4") + "<w:proofErr w:type=\"spellEnd\"/>")
    let table = WordML.table(WordML.tr(WordML.cell("金额") + WordML.cell("{{金额 | number:\"0.00\"}}元")))
    var builder = WordPackageBuilder(body: WordML.para("通知") + split + table)
    builder.headers = [WordML.para("{{发文机关}}")]
    return builder
  }

  static func errors(_ template: Template, _ json: String) throws -> [TemplateError] {
    #expect(throws: TemplateErrors.self) { try template.render(try DocxHarness.json(json)) }
    do {
      _ = try template.render(try DocxHarness.json(json))
    } catch let errors as TemplateErrors {
      return errors.errors
    }
    return []
  }

  func annotatedWord() throws -> (bytes: [UInt8], errors: [TemplateError]) {
    let bytes = try Self.wordBuilder().build()
    let template = try Template(bytes: bytes, name: "notice.docx")
    let errors = try Self.errors(template, #"{"单位名称": "某局", "金额": "许多"}"#)
    #expect(errors.count == 3)
    return (try ErrorAnnotation.annotate(bytes, name: "notice.docx", errors: errors), errors)
  }

  /// The comment texts of `word/comments.xml`, by id.
  static func comments(_ package: RenderedPackage) throws -> [String: String] {
    var found: [String: String] = [:]
    for comment in try package.elements(W.name("comment"), in: "word/comments.xml") {
      let paragraphs = comment.elementChildren.filter { $0.is(W.p) }.map(\.text)
      found[comment.attribute(W.name("id")) ?? ""] = paragraphs.joined(separator: "\n")
    }
    return found
  }

  @Test func wordCommentsAnchorAtTheFailingRuns() throws {
    let (bytes, _) = try annotatedWord()
    try PackageValidation.expectValid(bytes, tags: nil)
    let package = try RenderedPackage(bytes)
    let comments = try Self.comments(package)
    #expect(comments.count == 3)
    let firstLines = Set(comments.values.compactMap { $0.split(separator: "\n").first.map(String.init) })
    #expect(firstLines.contains("error: missing value '单位名'"))
    #expect(firstLines.contains("error: missing value '发文机关'"))
    #expect(firstLines.contains { $0.hasPrefix("error: filter 'number' failed") })
    #expect(comments.values.contains { $0.contains("hint: did you mean {{单位名称}}?") })
    #expect(comments.values.contains { $0.contains("at word/header1.xml ¶1") })
    // Each range covers exactly its tag (the runs are split at the tag's ends); the header's error,
    // which cannot be shown in the header, covers the first paragraph.
    let covered = try Self.coveredTexts(package)
    #expect(Set(covered.keys) == Set(comments.keys))
    #expect(Set(covered.values) == ["{{单位名}}", "{{金额 | number:\"0.00\"}}", "通知"])
    #expect(try package.paragraphTexts().contains("致{{单位名}}："))
    #expect(try package.paragraphTexts().contains("{{金额 | number:\"0.00\"}}元"))
    #expect(try package.elements(W.name("commentReference")).count == 3)
    #expect(try package.string("[Content_Types].xml").contains("/word/comments.xml"))
    #expect(try package.string("word/_rels/document.xml.rels").contains("comments.xml"))
  }

  /// The text each Word comment range covers, by comment id.
  static func coveredTexts(_ package: RenderedPackage) throws -> [String: String] {
    var covered: [String: String] = [:]
    try package.xml("word/document.xml").root?.walk { node in
      guard node.isElement else { return false }
      if node.is(W.name("commentRangeStart")), let id = node.attribute(W.name("id")) {
        var text = ""
        var next = node.nextSibling
        while let current = next, !(current.is(W.name("commentRangeEnd")) && current.attribute(W.name("id")) == id) {
          text += current.text
          next = current.nextSibling
        }
        covered[id] = text
      }
      return true
    }
    return covered
  }

  /// Two failing tags in one run, and a tag whose text is split over two `w:t` of one run.
  @Test func tagsSharingRunsAreEachCoveredExactly() throws {
    let body = WordML.p("<w:r><w:rPr><w:b/></w:rPr><w:t>{{甲}}和{{乙}}。</w:t></w:r>")
      + WordML.p("<w:r><w:t>前{{丙</w:t><w:t>丁}}后</w:t></w:r>")
    let bytes = try WordPackageBuilder(body: body).build()
    let errors = try Self.errors(try Template(bytes: bytes, name: "t.docx"), "{}")
    #expect(errors.count == 3)
    let annotated = try RenderedPackage(try ErrorAnnotation.annotate(bytes, name: "t.docx", errors: errors))
    try PackageValidation.expectValid(try ErrorAnnotation.annotate(bytes, name: "t.docx", errors: errors), tags: nil)
    #expect(Set(try Self.coveredTexts(annotated).values) == ["{{甲}}", "{{乙}}", "{{丙丁}}"])
    #expect(try annotated.paragraphTexts() == ["{{甲}}和{{乙}}。", "前{{丙丁}}后"])
    let bold = try annotated.elements(W.r).filter { $0.child(W.rPr)?.child(W.name("b")) != nil }.map(\.text)
    #expect(bold.joined() == "{{甲}}和{{乙}}。")
  }

  @Test func existingCommentsAreKept() throws {
    var builder = Self.wordBuilder()
    builder.comment = WordML.para("请核对")
    let bytes = try builder.build()
    let template = try Template(bytes: bytes, name: "notice.docx")
    let errors = try Self.errors(template, #"{"金额": 3}"#)
    #expect(errors.map(\.kind.id) == ["missing_value", "missing_value"])
    let compile = [TemplateError(.missingValue("x"), location: nil)]
    let annotated = try ErrorAnnotation.annotate(bytes, name: "notice.docx", errors: errors + compile)
    try PackageValidation.expectValid(annotated, tags: nil)
    let package = try RenderedPackage(annotated)
    let comments = try Self.comments(package)
    #expect(comments["0"] == "请核对")
    #expect(comments.count == 1 + errors.count + 1)
    #expect(try package.string("word/_rels/document.xml.rels").components(separatedBy: "comments.xml").count == 2)
  }

  @Test func templateErrorsAreAnnotatedToo() throws {
    let bytes = try WordPackageBuilder(body: WordML.para("{{#活动}}") + WordML.para("{{名称}}")).build()
    var errors: [TemplateError] = []
    do { _ = try Template(bytes: bytes, name: "t.docx") } catch let found as TemplateErrors { errors = found.errors }
    #expect(errors.map(\.kind.id) == ["unclosed_section"])
    let annotated = try ErrorAnnotation.annotate(bytes, name: "t.docx", errors: errors)
    try PackageValidation.expectValid(annotated, tags: nil)
    let comment = try #require(try Self.comments(try RenderedPackage(annotated)).values.first)
    #expect(comment.hasPrefix("error: unclosed section '{{#活动}}'"), "\(comment)")
    #expect(comment.contains("hint: close it with a matching close tag"))
    let chinese = try ErrorAnnotation.annotate(bytes, name: "t.docx", errors: errors, language: .chinese)
    let chineseComment = try #require(try Self.comments(try RenderedPackage(chinese)).values.first)
    #expect(chineseComment.hasPrefix("错误: 区块 '{{#活动}}' 没有结束标签\n提示: "), "\(chineseComment)")
  }

  func annotatedODT() throws -> (bytes: [UInt8], count: Int) {
    let path = Self.repository.appendingPathComponent("templates/party-building-report.odt").path
    guard case .object(var data) = try DataLoader.load(path: Self.repository.appendingPathComponent("samples/party-building-2022.yaml").path)
    else { throw TemplateErrors([]) }
    data["单位名"] = data.removeValue(forKey: "单位")
    var errors: [TemplateError] = []
    do { _ = try Template(path: path).render(.object(data)) } catch let found as TemplateErrors { errors = found.errors }
    #expect(errors.count == 4)
    return (try ErrorAnnotation.annotate(try FileBytes.read(path), name: path, errors: errors), errors.count)
  }

  /// For each `office:annotation` with a name, the document text between it and its `office:annotation-end`.
  static func annotatedTexts(_ document: XMLDocument) throws -> [String: String] {
    let name = XMLName(ODF.officeNS, "name")
    var open: [String: String] = [:]
    var closed: [String: String] = [:]
    document.root?.walk { node in
      if node.isElement, node.is(XMLName(ODF.officeNS, "annotation")) {
        if let id = node.attribute(name) { open[id] = "" }
        return false
      }
      if node.isElement, node.is(XMLName(ODF.officeNS, "annotation-end")), let id = node.attribute(name) {
        closed[id] = open.removeValue(forKey: id)
      }
      if node.isText { for key in open.keys { open[key, default: ""] += node.text } }
      return true
    }
    return closed
  }

  @Test func openDocumentAnnotationsStandAtTheTag() throws {
    let (bytes, count) = try annotatedODT()
    try PackageValidation.expectValid(bytes, tags: nil)
    let package = try RenderedPackage(bytes)
    let annotations = try package.elements(XMLName(ODF.officeNS, "annotation"), in: "content.xml")
    #expect(annotations.count == count)
    for annotation in annotations {
      // The text right after the annotation starts with the tag it is about.
      var next = annotation.nextSibling
      while let current = next, current.isElement, current.localName == "annotation-end" { next = current.nextSibling }
      #expect(next?.text.hasPrefix("{{单位}}") == true || annotation.parent?.text.contains("{{单位}}") == true)
      #expect(annotation.text.contains("did you mean {{单位名}}?"))
    }
    #expect(try package.elements(XMLName(ODF.officeNS, "annotation-end"), in: "content.xml").count == count)
    let covered = try Self.annotatedTexts(try package.xml("content.xml"))
    #expect(covered.count == count && covered.values.allSatisfy { $0 == "{{单位}}" })
  }

  @Test(.enabled(if: hasOffice, "LibreOffice is not installed"))
  func commentsSurviveLibreOffice() throws {
    let (word, _) = try annotatedWord()
    let odt = try RenderedPackage(try OfficeConverter.convert(word, from: .docx, to: .odt))
    let converted = try odt.elements(XMLName(ODF.officeNS, "annotation"), in: "content.xml")
    #expect(converted.count == 3)
    #expect(converted.contains { $0.text.contains("did you mean {{单位名称}}?") })
    // LibreOffice keeps each comment's range: the text it covers is the tag.
    #expect(Set(try Self.annotatedTexts(try odt.xml("content.xml")).values) == ["{{单位名}}", "{{金额 | number:\"0.00\"}}", "通知"])

    let (openDocument, count) = try annotatedODT()
    let docx = try RenderedPackage(try OfficeConverter.convert(openDocument, from: .odt, to: .docx))
    let comments = try Self.comments(docx)
    #expect(comments.count == count)
    #expect(comments.values.allSatisfy { $0.contains("missing value '单位'") })
  }
}

/// Splitting a run keeps its properties on both halves and every character in order.
struct WordRunSplitterTests {
  static func run() throws -> (XMLDocument, XMLNode) {
    let xml = "<w:p xmlns:w=\"\(WordML.w)\"><w:r><w:rPr><w:b/></w:rPr><w:tab/><w:t>前文{{x}}后文</w:t><w:br/></w:r></w:p>"
    let document = try XMLDocument(parsing: Array(xml.utf8), part: "p.xml")
    let root = try #require(document.root)
    var text: XMLNode?
    root.walk { node in
      if node.isText, node.parent?.is(W.t) == true { text = node }
      return text == nil
    }
    return (document, try #require(text))
  }

  @Test func splitInTheMiddleMakesTwoRunsWithTheSameProperties() throws {
    let (document, text) = try Self.run()
    let second = try #require(WordRunSplitter.split(at: text, offset: "前文".utf8.count))
    let runs = try #require(document.root).elementChildren
    #expect(runs.count == 2 && runs[1] == second)
    #expect(runs.map(\.text) == ["前文", "{{x}}后文"])
    #expect(runs.allSatisfy { $0.child(W.rPr)?.child(W.name("b")) != nil })
    #expect(runs[0].child(W.tab) != nil && runs[0].child(W.br) == nil)
    #expect(runs[1].child(W.tab) == nil && runs[1].child(W.br) != nil)
  }

  @Test func splitAtTheStartOfTheRunsFirstTextKeepsTheRun() throws {
    let xml = "<w:p xmlns:w=\"\(WordML.w)\"><w:r><w:t>{{x}}</w:t></w:r></w:p>"
    let document = try XMLDocument(parsing: Array(xml.utf8), part: "p.xml")
    let run = try #require(document.root?.elementChildren.first)
    let text = try #require(run.child(W.t)?.firstChild)
    #expect(WordRunSplitter.split(at: text, offset: 0) == run)
    #expect(document.root?.elementChildren.count == 1)
  }
}
