import CivicCore
import XCTest

final class PostSearchTests: XCTestCase {
  func testPlainTextIsCaseInsensitiveAndLiteral() throws {
    let search = try PostSearch(pattern: "Pot.hole")
    XCTAssertTrue(search.matches("huge POT.HOLE on Mill Road"))
    XCTAssertFalse(search.matches("huge pothole on Mill Road"), "the dot is literal in plain mode")
  }

  func testRegexAndHighlightRanges() throws {
    let search = try PostSearch(pattern: "bins? (not|never) (collected|emptied)", mode: .regex)
    let text = "Bin not collected. Bins never emptied!"
    let ranges = search.ranges(in: text)
    XCTAssertEqual(ranges.map { String(text[$0]) }, ["Bin not collected", "Bins never emptied"])
    XCTAssertEqual(search.characterRanges(in: text), [0..<17, 19..<37])
  }

  func testPlainTextFindsComposedAndDecomposedAccentsAndIgnoresThem() throws {
    // "Café ... naïve" as typed, the pothole's "éé" decomposed (e + U+0301), as some sources send it.
    let text = "Café closed; the naïve council ignored the pothole e\u{301}e\u{301} road damage"
    for (query, expected) in [("éé", "e\u{301}e\u{301}"), ("cafe", "Café"), ("NAIVE", "naïve"), ("CAFÉ", "Café")] {
      let search = try PostSearch(query: query)
      XCTAssertEqual(search.ranges(in: text).map { String(text[$0]) }, [expected], query)
    }
    // Highlighting counts characters: the decomposed pair is two characters at offset 51.
    XCTAssertEqual(try PostSearch(query: "éé").characterRanges(in: text), [51..<53])
    // A query with accents wants them: "éé" does not find the "ee" of "Street", "café" not "cafe".
    XCTAssertFalse(try PostSearch(query: "éé").matches("Elm Street"))
    XCTAssertFalse(try PostSearch(query: "café").matches("the cafe on Mill Lane"))
    XCTAssertTrue(try PostSearch(query: "cafe").matches("the CAFÉ on Mill Lane"))
    // A regular expression still matches code points as written.
    XCTAssertFalse(try PostSearch(query: "re:éé").matches(text))
    XCTAssertEqual(try PostSearch(query: "e").ranges(in: "Eee", limit: 2).count, 2, "the limit holds")
  }

  func testCaseSensitiveOption() throws {
    let search = try PostSearch(pattern: "NHS", caseSensitive: true)
    XCTAssertTrue(search.matches("the NHS line"))
    XCTAssertFalse(search.matches("the nhs line"))
  }

  func testCharacterRangesCountGraphemesNotBytes() throws {
    let search = try PostSearch(pattern: "late")
    let text = "🚌👩‍👩‍👧 late again, café late"
    XCTAssertEqual(search.characterRanges(in: text), [3..<7, 20..<24])
    XCTAssertEqual(search.ranges(in: text).map { String(text[$0]) }, ["late", "late"])
  }

  func testEmptyMatchesAreNotHits() throws {
    let search = try PostSearch(pattern: "x*", mode: .regex)
    XCTAssertFalse(search.matches("nothing to see"))
    XCTAssertEqual(search.ranges(in: "a xx b").count, 1)
  }

  func testInvalidRegexAndEmptyPatternAreClearErrors() {
    XCTAssertThrowsError(try PostSearch(pattern: "(unclosed", mode: .regex)) { error in
      XCTAssertEqual(String(describing: error), "search '(unclosed': not a valid regular expression")
    }
    XCTAssertThrowsError(try PostSearch(pattern: "")) { error in
      XCTAssertEqual((error as? QueryError)?.reason, "empty search")
    }
    XCTAssertNoThrow(try PostSearch(pattern: "(unclosed"), "plain text has no syntax")
  }

  func testQuerySyntax() throws {
    XCTAssertEqual(try PostSearch(query: "re:a+b").mode, .regex)
    let slashed = try PostSearch(query: "/flood(ed|ing)/")
    XCTAssertEqual(slashed.mode, .regex)
    XCTAssertEqual(slashed.pattern, "flood(ed|ing)")
    XCTAssertTrue(slashed.matches("street FLOODED"))
    let sensitive = try PostSearch(query: "/NHS/c")
    XCTAssertTrue(sensitive.caseSensitive)
    XCTAssertFalse(sensitive.matches("nhs"))
    XCTAssertEqual(try PostSearch(query: "a/b").mode, .plain)
    XCTAssertThrowsError(try PostSearch(query: "/[/"))
  }

  func testHitsInPosts() throws {
    let posts = [
      FilterFixtures.post("1", text: "water main burst"), FilterFixtures.post("2", text: "lovely park"),
      FilterFixtures.post("3", text: "no WATER since 6am"),
    ]
    XCTAssertEqual(try PostSearch(pattern: "water").hits(in: posts), [0, 2])
  }
}
