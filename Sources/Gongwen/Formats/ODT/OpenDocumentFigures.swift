import GongwenTemplate

/// Figures of one OpenDocument render: pictures and charts placed where image tags stand, the
/// files they add and their manifest entries.
final class OpenDocumentFigures {
  private let setup: OpenDocumentFigureSetup
  private let media: FigureMedia
  private var charts: OpenDocumentCharts
  private var frames = 0
  private var captions = 0

  init(setup: OpenDocumentFigureSetup) {
    self.setup = setup
    self.media = FigureMedia(baseDirectory: setup.baseDirectory, moreDirectories: setup.moreDirectories, folder: "Pictures/", existing: setup.entryNames)
    self.charts = OpenDocumentCharts(existing: setup.entryNames)
  }

  /// The markup replacing an image tag: a figure paragraph (and caption), or an inline frame. The figure
  /// paragraph keeps with its caption; a `kept` caption keeps with what follows (a signature).
  func markup(_ value: Value, site: TagSite, part: CompiledPart, kept: Bool = false) throws -> [UInt8] {
    try FigureError.reported(at: site) {
      Array(try figure(try FigureRequest.read(value, path: site.tag.expression.path.description), site: site, part: part, kept: kept).utf8)
    }
  }

  private func figure(_ request: FigureRequest, site: TagSite, part: CompiledPart, kept: Bool) throws -> String {
    let placement = try FigurePlacement(site: site, part: part, request: request)
    let maxWidth = setup.textWidth(part: part.name, paragraph: site.location.paragraph)
    frames += 1
    let frame: String
    switch request {
    case .image(let image):
      let loaded = try media.load(image.path)
      let size = FigureSize.fit(loaded.header, width: image.width, height: image.height, maxWidth: maxWidth)
      var seal: SealPlacement?
      if case .inline = placement, SealPlacement.isSeal(site.tag) { seal = SealPlacement(size: size, textWidth: maxWidth) }
      frame = OpenDocumentFrameMarkup.frame(.picture(entry: loaded.entryName), size: size,
                                            name: seal == nil ? "图片 \(frames)" : "印章 \(frames)", alt: image.alt, behindText: seal)
    case .chart(let chart):
      let size = chart.size(maxWidth: maxWidth)
      let object = charts.add(chart, size: size)
      frame = OpenDocumentFrameMarkup.frame(.chart(object: object), size: size, name: "图表 \(frames)", alt: chart.title)
    }
    guard case .block = placement else { return frame }
    var markup = OpenDocumentFrameMarkup.figureParagraph(frame: frame)
    if let caption = request.caption {
      captions += 1
      markup += OpenDocumentFrameMarkup.captionParagraph(number: captions, caption: caption, kept: kept)
    }
    return markup
  }

  /// The pictures, chart objects and the manifest listing them.
  func finish() throws -> [(name: String, bytes: [UInt8])] {
    guard frames > 0, let manifest = setup.manifest else { return [] }
    var parts: [(name: String, bytes: [UInt8])] = media.entries.map { ($0.name, $0.bytes) }
    parts += charts.parts
    let listed = media.entries.map { (path: $0.name, type: $0.format.mediaType) } + charts.manifestEntries
    parts.append(("META-INF/manifest.xml", try Self.manifest(manifest, adding: listed)))
    return parts
  }

  private static func manifest(_ bytes: [UInt8], adding entries: [(path: String, type: String)]) throws -> [UInt8] {
    let document = try XMLDocument(parsing: bytes, part: "META-INF/manifest.xml")
    guard let root = document.root else { return bytes }
    for entry in entries {
      guard let element = root.appendElement("file-entry", namespace: ODF.manifestNS, prefix: "manifest") else { continue }
      element.setAttribute("full-path", namespace: ODF.manifestNS, prefix: "manifest", entry.path)
      element.setAttribute("media-type", namespace: ODF.manifestNS, prefix: "manifest", entry.type)
    }
    return XMLSerializer.bytes(of: document)
  }
}
