import Foundation

/// Decodes a unit table's bytes: UTF-8 (a byte order mark is dropped) when they are valid UTF-8,
/// otherwise GB18030, the encoding Excel and WPS use for "CSV" on Chinese Windows.
enum UnitText {
  /// `CFStringConvertEncodingToNSStringEncoding(kCFStringEncodingGB_18030_2000)`: Foundation's
  /// GB18030 (a superset of GBK and GB2312), spelled out because Linux Foundation does not export the
  /// CoreFoundation names.
  static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

  static func decode(_ data: Data, file: String) throws -> String {
    let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
    if let text = String(validating: body, as: UTF8.self) { return text }
    if let text = String(data: Data(body), encoding: gb18030) { return text }
    throw DataError(file: file, message: "the file is neither UTF-8 nor GB18030 text; save it as \"CSV UTF-8\"")
  }
}
