import XCTest

@testable import CivicCore

/// `{n}` in a taxonomy term stands for a route number ("the 42", "the X4"), so a post that names a bus or a
/// platform by its number routes without the word "bus".
final class RouteNumberTests: XCTestCase {
  let builtIn = ServiceRouter.builtIn

  func router(_ toml: String) throws -> ServiceRouter {
    ServiceRouter(taxonomy: try Taxonomy.parse(toml, file: "t.toml"))
  }

  func testRouteNumbersTakeThePlaceholder() throws {
    let router = try router(
      """
      [[service]]
      id = "buses"
      keywords = ["route {n}"]
      """)
    for text in ["route 42 again", "Route X4", "route N29 at night", "route 42a", "ROUTE 7", "route 123"] {
      XCTAssertEqual(router.services(for: text), ["buses"], text)
    }
    let others = ["route 3am", "route 2nd", "route 2024", "route 4hrs", "route", "route #42", "route @x42"]
    for text in others {
      XCTAssertEqual(router.services(for: text), [], text)
    }
    XCTAssertEqual(router.route("take route 42").first?.terms, ["route {n}"])
  }

  func testByteRuleOfARouteNumber() {
    let yes = ["1", "42", "123", "x4", "n29", "42a", "42s", "a1b"]
    let no = ["1234", "3am", "2nd", "ab1", "12ab", "x", "", "4hrs", "x1234"]
    for word in yes { XCTAssertTrue(RouterTables.isRouteNumber(Array(word.utf8)), word) }
    for word in no { XCTAssertFalse(RouterTables.isRouteNumber(Array(word.utf8)), word) }
  }

  /// A number some term lists as a word ("21" of "section 21") takes that word's id in a post; `{n}` still
  /// matches it.
  func testListedNumbersStillMatchThePlaceholder() throws {
    let router = try router(
      """
      [[service]]
      id = "buses"
      keywords = ["route {n}"]
      [[service]]
      id = "housing"
      keywords = ["section 21"]
      weak = ["111"]
      """)
    XCTAssertEqual(router.services(for: "route 21 is late"), ["buses"])
    XCTAssertEqual(router.services(for: "route 111 is late"), ["buses"])
    XCTAssertEqual(router.services(for: "a section 21 notice"), ["housing"])
    XCTAssertEqual(router.services(for: "section 22"), [])
  }

  func testPlaceholderInWeakTermsAndExclusions() throws {
    let router = try router(
      """
      [[service]]
      id = "buses"
      weak = ["the {n}", "late"]
      exclude = ["the {n} of"]
      """)
    XCTAssertEqual(router.services(for: "the 42 is late"), ["buses"])
    XCTAssertEqual(router.services(for: "the 42 is here"), [], "a weak term alone")
    XCTAssertEqual(router.services(for: "the 2 of us are late"), [], "excluded")
  }

  func testPlaceholderAloneIsRefused() {
    for term in ["{n}", " {n} ", "{n} {n}"] {
      XCTAssertThrowsError(
        try Taxonomy.parse(
          """
          [[service]]
          id = "buses"
          keywords = ["\(term)", "bus"]
          """, file: "t.toml")
      ) { error in
        let problem = error as? TaxonomyError
        XCTAssertEqual(problem?.line, 3)
        XCTAssertTrue(problem?.message.contains("would match every number") == true, "\(error)")
      }
    }
  }

  func testDefaultTaxonomyRoutesBusAndPlatformNumbers() {
    XCTAssertEqual(builtIn.primaryService(for: "The 42 didn't turn up again"), "buses")
    XCTAssertEqual(builtIn.primaryService(for: "Is the 21 still diverted?"), "buses")
    XCTAssertEqual(builtIn.primaryService(for: "the X4 timetable is fiction"), "buses")
    XCTAssertEqual(builtIn.primaryService(for: "Route 42 diverted around the high street"), "buses")
    XCTAssertEqual(builtIn.primaryService(for: "Platform 4 closed, no lift"), "rail")
    XCTAssertEqual(builtIn.primaryService(for: "the 8:15 was cancelled again"), "rail")
    // The mission's own example: the bus route that keeps not turning up.
    XCTAssertEqual(builtIn.primaryService(for: "The 42 keeps not turning up"), "buses")
    XCTAssertEqual(builtIn.primaryService(for: "the number 7 never turns up on time"), "buses")
    XCTAssertEqual(builtIn.primaryService(for: "the 12 hasn't turned up again"), "buses")
    XCTAssertEqual(builtIn.primaryService(for: "carers not turning up again"), "social-care")
    XCTAssertNil(builtIn.primaryService(for: "the 2 of us waited for ages"))
    XCTAssertNil(builtIn.primaryService(for: "the 42 is my lucky number"))
  }
}
