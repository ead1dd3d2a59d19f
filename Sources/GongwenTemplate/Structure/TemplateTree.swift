/// Builds a node tree from a balanced token stream, merging adjacent literals.
public enum TemplateTree {
  public static func build(_ tokens: [TemplateToken]) -> [TemplateNode] { fatalError("stub") }
}
