import Collections
import GongwenTemplate

/// How a batch renders its units and where the documents go.
public struct BatchOptions: Sendable {
  /// The deflate level `gongwen batch` compiles its template with (``TemplateOptions/deflateLevel``):
  /// measured on the party-building report, level 3 deflates in half the time of 6 for 4 % more bytes.
  package static let deflateLevel = 3

  /// The folder the documents (and the manifest) are written to; created when missing.
  public var outputDirectory: String
  /// The file name pattern, in the template language: unit fields plus `$row` (the unit's row in its
  /// table), `$index` (1-based place among the units) and `$key` (the first field). nil: `{{$key}}`.
  public var namePattern: String?
  /// The output format; nil: the pattern's extension when it names one, else the template's format.
  public var format: OutputFormat?
  /// Parallel workers (at least 1).
  public var jobs: Int
  /// Render only this slice of the units.
  public var shard: BatchShard?
  /// Skip units whose output is already complete (see ``BatchOutputCheck``).
  public var resume: Bool
  /// Write every document into this one zip archive instead of the folder.
  public var zipPath: String?
  /// Stop at the first unit that fails (units already under way finish).
  public var failFast: Bool
  /// Data every unit starts from; each unit's row is merged over it (none: an empty object).
  public var common: Value
  /// Options of each render (`allowMissing`).
  public var renderOptions: RenderOptions
  /// The manifest's format: CSV (`manifest.csv`) or JSON (`manifest.json`).
  public var manifestFormat: BatchManifest.Format
  /// Files the batch must never write over (the unit table, the common data).
  public var protecting: [String]
  /// How documents are converted when the format differs from the template's (PDF/A).
  public var conversion: ConversionOptions

  /// Options for a batch into `outputDirectory`; every other setting has a default.
  public init(
    outputDirectory: String, namePattern: String? = nil, format: OutputFormat? = nil, jobs: Int = 1,
    shard: BatchShard? = nil, resume: Bool = false, zipPath: String? = nil, failFast: Bool = false,
    common: Value? = nil, renderOptions: RenderOptions = RenderOptions(),
    manifestFormat: BatchManifest.Format = .csv, protecting: [String] = [],
    conversion: ConversionOptions = ConversionOptions()
  ) {
    self.outputDirectory = outputDirectory
    self.namePattern = namePattern
    self.format = format
    self.jobs = max(1, jobs)
    self.shard = shard
    self.resume = resume
    self.zipPath = zipPath
    self.failFast = failFast
    self.common = common ?? .object(OrderedDictionary())
    self.renderOptions = renderOptions
    self.manifestFormat = manifestFormat
    self.protecting = protecting
    self.conversion = conversion
  }
}
