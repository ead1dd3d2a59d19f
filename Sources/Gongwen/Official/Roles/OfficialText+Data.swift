import Collections
import GongwenTemplate

extension OfficialText {
  /// The official templates' data: each role's lines under its key (份号, 密级, 保密期限, 紧急程度,
  /// 发文机关标志, 发文字号 or a 命令's 令号, 签发人, 标题, 主送机关, 正文, 附件, 发文机关署名, 成文日期, 附注, 出席,
  /// 请假, 列席, 抄送机关, 印发机关, 印发日期), the front matter's keys over them. A key the text has no
  /// line for is absent, never empty.
  package var data: Value {
    var data = OrderedDictionary<String, Value>()
    func text(_ key: String, _ value: String) { data[key] = .string(value) }
    func append(_ key: String, _ names: [String]) {
      if case .list(let old)? = data[key] { data[key] = .list(old + names.map(Value.string)) } else { data[key] = .list(names.map(Value.string)) }
    }
    func lines(_ role: LineRole) -> [String] { self.lines.filter { $0.role == role && !isAttachmentPageLine($0) }.map(\.text) }

    if let copy = lines(.copyNumber).first { text("份号", String(copy.filter(\.isNumber))) }
    if let line = lines(.classification).first {
      if let parsed = LinePatterns.classification(line[...]) {
        text("密级", parsed.level)
        if let period = parsed.period { text("保密期限", period) }
      } else {
        text("密级", line)
      }
    }
    if let urgency = lines(.urgency).first { text("紧急程度", urgency) }
    let marks = lines(.issuerMark)
    if !marks.isEmpty { text("发文机关标志", marks.joined(separator: "\n")) }
    for line in lines(.documentNumber) {
      let parsed = LinePatterns.documentNumber(line[...])
      text(type == .order ? "令号" : "发文字号", parsed?.number ?? line)
      if let signer = parsed?.signer { append("签发人", LinePatterns.names(signer[...])) }
    }
    for line in lines(.signer) { append("签发人", LinePatterns.signers(line[...]) ?? [line]) }
    if let title { text("标题", title) }
    if let addressee = lines(.addressee).first { text("主送机关", String(Self.dropColon(addressee[...]))) }
    data["正文"] = body
    if let attachments = attachmentData { data["附件"] = attachments }
    let signature = lines(.signature)
    if !signature.isEmpty { text("发文机关署名", signature.joined(separator: "\n")) }
    if let date = lines(.date).last { text("成文日期", LinePatterns.date(date[...]) ?? date) }
    let notes = lines(.annotation).map { String(Self.dropParentheses($0[...])) }
    if !notes.isEmpty { text("附注", notes.joined(separator: "；")) }
    var attendanceKey: String?
    for line in lines(.attendance) {
      if let parsed = LinePatterns.attendance(line[...]) {
        attendanceKey = parsed.key
        text(parsed.key, parsed.names)
      } else if let key = attendanceKey, case .string(let names)? = data[key] {
        text(key, names + "　" + line)  // names wrapped onto the next line
      }
    }
    readRecord(into: &data)
    if case .object(let given) = frontMatter {
      for (key, value) in given { data[key] = value }
    }
    return .object(data)
  }

  /// 抄送机关 (names), 印发机关 and 印发日期 from the 版记 lines.
  private func readRecord(into data: inout OrderedDictionary<String, Value>) {
    let record = lines.filter { $0.role == .cc || $0.role == .printedBy }
    var copies: [String] = []
    for line in record where line.role == .cc {
      copies += LinePatterns.carbonCopy(line.text[...]) ?? LinePatterns.names(line.text[...])
    }
    if !copies.isEmpty { data["抄送机关"] = .list(copies.map(Value.string)) }
    for line in record where line.role == .printedBy {
      if let parsed = LinePatterns.printedBy(line.text[...]) {
        if let agency = parsed.agency { data["印发机关"] = .string(agency) }
        data["印发日期"] = .string(parsed.date)
      } else {
        data["印发机关"] = .string(String(Self.dropColon(line.text.replacingOccurrences(of: "印发机关", with: "")[...])))
      }
    }
  }

  /// 附件: the names of the 附件说明, or, when the text has 附件 pages, `{标题, 正文}` for each.
  private var attachmentData: Value? {
    var names: [String] = []
    for line in lines where line.role == .attachmentNote {
      var text = line.text[...]
      if let rest = LinePatterns.attachmentNote(text) { text = rest }
      guard !text.isEmpty else { continue }
      if let number = OfficialNumbering.leadingNumber(of: text) {
        names.append(String(OfficialTextParser.trim(text[number.number.endIndex...])))
      } else if let last = names.popLast() {
        names.append(last + text)  // a long name wrapped onto the next line
      } else {
        names.append(String(text))
      }
    }
    var pages: [Value] = []
    var current: (title: String, lines: [RoledLine])?
    func close() {
      guard let page = current else { return }
      pages.append(.object(OrderedDictionary(uniqueKeysWithValues: [
        ("标题", Value.string(page.title)), ("正文", Self.blocks(page.lines, markdown: markdown)),
      ])))
    }
    for line in lines where isAttachmentPageLine(line) {
      switch line.role {
      case .attachmentLabel:
        close()
        current = (names.count > pages.count ? names[pages.count] : "", [])
      case .attachmentTitle:
        current?.title = line.text
      default:
        if line.role.isBodyText { current?.lines.append(line) }
      }
    }
    close()
    if !pages.isEmpty { return .list(pages) }
    return names.isEmpty ? nil : .list(names.map(Value.string))
  }

  /// Lines from the first 附件 page's label on (the 版记 excepted).
  func isAttachmentPageLine(_ line: RoledLine) -> Bool {
    guard line.role != .cc, line.role != .printedBy,
          let label = lines.first(where: { $0.role == .attachmentLabel }) else { return false }
    return line.line >= label.line
  }

  /// `（联系人：张三）` → `联系人：张三`: the templates print the 附注's parentheses.
  static func dropParentheses(_ text: Substring) -> Substring {
    guard LinePatterns.isParenthesized(text) else { return text }
    return OfficialTextParser.trim(text.dropFirst().dropLast())
  }

  static func dropColon(_ text: Substring) -> Substring {
    var text = OfficialTextParser.trim(text)
    while let last = text.last, last == "：" || last == ":" { text = text.dropLast() }
    return text
  }

  /// The elements the document's type needs that neither the text nor `given` (front matter, `--set`)
  /// holds, with why each is needed.
  package func missingElements(in data: Value) -> [(key: String, reason: Phrase)] {
    guard let type else { return [] }
    return type.requiredKeys.filter { data[$0]?.isEmptyCollection ?? true }.map { ($0, type.reason(for: $0)) }
  }
}

extension Value {
  fileprivate var isEmptyCollection: Bool {
    switch self {
    case .list(let items): return items.isEmpty
    case .object(let members): return members.isEmpty
    case .null: return true
    case .string(let text): return text.allSatisfy(\.isWhitespace)
    default: return false
    }
  }
}
