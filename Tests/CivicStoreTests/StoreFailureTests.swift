import CivicCore
import CivicStore
import Foundation
import GRDB
import XCTest

/// Locked, read-only, newer and corrupt state files: a clear message, and a store that keeps the dashboard going.
final class StoreFailureTests: StoreTestCase {
  func testGarbageFileIsReportedAndTriageDisabled() throws {
    try Data("this is not a database, it is a shopping list\n".utf8).write(to: URL(fileURLWithPath: path))
    let (store, status) = TriageStore.open(path: path)
    XCTAssertNil(store)
    guard case .unavailable(_, let reason) = status else { return XCTFail("\(status)") }
    XCTAssertTrue(reason.contains("is not a CivicPulse state database or is damaged"), reason)
    XCTAssertTrue(status.message.hasPrefix("triage disabled:"), status.message)
    let kept = try String(contentsOfFile: path, encoding: .utf8)
    XCTAssertTrue(kept.hasPrefix("this is not a database"), "the damaged file is left for the user to inspect")
  }

  func testDamagedPagesAreReported() throws {
    do {
      let store = try StoreTestSupport.open(path)
      for index in 1...200 {
        _ = try store.mark(
          post: StoreTestSupport.post("p\(index)", text: String(repeating: "long text ", count: 40)),
          action: .handled, team: nil, note: nil)
      }
    }
    _ = try DatabaseQueue(path: path).writeWithoutTransaction { try $0.checkpoint(.truncate) }
    // Overwrite page 3 onwards (keeping the header page valid) with garbage.
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.seek(toOffset: 4_096 * 2)
    try handle.write(contentsOf: Data(repeating: 0xA5, count: 4_096 * 4))
    try handle.close()
    let (reopened, status) = TriageStore.open(path: path)
    XCTAssertNil(reopened)
    guard case .unavailable(_, let reason) = status else { return XCTFail("\(status)") }
    XCTAssertTrue(reason.contains("damaged"), reason)
  }

  func testLockedDatabaseTimesOutWithAClearErrorThenRecovers() throws {
    let store = try StoreTestSupport.open(path, busyTimeout: 0.3)
    var configuration = Configuration()
    configuration.allowsUnsafeTransactions = true
    let blocker = try DatabaseQueue(path: path, configuration: configuration)
    try blocker.writeWithoutTransaction { db in
      try db.execute(sql: "BEGIN IMMEDIATE")
      try db.execute(sql: "INSERT INTO posts VALUES ('x', 'text', 'a', 'b', 0, NULL, 0, 0, NULL)")
    }
    let started = Date()
    XCTAssertThrowsError(try store.mark(post: StoreTestSupport.post("p1"), action: .handled, team: nil, note: nil)) {
      error in
      XCTAssertEqual((error as? TriageStoreError)?.kind, .locked)
      XCTAssertTrue(String(describing: error).contains("is locked by another process (waited 0.3s)"), "\(error)")
    }
    XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(started), 0.25, "waited for the busy timeout")
    XCTAssertEqual(try store.changes(since: 0), [], "reads are not blocked by a writer in WAL mode")
    try blocker.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }
    XCTAssertNoThrow(try store.mark(post: StoreTestSupport.post("p1"), action: .handled, team: nil, note: nil))
  }

  func testReadOnlyOptionReadsButRefusesMarks() throws {
    let writer = try StoreTestSupport.open(path)
    _ = try writer.mark(post: StoreTestSupport.post("p1"), action: .handled, team: nil, note: nil)
    let (opened, status) = TriageStore.open(path: path, options: StoreOptions(readOnly: true))
    let store = try XCTUnwrap(opened)
    XCTAssertEqual(status, .readOnly(path: path, reason: "opened read-only"))
    XCTAssertEqual(try store.currentState(postIDs: ["p1"])["p1"]?.status, .handled)
    XCTAssertThrowsError(try store.mark(post: StoreTestSupport.post("p2"), action: .handled, team: nil, note: nil)) {
      error in
      XCTAssertEqual((error as? TriageStoreError)?.kind, .readOnly)
      XCTAssertEqual(String(describing: error), "cannot mark: triage read-only: opened read-only (\(self.path))")
    }
    XCTAssertThrowsError(try store.undoLast())
    // Marks made elsewhere after opening still show up.
    _ = try writer.mark(post: StoreTestSupport.post("p3"), action: .escalated, team: nil, note: nil)
    XCTAssertEqual(try store.changes(since: 1).map(\.postID), ["p3"])
  }

  func testRowsThisVersionCannotReadAreSkipped() throws {
    let store = try StoreTestSupport.open(path)
    _ = try store.mark(post: StoreTestSupport.post("p1"), action: .handled, team: nil, note: nil)
    try DatabaseQueue(path: path).write { db in
      try db.execute(
        sql: "INSERT INTO marks (post_id, action, officer, created_at) VALUES ('p1', 'archived', 'zoe', 5)")
    }
    _ = try store.mark(post: StoreTestSupport.post("p1"), action: .note, team: nil, note: "after")
    XCTAssertEqual(try store.history(postID: "p1").map(\.action), [.handled, .note])
    XCTAssertEqual(try store.changes(since: 0).map(\.id), [1, 3])
    XCTAssertEqual(try store.log().count, 2)
  }

  func testReadOnlyOfMissingFileDoesNotCreateIt() {
    let (store, status) = TriageStore.open(path: path, options: StoreOptions(readOnly: true))
    XCTAssertNil(store)
    XCTAssertEqual(status, .unavailable(path: path, reason: "no state file yet"))
    XCTAssertFalse(FileManager.default.fileExists(atPath: path))
  }

  func testNewerSchemaOpensReadOnly() throws {
    _ = try StoreTestSupport.open(path)
    try DatabaseQueue(path: path).write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')")
    }
    let (store, status) = TriageStore.open(path: path)
    XCTAssertNotNil(store)
    XCTAssertFalse(status.canWrite)
    XCTAssertTrue(status.message.contains("written by a newer version of civicpulse"), status.message)
  }

  /// A directory that cannot be created (a file is in the way) gives a clear status instead of a crash.
  func testUncreatableDirectory() throws {
    _ = FileManager.default.createFile(atPath: directory + "/blocker", contents: Data("x".utf8))
    let (store, status) = TriageStore.open(path: directory + "/blocker/state.db")
    XCTAssertNil(store)
    guard case .unavailable(_, let reason) = status else { return XCTFail("\(status)") }
    XCTAssertEqual(reason, "cannot create \(directory)/blocker: \(directory)/blocker is not a directory")
  }

  /// A folder under a file system that refuses new folders: the system's reason, not Foundation's "The operation
  /// could not be completed" (seen with `--state /proc/civic/state.db`).
  func testFolderTheSystemRefusesGivesItsReason() throws {
    let (store, status) = TriageStore.open(path: "/proc/civicpulse-test/state.db")
    XCTAssertNil(store)
    guard case .unavailable(_, let reason) = status else { return XCTFail("\(status)") }
    XCTAssertTrue(reason.hasPrefix("cannot create /proc/civicpulse-test: "), reason)
    XCTAssertFalse(reason.contains("could not be completed"), reason)
  }

  /// Missing folders on the way are created, as before.
  func testMissingFoldersAreCreated() throws {
    let (store, status) = TriageStore.open(path: directory + "/a/b/c/state.db")
    XCTAssertNotNil(store, status.message)
    XCTAssertTrue(FileManager.default.fileExists(atPath: directory + "/a/b/c/state.db"))
  }
}
