import Foundation
import Gongwen

/// `render --annotate-errors`: the template with every error as a comment, for the author to open.
enum AnnotatedCopy {
  static func write(template: String, errors: [TemplateError], to path: String, protecting: [String],
                    report: DiagnosticPrinter) {
    do {
      try ErrorAnnotation.write(template: template, errors: errors, to: path, protecting: protecting)
      if !report.json {
        FileHandle.standardError.write(Data((SummaryText.annotatedCopy(path, comments: errors.count) + "\n").utf8))
      }
    } catch {
      report.failure(error)
    }
  }
}
