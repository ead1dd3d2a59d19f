import Collections
import Foundation
import GongwenTemplate

/// Turns a 公文 written as text (`.txt`) or Markdown (`.md`) into the data of an official template:
/// each line's role (`OfficialText`), then the templates' keys (标题, 主送机关, 正文, 附件, 发文机关署名,
/// 成文日期, 附注, 抄送机关, 印发机关, …).
///
/// ```swift
/// let text = try TextConversion.read(path: "通知.txt")
/// let template = try Template(path: ShippedTemplates.locate(text.type?.templateName ?? "report", format: .docx))
/// try template.render(text.data, to: "通知.docx", options: RenderOptions(allowMissing: true))
/// ```
public enum TextConversion {
  /// The field the body goes in; templates take it with `{{>正文}}`.
  public static let bodyKey = "正文"
  /// The field the title goes in.
  public static let titleKey = "标题"

  /// Reads a UTF-8 text file (a byte-order mark is allowed); `.md` and `.markdown` read as Markdown.
  public static func read(path: String) throws -> OfficialText {
    let bytes = try FileBytes.read(path)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let offset = utf8ErrorOffset(bytes)
      throw DataError(.encoding, file: path, message: DataPhrase.textNotUTF8.phrase(["byte": .text(String(offset + 1))]))
    }
    let lower = path.lowercased()
    guard text.contains(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }) else {
      throw DataError(.empty, file: path, message: DataPhrase.noText.phrase())
    }
    return try OfficialText.read(text, markdown: lower.hasSuffix(".md") || lower.hasSuffix(".markdown"), file: path)
  }

  /// The data of a text file (see `read(path:)` and `OfficialText.data`).
  public static func data(path: String) throws -> Value { try read(path: path).data }

  /// The data of a text without front matter.
  public static func data(text: String, markdown: Bool) -> Value {
    OfficialText.reading(OfficialTextParser.lines(of: text), after: 0, frontMatter: .object(OrderedDictionary()), markdown: markdown).data
  }

  /// Fits `data` to templates that print less than the official keys: the signature from `发文机关` when
  /// the template has no `发文机关署名`; 附件 as names when its 附件 section prints only names (the pages'
  /// text is then left out, and `leftOut` says so).
  public static func adapt(_ data: Value, to template: Template, leftOut: inout [String]) -> Value {
    let names = template.topLevelNames
    guard case .object(var members) = data else { return data }
    if !names.contains("发文机关署名"), names.contains("发文机关"), members["发文机关"] == nil, let signature = members["发文机关署名"] {
      members["发文机关"] = signature
    }
    if case .list(let attachments)? = members["附件"], attachments.contains(where: { $0["标题"] != nil }),
       !template.sectionPaths(under: "附件").contains("正文") {
      members["附件"] = .list(attachments.map { $0["标题"] ?? $0 })
      leftOut.append("附件 pages")
    }
    return .object(members)
  }

  /// The keys of `data` that hold something and that `template` has no tag for: elements the text
  /// has that the document would leave out.
  public static func unplacedKeys(_ data: Value, in template: Template) -> [String] {
    guard case .object(let members) = data else { return [] }
    let names = template.topLevelNames
    return members.keys.filter { key in
      if names.contains(key) { return false }
      if case .string(let text)? = members[key] { return !text.isEmpty }
      return true
    }
      .filter { !($0 == "发文机关署名" && names.contains("发文机关")) }
  }

  private static func utf8ErrorOffset(_ bytes: [UInt8]) -> Int {
    var low = 0, high = bytes.count
    while low < high {
      let middle = (low + high) / 2
      if String(validating: bytes[..<middle], as: UTF8.self) != nil { low = middle + 1 } else { high = middle }
    }
    return max(0, low - 1)
  }
}

extension Template {
  /// The first path components of the tags inside the sections named `key` (`{{#附件}}…{{/附件}}`).
  func sectionPaths(under key: String) -> Set<String> {
    var found = Set<String>()
    func visit(_ nodes: [TemplateOutline.Node], inside: Bool) {
      for node in nodes {
        if inside, let first = node.tag.path.split(separator: ".").first { found.insert(String(first)) }
        visit(node.children, inside: inside || node.tag.path == key)
      }
    }
    for part in outline.parts { visit(part.nodes, inside: false) }
    return found
  }

  /// The first components of every tag's path: the top-level data keys the template can print.
  public var topLevelNames: Set<String> {
    Set(outline.tags.compactMap { $0.path.split(separator: ".").first.map(String.init) })
  }
}

extension Diagnostics {
  /// An element the document's type needs that the text lacks: a warning, or with `strict` an error.
  package static func missingElement(_ key: String, type: OfficialDocumentType, reason: Phrase, file: String, strict: Bool,
                                     language: MessageLanguage = .current) -> Diagnostics {
    var diagnostic = Diagnostic(.missingElement, file: file, arguments: ["type": type.chineseName, "key": key])
    diagnostic.setArgument("reason", reason)
    diagnostic.severity = strict ? .error : .warning
    diagnostic.fields = ["key": key, "severity": strict ? "error" : "warning"]
    return Diagnostics(diagnostic, language: language)
  }

  /// An element the text has that the template prints nowhere.
  package static func unplacedElement(_ key: String, template: String, file: String,
                                     language: MessageLanguage = .current) -> Diagnostics {
    var diagnostic = Diagnostic(.unplacedElement, file: file, arguments: ["key": key, "template": template])
    diagnostic.severity = .warning
    diagnostic.fields = ["key": key, "template": template]
    return Diagnostics(diagnostic, language: language)
  }

  /// A document type whose template is not installed, laid out with another.
  package static func templateFallback(_ type: OfficialDocumentType, used: String, file: String,
                                      language: MessageLanguage = .current) -> Diagnostics {
    var diagnostic = Diagnostic(.templateFallback, file: file,
                                arguments: ["template": type.templateName, "type": type.chineseName, "used": used])
    diagnostic.severity = .warning
    diagnostic.fields = ["template": used]
    return Diagnostics(diagnostic, language: language)
  }
}
