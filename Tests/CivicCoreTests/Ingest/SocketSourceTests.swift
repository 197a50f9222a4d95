import CivicTestSupport
import Foundation
import XCTest

@testable import CivicCore

final class SocketSourceTests: XCTestCase {
  private func listen(
    _ path: String, mode: UInt32 = 0o600, maxRecordBytes: Int = 1 << 20, collector: PostCollector
  ) throws -> IngestEngine {
    let config = IngestConfig(
      sources: [.socket(path: path, mode: mode)], follow: true,
      decoderOptions: DecoderOptions(maxRecordBytes: maxRecordBytes), pollInterval: 0.05)
    return try startEngine(self, config, collector: collector)
  }

  func testTwentyConcurrentClientsAreAllCounted() throws {
    let path = try makeTemporaryFolder(prefix: "cp-ingest").appendingPathComponent("in.sock").path
    let collector = PostCollector()
    let engine = try listen(path, collector: collector)
    let perClient = 500
    DispatchQueue.concurrentPerform(iterations: 20) { client in
      guard let connection = SocketClient(path: path) else { return XCTFail("client \(client) cannot connect") }
      var text = ""
      for i in 0..<perClient { text += "client \(client) post \(i)\n" }
      // Send in uneven pieces so records are split across reads.
      let bytes = Array(text.utf8)
      var offset = 0
      while offset < bytes.count {
        let end = min(bytes.count, offset + 7 + (offset % 97))
        connection.send(Array(bytes[offset..<end]))
        offset = end
      }
      connection.send([0xFF, 0xFE, 0x0A])  // one malformed record per client
      connection.close()
    }
    waitFor("every post") { engine.stats().posts == 20 * perClient && engine.stats().malformed == 20 }
    XCTAssertEqual(engine.stats().duplicates, 0)
    // Each client's posts arrive in the order it sent them.
    let posts = collector.texts
    for client in 0..<20 {
      let mine = posts.filter { $0.hasPrefix("client \(client) ") }
      XCTAssertEqual(mine, (0..<perClient).map { "client \(client) post \($0)" })
    }
    XCTAssertEqual(engine.recentErrors().count, 20)
    XCTAssertTrue(engine.recentErrors().allSatisfy { $0.source.contains("client") && $0.line == perClient + 1 })
  }

  func testOverloadSlowsReadingInsteadOfBuffering() throws {
    let path = try makeTemporaryFolder(prefix: "cp-ingest").appendingPathComponent("in.sock").path
    let gate = DispatchSemaphore(value: 0)
    let collector = PostCollector()
    let config = IngestConfig(
      sources: [.socket(path: path, mode: 0o600)], follow: true, queueCapacity: 2, decodeWorkers: 1,
      pollInterval: 0.05)
    let engine = IngestEngine(config: config) { posts in
      gate.wait()  // the consumer is stuck until the test lets it go
      gate.signal()
      collector.add(posts)
    }
    try engine.start()
    addTeardownBlock {
      gate.signal()
      engine.stop()
      engine.waitUntilFinished(timeout: 10)
    }
    let lines = 200_000
    let line = Array("an overloaded moment: the 42 bus is late again and nobody answers the phone ...\n".utf8)
    let sender = Thread {
      guard let client = SocketClient(path: path) else { return }
      var chunk: [UInt8] = []
      for _ in 0..<1000 { chunk += line }
      for _ in 0..<(lines / 1000) { client.send(chunk) }
      client.close()
    }
    sender.start()
    // With the consumer stuck, reading must stall after a bounded amount (queue + kernel buffers), far below
    // the 16 MB being sent.
    var last = -1
    var steadySince = Date()
    waitFor("reading to stall", timeout: 20) {
      let bytes = engine.stats().bytes
      if bytes != last {
        last = bytes
        steadySince = Date()
      }
      return bytes > 0 && Date().timeIntervalSince(steadySince) > 0.3
    }
    XCTAssertLessThan(last, 4 << 20, "bytes read while the consumer was stuck")
    gate.signal()
    waitFor("every post once the consumer resumes", timeout: 60) { engine.stats().posts == lines }
    XCTAssertEqual(engine.stats().malformed, 0)
  }

