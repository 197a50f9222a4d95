import CivicCore
import XCTest

@testable import CivicTUI

/// `--on-alert` failures are not silent: the status bar counts them, `d` shows the runner's counts and the last
/// failure (missing command, non-zero exit, killed at the timeout).
final class AlertCommandDiagnosticsTests: XCTestCase {
  private let alert = Alert(
    id: 1, service: "water", serviceName: "Water supply", start: LiveModel.wallClock(), complaints: 9, expected: 1,
    severity: .high)

  private func runner(_ command: String, timeout: Double = 10, runs: Int = 1) throws -> AlertCommandRunner {
    let runner = AlertCommandRunner(command: command, timeoutSeconds: timeout)
    for _ in 0..<runs { runner.handle(AlertEvent(kind: .started, alert: alert)) }
    XCTAssertTrue(runner.waitUntilIdle(timeoutSeconds: 30), "the command did not finish")
    return runner
  }

  private func app(with runner: AlertCommandRunner?) throws -> (DashboardApp, CellBuffer) {
    let model = LiveModel(keep: 10, analytics: StubAnalytics())
    let app = DashboardApp(model: model, wake: try XCTUnwrap(WakePipe()))
    app.live.alertCommand = runner
    let buffer = CellBuffer(width: 100, height: 30)
    app.draw(on: buffer)
    return (app, buffer)
  }

  private func diagnostics(_ app: DashboardApp, _ buffer: CellBuffer) -> String {
    app.handle(.character("d"), on: buffer)
    app.draw(on: buffer)
    return buffer.lines.joined(separator: "\n")
  }

  func testMissingCommandIsCountedInTheStatusBarAndExplainedInDiagnostics() throws {
    let runner = try runner("civicpulse-no-such-command-\(UInt32.random(in: 0...UInt32.max))", runs: 2)
    let (app, buffer) = try app(with: runner)
    let status = buffer.row(29)
    XCTAssertTrue(status.contains("2 on-alert failed"), status)
    let failedX = try XCTUnwrap(buffer.column(of: "2 on-alert failed", inRow: 29))
    XCTAssertEqual(buffer.style(at: failedX, 29), app.renderer.theme.style(.alert))
    let screen = diagnostics(app, buffer)
    XCTAssertTrue(screen.contains("--on-alert: civicpulse-no-such-command-"), screen)
    XCTAssertTrue(screen.contains("2 run: 0 ok, 2 failed"), screen)
    XCTAssertTrue(screen.contains("exit status 127 (command not found)"), screen)
  }

  func testNonZeroExitAndTimeoutAreShown() throws {
    let (exitApp, exitBuffer) = try app(with: try runner("exit 3"))
    XCTAssertTrue(exitBuffer.row(29).contains("1 on-alert failed"), exitBuffer.row(29))
    let exitScreen = diagnostics(exitApp, exitBuffer)
    XCTAssertTrue(exitScreen.contains("last failure at "), exitScreen)
    XCTAssertTrue(exitScreen.contains(": exit status 3"), exitScreen)

    let (slowApp, slowBuffer) = try app(with: try runner("sleep 30", timeout: 0.3))
    let slowScreen = diagnostics(slowApp, slowBuffer)
    XCTAssertTrue(slowScreen.contains("1 timed out (0.3 s)"), slowScreen)
    XCTAssertTrue(slowScreen.contains("killed at the timeout"), slowScreen)
  }

  func testSucceedingCommandAndNoCommandShowNoFailure() throws {
    let (okApp, okBuffer) = try app(with: try runner("cat >/dev/null"))
    XCTAssertFalse(okBuffer.row(29).contains("on-alert"), okBuffer.row(29))
    let screen = diagnostics(okApp, okBuffer)
    XCTAssertTrue(screen.contains("1 run: 1 ok, 0 failed"), screen)
    XCTAssertFalse(screen.contains("last failure"), screen)

    let (noneApp, noneBuffer) = try app(with: nil)
    XCTAssertFalse(diagnostics(noneApp, noneBuffer).contains("--on-alert"))
  }
}
