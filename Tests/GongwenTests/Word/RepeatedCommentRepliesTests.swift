import Foundation
import Testing

@testable import Gongwen

/// A comment with a reply inside a loop (`comment-reply-in-loop`, written as Word 2016+ writes it): each
/// copy has its entries in commentsExtended.xml, commentsIds.xml and commentsExtensible.xml, with its own
/// paraId, the reply pointing at its own repetition's parent, and a durableId unique in the package.
@Suite("Comment replies in loops")
struct RepeatedCommentRepliesTests {
  static let w15 = WordCommentExtensions.w15, w16cid = WordCommentExtensions.w16cid
  static let w16cex = WordCommentExtensions.w16cex

  @Test func everyCopyHasEntriesOfItsOwnInTheExtensionParts() throws {
    let output = try RepeatedNotesTests.rendered("comment-reply-in-loop")
    let comments = try RepeatedNotesTests.root(output, "word/comments.xml")
    // Each comment's last paragraph, by comment id, and each comment's text.
    var lastParagraph: [String: String] = [:]
    var texts: [String: String] = [:]
    for comment in RepeatedNotesTests.elements(comments, W.name("comment")) {
      let id = try #require(comment.attribute(W.annotationID))
      lastParagraph[id] = RepeatedNotesTests.elements(comment, W.p).last?.attribute(W14.paraId)
      texts[id] = RepeatedNotesTests.text(comment)
    }
    #expect(lastParagraph.count == 4)
    let extended = RepeatedNotesTests.elements(try RepeatedNotesTests.root(output, "word/commentsExtended.xml"),
                                               XMLName(Self.w15, "commentEx"))
    let paraIds = extended.compactMap { $0.attribute(XMLName(Self.w15, "paraId")) }
    #expect(Set(paraIds) == Set(lastParagraph.values), "one commentEx per comment: \(paraIds)")
    // Every reply points at the parent copied in its own repetition.
    var commentByParagraph: [String: String] = [:]
    for (id, para) in lastParagraph { commentByParagraph[para] = id }
    var replies: [(reply: String, parent: String)] = []
    for entry in extended {
      guard let parent = entry.attribute(XMLName(Self.w15, "paraIdParent")) else { continue }
      let reply = try #require(entry.attribute(XMLName(Self.w15, "paraId")).flatMap { commentByParagraph[$0] })
      replies.append((try #require(texts[reply]), try #require(commentByParagraph[parent].flatMap { texts[$0] })))
    }
    #expect(replies.map(\.reply).sorted() == ["已核乙项目。", "已核甲项目。"])
    for (reply, parent) in replies {
      #expect(reply.contains("甲") == parent.contains("3600"), "\(reply) answers \(parent)")
    }
    let ids = RepeatedNotesTests.elements(try RepeatedNotesTests.root(output, "word/commentsIds.xml"),
                                          XMLName(Self.w16cid, "commentId"))
    #expect(Set(ids.compactMap { $0.attribute(XMLName(Self.w16cid, "paraId")) }) == Set(paraIds))
    let durable = ids.compactMap { $0.attribute(XMLName(Self.w16cid, "durableId")) }
    #expect(durable.count == 4 && Set(durable).count == 4, "\(durable)")
    #expect(durable.allSatisfy { (Int($0, radix: 16) ?? Int.max) < 0x7FFF_FFFF })
    let extensible = RepeatedNotesTests.elements(try RepeatedNotesTests.root(output, "word/commentsExtensible.xml"),
                                                 XMLName(Self.w16cex, "commentExtensible"))
    #expect(Set(extensible.compactMap { $0.attribute(XMLName(Self.w16cex, "durableId")) }) == Set(durable))
  }

  @Test func theOutputIsValid() throws {
    let c = try E2ECase("comment-reply-in-loop")
    guard case .rendered(let bytes) = try c.run() else {
      Issue.record("comment-reply-in-loop did not render")
      return
    }
    try PackageValidation.expectValid(bytes)
  }
}

/// LibreOffice reads every copied comment and reply back from the Word output.
@Suite("Comment replies in loops read by LibreOffice")
struct RepeatedCommentRepliesLibreOfficeTests {
  @Test func libreOfficeReadsEveryCommentAndReply() throws {
    let soffice = try #require(PackageValidation.findExecutable("soffice"))
    let dir = try TestDirectory()
    defer { dir.remove() }
    let c = try E2ECase("comment-reply-in-loop")
    guard case .rendered(let bytes) = try c.run() else {
      Issue.record("comment-reply-in-loop did not render")
      return
    }
    let path = dir.path("replies.docx")
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let profile = NSTemporaryDirectory() + "gongwen-replies-lo-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: profile) }
    _ = try E2EOutputs.run(soffice, ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "odt",
                                     "--outdir", dir.path("odt"), path], timeout: 300)
    let odt = try ZipArchive(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: dir.path("odt/replies.odt")))),
                             name: "replies.odt")
    let content = try RepeatedNotesTests.root(odt, "content.xml")
    let annotations = RepeatedNotesTests.elements(content, XMLName(ODF.officeNS, "annotation"))
    let texts = annotations.map { annotation in
      RepeatedNotesTests.elements(annotation, ODF.p).map { OpenDocumentSplitTagTests.paragraphs($0).joined() }.joined()
    }
    // A reply and its parent share an anchor; LibreOffice lists them in either order.
    #expect(texts.sorted() == ["已核乙项目。", "已核甲项目。", "请王处长复核金额（1200万元）。", "请王处长复核金额（3600万元）。"].sorted(),
            "\(texts)")
    #expect(texts.firstIndex { $0.contains("3600") } ?? 9 < 2 && texts.firstIndex { $0.contains("已核甲") } ?? 9 < 2,
            "the first repetition's comment and reply come first: \(texts)")
    let names = annotations.compactMap { $0.attribute(ODF.annotationName) }
    #expect(Set(names).count == names.count, "\(names)")
  }
}
