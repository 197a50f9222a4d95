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
