import Foundation

/// Whether a test that needs outside tools (LibreOffice, poppler, the package validator) may run.
///
/// On a developer's machine a missing tool turns the test off with its reason. In CI (`CI=true`)
/// nothing is turned off: the test runs and fails on the missing tool, so a CI machine without
/// LibreOffice can never pass by skipping the round trips.
enum ToolRequirement {
  static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

  /// True when every executable is on PATH, and always in CI.
  static func met(_ executables: String...) -> Bool {
    isCI || executables.allSatisfy { PackageValidation.findExecutable($0) != nil }
  }
}
