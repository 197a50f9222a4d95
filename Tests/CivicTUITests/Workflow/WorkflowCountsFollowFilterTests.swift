import CivicCore
import XCTest

@testable import CivicTUI

/// `=` (and the picker, and `watch --follow-filter`): the Services and Trending panes count only the posts the
/// Posts filter accepts; otherwise they count every post.
final class WorkflowCountsFollowFilterTests: XCTestCase {
  /// A pane's title row and content rows as text.
  private func pane(_ id: PaneID, _ h: WorkflowHarness) -> (title: String, rows: [String]) {
    let content = h.layout.content(id)
    let title = h.buffer.row(h.layout.panes[id]?.y ?? 0)
    let rows = (content.y..<content.maxY).map { h.buffer.row($0) }
    func part(_ row: String) -> String {
      String(row.dropFirst(content.x).prefix(content.width))
    }
    return (part(title), rows.map(part))
  }

  /// The Services row of a service: (complaints, posts), or nil when the pane does not show it.
  private func counts(_ name: String, _ h: WorkflowHarness) -> (Int, Int)? {
    guard let row = pane(.services, h).rows.first(where: { $0.contains(name) }) else { return nil }
    let numbers = row.replacingOccurrences(of: name, with: "").split(separator: " ").compactMap { Int($0) }
    guard numbers.count >= 2 else { return nil }
    return (numbers[0], numbers[1])
  }

  /// Adds two water complaints tagged #floods and two roads complaints tagged #potholes (Trending lists a tag
  /// from its second use).
  private func addTaggedPosts(_ h: WorkflowHarness) {
    let posts = ["water", "water", "roads", "roads"].enumerated().map { i, service in
      Post(
        id: "t\(i)", platform: .bluesky, authorHandle: "tag\(i)", arrivalTime: h.now - 30_000 + EpochMillis(i),
        text: "tagged post \(i)", hashtags: [service == "water" ? "floods" : "potholes"], services: [service],
        complaint: true, complaintScore: 0.9)
    }
    h.model.add(posts, now: h.now)
  }

  func testServicesAndTrendingFollowTheFilterOnlyWhenAsked() throws {
    let h = try WorkflowHarness()
    addTaggedPosts(h)
    h.press(.character(":"))
    h.type("service=water")
    XCTAssertTrue(h.postsTitle.contains("filter: water (4)"), h.postsTitle)
    // Not following: global counts. The harness's water posts also route to roads, so Roads has 5 + 2 posts.
    XCTAssertEqual(counts("Roads", h)?.1, 7)
    XCTAssertEqual(counts("Water supply", h)?.1, 4)
    XCTAssertFalse(pane(.services, h).title.contains("filtered"), pane(.services, h).title)
    let globalTags = pane(.trending, h).rows.joined(separator: "\n")
    XCTAssertTrue(globalTags.contains("#floods") && globalTags.contains("#potholes"), globalTags)

    h.press(.character("="))
    XCTAssertTrue(h.app.workflow.countsFollowFilter)
    XCTAssertTrue(pane(.services, h).title.contains("1h, filtered"), pane(.services, h).title)
    XCTAssertTrue(pane(.trending, h).title.contains("filtered"), pane(.trending, h).title)
    XCTAssertNil(counts("Roads", h), pane(.services, h).rows.joined(separator: "\n"))
    let water = try XCTUnwrap(counts("Water supply", h))
    XCTAssertEqual(water.0, 4)
    XCTAssertEqual(water.1, 4)
    // Trending counts the hashtags of the water posts only.
    let tags = pane(.trending, h).rows.joined(separator: "\n")
    XCTAssertTrue(tags.contains("#floods"), tags)
    XCTAssertFalse(tags.contains("#potholes"), tags)

    // A complaints-only filter without a service: every service, counting only complaints.
    h.press(.character("F"), .character(":"))
    h.type("complaints")
    XCTAssertTrue(h.postsTitle.contains("filter: complaints (8)"), h.postsTitle)
    XCTAssertEqual(counts("Roads", h)?.1, 6, "the streetlight thanks is not a complaint")
    XCTAssertEqual(counts("Water supply", h)?.1, 4)

    // `=` again: global.
    h.press(.character("="))
    XCTAssertFalse(h.app.workflow.countsFollowFilter)
    XCTAssertEqual(counts("Roads", h)?.1, 7)
    XCTAssertFalse(pane(.services, h).title.contains("filtered"))
  }

  func testFollowingWithoutAFilterCountsEverything() throws {
    let h = try WorkflowHarness()
    h.app.workflow.countsFollowFilter = true
    h.press(.character("g"))
    XCTAssertEqual(counts("Roads", h)?.1, 5)
    XCTAssertFalse(pane(.services, h).title.contains("filtered"), "no filter, nothing to follow")
  }

  func testPickerOptionAppliesWithTheFilter() throws {
    let h = try WorkflowHarness()
    h.press(.character("f"))
    let picker = try XCTUnwrap(h.app.workflow.picker)
    XCTAssertFalse(picker.isOn(.countsFollowFilter))
    let water = try XCTUnwrap(picker.items.firstIndex(of: .service(id: "water", name: "Water supply")))
    let follow = try XCTUnwrap(picker.items.firstIndex(of: .countsFollowFilter))
    for _ in 0..<water { h.app.handle(.down, on: h.buffer) }
    h.press(.character(" "))
    for _ in water..<follow { h.app.handle(.down, on: h.buffer) }
    h.press(.character(" "))
    XCTAssertTrue(h.buffer.contains("[x] Services and Trending count only these posts"))
    h.press(.enter)
    XCTAssertTrue(h.app.workflow.countsFollowFilter)
    XCTAssertNil(counts("Roads", h))
    XCTAssertEqual(counts("Water supply", h)?.1, 2)
  }

  func testHelpShowsTheSetting() throws {
    let h = try WorkflowHarness(width: 80, height: 24)
    h.press(.character("?"))
    XCTAssertTrue(h.buffer.contains("Services and Trending count: all posts (=)"))
    XCTAssertTrue(h.buffer.contains("Any key closes this help."), "help still fits 80x24")
    h.press(.escape, .character("="), .character("?"))
    XCTAssertTrue(h.buffer.contains("Services and Trending count: the filtered posts (=)"))
  }
}
