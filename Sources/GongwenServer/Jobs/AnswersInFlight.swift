import Foundation
import Hummingbird
import NIOCore

/// Counts answers whose bodies are being written, so shutdown can wait for them. Bodies are written in
/// slices: each write waits for the connection to take it, so little is left in memory when the last
/// slice returns, and a short pause lets that reach the socket.
final class AnswersInFlight: @unchecked Sendable {
  static let shared = AnswersInFlight()
  private let lock = NSLock()
  private var count = 0

  /// A body of `bytes` written in 256 KiB slices, counted while it is written.
  func body(_ bytes: [UInt8]) -> ResponseBody {
    let buffer = ByteBuffer(bytes: bytes)
    return ResponseBody(contentLength: bytes.count) { [self] writer in
      change(1)
      defer { change(-1) }
      var rest = buffer
      while let slice = rest.readSlice(length: min(rest.readableBytes, 256 << 10)), slice.readableBytes > 0 {
        try await writer.write(slice)
      }
      try await writer.finish(nil)
    }
  }

  /// Returns when no body is being written (checked every 50 ms), after a pause for the last slices.
  func drained() async {
    while current > 0 { try? await Task.sleep(nanoseconds: 50_000_000) }
    try? await Task.sleep(nanoseconds: 300_000_000)
  }

  private var current: Int {
    lock.lock()
    defer { lock.unlock() }
    return count
  }

  private func change(_ delta: Int) {
    lock.lock()
    count += delta
    lock.unlock()
  }
}
