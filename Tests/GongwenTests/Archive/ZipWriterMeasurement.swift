import Foundation
import Testing

@testable import Gongwen

extension ArchiveTests {
  /// Not a timed test: prints figures only when GONGWEN_ARCHIVE_MEASURE is set, e.g.
  /// `GONGWEN_ARCHIVE_MEASURE=1 swift test -c release --filter ZipWriterMeasurement`.
  @Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["GONGWEN_ARCHIVE_MEASURE"] != nil))
  struct ZipWriterMeasurement {
    typealias Support = ArchiveTestSupport

    static func microseconds(_ iterations: Int, _ body: () throws -> Void) rethrows -> Double {
      try body()  // warm up
      let start = DispatchTime.now().uptimeNanoseconds
      for _ in 0..<iterations {
        try body()
      }
      return Double(DispatchTime.now().uptimeNanoseconds - start) / Double(iterations) / 1_000
    }

    @Test func deflateLevels() throws {
      let xml = Support.sampleXML(size: 30_000)
      for level: UInt32 in [1, 6, 9] {
        var size = 0
        let time = try Self.microseconds(500) {
          let writer = try ZipWriter(name: "m", level: level)
          try writer.add(name: "content.xml", bytes: xml)
          size = try writer.finish().count
        }
        let micros = String(format: "%.1f", time)
        print("deflate level \(level): 30000-byte XML -> archive \(size) bytes, \(micros) µs per archive")
      }
    }

    @Test func templateLikeArchive() throws {
      let parts = (0..<18).map {
        ("word/part\($0).xml", Support.sampleXML(size: 500 + $0 * 2_500), ZipWriter.Compression.deflate)
      }
      let template = try ZipArchive(bytes: try Support.makeZip(parts), name: "template.docx")
      let document = Support.sampleXML(size: 20_000)
      var size = 0
      let time = try Self.microseconds(1_000) {
        let writer = try ZipWriter()
        for entry in template.entries {
          try writer.copyRaw(entry, from: template)
        }
        try writer.add(name: "word/document.xml", bytes: document)
        size = try writer.finish().count
      }
      print("18 raw copies + 1 deflated 20 KB part + finish: \(String(format: "%.1f", time)) µs, \(size) bytes")
      let copies = try Self.microseconds(1_000) {
        let writer = try ZipWriter()
        for entry in template.entries {
          try writer.copyRaw(entry, from: template)
        }
        _ = try writer.finish()
      }
      print("18 raw copies + finish: \(String(format: "%.1f", copies)) µs")
    }
  }
}
