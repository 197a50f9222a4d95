extension Array where Element == UInt8 {
  /// Appends `bytes[range]` while the array stays within `limit` bytes; what does not fit is only counted in
  /// `overflow`, and once anything has overflowed nothing more is kept. A record over the size limit so keeps its
  /// first `limit` bytes and its full size, without holding more than the limit in memory.
  @inline(__always) mutating func appendBounded(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, limit: Int, overflow: inout Int
  ) {
    let room = limit - count
    if overflow > 0 || range.count > room {
      let kept = Swift.max(0, Swift.min(room, range.count))
      if kept > 0 { append(contentsOf: bytes[range.lowerBound..<range.lowerBound + kept]) }
      overflow += range.count - kept
    } else {
      append(contentsOf: bytes[range])
    }
  }
}
