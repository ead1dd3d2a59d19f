import GongwenTemplate

/// The units of one run with their output names, decided before anything renders.
///
/// Names are given over the whole table, before the shard is cut, so every shard of a job names a unit
/// the same way and collisions between shards are resolved too.
struct BatchPlan {
  struct Item {
    /// Position in the unit table.
    let index: Int
    let unit: UnitRow
    let name: String
    /// Why the name pattern could not be rendered for this unit, if it could not.
    let nameProblem: Error?
  }

  let format: OutputFormat
  let items: [Item]

  init(template: Template, units: UnitTable, options: BatchOptions) throws {
    let pattern = options.namePattern ?? "{{$key}}"
    let patternFormat = OutputFormat(path: pattern)
    format = options.format ?? patternFormat ?? OutputFormat(template.format)
    let name = try TextTemplate(pattern, part: "--name", options: options.renderOptions)
    let manifest = options.manifestFormat.fileName(shard: options.shard)
    var naming = OutputNaming(fileExtension: format.rawValue, reserved: [manifest])
    let range = options.shard?.range(of: units.units.count) ?? 0..<units.units.count
    var items: [Item] = []
    items.reserveCapacity(range.count)
    for (index, unit) in units.units.enumerated() {
      var rendered = ""
      var problem: Error?
      if unit.problem == nil {
        do {
          rendered = try name.render(Self.nameData(unit, index: index, common: options.common))
        } catch {
          problem = error
        }
      }
      let file = naming.name(for: rendered, fallback: "unit-\(unit.row)")
      if range.contains(index) { items.append(Item(index: index, unit: unit, name: file, nameProblem: problem)) }
    }
    self.items = items
  }

  /// What a name pattern sees: the unit's data over the common data, with `$row`, `$index` and `$key`.
  static func nameData(_ unit: UnitRow, index: Int, common: Value) -> Value {
    var data = common.merged(with: unit.data)
    data = data.setting(.number(NumberValue(Double(unit.row))), at: ["$row"])
    data = data.setting(.number(NumberValue(Double(index + 1))), at: ["$index"])
    return data.setting(.string(unit.key), at: ["$key"])
  }
}
