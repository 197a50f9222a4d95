import CivicTestSupport
import Foundation
import XCTest

@testable import CivicCore

final class EngineTests: XCTestCase {
  private func readAll(_ paths: [String], workers: Int = 2, queue: Int = 8, chunk: Int = 1 << 20) throws -> (
    IngestEngine, PostCollector
  ) {
    let collector = PostCollector()
    let config = IngestConfig(
      sources: paths.map { .file(path: $0) }, follow: false, queueCapacity: queue, readChunkBytes: chunk,
      decodeWorkers: workers)
    let engine = IngestEngine(config: config) { collector.add($0) }
    try engine.start()
    XCTAssertTrue(engine.waitUntilFinished(timeout: 60))
    return (engine, collector)
  }

  /// The per-post step may be made late (a model still loading): the source reads the whole file meanwhile,
  /// each decode thread asks for the step once, and every post is delivered enriched, in order.
  func testDeferredEnricherIsMadeOncePerWorkerWhileTheSourceReads() throws {
    let dir = try makeTemporaryFolder(prefix: "cp-ingest")
    let file = dir.appendingPathComponent("posts.txt")
    try Data((0..<3_000).map { "post \($0)\n" }.joined().utf8).write(to: file)
    let gate = EnricherGate()
    let collector = PostCollector()
    let config = IngestConfig(
      sources: [.file(path: file.path)], follow: false, queueCapacity: 64, readChunkBytes: 1024, decodeWorkers: 2)
    let engine = IngestEngine(config: config, enricher: { gate.wait() }) { collector.add($0) }
    try engine.start()
    // Polled with a deadline: the source reads the whole file while no post can be enriched.
    let deadline = Date().addingTimeInterval(30)
    while engine.sourceStatuses().first?.state != .ended && Date() < deadline { usleep(5_000) }
    XCTAssertEqual(engine.sourceStatuses().first?.state, .ended, "the source read to the end meanwhile")
    XCTAssertTrue(collector.posts.isEmpty, "nothing is delivered before the enricher is ready")
    gate.open()
    XCTAssertTrue(engine.waitUntilFinished(timeout: 60))
    XCTAssertEqual(collector.texts, (0..<3_000).map { "post \($0)" })
    XCTAssertTrue(collector.posts.allSatisfy(\.complaint), "every post went through the enricher")
    XCTAssertTrue((1...2).contains(gate.calls), "asked once per decode thread, not per batch (\(gate.calls))")
  }

  /// Read buffers handed back by the decode threads are given out again only at the size asked for, and the
  /// pipeline keeps no more than a few of them.
  func testRecycledReadBuffersAreReusedAtTheirSizeAndBounded() {
    let pipeline = OrderedPipeline(capacity: 2, workers: 1)
    XCTAssertNil(pipeline.reusableChunk(count: 8), "nothing recycled yet")
    for k in 0..<6 { pipeline.recycle([UInt8](repeating: UInt8(k), count: 8)) }
    var reused: [[UInt8]] = []
    while let chunk = pipeline.reusableChunk(count: 8) { reused.append(chunk) }
    XCTAssertEqual(reused.count, 4, "at most four spare buffers are kept")
    XCTAssertTrue(reused.allSatisfy { $0.count == 8 })
    pipeline.recycle([UInt8](repeating: 0, count: 16))
    XCTAssertNil(pipeline.reusableChunk(count: 8), "a buffer of another size is not given out")
    XCTAssertNil(pipeline.reusableChunk(count: 16), "and it was dropped")
  }

  /// Whole-file reads frame records in place in buffers that go round between the reader and the decode
  /// threads: with many small reads (lines cut across reads, more reads than buffers) every record still
  /// arrives intact, in order.
  func testRecordsStayIntactWhileReadBuffersAreReused() throws {
    let dir = try makeTemporaryFolder(prefix: "cp-ingest")
    let file = dir.appendingPathComponent("tweets.jsonl")
    let lines = (0..<20_000).map { i in
      #"{"data":{"id":"\#(i)","text":"post \#(i) "# + String(repeating: "x", count: i % 97) + #""}}"#
    }
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
    let (engine, collector) = try readAll([file.path], workers: 2, queue: 2, chunk: 3000)
    XCTAssertEqual(collector.texts, (0..<20_000).map { "post \($0) " + String(repeating: "x", count: $0 % 97) })
    XCTAssertEqual(engine.stats().posts, 20_000)
    XCTAssertEqual(engine.stats().malformed, 0)
  }

