/// Reads the shared strings part (`sst`) as a stream: the text of each `si`, phonetic guides (`rPh`)
/// left out. Only the strings are kept, not a tree of the part.
final class XLSXSharedStrings: XMLStreamHandler {
  private(set) var strings: [String] = []
  var failure: Error?
  private var inItem = false
  private var phoneticDepth = 0
  private var text = XMLTextCapture()

  func startElement(_ element: XMLStreamElement) {
    if element.named("si") {
      inItem = true
      text.reset()
    } else if inItem && (element.named("rPh") || element.named("phoneticPr")) {
      phoneticDepth += 1
    } else if inItem && phoneticDepth == 0 && element.named("t") {
      text.isOn = true
    }
  }

  func endElement(_ element: XMLStreamElement) {
    if element.named("si") {
      strings.append(text.string)
      inItem = false
    } else if inItem && (element.named("rPh") || element.named("phoneticPr")) {
      phoneticDepth -= 1
    } else if element.named("t") {
      text.isOn = false
    }
  }

  func characters(_ bytes: UnsafeBufferPointer<UInt8>) { text.append(bytes) }
}

/// The text of the elements a stream handler is inside of, gathered from the pieces the parser gives.
struct XMLTextCapture {
  /// Text is gathered only while on.
  var isOn = false
  private var bytes: [UInt8] = []

  var string: String { String(decoding: bytes, as: UTF8.self) }

  mutating func reset() {
    bytes.removeAll(keepingCapacity: true)
    isOn = false
  }

  mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
    if isOn { bytes.append(contentsOf: piece) }
  }
}
