import XCTest

@testable import CivicCore

/// The replay's reorder buffer on its own: the wall time is given, nothing sleeps.
final class ReplayBufferTests: XCTestCase {
  private func post(_ id: String, at time: EpochMillis) -> Post {
    Post(id: id, platform: .twitter, authorHandle: "u", eventTime: time, arrivalTime: 0, text: id)
  }

  private func ids(_ entries: [ReplayBuffer.Entry]) -> [String] { entries.map(\.post.id) }

  func testPostsComeOutInTimeOrderAndEqualTimesInArrivalOrder() {
    var buffer = ReplayBuffer(capacity: 10, speed: 1000)
    XCTAssertTrue(buffer.push([post("c", at: 30), post("a1", at: 10), post("b", at: 20)], source: 0).isEmpty)
    XCTAssertTrue(buffer.push([post("a2", at: 10), post("a3", at: 10)], source: 1).isEmpty)
    XCTAssertEqual(buffer.count, 5)
    XCTAssertTrue(buffer.popDue(atWall: 1e9).isEmpty, "nothing plays before playback starts")
    XCTAssertNil(buffer.delay(atWall: 0))
    buffer.start(atWall: 0)
    let out = buffer.popDue(atWall: 1e9)
    XCTAssertEqual(ids(out), ["a1", "a2", "a3", "b", "c"])
    XCTAssertEqual(out.map(\.source), [0, 1, 1, 0, 0])
    XCTAssertTrue(buffer.isEmpty)
    XCTAssertEqual(buffer.lateCount, 0)
  }

  func testPlaybackStartsFromTheEarliestPostAndPacesByPostTime() {
    var buffer = ReplayBuffer(capacity: 10, speed: 60)  // a minute of posts per second
    let minute: EpochMillis = 60_000
    _ = buffer.push([post("p3", at: 3 * minute), post("p2", at: 2 * minute), post("p1", at: minute)], source: 0)
    buffer.start(atWall: 100)
    XCTAssertEqual(buffer.clock?.base, minute, "the base is the earliest buffered post, not the first read")
    XCTAssertEqual(ids(buffer.popDue(atWall: 100)), ["p1"])
    XCTAssertEqual(buffer.delay(atWall: 100) ?? -1, 1, accuracy: 1e-9)
    XCTAssertTrue(buffer.popDue(atWall: 100.5).isEmpty, "p2 is due a second after p1")
    XCTAssertEqual(ids(buffer.popDue(atWall: 101)), ["p2"])
    XCTAssertEqual(ids(buffer.popDue(atWall: 105)), ["p3"])
    XCTAssertNil(buffer.delay(atWall: 105), "nothing left")
  }

  func testStartWithNothingBufferedWaitsForTheFirstPost() {
    var buffer = ReplayBuffer(capacity: 4, speed: 1)
    buffer.start(atWall: 0)
    XCTAssertFalse(buffer.isPlaying)
    _ = buffer.push([post("x", at: 5_000)], source: 0)
    buffer.start(atWall: 7)
    XCTAssertEqual(buffer.clock?.base, 5_000)
    XCTAssertEqual(buffer.clock?.wallStart, 7)
  }

  func testTheHeapHoldsAtMostCapacityAndTheRestWaitsInArrivalOrder() {
    var buffer = ReplayBuffer(capacity: 3, speed: 1)
    _ = buffer.push([post("a", at: 1_000), post("b", at: 2_000)], source: 0)
    XCTAssertTrue(buffer.hasRoom)
    _ = buffer.push([post("c", at: 3_000), post("d", at: 4_000), post("e", at: 5_000)], source: 0)
    XCTAssertFalse(buffer.hasRoom, "full: the caller reads no more")
    XCTAssertEqual(buffer.count, 5, "nothing is dropped")
    buffer.start(atWall: 0)
    XCTAssertEqual(ids(buffer.popDue(atWall: 0)), ["a"], "only the first post is due at the start")
    XCTAssertFalse(buffer.hasRoom, "e still waits for room")
    XCTAssertEqual(ids(buffer.popDue(atWall: 10)), ["b", "c", "d", "e"])
    XCTAssertTrue(buffer.hasRoom)
    XCTAssertEqual(buffer.lateCount, 0)
  }

