import GongwenTemplate

/// Where an official seal goes (GB/T 9704-2012 7.3.5.1): a picture tag named `印章` (or `seal`) inside
/// the text of the signature paragraph floats behind the text instead of standing in the line. It is
/// centred on the axis of the signature and date — the date ends 4 字 from the right edge of the
/// type area, the signature is centred over it — and vertically on the middle of the signature
/// line's upper half, so that signature and date sit a little below the seal's centre and the seal's
/// top stays within one line of the last body line when two blank lines separate them.
struct SealPlacement: Equatable {
  /// From the type area's left edge to the picture's left edge.
  var left: EMU
  /// From the top of the anchoring paragraph to the picture's top edge (negative: above it).
  var top: EMU

  /// One 字: a 3号 (16 pt) character.
  static let character = EMU(203_200)
  /// The body's line pitch, 28.95 pt.
  static let line = EMU(367_665)
  /// The date's assumed width (`2024年3月16日` in 3号 with the body's letter spacing is about 6.3 字).
  static let dateWidth = EMU(6 * 203_200 + 60_960)

  /// The axis both the signature and the date are centred on, from the type area's left edge.
  static func axis(textWidth: EMU) -> EMU {
    EMU(textWidth.value - 4 * character.value - dateWidth.value / 2)
  }

  init(size: FigureSize, textWidth: EMU) {
    left = EMU(Self.axis(textWidth: textWidth).value - size.width.value / 2)
    top = EMU(Self.line.value / 2 - size.height.value / 2)
  }

  /// Whether an image tag names the seal.
  static func isSeal(_ tag: Tag) -> Bool {
    guard tag.kind == .image, let name = tag.expression.path.components.last else { return false }
    return name == "印章" || name == "seal"
  }
}
