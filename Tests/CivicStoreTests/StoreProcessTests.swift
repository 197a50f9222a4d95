import CivicCore
import CivicStore
import Foundation
import XCTest

/// The store shared by separate `civicpulse` processes: concurrent writers, `kill -9` right after a commit, and a
/// state file the process may not write.
final class StoreProcessTests: StoreTestCase {
  func testTwoProcessesWritingAtOnceLoseNothing() throws {
    let binary = try StoreTestSupport.binary()
    let perProcess = 60
    // Both wait for the same start time, so their writes overlap.
    let startAt = StoreOptions.systemClock() + 1_500
    let writers = try ["A", "B"].map { name in
      try CivicProcess(
        binary: binary,
        arguments: [
          "triage-mark", "--state", path, "--post", name, "--count", "\(perProcess)", "--start-at", "\(startAt)",
          "--pause-ms", "5",
        ],
        outputPath: directory + "/\(name).out")
    }
    for writer in writers {
      XCTAssertEqual(writer.waitForExit(timeout: 120), 0, writer.output)
    }
    let store = try StoreTestSupport.open(path)
    let marks = try store.changes(since: 0)
    XCTAssertEqual(marks.count, 2 * perProcess)
    XCTAssertEqual(Set(marks.map(\.id)).count, 2 * perProcess)
    let expected = Set(["A", "B"].flatMap { name in (1...perProcess).map { "\(name)-\($0)" } })
    XCTAssertEqual(Set(marks.map(\.postID)), expected)
    XCTAssertEqual(Set(marks.map(\.officer)), ["officer-test"])
    for writer in writers {
      XCTAssertEqual(writer.output.components(separatedBy: "committed ").count - 1, perProcess)
    }
    // How much the two writers interleaved (informative: scheduling decides).
    let switches = zip(marks, marks.dropFirst()).filter { $0.postID.prefix(1) != $1.postID.prefix(1) }.count
    print("concurrent writers: \(marks.count) marks, \(switches) switches between processes")
  }

  /// Several processes creating the same new state file at the same moment: SQLite reports some of the lock
  /// conflicts met while switching to WAL and migrating without waiting, so opening retries them. Before that
  /// retry, about one start in 40 came up read-only with "locked by another process".
  func testManyProcessesCreatingTheSameNewFileAllOpenReadWrite() throws {
    let binary = try StoreTestSupport.binary()
    let names = ["A", "B", "C", "D", "E", "F", "G", "H"]
    for round in 1...4 {
      let file = directory + "/race-\(round).db"
      let writers = try names.map { name in
        try CivicProcess(
          binary: binary, arguments: ["triage-mark", "--state", file, "--post", name, "--count", "2"],
          outputPath: directory + "/race-\(round)-\(name).out")
      }
      for writer in writers {
        XCTAssertEqual(writer.waitForExit(timeout: 120), 0, "round \(round): \(writer.output)")
        XCTAssertEqual(writer.output.components(separatedBy: "committed ").count - 1, 2, writer.output)
      }
      XCTAssertEqual(try StoreTestSupport.open(file).changes(since: 0).count, 2 * names.count)
    }
  }

  func testKillNineAfterCommitLosesNoMark() throws {
    let binary = try StoreTestSupport.binary()
    let writer = try CivicProcess(
      binary: binary,
      arguments: ["triage-mark", "--state", path, "--post", "K", "--count", "3", "--action", "escalated", "--hold"],
      outputPath: directory + "/hold.out")
    let holding = StoreTestSupport.wait(timeout: 60) { writer.output.contains("holding") }
    XCTAssertTrue(holding, "the writer never reported its commits: \(writer.output)")
    XCTAssertEqual(kill(writer.process.processIdentifier, SIGKILL), 0)
    writer.process.waitUntilExit()
    XCTAssertEqual(writer.process.terminationReason, .uncaughtSignal)
    XCTAssertTrue(FileManager.default.fileExists(atPath: path + "-wal"), "killed before any clean close")

    let committed = writer.output.split(separator: "\n").filter { $0.hasPrefix("committed ") }
      .compactMap { Int64($0.split(separator: " ")[1]) }
    XCTAssertEqual(committed.count, 3)
    let store = try StoreTestSupport.open(path)
    let marks = try store.changes(since: 0)
    XCTAssertEqual(marks.map(\.id), committed)
    XCTAssertEqual(marks.map(\.action), [.escalated, .escalated, .escalated])
    XCTAssertEqual(try store.storedPosts()["K-2"]?.text, "post K-2")
  }

