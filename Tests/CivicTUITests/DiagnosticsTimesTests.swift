import CivicCore
import XCTest

@testable import CivicTUI

/// The diagnostics view (`d`) names a source's posts whose event time could not be real, as `report` does: they
/// count at their arrival time, which the officer would otherwise not know.
final class DiagnosticsTimesTests: XCTestCase {
  func testImpossibleTimesAreNamedPerSource() {
    var counts = SourceCounts(name: "bluesky.json")
    counts.posts = 119
    counts.implausibleTimes = 1
    var plain = SourceCounts(name: "tweets.jsonl")
    plain.posts = 3
    let lines = DiagnosticsOverlay().lines(DiagnosticsReport(sources: [counts, plain]))
    XCTAssertEqual(lines[0], "bluesky.json: 119 posts, 0 malformed, 1 bad time (counted at arrival)")
    XCTAssertEqual(lines[1], "tweets.jsonl: 3 posts, 0 malformed")
  }
}
