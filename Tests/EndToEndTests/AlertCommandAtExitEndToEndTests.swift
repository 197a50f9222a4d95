import Foundation
import XCTest

/// Quitting the dashboard while an `--on-alert` command runs: the command finishes (or meets its timeout) before
/// civicpulse exits. Before, the dashboard left at once and the command ran on as an orphan that nothing stopped.
final class AlertCommandAtExitEndToEndTests: XCTestCase {
  private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  func testQuittingWaitsForARunningAlertCommand() throws {
    let path = Self.root.appendingPathComponent(".build/debug/civicpulse").path
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw XCTSkip("build civicpulse first (swift build): \(path) is missing")
    }
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("alert-exit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
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
    let deadline = Date().addingTimeInterval(30)
    while !traced().contains("started"), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    XCTAssertTrue(traced().contains("started"), "the demo incident's alert ran the command")
    XCTAssertFalse(traced().contains("done"), "quit while the command runs")
    session.sendKeys("q")
    let exited = session.waitFor(timeout: 20) { $0.contains("EXIT=0") }
    XCTAssertTrue(exited.ok, exited.screen)
    XCTAssertTrue(traced().contains("done"), "civicpulse exited before its --on-alert command finished: \(traced())")
    XCTAssertTrue(exited.screen.contains("waiting for --on-alert commands to finish"), exited.screen)
  }
}