  func testParallelDecodeKeepsOrderAndCounts() throws {
    let dir = try makeTemporaryFolder(prefix: "cp-ingest")
    let file = dir.appendingPathComponent("many.txt")
    var text = ""
    for i in 0..<50_000 { text += i % 1000 == 999 ? "\u{FF}\n" : "post number \(i)\n" }
    // Write invalid UTF-8 bytes for the malformed lines.
    var bytes = Array(text.utf8)
    for i in bytes.indices where bytes[i] == 0xC3 && i + 1 < bytes.count && bytes[i + 1] == 0xBF {
      bytes[i] = 0xFF
      bytes[i + 1] = 0x20
    }
    try Data(bytes).write(to: file)
    // Small reads and a short queue force many batches through four workers.
    let (engine, collector) = try readAll([file.path], workers: 4, queue: 2, chunk: 4096)
    let expected = (0..<50_000).filter { $0 % 1000 != 999 }.map { "post number \($0)" }
    XCTAssertEqual(collector.texts, expected)
    XCTAssertEqual(engine.stats().posts, 49_950)
    XCTAssertEqual(engine.stats().malformed, 50)
    XCTAssertEqual(engine.recentErrors().map(\.line), (0..<50).map { $0 * 1000 + 1000 })
    XCTAssertEqual(engine.sourceStatuses().first?.state, .ended)
  }

  func testFilesAreReadInOrderAndTheLastLineWithoutNewlineCounts() throws {
    let dir = try makeTemporaryFolder(prefix: "cp-ingest")
    let a = dir.appendingPathComponent("a.txt")
    let b = dir.appendingPathComponent("b.txt")
    try "a1\na2".write(to: a, atomically: false, encoding: .utf8)
    try "b1\n".write(to: b, atomically: false, encoding: .utf8)
    let (engine, collector) = try readAll([a.path, b.path])
    XCTAssertEqual(collector.texts, ["a1", "a2", "b1"])
    XCTAssertEqual(engine.stats().sources.map(\.posts), [2, 1])
    XCTAssertTrue(collector.posts.allSatisfy { $0.source == ($0.text.hasPrefix("a") ? a.path : b.path) })
  }

  /// `posts.txt.gz` holding the lines "compressed 0" to "compressed 19999", in a new folder.
  private func gzipFile() throws -> String {
    let file = try makeTemporaryFolder(prefix: "cp-ingest").appendingPathComponent("posts.txt")
    var text = ""
    for i in 0..<20_000 { text += "compressed \(i)\n" }
    try text.write(to: file, atomically: false, encoding: .utf8)
    let gzip = Process()
    gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    gzip.arguments = ["gzip", "-9", file.path]
    try gzip.run()
    gzip.waitUntilExit()
    guard gzip.terminationStatus == 0 else { throw XCTSkip("gzip is not available") }
    return file.path + ".gz"
  }

  func testGzipFilesAreInflated() throws {
    let (engine, collector) = try readAll([try gzipFile()])
    XCTAssertEqual(engine.stats().posts, 20_000)
    XCTAssertEqual(collector.texts.last, "compressed 19999")
    XCTAssertEqual(engine.stats().malformed, 0)
  }

