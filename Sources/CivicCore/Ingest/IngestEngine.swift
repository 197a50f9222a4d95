/// A per-post step run by the decode workers (routing and complaint scoring). It runs on several threads at
/// once, so it must be thread-safe; it sees every decoded post, including ones later dropped as duplicates.
public typealias PostEnricher = @Sendable (inout Post) -> Void

/// Reads every configured source on background threads, frames and decodes records (in parallel, order kept),
/// drops duplicate ids, counts everything per source and hands posts in order to `sink`, in batches.
///
/// Threads: one per source (in read mode, all files share one thread and are read one after another), then
/// `decodeWorkers` decode threads, then one delivery thread which calls `sink` (never concurrently). A bounded
/// queue sits between the sources and the decoders.
public final class IngestEngine: @unchecked Sendable {
  public let config: IngestConfig
  /// Called once by each decode thread before its first batch; gives that thread's per-post step.
  private let makeEnricher: @Sendable () -> PostEnricher?
  /// Set by `init(config:classifier:sink:)`: the decode threads then classify posts while decoding them.
  private let makeClassifier: (@Sendable () -> PostClassifier?)?
  private let sink: @Sendable ([Post], PostTagArena) -> Void
  /// Set by `init(config:classifier:countingSink:)`: posts are delivered lean (see `PostTextArena.leanPosts`).
  private let leanPosts: Bool
  private let core: EngineCore
  private let sources: [IngestSource]
  private let names: [String]
  private let startLock = Monitor()
  private var started = false

  public convenience init(
    config: IngestConfig, enrich: PostEnricher? = nil, sink: @escaping @Sendable ([Post]) -> Void
  ) {
    self.init(config: config, enricher: { enrich }, sink: sink)
  }

  /// As `init(config:enrich:sink:)`, with the per-post step made by `enricher`, which each decode thread calls
  /// once, after decoding its first batch and before enriching any post: it may wait for something still being
  /// prepared (e.g. a model loading on another thread) while the sources already read, frame and decode the
  /// input. `nil` = no per-post step.
  public convenience init(
    config: IngestConfig, enricher: @escaping @Sendable () -> PostEnricher?,
    sink: @escaping @Sendable ([Post]) -> Void
  ) {
    self.init(config: config, enricher: enricher, classifier: nil, lean: false) { posts, _ in sink(posts) }
  }

  /// As `init(config:enricher:sink:)` with `classifier.classify(_:)` as the per-post step, run while each post's
  /// record is being decoded: with `DecoderOptions.countingOnly`, a post's text is then routed and scored from
  /// the record's bytes, and may be left empty in the post (`report` reads no text).
  public convenience init(
    config: IngestConfig, classifier: @escaping @Sendable () -> PostClassifier?,
    sink: @escaping @Sendable ([Post]) -> Void
  ) {
    self.init(config: config, enricher: { nil }, classifier: classifier, lean: false) { posts, _ in sink(posts) }
  }

  /// As `init(config:classifier:sink:)` for counting only (`report`): with `DecoderOptions.countingOnly`, a
  /// Twitter v2 post whose text is classified from its bytes is delivered lean: its entity hashtags are in the
  /// batch's `PostTagArena` given with it (its `hashtags` is empty, its `tagSpan` says where they are) and its
  /// `source` is empty, so no `[String]` is made per post and no shared string is retained by every post.
  public convenience init(
    config: IngestConfig, classifier: @escaping @Sendable () -> PostClassifier?,
    countingSink: @escaping @Sendable ([Post], PostTagArena) -> Void
  ) {
    self.init(config: config, enricher: { nil }, classifier: classifier, lean: true, sink: countingSink)
  }

  private init(
    config: IngestConfig, enricher: @escaping @Sendable () -> PostEnricher?,
    classifier: (@Sendable () -> PostClassifier?)?, lean: Bool,
    sink: @escaping @Sendable ([Post], PostTagArena) -> Void
  ) {
    self.config = config
    makeEnricher = enricher
    makeClassifier = classifier
    leanPosts = lean
    self.sink = sink
    names = config.sources.map(\.displayName)
    sources = config.sources.map { spec -> IngestSource in
      switch spec {
      case .file(let path):
        return config.follow ? FollowedFileSource(path: path) : WholeFileSource(path: path)
      case .socket(let path, let mode):
        return SocketSource(path: path, mode: mode)
      }
    }
    let workers = max(1, config.decodeWorkers)
    core = EngineCore(names: names, pipeline: OrderedPipeline(capacity: config.queueCapacity, workers: workers))
  }

