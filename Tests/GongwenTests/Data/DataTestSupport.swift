import Collections
import Testing

@testable import Gongwen

/// Helpers shared by the data tests.
enum DataTestSupport {
  /// The `DataError` `body` throws, or nil (recorded as a test failure) when it throws none.
  static func dataError(
    sourceLocation: Testing.SourceLocation = #_sourceLocation, _ body: () throws -> Void
  ) -> DataError? {
    do {
      try body()
      Issue.record("expected a DataError, but nothing was thrown", sourceLocation: sourceLocation)
      return nil
    } catch let error as DataError {
      return error
    } catch {
      Issue.record("expected a DataError, got \(error)", sourceLocation: sourceLocation)
      return nil
    }
  }

  /// An object value from key-value pairs, in order (`[:]` for an empty one).
  static func object(_ pairs: KeyValuePairs<String, Value>) -> Value {
    Value.object(pairs)
  }

  /// The literal of a number value, or nil.
  static func literal(_ value: Value?) -> String? {
    if case .number(let number) = value { return number.literal }
    return nil
  }

  /// The keys of an object value, in order.
  static func keys(_ value: Value?) -> [String] {
    if case .object(let members) = value { return Array(members.keys) }
    return []
  }
}
