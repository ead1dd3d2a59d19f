import Foundation
import Testing

@testable import Gongwen

/// The shipped activity report renders its sample (photos beside the data file, two charts) in both
/// formats, and the result follows GB/T 9704.
struct ActivityReportSampleTests {
  @Test(arguments: ["docx", "odt"])
  func sampleRendersWithPhotosChartsAndCaptions(_ format: String) throws {
    let repository = ShippedTemplateTests.repository
    let samples = repository.appendingPathComponent("samples").path
    let data = try DataLoader.load(path: samples + "/activity-report.yaml")
    let template = try Template(path: repository.appendingPathComponent("templates/activity-report.\(format)").path,
                                options: TemplateOptions(baseDirectory: samples))
    let bytes = try template.render(data)
    try PackageValidation.expectValid(bytes)
    let output = try RenderedPackage(bytes)
    let media = output.entryNames.filter { $0.hasPrefix(format == "docx" ? "word/media/" : "Pictures/") }
    #expect(media.count == 2)
    let charts = output.entryNames.filter { format == "docx" ? $0.hasPrefix("word/charts/chart") : $0.hasSuffix("/content.xml") }
    #expect(charts.count == 2)
    let text = try #require(try output.xml(format == "docx" ? "word/document.xml" : "content.xml").root).text
    for caption in ["图1 志愿服务动员大会", "图2 义务植树现场", "图4 政策宣讲现场", "图6 活动经费构成"] {
      #expect(text.contains(caption), "\(format): \(caption)")
    }
    #expect(!text.contains("{{"))
    // Figures and captions keep the document within GB/T 9704 (captions keep the body's line pitch).
    let deviations = try FormatCheck.check(bytes: bytes, name: "activity-report.\(format)")
    #expect(deviations.map(\.id) == [], "\(deviations)")
  }
}
