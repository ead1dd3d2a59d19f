/// Breaks a long 公文 title into lines between words (GB/T 9704-2012 7.3.1: a break never splits a word;
/// the lines are balanced). Words are not looked up in a dictionary: a title is read by its parts —
/// the agency before `关于`, the matter, `的` and the kind of document at the end — and by boundaries
/// that never fall inside a word (punctuation, a number with its unit, a change between Chinese and
/// Latin letters or digits). A break between two other Chinese characters is the last resort.
package struct TitleLineBreaker: Sendable {
  /// How many 2号 characters fit on a line: the 156 mm type area holds 20 characters of 22 pt.
  package var lineWidth: Double

  package init(lineWidth: Double = 20) {
    self.lineWidth = lineWidth
  }

  /// Width of a character in full-width character units: Latin letters and digits are about 0.6;
  /// punctuation from U+2000 on (— … “) is set full width in Chinese faces.
  static func width(_ character: Character) -> Double {
    character.unicodeScalars.allSatisfy { $0.value < 0x2000 } ? 0.6 : 1
  }

  /// The title with `\n` where its lines end; a title holding `\n` already, or fitting on one line,
  /// is returned as it is.
  package func lines(_ title: String) -> String {
    let characters = Array(title)
    let widths = characters.map(Self.width)
    let total = widths.reduce(0, +)
    // a text of hundreds of characters is no title: it is left to the office suite
    guard !title.contains("\n"), total > lineWidth, characters.count > 1, characters.count <= 200 else { return title }
    let penalties = (0...characters.count).map { Self.penalty(characters, at: $0) }
    // prefix sums: the width of characters[a..<b] is sums[b] - sums[a]
    var sums = [0.0]
    for width in widths { sums.append((sums.last ?? 0) + width) }
    let fewest = Int((total / lineWidth).rounded(.up))
    for count in fewest...min(characters.count, fewest + 2) {
      if let breaks = best(count, sums, penalties) {
        var result = ""
        for (index, character) in characters.enumerated() {
          if breaks.contains(index) { result += "\n" }
          result.append(character)
        }
        return result
      }
    }
    return title
  }

  /// The break positions for `count` lines with the lowest cost (penalties plus the lines' distance
  /// from their mean width), every line fitting; nil when no choice fits.
  private func best(_ count: Int, _ sums: [Double], _ penalties: [Double?]) -> [Int]? {
    let end = sums.count - 1
    let mean = (sums.last ?? 0) / Double(count)
    // cost[k][i]: the cheapest way to set characters[0..<i] as k lines ending at a break at i
    var cost = Array(repeating: Array(repeating: Double.infinity, count: end + 1), count: count + 1)
    var from = Array(repeating: Array(repeating: -1, count: end + 1), count: count + 1)
    cost[0][0] = 0
    for lines in 1...count {
      for i in 1...end {
        guard i == end || penalties[i] != nil else { continue }
        let penalty = i == end ? 0 : (penalties[i] ?? 0)
        for j in stride(from: i - 1, through: 0, by: -1) {
          let width = sums[i] - sums[j]
          if width > lineWidth + 0.001 { break }
          guard cost[lines - 1][j] < .infinity else { continue }
          let candidate = cost[lines - 1][j] + penalty * 3 + abs(width - mean)
          if candidate < cost[lines][i] - 0.001 {
            cost[lines][i] = candidate
            from[lines][i] = j
          }
        }
      }
    }
    guard cost[count][end] < .infinity else { return nil }
    var breaks: [Int] = []
    var position = end
    for lines in stride(from: count, to: 0, by: -1) {
      position = from[lines][position]
      if position > 0 { breaks.append(position) }
    }
    return breaks
  }

  static let units: Set<Character> = ["年", "月", "日", "号", "期", "次", "届", "个", "项", "名", "万", "亿", "元", "%", "％", "度", "季", "周", "岁", "人", "家", "件", "条"]
  static let closing: Set<Character> = ["）", "》", "」", "』", "〕", "，", "。", "、", "；", "：", "！", "？", "”", "’", ")", "…", "—"]
  static let opening: Set<Character> = ["（", "《", "「", "『", "〔", "“", "‘", "("]
  static let kinds = ["通知", "通报", "报告", "请示", "批复", "意见", "决定", "决议", "函", "纪要", "公告", "通告", "命令", "令", "议案", "公报", "方案", "办法", "规定", "细则", "总结", "计划", "规划"]

  /// How bad a break before `characters[index]` is: nil where it would split a word or a number.
  static func penalty(_ characters: [Character], at index: Int) -> Double? {
    guard index > 0, index < characters.count else { return nil }
    let before = characters[index - 1], after = characters[index]
    let latin = { (c: Character) in c.isASCII && (c.isLetter || c.isNumber) }
    if latin(before) && latin(after) { return nil }
    if before.isNumber && before.isASCII && units.contains(after) { return nil }
    if closing.contains(after) || opening.contains(before) { return nil }
    if before == "年" && after == "度" { return nil }
    let rest = String(characters[index...])
    let done = String(characters[..<index])
    if rest.hasPrefix("关于") { return 0 }
    if done.hasSuffix("关于") { return 1 }
    if after == "的", kinds.contains(where: { rest == "的" + $0 }) { return 1 }
    if closing.contains(before) || opening.contains(after) { return 1 }
    if ["和", "与", "及", "暨", "并"].contains(after) || ["和", "与", "及", "暨"].contains(before) { return 2 }
    if latin(before) != latin(after) { return 2 }
    return 6
  }
}
