#if canImport(Glibc)
  import Glibc
#endif

/// Follows a file like `tail -F`: appended records appear at once, truncation restarts from the top,
/// rename-and-recreate rotation finishes the old file then opens the new one, and a missing file is waited for.
/// A file truncated and written again past its old size between two looks (copytruncate, then a burst of lines
/// before the follower woke, or a tool that writes a file over in place) is told by its first bytes or by the
/// bytes just before the offset read to, one of which changed, and restarts from the top too. (`tail -F` tells
/// only a file that shrank: a file written over to the same size or larger is read on from the old offset.)
/// A partial last line is held by the decoder until its newline arrives, unless it is a complete JSON value (see
/// `StreamDecoder.flushCompleteValue`). `-` reads stdin until it ends; `.gz`
/// files are read once to their end (compressed files do not grow).
final class FollowedFileSource: IngestSource, @unchecked Sendable {
  let path: String
  /// The last problem reported as an error (touched only by the source's own thread): the same problem met
  /// again on the next poll (a path that became a directory, a file that cannot be read) is not logged again.
  private var lastProblem: String?

  init(path: String) { self.path = path }

  private struct OpenFile {
    var reader: ByteReader
    var decoder: StreamDecoder
    var device: UInt
    var inode: UInt
    /// The file's first bytes as read so far (at most `headBytes`), compared on each look for a rewrite.
    var head: [UInt8] = []
    /// The bytes just before the offset read to (at most `headBytes`) and where they end, compared on each look:
    /// a rewrite that kept the first bytes (a CSV's header, a long first line) changes what lies there, while
    /// an append leaves it as it was.
    var tail: [UInt8] = []
    var tailEnd: Int64 = 0
  }

  /// How many of a followed file's first bytes, and of those just before the offset read to, are kept to notice
  /// it was truncated and written again.
  static let headBytes = 64

