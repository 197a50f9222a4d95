import CivicCore
import XCTest

@testable import CivicTUI

final class LiveModelTests: XCTestCase {
  private func post(
    _ i: Int, at time: EpochMillis, service: String = "waste", complaint: Bool = true, tags: [String] = []
  )
    -> Post
  {
    Post(
      id: "p\(i)", platform: .demo, authorHandle: "a\(i)", arrivalTime: time, text: "post \(i)", hashtags: tags,
      services: [service], complaint: complaint)
  }

  func testRingKeepsTheNewestAndCountsAll() {
    var ring = PostRing(capacity: 10)
    for i in 1...25 { ring.append(post(i, at: 0)) }
    XCTAssertEqual(ring.count, 10)
    XCTAssertEqual(ring.newestSequence, 25)
    XCTAssertEqual(ring.oldestSequence, 16)
    XCTAssertNil(ring.post(sequence: 15))
    XCTAssertEqual(ring.post(sequence: 16)?.id, "p16")
    XCTAssertEqual(ring.newestFirst(from: 25, skip: 0, limit: 3).map(\.id), ["p25", "p24", "p23"])
    XCTAssertEqual(ring.newestFirst(from: 20, skip: 2, limit: 10).map(\.id), ["p18", "p17", "p16"])
    XCTAssertEqual(ring.count(upTo: 20), 5)
    XCTAssertEqual(ring.count(upTo: 3), 0)
  }

  func testModelIsBoundedAndPausedViewStaysPut() {
    let now: EpochMillis = 1_780_000_000_000
    let model = LiveModel(keep: 50, analytics: AnalyticsEngine(services: [ServiceInfo(id: "waste", name: "Bins")]))
    model.add((1...120).map { post($0, at: now) }, now: now)
    var view = model.view(now: now, pausedAt: nil, postsTop: 0, postsLimit: 5)
    XCTAssertEqual(view.totalPosts, 120)
    XCTAssertEqual(view.keptPosts, 50)
    XCTAssertEqual(view.complaints, 120)
    XCTAssertEqual(view.posts.first?.id, "p120")
    XCTAssertEqual(view.postsPerMinute, 120)
    XCTAssertEqual(view.rateSeconds, 1, "the first second: the count covers one second, not a minute")

    model.add((121...130).map { post($0, at: now + 1000) }, now: now + 1000)
    view = model.view(now: now + 1000, pausedAt: 120, postsTop: 2, postsLimit: 3)
    XCTAssertEqual(view.posts.map(\.id), ["p118", "p117", "p116"], "paused view is anchored")
    XCTAssertEqual(view.newestSequence, 130)
    XCTAssertEqual(view.postRowCount, 40, "kept posts up to the pause point")
  }

  func testChangeWakesTheUIOnceUntilItLooks() {
    final class Counter: @unchecked Sendable {
      var n = 0
    }
    let counter = Counter()
    let model = LiveModel(keep: 10, analytics: AnalyticsEngine(services: [])) { counter.n += 1 }
    model.add([post(1, at: 0)], now: 0)
    model.add([post(2, at: 0)], now: 0)
    XCTAssertEqual(counter.n, 1)
    XCTAssertTrue(model.takeChanged())
    XCTAssertFalse(model.takeChanged())
    model.add([post(3, at: 0)], now: 0)
    XCTAssertEqual(counter.n, 2)
    // The malformed count comes from the ingest engine's status, read once a frame.
    model.statusProvider = { ([], 3) }
    XCTAssertEqual(model.view(now: 0, pausedAt: nil, postsTop: 0, postsLimit: 1).malformed, 3)
  }

  func testServicesPaneRowsComeFromTheAnalyticsEngine() {
    let now: EpochMillis = 1_780_000_000_000
    let analytics = AnalyticsEngine(services: [
      ServiceInfo(id: "water", name: "Water supply"), ServiceInfo(id: "waste", name: "Bins"),
      ServiceInfo(id: "parks", name: "Parks"),
    ])
    // Two hours ago: outside the hour.
    analytics.ingest(post(1, at: now - 7_200_000, service: "parks"))
    for i in 0..<10 { analytics.ingest(post(i, at: now - 30_000, service: "water", tags: ["Burst"])) }
    for i in 0..<4 { analytics.ingest(post(i, at: now - 8 * 60_000, service: "waste", complaint: i < 1)) }
    analytics.refresh(now: now)
    let rows = analytics.serviceRows(now: now)
    XCTAssertEqual(rows.map(\.id), ["water", "waste"], "services without posts in the hour are left out")
    XCTAssertEqual(rows[0].complaints, 10)
    XCTAssertEqual(rows[0].name, "Water supply")
    XCTAssertEqual(rows[0].sparkline.count, 60)
    XCTAssertEqual(rows[0].sparkline.last, 10)
    XCTAssertEqual(rows[1].posts, 4)
    XCTAssertEqual(rows[1].complaints, 1)
  }

  func testTheViewNamesEveryServiceWithOrWithoutPosts() {
    let analytics = AnalyticsEngine(services: [
      ServiceInfo(id: "water", name: "Water supply"), ServiceInfo(id: "parks", name: "Parks"),
    ])
    let model = LiveModel(keep: 10, analytics: analytics)
    model.add([post(1, at: 0, service: "water")], now: 0)
    let view = model.view(now: 0, pausedAt: nil, postsTop: 0, postsLimit: 1)
    XCTAssertEqual(view.services.map(\.id), ["water"])
    XCTAssertEqual(view.serviceNames, ["water": "Water supply", "parks": "Parks"])
  }