  /// Opens sockets (throwing `IngestSetupError` when a path is refused) and starts every thread. Once only.
  public func start() throws {
    let alreadyStarted = startLock.withLock {
      defer { started = true }
      return started
    }
    guard !alreadyStarted else { return }
    for (i, source) in sources.enumerated() {
      do {
        try source.prepare()
      } catch {
        for prepared in sources[..<i] { prepared.release() }
        core.markFinished()  // nothing will run: waiting for the engine must not block
        throw error
      }
    }
    let pipeline = core.pipeline
    let groups = threadGroups()
    let remaining = Countdown(groups.count) { pipeline.close() }
    for group in groups {
      let contexts = group.map { SourceContext(index: $0, name: names[$0], config: config, core: core) }
      let groupSources = group.map { sources[$0] }
      BackgroundThread.start {
        for (source, context) in zip(groupSources, contexts) {
          // Stopped before this source's turn: undo what `prepare` did (a bound socket is removed).
          if context.isStopping { source.release() } else { source.run(context) }
        }
        remaining.done()
      }
    }
    if groups.isEmpty { pipeline.close() }
    for _ in 0..<max(1, config.decodeWorkers) {
      BackgroundThread.start { [self] in decodeLoop() }
    }
    BackgroundThread.start { [self] in
      deliverLoop()
      core.markFinished()
    }
  }

  /// Asks every source to stop; what was already read is still decoded and delivered. Sockets are removed.
  public func stop() { core.requestStop() }

  /// Blocks until every source has ended (or `stop()` was called) and every post has been delivered.
  /// Returns at once when the engine was never started.
  public func waitUntilFinished() { _ = waitUntilFinished(timeout: nil) }

  /// As `waitUntilFinished()`, giving up after `timeout` seconds; `true` when finished.
  @discardableResult
  public func waitUntilFinished(timeout: Double) -> Bool { waitUntilFinished(timeout: Optional(timeout)) }

  private func waitUntilFinished(timeout: Double?) -> Bool {
    guard startLock.withLock({ started }) else { return true }
    return core.waitFinished(timeout: timeout)
  }

  public var isFinished: Bool { core.isFinished }

  /// Counters so far (thread-safe, consistent per delivered batch).
  public func stats() -> IngestStats { core.stats() }

  /// The last 100 records that could not be decoded (and source failures), oldest first.
  public func recentErrors() -> [IngestError] { core.recentErrors() }

  /// One status per configured source, in configuration order, with its post and malformed counts.
  public func sourceStatuses() -> [SourceStatus] { core.sourceStatuses() }

  /// True when the engine paces posts by their event times (`IngestConfig.replaySpeed` above 0).
  public var isReplaying: Bool { (config.replaySpeed ?? 0) > 0 }

  /// With `--replay`: the event time the replay has reached now (the first played post's time when playback
  /// started, then `replaySpeed` milliseconds of post time per millisecond since, but never past a buffered post
  /// not yet delivered, nor back), so a dashboard can show an archive as if live. `nil` when not replaying or
  /// before playback has started. Thread-safe.
  public func replayTime() -> EpochMillis? { replayTime(atWall: SystemClock.monotonic()) }

  /// `replayTime()` at the monotonic time `wall` (seconds, see `SystemClock.monotonic()`).
  func replayTime(atWall wall: Double) -> EpochMillis? { core.replayTime(atWall: wall) }

  /// The "now" that event-time counts are measured against: `replayTime()` when replaying (so `nil` until
  /// playback starts: nothing must advance the analytics past the archive before then), else the wall clock.
  public func eventTime() -> EpochMillis? { isReplaying ? replayTime() : SystemClock.nowMillis() }

  /// Source indices grouped by thread: in read mode all files on one thread, in order, sockets on their own.
  private func threadGroups() -> [[Int]] {
    var groups: [[Int]] = []
    var files: [Int] = []
    for (i, spec) in config.sources.enumerated() {
      if case .file = spec, !config.follow { files.append(i) } else { groups.append([i]) }
    }
    if !files.isEmpty { groups.insert(files, at: 0) }
    return groups
  }

