import CivicTestSupport
import Foundation
import XCTest

/// What the dashboard leaves behind when it quits: an `--on-alert` command still running finishes (or meets its
/// timeout) before civicpulse exits, and a `--socket` file is removed. Before, the dashboard left at once: the
/// command ran on as an orphan that nothing stopped, and `q` left the socket file behind.
final class DashboardExitEndToEndTests: XCTestCase {
  private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  func testQuittingWaitsForARunningAlertCommand() throws {
    let path = Self.root.appendingPathComponent(".build/debug/civicpulse").path
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw XCTSkip("build civicpulse first (swift build): \(path) is missing")
    }
    let directory = try makeTemporaryFolder(prefix: "alert-exit")
    let trace = directory.appendingPathComponent("trace").path
    let state = directory.appendingPathComponent("state.db").path
    // The first alert's command says it started, takes 2 s, then says it is done; later ones do nothing.
    let script =
      "cat >/dev/null; mkdir '\(trace).lock' 2>/dev/null || exit 0; echo started >> '\(trace)'; sleep 2; "
      + "echo done >> '\(trace)'"
    let command =
      "'\(path)' watch --demo --demo-incident-now --state '\(state)' --on-alert \"\(script)\" --on-alert-timeout 20; "
      + "echo EXIT=$?; sleep 30"
    let session = try TmuxSession(width: 100, height: 30, command: command)
    addTeardownBlock { session.kill() }
    func traced() -> String { (try? String(contentsOfFile: trace, encoding: .utf8)) ?? "" }
    // The README promises the incident's alert within about two minutes (25-55 s on this machine).
    let deadline = Date().addingTimeInterval(120)
    while !traced().contains("started"), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    XCTAssertTrue(traced().contains("started"), "the demo incident's alert ran the command")
    XCTAssertFalse(traced().contains("done"), "quit while the command runs")
    session.sendKeys("q")
    let exited = session.waitFor(timeout: 20) { $0.contains("EXIT=0") }
    XCTAssertTrue(exited.ok, exited.screen)
    XCTAssertTrue(traced().contains("done"), "civicpulse exited before its --on-alert command finished: \(traced())")
    XCTAssertTrue(exited.screen.contains("waiting for --on-alert commands to finish"), exited.screen)
  }

  func testQuittingRemovesTheSocketFile() throws {
    let path = Self.root.appendingPathComponent(".build/debug/civicpulse").path
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw XCTSkip("build civicpulse first (swift build): \(path) is missing")
    }
    let directory = try makeTemporaryFolder(prefix: "quit-sock")
    let socket = directory.appendingPathComponent("feed.sock").path
    let state = directory.appendingPathComponent("state.db").path
    let session = try TmuxSession(
      width: 100, height: 30,
      command: "'\(path)' watch --socket '\(socket)' --state '\(state)'; echo EXIT=$?; sleep 30")
    addTeardownBlock { session.kill() }
    let listening = session.waitFor(timeout: 20) { $0.contains("feed.sock: listening") }
    XCTAssertTrue(listening.ok, listening.screen)
    XCTAssertTrue(FileManager.default.fileExists(atPath: socket))
    session.sendKeys("q")
    let exited = session.waitFor(timeout: 20) { $0.contains("EXIT=0") }
    XCTAssertTrue(exited.ok, exited.screen)
    XCTAssertFalse(FileManager.default.fileExists(atPath: socket), "the socket file is removed at exit")
  }
}
