import CivicCore
import CivicTestSupport
import Foundation
import XCTest

@testable import CivicTUI

/// The detail view (Enter) on posts the harness's tidy fixtures do not cover: a text longer than the screen and a
/// post without an author handle.
final class DetailViewTests: XCTestCase {
  /// Adds one post as the newest (the row selected while following) and opens it.
  private func openDetail(of post: Post, in h: WorkflowHarness) {
    h.model.add([post], now: h.now)
    h.app.draw(on: h.buffer)
    h.press(.enter)
  }

  private func longPost(now: EpochMillis) -> Post {
    let words = (0..<400).map { "word\($0)" }.joined(separator: " ")
    return Post(
      id: "long", platform: .twitter, authorHandle: "zoe", arrivalTime: now,
      text: "Start of a long complaint. \(words) END-OF-TEXT", services: ["roads"], complaint: true,
      complaintScore: 0.9)
  }

  /// The detail page's rows (between the frame's top line and the status bar).
  private func pageRows(_ h: WorkflowHarness) -> [String] {
    (2..<(h.buffer.size.height - 1)).map { h.buffer.row($0) }
  }

  func testEndAndGGoToTheLastScreenfulOfALongPost() throws {
    let h = try WorkflowHarness(width: 80, height: 24)
    openDetail(of: longPost(now: h.now), in: h)
    XCTAssertEqual(h.app.workflow.detail?.id, "long")
    XCTAssertFalse(pageRows(h).joined().contains("END-OF-TEXT"), "the end is below the first screenful")
    for key in [Key.character("G"), .end] {
      h.press(.home)
      XCTAssertEqual(h.app.workflow.detailTop, 0)
      h.press(key)
      let page = pageRows(h).joined(separator: "\n")
      XCTAssertTrue(page.contains("History:"), "\(key): the last line of the page is shown\n\(page)")
      XCTAssertTrue(page.contains("END-OF-TEXT") || h.app.workflow.detailTop > 0, page)
      XCTAssertGreaterThan(h.app.workflow.detailTop, 0, "\(key)")
    }
    // Still in the detail view, and k goes back up one line from the bottom.
    let bottom = h.app.workflow.detailTop
    h.press(.character("k"))
    XCTAssertEqual(h.app.workflow.detailTop, bottom - 1)
  }

  func testThePositionMarkTakesItsOwnRowAndCoversNoText() throws {
    let h = try WorkflowHarness(width: 80, height: 24)
    openDetail(of: longPost(now: h.now), in: h)
    let rows = pageRows(h)
    let last = try XCTUnwrap(rows.last)
    let mark = try XCTUnwrap(last.range(of: #"\d+-\d+/\d+ j/k"#, options: .regularExpression))
    XCTAssertTrue(
      last[..<mark.lowerBound].allSatisfy { $0 == " " }, "the mark's row holds no text: \(last)")
    // Every word of the text that is on screen is whole: none is cut by the mark.
    let shown = rows.dropLast().joined(separator: " ").split(separator: " ").filter { $0.hasPrefix("word") }
    let numbers = shown.compactMap { Int($0.dropFirst(4)) }
    XCTAssertEqual(numbers.count, shown.count, "a word was cut: \(shown.suffix(3))")
    XCTAssertEqual(numbers, Array(0..<numbers.count), "the words follow each other with none lost")
    // Paging on to the next screenful shows the word after the last one seen.
    let lastSeen = try XCTUnwrap(numbers.last)
    h.press(.pageDown)
    XCTAssertTrue(pageRows(h).joined(separator: " ").contains("word\(lastSeen + 1) "))
  }

  func testAPostWithoutAHandleSaysSoInsteadOfABareAt() throws {
    let h = try WorkflowHarness(width: 80, height: 24)
    let post = Post(
      id: "anon", platform: .twitter, authorHandle: "", arrivalTime: h.now, text: "Streetlight out on Elm Road")
    openDetail(of: post, in: h)
    XCTAssertEqual(h.app.workflow.detail?.id, "anon")
    let first = h.buffer.row(2).trimmingCharacters(in: .whitespaces)
    XCTAssertEqual(first, "unknown author")
    XCTAssertTrue(pageRows(h).joined().contains("Streetlight out on Elm Road"))
    XCTAssertEqual(PostDetail.author(post), "unknown author")
    var named = post
    named.authorName = "Dan"
    XCTAssertEqual(PostDetail.author(named), "Dan (no handle)")
    named.authorHandle = "dan"
    XCTAssertEqual(PostDetail.author(named), "@dan (Dan)")
  }

  func testAMarkOnAPostWithoutAHandleNamesThePost() throws {
    let h = try WorkflowHarness(width: 80, height: 24)
    let post = Post(id: "1008", platform: .twitter, authorHandle: "", arrivalTime: h.now, text: "Bins not collected")
    openDetail(of: post, in: h)
    h.press(.character("h"))
    XCTAssertTrue(h.statusBar.contains("handled: post 1008 (mark #1 saved)"), h.statusBar)
    XCTAssertFalse(h.statusBar.contains("@ "), h.statusBar)
  }

  func testTheTimeLineShowsTheLocalClockOnlyWhenItDiffersFromUTC() {
    // 2026-11-27 13:07:00 UTC.
    let time: EpochMillis = 1_795_784_820_000
    let post = Post(id: "t", platform: .mastodon, authorHandle: "a", arrivalTime: time, text: "x")
    func timeLine(zone: String) -> String {
      TimeZoneOverride.run(zone) { PostDetail(post: post, state: nil, history: []).lines(width: 80)[1].text }
    }
    // POSIX zone strings: no zoneinfo files needed.
    XCTAssertTrue(timeLine(zone: "UTC0").hasPrefix("2026-11-27 13:07:00 UTC on mastodon"), timeLine(zone: "UTC0"))
    XCTAssertTrue(
      timeLine(zone: "JST-9").hasPrefix("22:07:00 local 2026-11-27 13:07:00 UTC on mastodon"),
      timeLine(zone: "JST-9"))
  }

  /// The triage log is shared and kept: a mark from another day showed only "09:12:03" in the history.
  func testHistoryDatesMarksFromAnotherDay() {
    // 2026-11-27 13:07:00 UTC.
    let now: EpochMillis = 1_795_784_820_000
    let post = Post(id: "t", platform: .mastodon, authorHandle: "a", arrivalTime: now, text: "x")
    let marks = [
      TriageMark(id: 1, postID: "t", action: .handled, officer: "amy", createdAt: now - 2 * 86_400_000),
      TriageMark(id: 2, postID: "t", action: .note, note: "called back", officer: "amy", createdAt: now - 60_000),
    ]
    let text = TimeZoneOverride.run("UTC0") {
      PostDetail(post: post, state: nil, history: marks, now: now).lines(width: 80).map(\.text)
    }
    XCTAssertTrue(text.contains("  2026-11-25 13:07:00 #1 amy handled"), text.joined(separator: "\n"))
    XCTAssertTrue(text.contains { $0.hasPrefix("  13:06:00 #2 amy ") }, text.joined(separator: "\n"))
  }

}
