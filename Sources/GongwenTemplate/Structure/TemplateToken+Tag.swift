extension TemplateToken {
  /// The token a tag stands for where it stands alone in plain text: a value, a section opening
  /// (inverted for `^`), a close, or a block for `>` and `%`.
  package init(standaloneTag site: TagSite) {
    switch site.tag.kind {
    case .value: self = .value(site)
    case .section: self = .open(site, .normal)
    case .invertedSection: self = .open(site, .inverted)
    case .close: self = .close(site)
    case .block, .image: self = .block(site)
    }
  }
}
