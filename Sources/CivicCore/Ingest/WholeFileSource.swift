/// Reads a file (or stdin for `-`, or a `.gz` file) to its end once: the `report` and `classify` mode, and
/// stdin in `watch`.
final class WholeFileSource: IngestSource, @unchecked Sendable {
  let path: String
  /// The state shown while reading (`.following` when stdin is read by a live `watch`).
  let readingState: SourceStatus.State

  init(path: String, readingState: SourceStatus.State = .reading) {
    self.path = path
    self.readingState = readingState
  }

  func run(_ context: SourceContext) {
    let reader: ByteReader
    if path == "-" {
      reader = ByteReader.standardInput()
    } else {
      switch ByteReader.open(path: path) {
      case .success(let opened): reader = opened
      case .failure(let error): return context.fail(error.message)
      }
    }
    defer { reader.close() }
    context.setState(readingState)
    let decoder = StreamDecoder(sourceName: context.name, options: context.config.decoderOptions)
    let end: ByteReader.ReadResult
    if reader.isRegular {
      // Reads fill whole chunks: the records keep each chunk itself instead of a copy.
      end = context.pumpOwningChunks(
        reader, decoder: decoder, label: context.name, chunkBytes: context.config.readChunkBytes)
    } else {
      // A pipe may deliver a few bytes at a time: one reused buffer, records copy what they need.
      let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: context.config.readChunkBytes, alignment: 16)
      defer { buffer.deallocate() }
      end = context.pump(reader, decoder: decoder, label: context.name, buffer: buffer)
    }
    context.finish(decoder, label: context.name)
    context.end(after: end)
  }
}
