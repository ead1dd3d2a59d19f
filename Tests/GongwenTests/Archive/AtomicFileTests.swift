import Foundation
import Testing

@testable import Gongwen

extension ArchiveTests {
  @Suite struct AtomicFileTests {
    typealias Support = ArchiveTestSupport

    static func listing(_ directory: String) throws -> [String] {
      try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    static func inode(_ path: String) -> UInt64? {
      var info = stat()
      return stat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    @Test func writesNewFileAndLeavesNoTemporary() throws {
      let directory = try Support.makeTemporaryDirectory()
      defer { try? FileManager.default.removeItem(atPath: directory) }
      let content = Support.sampleXML(size: 100_000)
      try AtomicFile.write(content, to: directory + "/out.docx")
      #expect(try Support.readFile(directory + "/out.docx") == content)
      #expect(try Self.listing(directory) == ["out.docx"])
      try AtomicFile.write([], to: directory + "/empty.bin")
      #expect(try Support.readFile(directory + "/empty.bin").isEmpty)
    }

    @Test func newFilesTakeTheUmaskAndNeverShowPartially() throws {
      let directory = try Support.makeTemporaryDirectory()
      defer { try? FileManager.default.removeItem(atPath: directory) }
      let mask = umask(0o027)
      defer { umask(mask) }
      for index in 0..<20 {
        try AtomicFile.write(Support.sampleXML(size: 1_000 * (index + 1)), to: directory + "/unit-\(index).docx",
                             durable: index % 2 == 0)
      }
      #expect(try Self.listing(directory) == (0..<20).map { "unit-\($0).docx" }.sorted())
      for index in 0..<20 {
        let path = directory + "/unit-\(index).docx"
        #expect(try Support.readFile(path) == Support.sampleXML(size: 1_000 * (index + 1)))
        var info = stat()
        stat(path, &info)
        #expect(info.st_mode & 0o777 == 0o640, "\(path)")
      }
    }

    @Test func replacesExistingFileAtomicallyKeepingItsMode() throws {
      let directory = try Support.makeTemporaryDirectory()
      defer { try? FileManager.default.removeItem(atPath: directory) }
      let path = directory + "/out.odt"
      try Support.writeFile(path, Array("old content".utf8))
      chmod(path, 0o640)
      let oldInode = Self.inode(path)
      let reader = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
      defer { try? reader.close() }
      try AtomicFile.write(Array("new content, longer than before".utf8), to: path)
      #expect(try Support.readFile(path) == Array("new content, longer than before".utf8))
      #expect(Self.inode(path) != oldInode, "replaced by rename, not rewritten in place")
      #expect(try reader.readToEnd() == Data("old content".utf8), "an open reader still sees the old file whole")
      var info = stat()
      stat(path, &info)
      #expect(info.st_mode & 0o777 == 0o640)
      #expect(try Self.listing(directory) == ["out.odt"])
    }

    @Test func failureLeavesNoTemporaryAndNoTarget() throws {
      let directory = try Support.makeTemporaryDirectory()
      defer { try? FileManager.default.removeItem(atPath: directory) }
      // The temporary file is created and written, then rename(2) fails: the target is a directory.
      try FileManager.default.createDirectory(atPath: directory + "/taken/inner", withIntermediateDirectories: true)
      let error = Support.expectArchiveError(.io) { try AtomicFile.write([1, 2, 3], to: directory + "/taken") }
      #expect(error?.detail.hasPrefix("cannot replace the file") == true)
      #expect(try Self.listing(directory) == ["taken"])
      #expect(try Self.listing(directory + "/taken") == ["inner"])
      // The directory does not exist: nothing can be created.
      Support.expectArchiveError(.io) { try AtomicFile.write([1], to: directory + "/missing/out.docx") }
      #expect(try Self.listing(directory) == ["taken"])
    }

    @Test(.enabled(if: getuid() != 0, "root may write into a read-only directory"))
    func unwritableDirectoryLeavesNothing() throws {
      let directory = try Support.makeTemporaryDirectory()
      defer {
        chmod(directory, 0o700)
        try? FileManager.default.removeItem(atPath: directory)
      }
      chmod(directory, 0o500)
      Support.expectArchiveError(.io) { try AtomicFile.write([1], to: directory + "/out.docx") }
      #expect(try Self.listing(directory).isEmpty)
    }

    @Test func refusesToOverwriteProtectedPaths() throws {
      let directory = try Support.makeTemporaryDirectory()
      defer { try? FileManager.default.removeItem(atPath: directory) }
      let input = directory + "/in.docx"
      let original = Array("the template".utf8)
      try Support.writeFile(input, original)
      try FileManager.default.createDirectory(atPath: directory + "/sub", withIntermediateDirectories: true)
      try FileManager.default.createSymbolicLink(atPath: directory + "/link.docx", withDestinationPath: input)
      try FileManager.default.linkItem(atPath: input, toPath: directory + "/hard.docx")
      let aliases = [
        input, directory + "/./in.docx", directory + "/sub/../in.docx", directory + "/link.docx",
        directory + "/hard.docx",
      ]
      for alias in aliases {
        Support.expectArchiveError(.wouldOverwriteInput) {
          try AtomicFile.write([0], to: alias, protecting: ["/nonexistent/other.docx", input])
        }
        // Protecting the alias also protects the real file.
        Support.expectArchiveError(.wouldOverwriteInput) { try AtomicFile.write([0], to: input, protecting: [alias]) }
      }
      #expect(try Support.readFile(input) == original)
      #expect(try Self.listing(directory) == ["hard.docx", "in.docx", "link.docx", "sub"])
      // A protected path that does not exist yet is still compared by resolved path.
      Support.expectArchiveError(.wouldOverwriteInput) {
        try AtomicFile.write([0], to: directory + "/sub/../new.docx", protecting: [directory + "/new.docx"])
      }
      // Other outputs beside the input are fine.
      try AtomicFile.write([7], to: directory + "/out.docx", protecting: [input])
      #expect(try Support.readFile(directory + "/out.docx") == [7])
    }

    @Test func reportsDiskFull() throws {
      // /dev/full fails every write with ENOSPC.
      let fd = open("/dev/full", O_WRONLY)
      try #require(fd >= 0)
      defer { close(fd) }
      let code = PosixIO.writeAll(fd, [1, 2, 3])
      #expect(code == ENOSPC)
      let error = Support.expectArchiveError(.diskFull) { try AtomicFile.check(code, "out.docx", .cannotWrite) }
      #expect(error?.description == "out.docx: disk full: cannot write (no space left on the device)")
      Support.expectArchiveError(.diskFull) { try AtomicFile.check(EDQUOT, "out.docx", .cannotWrite) }
      Support.expectArchiveError(.io) { try AtomicFile.check(EACCES, "out.docx", .cannotWrite) }
    }

    @Test func resolvesAndSplitsPaths() {
      #expect(AtomicFile.split("a/b/c.docx") == ("a/b", "c.docx"))
      #expect(AtomicFile.split("c.docx") == (".", "c.docx"))
      #expect(AtomicFile.split("/c.docx") == ("/", "c.docx"))
      #expect(AtomicFile.resolve("/") == "/")
    }

    @Test func worksWithRelativePaths() throws {
      let directory = try Support.makeTemporaryDirectory()
      defer { try? FileManager.default.removeItem(atPath: directory) }
      // Relative to the current directory, which tests must not change: use a path through the root.
      let relative = String(repeating: "../", count: 64) + directory.dropFirst() + "/rel.docx"
      try AtomicFile.write([5], to: relative)
      #expect(try Support.readFile(directory + "/rel.docx") == [5])
      Support.expectArchiveError(.wouldOverwriteInput) {
        try AtomicFile.write([6], to: relative, protecting: [directory + "/rel.docx"])
      }
    }
  }
}