  /// A `.gz` cut short (still being written, a partial download) is a read error of its source, read and
  /// followed alike, after what it holds is counted: zlib ends it as if it were whole, and it passed for one.
  func testAGzipFileCutShortIsAReadError() throws {
    let path = try gzipFile()
    let whole = try Data(contentsOf: URL(fileURLWithPath: path))
    try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: path))
    let (read, collector) = try readAll([path])
    let followed = try startEngine(
      self, IngestConfig(sources: [.file(path: path)], follow: true, pollInterval: 0.05), collector: PostCollector())
    XCTAssertTrue(followed.waitUntilFinished(timeout: 30), "a followed .gz is read once, to its end")
    for engine in [read, followed] {
      XCTAssertEqual(engine.sourceStatuses().first?.state, .failed)
      XCTAssertEqual(
        engine.sourceStatuses().first?.detail, "read error in \(path): gzip: the compressed data ends early (truncated)"
      )
      XCTAssertGreaterThan(engine.stats().posts, 1_000)
      XCTAssertLessThan(engine.stats().posts, 20_000)
    }
    XCTAssertEqual(collector.texts.first, "compressed 0")
  }

  func testWaitingOnAnEngineNeverStartedReturns() {
    let engine = IngestEngine(config: IngestConfig(sources: [], follow: true)) { _ in }
    XCTAssertTrue(engine.waitUntilFinished(timeout: 1))
    engine.waitUntilFinished()
  }

  func testNoSourcesFinishesAtOnce() throws {
    let engine = IngestEngine(config: IngestConfig(sources: [], follow: true)) { _ in }
    try engine.start()
    XCTAssertTrue(engine.waitUntilFinished(timeout: 5))
    XCTAssertEqual(engine.stats().posts, 0)
  }

  func testMissingFileFailsWithReason() throws {
    let (engine, _) = try readAll(["/nonexistent/civicpulse-posts.txt"])
    XCTAssertEqual(engine.sourceStatuses().first?.state, .failed)
    XCTAssertTrue(engine.recentErrors().first?.reason.contains("cannot open") ?? false)
  }

  func testDuplicatesAndEditsAcrossSources() throws {
    let dir = try makeTemporaryFolder(prefix: "cp-ingest")
    let file = dir.appendingPathComponent("p.txt")
    try "x\ny\n".write(to: file, atomically: false, encoding: .utf8)
    // The same file twice: plain text ids are "path:line", so the second copy is all duplicates.
    let (engine, collector) = try readAll([file.path, file.path])
    XCTAssertEqual(engine.stats().posts, 2)
    XCTAssertEqual(engine.stats().duplicates, 2)
    XCTAssertEqual(engine.stats().sources.map(\.duplicates), [0, 2])
    XCTAssertEqual(collector.texts, ["x", "y"])
  }

  /// polish19: a repeated post with an impossible time counted once in posts but twice in `Bad times:`.
  func testAnImpossibleTimeCountsOncePerPost() throws {
    let dir = try makeTemporaryFolder(prefix: "cp-ingest")
    let file = dir.appendingPathComponent("p.jsonl")
    let old = #"{"id":"1","text":"bins","created_at":"1990-05-10T09:00:00Z"}"#
    let fine = #"{"id":"2","text":"park","created_at":"2024-05-10T09:00:00Z"}"#
    try [old, old, fine, old].joined(separator: "\n").appending("\n").write(
      to: file, atomically: false, encoding: .utf8)
    let (engine, _) = try readAll([file.path])
    XCTAssertEqual(engine.stats().posts, 2)
    XCTAssertEqual(engine.stats().duplicates, 2)
    XCTAssertEqual(engine.stats().implausibleTimes, 1)
    XCTAssertEqual(engine.stats().sources.map(\.implausibleTimes), [1])
  }

  func testEnricherRunsOnEveryPost() throws {
    let dir = try makeTemporaryFolder(prefix: "cp-ingest")
    let file = dir.appendingPathComponent("p.txt")
    try "bins not collected\nlovely park\n".write(to: file, atomically: false, encoding: .utf8)
    let collector = PostCollector()
    let engine = IngestEngine(
      config: IngestConfig(sources: [.file(path: file.path)], follow: false),
      enrich: { post in
        post.complaint = post.text.contains("not")
        post.services = ["waste"]
      }, sink: { collector.add($0) })
    try engine.start()
    engine.waitUntilFinished()
    XCTAssertEqual(collector.posts.map(\.complaint), [true, false])
    XCTAssertEqual(collector.posts.map(\.services), [["waste"], ["waste"]])
  }

  func testReplayDeliversNoFasterThanPostTimesAllow() throws {
    let dir = try makeTemporaryFolder(prefix: "cp-ingest")
    let file = dir.appendingPathComponent("p.txt")
    try "a\nb\nc\n".write(to: file, atomically: false, encoding: .utf8)
    let collector = PostCollector()
    // Give the posts event times one second apart; at 10x they take at least 0.2 s to deliver.
    let engine = IngestEngine(
      config: IngestConfig(sources: [.file(path: file.path)], follow: false, replaySpeed: 10),
      enrich: { post in post.eventTime = 1_000_000 + EpochMillis(post.text.unicodeScalars.first!.value - 97) * 1000 },
      sink: { collector.add($0) })
    let start = Date()
    try engine.start()
    XCTAssertTrue(engine.waitUntilFinished(timeout: 10))
    XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(start), 0.19)
    XCTAssertEqual(collector.texts, ["a", "b", "c"])
    // Each post arrives when it is delivered (the dashboard's arrival rate follows the replay): "c" comes at
    // least 0.2 s after "a", though all three lines were read at once.
    let arrivals = collector.posts.map(\.arrivalTime)
    XCTAssertGreaterThanOrEqual(arrivals[2] - arrivals[0], 190, "\(arrivals)")
    XCTAssertEqual(arrivals, arrivals.sorted())
  }

  /// A Twitter v2 tweet at `minute` minutes past 10:00 (ids are the minute, so order is easy to read).
  private func tweet(_ minute: Int, id: String? = nil) -> String {
    let mm = minute < 10 ? "0\(minute)" : "\(minute)"
    return #"{"id":"\#(id ?? String(minute))","text":"post \#(minute)","created_at":"2024-05-01T10:\#(mm):00.000Z"}"#
  }

  /// A new file holding `lines`, one a line.
  private func archive(_ lines: [String]) throws -> URL {
    let file = try makeTemporaryFolder(prefix: "cp-replay").appendingPathComponent("archive.jsonl")
    try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: file)
    return file
  }

  /// Replays `lines` as fast as the clock allows (`1e7`: no real waiting) and returns what the sink got.
  private func replay(_ lines: [String], buffer: Int = IngestConfig.defaultReplayBuffer, chunk: Int = 1 << 20)
    throws -> (IngestStats, [Post])
  {
    let file = try archive(lines)
    let collector = PostCollector()
    let config = IngestConfig(
      sources: [.file(path: file.path)], follow: false, readChunkBytes: chunk, replaySpeed: 1e7, replayBuffer: buffer)
    let engine = IngestEngine(config: config) { collector.add($0) }
    try engine.start()
    XCTAssertTrue(engine.waitUntilFinished(timeout: 60))
    return (engine.stats(), collector.posts)
  }

  /// Search pages written newest first (pages newest first, tweets newest first inside each) play oldest first.
  func testReplayPlaysNewestFirstPagesInTimeOrder() throws {
    let pages = [[9, 8, 7], [6, 5, 4], [3, 2, 1]].map { page in
      #"{"data":["# + page.map { tweet($0) }.joined(separator: ",") + #"],"meta":{"result_count":3}}"#
    }
    let (stats, posts) = try replay(pages)
    XCTAssertEqual(posts.map(\.id), (1...9).map(String.init), "ascending time, each post once")
    XCTAssertEqual(posts.map(\.time), posts.map(\.time).sorted())
    XCTAssertEqual(stats.posts, 9)
    XCTAssertEqual(stats.replayLate, 0)
  }

  /// An oldest-first file plays in file order, equal times included.
  func testReplayKeepsFileOrderOfAnOldestFirstFileWithEqualTimes() throws {
    let lines = [
      tweet(1, id: "a"), tweet(1, id: "b"), tweet(2, id: "c"), tweet(2, id: "d"), tweet(2, id: "e"),
      tweet(3, id: "f"),
    ]
    let (stats, posts) = try replay(lines, chunk: 64)  // several batches
    XCTAssertEqual(posts.map(\.id), ["a", "b", "c", "d", "e", "f"])
    XCTAssertEqual(stats.posts, 6)
    XCTAssertEqual(stats.replayLate, 0)
  }

  /// With a buffer of 2 and a reversed file, the two newest posts are buffered when playback starts: every older
  /// one is late, delivered at once and counted. No post is lost or repeated.
  func testReplayWithATinyBufferDeliversEveryPostOnceAndCountsTheLateOnes() throws {
    let (stats, posts) = try replay((1...20).reversed().map { tweet($0) }, buffer: 2)
    XCTAssertEqual(posts.map(\.id).sorted(), (1...20).map(String.init).sorted(), "every post exactly once")
    XCTAssertEqual(stats.posts, 20)
    XCTAssertEqual(stats.replayLate, 18)
  }

  /// A followed file never ends: playback starts once the input is quiet, from the earliest post. A post appended
  /// later that is older than one already played is delivered at once and counted late.
  func testReplayOfAFollowedFileStartsWhenQuietAndCountsAnOlderAppendAsLate() throws {
    let file = try archive([tweet(3), tweet(2), tweet(1)])
    let collector = PostCollector()
    // 600x: a minute of posts takes 0.1 s.
    let config = IngestConfig(sources: [.file(path: file.path)], follow: true, replaySpeed: 600, pollInterval: 0.05)
    let engine = try startEngine(self, config, collector: collector)
    waitFor("the three posts to play") { collector.posts.count == 3 }
    XCTAssertEqual(collector.posts.map(\.id), ["1", "2", "3"])
    XCTAssertEqual(engine.stats().replayLate, 0)
    try append(tweet(0) + "\n" + tweet(4) + "\n", to: file)
    waitFor("the appended posts") { collector.posts.count == 5 }
    XCTAssertEqual(collector.posts.map(\.id), ["1", "2", "3", "0", "4"])
    XCTAssertEqual(engine.stats().replayLate, 1, "only 0 came after a newer post was played")
    XCTAssertEqual(engine.stats().posts, 5)
  }

  /// The replay's clock: nil until playback starts (here: until the followed file appears), then the first played
  /// post's time, moving on at the replay's speed.
  func testReplayTimeIsNilBeforePlaybackThenFollowsThePlayedPosts() throws {
    let file = try makeTemporaryFolder(prefix: "cp-replay").appendingPathComponent("later.jsonl")
    let collector = PostCollector()
    let config = IngestConfig(sources: [.file(path: file.path)], follow: true, replaySpeed: 1, pollInterval: 0.05)
    let engine = try startEngine(self, config, collector: collector)
    XCTAssertTrue(engine.isReplaying)
    XCTAssertNil(engine.replayTime(), "nothing played yet")
    XCTAssertNil(engine.eventTime(), "no event time before playback")
    try Data((tweet(50) + "\n" + tweet(10) + "\n").utf8).write(to: file)
    waitFor("the first post to play") { collector.posts.count == 1 }
    let first = try XCTUnwrap(collector.posts.first)
    XCTAssertEqual(first.id, "10")
    XCTAssertEqual(first.time, 1_714_558_200_000, "2024-05-01T10:10:00Z")
    // At 1x, well under a minute of wall time has passed since the first post played.
    let reached = try XCTUnwrap(engine.replayTime())
    XCTAssertGreaterThanOrEqual(reached, first.time)
    XCTAssertLessThan(reached, first.time + 60_000)
    XCTAssertGreaterThanOrEqual(try XCTUnwrap(engine.eventTime()), reached)
    // A minute of wall time later, a minute of post time later (at 1x).
    let later = try XCTUnwrap(engine.replayTime(atWall: SystemClock.monotonic() + 60))
    XCTAssertEqual(Double(later - reached), 60_000, accuracy: 5_000)
  }

  /// Once every post has played and none waits, the replay's time holds at the last post: the dashboard keeps
  /// showing the archive as it stood at its end instead of emptying its windows as the clock runs on.
  func testReplayTimeHoldsAtTheLastPostOnceTheArchiveHasPlayed() throws {
    let file = try makeTemporaryFolder(prefix: "cp-replay").appendingPathComponent("done.jsonl")
    try Data((tweet(30) + "\n" + tweet(10) + "\n" + tweet(20) + "\n").utf8).write(to: file)
    let collector = PostCollector()
    let config = IngestConfig(sources: [.file(path: file.path)], follow: true, replaySpeed: 1e6, pollInterval: 0.05)
    let engine = try startEngine(self, config, collector: collector)
    waitFor("every post to play") { collector.posts.count == 3 }
    let last = try XCTUnwrap(collector.posts.last)
    XCTAssertEqual(last.id, "30")
    XCTAssertEqual(engine.replayTime(atWall: SystemClock.monotonic() + 3_600), last.time, "an hour later: held")
    XCTAssertEqual(engine.replayTime(), last.time)
  }

  func testWithoutReplayTheEventTimeIsTheWallClock() throws {
    let engine = IngestEngine(config: IngestConfig(sources: [], follow: true)) { _ in }
    XCTAssertFalse(engine.isReplaying)
    XCTAssertNil(engine.replayTime())
    let before = SystemClock.nowMillis()
    let now = try XCTUnwrap(engine.eventTime())
    XCTAssertGreaterThanOrEqual(now, before)
    XCTAssertLessThanOrEqual(now, SystemClock.nowMillis())
  }

  /// Stopping a replay delivers what is still buffered at once, in time order, without waiting for it.
  func testStoppingAReplayDeliversTheBufferAtOnce() throws {
    let file = try archive([tweet(50), tweet(30), tweet(10)])
    let collector = PostCollector()
    // 1x: the second post is due twenty minutes after the first.
    let config = IngestConfig(sources: [.file(path: file.path)], follow: true, replaySpeed: 1, pollInterval: 0.05)
    let engine = IngestEngine(config: config) { collector.add($0) }
    try engine.start()
    waitFor("the first post to play") { collector.posts.count == 1 }
    XCTAssertEqual(engine.stats().posts, 1, "counts follow the paced stream")
    engine.stop()
    XCTAssertTrue(engine.waitUntilFinished(timeout: 10), "the stop does not wait for the posts' times")
    XCTAssertEqual(collector.posts.map(\.id), ["10", "30", "50"])
    XCTAssertEqual(engine.stats().posts, 3)
  }

  /// A shuffled input with a buffer smaller than its disorder: every post read is delivered exactly once, and the
  /// posts delivered out of time order are no more than those counted late.
  func testReplayOfAShuffledInputLosesNothing() throws {
    var minutes = Array(0..<60)
    var seed: UInt64 = 17
    for i in minutes.indices.reversed() where i > 0 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      minutes.swapAt(i, Int((seed >> 33) % UInt64(i + 1)))
    }
    let (stats, posts) = try replay(minutes.map { tweet($0) }, buffer: 8, chunk: 256)
    XCTAssertEqual(posts.count, 60)
    XCTAssertEqual(Set(posts.map(\.id)), Set((0..<60).map(String.init)))
    XCTAssertEqual(stats.posts, 60)
    let descents = zip(posts, posts.dropFirst()).filter { $0.1.time < $0.0.time }.count
    XCTAssertGreaterThan(stats.replayLate, 0, "8 posts cannot hold this disorder")
    XCTAssertLessThanOrEqual(descents, stats.replayLate)
  }
}

/// Hands out an enricher (marking posts as complaints) only once opened; counts how often it was asked.
private final class EnricherGate: @unchecked Sendable {
  private let condition = NSCondition()
  private var isOpen = false
  private var asked = 0

  func wait() -> PostEnricher? {
    condition.lock()
    defer { condition.unlock() }
    asked += 1
    while !isOpen { condition.wait() }
    return { $0.complaint = true }
  }

  func open() {
    condition.lock()
    isOpen = true
    condition.broadcast()
    condition.unlock()
  }

  var calls: Int {
    condition.lock()
    defer { condition.unlock() }
    return asked
  }
}