  private func decodeLoop() {
    let pipeline = core.pipeline
    let countingOnly = config.decoderOptions.countingOnly
    var enrich: PostEnricher?
    var classifier: PostClassifier?
    // With a classifier when only counting, decoders may leave post texts here as bytes (see `PostTextArena`).
    var texts = makeClassifier != nil && countingOnly ? PostTextArena() : nil
    texts?.leanPosts = leanPosts
    var madeEnricher = false
    while let (seq, taken) = pipeline.take() {
      var batch = taken
      let sourceName = names[batch.source]
      var decoded = DecodedBatch(
        source: batch.source, label: batch.label, posts: [], keys: [], skipped: 0, malformed: [])
      decoded.posts.reserveCapacity(batch.records.count)
      // Records are read in place (no copy of each Record) and a one-post record is appended straight to
      // `decoded.posts` (no intermediate array).
      // A copy of the name of this thread's own, per batch: each record's decoding holds the name (and posts may
      // keep it); holding one string object shared with the other decode threads would bounce its reference
      // count between cores on every record.
      let name = String(decoding: Array(batch.decoderName.utf8), as: UTF8.self)
      batch.records.withUnsafeBufferPointer { records in
        guard let first = records.baseAddress else { return }
        for i in records.indices {
          switch StreamDecoder.decode(
            recordAt: first + i, sourceName: name, countingOnly: countingOnly, texts: &texts, into: &decoded.posts,
            implausibleTimes: &decoded.implausibleTimes)
          {
          case .posts: break
          case .skipped: decoded.skipped += 1
          case .malformed(let reason): decoded.malformed.append((records[i].line, reason))
          }
        }
      }
      // The records are decoded: their read buffer goes back to the source (once nothing else holds it).
      if let chunk = batch.chunk {
        batch.chunk = nil
        batch.records = []
        pipeline.recycle(chunk)
      }
      decoded.keys.reserveCapacity(decoded.posts.count)
      if !madeEnricher {
        if let makeClassifier {
          classifier = makeClassifier()
          if let made = classifier { enrich = { made.classify(&$0) } }
        } else {
          enrich = makeEnricher()
        }
        madeEnricher = true
      }
      let classifiedByArena = texts != nil
      if let classifier { texts?.classify(&decoded.posts, with: classifier) }
      if (texts?.tags.count ?? 0) > 0, let taken = texts?.tags.take() { decoded.tags = taken }
      texts?.removeAll()
      if classifier == nil { texts = nil }  // no classifier (it failed to load): texts are no longer set aside
      for i in decoded.posts.indices {
        // Usually equal already (a file's decoder is named after the file): assigning anyway would retain and
        // release the shared name on every post, from every decode thread.
        // A lean post (its tags in the batch's arena) keeps no source.
        if decoded.posts[i].tagSpan.count == 0, decoded.posts[i].source != sourceName {
          decoded.posts[i].source = sourceName
        }
        if !classifiedByArena { enrich?(&decoded.posts[i]) }
        decoded.keys.append(DedupWindow.key(for: decoded.posts[i].id))
      }
      pipeline.complete(seq, decoded)
    }
  }

  private func deliverLoop() {
    var dedup = DedupWindow(capacity: config.dedupWindow)
    var replay = config.replaySpeed.flatMap {
      $0 > 0 ? ReplayBuffer(capacity: config.replayBuffer, speed: $0) : nil
    }
    while var batch = replay == nil ? core.pipeline.nextDecoded() : nextBatch(replaying: &replay) {
      // Take the posts out of the batch so the array is uniquely owned and edited in place (no copies).
      var posts: [Post] = []
      swap(&posts, &batch.posts)
      var kept = 0
      var fresh = 0
      var duplicates = 0
      var edits = 0
      // A post whose time was set aside counts once, as the post does: not again as a duplicate or an edit.
      let badTimes = batch.implausibleTimes
      var nextBadTime = 0
      var freshBadTimes = 0
      // Each key's slot is asked for `prefetchDistance` posts before it is probed (see `DedupWindow.prefetch`).
      let keys = batch.keys
      for k in 0..<min(Self.prefetchDistance, keys.count) { dedup.prefetch(key: keys[k]) }
      for i in posts.indices {
        let key = keys[i]
        if i + Self.prefetchDistance < keys.count { dedup.prefetch(key: keys[i + Self.prefetchDistance]) }
        let badTime = nextBadTime < badTimes.count && badTimes[nextBadTime] == i
        if badTime { nextBadTime += 1 }
        if posts[i].isEdit {
          if dedup.contains(key: key) {
            edits += 1
          } else {
            _ = dedup.insert(key: key)
            posts[i].isEdit = false  // the original was never seen: this is the post as far as we know
            fresh += 1
            if badTime { freshBadTimes += 1 }
          }
        } else if dedup.insert(key: key) {
          fresh += 1
          if badTime { freshBadTimes += 1 }
        } else {
          duplicates += 1
          continue
        }
        if kept != i { posts[kept] = posts[i] }
        kept += 1
      }
      if kept < posts.count { posts.removeSubrange(kept...) }
      let now = SystemClock.nowMillis()
      core.addErrors(batch.malformed.map { IngestError(source: batch.label, line: $0.0, reason: $0.1, time: now) })
      // When replaying, posts are counted as they are delivered, so the counts follow the paced stream.
      core.add(
        batch.source, posts: replay == nil ? fresh : 0, malformed: batch.malformed.count, skipped: batch.skipped,
        duplicates: duplicates, edits: edits, implausibleTimes: freshBadTimes)
      if replay != nil {
        enqueue(&posts, tags: batch.tags, source: batch.source, into: &replay)
      } else if !posts.isEmpty {
        sink(posts, batch.tags)
      }
      core.pipeline.discard(posts)
    }
  }

