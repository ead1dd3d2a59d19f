import GongwenFuzzing

/// libFuzzer entry point: the template language on arbitrary text (see `TagFuzzing`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTags(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  TagFuzzing.run(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
  return 0
}
