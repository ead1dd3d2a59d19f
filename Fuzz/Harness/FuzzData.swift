import Gongwen
import GongwenTemplate

/// The data every fuzz input renders with: names a template is likely to use, values of every kind.
enum FuzzData {
  static let json = """
    {"name": "张三", "title": "关于开展检查的通知", "n": 1234.50, "big": 123456789012345678901234567890,
     "neg": -0.005, "exp": 1e308, "date": "2024-03-05", "time": "2024-03-05T09:30:00+08:00",
     "flag": true, "off": false, "nothing": null, "empty": [], "text": "<&>\\"'\\n\\t\\r\\u0001 {{name}}",
     "items": [{"name": "甲", "amount": "1.5", "items": [{"name": "子"}]}, {"name": "乙", "amount": -3}],
     "nested": {"a": {"b": {"c": "深"}}}, "list": ["一", "二", "三"], "正文": ["段落"], "图片": "x.png"}
    """

  static let value: Value = (try? DataLoader.parseJSON(json)) ?? .null

  /// Values a filter is tried on.
  static let filterInputs: [Value] = {
    var inputs: [Value] = [.null, .bool(true), .list([]), .string(""), .string("  全角　空格 "), .string("2024-02-30")]
    if case .object(let members) = value { inputs += members.values }
    return inputs
  }()
}
