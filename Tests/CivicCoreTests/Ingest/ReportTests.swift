import XCTest

@testable import CivicCore

final class ReportTests: XCTestCase {
  func testJSONEscapingOfControlsQuotesAndNonBMP() {
    XCTAssertEqual(JSONText.string("a\"b\\c"), "\"a\\\"b\\\\c\"")
    XCTAssertEqual(JSONText.string("\n\r\t\u{8}\u{C}\u{1}\u{1F}"), "\"\\n\\r\\t\\b\\f\\u0001\\u001f\"")
    XCTAssertEqual(JSONText.string("bin 🗑️ é\u{2028}"), "\"bin 🗑️ é\\u2028\"")
    XCTAssertEqual(JSONText.string(""), "\"\"")
    XCTAssertEqual(JSONText.number(.nan), "0")
    XCTAssertEqual(JSONText.number(2), "2")
    XCTAssertEqual(JSONText.number(0.25), "0.25")
  }

  func testISOTime() {
    XCTAssertEqual(ISOTime.format(0), "1970-01-01T00:00:00.000Z")
    XCTAssertEqual(ISOTime.format(1_714_566_645_123), "2024-05-01T12:30:45.123Z")
    XCTAssertEqual(ISOTime.format(951_782_400_000), "2000-02-29T00:00:00.000Z")
    XCTAssertEqual(ISOTime.format(-1), "1969-12-31T23:59:59.999Z")
  }

  func testReportCountsAndSchema() {
    let builder = ReportBuilder(topHashtags: 2, serviceNames: ["waste": "Waste & recycling"])
    builder.add([
      Post(
        id: "1", platform: .text, authorHandle: "", eventTime: 2000, arrivalTime: 9, text: "a",
        hashtags: ["Bins", "roads"], services: ["waste"], complaint: true),
      Post(
        id: "2", platform: .text, authorHandle: "", eventTime: 1000, arrivalTime: 9, text: "b",
        hashtags: ["bins", "zoo"], services: ["waste", "roads"]),
    ])
    builder.add([Post(id: "3", platform: .text, authorHandle: "", arrivalTime: 3000, text: "c", hashtags: ["zoo"])])
    var counts = SourceCounts(name: "in \"x\"")
    counts.posts = 3
    counts.malformed = 1
    counts.duplicates = 2
    builder.setAlertsProvider {
      [Alert(id: 1, service: "waste", serviceName: "Waste", start: 0, complaints: 5, expected: 1.5, severity: .high)]
    }
    let report = builder.report(stats: IngestStats(sources: [counts]))
    XCTAssertEqual(
      report.json(),
      "{\"posts\":3,\"complaints\":1,\"malformed\":1,\"duplicates\":2,\"first\":\"1970-01-01T00:00:01.000Z\","
        + "\"last\":\"1970-01-01T00:00:03.000Z\",\"sources\":[{\"name\":\"in \\\"x\\\"\",\"posts\":3,\"malformed\":1,"
        + "\"duplicates\":2}],"
        + "\"services\":[{\"id\":\"waste\",\"name\":\"Waste & recycling\",\"posts\":2,\"complaints\":1}],"
        + "\"hashtags\":[{\"tag\":\"bins\",\"count\":2},{\"tag\":\"zoo\",\"count\":2}],"
        + "\"alerts\":[{\"service\":\"waste\",\"start\":\"1970-01-01T00:00:00.000Z\",\"end\":null,\"complaints\":5,"
        + "\"expected\":1.5}]}")
    XCTAssertTrue(report.text().contains("Posts:       3"))
  }

  /// QA4: a source whose records were all repeats read "0 posts, 0 malformed", hiding where they went.
  func testASourceOfOnlyDuplicatesShowsThemPerSource() {
    var repeats = SourceCounts(name: "copy.jsonl")
    repeats.duplicates = 3
    var original = SourceCounts(name: "feed.jsonl")
    original.posts = 3
    var single = SourceCounts(name: "one.jsonl")
    single.duplicates = 1
    let report = ReportBuilder().report(stats: IngestStats(sources: [original, repeats, single]))
    let lines = report.text().split(separator: "\n").map(String.init)
    XCTAssertTrue(lines.contains("  copy.jsonl: 0 posts, 0 malformed, 3 duplicates"), report.text())
    XCTAssertTrue(lines.contains("  one.jsonl: 0 posts, 0 malformed, 1 duplicate"), report.text())
    XCTAssertTrue(lines.contains("  feed.jsonl: 3 posts, 0 malformed"), report.text())
    XCTAssertTrue(
      report.json().contains("{\"name\":\"copy.jsonl\",\"posts\":0,\"malformed\":0,\"duplicates\":3}"),
      report.json())
  }

