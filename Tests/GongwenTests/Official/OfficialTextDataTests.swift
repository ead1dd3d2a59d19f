import Foundation
import Testing

@testable import Gongwen

/// The roles become the official templates' data keys; nothing absent is invented.
struct OfficialTextDataTests {
  static func data(_ name: String) throws -> Value { try LineRoleTests.read(name).data }

  @Test func aNoticeCarriesEveryElementUnderItsKey() throws {
    let data = try Self.data("notice.txt")
    #expect(data["标题"] == .string("某市安全生产委员会办公室关于开展2024年安全生产大检查的通知"))
    #expect(data["主送机关"] == .string("各区县安委会，市安委会各成员单位"))
    #expect(data["附件"] == .list([.string("重大隐患排查表"), .string("重大隐患整改台账")]))
    #expect(data["发文机关署名"] == .string("某市安全生产委员会办公室"))
    #expect(data["成文日期"] == .string("2024年3月6日"))
    #expect(data["附注"] == .string("联系人：张明，电话：0123-87654321"), "the template prints the parentheses")
    #expect(data["抄送机关"] == .list([.string("市委办公室"), .string("市人大常委会办公室"), .string("市政协办公室")]))
    #expect(data["印发机关"] == .string("某市安全生产委员会办公室"))
    #expect(data["印发日期"] == .string("2024年3月6日"))
    let blocks = try StructuredContentBuilder.build(try #require(data["正文"]), path: "正文")
    #expect(blocks.count == 10)
    #expect(blocks[7] == .heading(StructuredHeading(level: 2, number: "（一）", text: "加强组织领导：", runIn: "各区县、各部门要成立工作专班，主要负责同志亲自部署。")))
  }

  @Test func versionHeadAttachmentPagesAndAWrappedName() throws {
    let data = try Self.data("notice-head.txt")
    #expect(data["份号"] == .string("000025"))
    #expect(data["密级"] == .string("机密") && data["保密期限"] == .string("1年"))
    #expect(data["紧急程度"] == .string("特急"))
    #expect(data["发文机关标志"] == .string("某市人民政府文件"))
    #expect(data["发文字号"] == .string("某政发〔2024〕8号"))
    #expect(data["标题"] == .string("某市人民政府关于印发\n《某市2024年重点民生实事项目》的通知"))
    guard case .list(let pages)? = data["附件"] else { Issue.record("no 附件"); return }
    #expect(pages.count == 2)
    #expect(pages[1]["标题"] == .string("某市2024年重点民生实事项目责任分工及进度安排表"))
    #expect(pages[0]["正文"].map { if case .list(let blocks) = $0 { return blocks.count } else { return 0 } } == 3)
    #expect(data["抄送机关"] == .list(["市委各部门", "市人大常委会办公室", "市政协办公室", "市中级人民法院", "市人民检察院"].map(Value.string)))
    guard case .list(let body)? = data["正文"] else { Issue.record("no 正文"); return }
    #expect(body.count == 2, "the 附件 pages' text stays out of the main body")
  }

  @Test func nothingAbsentIsInventedAndMissingElementsAreNamed() throws {
    let reading = try LineRoleTests.read("request-bare.txt")
    let data = reading.data
    guard case .object(let members) = data else { Issue.record("not a mapping"); return }
    #expect(Array(members.keys) == ["标题", "主送机关", "正文"])
    #expect(reading.missingElements(in: data).map(\.key) == ["签发人", "发文机关署名", "成文日期", "附注"])
  }

  @Test func frontMatterGivesKeysAndWinsOverTheLines() throws {
    let reading = try LineRoleTests.read("frontmatter.txt")
    let data = reading.data
    #expect(reading.type == .request)
    #expect(data["发文字号"] == .string("某办发〔2024〕3号"))
    #expect(data["签发人"] == .list([.string("张三")]))
    #expect(data["抄送机关"] == .list([.string("县委办公室"), .string("县人大常委会办公室")]))
    #expect(data["印发日期"] == .string("2024年3月2日"))
    #expect(reading.missingElements(in: data).isEmpty)
    #expect(reading.lines.first?.line == 8, "line numbers count the front matter")
  }

  @Test func aBrokenFrontMatterIsAnErrorNamingTheLine() {
    #expect(throws: DataError.self) { try OfficialText.read("---\n发文字号: [\n---\n标题\n", markdown: false, file: "x.txt") }
    do {
      _ = try OfficialText.read("---\n发文字号: x\n标题\n", markdown: false, file: "x.txt")
      Issue.record("an unclosed front matter was read")
    } catch {
      #expect("\(error)".contains("x.txt:1: error: the front matter that starts on line 1 has no closing '---' line"))
    }
  }

  @Test func anUpwardDocumentsNumberAndSignerOnOneLine() throws {
    let reading = try LineRoleTests.read("report-head.txt")
    let data = reading.data
    #expect(data["发文机关标志"] == .string("某县人民政府文件"))
    #expect(data["发文字号"] == .string("某政报〔2024〕15号"))
    #expect(data["签发人"] == .list([.string("王明")]))
    #expect(reading.missingElements(in: data).isEmpty)
  }

  @Test func orderMinutesJointAndTwoLinePrintedBy() throws {
    let order = try Self.data("order.txt")
    #expect(order["令号"] == .string("第12号") && order["发文字号"] == nil)
    #expect(order["发文机关署名"] == .string("市长　王明"))
    let minutes = try Self.data("minutes.txt")
    #expect(minutes["出席"] == .string("王明　李强　张伟　刘洋　陈静"))
    #expect(minutes["请假"] == .string("赵磊（出差）"))
    #expect(minutes["列席"] == .string("市政府办公室、市发展改革委、市应急管理局负责同志"))
    let pasted = try Self.data("minutes-pasted.txt")
    #expect(pasted["出席"] == .string("李明　张华　王强　赵敏　刘军　陈静　孙磊"), "names wrapped onto the next line")
    #expect(try Self.data("joint.txt")["发文机关署名"] == .string("某市教育局\n某市财政局"))
    let reply = try Self.data("reply-letter.txt")
    #expect(reply["印发机关"] == .string("某县自然资源局办公室") && reply["印发日期"] == .string("2024年4月2日"))
  }
}
