import CivicCore
import CivicStore
import CivicTestSupport
import Foundation
import GRDB
import XCTest

@testable import CivicTUI

/// Issue 7: a state database locked by another process gives a clear message and the dashboard keeps running.
/// The store is a real `TriageStore` file; another connection holds its write lock.
final class WorkflowLockedStoreTests: XCTestCase {
  private var directory = ""

  override func setUpWithError() throws {
    directory = try makeTemporaryFolder(prefix: "civicpulse-locked").path
  }

  /// A dashboard on a state file whose write lock another connection holds (`BEGIN EXCLUSIVE`, as a second
  /// process would; `ROLLBACK` on `blocker` ends it), and the screen row of the selected post (r3).
  private func lockedDashboard(busyTimeout: TimeInterval) throws -> (
    h: WorkflowHarness, store: TriageStore, path: String, row: Int, blocker: DatabaseQueue
  ) {
    let path = directory + "/state.db"
    let store = try TriageStore.openReadWrite(
      path: path, options: StoreOptions(busyTimeout: busyTimeout, officer: "ana"))
    let h = try WorkflowHarness(store: store)
    let row = try XCTUnwrap(h.postRow(containing: "Another pothole"))
    var configuration = Configuration()
    configuration.allowsUnsafeTransactions = true
    let blocker = try DatabaseQueue(path: path, configuration: configuration)
    try blocker.writeWithoutTransaction { try $0.execute(sql: "BEGIN EXCLUSIVE") }
    return (h, store, path, row, blocker)
  }

  func testMarkOnALockedStoreKeepsTheUIRunningThenSaysWhy() throws {
    let (h, store, path, row, blocker) = try lockedDashboard(busyTimeout: 1.5)

    let pressed = Date()
    h.app.handle(.character("h"), on: h.buffer)
    h.app.draw(on: h.buffer)
    XCTAssertLessThan(Date().timeIntervalSince(pressed), 1.0, "the key returns without waiting for the lock")
    XCTAssertTrue(h.statusBar.contains("saving mark…"), h.statusBar)
    XCTAssertEqual(h.buffer.text(at: h.markerColumn, row), " ", "not shown before it is committed")

    // While the write waits, keys move the selection and frames are drawn.
    h.app.handle(.character("j"), on: h.buffer)
    h.app.draw(on: h.buffer)
    XCTAssertEqual(h.app.state.scroll(.posts).selected, 1)
    XCTAssertTrue(h.statusBar.contains("saving mark…"), h.statusBar)
    var framesWhileSaving = 0
    waitFor("the mark to fail on the lock", timeout: 20) {
      _ = h.app.workflow.poll(now: LiveModel.wallClock())
      h.app.draw(on: h.buffer)
      if h.app.workflow.triage.isSaving { framesWhileSaving += 1 }
      return h.statusBar.contains("mark failed")
    }
    XCTAssertGreaterThan(framesWhileSaving, 5, "frames kept coming while the write waited")
    let message = h.app.workflow.message?.text ?? ""
    XCTAssertTrue(message.hasPrefix("mark failed, not saved: \(path) is locked by another process"), message)
    XCTAssertEqual(h.app.workflow.message?.isError, true)
    XCTAssertEqual(h.buffer.text(at: h.markerColumn, row), " ", "a failed mark is never shown")
    XCTAssertEqual(try store.changes(since: 0), [])

    // The lock goes away: the same key saves the mark, and the marker appears once committed.
    try blocker.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }
    h.press(.character("k"), .character("h"))
    XCTAssertEqual(try store.changes(since: 0).map(\.postID), ["r3"])
    XCTAssertEqual(h.buffer.text(at: h.markerColumn, row), "✓")
    XCTAssertTrue(h.statusBar.contains("handled: @eve (mark #1 saved)"), h.statusBar)
  }

  func testMarkQueuedBehindALockIsShownOnceTheLockIsReleased() throws {
    let (h, store, _, row, blocker) = try lockedDashboard(busyTimeout: 20)
    h.app.handle(.character("x"), on: h.buffer)
    h.app.draw(on: h.buffer)
    XCTAssertTrue(h.statusBar.contains("saving mark…"), h.statusBar)
    XCTAssertEqual(h.buffer.text(at: h.markerColumn, row), " ")
    XCTAssertEqual(try store.changes(since: 0), [], "still waiting for the lock")
    try blocker.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }
    h.settle()
    XCTAssertEqual(try store.changes(since: 0).map(\.action), [.notComplaint])
    h.app.draw(on: h.buffer)
    XCTAssertEqual(h.buffer.text(at: h.markerColumn, row), "✗")
    XCTAssertTrue(h.statusBar.contains("not a complaint: @eve (mark #1 saved)"), h.statusBar)
  }
}
