import CivicCore
import XCTest

@testable import CivicTUI

final class DashboardRendererTests: XCTestCase {
  private let sizes = [(200, 60), (120, 40), (80, 24)]

  func testAllFourRegionsShowAtEverySize() {
    for (w, h) in sizes {
      let buffer = DashboardFixtures.render(width: w, height: h)
      XCTAssertTrue(buffer.row(0).contains("CivicPulse"), "header at \(w)x\(h)")
      XCTAssertTrue(buffer.row(0).contains("demo: following"), "sources at \(w)x\(h)")
      XCTAssertTrue(buffer.row(0).contains("312 posts/min"), "rate at \(w)x\(h)")
      XCTAssertTrue(buffer.row(0).contains("ALERT"), "alert at \(w)x\(h)")
      for title in [" Posts ", " Services ", " Trending "] {
        XCTAssertTrue(buffer.contains(title), "\(title) at \(w)x\(h)")
      }
      let status = buffer.row(h - 1)
      XCTAssertTrue(status.contains("12,345 posts"), "\(status)")
      XCTAssertTrue(status.contains("7 malformed"), "\(status)")
      XCTAssertTrue(status.contains("FOLLOWING"), "\(status)")
      XCTAssertTrue(status.contains("q quit"), "\(status)")
      XCTAssertTrue(buffer.contains("Water supply"), "services at \(w)x\(h)")
      XCTAssertTrue(buffer.contains("#WaterMain"), "trending at \(w)x\(h)")
      XCTAssertTrue(buffer.contains("@amy_r"), "posts at \(w)x\(h)")
    }
  }

  func testEveryRowIsExactlyTheScreenWidth() {
    for (w, h) in sizes + [(40, 10), (30, 8)] {
      let buffer = DashboardFixtures.render(width: w, height: h)
      for y in 0..<h { XCTAssertEqual(DisplayWidth.width(of: buffer.row(y)), w, "row \(y) at \(w)x\(h)") }
    }
  }

  func testPostColumnsDoNotShiftWithWideCharacters() {
    for (w, h) in sizes {
      let buffer = DashboardFixtures.render(width: w, height: h)
      let layout = DashboardLayout(size: ScreenSize(width: w, height: h))
      let content = layout.content(.posts)
      let columns = PostsPane.Columns(width: content.width)
      let serviceX = content.x + columns.time + 1 + columns.author + 1
      let markerX = serviceX + columns.service + 1
      let textX = markerX + columns.marker + 1
      let rightEdge = content.maxX
      for row in 0..<min(content.height, 40) {
        let y = content.y + row
        let post = DashboardFixtures.post(row)
        let service = post.services[0]
        XCTAssertTrue(
          buffer.column(of: String(service.prefix(4)), inRow: y) == serviceX, "service column, row \(row) at \(w)")
        XCTAssertEqual(buffer.text(at: markerX, y), post.complaint ? "●" : " ", "marker, row \(row) at \(w)")
        XCTAssertEqual(buffer.text(at: textX - 1, y), " ")
        // The pane's right neighbour (separator or edge) is untouched by long wide text.
        if rightEdge < w { XCTAssertEqual(buffer.text(at: rightEdge, y), "│", "separator, row \(row) at \(w)") }
      }
    }
  }

  func testServiceTagUsesTheServiceAccentStyle() {
    let buffer = DashboardFixtures.render(width: 120, height: 40)
    let layout = DashboardLayout(size: ScreenSize(width: 120, height: 40))
    let content = layout.content(.posts)
    let columns = PostsPane.Columns(width: content.width)
    let x = content.x + columns.time + 1 + columns.author + 1
    let theme = ThemeLoader.compiledDefault()
    XCTAssertEqual(buffer.style(at: x, content.y), theme.serviceStyle(id: "waste", index: 0))
    XCTAssertEqual(buffer.style(at: x, content.y + 2), theme.serviceStyle(id: "buses", index: 3))
    XCTAssertNotEqual(buffer.style(at: x, content.y), buffer.style(at: x, content.y + 2))
  }