  func testKillNineInTheMiddleOfAStreamOfMarks() throws {
    let writer = try CivicProcess(
      binary: try StoreTestSupport.binary(),
      arguments: ["triage-mark", "--state", path, "--post", "S", "--count", "5000"],
      outputPath: directory + "/stream.out")
    let started = StoreTestSupport.wait(timeout: 60) { writer.output.components(separatedBy: "committed ").count > 25 }
    XCTAssertEqual(kill(writer.process.processIdentifier, SIGKILL), 0)
    writer.process.waitUntilExit()
    XCTAssertTrue(started, writer.output)
    XCTAssertEqual(writer.process.terminationReason, .uncaughtSignal, "killed while still writing")

    let reported = Set(
      writer.output.split(separator: "\n").filter { $0.hasPrefix("committed ") }
        .compactMap { Int64($0.split(separator: " ")[1]) })
    let store = try StoreTestSupport.open(path)
    let stored = try store.changes(since: 0).map(\.id)
    XCTAssertTrue(reported.isSubset(of: Set(stored)), "every mark reported as committed survived")
    XCTAssertLessThanOrEqual(stored.count - reported.count, 1, "at most the mark being reported when killed")
    XCTAssertEqual(stored, Array(1...Int64(stored.count)), "no gap, no half-written mark")
  }

  /// Runs the writer as an unprivileged user when the tests run as root (chmod does not stop root), through
  /// `setpriv`; otherwise chmod alone makes the file and directory read-only.
  func testReadOnlyFileAndDirectoryFallBackToReadOnly() throws {
    let binary = try StoreTestSupport.binary()
    do {
      let store = try StoreTestSupport.open(path)
      _ = try store.mark(post: StoreTestSupport.post("p1"), action: .handled, team: nil, note: nil)
    }
    XCTAssertEqual(chmod(path, 0o444), 0)
    XCTAssertEqual(chmod(directory, 0o555), 0)
    var asUser: UInt32?
    if geteuid() == 0 {
      guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
        throw XCTSkip("running as root without /usr/bin/setpriv: cannot make the file read-only for the test")
      }
      asUser = 65_534
    }
    let writer = try CivicProcess(
      binary: binary, arguments: ["triage-mark", "--state", path, "--post", "p2"],
      outputPath: NSTemporaryDirectory() + "civicpulse-ro-\(UUID().uuidString).out", asUser: asUser)
    defer { try? FileManager.default.removeItem(atPath: writer.outputPath) }
    XCTAssertEqual(writer.waitForExit(timeout: 60), 3, writer.output)
    XCTAssertTrue(writer.output.hasPrefix("status: triage read-only: "), writer.output)
    XCTAssertTrue(writer.output.contains("not writable"), writer.output)
    XCTAssertFalse(writer.output.contains("committed"), writer.output)

    let export = try CivicProcess(
      binary: binary, arguments: ["export", "--state", path, "--format", "json"],
      outputPath: NSTemporaryDirectory() + "civicpulse-ro-\(UUID().uuidString).json", asUser: asUser)
    defer { try? FileManager.default.removeItem(atPath: export.outputPath) }
    XCTAssertEqual(export.waitForExit(timeout: 60), 0, export.output)
    XCTAssertTrue(export.output.contains("\"post_id\" : \"p1\""), export.output)
  }
}
