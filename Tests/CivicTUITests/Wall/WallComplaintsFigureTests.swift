import CivicCore
import XCTest

@testable import CivicTUI

/// The wall's "COMPLAINTS, LAST HOUR" figure counts each post once: a complaint routed to two services is one
/// complaint, not two (the Services rows count it once per service), and one routed to no service still counts.
final class WallComplaintsFigureTests: XCTestCase {
  private let now: EpochMillis = 1_780_000_000_000

  private func post(_ i: Int, services: [String], complaint: Bool = true, at time: EpochMillis) -> Post {
    Post(
      id: "w\(i)", platform: .demo, authorHandle: "a\(i)", arrivalTime: time, text: "post \(i)",
      services: services, complaint: complaint)
  }

  func testEachComplaintCountsOnceWhateverItWasRoutedTo() {
    let analytics = AnalyticsEngine(services: [
      ServiceInfo(id: "water", name: "Water supply"), ServiceInfo(id: "drainage", name: "Flooding"),
    ])
    let model = LiveModel(keep: 100, analytics: analytics)
    let recent = now - 120_000
    model.add(
      [
        post(1, services: ["water", "drainage"], at: recent),
        post(2, services: ["water", "drainage"], at: recent),
        post(3, services: ["water"], at: recent),
        post(4, services: [], at: recent),
        post(5, services: ["water"], complaint: false, at: recent),
        // Two hours ago: outside the hour.
        post(6, services: ["water"], at: now - 7_200_000),
      ], now: now)
    let view = model.view(now: now, pausedAt: nil, postsTop: 0, postsLimit: 5)
    XCTAssertEqual(view.services.reduce(0) { $0 + $1.complaints }, 5, "rows count a two-service post twice")
    XCTAssertEqual(view.complaintsLastHour, 4)
    XCTAssertEqual(WallRenderer.complaintsLastHour(view), 4)

  }

  func testAViewWithoutTheEngineFigureAddsUpTheRows() {
    var view = DashboardView(now: now)
    view.services = [
      ServiceRow(id: "water", name: "Water", complaints: 7, posts: 9, sparkline: []),
      ServiceRow(id: "buses", name: "Buses", complaints: 3, posts: 3, sparkline: []),
    ]
    XCTAssertEqual(WallRenderer.complaintsLastHour(view), 10)
    view.complaintsLastHour = 8
    XCTAssertEqual(WallRenderer.complaintsLastHour(view), 8)
  }
}
