import Foundation
import Dispatch
import GongwenTemplate

/// The units of one run with their output names, decided before anything renders.
///
/// Names are given over the whole table, before the shard is cut, so every shard of a job names a unit
/// the same way and collisions between shards are resolved too.
struct BatchPlan {
  struct Item {
    /// Position in the unit table.
    let index: Int
    let name: String
  }

  let format: OutputFormat
  let items: [Item]
  /// Why the name pattern could not be rendered, by position in `items` (rare, so kept apart).
  let nameProblems: [Int: Error]

  init(template: Template, units: UnitTable, options: BatchOptions) throws {
    let pattern = options.namePattern ?? "{{$key}}"
    let patternFormat = OutputFormat(path: pattern)
    format = options.format ?? patternFormat ?? OutputFormat(template.format)
    let name = try TextTemplate(pattern, part: "--name", options: options.renderOptions)
    let manifest = options.manifestFormat.fileName(shard: options.shard)
    var naming = OutputNaming(fileExtension: format.rawValue, reserved: [manifest])
    let range = options.shard?.range(of: units.units.count) ?? 0..<units.units.count
    // Patterns render in parallel; names are then given in table order, so collisions resolve the same
    // way in every run and every shard.
    var stems = Self.renderNames(name, units: units.units, common: options.common, format: format, jobs: options.jobs)
    var items: [Item] = []
    var problems: [Int: Error] = [:]
    items.reserveCapacity(range.count)
    for (index, unit) in units.units.enumerated() {
      let (stem, problem) = stems[index]
      stems[index] = ("", nil)  // frees the stem as its name is made: never both for every unit
      // A skipped totals row writes nothing and takes no name.
      let file = unit.skipReason == nil ? naming.name(forStem: stem, fallback: "unit-\(unit.row)") : ""
      guard range.contains(index) else { continue }
      if let problem { problems[items.count] = problem }
      items.append(Item(index: index, name: file))
    }
    self.items = items
    nameProblems = problems
  }

  /// Each unit's rendered and sanitised name stem, or why the pattern failed for it.
  private static func renderNames(
    _ pattern: TextTemplate, units: [UnitRow], common: Value, format: OutputFormat, jobs: Int
  ) -> [(String, Error?)] {
    var results = [(String, Error?)](repeating: ("", nil), count: units.count)
    // `{{$key}}` and the like need no unit object: the default pattern never builds one.
    let usesUnitData = !pattern.rootNames.isSubset(of: ["$row", "$index", "$key"])
    let chunk = 256
    results.withUnsafeMutableBufferPointer { buffer in
      let output = UncheckedBuffer(buffer)
      let render = { (block: Int) in
        for index in (block * chunk)..<min(units.count, (block + 1) * chunk) where units[index].problem == nil && units[index].skipReason == nil {
          do {
            let unit = units[index]
            let data = usesUnitData ? nameData(unit, index: index, common: common) : variables(unit, index: index)
            let raw = try pattern.render(data)
            output.buffer[index] = (OutputNaming.sanitisedStem(raw, fileExtension: format.rawValue), nil)
          } catch {
            output.buffer[index] = ("", error)
          }
        }
      }
      let blocks = (units.count + chunk - 1) / chunk
      // Blocks are handed out one at a time to as many threads as the system gives (see WorkerThreads).
      let next = BlockCounter(blocks)
      WorkerThreads.run(jobs > 1 ? min(jobs, blocks) : 1) {
        while let block = next.take() { render(block) }
      }
    }
    return results
  }

  /// A unit's data: its row merged over the common data.
  static func data(_ unit: UnitRow, common: Value) -> Value {
    if case .object(let members) = common, members.isEmpty { return unit.data }
    return common.merged(with: unit.data)
  }

  /// What a name pattern sees: the unit's data with `$row`, `$index` and `$key`.
  static func nameData(_ unit: UnitRow, index: Int, common: Value) -> Value {
    guard case .object(var members) = data(unit, common: common), case .object(let extra) = variables(unit, index: index)
    else { return unit.data }
    members.merge(extra) { $1 }
    return .object(members)
  }

  /// `$row`, `$index` and `$key` alone.
  static func variables(_ unit: UnitRow, index: Int) -> Value {
    let members: KeyValuePairs<String, Value> = [
      "$row": .number(NumberValue(Double(unit.row))), "$index": .number(NumberValue(Double(index + 1))),
      "$key": .string(unit.key),
    ]
    return .object(members)
  }
}

/// Hands out block numbers 0..<count to worker threads, each once.
private final class BlockCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var next = 0
  private let count: Int
  init(_ count: Int) { self.count = count }

  func take() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard next < count else { return nil }
    next += 1
    return next - 1
  }
}

/// Lets worker threads write disjoint elements of one buffer.
private struct UncheckedBuffer<Element>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Element>
  init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