  /// QA7: the text report printed file names and hashtags raw, so an escape sequence in a file name reached the
  /// terminal.
  func testNamesArePrintableInTheText() {
    var counts = SourceCounts(name: "esc\u{1B}[31mred.jsonl")
    counts.posts = 1
    counts.skipped = 4
    var report = ReportBuilder().report(stats: IngestStats(sources: [counts]))
    report.hashtags = [Report.TagCount(tag: "bell\u{07}", count: 1)]
    let text = report.text()
    XCTAssertFalse(text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, text)
    XCTAssertTrue(text.contains("  esc␛[31mred.jsonl: 1 post, 0 malformed"), text)
    XCTAssertTrue(text.contains("  #bell␇ 1"), text)
    XCTAssertTrue(text.contains("Skipped:     4"), text)
  }

  /// polish19: names showed their control characters as `?` (not the dashboard's visible symbols) and kept a
  /// bidirectional override, which reorders the rest of the line on a terminal.
  func testNamesShowControlCharactersAsTheDashboardDoesAndDropOverrides() {
    var counts = SourceCounts(name: "a\u{1B}[2Jb\u{7F}c\u{9B}d\u{202E}lmth.jsonl")
    counts.posts = 1
    let report = ReportBuilder().report(stats: IngestStats(sources: [counts]))
    XCTAssertTrue(report.text().contains("  a␛[2Jb␡c\u{FFFD}dlmth.jsonl: 1 post, 0 malformed"), report.text())
  }

  /// polish19: a source's own failure (a .gz cut short) was listed among the malformed records as `FILE:0:`, and
  /// counted in the "Last N malformed records (of M)" heading.
  func testSourceFailureIsListedApartFromMalformedRecords() {
    var counts = SourceCounts(name: "cut.jsonl.gz")
    counts.malformed = 1
    let errors = [
      IngestError(source: "cut.jsonl.gz", line: 9, reason: "invalid JSON at byte 30: unterminated string", time: 0),
      IngestError(source: "cut.jsonl.gz", line: 0, reason: "read error in cut.jsonl.gz: gzip: ends early", time: 0),
    ]
    let text = ReportBuilder().report(stats: IngestStats(sources: [counts]), errors: errors).text()
    XCTAssertFalse(text.contains(":0:"), text)
    XCTAssertTrue(
      text.hasSuffix(
        "Malformed records, oldest first:\n  cut.jsonl.gz:9: invalid JSON at byte 30: unterminated string\n\n"
          + "Source errors:\n  read error in cut.jsonl.gz: gzip: ends early"), text)
  }

  /// audit15: the text report listed only the last 10 of the 100 malformed records the engine keeps for it.
  func testTextListsEveryKeptMalformedRecordAndSaysWhenOlderOnesWereDropped() {
    var counts = SourceCounts(name: "bad.jsonl")
    counts.malformed = 150
    let kept = (51...150).map { IngestError(source: "bad.jsonl", line: $0, reason: "expected a value", time: 0) }
    let text = ReportBuilder().report(stats: IngestStats(sources: [counts]), errors: kept).text()
    let listed = text.split(separator: "\n").filter { $0.hasPrefix("  bad.jsonl:") && $0.hasSuffix("a value") }
    XCTAssertEqual(listed.count, 100, text)
    XCTAssertEqual(listed.first, "  bad.jsonl:51: expected a value")
    XCTAssertEqual(listed.last, "  bad.jsonl:150: expected a value")
    XCTAssertTrue(text.contains("Last 100 malformed records (of 150), oldest first:"), text)

    var few = SourceCounts(name: "bad.jsonl")
    few.malformed = 2
    let two = Array(kept.prefix(2))
    let short = ReportBuilder().report(stats: IngestStats(sources: [few]), errors: two).text()
    XCTAssertTrue(short.contains("Malformed records, oldest first:\n  bad.jsonl:51: expected a value\n"), short)
  }

  func testEmptyReportHasNullTimes() {
    let json = ReportBuilder().report(stats: IngestStats(sources: [])).json()
    XCTAssertEqual(
      json,
      "{\"posts\":0,\"complaints\":0,\"malformed\":0,\"duplicates\":0,\"first\":null,\"last\":null,\"sources\":[],"
        + "\"services\":[],\"hashtags\":[],\"alerts\":[]}")
  }

