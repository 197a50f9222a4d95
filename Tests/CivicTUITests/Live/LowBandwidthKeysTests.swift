import CivicCore
import XCTest

@testable import CivicTUI

/// Keys in low-bandwidth mode (`--bandwidth low`, automatic over SSH): the figures are held for 5 s between
/// refreshes, but what a key changes shows in the next frame.
final class LowBandwidthKeysTests: XCTestCase {
  private func makeApp() throws -> (DashboardApp, CellBuffer) {
    let analytics = StubAnalytics()
    analytics.rows[.oneHour] = [
      ServiceRow(
        id: "water", name: "Water supply", complaints: 30, posts: 40, sparkline: Array(repeating: 1, count: 60))
    ]
    analytics.rows[.oneDay] = [
      ServiceRow(id: "buses", name: "Buses", complaints: 7, posts: 9, sparkline: Array(repeating: 1, count: 15))
    ]
    let model = LiveModel(keep: 100, analytics: analytics, serviceOrder: ["water", "buses"])
    model.add([
      Post(
        id: "p1", platform: .demo, authorHandle: "resident", arrivalTime: LiveModel.wallClock(),
        text: "No water on Mill Lane", services: ["water"], complaint: true)
    ])
    let app = DashboardApp(model: model, wake: try XCTUnwrap(WakePipe()))
    app.throttle = ViewThrottle(policy: .lowBandwidth)
    app.renderer.columns = false
    let buffer = CellBuffer(width: 80, height: 24)
    app.draw(on: buffer)
    return (app, buffer)
  }

  func testTheServicesWindowKeyShowsAtOnce() throws {
    let (app, buffer) = try makeApp()
    XCTAssertTrue(buffer.contains("Services  1h"), buffer.lines.joined(separator: "\n"))
    XCTAssertTrue(buffer.contains("Water supply"))
    // `w` was answered only at the next data refresh, up to 5 s later (measured over tmux: 5.5 s).
    app.handle(.character("w"), on: buffer)
    app.draw(on: buffer)
    let screen = buffer.lines.joined(separator: "\n")
    XCTAssertTrue(buffer.contains("Services  24h"), screen)
    XCTAssertTrue(buffer.contains("Buses"), screen)
    XCTAssertFalse(buffer.contains("Water supply"), screen)
    XCTAssertTrue(buffer.lines.last?.contains("Services window: 24h") ?? false, "the key's message:\n\(screen)")
  }

  func testTheFiguresAreStillHeldWhenNothingWasAsked() throws {
    let (app, buffer) = try makeApp()
    let before = buffer.lines.first { $0.contains("Water supply") }
    app.handle(.down, on: buffer)
    app.draw(on: buffer)
    XCTAssertEqual(buffer.lines.first { $0.contains("Water supply") }, before)
  }
}