  func testSlowClientDoesNotStallOthers() throws {
    let path = try makeTemporaryFolder(prefix: "cp-ingest").appendingPathComponent("in.sock").path
    let collector = PostCollector()
    let engine = try listen(path, collector: collector)
    guard let slow = SocketClient(path: path), let fast = SocketClient(path: path) else {
      return XCTFail("cannot connect")
    }
    slow.send("a partial record that never ends")
    for i in 0..<100 { fast.send("fast \(i)\n") }
    waitFor("the fast client's posts") { engine.stats().posts == 100 }
    slow.send(" until now\n")
    waitFor("the slow client's post") { engine.stats().posts == 101 }
    XCTAssertEqual(collector.texts.last, "a partial record that never ends until now")
    slow.close()
    fast.close()
  }

  func testOversizedRecordIsCountedAndConnectionKept() throws {
    let path = try makeTemporaryFolder(prefix: "cp-ingest").appendingPathComponent("in.sock").path
    let collector = PostCollector()
    let engine = try listen(path, maxRecordBytes: 1024, collector: collector)
    guard let client = SocketClient(path: path) else { return XCTFail("cannot connect") }
    client.send("before\n")
    client.send(String(repeating: "x", count: 200_000) + "\n")
    client.send("after\n")
    waitFor("both posts and the oversized record") { engine.stats().posts == 2 && engine.stats().malformed == 1 }
    XCTAssertEqual(collector.texts, ["before", "after"])
    XCTAssertEqual(engine.recentErrors().first?.line, 2)
    client.close()
  }

  func testGarbageIsCountedNotFatal() throws {
    let path = try makeTemporaryFolder(prefix: "cp-ingest").appendingPathComponent("in.sock").path
    let collector = PostCollector()
    let engine = try listen(path, collector: collector)
    guard let client = SocketClient(path: path) else { return XCTFail("cannot connect") }
    var garbage: [UInt8] = []
    for i in 0..<5000 { garbage.append(UInt8(truncatingIfNeeded: i &* 131 &+ 7) | 0x80) }
    garbage.append(0x0A)
    client.send(garbage)
    client.send([0x00, 0xC3, 0x28, 0x0A])
    client.send("still alive\n")
    waitFor("the post after garbage") { engine.stats().posts == 1 }
    XCTAssertEqual(engine.stats().malformed, 2)
    client.close()
  }

  func testSocketIsPrivateAndRemovedOnStop() throws {
    let path = try makeTemporaryFolder(prefix: "cp-ingest").appendingPathComponent("in.sock").path
    let engine = try listen(path, collector: PostCollector())
    var st = stat()
    XCTAssertEqual(lstat(path, &st), 0)
    XCTAssertEqual(st.st_mode & 0o777, 0o600)
    XCTAssertEqual(st.st_mode & S_IFMT, S_IFSOCK)
    engine.stop()
    XCTAssertTrue(engine.waitUntilFinished(timeout: 5))
    XCTAssertNotEqual(lstat(path, &st), 0, "socket file removed on exit")
  }

