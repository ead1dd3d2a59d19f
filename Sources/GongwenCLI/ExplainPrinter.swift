import Foundation
import Gongwen

/// `convert --explain`: each line of the text with its role, as a table or as JSON `[{line, role, text}]`.
struct ExplainPrinter {
  let json: Bool

  func print(_ text: OfficialText) {
    if json {
      let rows: [[String: Any]] = text.lines.map { ["line": $0.line, "role": $0.role.rawValue, "text": $0.text] }
      if let data = try? JSONSerialization.data(withJSONObject: rows, options: [.sortedKeys, .withoutEscapingSlashes]) {
        FileHandle.standardOutput.write(data + Data("\n".utf8))
      }
      return
    }
    let width = max(4, String(text.lines.last?.line ?? 0).count)
    var output = ""
    if let type = text.type { output += SummaryText.explainHeading(type: type.chineseName, template: type.templateName) + "\n" }
    for line in text.lines {
      let number = String(line.line)
      let role = line.role.rawValue + (line.overridden ? "*" : "")
      let shown = line.text == "\u{0C}" ? SummaryText.pageBreak : line.text
      output += String(repeating: " ", count: width - number.count) + number + "  "
        + role.padding(toLength: 18, withPad: " ", startingAt: 0) + " " + shown + "\n"
    }
    FileHandle.standardOutput.write(Data(output.utf8))
  }
}
