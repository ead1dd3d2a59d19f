extension LineRoleDetector {
  /// Where the main text ends (the first 附件 page's label, or the 版记) and where the 版记 starts.
  struct Tail {
    var mainEnd: Int
    var recordStart: Int
  }

  /// Finds the 版记 and the 附件 pages, then marks the end of the main text backwards: 附注, 成文日期,
  /// 署名, 附件说明; and the 纪要's attendance lines.
  mutating func readTail(bodyStart: Int) -> Tail {
    var recordStart = texts.count
    for index in bodyStart..<texts.count where isRecordLine(index) {
      recordStart = index
      break
    }
    if recordStart > bodyStart, recordStart < texts.count, roles[recordStart - 1] == nil,
       let printed = LinePatterns.printedBy(texts[recordStart]), printed.agency == nil, LinePatterns.isName(texts[recordStart - 1]) {
      recordStart -= 1  // the 印发机关 on its own line above "2024年3月6日印发"
    }
    var mainEnd = recordStart
    if let label = (bodyStart..<recordStart).first(where: { isAttachmentPageLabel($0, bodyStart: bodyStart) }) { mainEnd = label }

    var end = mainEnd
    for index in bodyStart..<mainEnd where roles[index] == nil {
      if LinePatterns.attendance(texts[index]) != nil || continuesAttendance(index, before: mainEnd) { roles[index] = .attendance }
    }
    while end > bodyStart, roles[end - 1] == .attendance || roles[end - 1] == .annotation
      || (roles[end - 1] == nil && LinePatterns.isParenthesized(texts[end - 1])) {
      if roles[end - 1] == nil { roles[end - 1] = .annotation }
      end -= 1
    }
    let dateLine = end - 1
    if dateLine >= bodyStart, roles[dateLine] == .date || (roles[dateLine] == nil && LinePatterns.date(texts[dateLine]) != nil) {
      roles[dateLine] = .date
      end = dateLine
      var signatureLines = 0
      while end > bodyStart, signatureLines < 3, roles[end - 1] == nil, looksLikeSignature(texts[end - 1]),
            signatureLines == 0 || LinePatterns.endsLikeAgency(texts[end - 1]) {
        roles[end - 1] = .signature
        signatureLines += 1
        end -= 1
      }
    } else {
      // no date: annotations are only read after one
      for index in end..<mainEnd where roles[index] == .annotation && !fixed[index] { roles[index] = nil }
      end = mainEnd
    }
    while end > bodyStart, roles[end - 1] == .signature { end -= 1 }
    markAttachmentNote(bodyStart: bodyStart, end: end)
    return Tail(mainEnd: mainEnd, recordStart: recordStart)
  }

  /// A line of names wrapped from the 出席/请假/列席 line above it (not a 署名 over a date).
  private func continuesAttendance(_ index: Int, before end: Int) -> Bool {
    guard index > 0, roles[index - 1] == .attendance, LinePatterns.isName(texts[index], longest: 60),
          LinePatterns.date(texts[index]) == nil else { return false }
    return !(index + 1 < end && LinePatterns.date(texts[index + 1]) != nil)
  }

  private func isRecordLine(_ index: Int) -> Bool {
    if let role = roles[index] { return role == .cc || role == .printedBy }
    return LinePatterns.carbonCopy(texts[index]) != nil || LinePatterns.printedBy(texts[index]) != nil
  }

  private func isAttachmentPageLabel(_ index: Int, bodyStart: Int) -> Bool {
    if let role = roles[index] { return role == .attachmentLabel }
    return index > bodyStart && LinePatterns.isAttachmentLabel(texts[index]) && index + 1 < texts.count
  }

  /// A 署名: a short name, no sentence punctuation, not a closing formula (特此通知, 此复).
  private func looksLikeSignature(_ line: Substring) -> Bool {
    guard LinePatterns.isName(line), OfficialNumbering.leadingNumber(of: line) == nil else { return false }
    let closings = ["特此", "此复", "此致", "敬礼", "请批示", "请审定", "请予", "以上", "专此"]
    return !closings.contains { line.hasPrefix($0) } && LinePatterns.attachmentNote(line) == nil
  }

  /// `附件：1.……` and the lines after it that continue its numbering (or wrap a name), up to `end`.
  private mutating func markAttachmentNote(bodyStart: Int, end: Int) {
    guard let start = (bodyStart..<end).last(where: { roles[$0] == .attachmentNote
      || (roles[$0] == nil && LinePatterns.attachmentNote(texts[$0]) != nil) }) else { return }
    let continues = ((start + 1)..<end).allSatisfy { index in
      roles[index] == .attachmentNote || (roles[index] == nil && (OfficialNumbering.leadingNumber(of: texts[index]) != nil
        || LinePatterns.isName(texts[index], longest: 60)))
    }
    guard continues else { return }
    for index in start..<end where roles[index] == nil { roles[index] = .attachmentNote }
  }

  /// Body roles for the main text's lines not yet given one.
  mutating func assignBody(_ range: Range<Int>) {
    var lines: [Substring] = []
    var fixedRoles: [LineRole?] = []
    var targets: [Int] = []
    for index in range where roles[index]?.isBodyText ?? true {
      lines.append(texts[index])
      fixedRoles.append(roles[index])
      targets.append(index)
    }
    let bodyRoles = BodyRoleRules.roles(lines, fixed: fixedRoles, markdown: markdown)
    for (target, role) in zip(targets, bodyRoles) { roles[target] = role }
  }

  /// 附件 pages: the label (`附件1`), the next line as the 附件's title, then its text.
  mutating func readAttachmentPages(_ range: Range<Int>) {
    var index = range.lowerBound
    while index < range.upperBound {
      guard roles[index] == .attachmentLabel || (roles[index] == nil && LinePatterns.isAttachmentLabel(texts[index])) else {
        index += 1
        continue
      }
      roles[index] = .attachmentLabel
      index += 1
      if index < range.upperBound, roles[index] == nil || roles[index] == .attachmentTitle {
        roles[index] = .attachmentTitle
        index += 1
      }
      var end = index
      while end < range.upperBound, !(roles[end] == .attachmentLabel || (roles[end] == nil && LinePatterns.isAttachmentLabel(texts[end]))) {
        end += 1
      }
      assignBody(index..<end)
      index = end
    }
  }

  /// 抄送 and 印发 lines; a name above a date-only 印发 line is its agency.
  mutating func readRecord(from start: Int) {
    for index in start..<texts.count where roles[index] == nil {
      if LinePatterns.carbonCopy(texts[index]) != nil {
        roles[index] = .cc
      } else if LinePatterns.printedBy(texts[index]) != nil {
        roles[index] = .printedBy
      } else if index + 1 < texts.count, let printed = LinePatterns.printedBy(texts[index + 1]), printed.agency == nil {
        roles[index] = .printedBy
      } else if index > start, roles[index - 1] == .cc {
        roles[index] = .cc  // a long 抄送 wrapped onto the next line
      } else {
        roles[index] = .body
      }
    }
  }
}