  func testAppDrawsTheModelOntoABuffer() throws {
    let model = LiveModel(keep: 100, analytics: AnalyticsEngine(services: [ServiceInfo(id: "waste", name: "Bins")]))
    let now = LiveModel.wallClock()
    model.add((1...30).map { post($0, at: now) }, now: now)
    model.setSources([SourceStatus(name: "demo", state: .following)])
    let wake = try XCTUnwrap(WakePipe())
    let app = DashboardApp(model: model, wake: wake)
    let buffer = CellBuffer(width: 80, height: 24)
    app.draw(on: buffer)
    XCTAssertTrue(buffer.contains("post 30"))
    XCTAssertTrue(buffer.contains("30 posts"))
    XCTAssertTrue(buffer.contains("Bins"))
    XCTAssertEqual(buffer.flushCount, 1)
  }

  func testWakePipeCarriesSignalsApartFromChanges() throws {
    let pipe = try XCTUnwrap(WakePipe())
    pipe.wake()
    var byte = UInt8(15)
    _ = write(pipe.writeDescriptor, &byte, 1)
    pipe.wake()
    XCTAssertEqual(pipe.drain(), [15])
    XCTAssertEqual(pipe.drain(), [])
  }
}

final class ArrivalRateTests: XCTestCase {
  private func posts(_ n: Int, at time: EpochMillis, from first: Int = 0) -> [Post] {
    (0..<n).map {
      Post(id: "r\(first + $0)", platform: .demo, authorHandle: "a", arrivalTime: time, text: "t", services: ["waste"])
    }
  }

  /// Five live posts a second, each second's posts arriving at that second.
  private func feed(_ model: LiveModel, seconds: Range<Int>, from start: EpochMillis) {
    for s in seconds {
      let t = start + EpochMillis(s) * 1000
      model.add(posts(5, at: t, from: 100 + s * 5), now: t)
    }
  }

  func testTheFirstMinuteSaysHowManySecondsItCoversThenRatesPerMinute() {
    let start: EpochMillis = 1_780_000_000_000
    let model = LiveModel(keep: 100, analytics: AnalyticsEngine(services: [ServiceInfo(id: "waste", name: "Bins")]))
    // History backfilled at start-up (older than a second) does not start the clock or count.
    model.add(posts(50, at: start - 3_600_000), now: start)
    var view = model.view(now: start, pausedAt: nil, postsTop: 0, postsLimit: 1)
    XCTAssertEqual(view.postsPerMinute, 0)
    XCTAssertEqual(view.rateSeconds, 60, "no live post yet: nothing to qualify")
    XCTAssertEqual(Formatting.arrivals(view), "0 posts/min")

    // Five live posts a second for 20 seconds.
    feed(model, seconds: 0..<20, from: start)
    view = model.view(now: start + 19_500, pausedAt: nil, postsTop: 0, postsLimit: 1)
    XCTAssertEqual(view.postsPerMinute, 100)
    XCTAssertEqual(view.rateSeconds, 20)
    XCTAssertEqual(Formatting.arrivals(view), "100 posts in 20s")

    // A minute and more later, the figure is the last 60 seconds' count, per minute.
    feed(model, seconds: 20..<90, from: start)
    view = model.view(now: start + 89_500, pausedAt: nil, postsTop: 0, postsLimit: 1)
    XCTAssertEqual(view.rateSeconds, 60)
    XCTAssertEqual(view.postsPerMinute, 300)
    XCTAssertEqual(Formatting.arrivals(view), "300 posts/min")
  }

  func testOnePostSaysPost() {
    var view = DashboardView(now: 0, postsPerMinute: 1)
    view.rateSeconds = 3
    XCTAssertEqual(Formatting.arrivals(view), "1 post in 3s")
  }
}

final class LiveModelEditTests: XCTestCase {
  private func post(_ id: String, _ text: String, complaint: Bool, edit: Bool = false) -> Post {
    Post(
      id: id, platform: .mastodon, authorHandle: "a", arrivalTime: 1_780_000_000_000, text: text, isEdit: edit,
      services: ["waste"], complaint: complaint)
  }

  func testAnEditUpdatesItsPostsRowInsteadOfAddingOne() {
    let now: EpochMillis = 1_780_000_000_000
    let model = LiveModel(keep: 10, analytics: AnalyticsEngine(services: [ServiceInfo(id: "waste", name: "Bins")]))
    model.add(
      [post("m1", "bins collected, thanks", complaint: false), post("m2", "lovely park", complaint: false)], now: now)
    model.add([post("m1", "bins NOT collected, third week", complaint: true, edit: true)], now: now)
    let view = model.view(now: now, pausedAt: nil, postsTop: 0, postsLimit: 10)
    XCTAssertEqual(view.totalPosts, 2, "an edit is not one more post")
    XCTAssertEqual(view.keptPosts, 2)
    XCTAssertEqual(view.posts.map(\.id), ["m2", "m1"], "the edited post keeps its place")
    XCTAssertEqual(view.posts.last?.text, "bins NOT collected, third week")
    XCTAssertEqual(view.complaints, 1, "the edit made it a complaint")
    XCTAssertEqual(view.postsPerMinute, 2, "nor one more arrival")
  }

  func testAnEditOfAPostNoLongerKeptIsShownAsARow() {
    var ring = PostRing(capacity: 2)
    for id in ["a", "b", "c"] { ring.append(post(id, id, complaint: false)) }
    XCTAssertNil(ring.replace(post("a", "a edited", complaint: false, edit: true)), "a dropped out of the ring")
    XCTAssertEqual(ring.replace(post("b", "b edited", complaint: false, edit: true))?.text, "b")
    XCTAssertEqual(ring.newestFirst(from: ring.newestSequence, skip: 0, limit: 5).map(\.text), ["c", "b edited"])
  }
}
