import CivicTestSupport
import Foundation
import XCTest

/// A v2 search page larger than `--max-record-bytes` (a full-archive page with expansions, saved by twarc on one
/// line or pretty-printed) gives `report` and `classify` what the same page read whole gives: the same posts, their
/// authors, and the retweets' full text and hashtags.
final class LargeV2PageCommandTests: XCTestCase {
  func testAPageOverTheLimitReportsAndClassifiesAsWhenReadWhole() throws {
    let binary = try CommandRunner.civicpulse()
    let folder = try makeTemporaryFolder(prefix: "cp-v2page")
    let page = TwitterV2PageFixture(tweets: 5000)
    // Looked up once: `retweetIDs` is computed, and asked inside `first` below it was built again for every post.
    let lastRetweetID = page.retweetIDs.last
    let pages = [
      ("page.jsonl", page.compact()), ("page.json", page.pretty()), ("first.jsonl", page.compact(includesFirst: true)),
    ]
    for (name, text) in pages {
      XCTAssertGreaterThan(text.utf8.count, 1 << 20, name)
      let file = folder.appendingPathComponent(name)
      try Data(text.utf8).write(to: file)
      var classified = ""
      for command in [["report", "--format", "json"], ["classify"]] {
        let (status, streamed, errors) = try CommandRunner.run(binary, command + [file.path])
        XCTAssertEqual(status, 0, errors)
        let (wholeStatus, whole, wholeErrors) = try CommandRunner.run(
          binary, command + ["--max-record-bytes", "16000000", file.path])
        XCTAssertEqual(wholeStatus, 0, wholeErrors)
        XCTAssertEqual(streamed, whole, "\(name): \(command[0])")
        classified = streamed
      }
      let posts = try classified.split(separator: "\n").map {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
      }
      XCTAssertEqual(posts.count, 5000, name)
      XCTAssertTrue(posts.allSatisfy { ($0["author"] as? String)?.hasPrefix("resident") == true }, name)
      let retweet = try XCTUnwrap(posts.first { $0["id"] as? String == lastRetweetID })
      XCTAssertEqual(
        retweet["text"] as? String,
        "RT @orig4993: Bins on Mill Lane not collected for the 4993th day running, please send a truck #bins", name)
      XCTAssertEqual(retweet["hashtags"] as? [String], ["bins"], name)
    }
  }
}
