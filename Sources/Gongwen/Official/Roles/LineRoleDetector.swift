/// Gives every line of a 公文 written as text its role, reading it in the order GB/T 9704 lays the
/// elements out: 版头 (份号, 密级, 紧急程度, 标志, 发文字号, 签发人), title, 主送机关, body, then from the end
/// of the main text backwards 附注, 成文日期, 署名 and 附件说明; 出席/请假/列席 of a 纪要; 附件 pages (a
/// line `附件1` alone, then the 附件's title and its text); and the 版记 (抄送, 印发).
///
/// The rules are documented, for the people who write the texts, in `docs/convert.md`.
struct LineRoleDetector {
  /// The non-empty lines: their line numbers in the file and trimmed texts.
  let numbers: [Int]
  let texts: [Substring]
  let markdown: Bool
  var roles: [LineRole?]
  /// Which lines carry an override label.
  let fixed: [Bool]

  init(lines: [(number: Int, text: Substring)], markdown: Bool) {
    var texts: [Substring] = []
    var roles: [LineRole?] = []
    for line in lines {
      if let override = LinePatterns.override(line.text) {
        texts.append(OfficialTextParser.trim(override.text))
        roles.append(override.role)
      } else {
        texts.append(line.text)
        roles.append(nil)
      }
    }
    self.numbers = lines.map(\.number)
    self.texts = texts
    self.markdown = markdown
    self.roles = roles
    self.fixed = roles.map { $0 != nil }
  }

  /// Every line with its role.
  static func detect(_ lines: [(number: Int, text: Substring)], markdown: Bool) -> [RoledLine] {
    var detector = LineRoleDetector(lines: lines, markdown: markdown)
    detector.run()
    return detector.texts.indices.map {
      RoledLine(line: detector.numbers[$0], role: detector.roles[$0] ?? .body, text: String(detector.texts[$0]),
                overridden: detector.fixed[$0])
    }
  }

  private mutating func run() {
    var index = readHead(from: 0)
    index = readTitle(from: index)
    while index < texts.count, let role = roles[index] ?? headRole(index), [.documentNumber, .signer].contains(role) {
      roles[index] = role
      index += 1
    }
    if index < texts.count, roles[index] == nil, expectsAddressee, looksLikeAddressee(texts[index]) {
      roles[index] = .addressee
    }
    if index < texts.count, roles[index] == .addressee { index += 1 }
    let tail = readTail(bodyStart: index)
    assignBody(index..<tail.mainEnd)
    readAttachmentPages(tail.mainEnd..<tail.recordStart)
    readRecord(from: tail.recordStart)
  }

  /// 份号, 密级, 紧急程度, 发文机关标志, 发文字号 and 签发人 at the top; returns the first line after them.
  private mutating func readHead(from start: Int) -> Int {
    var index = start
    while index < texts.count {
      if let role = roles[index] {
        guard [.copyNumber, .classification, .urgency, .issuerMark, .documentNumber, .signer].contains(role) else { break }
      } else if let role = headRole(index) {
        roles[index] = role
      } else {
        break
      }
      index += 1
    }
    return index
  }

  private func headRole(_ index: Int) -> LineRole? {
    let line = texts[index]
    if LinePatterns.isCopyNumber(line) { return .copyNumber }
    if LinePatterns.classification(line) != nil { return .classification }
    if LinePatterns.isUrgency(line) { return .urgency }
    if LinePatterns.documentNumber(line) != nil { return .documentNumber }
    if LinePatterns.signers(line) != nil { return .signer }
    if markdown, line.hasPrefix("#") { return nil }
    let nextIsNumber = index + 1 < texts.count && roles[index + 1] == nil && LinePatterns.documentNumber(texts[index + 1]) != nil
    if LinePatterns.isName(line, longest: 40), line.hasSuffix("文件") || nextIsNumber { return .issuerMark }
    return nil
  }

  /// The title: a line, or several when the first does not end as a title does and a following short
  /// line does (`……关于开展` / `安全生产大检查的通知`).
  private mutating func readTitle(from start: Int) -> Int {
    guard start < texts.count else { return start }
    if roles[start] == .title {
      var end = start + 1
      while end < texts.count, roles[end] == .title { end += 1 }
      return end
    }
    guard roles[start] == nil else { return start }
    let first = texts[start]
    if markdown, OfficialTextParser.stripHashes(first).count > 0 {
      roles[start] = .title
      return start + 1
    }
    let hasMark = roles[..<start].contains { $0 == .issuerMark }
    if hasMark, !LinePatterns.isName(first, longest: 60) || OfficialNumbering.leadingNumber(of: first) != nil { return start }
    roles[start] = .title
    guard !OfficialDocumentType.endsTitle(first) else { return start + 1 }
    for end in (start + 1)..<min(start + 3, texts.count) {
      let line = texts[end]
      guard roles[end] == nil, LinePatterns.isName(line, longest: 40), OfficialNumbering.leadingNumber(of: line) == nil else { break }
      if OfficialDocumentType.endsTitle(line) {
        for index in (start + 1)...end { roles[index] = .title }
        return end + 1
      }
    }
    return start + 1
  }

  /// The type read so far (title, else 标志): 纪要 and 命令 have no 主送机关.
  private var expectsAddressee: Bool {
    let type = documentType
    return type != .minutes && type != .order
  }

  var documentType: OfficialDocumentType? {
    let title = texts.indices.filter { roles[$0] == .title }.map { String(texts[$0]) }.joined()
    if let type = OfficialDocumentType.from(title: title) { return type }
    return texts.indices.first { roles[$0] == .issuerMark }.flatMap { OfficialDocumentType.from(title: String(texts[$0])) }
  }

  /// `各区县人民政府，市政府各部门：`: names of agencies ending in a colon, no sentence of the body.
  private func looksLikeAddressee(_ line: Substring) -> Bool {
    guard let last = line.last, last == "：" || last == ":", line.count <= 120, !line.contains("。") else { return false }
    guard OfficialNumbering.leadingNumber(of: line) == nil, !LinePatterns.isPoint(line) else { return false }
    let sentenceWords = ["如下", "现将", "根据", "按照", "为了", "为进一步", "经研究", "会议", "指出", "强调", "认为", "要求", "报告"]
    if sentenceWords.contains(where: { line.contains($0) }) { return false }
    // every name ends as an agency or a group of people does: 各区县人民政府，市政府各部门
    let names = LinePatterns.names(OfficialText.dropColon(line))
    return !names.isEmpty && names.allSatisfy { LinePatterns.endsLikeAgency($0[...]) || LinePatterns.endsLikeRecipientGroup($0[...]) }
  }
}
