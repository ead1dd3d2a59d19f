import Testing

@testable import Gongwen

/// Output names: sanitised, with the format's extension, distinct.
struct OutputNamingTests {
  @Test(arguments: [
    ("市教育局", "市教育局.docx"), ("a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j.docx"),
    ("报告\n第一\t版", "报告_第一_版.docx"), ("..隐藏", "隐藏.docx"), ("名称. ", "名称.docx"),
    ("报告.docx", "报告.docx"), ("报告.ODT", "报告.docx"), ("v1.2 说明", "v1.2 说明.docx"),
    ("CON", "_CON.docx"), ("nul.txt", "_nul.txt.docx"), ("COM1", "_COM1.docx"), ("CONSOLE", "CONSOLE.docx"),
  ])
  func sanitised(_ raw: String, _ expected: String) {
    var naming = OutputNaming(fileExtension: "docx")
    #expect(naming.name(for: raw, fallback: "unit-2") == expected)
  }

  @Test func emptyNamesFallBackAndLongNamesAreCutOnCharacters() {
    var naming = OutputNaming(fileExtension: "pdf")
    #expect(naming.name(for: " / ", fallback: "unit-7") == "_.pdf")
    #expect(naming.name(for: "...", fallback: "unit-8") == "unit-8.pdf")
    let long = naming.name(for: String(repeating: "党", count: 100), fallback: "x")
    #expect(long.utf8.count <= OutputNaming.maxStemBytes + 4)
    #expect(long == String(repeating: "党", count: 60) + ".pdf")
  }

  @Test func collisionsGetDistinctNamesWhateverTheCase() {
    var naming = OutputNaming(fileExtension: "docx", reserved: ["manifest.csv"])
    let names = ["市教育局", "市教育局", "ABC", "abc", "市教育局-2", "市教育局", "manifest.csv"].map {
      naming.name(for: $0, fallback: "x")
    }
    #expect(names == ["市教育局.docx", "市教育局-2.docx", "ABC.docx", "abc-2.docx", "市教育局-2-2.docx",
                      "市教育局-3.docx", "manifest.csv.docx"])
    #expect(Set(names.map(OutputNaming.collisionKey)).count == names.count)
  }
}

/// `--shard K/N` slices.
struct BatchShardTests {
  @Test func parsing() {
    #expect(BatchShard(parsing: "2/8") == BatchShard(index: 2, count: 8))
    for bad in ["0/4", "5/4", "1/0", "a/b", "1", "1/2/3", "-1/2", ""] {
      #expect(BatchShard(parsing: bad) == nil, "\(bad)")
    }
  }

  @Test(arguments: [0, 1, 7, 16, 100, 10_001])
  func slicesCoverEveryUnitOnceInOrder(_ total: Int) {
    for count in [1, 2, 3, 7, 16] {
      let ranges = (1...count).compactMap { BatchShard(index: $0, count: count)?.range(of: total) }
      #expect(ranges.first?.lowerBound == 0)
      #expect(ranges.last?.upperBound == total)
      for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
      let sizes = ranges.map(\.count)
      #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1)
    }
  }
}

/// Many units of one key get `-2`, `-3`, … in order, each name probed once.
@Test func tenThousandEqualKeysAreNumberedInOrder() {
  var naming = OutputNaming(fileExtension: "docx")
  let names = (0..<10_000).map { _ in naming.name(forStem: "市教育局", fallback: "x") }
  #expect(names[0] == "市教育局.docx" && names[1] == "市教育局-2.docx" && names[9_999] == "市教育局-10000.docx")
  #expect(Set(names).count == 10_000)
  // A name a unit really has (市教育局-3) is skipped by the numbering and never given twice.
  var mixed = OutputNaming(fileExtension: "docx")
  let given = ["市教育局", "市教育局-3", "市教育局", "市教育局", "市教育局"].map { mixed.name(forStem: $0, fallback: "x") }
  #expect(given == ["市教育局.docx", "市教育局-3.docx", "市教育局-2.docx", "市教育局-4.docx", "市教育局-5.docx"])
}
