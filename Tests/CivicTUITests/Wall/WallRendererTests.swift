import CivicCore
import XCTest

@testable import CivicTUI

final class WallRendererTests: XCTestCase {
  private let sizes = [(200, 60), (80, 24)]

  private func rows(where buffer: CellBuffer, _ predicate: (String) -> Bool) -> [Int] {
    (0..<buffer.size.height).filter { predicate(buffer.row($0)) }
  }

  func testAlertBannerIsFullWidthAndNamesServiceCountsAndStart() {
    let view = WallFixtures.view(alerts: [WallFixtures.waterAlert])
    let start = Formatting.clock(WallFixtures.waterAlert.start, seconds: false)
    for (w, h) in sizes {
      let buffer = WallFixtures.render(view, width: w, height: h)
      let bannerRows = rows(where: buffer) { $0.contains("ALERT  Water supply: 134 complaints vs 4.2 expected") }
      XCTAssertEqual(bannerRows.count, 1, "one banner line at \(w)x\(h)")
      guard let y = bannerRows.first else { continue }
      XCTAssertLessThanOrEqual(y, 2, "banner near the top at \(w)x\(h)")
      XCTAssertTrue(buffer.row(y).contains("since \(start) (12 min)"), buffer.row(y))
      let banner = ThemeLoader.compiledDefault().style(.alertBanner)
      for x in 0..<w { XCTAssertEqual(buffer.style(at: x, y), banner, "banner cell \(x) at \(w)x\(h)") }
    }
  }

  func testNoBannerWithoutAlert() {
    for (w, h) in sizes {
      let buffer = WallFixtures.render(WallFixtures.view(), width: w, height: h)
      XCTAssertTrue(buffer.contains("No active alerts"), "calm line at \(w)x\(h)")
      XCTAssertFalse(buffer.contains("ALERT "), "no banner at \(w)x\(h)")
      let banner = ThemeLoader.compiledDefault().style(.alertBanner)
      for y in 0..<h {
        for x in 0..<w { XCTAssertNotEqual(buffer.style(at: x, y), banner, "(\(x),\(y)) at \(w)x\(h)") }
      }
    }
  }

  func testBigFiguresShowComplaintsAlertsAndClock() {
    let view = WallFixtures.view(alerts: [WallFixtures.waterAlert, WallFixtures.busAlert])
    let total = WallRenderer.complaintsLastHour(view)
    XCTAssertEqual(total, 134 + (1..<13).reduce(0) { $0 + 40 - $1 * 3 })
    let clock = Formatting.clock(WallFixtures.now, seconds: false)
    for (w, h) in sizes {
      let buffer = WallFixtures.render(view, width: w, height: h)
      let digits = WallLayout(size: ScreenSize(width: w, height: h), serviceCount: 13).digits
      for text in [String(total), "2", clock] {
        XCTAssertTrue(contains(buffer, block: digits.rows(text)), "big \(text) at \(w)x\(h)")
      }
      for label in ["COMPLAINTS, LAST HOUR", "ACTIVE ALERTS", "LOCAL TIME"] {
        XCTAssertTrue(buffer.contains(label), "\(label) at \(w)x\(h)")
      }
    }
  }

  func testBeforeTheFirstPostTheWallDoesNotCallEverythingNormal() {
    // At start-up (the demo's history or a big file still loading) the wall said "every service is within its
    // normal range" with 0 posts counted.
    var view = WallFixtures.view()
    view.totalPosts = 0
    view.services = []
    let empty = WallFixtures.render(view, width: 80, height: 24)
    XCTAssertTrue(empty.contains("Waiting for posts"), empty.lines.joined(separator: "\n"))
    XCTAssertFalse(empty.contains("normal range"))
    let running = WallFixtures.render(WallFixtures.view(), width: 80, height: 24)
    XCTAssertTrue(running.contains("No active alerts: every service is within its normal range."))
  }

