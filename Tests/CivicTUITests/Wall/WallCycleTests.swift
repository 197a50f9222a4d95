import CivicCore
import XCTest

@testable import CivicTUI

final class WallCycleTests: XCTestCase {
  func testNoAlertNoHighlight() {
    XCTAssertNil(WallCycle().highlighted([], now: 123_456))
    var ended = WallFixtures.waterAlert
    ended.end = WallFixtures.now
    XCTAssertNil(WallCycle().highlighted([ended], now: WallFixtures.now))
  }

  func testEachAlertInTurnInAStableOrder() {
    let cycle = WallCycle(periodMillis: 8000)
    let alerts = [WallFixtures.busAlert, WallFixtures.waterAlert]
    let picks = (0..<6).compactMap { cycle.highlighted(alerts, now: EpochMillis($0) * 8000 + 10)?.alert.service }
    // Oldest first: water started 12 minutes ago, buses 3.
    XCTAssertEqual(picks, ["water", "buses", "water", "buses", "water", "buses"])
    XCTAssertEqual(cycle.highlighted(alerts.reversed(), now: 10)?.alert.service, "water")
    XCTAssertEqual(cycle.highlighted(alerts, now: 8010)?.index, 1)
    XCTAssertEqual(cycle.highlighted(alerts, now: 8010)?.count, 2)
  }

  func testSameAlertWithinAPeriod() {
    let cycle = WallCycle(periodMillis: 8000)
    let alerts = [WallFixtures.busAlert, WallFixtures.waterAlert]
    let first = cycle.highlighted(alerts, now: 16_000)?.alert.id
    XCTAssertEqual(cycle.highlighted(alerts, now: 23_999)?.alert.id, first)
    XCTAssertNotEqual(cycle.highlighted(alerts, now: 24_000)?.alert.id, first)
  }
}
