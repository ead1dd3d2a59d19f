import Collections
import GongwenTemplate

/// A YAML block at the top of the text, between `---` lines, giving elements the text does not show
/// or that the detector should not guess (发文字号, 主送机关, 签发人, 抄送机关, 印发机关, 印发日期, …).
/// Its keys are the official templates' data keys; they win over what the lines say.
struct FrontMatter {
  /// The block's data (an empty mapping when there is none).
  var data: Value
  /// How many lines of the text the block takes, its `---` lines included (0 when there is none).
  var lineCount: Int

  /// Reads the block from the start of `lines`; `file` names the text in errors.
  static func read(_ lines: [Substring], file: String?) throws -> FrontMatter {
    guard let first = lines.first, OfficialTextParser.trim(first) == "---" else { return FrontMatter(data: .object(OrderedDictionary()), lineCount: 0) }
    guard let end = lines.indices.dropFirst().first(where: { ["---", "..."].contains(OfficialTextParser.trim(lines[$0])) }) else {
      throw DataError(.frontMatter, file: file, line: 1, message: DataPhrase.frontMatterUnclosed.phrase())
    }
    let yaml = lines[1..<end].joined(separator: "\n")
    do {
      let data = try DataLoader.parseYAML(yaml, file: file, requireMapping: true)
      return FrontMatter(data: data, lineCount: end + 1)
    } catch let error as DataError {
      throw DataError(.frontMatter, file: file, line: error.line.map { $0 + 1 }, column: error.column,
                      message: DataPhrase.inFrontMatter.phrase(["problem": .phrase(error.reason)]), sourceLine: error.sourceLine)
    }
  }
}
