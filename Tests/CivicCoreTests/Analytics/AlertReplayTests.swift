import XCTest

@testable import CivicCore

final class AlertReplayTests: XCTestCase {
  /// The replay advances the engine's clock only when that can change something (a new minute, a closed minute,
  /// or the future-skew clamp). It must give exactly the alerts and counts of advancing on every newer post.
  func testReplayMatchesAdvancingOnEveryPost() throws {
    let feed = SyntheticFeed(
      start: monday, minutes: 10 * 60, seed: 11,
      incidents: [
        SyntheticFeed.Incident(service: "noise", start: monday + 4 * hourMillis, minutes: 20, complaints: 40),
        SyntheticFeed.Incident(service: "roads", start: monday + 7 * hourMillis, minutes: 15, complaints: 35),
      ])
    var posts = Array(feed)
    // Every 7th post 75 s late (so minutes are evaluated before all their posts are in), a few posts from the
    // far future (clamped), a quiet gap of 40 minutes, an edit.
    for i in stride(from: 3, to: posts.count, by: 7) { posts[i].eventTime = (posts[i].eventTime ?? 0) - 75_000 }
    for i in stride(from: 500, to: posts.count, by: 1_500) {
      posts[i].eventTime = (posts[i].eventTime ?? 0) + 3 * hourMillis
    }
    posts[2_000].isEdit = true
    let gapStart = monday + 8 * hourMillis
    posts.removeAll { $0.time >= gapStart && $0.time < gapStart + 40 * minuteMillis }

    let replay = AlertReplay(services: feed.services)
    for batch in stride(from: 0, to: posts.count, by: 256) {
      replay.add(contentsOf: Array(posts[batch..<min(batch + 256, posts.count)]))
    }
    let alerts = replay.finish()

    // Reference: advance on every post newer than all before it, except one more than the future-skew allowance
    // ahead whose next post is back before it.
    let engine = AnalyticsEngine(services: feed.services)
    let skew = engine.config.maxFutureSkewMillis
    var latest: EpochMillis?
    var byID: [Int: Alert] = [:]
    var events = 0
    func take(_ new: [AlertEvent]) {
      events += new.count
      for event in new { byID[event.alert.id] = event.alert }
    }
    for (k, post) in posts.enumerated() {
      let time = min(post.time, post.arrivalTime + skew)
      if time > (latest ?? Int64.min) {
        let next = k + 1 < posts.count ? min(posts[k + 1].time, posts[k + 1].arrivalTime + skew) : nil
        if !(latest.map { time - $0 > skew } ?? false) || (next.map { $0 >= time - skew } ?? true) {
          latest = time
          take(engine.advance(to: time))
        }
      }
      engine.ingest(post)
    }
    let spike = engine.config.spike
    let tail = EpochMillis(spike.endAfterMinutes + max(spike.windowMinutes, spike.longWindowMinutes) + 1) * 60_000
    take(engine.advance(to: try XCTUnwrap(latest) + tail + spike.allowedLatenessMillis))
    let expected = byID.values.sorted { $0.id < $1.id }

    XCTAssertEqual(Set(expected.map(\.service)), ["noise", "roads"], "the feed raises both alerts")
    XCTAssertEqual(alerts, expected)
    XCTAssertEqual(replay.eventCount, events)
    XCTAssertEqual(replay.engine.totalPosts, engine.totalPosts)
    XCTAssertEqual(replay.engine.clampedFuturePosts, engine.clampedFuturePosts)
    XCTAssertEqual(replay.engine.latePosts, engine.latePosts)
    XCTAssertEqual(replay.engine.ignoredEdits, 1)
    XCTAssertEqual(replay.engine.headMinute, engine.headMinute)
  }

  /// A post whose own clock is 17 hours fast (early in the input) must not make the replay skip the hours it
  /// jumps over: the incident at 13:07 is found as without it, and the post counts at the replay's time.
  /// Sparse posts (one every 20 minutes) and a quiet gap still move the clock to their own times.
  func testOnePostWithAFastClockDoesNotBlindTheReplay() throws {
    let incidentStart = monday + 13 * hourMillis + 7 * minuteMillis
    let feed = SyntheticFeed(
      start: monday, minutes: 20 * 60, seed: 1,
      incidents: [SyntheticFeed.Incident(service: "water", start: incidentStart, minutes: 20, complaints: 40)])
    func replay(_ posts: [Post]) -> AlertReplay {
      let replay = AlertReplay(services: feed.services)
      for batch in stride(from: 0, to: posts.count, by: 100) {
        replay.add(contentsOf: Array(posts[batch..<min(batch + 100, posts.count)]))
      }
      return replay
    }
    let plain = replay(Array(feed))
    let expected = plain.finish()
    XCTAssertEqual(expected.map(\.service), ["water"])

    var posts = Array(feed)
    var fast = posts[150]
    fast.id = "fast"
    fast.eventTime = fast.time + 17 * hourMillis
    fast.arrivalTime = monday + 30 * 24 * hourMillis  // read long after: the decoders let its time through
    posts.insert(fast, at: 151)
    let skewed = replay(posts)
    XCTAssertEqual(skewed.finish().map(\.start), expected.map(\.start))
    XCTAssertEqual(skewed.engine.clampedFuturePosts, 1, "counted at the replay's time")
    XCTAssertEqual(skewed.engine.totalPosts, plain.engine.totalPosts + 1)

    // Sparse posts with a gap of 5 hours: each in its own minute, none clamped.
    let sparse = (0..<40).map { i in
      makePost(
        at: monday + EpochMillis(i) * 20 * minuteMillis + (i >= 20 ? 5 * hourMillis : 0), service: "water",
        complaint: true, arrival: monday + 30 * 24 * hourMillis)
    }
    let sparseReplay = replay(sparse)
    sparseReplay.finish()
    XCTAssertEqual(sparseReplay.engine.clampedFuturePosts, 0)
    let last = try XCTUnwrap(sparse.last?.time)
    XCTAssertEqual(sparseReplay.engine.volume(window: .oneHour, now: last).posts, 3)
    XCTAssertEqual(sparseReplay.engine.latestEventTime, last)
  }

  /// An incident still going on when the input ends has no end; one that ends inside the input keeps its end.
  func testAlertStillActiveWhenTheInputEndsHasNoEnd() throws {
    let minutes = 5 * 60
    let feed = SyntheticFeed(
      start: monday, minutes: minutes, seed: 5,
      incidents: [
        SyntheticFeed.Incident(service: "noise", start: monday + 2 * hourMillis, minutes: 20, complaints: 40),
        SyntheticFeed.Incident(
          service: "water", start: monday + EpochMillis(minutes - 15) * minuteMillis, minutes: 15, complaints: 60),
      ])
    let posts = Array(feed)
    let replay = AlertReplay(services: feed.services)
    replay.add(contentsOf: posts)
    let alerts = replay.finish()
    let last = try XCTUnwrap(posts.map(\.time).max())
    let noise = try XCTUnwrap(alerts.first { $0.service == "noise" })
    XCTAssertLessThan(try XCTUnwrap(noise.end), last, "ended inside the input")
    let water = try XCTUnwrap(alerts.first { $0.service == "water" })
    XCTAssertNil(water.end, "still active at the end of the input, not ended by the silence after it")
  }
}
