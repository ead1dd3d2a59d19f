import Foundation
import Testing

/// The page of `gongwen serve` in headless Chromium (Tests/Browser/page_test.py, also `make interop`):
/// choose 通知, upload 16 units as .xlsx, read the findings, download the zip, open a document from it.
/// Screenshots of each step are kept in out/browser. Runs wherever Chromium's driver is installed, and
/// always in CI, where its absence is a failure.
@Suite(.enabled(if: GongwenCLI.isAvailable, "needs the built gongwen executable"))
struct ServerBrowserTests {
  static let driverInstalled = FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
  static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"

  @Test(.enabled(if: driverInstalled || inCI, "needs chromium-driver (make test installs it)"))
  func theNoticeBatchWorksInTheBrowser() throws {
    #expect(Self.driverInstalled, "chromium-driver is installed")
    let binary = try #require(GongwenCLI.binary)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    let root = ServerProcess.repository
    process.arguments = [root.appendingPathComponent("Tests/Browser/page_test.py").path, binary,
                         root.appendingPathComponent("out/browser").path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(text)")
    #expect(text.contains("browser test: 1 passed, 0 failed"), "\(text)")
  }
}
