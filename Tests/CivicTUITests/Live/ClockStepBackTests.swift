import CivicCore
import XCTest

@testable import CivicTUI

/// A wall display whose system clock was a day fast and is then set right (an NTP step after boot): the
/// analytics clock keeps the later time, so without a restart every new post would be older than its windows.
final class ClockStepBackTests: XCTestCase {
  private let services = [ServiceInfo(id: "water", name: "Water supply"), ServiceInfo(id: "waste", name: "Bins")]

  private func complaint(_ i: Int, at time: EpochMillis, service: String = "water") -> Post {
    Post(
      id: "c\(i)", platform: .demo, authorHandle: "a\(i)", arrivalTime: time, text: "no water \(i)",
      services: [service], complaint: true)
  }

  func testAClockSetBackADayRestartsTheCountsAndSaysSo() {
    let right: EpochMillis = 1_780_000_000_000
    let fast = right + 86_400_000
    let model = LiveModel(keep: 100, analytics: AnalyticsEngine(services: services))
    model.add((0..<3).map { complaint($0, at: fast - 60_000, service: "waste") }, now: fast)
    var view = model.view(now: fast, pausedAt: nil, postsTop: 0, postsLimit: 10)
    XCTAssertEqual(view.services.map(\.id), ["waste"])

    // The clock is set right; posts now carry the right time.
    model.add((3..<8).map { complaint($0, at: right - 30_000) }, now: right)
    view = model.view(now: right, pausedAt: nil, postsTop: 0, postsLimit: 10)
    XCTAssertEqual(view.services.map(\.id), ["water"], "the new posts count in the hour ending now")
    XCTAssertEqual(view.services.first?.complaints, 5)
    XCTAssertEqual(view.statusMessage?.text, "system clock set back 24 h: counts and alerts restarted")
    XCTAssertEqual(view.keptPosts, 8, "the Posts pane keeps every post")

    // The notice goes after a minute; the counts go on from the new clock.
    model.add([complaint(8, at: right + 61_000)], now: right + 61_000)
    view = model.view(now: right + 61_000, pausedAt: nil, postsTop: 0, postsLimit: 10)
    XCTAssertNil(view.statusMessage)
    XCTAssertEqual(view.services.first?.complaints, 6)
  }

  func testSmallStepsBackAndReplaysKeepTheirCounts() {
    let now: EpochMillis = 1_780_000_000_000
    let model = LiveModel(keep: 100, analytics: AnalyticsEngine(services: services))
    model.add((0..<4).map { complaint($0, at: now - 60_000) }, now: now)
    _ = model.view(now: now, pausedAt: nil, postsTop: 0, postsLimit: 10)
    // An NTP correction of two minutes: the counts stay.
    var view = model.view(now: now - 120_000, pausedAt: nil, postsTop: 0, postsLimit: 10)
    XCTAssertNil(view.statusMessage)
    model.add([complaint(4, at: now - 110_000)], now: now - 110_000)
    view = model.view(now: now + 60_000, pausedAt: nil, postsTop: 0, postsLimit: 10)
    XCTAssertEqual(view.services.first?.complaints, 5)
    XCTAssertNil(view.statusMessage)

    // A replay's clock is not the wall clock: it never restarts the counts.
    let replay = LiveModel(keep: 100, analytics: AnalyticsEngine(services: services))
    replay.replaying = true
    replay.add((0..<4).map { complaint($0, at: now - 60_000) }, now: now)
    view = replay.view(now: now - 86_400_000, pausedAt: nil, postsTop: 0, postsLimit: 10, arrivalNow: now)
    XCTAssertNil(view.statusMessage)
    view = replay.view(now: now, pausedAt: nil, postsTop: 0, postsLimit: 10, arrivalNow: now)
    XCTAssertEqual(view.services.first?.complaints, 4)
  }
}
