import Testing

@testable import GongwenTemplate

@Suite struct TemplateTreeTests {
  @Test func mergesAdjacentLiterals() throws {
    let nodes = TemplateTree.build([.literal(Array("ab".utf8)), .literal([]), .literal(Array("中".utf8))])
    #expect(nodes.count == 1)
    guard case .literal(let bytes) = nodes.first else {
      Issue.record("expected a literal")
      return
    }
    #expect(String(decoding: bytes, as: UTF8.self) == "ab中")
  }

  @Test func buildsNestedSections() throws {
    let open = try site("{{#a}}")
    let inner = try site("{{^b}}")
    let value = try site("{{x}}")
    let nodes = TemplateTree.build([
      .literal([65]), .open(open, .normal), .literal([66]), .literal([67]), .open(inner, .inverted), .value(value),
      .hook(7), .close(inner), .close(open), .literal([68]),
    ])
    #expect(nodes.count == 3)
    guard case .section(let site, let mode, let children) = nodes[1] else {
      Issue.record("expected a section")
      return
    }
    #expect(site.tag.text == "{{#a}}")
    #expect(mode == .normal)
    #expect(children.count == 2)
    guard case .literal(let bytes) = children[0], case .section(_, .inverted, let innerChildren) = children[1] else {
      Issue.record("unexpected children")
      return
    }
    #expect(bytes == [66, 67])
    #expect(innerChildren.count == 2)
    if case .hook(let id) = innerChildren[1] { #expect(id == 7) } else { Issue.record("expected a hook") }
  }

  @Test func unbalancedTokensAreClosedAtTheEnd() throws {
    let nodes = TemplateTree.build([.close(try site("{{/z}}")), .open(try site("{{#a}}"), .guarded), .literal([1])])
    #expect(nodes.count == 1)
    if case .section(_, .guarded, let children) = nodes.first {
      #expect(children.count == 1)
    } else {
      Issue.record("expected a guarded section")
    }
  }
}