  func testHostileTextIsShownInert() {
    let buffer = DashboardFixtures.render(width: 200, height: 60)
    let all = buffer.lines.joined()
    XCTAssertFalse(all.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
    XCTAssertTrue(all.contains("Escape attempt \u{241B}[2J"))
  }

  func testServicesPaneShowsCountsSparklineAndAlert() {
    let buffer = DashboardFixtures.render(width: 200, height: 60)
    let layout = DashboardLayout(size: ScreenSize(width: 200, height: 60))
    let content = layout.content(.services)
    let row = buffer.row(content.y)
    XCTAssertTrue(row.contains("Water supply"))
    XCTAssertTrue(row.contains("120"))
    XCTAssertTrue(row.contains("150"))
    // The last 9 of 60 minutes are busy: 55 cells fold the hour, so about 8 cells show them.
    XCTAssertTrue(row.contains("▂████████│"), row)
    XCTAssertEqual(buffer.text(at: content.x, content.y), "!", "alerting service is marked")
    XCTAssertTrue(buffer.contains("last 60 min"))
    let columns = ServicesPane.Columns(width: content.width)
    XCTAssertGreaterThanOrEqual(columns.sparkline, 55, "nearly a full hour beside the share column at 200 columns")
    XCTAssertTrue(row.contains("80%"), "complaint share 120/150: \(row)")
    let split = DashboardLayout(size: ScreenSize(width: 120, height: 40)).content(.services)
    XCTAssertGreaterThanOrEqual(ServicesPane.Columns(width: split.width).sparkline, 50)
  }

  func testSparklineScalesToTheSeriesMaximum() {
    let context = RenderContext(screen: CellBuffer(width: 1, height: 1), theme: ThemeLoader.compiledDefault())
    XCTAssertEqual(context.sparkline([0, 1, 8], width: 3), "▁▂█")
    XCTAssertEqual(context.sparkline([3], width: 4), "   █", "minutes before the series are blank")
    XCTAssertEqual(context.sparkline([0, 0, 8, 8], width: 2), "▁█", "two values a cell, scaled to the largest cell")
    let ascii = RenderContext(
      screen: CellBuffer(width: 1, height: 1, asciiOnly: true), theme: ThemeLoader.compiledDefault())
    XCTAssertTrue(ascii.sparkline([0, 8], width: 2).allSatisfy(\.isASCII))
  }

  func testTrendingMarkers() {
    let buffer = DashboardFixtures.render(width: 120, height: 40)
    let content = DashboardLayout(size: ScreenSize(width: 120, height: 40)).content(.trending)
    XCTAssertTrue(buffer.row(content.y).contains("▲ #WaterMainBurst"))
    XCTAssertTrue(buffer.row(content.y + 1).contains("• #bins"))
    XCTAssertTrue(buffer.row(content.y + 2).contains("▼ #路灯"))
    XCTAssertTrue(buffer.row(content.y).hasSuffix("88 ") || buffer.row(content.y).contains("88"))
  }

  func testASCIIFallbackDrawsOnlyASCII() {
    for (w, h) in sizes {
      let buffer = DashboardFixtures.render(width: w, height: h, asciiOnly: true)
      for line in buffer.lines {
        XCTAssertTrue(line.unicodeScalars.allSatisfy(\.isASCII), line.unicodeScalars.filter { !$0.isASCII }.description)
      }
      XCTAssertTrue(buffer.contains("^ #WaterMain"))
      XCTAssertTrue(buffer.contains(" Posts "))
    }
  }

  func testTooSmallTerminalShowsOnlyTheMessage() {
    let buffer = DashboardFixtures.render(width: 30, height: 8)
    let text = buffer.lines.joined(separator: "\n")
    XCTAssertTrue(text.contains("terminal too small"), text)
    XCTAssertTrue(text.contains("40x10"), text)
    XCTAssertTrue(text.contains("now 30x8"), text)
    XCTAssertFalse(text.contains("CivicPulse"))
    let wide = DashboardFixtures.render(width: 60, height: 5)
    XCTAssertTrue(wide.contains("terminal too small (need 40x10)"))
  }

  func testPausedStateShowsInTitleAndStatusBar() {
    var state = DashboardState()
    state.apply(.togglePause, metrics: DashboardState.Metrics(newestSequence: 12_300))
    let buffer = DashboardFixtures.render(width: 80, height: 24, state: state)
    XCTAssertTrue(buffer.row(23).contains("PAUSED +45 new"), buffer.row(23))
    XCTAssertTrue(buffer.contains("paused, +45 new"))
  }

  func testFocusedPaneTitleUsesTheFocusedStyle() {
    var state = DashboardState()
    state.apply(.focusNext, metrics: DashboardState.Metrics())
    let buffer = DashboardFixtures.render(width: 80, height: 24, state: state)
    let layout = DashboardLayout(size: ScreenSize(width: 80, height: 24))
    let services = layout.panes[.services]!
    let posts = layout.panes[.posts]!
    let titleX = (buffer.column(of: " Services ", inRow: services.y) ?? 0) + 1
    XCTAssertEqual(buffer.style(at: titleX, services.y), ThemeLoader.compiledDefault().style(.titleFocused))
    let postsX = (buffer.column(of: " Posts ", inRow: posts.y) ?? 0) + 1
    XCTAssertEqual(buffer.style(at: postsX, posts.y), ThemeLoader.compiledDefault().style(.title))
  }

  func testHelpOverlayListsEveryBinding() {
    var state = DashboardState()
    state.apply(.toggleHelp, metrics: DashboardState.Metrics())
    for (w, h) in [(120, 40), (80, 24)] {
      let buffer = DashboardFixtures.render(width: w, height: h, state: state)
      for binding in KeyMap.standard.bindings {
        XCTAssertTrue(buffer.contains(binding.help), "\(binding.help) at \(w)x\(h)")
      }
    }
  }

  func testEmptyModelShowsWaitingMessages() {
    let buffer = CellBuffer(width: 80, height: 24)
    DashboardRenderer().render(view: DashboardView(now: DashboardFixtures.now), state: DashboardState(), on: buffer)
    XCTAssertTrue(buffer.contains("waiting for posts"))
    XCTAssertTrue(
      buffer.contains("no trending tags yet"),
      "hashtags used once are not trending: the pane must not say there are none")
    XCTAssertTrue(buffer.contains("no sources"))
  }
}