  func testLongServiceNamesAreWholeOnAWideWall() {
    var view = WallFixtures.view()
    let names = ["Trains, trams and underground", "Homelessness and rough sleeping"]
    for (i, name) in names.enumerated() { view.services[i].name = name }
    let wide = WallFixtures.render(view, width: 200, height: 60)
    for name in names { XCTAssertTrue(wide.contains(name + " "), "\(name) whole at 200x60") }
    // The sparkline keeps its hour (60 cells) beside the wider names.
    let row = wide.lines.first { $0.contains("Trains, trams and underground") } ?? ""
    let bars = row.filter { "▁▂▃▄▅▆▇█".contains($0) }.count
    XCTAssertEqual(bars, 60, row)
    // At 80 columns the names are cut as before, with the ellipsis, and every row still fits.
    let narrow = WallFixtures.render(view, width: 80, height: 24)
    XCTAssertFalse(narrow.contains("Trains, trams and underground"))
    XCTAssertTrue(narrow.contains("Trains, trams a…"), narrow.lines.joined(separator: "\n"))
  }

  func testAFigureTooWideToDrawLargeIsWrittenWholeNotClipped() {
    // 12,345 complaints in the last hour: five large digits do not fit a third of a 44-column screen, and clipped
    // ones read as another number ("1234").
    var view = WallFixtures.view()
    view.services = [ServiceRow(id: "water", name: "Water supply", complaints: 12_345, posts: 20_000, sparkline: [])]
    for (w, h) in [(44, 14), (40, 10)] {
      let buffer = WallFixtures.render(view, width: w, height: h)
      let layout = WallLayout(size: ScreenSize(width: w, height: h), serviceCount: 1)
      XCTAssertGreaterThan(layout.digits.width(of: "12345"), w / 3, "the case under test at \(w)x\(h)")
      XCTAssertTrue(
        buffer.contains("12,345"), "the whole figure at \(w)x\(h):\n\(buffer.lines.joined(separator: "\n"))")
      XCTAssertFalse(contains(buffer, block: layout.digits.rows("1234")), "no clipped digits at \(w)x\(h)")
      XCTAssertTrue(buffer.contains("COMPLAINTS"), "its label stays at \(w)x\(h)")
    }
    // Where five digits fit, they are still drawn large.
    let wide = WallFixtures.render(view, width: 80, height: 24)
    let digits = WallLayout(size: ScreenSize(width: 80, height: 24), serviceCount: 1).digits
    XCTAssertTrue(contains(wide, block: digits.rows("12345")))
  }

  func testServicesPaneSaysWhenRowsAreLeftOut() {
    // QA: at 120x40 the demo's wall showed 17 of 22 services with nothing saying so, under a "complaints, last
    // hour" figure that counts all 22.
    var view = WallFixtures.view()
    view.services = (0..<22).map {
      ServiceRow(id: "s\($0)", name: "Service \($0)", complaints: 100 - $0, posts: 200, sparkline: [])
    }
    for (w, h, expected) in [(120, 40, "top 17 of 22"), (80, 24, " +14 "), (200, 60, nil)] {
      let buffer = WallFixtures.render(view, width: w, height: h)
      let page = buffer.lines.joined(separator: "\n")
      let layout = WallLayout(size: ScreenSize(width: w, height: h), serviceCount: 22)
      let title = buffer.row(layout.services.y)
      XCTAssertTrue(title.contains("complaints"), "the column labels stay at \(w)x\(h): \(title)")
      if let expected {
        XCTAssertTrue(title.contains(expected), "\(w)x\(h): \(title)\n\(page)")
        XCTAssertFalse(buffer.contains("Service 21 "), "the last service is left out at \(w)x\(h)")
      } else {
        XCTAssertTrue(buffer.contains("Service 21 "), "every service at \(w)x\(h)")
        XCTAssertFalse(title.contains(" of 22") || title.contains("more"), title)
      }
    }
  }

  /// True when the rows of `block` appear one above the other at the same column somewhere on the screen.
  private func contains(_ buffer: CellBuffer, block: [String]) -> Bool {
    let lines = buffer.lines.map { Array($0) }
    let pattern = block.map { Array($0) }
    guard let width = pattern.first?.count, width > 0 else { return false }
    for y in 0...max(0, lines.count - pattern.count) {
      for x in 0...max(0, lines[y].count - width) where lines[y][x..<(x + width)].elementsEqual(pattern[0]) {
        let rest = pattern.indices.allSatisfy { i in
          lines[y + i].count >= x + width && lines[y + i][x..<(x + width)].elementsEqual(pattern[i])
        }
        if rest { return true }
      }
    }
    return false
  }

