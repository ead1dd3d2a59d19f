import Foundation

/// A role of the official faces that a PDF set in a face of another kind (a sans for 仿宋).
package struct FontFallback: Sendable, Hashable {
  package let role: String
  /// The family fontconfig chose for the role.
  package let face: String
  /// The Debian package with a free face of the role's kind.
  package let package: String

  /// The warning in the language of messages.
  package var message: String { message(in: .current) }

  /// The warning in `language`.
  package func message(in language: MessageLanguage) -> String {
    MessageCatalogue.message(.fontFallback, arguments: ["role": role, "face": face, "package": package], in: language)
  }

  /// The warning as JSON fields.
  package var json: [String: String] { ["id": DiagnosticID.fontFallback.rawValue, "role": role, "face": face, "package": package, "message": message] }
}

/// Checks each PDF's embedded faces against the roles its document declares (`PrintCopy.roles`) and keeps one warning per
/// role for the whole run. Which face a role resolves to is asked of fontconfig once per configuration text.
package final class FontFallbackCheck: @unchecked Sendable {
  package static let shared = FontFallbackCheck()

  private let lock = NSLock()
  private var resolved: [String: (family: String, postScriptName: String)?] = [:]
  private var found: [FontFallback] = []

  /// The warnings of this run (this process), each role once.
  package func takeWarnings() -> [FontFallback] {
    lock.lock()
    defer { lock.unlock() }
    let warnings = found
    return warnings
  }

  /// Records a warning for each of `roles` (those the PDF's document declares) that `pdf` sets in a face
  /// of another kind.
  func check(pdf: PDFFile, roles: [FontRole], configuration: String?) {
    for role in roles {
      guard let face = resolve(role, configuration: configuration),
        !role.accepts(postScriptName: face.postScriptName), !role.accepts(postScriptName: face.family),
        pdf.fontNames.contains(where: { Self.stem($0).hasPrefix(Self.stem(face.family)) })
      else { continue }
      lock.lock()
      if !found.contains(where: { $0.role == role.name }) {
        found.append(FontFallback(role: role.name, face: face.family, package: role.package))
      }
      lock.unlock()
    }
  }

  /// A family or PostScript name reduced for comparison: lower case, letters and digits only, without a
  /// region suffix ("Noto Sans CJK SC" and "NotoSansCJKjp-Regular" share "notosanscjk").
  static func stem(_ name: String) -> String {
    var letters = String(name.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) && $0.isASCII })
    for region in ["sc", "tc", "jp", "kr", "hk", "cn"] where name.lowercased().hasSuffix(" " + region) {
      letters.removeLast(region.count)
    }
    return letters
  }

  /// Asks fontconfig for the faces of `roles` now, so that checking a PDF later finds them known.
  func prepare(_ roles: Set<FontRole>, configuration: String?) {
    for role in roles { _ = resolve(role, configuration: configuration) }
  }

  /// The family and PostScript name fontconfig gives the role's first name, or nil without fc-match.
  private func resolve(_ role: FontRole, configuration: String?) -> (family: String, postScriptName: String)? {
    // Keyed by the configuration's text: each conversion writes its own copy of the same file.
    let text = configuration.flatMap { FileManager.default.contents(atPath: $0) }.map { String(decoding: $0, as: UTF8.self) }
    // A configuration that is gone (its conversion ended) is not the same as none.
    if configuration != nil && text == nil { return nil }
    let key = role.name + "\u{0}" + (text ?? "")
    lock.lock()
    if let known = resolved[key] {
      lock.unlock()
      return known
    }
    lock.unlock()
    let answer = Self.fcMatch(role.requested[0], configuration: configuration)
    lock.lock()
    resolved[key] = answer
    lock.unlock()
    return answer
  }

  private static func fcMatch(_ family: String, configuration: String?) -> (family: String, postScriptName: String)? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["fc-match", "-f", "%{family[0]}\t%{postscriptname}", "\(family):lang=zh-cn"]
    var environment = ProcessInfo.processInfo.environment
    if let configuration { environment["FONTCONFIG_FILE"] = configuration }
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    let fields = String(decoding: data, as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
    guard fields.count == 2, !fields[1].isEmpty else { return nil }
    return (String(fields[0]), String(fields[1]))
  }
}
