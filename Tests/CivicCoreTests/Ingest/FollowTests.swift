import CivicTestSupport
import Foundation
import XCTest

@testable import CivicCore

final class FollowTests: XCTestCase {
  private func follow(_ url: URL, collector: PostCollector) throws -> IngestEngine {
    try startEngine(
      self, IngestConfig(sources: [.file(path: url.path)], follow: true, pollInterval: 0.05), collector: collector)
  }

  /// A new file `posts.txt` holding `firstLine`, followed until that line has been read.
  private func followNewFile(firstLine: String) throws -> (URL, PostCollector, IngestEngine) {
    let file = try makeTemporaryFolder(prefix: "cp-ingest").appendingPathComponent("posts.txt")
    try (firstLine + "\n").write(to: file, atomically: false, encoding: .utf8)
    let collector = PostCollector()
    let engine = try follow(file, collector: collector)
    waitFor("the first line") { collector.texts == [firstLine] }
    return (file, collector, engine)
  }

  /// QA4: a followed path that became a directory logged the same read error on every poll.
  func testAPathThatIsADirectoryIsReportedOnceAndAFileInItsPlaceIsFollowed() throws {
    let dir = try makeTemporaryFolder(prefix: "cp-ingest")
    let path = dir.appendingPathComponent("posts.txt")
    try FileManager.default.createDirectory(at: path, withIntermediateDirectories: false)
    let collector = PostCollector()
    let engine = try follow(path, collector: collector)
    waitFor("the directory to be noticed") {
      engine.sourceStatuses().first?.state == .waiting
        && engine.sourceStatuses().first?.detail?.contains("is a directory") == true
    }
    // Twenty poll intervals: the follower looks at the path again on each.
    let until = Date().addingTimeInterval(20 * 0.05)
    waitFor("twenty poll intervals") { Date() >= until }
    let errors = engine.recentErrors().map(\.reason)
    XCTAssertEqual(errors, ["\(path.path) is a directory"], "said once, not once a poll")
    try FileManager.default.removeItem(at: path)
    try "after the directory\n".write(to: path, atomically: false, encoding: .utf8)
    waitFor("the file that took its place") { collector.texts == ["after the directory"] }
    XCTAssertEqual(engine.sourceStatuses().first?.state, .following)
    XCTAssertEqual(engine.recentErrors().count, 1)
  }

  func testAppendedLinesAppearAndPartialLineIsHeld() throws {
    let (file, collector, engine) = try followNewFile(firstLine: "first post")
    try append("second post\nthird pa", to: file)
    waitFor("the second line") { collector.texts.count == 2 }
    // The partial line must not be delivered before its newline, however long we give it.
    waitFor("the follower to read the partial line") { engine.stats().bytes == 11 + 20 }
    XCTAssertEqual(collector.texts, ["first post", "second post"])
    try append("rt\n", to: file)
    waitFor("the completed line") { collector.texts.count == 3 }
    XCTAssertEqual(collector.texts, ["first post", "second post", "third part"])
    XCTAssertEqual(engine.sourceStatuses().first?.state, .following)
  }

  /// Whole JSON documents with no final newline: an object-rooted search page and a pretty-printed array.
  func testWholeDocumentsWithoutAFinalNewlineAreRead() throws {
    let searchPage = """
      {
        "statuses": [
          {"id_str": "1", "text": "bins not collected", "user": {"screen_name": "a"}},
          {"id_str": "2", "text": "pothole on main road", "user": {"screen_name": "b"}}
        ]
      }
      """
    let array = "[\n  {\n    \"text\": \"bus 42 late\"\n  },\n  {\n    \"text\": \"lift broken\"\n  }\n]"
    let dir = try makeTemporaryFolder(prefix: "cp-ingest")
    for (name, document, texts) in [
      ("search.json", searchPage, ["bins not collected", "pothole on main road"]),
      ("statuses.json", array, ["bus 42 late", "lift broken"]),
    ] {
      let file = dir.appendingPathComponent(name)
      try document.write(to: file, atomically: false, encoding: .utf8)
      let collector = PostCollector()
      let engine = try follow(file, collector: collector)
      waitFor("\(name)'s posts") { collector.texts.count == 2 }
      XCTAssertEqual(collector.texts, texts, name)
      XCTAssertEqual(engine.stats().malformed, 0, name)
      XCTAssertEqual(engine.stats().duplicates, 0, name)
    }
  }

