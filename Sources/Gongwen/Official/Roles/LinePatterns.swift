/// What single lines of a 公文 look like: the text patterns of the elements GB/T 9704 names. Each
/// answers for one trimmed line; the detector decides from these and the line's position.
enum LinePatterns {
  static func isCopyNumber(_ line: Substring) -> Bool { line.wholeMatch(of: #/(份号[：:]\s*)?[0-9]{6}/#) != nil }

  /// `机密★1年` → (机密, 1年); `秘密` → (秘密, nil).
  static func classification(_ line: Substring) -> (level: String, period: String?)? {
    guard let match = line.wholeMatch(of: #/(绝密|机密|秘密)\s*(?:[★☆*]\s*(\S.*))?/#) else { return nil }
    return (String(match.1), match.2.map(String.init))
  }

  static func isUrgency(_ line: Substring) -> Bool { line.wholeMatch(of: #/特急|加急|特提|平急/#) != nil }

  /// A 发文字号 (`某政发〔2024〕8号`, brackets of any shape), a 令号 (`第12号`) or a 纪要's 期号 (`第3期`), with
  /// a 签发人 on the same line when one follows. The number comes back in the standard's form:
  /// hexagonal brackets, no leading zeros, no 第.
  static func documentNumber(_ line: Substring) -> (number: String, signer: String?)? {
    let signerPattern = #/(.*?)\s*签发人\s*[：:]\s*(\S.*)/#
    var numberText = line
    var signer: String?
    if let match = line.wholeMatch(of: signerPattern) {
      numberText = match.1
      signer = String(match.2)
    }
    if let match = numberText.wholeMatch(of: #/(\S{1,30}?)\s*[〔\[［(（【]\s*([0-9]{4})\s*[〕\]］)）】]\s*第?\s*([0-9]{1,5})\s*号/#) {
      return ("\(match.1)〔\(match.2)〕\(Int(match.3) ?? 0)号", signer)
    }
    if let match = numberText.wholeMatch(of: #/第\s*([0-9]{1,5}|[〇零一二三四五六七八九十百千]{1,8})\s*(号|期)/#) {
      return ("第\(match.1)\(match.2)", signer)
    }
    return nil
  }

  /// `签发人：张三　李四` → the names.
  static func signers(_ line: Substring) -> [String]? {
    guard let match = line.wholeMatch(of: #/签发人\s*[：:]\s*(\S.*)/#) else { return nil }
    return names(match.1)
  }

  /// Names separated by white space, `、`, `，` or `,`, without a closing `。`.
  static func names(_ text: Substring) -> [String] {
    var text = text
    while let last = text.last, "。.；;".contains(last) { text = text.dropLast() }
    return text.split(whereSeparator: { $0.isWhitespace || "、，,；;".contains($0) }).map(String.init)
  }

  /// A line that is a date and nothing else, normalised to `2024年3月6日` (Arabic numerals, full year,
  /// no leading zeros). Takes `2024年03月06日`, `2024-3-6`, `2024.3.6` and `二〇二四年三月六日`.
  static func date(_ line: Substring) -> String? {
    let arabic = #/([0-9]{4})\s*(?:年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日|[-.／/]([0-9]{1,2})[-.／/]([0-9]{1,2}))/#
    if let match = line.wholeMatch(of: arabic) {
      guard let year = Int(match.1), let month = Int(match.2 ?? match.4 ?? ""), let day = Int(match.3 ?? match.5 ?? "") else { return nil }
      return formatted(year: year, month: month, day: day)
    }
    let chinese = #/([〇零○Ｏ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/#
    if let match = line.wholeMatch(of: chinese) {
      let digits = match.1.compactMap { "〇一二三四五六七八九".firstIndex(of: $0 == "零" || $0 == "○" || $0 == "Ｏ" ? "〇" : $0) }
        .map { "〇一二三四五六七八九".distance(from: "〇一二三四五六七八九".startIndex, to: $0) }
      guard digits.count == 4, let month = chineseNumber(match.2), let day = chineseNumber(match.3) else { return nil }
      return formatted(year: digits.reduce(0) { $0 * 10 + $1 }, month: month, day: day)
    }
    return nil
  }

  private static func formatted(year: Int, month: Int, day: Int) -> String? {
    guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    return "\(year)年\(month)月\(day)日"
  }

  /// 一 … 九十九 as a number.
  static func chineseNumber(_ text: Substring) -> Int? {
    let digits = "〇一二三四五六七八九"
    func digit(_ character: Character) -> Int? {
      digits.firstIndex(of: character).map { digits.distance(from: digits.startIndex, to: $0) }
    }
    guard let ten = text.firstIndex(of: "十") else { return text.count == 1 ? text.first.flatMap(digit) : nil }
    let tens = text[..<ten].isEmpty ? 1 : text[..<ten].first.flatMap(digit)
    let units = text[text.index(after: ten)...].isEmpty ? 0 : text[text.index(after: ten)...].first.flatMap(digit)
    guard let tens, let units, text[..<ten].count <= 1, text[text.index(after: ten)...].count <= 1 else { return nil }
    return tens * 10 + units
  }

  /// `附件：1.名称` → "1.名称"; `附件：` → "".
  static func attachmentNote(_ line: Substring) -> Substring? {
    line.wholeMatch(of: #/附\s*件\s*[：:]\s*(.*)/#).map { $0.1 }
  }

  /// `附件`, `附件1`, `附件 2` alone on a line: the label at the top of an 附件 page.
  static func isAttachmentLabel(_ line: Substring) -> Bool {
    line.wholeMatch(of: #/附\s*件\s*([0-9]{1,3}|[一二三四五六七八九十]{1,3})?/#) != nil
  }

  /// A line wholly in parentheses: `（联系人：张三，电话：12345678）`.
  static func isParenthesized(_ line: Substring) -> Bool {
    guard let first = line.first, let last = line.last, line.count > 2 else { return false }
    return (first == "（" || first == "(") && (last == "）" || last == ")")
  }

  /// `出席：…` `请假：…` `列席：…` (and 出席人员, 参加人员, 缺席) → the 纪要 key and the names.
  static func attendance(_ line: Substring) -> (key: String, names: String)? {
    guard let match = line.wholeMatch(of: #/(出席|请假|列席|缺席|参加|参会)(?:人员)?\s*[：:]\s*(\S.*)/#) else { return nil }
    let key: String
    switch match.1 {
    case "请假", "缺席": key = "请假"
    case "列席": key = "列席"
    default: key = "出席"
    }
    return (key, String(match.2))
  }

  /// `抄送：甲，乙。` → the names.
  static func carbonCopy(_ line: Substring) -> [String]? {
    guard let match = line.wholeMatch(of: #/抄\s*(?:送|报)(?:机关)?\s*[：:]\s*(\S.*)/#) else { return nil }
    return names(match.1)
  }

  /// `某办公室　2024年3月6日印发` → (某办公室, 2024年3月6日); the agency is nil when the line holds only
  /// the date (the agency then stands on the line above).
  static func printedBy(_ line: Substring) -> (agency: String?, date: String)? {
    guard let match = line.wholeMatch(of: #/(?:印发机关\s*[：:]\s*)?(.*?)\s*([0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日)\s*印\s*发/#),
          let date = date(match.2) else { return nil }
    return (match.1.isEmpty ? nil : String(match.1), date)
  }

  /// `一是……` `二是……`: a point paragraph.
  static func isPoint(_ line: Substring) -> Bool { line.prefixMatch(of: #/[一二三四五六七八九十]{1,3}是/#) != nil }

  /// A short line with no sentence punctuation: a name (署名, a wrapped 附件 name).
  static func isName(_ line: Substring, longest: Int = 30) -> Bool {
    line.count <= longest && !line.contains(where: { "。，；：！？,;:!?".contains($0) })
  }

  /// A name that ends as an agency's does (a joint document's second 署名 line).
  static func endsLikeAgency(_ line: Substring) -> Bool {
    guard let last = line.last else { return false }
    return "局委府办厅部院会司处室站所校心组社队团行署馆".contains(last)
  }

  /// A 主送 name for a group: 各单位, 各位同志, 局领导, 各乡镇, 县直各部门.
  static func endsLikeRecipientGroup(_ name: Substring) -> Bool {
    ["单位", "同志", "领导", "部门", "街道", "乡镇", "企业", "机关", "党委", "村", "社区", "省", "市", "县", "区", "镇", "乡"]
      .contains { name.hasSuffix($0) }
  }

  /// `[署名]某局` → (signature, "某局") when the bracket holds a role's label.
  static func override(_ line: Substring) -> (role: LineRole, text: Substring)? {
    guard let match = line.prefixMatch(of: #/[\[［【]\s*([^\]］】]{1,12}?)\s*[\]］】]\s*/#),
          let role = LineRole.labelled(match.1) else { return nil }
    return (role, line[match.range.upperBound...])
  }
}
