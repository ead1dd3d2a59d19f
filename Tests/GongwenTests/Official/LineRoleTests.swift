import Foundation
import Testing

@testable import Gongwen

/// Every fixture text (`Fixtures/texts/NAME.txt` or `.md`) is read line by line as its `NAME.roles`
/// file says a 文秘 marks it up: one role id per non-empty line, in order.
struct LineRoleTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/texts")
  static let texts: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()

  static func read(_ name: String) throws -> OfficialText {
    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    return try OfficialText.read(text, markdown: name.hasSuffix(".md"), file: name)
  }

  static func expectedRoles(_ name: String) throws -> [String] {
    let rolesFile = name.hasSuffix(".txt") ? String(name.dropLast(4)) + ".roles" : name + ".roles"
    return try String(contentsOf: folder.appendingPathComponent(rolesFile), encoding: .utf8)
      .split(whereSeparator: \.isNewline).map(String.init)
  }

  @Test func thereAreFifteenTextsOfEverySixTypes() throws {
    #expect(Self.texts.count >= 15)
    let types = Set(try Self.texts.compactMap { try Self.read($0).type })
    #expect(types == Set(OfficialDocumentType.allCases))
  }

  @Test(arguments: texts)
  func everyLineHasTheRoleAPersonGivesIt(_ name: String) throws {
    let reading = try Self.read(name)
    let roles = reading.lines.map(\.role.rawValue)
    let expected = try Self.expectedRoles(name)
    let differences = zip(reading.lines, expected).filter { $0.0.role.rawValue != $0.1 }
      .map { "line \($0.0.line): \($0.0.role.rawValue), expected \($0.1): \($0.0.text)" }.joined(separator: "\n")
    #expect(roles == expected, "\(name):\n\(differences)")
  }

  @Test func wordPastedTextReadsAsTheSameTextTypedCleanly() throws {
    let pasted = try Self.read("pasted.txt")
    let clean = pasted.lines.map(\.text).joined(separator: "\n")
    let typed = try OfficialText.read(clean, markdown: false)
    #expect(typed.lines.map(\.role) == pasted.lines.map(\.role))
    #expect(pasted.lines.allSatisfy { !$0.text.hasPrefix("　") && !$0.text.hasPrefix("\t") })
  }

  @Test func headingsListItemsAndRunInsFollowThePersonsRules() {
    func role(_ line: String) -> LineRole { BodyRoleRules.role(of: line[...], markdown: false) }
    #expect(role("1.消费增长后劲不足，新型消费业态培育不够；") == .listItem)
    #expect(role("（二）部分行业困难，") == .listItem)
    #expect(role("（三）营商环境持续优化：全面推行备案承诺制。") == .runInHeading2)
    #expect(role("一、指导思想：") == .heading1)
    #expect(role("（一）管大局，把抓党建着力在靠责任上。一是坚决扛牢政治责任。") == .runInHeading2)
    #expect(role("1.5亿元用于设备购置。") == .body)
    #expect(role("二是专业人才短缺。") == .point)
    #expect(role("（二）强化要素保障，全力支持企业发展，帮助企业解决融资难、用工难等实际问题，不断增强企业发展信心。") == .listItem)
    let run = BodyRoleRules.roles(["主要问题有：", "（一）需求不足；", "（二）风险仍然较多。", "一、下一步"], fixed: [nil, nil, nil, nil], markdown: false)
    #expect(run == [.body, .listItem, .listItem, .heading1], "the last item of a list is a list item too")
  }

  @Test func aSentenceEndingInAColonUnderTheTitleIsNoAddressee() throws {
    func roles(_ text: String) throws -> [LineRole] { try OfficialText.read(text, markdown: false).lines.map(\.role) }
    #expect(try roles("关于某项工作的报告\n今年以来，我局重点抓了以下工作：\n一、强化学习\n") == [.title, .body, .heading1])
    #expect(try roles("关于某项工作的报告\n现将有关情况报告如下：\n") == [.title, .body])
    #expect(try roles("关于某事的请示\n局领导：\n正文。\n") == [.title, .addressee, .body])
    #expect(try roles("关于某事的通知\n市委、市政府各部门，各区县：\n正文。\n") == [.title, .addressee, .body])
  }

  @Test func patternsNormaliseNumbersAndDates() {
    #expect(LinePatterns.documentNumber("某政发[2024]08号")?.number == "某政发〔2024〕8号")
    #expect(LinePatterns.documentNumber("某发〔2024〕3号\t\t签发人：张三　李四")?.signer == "张三　李四")
    #expect(LinePatterns.documentNumber("第12号")?.number == "第12号")
    #expect(LinePatterns.date("二〇二四年三月十六日") == "2024年3月16日")
    #expect(LinePatterns.date("2024年03月06日") == "2024年3月6日")
    #expect(LinePatterns.date("2024-3-6") == "2024年3月6日")
    #expect(LinePatterns.date("2024年13月6日") == nil)
    #expect(LinePatterns.classification("机密★1年").map { "\($0.level)|\($0.period ?? "")" } == "机密|1年")
    #expect(LinePatterns.printedBy("某市人民政府办公室　　2024年2月21日印发").map { "\($0.agency ?? "")|\($0.date)" }
      == "某市人民政府办公室|2024年2月21日")
  }
}
