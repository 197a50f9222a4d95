/// Options that shape framing and decoding for one source.
public struct DecoderOptions: Sendable, Hashable {
  /// Records longer than this are skipped and counted as malformed (the stream goes on).
  public var maxRecordBytes: Int
  /// Explicit CSV column mapping (`--csv-columns`); `nil` = detect from the header row.
  public var csvColumns: CSVColumnSpec?

  public init(maxRecordBytes: Int = 1 << 20, csvColumns: CSVColumnSpec? = nil) {
    self.maxRecordBytes = maxRecordBytes
    self.csvColumns = csvColumns
  }
}

/// A user-given CSV column mapping, by header name or 1-based index (`text=body,author=3`).
public struct CSVColumnSpec: Sendable, Hashable {
  public var fields: [String: String]
  public init(fields: [String: String]) { self.fields = fields }
}

/// Turns one source's byte stream into records, and records into posts.
///
/// One instance per source: it holds the partial last line and per-source state (CSV header, SSE event name,
/// an open multi-line JSON document). `decode` is a pure static function, safe to call from any thread.
public final class StreamDecoder {
  public let sourceName: String
  public let options: DecoderOptions
  private var pending: [UInt8] = []
  private var pendingOversize = 0
  private var line = 1

  public init(sourceName: String, options: DecoderOptions = DecoderOptions()) {
    self.sourceName = sourceName
    self.options = options
  }

  /// Appends complete records found in `chunk`; a partial last line is held until its newline arrives.
  public func frame(_ chunk: UnsafeRawBufferPointer, arrivalTime: EpochMillis, into out: inout [Record]) {
    var start = 0
    let bytes = chunk.bindMemory(to: UInt8.self)
    for i in 0..<bytes.count where bytes[i] == 0x0A {
      appendPending(bytes, start..<i)
      emitLine(arrivalTime: arrivalTime, into: &out)
      start = i + 1
    }
    appendPending(bytes, start..<bytes.count)
  }

  /// Flushes a final line that has no newline (end of a file that will not grow).
  public func finish(arrivalTime: EpochMillis, into out: inout [Record]) {
    if !pending.isEmpty || pendingOversize > 0 { emitLine(arrivalTime: arrivalTime, into: &out) }
  }

  private func appendPending(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    guard !range.isEmpty else { return }
    let room = options.maxRecordBytes - pending.count
    if pendingOversize > 0 || range.count > room {
      if room > 0 { pending.append(contentsOf: bytes[range.lowerBound..<range.lowerBound + room]) }
      pendingOversize += range.count - max(room, 0)
    } else {
      pending.append(contentsOf: bytes[range])
    }
  }

  private func emitLine(arrivalTime: EpochMillis, into out: inout [Record]) {
    defer {
      pending.removeAll(keepingCapacity: true)
      pendingOversize = 0
      line += 1
    }
    if pendingOversize > 0 {
      let size = pending.count + pendingOversize
      out.append(Record(bytes: [], line: line, context: .oversized(size: size), arrivalTime: arrivalTime))
      return
    }
    if pending.last == 0x0D { pending.removeLast() }
    if pending.isEmpty { return }
    out.append(Record(bytes: pending, line: line, arrivalTime: arrivalTime))
  }

  /// Decodes one record into posts (pure; any thread).
  public static func decode(_ record: Record, sourceName: String) -> DecodeResult {
    switch record.context {
    case .oversized(let size):
      return .malformed(reason: "record of \(size) bytes exceeds the size limit")
    case .auto, .sse, .csv:
      return PlainTextDecoder.decode(record, sourceName: sourceName)
    }
  }
}
