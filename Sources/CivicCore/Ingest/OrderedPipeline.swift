import DequeModule

/// Records framed by one source in one read, waiting to be decoded.
struct RecordBatch: Sendable {
  /// Index of the source in the engine's source list.
  var source: Int
  /// Name given to `StreamDecoder.decode` (unique per file generation or socket connection).
  var decoderName: String
  /// Label for diagnostics (the source name, plus the client number for sockets).
  var label: String
  var records: [Record]
  /// The read buffer the records are slices of, when the source wants it back (see `OrderedPipeline.recycle`).
  var chunk: [UInt8]? = nil
}

/// A decoded batch: its posts in order, how many records were skipped, and the malformed ones.
struct DecodedBatch: Sendable {
  var source: Int
  var label: String
  var posts: [Post]
  /// `DedupWindow.key(for:)` of each post's id, computed on the decode threads.
  var keys: [UInt64]
  var skipped: Int
  /// Indices in `posts`, ascending, of the posts whose event time was set aside as impossible (see
  /// `EventTimeBounds`).
  var implausibleTimes: [Int] = []
  /// (line, reason) of each record that could not be decoded.
  var malformed: [(Int, String)]
  /// The hashtags of lean posts (for a counting sink; see `PostTagArena`).
  var tags = PostTagArena()
}

/// The bounded hand-off between sources, decode workers and the single delivery thread.
///
/// Sources `push` batches (blocking while `capacity` batches wait, so sources read more slowly under overload);
/// each batch gets the next sequence number. Workers `take` and `complete` batches in any order; `nextDecoded`
/// hands them to the delivery thread strictly in sequence order, so the order of posts never depends on how the
/// work was spread over cores.
final class OrderedPipeline: @unchecked Sendable {
  private let monitor = Monitor()
  private var waiting = Deque<(Int, RecordBatch)>()
  /// Delivered posts whose memory the decode threads free, so the single delivery thread does not have to.
  private var garbage: [[Post]] = []
  /// Read buffers whose records were decoded, for the sources' next reads (at most `maxSpareChunks`).
  private var spareChunks: [[UInt8]] = []
  private static let maxSpareChunks = 4
  private var done: [Int: DecodedBatch] = [:]
  private var nextSeq = 0
  private var nextDeliver = 0
  private var closed = false
  private var draining = false
  private let capacity: Int
  /// Workers never run further than this many batches ahead of delivery (bounds `done`).
  private let window: Int

  init(capacity: Int, workers: Int) {
    self.capacity = max(1, capacity)
    window = max(1, capacity) + max(1, workers) * 2
  }

  /// Queues a batch; blocks while the queue is full unless a stop is draining the pipeline.
  func push(_ batch: RecordBatch) {
    monitor.withLock {
      while waiting.count >= capacity && !draining { monitor.wait() }
      waiting.append((nextSeq, batch))
      nextSeq += 1
    }
    monitor.broadcast()
  }

  /// Next batch to decode, or `nil` once the pipeline is closed and empty. Also frees delivered posts handed
  /// over with `discard`, on this (decode) thread.
  func take() -> (Int, RecordBatch)? {
    var dropped: [[Post]] = []
    let item: (Int, RecordBatch)? = monitor.withLock {
      swap(&dropped, &garbage)
      while true {
        if let first = waiting.first, first.0 < nextDeliver + window { return waiting.removeFirst() }
        if closed && waiting.isEmpty { return nil }
        monitor.wait()
      }
    }
    monitor.broadcast()
    dropped.removeAll()
    return item
  }

  /// Hands delivered posts to the decode threads to be freed there.
  func discard(_ posts: [Post]) {
    monitor.withLock { garbage.append(posts) }
  }

  /// Keeps a read buffer no record uses any more for a source's next read (a decode thread calls it once the
  /// records of the batch it came with are gone, so the buffer is not shared and is reused without a copy).
  func recycle(_ chunk: [UInt8]) {
    monitor.withLock {
      if spareChunks.count < Self.maxSpareChunks { spareChunks.append(chunk) }
    }
  }

  /// A recycled read buffer of exactly `count` bytes, if one is waiting.
  func reusableChunk(count: Int) -> [UInt8]? {
    monitor.withLock {
      while let chunk = spareChunks.popLast() {
        if chunk.count == count { return chunk }
      }
      return nil
    }
  }

  func complete(_ seq: Int, _ batch: DecodedBatch) {
    monitor.withLock { done[seq] = batch }
    monitor.broadcast()
  }

  /// The next decoded batch in sequence order, or `nil` when closed and everything was delivered.
  func nextDecoded() -> DecodedBatch? {
    let batch: DecodedBatch? = monitor.withLock {
      while true {
        if let batch = done.removeValue(forKey: nextDeliver) {
          nextDeliver += 1
          return batch
        }
        if closed && nextDeliver == nextSeq { return nil }
        monitor.wait()
      }
    }
    monitor.broadcast()
    return batch
  }

  /// What `nextDecoded(timeout:)` found.
  enum DecodedWait {
    case batch(DecodedBatch)
    /// No batch came in time (or a stop is draining the pipeline).
    case timedOut
    /// Closed and everything was delivered.
    case ended
  }

  /// As `nextDecoded()`, waiting at most `timeout` seconds for the next batch. Gives up at once while a stop is
  /// draining the pipeline, so a waiting replay notices the stop without delay.
  func nextDecoded(timeout: Double) -> DecodedWait {
    let deadline = SystemClock.monotonic() + max(0, timeout)
    let result: DecodedWait = monitor.withLock {
      while true {
        if let batch = done.removeValue(forKey: nextDeliver) {
          nextDeliver += 1
          return .batch(batch)
        }
        if closed && nextDeliver == nextSeq { return .ended }
        let left = deadline - SystemClock.monotonic()
        if left <= 0 || draining { return .timedOut }
        monitor.wait(seconds: left)
      }
    }
    if case .batch = result { monitor.broadcast() }
    return result
  }

  /// No more batches will be pushed.
  func close() {
    monitor.withLock { closed = true }
    monitor.broadcast()
  }

  /// Lets blocked sources push their last batch at once so a stop is not held up by a slow consumer.
  func drain() {
    monitor.withLock { draining = true }
    monitor.broadcast()
  }
}