  /// How many posts ahead the delivery thread asks for a post's de-duplication slot.
  private static let prefetchDistance = 8

  /// How long the input must stay quiet (no decoded batch) before a replay starts playing what it has buffered.
  static let replayQuietSeconds = 0.15

  /// The replay side of the delivery thread: plays the posts of `replay`'s buffer as they fall due while waiting
  /// for the next decoded batch, and returns that batch (to be de-duplicated and `enqueue`d). Playback starts,
  /// from the earliest buffered post, once the buffer is full, the input has been quiet for
  /// `replayQuietSeconds` or the input has ended. Returns `nil` once the input has ended and every buffered post
  /// was played. On a stop, delivers what is buffered at once and clears `replay`: the rest goes unpaced.
  private func nextBatch(replaying replay: inout ReplayBuffer?) -> DecodedBatch? {
    guard var buffer = replay else { return core.pipeline.nextDecoded() }
    replay = nil  // the buffer is edited while out of the optional (no copy of its heap)
    var ended = false
    while true {
      if core.isStopping {
        deliverReplayed(buffer.removeAll(), late: buffer.lateCount)
        core.publishReplay(of: buffer)
        return core.pipeline.nextDecoded()
      }
      var now = SystemClock.monotonic()
      if !buffer.hasRoom || ended { startPlayback(&buffer, atWall: now) }
      deliverReplayed(buffer.popDue(atWall: now), late: buffer.lateCount)
      core.publishReplay(of: buffer)
      if ended && buffer.isEmpty {
        replay = buffer
        return nil
      }
      now = SystemClock.monotonic()
      let due = buffer.delay(atWall: now).map { min(max(0, $0), 0.25) }
      guard buffer.hasRoom && !ended else {
        SystemClock.sleep(due ?? 0.25)
        continue
      }
      let quiet = buffer.isEmpty || buffer.isPlaying ? 0.25 : Self.replayQuietSeconds
      switch core.pipeline.nextDecoded(timeout: due ?? quiet) {
      case .batch(let batch):
        replay = buffer
        return batch
      case .ended: ended = true
      case .timedOut: startPlayback(&buffer, atWall: SystemClock.monotonic())  // quiet: play what is buffered
      }
    }
  }

  /// Starts `buffer`'s playback (see `ReplayBuffer.start(atWall:)`) and publishes its clock for `replayTime()`.
  private func startPlayback(_ buffer: inout ReplayBuffer, atWall wall: Double) {
    guard !buffer.isPlaying else { return }
    buffer.start(atWall: wall)
    core.publishReplay(of: buffer)
  }

  /// Puts de-duplicated posts into the replay buffer; those older than what was already played are delivered at
  /// once. A lean post's tags are copied into it first (its span would not outlive its batch's arena).
  private func enqueue(_ posts: inout [Post], tags: PostTagArena, source: Int, into replay: inout ReplayBuffer?) {
    guard var buffer = replay else { return }
    replay = nil  // the buffer is edited while out of the optional (no copy of its heap)
    for i in posts.indices where posts[i].tagSpan.count > 0 {
      posts[i].hashtags = tags.tags(of: posts[i])
      posts[i].tagSpan = PostTagArena.Span()
      posts[i].source = names[source]
    }
    deliverReplayed(buffer.push(posts, source: source), late: buffer.lateCount)
    core.publishReplay(of: buffer)
    replay = buffer
  }

  /// Delivers replayed posts in one sink call, counting them per source as they go (so the counts follow the
  /// paced stream). A replayed post arrives when it is delivered, not when it was read: its arrival time is
  /// stamped then, so the dashboard's arrival rate follows the replay.
  private func deliverReplayed(_ entries: [ReplayBuffer.Entry], late: Int) {
    guard !entries.isEmpty else { return }
    core.setReplayLate(late)  // late posts are always among the delivered ones
    var fresh = [Int](repeating: 0, count: names.count)
    let now = SystemClock.nowMillis()
    var posts: [Post] = []
    posts.reserveCapacity(entries.count)
    for entry in entries {
      if !entry.post.isEdit { fresh[entry.source] += 1 }
      var post = entry.post
      post.arrivalTime = now
      posts.append(post)
    }
    for (source, count) in fresh.enumerated() where count > 0 {
      core.add(source, posts: count, malformed: 0, skipped: 0, duplicates: 0, edits: 0)
    }
    sink(posts, PostTagArena())
  }
}

/// Runs `action` once `count` calls to `done()` have been made.
final class Countdown: @unchecked Sendable {
  private let monitor = Monitor()
  private var left: Int
  private let action: @Sendable () -> Void

  init(_ count: Int, action: @escaping @Sendable () -> Void) {
    left = count
    self.action = action
  }

  func done() {
    let fire = monitor.withLock {
      left -= 1
      return left == 0
    }
    if fire { action() }
  }
}
