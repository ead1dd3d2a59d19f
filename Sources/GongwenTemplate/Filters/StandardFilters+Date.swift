extension StandardFilters {
  /// `date:"yyyy年M月d日"`: reformats a date written as text (see `DateParts`); `date:"cn"` writes it
  /// in Chinese numerals. Without an argument the pattern is `yyyy年M月d日`.
  static let date = FilterDefinition(
    check: { arguments in
      guard arguments.count <= 1 else { return TemplatePhrase.atMostOnePattern.phrase(["count": .text(String(arguments.count))]) }
      guard let argument = arguments.first else { return nil }
      let pattern = argumentText(argument)
      return DateParts.isPattern(pattern) ? nil : TemplatePhrase.noDateTokens.phrase(["text": .text(pattern)])
    },
    apply: { value, arguments in
      let pattern = arguments.first.map(argumentText) ?? "yyyy年M月d日"
      guard case .string(let text) = value, let date = DateParts(parsing: text) else {
        throw failure("date", .notADate, ["value": quotedValue(value)])
      }
      return .string(date.formatted(pattern))
    })
}