  func run(_ context: SourceContext) {
    if path == "-" { return WholeFileSource(path: path, readingState: .following).run(context) }
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: context.config.readChunkBytes, alignment: 16)
    defer { buffer.deallocate() }
    let watcher = DirectoryWatcher(watching: path)
    var generation = 0
    var current: OpenFile?
    defer { current?.reader.close() }
    // The path was found gone while its open file is still read: said once, so the header (a wall display, for
    // weeks) does not show a deleted feed as "following".
    var saidGone = false
    while !context.isStopping {
      guard var file = current ?? open(context, generation: generation, watcher: watcher) else { continue }
      if current == nil {
        saidGone = false
      } else if wasTruncated(file) {
        // Checked again before reading: a file rewritten since the last look would be read from the old offset.
        current = restart(file, generation: &generation, context: context)
        continue
      }
      current = file
      if file.reader.isGzip {
        let end = context.pump(file.reader, decoder: file.decoder, label: context.name, buffer: buffer)
        context.finish(file.decoder, label: context.name)
        return context.end(after: end, detail: "compressed file read to its end")
      }
      if case .failed(let message) = context.pump(
        file.reader, decoder: file.decoder, label: context.name, buffer: buffer)
      {
        report("read error in \(context.name): \(message)", context)
        file.reader.close()
        current = nil
        generation += 1
        watcher.wait(timeout: context.config.pollInterval)
        continue
      }
      if context.isStopping { break }
      if file.head.count < Self.headBytes {
        file.head = Self.firstBytes(of: file.reader, count: Self.headBytes)
      }
      (file.tail, file.tailEnd) = Self.bytesBeforeOffset(of: file.reader, count: Self.headBytes)
      current = file
      // Read to the current end: a last record with no newline after it is decoded now if it is complete JSON.
      context.flushCompleteValue(file.decoder, label: context.name)
      if replacedOnDisk(file) {
        // Rotation: read what was written to the old file before it was replaced, then switch.
        _ = context.pump(file.reader, decoder: file.decoder, label: context.name, buffer: buffer)
        context.finish(file.decoder, label: context.name)
        file.reader.close()
        current = nil
        generation += 1
        continue
      }
      if pathIsGone() != saidGone {
        saidGone.toggle()
        context.setState(
          saidGone ? .waiting : .following,
          detail: saidGone ? "\(path) was deleted or moved; waiting for a new file (the open one is still read)" : nil)
      }
      if wasTruncated(file) {
        current = restart(file, generation: &generation, context: context)
        continue
      }
      watcher.wait(timeout: context.config.pollInterval)
    }
    // Stopping: what the decoder still holds (a last line with no newline, an open document or CSV row) is
    // counted as `report` counts it at the end of the file, not dropped.
    if let file = current { context.finish(file.decoder, label: context.name) }
  }

  /// Each generation of the file (after truncation or rotation) decodes under its own name, so records that
  /// have no id of their own (plain text lines, numbered by line) are not mistaken for duplicates.
  static func decoderName(_ name: String, _ generation: Int) -> String {
    generation == 0 ? name : "\(name)#\(generation + 1)"
  }

  private func open(_ context: SourceContext, generation: Int, watcher: DirectoryWatcher) -> OpenFile? {
    switch ByteReader.open(path: path, waitingForWriter: false) {
    case .success(let reader):
      var st = stat()
      if !reader.isGzip { fstat(reader.fd, &st) }
      if (st.st_mode & S_IFMT) == S_IFDIR {
        // Opening a directory succeeds and every read of it fails: wait for a file to take its place.
        reader.close()
        report(directoryProblem, context)
        context.setState(.waiting, detail: "\(path) is a directory; waiting for a file")
        watcher.wait(timeout: context.config.pollInterval)
        return nil
      }
      // A file in the directory's place is news; a file that failed to read before is not until it changes.
      if lastProblem == directoryProblem { lastProblem = nil }
      context.setState(.following)
      let decoder = StreamDecoder(
        sourceName: Self.decoderName(context.name, generation), options: context.config.decoderOptions)
      return OpenFile(reader: reader, decoder: decoder, device: UInt(st.st_dev), inode: UInt(st.st_ino))
    case .failure(let error):
      if error.code == ENOENT {
        context.setState(.waiting, detail: "waiting for \(path) to appear")
      } else {
        context.setState(.failed, detail: error.message)
      }
      watcher.wait(timeout: context.config.pollInterval)
      return nil
    }
  }

  private var directoryProblem: String { "\(path) is a directory" }

  /// Records `message` as the source's error the first time it is met in a row; a repeat only keeps the status.
  private func report(_ message: String, _ context: SourceContext) {
    if message == lastProblem {
      context.setState(.failed, detail: message)
    } else {
      lastProblem = message
      context.fail(message)
    }
  }

  /// True when the path now names a different file (the old one was renamed or deleted and a new one created).
  /// While the path is missing the old file is kept open: a writer may still be appending to it.
  private func replacedOnDisk(_ file: OpenFile) -> Bool {
    var st = stat()
    guard stat(path, &st) == 0 else { return false }
    return UInt(st.st_ino) != file.inode || UInt(st.st_dev) != file.device
  }

  /// True when nothing is at the path any more (deleted, or renamed with no new file yet).
  private func pathIsGone() -> Bool {
    var st = stat()
    return stat(path, &st) != 0 && errno == ENOENT
  }

  /// True when the file is now shorter than the offset read to, or its first bytes or those just before the
  /// offset are no longer those read.
  private func wasTruncated(_ file: OpenFile) -> Bool {
    var st = stat()
    guard fstat(file.reader.fd, &st) == 0 else { return false }
    if Int64(st.st_size) < Int64(lseek(file.reader.fd, 0, SEEK_CUR)) { return true }
    if !file.head.isEmpty && Self.firstBytes(of: file.reader, count: file.head.count) != file.head { return true }
    let start = file.tailEnd - Int64(file.tail.count)
    return !file.tail.isEmpty && Self.bytes(of: file.reader, at: start, count: file.tail.count) != file.tail
  }

  /// The open file read again from its start, under a new decoder (what the old one held is counted first).
  private func restart(_ file: OpenFile, generation: inout Int, context: SourceContext) -> OpenFile {
    context.finish(file.decoder, label: context.name)
    lseek(file.reader.fd, 0, SEEK_SET)
    generation += 1
    var restarted = file
    restarted.decoder = StreamDecoder(
      sourceName: Self.decoderName(context.name, generation), options: context.config.decoderOptions)
    restarted.head = []
    restarted.tail = []
    return restarted
  }

  /// Up to `count` bytes from the start of a regular file, no further than the offset read to (what the decoder
  /// has seen); empty for a pipe.
  private static func firstBytes(of reader: ByteReader, count: Int) -> [UInt8] {
    bytes(of: reader, at: 0, count: min(count, max(0, Int(lseek(reader.fd, 0, SEEK_CUR)))))
  }

  /// Up to `count` bytes that end at the offset read to, and that offset; empty for a pipe.
  private static func bytesBeforeOffset(of reader: ByteReader, count: Int) -> ([UInt8], Int64) {
    let end = Int64(max(0, lseek(reader.fd, 0, SEEK_CUR)))
    let start = max(0, end - Int64(count))
    return (bytes(of: reader, at: start, count: Int(end - start)), end)
  }

  /// Up to `count` bytes of a regular file from `offset` (read with `pread`: the offset read to stays); empty for
  /// a pipe.
  private static func bytes(of reader: ByteReader, at offset: Int64, count: Int) -> [UInt8] {
    guard reader.isRegular, count > 0 else { return [] }
    var bytes = [UInt8](repeating: 0, count: count)
    let n = bytes.withUnsafeMutableBytes { pread(reader.fd, $0.baseAddress, count, off_t(offset)) }
    return n > 0 ? Array(bytes[0..<n]) : []
  }
}