  func testDigitsAreLargerOnABigScreen() {
    let small = WallLayout(size: ScreenSize(width: 80, height: 24), serviceCount: 13).digits
    let large = WallLayout(size: ScreenSize(width: 200, height: 60), serviceCount: 13).digits
    XCTAssertEqual(small.height, 5)
    XCTAssertGreaterThan(large.height, small.height)
    XCTAssertGreaterThan(large.width(of: "88:88"), small.width(of: "88:88"))
  }

  func testServicesPaneIsCentralWithAlertingServicesFirstAndHighlighted() {
    let view = WallFixtures.view(alerts: [WallFixtures.waterAlert])
    for (w, h) in sizes {
      let buffer = WallFixtures.render(view, width: w, height: h)
      let layout = WallLayout(size: ScreenSize(width: w, height: h), serviceCount: 13)
      XCTAssertTrue(buffer.row(layout.services.y).contains(" Services "), "title at \(w)x\(h)")
      let first = layout.services.y + 1
      XCTAssertTrue(buffer.row(first).contains("Water supply"), buffer.row(first))
      XCTAssertTrue(buffer.row(first).contains("134"), buffer.row(first))
      XCTAssertEqual(
        buffer.style(at: 5, first), ThemeLoader.compiledDefault().style(.alert), "highlighted row at \(w)x\(h)")
      XCTAssertGreaterThanOrEqual(layout.serviceRows, 8, "services shown at \(w)x\(h)")
      XCTAssertTrue(buffer.contains("Buses"))
      // The centre of the screen is in the Services pane.
      XCTAssertTrue((layout.services.y..<layout.services.maxY).contains(h / 2), "centre at \(w)x\(h)")
    }
  }

  func testNewestComplaintsOnlyComplaintsNewestFirst() {
    for (w, h) in sizes {
      let buffer = WallFixtures.render(WallFixtures.view(), width: w, height: h)
      let layout = WallLayout(size: ScreenSize(width: w, height: h), serviceCount: 13)
      XCTAssertTrue(buffer.row(layout.complaints.y).contains("newest complaints"), "title at \(w)x\(h)")
      XCTAssertGreaterThanOrEqual(layout.complaintRows, 4, "rows at \(w)x\(h)")
      XCTAssertTrue(buffer.row(layout.complaints.y + 1).contains("Complaint number 0"))
      XCTAssertTrue(buffer.row(layout.complaints.y + 1 + layout.complaintSpacing).contains("Complaint number 2"))
      XCTAssertFalse(buffer.contains("Thank you note"), "not a complaint at \(w)x\(h)")
    }
  }

  func testAComplaintFromAnotherDayShowsItsDate() {
    // A feed gone quiet since yesterday: its newest complaints showed only their time of day, as if from today.
    var view = WallFixtures.view()
    let day: EpochMillis = 86_400_000
    view.posts = [
      Post(
        id: "old", platform: .demo, authorHandle: "resident", arrivalTime: WallFixtures.now - day - 3_600_000,
        text: "Yesterday's burst main", services: ["water"], complaint: true),
      Post(
        id: "older", platform: .demo, authorHandle: "resident", arrivalTime: WallFixtures.now - 400 * day,
        text: "Last year's flood", services: ["water"], complaint: true),
    ]
    let buffer = WallFixtures.render(view, width: 100, height: 30)
    let layout = WallLayout(size: ScreenSize(width: 100, height: 30), serviceCount: 13)
    let yesterday = Formatting.postTime(WallFixtures.now - day - 3_600_000, now: WallFixtures.now, cells: 5)
    XCTAssertTrue(yesterday.contains("-"), yesterday)
    let first = buffer.row(layout.complaints.y + 1)
    XCTAssertTrue(first.hasPrefix(" \(yesterday) "), first)
    XCTAssertTrue(first.contains("Yesterday's burst main"), first)
    let second = buffer.row(layout.complaints.y + 1 + layout.complaintSpacing)
    XCTAssertTrue(second.hasPrefix(" 2025  "), second)
  }

