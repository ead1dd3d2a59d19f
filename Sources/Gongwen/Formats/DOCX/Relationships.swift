import GongwenTemplate
import Foundation

/// One relationship of an OPC part.
struct Relationship {
  let id: String
  let type: String
  /// The target resolved to a part name (no leading slash), or the raw target when external.
  let target: String
  let isExternal: Bool

  /// The last segment of the type URI (`header`, `officeDocument`).
  var shortType: String { type.split(separator: "/").last.map(String.init) ?? type }
}

/// Reads `_rels/*.rels` parts.
enum Relationships {
  /// The relationships part of `part` (`word/document.xml` → `word/_rels/document.xml.rels`; "" → `_rels/.rels`).
  static func partName(for part: String) -> String {
    let (folder, file) = split(part)
    return (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
  }

  static func read(for part: String, in package: TemplatePackage) throws -> [Relationship] {
    let name = partName(for: part)
    guard let document = try package.xml(name), let root = document.root else { return [] }
    return parse(root, of: part)
  }

  /// The relationships listed under `root`, the root of `part`'s relationships part.
  static func parse(_ root: XMLNode, of part: String) -> [Relationship] {
    let (folder, _) = split(part)
    return root.elementChildren.filter { $0.is(OPC.relationship) }.compactMap { element in
      guard let id = element.attribute(XMLName("", "Id")), let type = element.attribute(XMLName("", "Type")),
        let target = element.attribute(XMLName("", "Target"))
      else { return nil }
      let external = element.attribute(XMLName("", "TargetMode")) == "External"
      return Relationship(id: id, type: type, target: external ? target : resolve(target, from: folder),
                          isExternal: external)
    }
  }

  /// Throws `PackageError(.brokenReference)` for the first internal relationship of `part` whose
  /// target part is missing from the package. Hyperlinks and targets that are URIs (`http://…` written
  /// without `TargetMode="External"`) point at no part and are left alone.
  static func requireTargets(_ relationships: [Relationship], of part: String, in package: TemplatePackage) throws {
    for relationship in relationships where !relationship.isExternal && relationship.shortType != "hyperlink"
      && !relationship.target.contains(":") && !exists(relationship.target, in: package)
    {
      throw PackageError(.brokenReference, file: package.file, part: partName(for: part),
                         detail: PackagePhrase.brokenRelationship.phrase(
                           ["id": .text(relationship.id), "type": .text(relationship.shortType), "target": .text(relationship.target)]))
    }
  }

  /// Part names compare ignoring ASCII case, and a target may be percent-encoded (OPC, ECMA-376-2 §6.2.2).
  private static func exists(_ target: String, in package: TemplatePackage) -> Bool {
    if package.has(target) { return true }
    let wanted = (target.removingPercentEncoding ?? target).lowercased()
    return package.archive.entries.contains { $0.name.lowercased() == wanted }
  }

  /// The part a relationships part belongs to (`word/_rels/document.xml.rels` → `word/document.xml`,
  /// `_rels/.rels` → ""), or nil for a name that is not a relationships part.
  static func sourcePart(ofRelationshipsPart name: String) -> String? {
    let (folder, file) = split(name)
    guard file.hasSuffix(".rels"), folder == "_rels" || folder.hasSuffix("/_rels") else { return nil }
    let owner = String(folder.dropLast("_rels".count)).trimmingCharacters(in: ["/"])
    let source = String(file.dropLast(".rels".count))
    return owner.isEmpty ? source : owner + "/" + source
  }

  /// Resolves a relative target against a folder, removing `.` and `..` segments.
  static func resolve(_ target: String, from folder: String) -> String {
    var segments: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
    for segment in target.split(separator: "/") {
      switch segment {
      case ".": continue
      case "..": _ = segments.popLast()
      default: segments.append(segment)
      }
    }
    return segments.joined(separator: "/")
  }

  private static func split(_ part: String) -> (folder: String, file: String) {
    guard let slash = part.lastIndex(of: "/") else { return ("", part) }
    return (String(part[..<slash]), String(part[part.index(after: slash)...]))
  }
}