  func testJSONLineAppendedWithoutANewlineAppearsAndTheTextPartialIsHeld() throws {
    let dir = try makeTemporaryFolder(prefix: "cp-ingest")
    let file = dir.appendingPathComponent("posts.jsonl")
    try #"{"text":"first"}"#.appending("\n").write(to: file, atomically: false, encoding: .utf8)
    let collector = PostCollector()
    let engine = try follow(file, collector: collector)
    waitFor("the first line") { collector.texts == ["first"] }
    try append(#"{"text":"second"}"#, to: file)
    waitFor("the line without a newline") { collector.texts == ["first", "second"] }
    // Its newline arrives later, then a cut-off JSON line: held until the file is no longer followed.
    try append("\n" + #"{"text":"third"}"# + "\n" + #"{"text":"fou"#, to: file)
    waitFor("the third line") { collector.texts.count == 3 }
    waitFor("the follower to read the partial line") { engine.stats().bytes == 17 + 17 + 18 + 12 }
    XCTAssertEqual(collector.texts, ["first", "second", "third"])
    XCTAssertEqual(engine.stats().malformed, 0)
    XCTAssertEqual(engine.stats().duplicates, 0)
    // On stop the held partial line is counted (as `report` counts it at the end of the file), not dropped.
    engine.stop()
    XCTAssertTrue(engine.waitUntilFinished(timeout: 10))
    XCTAssertEqual(engine.stats().malformed, 1)
    XCTAssertEqual(engine.recentErrors().map(\.line), [4])
  }

  func testTruncationRestartsFromTheTop() throws {
    let dir = try makeTemporaryFolder(prefix: "cp-ingest")
    let file = dir.appendingPathComponent("posts.txt")
    try "one\ntwo\nthree\n".write(to: file, atomically: false, encoding: .utf8)
    let collector = PostCollector()
    let engine = try follow(file, collector: collector)
    waitFor("the first lines") { collector.texts.count == 3 }
    let handle = try FileHandle(forWritingTo: file)
    try handle.truncate(atOffset: 0)
    try handle.close()
    try append("four\n", to: file)
    waitFor("the line after truncation") { collector.texts.count == 4 }
    XCTAssertEqual(collector.texts, ["one", "two", "three", "four"])
    XCTAssertEqual(engine.stats().duplicates, 0, "a line number reused after truncation is not a duplicate")
  }

  /// Truncated and at once written past its old size (copytruncate, then a burst of lines before the follower
  /// woke): the size alone did not show it, so the follower read on from its old offset, mid-line, and lost the
  /// new first lines.
  func testAFileTruncatedAndRewrittenPastItsOldSizeRestartsFromTheTop() throws {
    let (file, collector, engine) = try followNewFile(firstLine: "the old first line")
    let rewritten = (1...6).map { "new line \($0) after the rotation" }
    // Written over from the top in one write: the file as the follower finds it when the truncation and the new
    // lines both came between two looks (truncating first would let it wake in between, and see the shrink).
    let handle = try FileHandle(forWritingTo: file)
    try handle.seek(toOffset: 0)
    try handle.write(contentsOf: Data(rewritten.map { $0 + "\n" }.joined().utf8))
    try handle.close()
    waitFor("the rewritten lines") { collector.texts.count >= 7 }
    XCTAssertEqual(collector.texts, ["the old first line"] + rewritten)
    XCTAssertEqual(engine.stats().malformed, 0)
  }

  /// Written over in place from the top, longer than before, by a tool that keeps the first line (a CSV's header,
  /// longer than the 64 first bytes compared): the first bytes did not show it, so the follower read on from its
  /// old offset into the middle of the new text. The bytes just before that offset changed, and show it.
  func testAFileWrittenOverWithTheSameFirstBytesRestartsFromTheTop() throws {
    let header = "Council feed export, one post a line, written over in full each run (do not edit by hand)"
    XCTAssertGreaterThan(header.utf8.count, FollowedFileSource.headBytes)
    let (file, collector, engine) = try followNewFile(firstLine: header)
    try append("old post one\nold post two\n", to: file)
    waitFor("the old posts") { collector.texts.count == 3 }
    let rewritten = [header] + (1...6).map { "new post \($0) of the second run" }
    let handle = try FileHandle(forWritingTo: file)
    try handle.seek(toOffset: 0)
    try handle.write(contentsOf: Data(rewritten.map { $0 + "\n" }.joined().utf8))
    try handle.close()
    waitFor("the rewritten file") { collector.texts.count >= 10 }
    XCTAssertEqual(collector.texts, [header, "old post one", "old post two"] + rewritten)
    XCTAssertEqual(engine.stats().malformed, 0)
  }

  /// Lines appended after a long first line are read on from the offset, not taken for a rewrite: the bytes
  /// before the offset are the same.
  func testAppendsAfterALongFirstLineAreNotTakenForARewrite() throws {
    let header = (1...8).map { "long first line \($0)" }.joined(separator: ", ")
    let (file, collector, engine) = try followNewFile(firstLine: header)
    for k in 1...5 {
      try append("appended \(k)\n", to: file)
      waitFor("appended line \(k)") { collector.texts.count == k + 1 }
    }
    try append("half a li", to: file)
    Thread.sleep(forTimeInterval: 0.2)
    try append("ne\n", to: file)
    waitFor("the line written in two parts") { collector.texts.count == 7 }
    XCTAssertEqual(collector.texts, [header] + (1...5).map { "appended \($0)" } + ["half a line"])
    XCTAssertEqual(engine.stats().duplicates, 0)
  }

  /// A named pipe that no writer has opened yet: the follower sat in `open`, said nothing, and a stop waited out
  /// its timeout (`watch --headless FIFO` took 10 s to end on SIGTERM). It is followed at once, stops at once, and
  /// reads what each writer that comes sends.
  func testANamedPipeWithoutAWriterIsFollowedAndStopsAtOnce() throws {
    let path = try makeTemporaryFolder(prefix: "cp-ingest").appendingPathComponent("posts.fifo").path
    XCTAssertEqual(mkfifo(path, 0o600), 0)
    let config = IngestConfig(sources: [.file(path: path)], follow: true, pollInterval: 0.05)
    let idle = try startEngine(self, config, collector: PostCollector())
    waitFor("the pipe to be followed", timeout: 5) { idle.sourceStatuses().first?.state == .following }
    idle.stop()
    let stopped = idle.waitUntilFinished(timeout: 2)
    if !stopped { close(open(path, O_WRONLY | O_NONBLOCK)) }  // frees a follower stuck in open
    XCTAssertTrue(stopped, "stopped within 2 s")

    let collector = PostCollector()
    _ = try startEngine(self, config, collector: collector)
    for text in ["from the first writer", "from the second writer"] {
      let writer = open(path, O_WRONLY)
      XCTAssertGreaterThanOrEqual(writer, 0)
      _ = Array("\(text)\n".utf8).withUnsafeBytes { write(writer, $0.baseAddress, $0.count) }
      close(writer)
      waitFor(text) { collector.texts.last == text }
    }
    XCTAssertEqual(collector.texts, ["from the first writer", "from the second writer"])
  }

  func testRenameAndRecreateFinishesOldFileThenOpensNew() throws {
    let dir = try makeTemporaryFolder(prefix: "cp-ingest")
    let file = dir.appendingPathComponent("posts.txt")
    try "old one\n".write(to: file, atomically: false, encoding: .utf8)
    let collector = PostCollector()
    _ = try follow(file, collector: collector)
    waitFor("the first line") { collector.texts.count == 1 }
    // Write to the old file after it was renamed (the writer still holds it), then create the new file.
    let handle = try FileHandle(forWritingTo: file)
    try FileManager.default.moveItem(at: file, to: dir.appendingPathComponent("posts.txt.1"))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("old two\n".utf8))
    try handle.close()
    try "new one\n".write(to: file, atomically: false, encoding: .utf8)
    waitFor("both files' lines") { collector.texts.count == 3 }
    XCTAssertEqual(collector.texts, ["old one", "old two", "new one"])
    try append("new two\n", to: file)
    waitFor("the new file's appended line") { collector.texts.count == 4 }
    XCTAssertEqual(collector.texts.last, "new two")
  }

  func testADeletedFileIsSaidToBeWaitedForAndItsSuccessorFollowed() throws {
    // A followed file deleted under the dashboard still read "following" for good (on a wall display, for weeks).
    let (file, collector, engine) = try followNewFile(firstLine: "first")
    XCTAssertEqual(engine.sourceStatuses().first?.state, .following)
    try FileManager.default.removeItem(at: file)
    waitFor("the deletion noticed") {
      engine.sourceStatuses().first?.state == .waiting
        && engine.sourceStatuses().first?.detail?.contains("was deleted or moved") == true
    }
    try "second\n".write(to: file, atomically: false, encoding: .utf8)
    waitFor("the new file's line") { collector.texts == ["first", "second"] }
    XCTAssertEqual(engine.sourceStatuses().first?.state, .following)
    XCTAssertNil(engine.sourceStatuses().first?.detail)
  }

  func testMissingFileIsWaitedFor() throws {
    let dir = try makeTemporaryFolder(prefix: "cp-ingest")
    let file = dir.appendingPathComponent("later.txt")
    let collector = PostCollector()
    let engine = try follow(file, collector: collector)
    waitFor("the waiting state") { engine.sourceStatuses().first?.state == .waiting }
    try "arrived\n".write(to: file, atomically: false, encoding: .utf8)
    waitFor("the late file's line") { collector.texts == ["arrived"] }
    XCTAssertEqual(engine.sourceStatuses().first?.state, .following)
  }

  func testStopEndsFollowingPromptly() throws {
    let dir = try makeTemporaryFolder(prefix: "cp-ingest")
    let file = dir.appendingPathComponent("posts.txt")
    try "x\n".write(to: file, atomically: false, encoding: .utf8)
    let collector = PostCollector()
    let engine = try follow(file, collector: collector)
    waitFor("the line") { collector.texts.count == 1 }
    XCTAssertFalse(engine.isFinished)
    engine.stop()
    XCTAssertTrue(engine.waitUntilFinished(timeout: 5))
  }
}
