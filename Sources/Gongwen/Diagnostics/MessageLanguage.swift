import Foundation

/// The language messages are printed in: Simplified Chinese or English.
public enum MessageLanguage: String, Sendable, CaseIterable {
  case chinese = "zh"
  case english = "en"

  private static let lock = NSLock()
  nonisolated(unsafe) private static var chosen: MessageLanguage = .english

  /// The language of one piece of work (a server's request), over the program's.
  @TaskLocal private static var scoped: MessageLanguage?

  /// The language diagnostics are printed in when none is given: the one `speaking(_:_:)` binds for the
  /// work in hand, else the program's, English until a program sets it (the command line sets it from
  /// `--lang` or the locale).
  public static var current: MessageLanguage {
    get { scoped ?? lock.withLock { chosen } }
    set { lock.withLock { chosen = newValue } }
  }

  /// Runs `work` with `language` as ``current`` on this thread or task (and the tasks it starts), the
  /// program's language unchanged: a server answers each request in its own language.
  package static func speaking<T>(_ language: MessageLanguage, _ work: () throws -> T) rethrows -> T {
    try $scoped.withValue(language, operation: work)
  }

  /// Runs `work` with `language` as ``current`` for this task and the tasks it starts.
  package static func speaking<T: Sendable>(_ language: MessageLanguage, _ work: () async throws -> T) async rethrows -> T {
    try await $scoped.withValue(language, operation: work)
  }

  /// The language an HTTP `Accept-Language` header prefers (`zh-CN,zh;q=0.9,en;q=0.8`): of the
  /// languages it names with a weight above 0, the weightiest that is Chinese or English (the first of
  /// equal weights); nil when it names neither.
  package static func preferred(byAcceptLanguage header: String) -> MessageLanguage? {
    var choices: [(language: MessageLanguage, weight: Double)] = []
    for item in header.split(separator: ",") {
      let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
      guard let tag = parts.first, let language = MessageLanguage(code: tag) else { continue }
      var weight = 1.0
      for parameter in parts.dropFirst() where parameter.lowercased().hasPrefix("q=") {
        weight = Double(parameter.dropFirst(2)) ?? 0
      }
      if weight > 0 { choices.append((language, weight)) }
    }
    var best: (language: MessageLanguage, weight: Double)?
    for choice in choices where choice.weight > (best?.weight ?? 0) { best = choice }
    return best?.language
  }

  /// `zh…` is Chinese and `en…` English (`zh_CN.UTF-8`, `zh-Hans`, `en`); nil for anything else.
  public init?(code: String) {
    let lowered = code.lowercased()
    if lowered.hasPrefix("zh") {
      self = .chinese
    } else if lowered.hasPrefix("en") {
      self = .english
    } else {
      return nil
    }
  }

  /// The language of the locale: the first set one of `LC_ALL`, `LC_MESSAGES` and `LANG` (the order
  /// POSIX gives them weight in) decides; Chinese when it starts with `zh`, English otherwise.
  public static func fromLocale(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> MessageLanguage {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      return value.lowercased().hasPrefix("zh") ? .chinese : .english
    }
    return .english
  }
}
