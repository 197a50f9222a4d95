import CivicTestSupport
import XCTest

@testable import CivicCore

/// Spike detection counts an author's complaints by `Post.authorKey`. `report` decodes Twitter v2 for counting
/// (no username looked up, lean posts): the key must come out the same as the dashboard's for every post.
final class AuthorKeyTests: XCTestCase {
  func testV2AuthorKeyIsTheSameForDisplayAndCounting() {
    let page = TwitterV2PageFixture(tweets: 60, users: 7)
    var records = [page.compact(), page.compact(includesFirst: true)].map {
      Record(bytes: Array($0.dropLast().utf8), line: 1, arrivalTime: 0)
    }
    // A twarc line with the author inlined; a tweet with no author at all.
    records.append(
      Record(
        bytes: Array(
          #"{"id":"7","text":"bins","author_id":"77","author":{"id":"77","username":"inlined"},"created_at":"2024-03-01T00:00:00Z"}"#
            .utf8),
        line: 2, arrivalTime: 0))
    records.append(
      Record(
        bytes: Array(#"{"data":{"id":"8","text":"bins","created_at":"2024-03-01T00:00:00Z"}}"#.utf8), line: 3,
        arrivalTime: 0))
    var display: [Post] = []
    var counting: [Post] = []
    var lean: [Post] = []
    var arena: PostTextArena? = PostTextArena()
    arena?.leanPosts = true
    for record in records {
      _ = StreamDecoder.decode(record, sourceName: "t", into: &display)
      _ = StreamDecoder.decode(record, sourceName: "t", countingOnly: true, into: &counting)
      _ = StreamDecoder.decode(record, sourceName: "t", countingOnly: true, texts: &arena, into: &lean)
    }
    XCTAssertEqual(display.count, counting.count)
    XCTAssertEqual(display.count, lean.count)
    XCTAssertEqual(display.map(\.authorKey), counting.map(\.authorKey), "counting")
    XCTAssertEqual(display.map(\.authorKey), lean.map(\.authorKey), "lean posts")
    XCTAssertTrue(counting.contains { $0.authorHandle.isEmpty && $0.authorKey != 0 }, "counting reads no username")
    // One key per author: the fixture's 7 users, the inlined one, and none (0) for the tweet without an author.
    var byHandle: [String: Set<UInt64>] = [:]
    for post in display { byHandle[post.authorHandle, default: []].insert(post.authorKey) }
    XCTAssertEqual(byHandle.count, 9, "\(byHandle.keys.sorted())")
    XCTAssertTrue(byHandle.values.allSatisfy { $0.count == 1 })
    XCTAssertEqual(byHandle[""], [0])
    XCTAssertEqual(Set(byHandle.values.map { $0.first ?? 0 }).count, 9)
  }
}
