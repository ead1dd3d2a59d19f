import GongwenTemplate

/// The signature block (GB/T 9704-2012 7.3.5), placed from the paragraphs' alignment, indents and the
/// width of their characters (a full-width character is its size plus letter spacing wide, a digit
/// or Latin letter half its size):
///
/// - `signature_position` without a seal: the name right-aligned 2 字 in from the right, the date's
///   first character 2 字 right of the name's (when the date is longer, the date 2 字 in and the
///   name moved left), ±1 mm;
/// - `signature_position` with a seal: the date 4 字 in from the right, the name centred over the
///   date (within half a 字, since digits' widths vary by font);
/// - `seal_placement`: the seal floats behind the text, centred over name and date (within half a 字);
/// - `signature_alone`: the last lines of text before the signature (body, 附件说明, blank lines)
///   keep with the next paragraph, so the signature and date never stand alone on a page.
extension GBT9704Check {
  /// The paragraphs of the signature block: the name, the date and the paragraph holding the seal.
  struct SignatureBlock {
    var name: DocumentLayout.Paragraph
    var date: DocumentLayout.Paragraph
    var seal: DocumentLayout.Picture?
  }

  static func signatureBlock(_ layout: DocumentLayout) -> SignatureBlock? {
    let paragraphs = layout.paragraphs
    // the first date standing alone after the title, with a name on the line above it
    guard let title = paragraphs.firstIndex(where: \.isTitle) ?? paragraphs.indices.first else { return nil }
    for index in paragraphs.indices.dropFirst(title + 1) where OfficialElement.isDate(paragraphs[index].text) && index > 0 {
      let name = paragraphs[index - 1]
      let text = name.text.trimmingCharacters(in: .whitespaces)
      guard !text.isEmpty, !text.contains("{{"), name.alignment != "justify" || name.picture != nil else { continue }
      let seal = (max(0, index - 3)...index).compactMap { paragraphs[$0].picture }.first
      return SignatureBlock(name: name, date: paragraphs[index], seal: seal)
    }
    return nil
  }

  /// The printed width of a paragraph's text in points.
  static func textWidth(_ paragraph: DocumentLayout.Paragraph) -> Double {
    paragraph.runs.reduce(0) { width, run in
      let size = run.size ?? 16, spacing = run.letterSpacing ?? 0
      return width + run.text.reduce(0) { $0 + ($1.isASCII ? size / 2 : size) + spacing }
    }
  }

  /// Left and right edges of a paragraph's single line from the type area's left edge, in points.
  static func edges(_ paragraph: DocumentLayout.Paragraph, typeArea: Double) -> (left: Double, right: Double) {
    let width = textWidth(paragraph)
    let leftIndent = paragraph.leftIndent ?? 0, rightIndent = paragraph.rightIndent ?? 0
    switch paragraph.alignment {
    case "right"?: return (typeArea - rightIndent - width, typeArea - rightIndent)
    case "center"?:
      let centre = (leftIndent + typeArea - rightIndent) / 2
      return (centre - width / 2, centre + width / 2)
    default:
      let left = leftIndent + (paragraph.firstLineIndent ?? 0)
      return (left, left + width)
    }
  }

  static func checkSignature(_ layout: DocumentLayout) -> [FormatDeviation] {
    guard let block = signatureBlock(layout), let page = layout.pages.first, let width = page.width, let left = page.left,
      let right = page.right
    else { return [] }
    let typeArea = (width - left - right) * pointsPerMillimetre
    // 1 字 is one character of the text's size (3号: 16 pt)
    let character = block.name.runs.first?.size ?? 16
    let millimetre = pointsPerMillimetre * (positionTolerance + 0.05)
    let name = edges(block.name, typeArea: typeArea), date = edges(block.date, typeArea: typeArea)
    func 字(_ points: Double) -> Phrase.Value { .text(format(points / character)) }
    let location = Phrase(FormatPlacePhrase.paragraphs, texts: ["n": String(block.name.index), "m": String(block.date.index),
                                                               "element": "发文机关署名, 成文日期"])
    var found: [FormatDeviation] = []
    if let seal = block.seal {
      let dateIn = typeArea - date.right
      let offCentre = (name.left + name.right) / 2 - (date.left + date.right) / 2
      if abs(dateIn - 4 * character) > millimetre || abs(offCentre) > character / 2 {
        found.append(FormatDeviation(id: "signature_position", place: location, expectation: Phrase(FormatSignaturePhrase.sealed),
                                     finding: Phrase(FormatSignaturePhrase.sealedAt, ["d": 字(dateIn), "n": 字(offCentre)])))
      }
      let axis = (date.left + date.right) / 2
      if !seal.behindText || seal.centre.map({ abs($0 - axis) > character / 2 }) ?? false {
        let finding = seal.behindText ? Phrase(FormatSignaturePhrase.sealOffCentre, ["n": 字((seal.centre ?? axis) - axis)])
          : Phrase(FormatSignaturePhrase.inFrontOfText)
        found.append(FormatDeviation(id: "seal_placement", place: place(block.name.index, "印章"),
                                     expectation: Phrase(FormatSignaturePhrase.sealBehind), finding: finding))
      }
    } else {
      let nameIn = typeArea - name.right, dateIn = typeArea - date.right
      let longer = date.right - date.left > name.right - name.left
      let edgeOK = abs((longer ? dateIn : nameIn) - 2 * character) <= millimetre
      if !edgeOK || abs(date.left - name.left - 2 * character) > millimetre {
        found.append(FormatDeviation(id: "signature_position", place: location, expectation: Phrase(FormatSignaturePhrase.unsealed),
                                     finding: Phrase(FormatSignaturePhrase.unsealedAt, ["n": 字(nameIn), "d": 字(date.left - name.left)])))
      }
    }
    found += checkKeptWithBody(layout, signature: block.name)
    return found
  }

  /// The lines from the last text before the signature up to it keep with the next paragraph.
  private static func checkKeptWithBody(_ layout: DocumentLayout, signature: DocumentLayout.Paragraph) -> [FormatDeviation] {
    let before = layout.paragraphs.prefix { $0.index < signature.index }
    guard let lastText = before.last(where: { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty && $0.picture == nil }) else { return [] }
    let loose = before.filter { $0.index >= lastText.index && !$0.keepWithNext }
    guard let first = loose.first else { return [] }
    return [FormatDeviation(id: "signature_alone", place: place(first.index, "署名前"), expectation: Phrase(FormatSignaturePhrase.keptWithBody),
                            finding: Phrase(FormatSignaturePhrase.notKept, texts: ["x": loose.map { String($0.index) }.joined(separator: " ¶")]))]
  }
}
