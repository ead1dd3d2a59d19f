import Foundation

/// The language messages are printed in: Simplified Chinese or English.
public enum MessageLanguage: String, Sendable, CaseIterable {
  case chinese = "zh"
  case english = "en"

  private static let lock = NSLock()
  nonisolated(unsafe) private static var chosen: MessageLanguage = .english

  /// The language diagnostics are printed in when none is given: English until a program sets it
  /// (the command line sets it from `--lang` or the locale).
  public static var current: MessageLanguage {
    get { lock.withLock { chosen } }
    set { lock.withLock { chosen = newValue } }
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
