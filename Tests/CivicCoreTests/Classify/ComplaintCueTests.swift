import XCTest

@testable import CivicCore

final class ComplaintCueTests: XCTestCase {
  /// The cues that fire on a text, by name.
  private func cues(_ text: String) -> Set<String> {
    var text = text
    let hits = text.withUTF8 { bytes in
      var scanner = ComplaintFeatureScanner(table: ComplaintFeatureTable(weights: [:]), visitor: ComplaintSumVisitor())
      return scanner.scan(bytes)
    }
    return Set(ComplaintCue.allCases.filter { hits.has($0) }.map(\.name))
  }

  func testNegationStillAgain() {
    XCTAssertTrue(cues("I can't get through").contains("negation"))
    XCTAssertTrue(cues("they didn’t come").contains("negation"), "curly apostrophe")
    XCTAssertTrue(cues("still waiting").contains("still"))
    XCTAssertTrue(cues("late again").contains("again"))
    XCTAssertEqual(cues("the bus goes past the park"), [])
  }

  func testRepeatedTimes() {
    XCTAssertTrue(cues("this is the third time").contains("repeated"))
    XCTAssertTrue(cues("the 4th time this month").contains("repeated"))
    XCTAssertTrue(cues("called 5 times").contains("repeated"))
    XCTAssertFalse(cues("what time is it").contains("repeated"))
  }

  func testRepeatedSpans() {
    for text in [
      "third week running", "bins missed, 2nd day", "for the 4th week", "two days in a row", "3 weeks running",
      "nth day of this",
    ] {
      XCTAssertTrue(cues(text).contains("repeated"), text)
    }
    for text in ["a week ago", "running late", "row of houses", "second hand", "the third street", "week 3"] {
      XCTAssertFalse(cues(text).contains("repeated"), text)
    }
  }

  func testWaitingTimes() {
    for text in [
      "waited 3 weeks", "two hours on hold", "45mins at the stop", "no water since monday", "on hold for ages",
      "waiting since 8am", "an hour late",
    ] {
      XCTAssertTrue(cues(text).contains("waiting_time"), text)
    }
    XCTAssertFalse(cues("weeks ago I saw since then").contains("waiting_time"))
    XCTAssertFalse(cues("monday is bin day").contains("waiting_time"))
  }

  func testPunctuationShoutingAndEmoji() {
    XCTAssertTrue(cues("why?").contains("question"))
    XCTAssertTrue(cues("sort it out!!!").contains("exclaim_run"))
    XCTAssertFalse(cues("sort it out!!!").contains("exclaim"))
    XCTAssertTrue(cues("great!").contains("exclaim"))
    XCTAssertTrue(cues("STILL NOT FIXED").contains("shouting"))
    XCTAssertTrue(cues("this is RIDICULOUS").contains("shouting"))
    XCTAssertFalse(cues("ask the NHS").contains("shouting"))
    XCTAssertTrue(cues("bins not collected 😡").contains("angry_emoji"))
    XCTAssertTrue(cues("face palm 🤦‍♀️").contains("angry_emoji"))
    XCTAssertTrue(cues("sad :(").contains("angry_emoji"))
    XCTAssertTrue(cues("thank you 👍").contains("happy_emoji"))
    XCTAssertTrue(cues("nice :)").contains("happy_emoji"))
    XCTAssertFalse(cues("at 10:30 today").contains("happy_emoji"))
  }

  func testMentionsLinksAndWordClasses() {
    let addressed = cues("@CityCouncil why have you not emptied my bin")
    XCTAssertTrue(addressed.isSuperset(of: ["mention", "address_you", "negation"]))
    XCTAssertFalse(cues("@CityCouncil bins are out").contains("address_you"))
    XCTAssertFalse(cues("you are lovely").contains("address_you"))
    XCTAssertTrue(cues("see https://example.org/x?y=1 for details").contains("url"))
    XCTAssertFalse(cues("see https://example.org/x?y=1 for details").contains("question"), "link is one token")
    XCTAssertTrue(cues("thanks so much").contains("praise"))
    XCTAssertTrue(cues("worst service").contains("negative_word"))
    XCTAssertTrue(cues("parcel delayed").contains("problem_word"))
  }

  /// The terms a scanner visits, spelled as in model files.
  private func terms(_ text: String) -> [String] {
    struct Spans: ComplaintTermVisitor {
      var spans: [ComplaintTermSpan] = []
      mutating func visit(hash: UInt64, weight: Float, span: ComplaintTermSpan) { spans.append(span) }
    }
    var text = text
    return text.withUTF8 { bytes in
      var scanner = ComplaintFeatureScanner(table: ComplaintFeatureTable(weights: [:]), visitor: Spans())
      _ = scanner.scan(bytes)
      return scanner.visitor.spans.map { ComplaintTrainer.spell($0, bytes) }
    }
  }

  func testNegationScopeRunsToPunctuation() {
    let scanned = terms("I'm not very happy with it. Happy now")
    XCTAssertTrue(scanned.contains("not_very"), "\(scanned)")
    XCTAssertTrue(scanned.contains("not_happy"), "\(scanned)")
    XCTAssertTrue(scanned.contains("happy"), "the plain word is kept beside the negated one")
    XCTAssertFalse(scanned.contains("not_now"), "the full stop ends the scope: \(scanned)")
    XCTAssertFalse(scanned.contains("not_not"), "the negator itself is not negated")
    XCTAssertFalse(terms("nobody @Help me").contains("not_me"), "a handle ends the scope")
    for term in scanned where term.hasPrefix("not_") {
      XCTAssertNotEqual(ComplaintTermHash.term(term), ComplaintTermHash.term(String(term.dropFirst(4))))
    }
  }

  func testOpinionCues() {
    XCTAssertTrue(cues("not helpful at all").contains("negated_praise"))
    XCTAssertFalse(cues("helpful, not slow").contains("negated_praise"))
    XCTAssertTrue(cues("no problem at all").contains("negated_negative"))
    XCTAssertTrue(cues("rude staff and a broken machine").contains("many_negative"))
    XCTAssertFalse(cues("rude staff").contains("many_negative"))
    XCTAssertTrue(cues("thanks, brilliant").contains("many_praise"))
  }

  func testScannerSurvivesOddBytes() {
    let odd = [UInt8]([0xFF, 0xC3, 0x41, 0xF0, 0x9F, 0x98, 0x21, 0x40, 0x23, 0x3A, 0xE2, 0x80])
    let hits = odd.withUnsafeBufferPointer { bytes in
      var scanner = ComplaintFeatureScanner(table: ComplaintFeatureTable(weights: [:]), visitor: ComplaintSumVisitor())
      return scanner.scan(bytes)
    }
    XCTAssertTrue(hits.has(.exclaim))
    XCTAssertEqual(ComplaintModel.builtIn.probability(text: ""), ComplaintModel.builtIn.probability(text: " "))
  }
}
