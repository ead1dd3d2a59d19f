import GongwenTemplate

/// Figures of one Word render: pictures and charts placed where image tags stand, the media and
/// chart parts they add, and the relationships and content types those need.
final class WordFigures {
  static let imageType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
  static let chartType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"

  private let setup: WordFigureSetup
  private let takeDrawingID: () -> Int
  private let media: FigureMedia
  private var charts: WordCharts
  /// Relationships added per part, and the ids each part uses.
  private var added: [String: [(id: String, type: String, target: String)]] = [:]
  private var usedIDs: [String: Set<String>] = [:]
  /// The relationship of each media entry per part, so a picture repeated in a part shares one.
  private var mediaRelationships: [String: [String: String]] = [:]
  private var captions = 0

  init(setup: WordFigureSetup, takeDrawingID: @escaping () -> Int) {
    self.setup = setup
    self.takeDrawingID = takeDrawingID
    self.media = FigureMedia(baseDirectory: setup.baseDirectory, moreDirectories: setup.moreDirectories, folder: "word/media/", existing: setup.entryNames)
    self.charts = WordCharts(existing: setup.entryNames)
  }

  /// The markup replacing an image tag: a block figure paragraph (and caption), or an inline drawing
  /// that closes and reopens the run's text. A `kept` block figure and its caption keep with what
  /// follows (the lines before a signature).
  func markup(_ value: Value, site: TagSite, part: CompiledPart, kept: Bool = false) throws -> [UInt8] {
    try FigureError.reported(at: site) {
      Array(try figure(try FigureRequest.read(value, path: site.tag.expression.path.description), site: site, part: part, kept: kept).utf8)
    }
  }

  private func figure(_ request: FigureRequest, site: TagSite, part: CompiledPart, kept: Bool) throws -> String {
    let placement = try FigurePlacement(site: site, part: part, request: request)
    var prefix = "w:"
    if case .inline(let encoding) = placement {
      guard case .wordRun(let runPrefix) = encoding else { throw FigureError(.cannotStandInRun) }
      prefix = runPrefix.isEmpty ? "" : runPrefix + ":"
    }
    let maxWidth = setup.textWidth(part: part.name, paragraph: site.location.paragraph)
    let id = takeDrawingID()
    let drawing: String
    switch request {
    case .image(let image):
      let loaded = try media.load(image.path)
      let size = FigureSize.fit(loaded.header, width: image.width, height: image.height, maxWidth: maxWidth)
      let relationship = try mediaRelationship(loaded.entryName, part: part.name)
      let fileName = String(loaded.entryName.split(separator: "/").last ?? "")
      var seal: SealPlacement?
      if case .inline = placement, SealPlacement.isSeal(site.tag) { seal = SealPlacement(size: size, textWidth: maxWidth) }
      drawing = WordDrawingMarkup.drawing(.picture(relationship: relationship, fileName: fileName), size: size, id: id,
                                          name: seal == nil ? "图片" : "印章", alt: image.alt, prefix: prefix, behindText: seal)
    case .chart(let chart):
      let chartPart = try charts.add(chart)
      let relationship = try relate(part.name, type: Self.chartType, target: WordPackageEdits.target(of: chartPart, from: part.name))
      drawing = WordDrawingMarkup.drawing(.chart(relationship: relationship), size: chart.size(maxWidth: maxWidth), id: id,
                                          name: "图表", alt: chart.title, prefix: prefix)
    }
    guard case .block = placement else { return "</\(prefix)t>" + drawing + "<\(prefix)t xml:space=\"preserve\">" }
    var markup = WordDrawingMarkup.figureParagraph(drawing: drawing, keepWithNext: request.caption != nil || kept)
    if let caption = request.caption {
      captions += 1
      markup += WordDrawingMarkup.captionParagraph(number: captions, caption: caption, keepWithNext: kept)
    }
    return markup
  }

  private func mediaRelationship(_ entry: String, part: String) throws -> String {
    if let id = mediaRelationships[part]?[entry] { return id }
    let id = try relate(part, type: Self.imageType, target: WordPackageEdits.target(of: entry, from: part))
    mediaRelationships[part, default: [:]][entry] = id
    return id
  }

  /// Adds a relationship to `part` and returns its fresh id.
  private func relate(_ part: String, type: String, target: String) throws -> String {
    if usedIDs[part] == nil {
      usedIDs[part] = try WordPackageEdits.ids(in: setup.relationships[part], part: Relationships.partName(for: part))
    }
    var number = (added[part]?.count ?? 0) + 1
    while usedIDs[part]?.contains("rIdFigure\(number)") == true { number += 1 }
    let id = "rIdFigure\(number)"
    usedIDs[part]?.insert(id)
    added[part, default: []].append((id, type, target))
    return id
  }

  /// The media, chart parts, relationships and content types to add or replace.
  func finish() throws -> [(name: String, bytes: [UInt8])] {
    guard !added.isEmpty else { return [] }
    var parts: [(name: String, bytes: [UInt8])] = media.entries.map { ($0.name, $0.bytes) }
    parts += charts.parts
    for (part, relationships) in added.sorted(by: { $0.key < $1.key }) {
      let name = Relationships.partName(for: part)
      parts.append((name, try WordPackageEdits.relationships(setup.relationships[part], part: name, adding: relationships)))
    }
    if let contentTypes = setup.contentTypes {
      var defaults = media.entries.map { ($0.format.fileExtension, $0.format.mediaType) }
      defaults += charts.defaults
      parts.append(("[Content_Types].xml", try WordPackageEdits.contentTypes(contentTypes, defaults: defaults,
                                                                            overrides: charts.overrides)))
    }
    return parts
  }
}