  func testServiceCountsWithInterleavedServices() {
    let builder = ReportBuilder(serviceNames: ["roads": "Roads"])
    let ids = ["roads", "roads", "waste", "roads", "parks", "waste", "waste", "waste", "parks"]
    let complaintAt: Set = [0, 2, 3, 5, 8]
    builder.add(
      ids.enumerated().map { i, id in
        Post(
          id: "\(i)", platform: .text, authorHandle: "", arrivalTime: 0, text: "", services: [id, "other"],
          complaint: complaintAt.contains(i))
      })
    builder.add([Post(id: "x", platform: .text, authorHandle: "", arrivalTime: 0, text: "", services: ["parks"])])
    let services = builder.report(stats: IngestStats(sources: [])).services
    XCTAssertEqual(
      services,
      [
        Report.ServiceLine(id: "roads", name: "Roads", posts: 3, complaints: 2),
        Report.ServiceLine(id: "parks", name: "parks", posts: 3, complaints: 1),
        Report.ServiceLine(id: "waste", name: "waste", posts: 4, complaints: 2),
      ].sorted { ($1.complaints, $1.posts, $0.id) < ($0.complaints, $0.posts, $1.id) })
    XCTAssertEqual(services.map(\.id), ["waste", "roads", "parks"])
  }

  func testARepostIsAPostButNotAnotherComplaint() {
    let builder = ReportBuilder(serviceNames: ["water": "Water"])
    let kinds: [PostKind] = [.original, .repost, .repost, .reply, .quote]
    builder.add(
      kinds.enumerated().map { i, kind in
        Post(
          id: "\(i)", platform: .text, authorHandle: "", arrivalTime: 0, text: "", kind: kind,
          services: ["water"], complaint: true)
      })
    let report = builder.report(stats: IngestStats(sources: []))
    XCTAssertEqual(report.complaints, 3)
    XCTAssertEqual(report.services, [Report.ServiceLine(id: "water", name: "Water", posts: 5, complaints: 3)])
  }

  func testHashtagMemoryIsBounded() {
    let builder = ReportBuilder(topHashtags: 3, maxDistinctTags: 100)
    for round in 0..<50 {
      builder.add([
        Post(id: "k\(round)", platform: .text, authorHandle: "", arrivalTime: 0, text: "", hashtags: ["keep"])
      ])
      builder.add(
        (0..<40).map {
          Post(
            id: "\(round)-\($0)", platform: .text, authorHandle: "", arrivalTime: 0, text: "",
            hashtags: ["rare\(round)-\($0)"])
        })
    }
    let report = builder.report(stats: IngestStats(sources: []))
    XCTAssertEqual(report.hashtags.first, Report.TagCount(tag: "keep", count: 50))
  }

  func testClassifyLine() {
    let post = Post(
      id: "9", platform: .mastodon, authorHandle: "jo@x.social", eventTime: 0, arrivalTime: 5, text: "tab\there",
      hashtags: ["a"], services: ["roads"], complaint: true, complaintScore: 0.75, why: ["pothole"])
    XCTAssertEqual(
      ClassifyLine.json(post),
      "{\"id\":\"9\",\"platform\":\"mastodon\",\"author\":\"jo@x.social\",\"created_at\":\"1970-01-01T00:00:00.000Z\","
        + "\"text\":\"tab\\there\",\"hashtags\":[\"a\"],\"services\":[\"roads\"],\"complaint\":true,"
        + "\"complaint_score\":0.75,\"why\":[\"pothole\"]}")
  }

  func testCSVColumnSpecParsing() throws {
    let spec = try CSVColumnSpec(parsing: "text=body, author=3,time=created_at")
    XCTAssertEqual(spec.fields, ["text": "body", "author": "3", "time": "created_at"])
    XCTAssertThrowsError(try CSVColumnSpec(parsing: "author=2"))
    XCTAssertThrowsError(try CSVColumnSpec(parsing: "text=1,colour=2"))
    XCTAssertThrowsError(try CSVColumnSpec(parsing: "text"))
    XCTAssertThrowsError(try CSVColumnSpec(parsing: "text=0"))
    XCTAssertThrowsError(try CSVColumnSpec(parsing: "text=1,text=2"))
  }
}
