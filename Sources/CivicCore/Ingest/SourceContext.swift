/// What a source thread may do with the engine: push framed records, report its state and errors.
final class SourceContext: @unchecked Sendable {
  let index: Int
  let name: String
  let config: IngestConfig
  private let core: EngineCore

  init(index: Int, name: String, config: IngestConfig, core: EngineCore) {
    self.index = index
    self.name = name
    self.config = config
    self.core = core
  }

  var isStopping: Bool { core.isStopping }

  func setState(_ state: SourceStatus.State, detail: String? = nil) {
    core.setState(index, state, detail: detail)
  }

  /// The source cannot go on (or could not start): shown in its status and kept as an error.
  func fail(_ message: String) {
    core.setState(index, .failed, detail: message)
    core.addErrors([IngestError(source: name, line: 0, reason: message, time: SystemClock.nowMillis())])
  }

  func countBytes(_ n: Int) { core.countBytes(index, n) }

  func rejectClient() { core.rejectClient() }

  /// Hands framed records to the decoders; blocks while the queue is full. `chunk`: the read buffer the records
  /// are slices of, for the decoders to hand back for the next read once the records are gone.
  func push(_ records: [Record], decoderName: String, label: String, chunk: [UInt8]? = nil) {
    guard !records.isEmpty else {
      if let chunk { core.pipeline.recycle(chunk) }
      return
    }
    core.pipeline.push(
      RecordBatch(source: index, decoderName: decoderName, label: label, records: records, chunk: chunk))
  }

  /// Reads `reader` until end of file (or a stop), framing with `decoder` and pushing each read's records.
  /// Returns how the reading ended (`.eof`, `.failed`, or `.idle` when a stop was requested).
  func pump(
    _ reader: ByteReader, decoder: StreamDecoder, label: String, buffer: UnsafeMutableRawBufferPointer
  ) -> ByteReader.ReadResult {
    while true {
      if isStopping { return .idle }
      let result = reader.read(into: buffer, timeout: config.pollInterval)
      switch result {
      case .data(let n):
        var records: [Record] = []
        decoder.frame(
          UnsafeRawBufferPointer(rebasing: buffer[0..<n]), arrivalTime: SystemClock.nowMillis(), into: &records)
        countBytes(n)
        push(records, decoderName: decoder.sourceName, label: label)
      case .idle:
        continue
      case .eof, .failed:
        return result
      }
    }
  }

  /// As `pump(_:decoder:label:buffer:)`, reading each chunk into an array of `chunkBytes` that the framed records
  /// keep (no copy of the chunk): for reading a whole file, where every read is large. The arrays go round: the
  /// decode threads hand each back once its records are decoded (`OrderedPipeline.recycle`), so reads reuse
  /// memory that is already mapped instead of taking fresh zeroed pages from the kernel.
  func pumpOwningChunks(_ reader: ByteReader, decoder: StreamDecoder, label: String, chunkBytes: Int)
    -> ByteReader.ReadResult
  {
    let size = max(chunkBytes, 1)
    var expected = 0
    while true {
      if isStopping { return .idle }
      var chunk =
        core.pipeline.reusableChunk(count: size)
        ?? [UInt8](unsafeUninitializedCapacity: size) { _, count in count = size }  // bytes are read before use
      let result = chunk.withUnsafeMutableBytes { reader.read(into: $0, timeout: config.pollInterval) }
      switch result {
      case .data(let n):
        var records: [Record] = []
        records.reserveCapacity(expected)
        decoder.frame(chunk, count: n, arrivalTime: SystemClock.nowMillis(), into: &records)
        expected = records.count + records.count / 8
        countBytes(n)
        push(records, decoderName: decoder.sourceName, label: label, chunk: chunk)
      case .idle:
        continue
      case .eof, .failed:
        return result
      }
    }
  }

  /// Hands on the decoder's held partial last line when it already completes a JSON value (a followed file read
  /// to its current end, whose writer left no final newline); other partial lines stay held.
  func flushCompleteValue(_ decoder: StreamDecoder, label: String) {
    var records: [Record] = []
    decoder.flushCompleteValue(arrivalTime: SystemClock.nowMillis(), into: &records)
    push(records, decoderName: decoder.sourceName, label: label)
  }

  /// Ends a source that read its input once: failed with the read error, else ended (with `detail`).
  func end(after result: ByteReader.ReadResult, detail: String? = nil) {
    if case .failed(let message) = result {
      fail("read error in \(name): \(message)")
    } else {
      setState(.ended, detail: detail)
    }
  }

  /// Flushes the decoder's held partial record (end of a file that will not grow).
  func finish(_ decoder: StreamDecoder, label: String) {
    var records: [Record] = []
    decoder.finish(arrivalTime: SystemClock.nowMillis(), into: &records)
    push(records, decoderName: decoder.sourceName, label: label)
  }
}