  /// A reversed input larger than the buffer: the buffer plays what it holds from its earliest post; everything
  /// older is late, handed back at once and counted; every post comes out exactly once.
  func testPostsOlderThanWhatWasPlayedAreLateAndCounted() {
    var buffer = ReplayBuffer(capacity: 2, speed: 1)
    let reversed = (1...6).reversed().map { post("p\($0)", at: EpochMillis($0) * 1_000) }
    XCTAssertTrue(buffer.push(reversed, source: 0).isEmpty, "nothing is late before playback starts")
    buffer.start(atWall: 0)
    XCTAssertEqual(buffer.clock?.base, 5_000, "the heap held p6 and p5")
    let out = buffer.popDue(atWall: 0)
    XCTAssertEqual(ids(out), ["p5", "p4", "p3", "p2", "p1"], "p5 played; the overflow behind it is late")
    XCTAssertEqual(buffer.lateCount, 4)
    XCTAssertEqual(ids(buffer.popDue(atWall: 10)), ["p6"])
    XCTAssertTrue(buffer.isEmpty)
    // Once playing, a pushed post older than the latest played one is late; an equal time is not.
    let late = buffer.push([post("old", at: 3_000), post("same", at: 6_000), post("new", at: 7_000)], source: 2)
    XCTAssertEqual(ids(late), ["old"])
    XCTAssertEqual(late.first?.source, 2)
    XCTAssertEqual(buffer.lateCount, 5)
    XCTAssertEqual(ids(buffer.popDue(atWall: 10)), ["same", "new"])
  }

  func testRemoveAllHandsBackEverythingInTimeOrderAtOnce() {
    var buffer = ReplayBuffer(capacity: 2, speed: 0.001)
    _ = buffer.push(
      [post("c", at: 3_000), post("a", at: 1_000), post("d", at: 4_000), post("b", at: 2_000)], source: 0)
    buffer.start(atWall: 0)
    XCTAssertEqual(ids(buffer.popDue(atWall: 0)), ["a"])
    XCTAssertEqual(ids(buffer.removeAll()), ["b", "c", "d"], "the overflow too, in time order")
    XCTAssertTrue(buffer.isEmpty)
  }

  func testClockMapsPostTimeToWallTime() {
    let clock = ReplayClock(speed: 1000, base: 1_000_000, wallStart: 50)
    XCTAssertEqual(clock.due(1_000_000), 50)
    XCTAssertEqual(clock.delay(until: 1_002_000, atWall: 50), 0.002, accuracy: 1e-12, "2 s of posts at 1000x")
    XCTAssertLessThan(clock.delay(until: 999_000, atWall: 50), 0, "an older post is due already")
  }

  /// The time `replayTime()` gives is held at the earliest buffered post (due but not yet delivered) and never
  /// goes back.
  func testProgressIsHeldAtTheWaitingPostAndNeverGoesBack() {
    var progress = ReplayProgress(clock: ReplayClock(speed: 60, base: 1_000_000, wallStart: 0), waiting: 1_030_000)
    XCTAssertEqual(progress.time(atWall: 0.25), 1_015_000, "before the waiting post: the clock's time")
    XCTAssertEqual(progress.time(atWall: 2), 1_030_000, "held at the waiting post, not 1_120_000")
    progress.waiting = 1_100_000  // it was delivered; the next waits
    XCTAssertEqual(progress.time(atWall: 2), 1_100_000)
    progress.waiting = 1_050_000  // an older post pushed while playing
    XCTAssertEqual(progress.time(atWall: 2), 1_100_000, "never back")
    progress.played = 1_100_000  // the waiting post was played, and none waits: the archive is at its end
    progress.waiting = nil
    XCTAssertEqual(progress.time(atWall: 3), 1_100_000, "held at the latest post played, not 1_180_000")
    XCTAssertEqual(progress.time(atWall: 3_600), 1_100_000, "an hour later too: the windows keep the archive's end")
    progress.waiting = 1_500_000  // a post appended later
    XCTAssertEqual(progress.time(atWall: 10), 1_500_000, "the clock (1_600_000) is held at it again")
  }

  func testClockGivesThePostTimeReachedAtAWallTime() {
    let clock = ReplayClock(speed: 60, base: 1_000_000, wallStart: 50)
    XCTAssertEqual(clock.time(atWall: 50), 1_000_000, "playback starts at the base")
    XCTAssertEqual(clock.time(atWall: 51), 1_060_000, "a second of wall time is a minute of posts at 60x")
    XCTAssertEqual(clock.time(atWall: 50.5), 1_030_000)
    XCTAssertEqual(clock.time(atWall: clock.due(1_090_000)), 1_090_000, "a post's time is reached when it is due")
    XCTAssertEqual(clock.time(atWall: 49), 1_000_000, "never before the base")
    let absurd = ReplayClock(speed: 1e300, base: 5, wallStart: 0)
    XCTAssertEqual(absurd.time(atWall: 10), 5 + ReplayClock.longestOffset, "held, not overflowing")
  }
}