  func testAComplaintOfAServiceWithoutPostsThisHourShowsItsName() {
    // Its service has no row in the Services window (no posts in the last hour): the name comes from the list.
    var view = WallFixtures.view()
    view.services.removeAll { $0.id == "street-lighting" }
    view.serviceNames["street-lighting"] = "Street lighting"
    view.posts = [
      Post(
        id: "night", platform: .demo, authorHandle: "resident", arrivalTime: WallFixtures.now - 7_200_000,
        text: "Lamp out on Mill Lane", services: ["street-lighting"], complaint: true)
    ]
    let buffer = WallFixtures.render(view, width: 100, height: 30)
    let layout = WallLayout(size: ScreenSize(width: 100, height: 30), serviceCount: 13)
    let row = buffer.row(layout.complaints.y + 1)
    XCTAssertTrue(row.contains("Street ligh"), row)  // the name, cut to the column
    XCTAssertFalse(row.contains("street-ligh"), row)
  }

  func testEveryRowIsExactlyTheWidthAtManySizes() {
    let view = WallFixtures.view(alerts: [WallFixtures.waterAlert, WallFixtures.busAlert])
    for (w, h) in sizes + [(120, 40), (100, 30), (40, 10), (30, 8)] {
      let buffer = WallFixtures.render(view, width: w, height: h)
      for y in 0..<h { XCTAssertEqual(DisplayWidth.width(of: buffer.row(y)), w, "row \(y) at \(w)x\(h)") }
    }
    XCTAssertTrue(WallFixtures.render(view, width: 30, height: 8).contains("too small"))
  }

  func testCycleMovesTheBannerAndHighlightEveryEightSeconds() {
    var view = WallFixtures.view(alerts: [WallFixtures.waterAlert, WallFixtures.busAlert])
    let base = (WallFixtures.now / 8000) * 8000
    var seen: [String] = []
    for step in 0..<4 {
      view.now = base + EpochMillis(step) * 8000 + 100
      let buffer = WallFixtures.render(view, width: 80, height: 24)
      let banner = (1...2).map(buffer.row).joined()
      let name = banner.contains("ALERT  Water supply") ? "water" : (banner.contains("ALERT  Buses") ? "buses" : "?")
      seen.append(name)
      XCTAssertTrue(banner.contains("of 2]"), banner)
    }
    XCTAssertEqual(Set(seen), ["water", "buses"])
    XCTAssertNotEqual(seen[0], seen[1])
    XCTAssertEqual(seen[0], seen[2])
  }

  func testAsciiOnlyScreenGetsHashDigitsAndNoUnicode() {
    let view = WallFixtures.view(alerts: [WallFixtures.waterAlert])
    for (w, h) in sizes {
      let buffer = WallFixtures.render(view, width: w, height: h, asciiOnly: true)
      for y in 0..<h {
        XCTAssertTrue(buffer.row(y).unicodeScalars.allSatisfy { $0.isASCII }, "row \(y) at \(w)x\(h)")
      }
      XCTAssertTrue(buffer.contains("###"), "ASCII digits at \(w)x\(h)")
    }
  }

  func testEscapeSequencesInComplaintsAreInert() {
    let hostile = "pwn \u{1B}]0;pwned\u{07} then \u{1B}[2J clear"
    let view = WallFixtures.view(extraPosts: [hostile])
    for ascii in [false, true] {
      let buffer = WallFixtures.render(view, width: 200, height: 60, asciiOnly: ascii)
      let all = buffer.lines.joined(separator: "\n")
      XCTAssertFalse(
        all.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) },
        "no control character reaches the screen (ascii \(ascii))")
      XCTAssertTrue(all.contains(ascii ? "pwn ?]0;pwned? then ?[2J clear" : "pwn ␛]0;pwned␇ then ␛[2J clear"), all)
    }
  }
}
