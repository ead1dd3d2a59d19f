import Foundation
import Testing

@testable import Gongwen

/// Compiles and renders in-memory Word templates for tests, and collects template errors.
///
/// ```swift
/// let builder = WordPackageBuilder(body: WordML.para("{{name}}"))
/// let output = try DocxHarness.render(builder, #"{"name": "张三"}"#)   // validated when possible
/// let errors = DocxHarness.compileErrors(builder)                      // [] when it compiles
/// ```
enum DocxHarness {
  /// Data from JSON text (numbers keep their written form).
  static func json(_ text: String) throws -> Value { try DataLoader.parseJSON(text) }

  /// An object value from key–value pairs, in order.
  static func object(_ pairs: KeyValuePairs<String, Value>) -> Value { Value.object(pairs) }

  static func template(_ builder: WordPackageBuilder, options: TemplateOptions = TemplateOptions()) throws -> Template {
    try Template(bytes: try builder.build(), name: "template.docx", options: options)
  }

  /// Renders with JSON data; checks the output with `validate-package` unless `validate` is false.
  static func render(_ builder: WordPackageBuilder, _ data: String, allowMissing: Bool = false, validate: Bool = true,
                     options: TemplateOptions = TemplateOptions(),
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> RenderedPackage {
    try render(builder, value: try json(data), allowMissing: allowMissing, validate: validate, options: options,
               sourceLocation: sourceLocation)
  }

  /// Renders with a `Value`; checks the output with `validate-package` unless `validate` is false.
  static func render(_ builder: WordPackageBuilder, value: Value, allowMissing: Bool = false, validate: Bool = true,
                     options: TemplateOptions = TemplateOptions(),
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> RenderedPackage {
    let template = try template(builder, options: options)
    let bytes = try template.render(value, options: RenderOptions(allowMissing: allowMissing))
    if validate { try PackageValidation.expectValid(bytes, sourceLocation: sourceLocation) }
    return try RenderedPackage(bytes)
  }

  /// The template errors compiling `builder` raises; records an issue when it compiles or fails otherwise.
  static func compileErrors(_ builder: WordPackageBuilder,
                            sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [TemplateError] {
    do {
      _ = try template(builder)
      Issue.record("the template compiled without errors", sourceLocation: sourceLocation)
    } catch let errors as TemplateErrors {
      return errors.errors
    } catch let error as TemplateError {
      return [error]
    } catch {
      Issue.record("unexpected error: \(error)", sourceLocation: sourceLocation)
    }
    return []
  }

  /// The template errors rendering `builder` with `data` raises.
  static func renderErrors(_ builder: WordPackageBuilder, _ data: String,
                           sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [TemplateError] {
    do {
      let template = try template(builder)
      _ = try template.render(try json(data))
      Issue.record("the template rendered without errors", sourceLocation: sourceLocation)
    } catch let errors as TemplateErrors {
      return errors.errors
    } catch {
      Issue.record("unexpected error: \(error)", sourceLocation: sourceLocation)
    }
    return []
  }

  /// The XML of the `index`-th run (in document order) of a part of a package before rendering.
  static func templateRuns(_ builder: WordPackageBuilder, part: String = "word/document.xml") throws -> [WordRun] {
    try RenderedPackage(try builder.build()).paragraphs(part).flatMap(\.runs)
  }
}
