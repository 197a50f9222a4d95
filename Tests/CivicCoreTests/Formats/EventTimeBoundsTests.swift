import XCTest

@testable import CivicCore

/// Event times no post can have (before 2000, or more than a day after it arrived) are set aside in the decoders'
/// shared path, whatever the format: the post counts at its arrival time and the engine counts it. Before, a
/// Bluesky `createdAt` of year 0000 (with no `indexedAt` to fall back on), a CSV's `0001-01-01` or a JSON
/// `2999-01-01` became the post's time, and the report's first or last.
final class EventTimeBoundsTests: XCTestCase {
  private let arrival: EpochMillis = 1_715_331_600_000  // 2024-05-10T09:00:00Z

  private func times(_ bytes: String, source: String = "t") -> [EpochMillis?] {
    let decoder = StreamDecoder(sourceName: source)
    var records: [Record] = []
    let data = Array(bytes.utf8)
    data.withUnsafeBytes { decoder.frame($0, arrivalTime: arrival, into: &records) }
    decoder.finish(arrivalTime: arrival, into: &records)
    var posts: [Post] = []
    var implausible: [Int] = []
    records.withUnsafeBufferPointer { buffer in
      for i in buffer.indices {
        var texts: PostTextArena?
        _ = StreamDecoder.decode(
          recordAt: buffer.baseAddress! + i, sourceName: source, countingOnly: false, texts: &texts, into: &posts,
          implausibleTimes: &implausible)
      }
    }
    XCTAssertEqual(implausible, posts.indices.filter { posts[$0].eventTime == nil }, "each one set aside is counted")
    return posts.map(\.eventTime)
  }

  func testTimesOutsideTheBoundsAreSetAsideInEveryFormat() {
    let json = [
      #"{"id":"1","text":"a","created_at":"0000-10-14T15:06:10.730Z"}"#,
      #"{"id":"2","text":"b","created_at":"1999-12-31T23:59:59Z"}"#,
      #"{"id":"3","text":"c","created_at":"2000-01-01T00:00:00Z"}"#,
      #"{"id":"4","text":"d","created_at":"2024-05-11T08:59:59Z"}"#,
      #"{"id":"5","text":"e","created_at":"2999-01-01T00:00:00Z"}"#,
      #"{"id":"6","text":"f","created_at":0}"#,
    ].joined(separator: "\n")
    XCTAssertEqual(times(json), [nil, nil, 946_684_800_000, 1_715_417_999_000, nil, nil])
    let bluesky =
      #"{"uri":"at://did:plc:x/app.bsky.feed.post/1","cid":"c","author":{"did":"did:plc:x","handle":"a.bsky.social"},"#
      + #""record":{"$type":"app.bsky.feed.post","text":"Bins","createdAt":"0000-01-01T00:00:00Z"}}"#
    XCTAssertEqual(times(bluesky), [nil])
    let csv = "id,created_at,text\n1,0001-01-01T00:00:00Z,Bins not collected\n2,2024-05-10T08:00:00Z,Lights out\n"
    XCTAssertEqual(times(csv, source: "x.csv"), [nil, 1_715_328_000_000])
  }

  /// A time more than a day past the arrival time a caller gave, but not past the wall clock, is a real one (an
  /// archive decoded with an old arrival time): the bound is the later of the two.
  func testTheWallClockBoundsTimesAfterAnOldArrival() {
    let now = SystemClock.nowMillis()
    XCTAssertTrue(EventTimeBounds.contains(arrival + 30 * 86_400_000, arrival: arrival))
    XCTAssertTrue(EventTimeBounds.contains(now + 86_000_000, arrival: arrival))
    XCTAssertFalse(EventTimeBounds.contains(now + 2 * 86_400_000, arrival: arrival))
    XCTAssertFalse(EventTimeBounds.contains(EventTimeBounds.earliest - 1, arrival: arrival))
  }
}
