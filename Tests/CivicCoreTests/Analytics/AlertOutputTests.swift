import CivicTestSupport
import Foundation
import XCTest

@testable import CivicCore

final class AlertOutputTests: XCTestCase {
  private var directory: URL!

  override func setUpWithError() throws {
    directory = try makeTemporaryFolder(prefix: "civicpulse-alerts")
  }

  private let alert = Alert(
    id: 7, service: "water", serviceName: "Water", start: monday + 13 * hourMillis, complaints: 23, expected: 2.456,
    severity: .high)

  func testAlertLogAppendsOneJSONLinePerEvent() throws {
    let path = directory.appendingPathComponent("alerts.jsonl").path
    let log = try AlertLog(path: path)
    var ended = alert
    ended.end = alert.start + 30 * minuteMillis
    log.append([AlertEvent(kind: .started, alert: alert), AlertEvent(kind: .ended, alert: ended)])
    XCTAssertEqual(log.linesWritten, 2)
    // Lines are flushed: readable before close. A second log on the same file appends.
    let again = try AlertLog(path: path)
    again.append(AlertEvent(kind: .updated, alert: alert))
    log.close()
    again.close()
    log.append(AlertEvent(kind: .updated, alert: alert))
    XCTAssertEqual(log.writeErrors, 1, "writing after close is counted")

    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    XCTAssertEqual(lines.count, 3)
    let objects = try lines.map { try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    XCTAssertEqual(objects.map { $0["event"] as? String }, ["started", "ended", "updated"])
    XCTAssertEqual(objects[0]["service"] as? String, "water")
    XCTAssertEqual(objects[0]["id"] as? Int, 7)
    XCTAssertEqual(objects[0]["complaints"] as? Int, 23)
    XCTAssertEqual(objects[0]["expected"] as? Double, 2.46)
    XCTAssertEqual(objects[0]["severity"] as? String, "high")
    XCTAssertEqual(objects[0]["start"] as? String, "2026-11-23T13:00:00Z")
    XCTAssertTrue(objects[0]["end"] is NSNull)
    XCTAssertEqual(objects[1]["end"] as? String, "2026-11-23T13:30:00Z")
    XCTAssertEqual((objects[1]["endMillis"] as? NSNumber)?.int64Value, ended.end)
  }

  func testAlertLogReportsUnopenablePath() {
    XCTAssertThrowsError(try AlertLog(path: directory.appendingPathComponent("missing/dir/log").path))
  }

  func testOnAlertCommandGetsJSONOnStdinAndEnvironment() throws {
    let out = directory.appendingPathComponent("out.txt").path
    let runner = AlertCommandRunner(
      command:
        "cat > '\(out).tmp'; printf '%s|%s|%s|%s' \"$CIVICPULSE_ALERT_SERVICE\" \"$CIVICPULSE_ALERT_COMPLAINTS\" "
        + "\"$CIVICPULSE_ALERT_SEVERITY\" \"$CIVICPULSE_ALERT_ID\" >> '\(out).tmp'; mv '\(out).tmp' '\(out)'",
      timeoutSeconds: 20)
    runner.handle(AlertEvent(kind: .updated, alert: alert))  // not a new alert: ignored
    runner.handle(AlertEvent(kind: .started, alert: alert))
    XCTAssertTrue(runner.waitUntilIdle(timeoutSeconds: 20))
    let text = try String(contentsOfFile: out, encoding: .utf8)
    let parts = text.split(separator: "\n", maxSplits: 1)
    XCTAssertEqual(parts.count, 2)
    let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(parts[0].utf8)) as? [String: Any])
    XCTAssertEqual(json["event"] as? String, "started")
    XCTAssertEqual(json["serviceName"] as? String, "Water")
    XCTAssertEqual(String(parts[1]), "water|23|high|7")
    let stats = runner.stats
    XCTAssertEqual(stats.started, 1)
    XCTAssertEqual(stats.succeeded, 1)
    XCTAssertEqual(stats.failed, 0)
  }

  func testOnAlertTimeoutKillsAndFailuresAreCounted() {
    let runner = AlertCommandRunner(command: "sleep 100", timeoutSeconds: 0.5, maxConcurrent: 1, maxQueued: 1)
    let began = Date()
    runner.handle(AlertEvent(kind: .started, alert: alert))
    XCTAssertLessThan(Date().timeIntervalSince(began), 0.5, "handle never blocks")
    runner.handle(AlertEvent(kind: .started, alert: alert))  // queued
    runner.handle(AlertEvent(kind: .started, alert: alert))  // queue full: dropped
    XCTAssertTrue(runner.waitUntilIdle(timeoutSeconds: 30), "the sleeping commands were not killed")
    XCTAssertLessThan(Date().timeIntervalSince(began), 30)
    let stats = runner.stats
    XCTAssertEqual(stats.timedOut, 2)
    XCTAssertEqual(stats.dropped, 1)
    XCTAssertEqual(stats.started, 2)

    let failing = AlertCommandRunner(command: "exit 3")
    failing.handle(AlertEvent(kind: .started, alert: alert))
    XCTAssertTrue(failing.waitUntilIdle(timeoutSeconds: 20))
    XCTAssertEqual(failing.stats.failed, 1)
    XCTAssertEqual(failing.stats.lastFailure, .exited(3))
  }

  func testDoesNotRaiseSigpipeWhenCommandIgnoresStdin() {
    let runner = AlertCommandRunner(command: "exec 0<&-; true", timeoutSeconds: 10)
    for _ in 0..<5 { runner.handle(AlertEvent(kind: .started, alert: alert)) }
    XCTAssertTrue(runner.waitUntilIdle(timeoutSeconds: 20))
    XCTAssertEqual(runner.stats.succeeded, 5)
  }

  /// Outputs logging to `log` in the test directory, with a command that appends each alert's JSON to a file;
  /// `runs()` reads that file's lines once the command has finished.
  private func outputsRecordingRuns(log: String) throws -> (outputs: AlertOutputs, runs: () throws -> [Substring]) {
    let marker = directory.appendingPathComponent("runs").path
    let outputs = try AlertOutputs(
      logPath: directory.appendingPathComponent(log).path, onAlert: "cat >> '\(marker)'")
    return (
      outputs,
      {
        XCTAssertTrue(try XCTUnwrap(outputs.runner).waitUntilIdle(timeoutSeconds: 20))
        return try String(contentsOfFile: marker, encoding: .utf8).split(separator: "\n")
      }
    )
  }

  func testAlertOutputsWriteLogAndRunCommandForNewAlertsOnly() throws {
    let (outputs, recordedRuns) = try outputsRecordingRuns(log: "all.jsonl")
    var ended = alert
    ended.end = alert.start + hourMillis
    outputs.deliver([AlertEvent(kind: .started, alert: alert), AlertEvent(kind: .updated, alert: alert)])
    outputs.deliver([AlertEvent(kind: .ended, alert: ended)])
    let runs = try recordedRuns()
    XCTAssertEqual(outputs.log?.linesWritten, 3)
    XCTAssertEqual(runs.count, 1, "the command runs for the new alert only")
    XCTAssertTrue(runs.first?.contains("\"event\":\"started\"") ?? false)
    XCTAssertThrowsError(try AlertOutputs(logPath: directory.path + "/no/such/dir/x", onAlert: nil))
  }

  func testAnAlertAlreadyOverWhenFoundIsLoggedButRunsNoCommand() throws {
    let (outputs, recordedRuns) = try outputsRecordingRuns(log: "history.jsonl")
    var over = alert
    over.end = alert.start + hourMillis
    var current = alert
    current.id = 8
    current.service = "roads"
    // One batch, as when history loaded at start-up is replayed: alert 7 started and ended in it, 8 is still on.
    outputs.deliver([
      AlertEvent(kind: .started, alert: alert), AlertEvent(kind: .ended, alert: over),
      AlertEvent(kind: .started, alert: current),
    ])
    let runs = try recordedRuns()
    XCTAssertEqual(outputs.log?.linesWritten, 3, "the log keeps every event")
    XCTAssertEqual(runs.count, 1)
    XCTAssertTrue(runs.first?.contains("\"service\":\"roads\"") ?? false, String(runs.first ?? ""))
  }

  func testAlertReplayListsAlertsOnEventTime() throws {
    let incidentStart = monday + 5 * hourMillis
    let feed = SyntheticFeed(
      start: monday, minutes: 8 * 60, seed: 4,
      incidents: [SyntheticFeed.Incident(service: "noise", start: incidentStart, minutes: 20, complaints: 40)])
    // Given newest first: `alerts(for:)` replays on event time whatever the input order.
    let posts = Array(feed)
    let alerts = AlertReplay.alerts(for: posts.reversed(), services: feed.services)
    XCTAssertEqual(alerts.map(\.service), ["noise"])
    let alert = try XCTUnwrap(alerts.first)
    XCTAssertNotNil(alert.end)
    XCTAssertLessThanOrEqual(alert.start - incidentStart, 10 * minuteMillis)
  }
}
