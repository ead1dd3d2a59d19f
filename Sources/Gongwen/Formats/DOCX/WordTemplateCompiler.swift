import GongwenTemplate

/// Finds the parts of a Word package that may hold tags and compiles them.
enum WordTemplateCompiler {
  static func compile(_ package: TemplatePackage) throws -> WordCompiledTemplate {
    let contentTypes = try package.xml(WordContentTypes.part)
    try WordActiveContent.check(package, contentTypes: contentTypes)
    try WordExternalRelationships.drop(in: package)
    let packageRelationships = try Relationships.read(for: "", in: package)
    guard let main = packageRelationships.first(where: { OPC.officeDocument.contains($0.type) && !$0.isExternal }) else {
      throw PackageError(.missingPart, file: package.file, part: "_rels/.rels",
                         detail: PackagePhrase.noMainRelationship.phrase())
    }
    guard package.has(main.target) else {
      throw PackageError(.missingPart, file: package.file, part: main.target,
                         detail: PackagePhrase.mainPartMissing.phrase(["part": .text(main.target)]))
    }
    WordContentTypes.makeDocument(contentTypes, mainPart: main.target, in: package)
    var parts: [(name: String, profile: FormatProfile)] = []
    var roles = [main.target: "body"]
    let mainRelationships = try Relationships.read(for: main.target, in: package)
    try Relationships.requireTargets(packageRelationships, of: "", in: package)
    try Relationships.requireTargets(mainRelationships, of: main.target, in: package)
    var numberingPart: String?
    var commentExtensionParts: [String] = []
    for relationship in mainRelationships where !relationship.isExternal {
      if WordCommentExtensions.types.contains(relationship.shortType), package.has(relationship.target) {
        commentExtensionParts.append(relationship.target)
      }
      if OPC.templatedPartTypes.contains(relationship.shortType) {
        parts.append((relationship.target, WordProfile()))
        roles[relationship.target] = relationship.shortType
      } else if relationship.shortType == OPC.numberingType, package.has(relationship.target) {
        numberingPart = relationship.target
      }
    }
    for relationship in packageRelationships where !relationship.isExternal {
      if [OPC.coreProperties, OPC.extendedProperties, OPC.customProperties].contains(relationship.type),
        package.has(relationship.target)
      {
        parts.append((relationship.target, PropertiesProfile()))
        roles[relationship.target] = "document properties"
      }
    }
    let styles = try WordStyleCatalog(package: package, mainPart: main.target)
    let signatures = styles.paragraphStyles.isSuperset(of: [WordSignatureLayout.signatureStyle, WordSignatureLayout.dateStyle])
    var compiled = try compileMainFirst(main.target, then: parts, roles: roles, signatures: signatures, in: package)
    let numbering = try WordNumbering(package: package, part: numberingPart, compiled: compiled)
    if let numberingTemplate = try numbering.compileNumberingPart(package) {
      compiled.append(numberingTemplate)
    }
    var notes = try WordNoteCopies(parts: compiled, roles: roles, package: package)
    let commentExtensions = try WordCommentExtensions.compile(
      commentExtensionParts, comments: roles.first { $0.value == "comments" }?.key,
      copied: notes.referred[.comment] ?? [], in: package)
    compiled += commentExtensions.parts
    notes.firstFreeDurableID = commentExtensions.firstFreeDurableID
    let maxDrawingID = try WordDrawingIDs.maximum(in: package)
    let figures = try WordFigureSetup.read(package, mainPart: main.target, parts: compiled)
    var template = WordCompiledTemplate(parts: compiled, numbering: numbering, firstFreeDrawingID: maxDrawingID + 1,
                                        figures: figures)
    template.roles = roles
    template.notes = notes
    template.styles = styles
    template.hasLandscapeFooters = [WordSectionLayout.oddFooter, WordSectionLayout.evenFooter].allSatisfy { id in
      mainRelationships.contains { $0.id == id && $0.shortType == "footer" && !$0.isExternal }
    }
    template.typeAreaBottom = try WordFooterExtent.typeAreaBottom(of: main.target, relationships: mainRelationships, in: package)
    return template
  }

  /// Compiles the main document, then the other parts: a notes part learns from the main document which
  /// of its notes are referred to inside sections. Errors of every part are collected before throwing.
  private static func compileMainFirst(_ main: String, then parts: [(name: String, profile: FormatProfile)],
                                       roles: [String: String], signatures: Bool, in package: TemplatePackage) throws -> [CompiledPart] {
    var errors: [TemplateError] = []
    var compiled: [CompiledPart] = []
    do {
      compiled = try package.compileAll([(main, WordProfile(laysOutSignatures: signatures))])
    } catch let problems as TemplateErrors {
      errors = problems.errors
    }
    let referred = WordNoteCopies.referredInSections(compiled.first)
    let others = parts.map { part -> (name: String, profile: FormatProfile) in
      guard let kind = WordRepeatedNotes.kind(ofRole: roles[part.name] ?? "") else { return part }
      return (part.name, WordProfile(repeatedNotes: (kind, referred[kind] ?? [])))
    }
    do {
      compiled += try package.compileAll(others)
    } catch let problems as TemplateErrors {
      errors += problems.errors
    }
    guard errors.isEmpty else { throw TemplateErrors(errors) }
    return compiled
  }
}
