import CZlib

/// Inflates a gzip stream fed in pieces (stdin piped from `gzip -c`): the caller reads the compressed bytes
/// itself, so pipes stay polled and a stop request is noticed. Concatenated gzip members are inflated one after
/// another, as `gunzip` does.
final class GzipInflater {
  enum Step: Equatable {
    /// `Int` inflated bytes were written to the output.
    case produced(Int)
    /// All input given so far is used up; give more.
    case needsInput
    case failed(String)
  }

  private let stream: UnsafeMutablePointer<z_stream>
  private var ready = false
  private var pending: [UInt8] = []
  private var consumed = 0
  /// True at the end of a gzip member (or before the first): input ending here is a clean end.
  private(set) var atMemberBoundary = true

  init() {
    stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    stream.initialize(to: z_stream())
    // 15 window bits + 16: expect a gzip header and trailer.
    ready = inflateInit2_(stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK
  }

  deinit {
    if ready { inflateEnd(stream) }
    stream.deinitialize(count: 1)
    stream.deallocate()
  }

  /// True while compressed bytes given earlier are still waiting to be inflated.
  var hasPendingInput: Bool { consumed < pending.count }

  /// Takes a copy of `bytes` as the next compressed input (call when `hasPendingInput` is false).
  func supply(_ bytes: UnsafeRawBufferPointer) {
    pending.removeAll(keepingCapacity: true)
    pending.append(contentsOf: bytes)
    consumed = 0
  }

  /// Inflates pending input into `output`.
  func inflate(into output: UnsafeMutableRawBufferPointer) -> Step {
    guard ready else { return .failed("gzip: cannot start zlib") }
    guard let outBase = output.baseAddress, output.count > 0 else { return .produced(0) }
    while hasPendingInput {
      atMemberBoundary = false
      let (status, produced) = pending.withUnsafeMutableBytes { input -> (Int32, Int) in
        guard let inBase = input.baseAddress else { return (Z_BUF_ERROR, 0) }
        stream.pointee.next_in = (inBase + consumed).assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_in = UInt32(min(input.count - consumed, Int(UInt32.max)))
        stream.pointee.next_out = outBase.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_out = UInt32(min(output.count, Int(UInt32.max)))
        let status = CZlib.inflate(stream, Z_NO_FLUSH)
        consumed = input.count - Int(stream.pointee.avail_in)
        return (status, output.count - Int(stream.pointee.avail_out))
      }
      switch status {
      case Z_STREAM_END:
        atMemberBoundary = true
        inflateReset(stream)
        if produced > 0 { return .produced(produced) }
      case Z_OK:
        if produced > 0 { return .produced(produced) }
      case Z_BUF_ERROR:
        if produced > 0 { return .produced(produced) }
        return hasPendingInput ? .failed("gzip: inflating made no progress") : .needsInput
      default:
        let message = stream.pointee.msg.map { String(cString: $0) } ?? "data error"
        return .failed("gzip: \(message)")
      }
    }
    return .needsInput
  }
}
