import GongwenTemplate

// The template language's types that Gongwen's API takes or returns, so that `import Gongwen` is all a
// user needs. The names are the same as in GongwenTemplate; importing both modules is fine.

/// A data value: text, number, boolean, list, mapping or null. See `GongwenTemplate.Value`.
public typealias Value = GongwenTemplate.Value
/// A number that keeps the way it was written. See `GongwenTemplate.NumberValue`.
public typealias NumberValue = GongwenTemplate.NumberValue
/// The filters a template may call, by name; register custom ones in `TemplateOptions.filters`.
public typealias FilterRegistry = GongwenTemplate.FilterRegistry
/// One filter: how its arguments are checked and what it does to a value.
public typealias FilterDefinition = GongwenTemplate.FilterDefinition
/// How a render treats missing values.
public typealias RenderOptions = GongwenTemplate.RenderOptions
/// The opening and closing delimiters of tags.
public typealias Delimiters = GongwenTemplate.Delimiters
/// Delimiters and the lenient syntax options of tags.
public typealias TagSyntax = GongwenTemplate.TagSyntax
/// One problem found in a template or in its data; custom filters throw it (`.filterFailed`).
public typealias TemplateError = GongwenTemplate.TemplateError
/// Several template problems, thrown together when a template does not compile.
public typealias TemplateErrors = GongwenTemplate.TemplateErrors
/// Where in a template a problem is: part, paragraph, offset.
public typealias SourceLocation = GongwenTemplate.SourceLocation
/// What `Template.check` found: errors, warnings and unused data keys.
public typealias DataCheckReport = GongwenTemplate.DataCheckReport