  func testADeletedSocketFileIsRecreatedAndConnectedClientsStay() throws {
    // A /tmp cleaner removed the socket file of a dashboard running for days: nobody could connect any more,
    // while the status still said "listening".
    let path = try makeTemporaryFolder(prefix: "cp-ingest").appendingPathComponent("in.sock").path
    let collector = PostCollector()
    let engine = try listen(path, collector: collector)
    guard let early = SocketClient(path: path) else { return XCTFail("cannot connect") }
    early.send("before\n")
    waitFor("the first post") { engine.stats().posts == 1 }
    XCTAssertEqual(unlink(path), 0)
    waitFor("the socket file back") { SocketSource.acceptsConnections(path) }
    XCTAssertEqual(engine.sourceStatuses().first?.state, .listening)
    guard let late = SocketClient(path: path) else { return XCTFail("cannot connect to the recreated socket") }
    late.send("after\n")
    early.send("still here\n")
    waitFor("both clients' posts") { engine.stats().posts == 3 }
    XCTAssertEqual(Set(collector.texts), ["before", "after", "still here"])
    late.close()
    early.close()
    engine.stop()
    XCTAssertTrue(engine.waitUntilFinished(timeout: 5))
    var st = stat()
    XCTAssertNotEqual(lstat(path, &st), 0, "the recreated socket file is removed on exit")
  }

  func testSocketModeCanBeWidened() throws {
    let path = try makeTemporaryFolder(prefix: "cp-ingest").appendingPathComponent("in.sock").path
    _ = try listen(path, mode: 0o660, collector: PostCollector())
    var st = stat()
    XCTAssertEqual(lstat(path, &st), 0)
    XCTAssertEqual(st.st_mode & 0o777, 0o660)
  }

  /// A stream socket bound at `path` (not listening).
  private func boundSocket(_ path: String) -> Int32 {
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8) + [0]) }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
    XCTAssertEqual(bound, 0)
    return fd
  }

  /// A listener whose backlog is full (a stopped or stuck civicpulse, flooded with connections) is live: the probe
  /// says so at once. Its blocking connect waited for a free slot, so a second civicpulse hung at start.
  func testALiveSocketWithAFullBacklogIsSeenAtOnce() throws {
    let path = try makeTemporaryFolder(prefix: "cp-ingest").appendingPathComponent("busy.sock").path
    let listener = boundSocket(path)
    defer { close(listener) }
    XCTAssertEqual(Glibc.listen(listener, 0), 0)
    // Connections nobody accepts, until the backlog refuses one (EAGAIN).
    var pending: [SocketClient] = []
    while pending.count < 64, let client = SocketClient(path: path, waiting: false) { pending.append(client) }
    defer { pending.forEach { $0.close() } }
    let answered = expectation(description: "the probe answers")
    DispatchQueue.global().async {
      XCTAssertTrue(SocketSource.acceptsConnections(path))
      answered.fulfill()
    }
    wait(for: [answered], timeout: 5)
  }

  func testStaleSocketIsReplaced() throws {
    let path = try makeTemporaryFolder(prefix: "cp-ingest").appendingPathComponent("in.sock").path
    // Leave a socket file nobody listens on.
    close(boundSocket(path))
    let collector = PostCollector()
    let engine = try listen(path, collector: collector)
    guard let client = SocketClient(path: path) else { return XCTFail("cannot connect to the replacement") }
    client.send("hello\n")
    waitFor("the post") { engine.stats().posts == 1 }
    client.close()
  }

  func testLiveSocketAndRegularFileAreRefused() throws {
    let dir = try makeTemporaryFolder(prefix: "cp-ingest")
    let file = dir.appendingPathComponent("notes.txt")
    try "keep me".write(to: file, atomically: false, encoding: .utf8)
    let engine = IngestEngine(
      config: IngestConfig(sources: [.socket(path: file.path, mode: 0o600)], follow: true)
    ) { _ in }
    XCTAssertThrowsError(try engine.start()) { error in
      XCTAssertTrue("\(error)".contains("not a socket"), "\(error)")
    }
    XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "keep me")
    XCTAssertTrue(engine.waitUntilFinished(timeout: 1), "an engine that failed to start does not block waiters")

    let path = dir.appendingPathComponent("live.sock").path
    _ = try listen(path, collector: PostCollector())
    let second = IngestEngine(config: IngestConfig(sources: [.socket(path: path, mode: 0o600)], follow: true)) { _ in }
    XCTAssertThrowsError(try second.start()) { error in
      XCTAssertTrue("\(error)".contains("already listening"), "\(error)")
    }
  }
}
