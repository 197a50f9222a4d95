import XCTest

@testable import CivicCore

/// The compiled router's lookups that have fast paths of their own: the handle table (several services may list
/// one handle), ASCII hashtags, the automaton's transitions after a completed term, and the suppression of terms
/// inside longer terms of the same service.
final class RouterTablesTests: XCTestCase {
  private func router(_ toml: String) throws -> ServiceRouter {
    ServiceRouter(taxonomy: try Taxonomy.parse(toml, file: "t.toml"))
  }

  func testAHandleListedByTwoServicesMatchesBothInTaxonomyOrder() throws {
    let r = try router(
      """
      [[service]]
      id = "a"
      handles = ["SharedDesk", "OnlyA"]
      [[service]]
      id = "b"
      handles = ["shareddesk"]
      """)
    let matches = r.route("@SHAREDDESK hello")
    XCTAssertEqual(matches.map(\.serviceID), ["a", "b"])
    XCTAssertEqual(matches.map(\.terms), [["@SharedDesk"], ["@shareddesk"]])
    XCTAssertEqual(r.services(for: "@OnlyA@example.social thanks"), ["a"])
    XCTAssertEqual(r.services(for: "@SharedDeskX @OnlyAB @Only"), [])
  }

  /// The byte search for hyphenated terms answers what the Character search answers, ASCII or not; and a
  /// hyphenated term is also matched written as one word.
  func testHyphenatedWordTestEqualsTheStringSearch() throws {
    let terms = [
      "fly-tipping", "fly tipping", "fly-tip ping", "a-b-c", "-", "x-", "-x", "bins", "", " ", "non-émergency",
      "café-bar", "café bar", "e\u{301}-x", "-\u{301}x", "a\u{2010}b", "a\r\n-b", "a\t-b", "👍-👍", "a- b",
    ]
    for term in terms {
      XCTAssertEqual(
        RouterTables.isHyphenatedWord(term), term.contains("-") && !term.contains(" "), term.debugDescription)
    }
    let r = try router(
      """
      [[service]]
      id = "waste"
      keywords = ["fly-tipping", "bin day"]
      """)
    XCTAssertEqual(r.services(for: "more flytipping on the lane"), ["waste"])
    XCTAssertEqual(r.services(for: "fly tipping again"), ["waste"])
    XCTAssertEqual(r.services(for: "bin-day again"), ["waste"])
    XCTAssertEqual(r.services(for: "binday again"), [])
  }

  func testATaxonomyWithoutHandlesIgnoresMentions() throws {
    let r = try router("[[service]]\nid = \"roads\"\nkeywords = [\"pothole\"]\n")
    XCTAssertEqual(r.services(for: "@pothole hi"), [])
    XCTAssertEqual(r.services(for: "@someone pothole"), ["roads"])
  }

  func testHashtagsEndWhereTheirWordCharactersEnd() throws {
    let r = try router(
      """
      [[service]]
      id = "roads"
      keywords = ["café"]
      hashtags = ["potholes"]
      """)
    XCTAssertEqual(r.route("#Potholes! again").first?.terms, ["#potholes"])
    XCTAssertEqual(r.services(for: "so many #potholes"), ["roads"])
    XCTAssertEqual(r.services(for: "#potholes_again"), [], "an underscore continues a hashtag")
    XCTAssertEqual(r.services(for: "#potholesé"), [], "so does a Latin letter")
    XCTAssertEqual(r.services(for: "#CAFÉ"), ["roads"])
    XCTAssertEqual(r.services(for: "#potholes#potholes"), ["roads"])
  }

  func testPhrasesOverlappingACompletedTermAreFound() throws {
    // "bin" is a leaf of the automaton and "bin lorry" continues through it; "lorry driver" starts inside
    // "bin lorry" and is only reached through a failure transition.
    let r = try router(
      """
      [[service]]
      id = "waste"
      keywords = ["bin", "bin lorry", "lorry driver"]
      """)
    XCTAssertEqual(r.route("the bin lorry driver").first?.terms, ["bin lorry", "lorry driver"])
    XCTAssertEqual(r.route("bin bin lorry").first?.terms, ["bin", "bin lorry"])
    XCTAssertEqual(r.route("bin. lorry driver").first?.terms, ["bin", "lorry driver"])
  }

  func testTermsInsideLongerTermsOfTheSameServiceAddNothing() throws {
    let r = try router(
      """
      [[service]]
      id = "tax"
      keywords = ["tax", "council tax", "council tax bill"]
      [[service]]
      id = "other"
      keywords = ["tax"]
      """)
    let matches = r.route("my council tax bill")
    XCTAssertEqual(matches.map(\.serviceID), ["tax", "other"])
    XCTAssertEqual(matches.map(\.terms), [["council tax bill"], ["tax"]])
    XCTAssertEqual(matches.first?.score, 2)
    // A term outside the phrase still counts, once as a new term.
    let again = r.route("council tax and more tax")
    XCTAssertEqual(again.first?.terms, ["council tax", "tax"])
    XCTAssertEqual(again.first?.score, 2.5)
  }
}
