import Foundation
import GongwenTemplate

/// A length in English Metric Units (914,400 to the inch), the unit of DrawingML; ODF lengths are
/// written from it in centimetres.
struct EMU: Sendable, Equatable, Comparable {
  var value: Int

  static let perInch = 914_400.0
  static let perCentimetre = 360_000.0
  static let perPoint = 12_700.0

  init(_ value: Int) { self.value = value }
  init(inches: Double) { value = Int((inches * Self.perInch).rounded()) }
  /// Twentieths of a point, as Word page sizes and margins are written.
  init(twips: Int) { value = twips * 635 }

  var centimetres: Double { Double(value) / Self.perCentimetre }
  /// `12.345cm`, the form ODF lengths are written in.
  var odfText: String {
    let rounded = (centimetres * 1000).rounded() / 1000
    return String(rounded) + "cm"
  }

  static func < (a: EMU, b: EMU) -> Bool { a.value < b.value }

  /// Parses `5cm`, `40 mm`, `12pt`, `2in`, `300px` (px at 96 per inch). A bare number is refused:
  /// the unit must be said.
  static func parse(_ value: Value, field: String) throws -> EMU {
    let text: String
    switch value {
    case .string(let string): text = string
    case .number(let number): text = number.literal
    default: throw FigureError(.notALength, ["field": .text(field), "kind": ValueKindPhrase.phrase(kindName: value.kindName)])
    }
    let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
    let units: [(String, Double)] = [("cm", perCentimetre), ("mm", perCentimetre / 10), ("pt", perPoint),
                                     ("in", perInch), ("px", perInch / 96)]
    for (unit, factor) in units where trimmed.hasSuffix(unit) {
      let number = trimmed.dropLast(unit.count).trimmingCharacters(in: .whitespaces)
      guard let amount = Double(number), amount.isFinite, amount > 0, amount * factor < 1e12 else {
        throw FigureError(.notPositiveLength, ["field": .text(field), "text": .text(text)])
      }
      return EMU(Int((amount * factor).rounded()))
    }
    throw FigureError(.lengthNeedsUnit, ["field": .text(field), "text": .text(text)])
  }
}

/// A figure's size on the page.
struct FigureSize: Sendable, Equatable {
  var width: EMU
  var height: EMU

  /// The size a picture gets: the asked width and/or height (one alone keeps the aspect ratio), else
  /// its pixel size at its own resolution; then scaled down, keeping the aspect ratio, to `maxWidth`.
  static func fit(_ header: ImageHeader, width: EMU?, height: EMU?, maxWidth: EMU) -> FigureSize {
    let aspect = Double(header.pixelHeight) / Double(max(header.pixelWidth, 1))
    var size: FigureSize
    switch (width, height) {
    case let (w?, h?): size = FigureSize(width: w, height: h)
    case let (w?, nil): size = FigureSize(width: w, height: EMU(Int((Double(w.value) * aspect).rounded())))
    case let (nil, h?): size = FigureSize(width: EMU(Int((Double(h.value) / aspect).rounded())), height: h)
    case (nil, nil):
      size = FigureSize(width: EMU(inches: Double(header.pixelWidth) / header.dpiX),
                        height: EMU(inches: Double(header.pixelHeight) / header.dpiY))
    }
    return size.capped(at: maxWidth)
  }

  /// This size scaled down, keeping its aspect ratio, so its width is at most `maxWidth`.
  func capped(at maxWidth: EMU) -> FigureSize {
    guard width > maxWidth, width.value > 0 else { return self }
    let scale = Double(maxWidth.value) / Double(width.value)
    return FigureSize(width: maxWidth, height: EMU(max(1, Int((Double(height.value) * scale).rounded()))))
  }
}
