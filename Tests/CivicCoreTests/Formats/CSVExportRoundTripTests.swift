import XCTest

@testable import CivicCore

/// The Posts export (`e`) is a CSV that `report`, `classify` and `watch` read back: its text cells carry the
/// spreadsheet formula guard (a leading apostrophe before `=`, `+`, `-`, `@`, tab or CR) and its hashtags are
/// joined with ";". Read back, a post keeps its own text and hashtags.
final class CSVExportRoundTripTests: XCTestCase {
  private let posts = [
    Post(
      id: "1", platform: .twitter, authorHandle: "ann", eventTime: 1_764_235_805_000, arrivalTime: 0,
      text: "@council the bins, again #bins #waste", hashtags: ["bins", "waste"]),
    Post(
      id: "2", platform: .mastodon, authorHandle: "bob", eventTime: 1_764_235_806_000, arrivalTime: 0,
      text: "-5 degrees and no gritting #roads", hashtags: ["roads"]),
    Post(
      id: "3", platform: .bluesky, authorHandle: "cy", eventTime: 1_764_235_807_000, arrivalTime: 0,
      text: "'Tis the season: =2+2 stays as written", hashtags: []),
  ]

  func testExportedPostsReadBackWithTheirTextAndHashtags() {
    let csv = PostExporter.render(posts, states: [:], format: .csv)
    let tally = DecodeTally.run(csv)
    XCTAssertEqual(tally.counts, [3, 0, 0], "\(tally.malformed)")
    XCTAssertEqual(tally.posts.map(\.text), posts.map(\.text))
    XCTAssertEqual(tally.posts.map(\.hashtags), [["bins", "waste"], ["roads"], []])
    XCTAssertEqual(tally.posts.map(\.eventTime), posts.map(\.eventTime))
  }

  func testOtherApostrophesAndSeparatorsAreKept() {
    let csv = "id,text,hashtags\n1,'Tis late,a;b|c\n2,''@x,\n3,'x,\n"
    let tally = DecodeTally.run(csv)
    XCTAssertEqual(tally.posts.map(\.text), ["'Tis late", "''@x", "'x"])
    XCTAssertEqual(tally.posts.first?.hashtags, ["a", "b", "c"])
  }

  /// A text that is wholly a quotation is written `"""bins"""`; it read back as `bins`, its quotes taken for a JSON
  /// string literal's.
  func testATextWhollyInQuotesReadsBackWithItsQuotes() {
    let quoted = ["\"bins\"", "\"Fix the lights\" he said", "\"Lights out on Elm St\" #streetlights"].enumerated().map {
      Post(id: "\($0.offset)", platform: .twitter, authorHandle: "ann", eventTime: 0, arrivalTime: 0, text: $0.element)
    }
    let csv = PostExporter.render(quoted, states: [:], format: .csv)
    XCTAssertTrue(csv.contains(#""""bins""""#), csv)
    XCTAssertEqual(DecodeTally.run(csv).posts.map(\.text), quoted.map(\.text))
  }
}
