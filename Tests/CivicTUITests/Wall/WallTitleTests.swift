import CivicCore
import XCTest

@testable import CivicTUI

/// The wall's title row names the program at every size: the figures on the right give way first.
final class WallTitleTests: XCTestCase {
  func testNameAndTheMostImportantFiguresFitAtEverySize() {
    let view = WallFixtures.view(alerts: [WallFixtures.waterAlert])
    for (width, height, asciiOnly) in [(40, 10, false), (40, 10, true), (60, 20, false), (80, 24, false)] {
      let title = WallFixtures.render(view, width: width, height: height, asciiOnly: asciiOnly).row(0)
      let size = "\(width)x\(height) ascii=\(asciiOnly): '\(title)'"
      XCTAssertTrue(title.hasPrefix(" CivicPulse"), size)
      XCTAssertTrue(title.contains("posts/min"), size)
      XCTAssertEqual(DisplayWidth.width(of: title), width, size)
    }
    let wide = WallFixtures.render(view, width: 200, height: 60).row(0)
    XCTAssertTrue(wide.contains(" CivicPulse · ") && wide.contains(" posts · q quit "), wide)
  }
}
