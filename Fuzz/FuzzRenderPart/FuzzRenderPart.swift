import GongwenFuzzing

/// libFuzzer entry point: one Word `document.xml` compiled and rendered (see `PartFuzzing`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRenderPart(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  PartFuzzing.run(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
  return 0
}
