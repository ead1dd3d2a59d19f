import Foundation
import Testing

/// Runs `validate-package` over many rendered outputs at once and reads its report per file.
enum E2EValidation {
  /// The validator and python3, or nil (with the reason printed) when validation cannot run here.
  static func tools(_ label: String) -> (validator: String, python: String)? {
    let validator = E2EFixtures.validatorPath
    guard FileManager.default.isReadableFile(atPath: validator),
          let python = PackageValidation.findExecutable("python3"),
          PackageValidation.findExecutable("xmllint") != nil else {
      print("\(label) skipped: validate-package (\(validator)), python3 or xmllint missing")
      return nil
    }
    return (validator, python)
  }

  /// The indented report lines the validator printed for `path` (empty when it printed none).
  static func report(_ out: String, _ path: String) -> [Substring] {
    var block: [Substring] = []
    var inBlock = false
    for line in out.split(separator: "\n") {
      if line.hasPrefix(path + ":") { inBlock = true; continue }
      if inBlock { if line.hasPrefix("  ") { block.append(line) } else { break } }
    }
    return block
  }

  /// Validates `outputs`, one validator process per distinct delimiter setting, and returns the
  /// outputs that were not reported valid with their report lines (or the whole output when none).
  static func invalid(_ outputs: [E2EOutputs.Output], tools: (validator: String, python: String)) throws
    -> [(output: E2EOutputs.Output, report: [Substring], whole: String)]
  {
    var groups: [String: (args: [String], outputs: [E2EOutputs.Output])] = [:]
    for o in outputs {
      let args = o.c.tagScan ? ["--tags", o.c.delimiters.open, o.c.delimiters.close] : []
      groups[args.joined(separator: "\u{1}"), default: (args, [])].outputs.append(o)
    }
    var failures: [(output: E2EOutputs.Output, report: [Substring], whole: String)] = []
    for (_, group) in groups {
      let result = try E2EOutputs.run(tools.python, [tools.validator] + group.args + group.outputs.map(\.path), timeout: 600)
      #expect(!result.timedOut, "validate-package timed out")
      for o in group.outputs where !result.out.contains(o.path + ": valid") {
        failures.append((o, report(result.out, o.path), result.out))
      }
    }
    return failures
  }
}
