import CivicTestSupport
import Foundation
import XCTest

@testable import CivicCore

/// Stem terms (thirteenth round, model format version 3): the first letters of every longer word, and the bigrams
/// holding such a word with its stem in its place, as terms of their own.
final class ComplaintStemTests: XCTestCase {
  private func temporaryPath(_ name: String) throws -> String {
    try makeTemporaryFolder(prefix: "civicpulse-stems").appendingPathComponent(name).path
  }

  func testStemWeighsEveryLongerWordThatStartsWithIt() {
    let model = ComplaintModel(bias: 0, threshold: 0.5, cueWeights: [:], termWeights: ["disapp…": 2], stemLetters: 6)
    for text in ["disappointing", "so DISAPPOINTED", "disappointin tbh", "disapp0inted"] {
      let result = model.score(text: text)
      XCTAssertEqual(result.score, ComplaintModel.sigmoid(2), accuracy: 1e-6, text)
      XCTAssertEqual(result.why, ["disapp… (+2.00)"], text)
    }
    // Six letters or fewer are the word itself; an apostrophe or a digit among the six letters makes no stem.
    for text in ["disapp", "disap", "dis'appointed", "disap9ointed"] {
      XCTAssertEqual(model.probability(text: text), 0.5, text)
    }
    let withoutStems = ComplaintModel(bias: 0, threshold: 0.5, cueWeights: [:], termWeights: ["disapp…": 2])
    XCTAssertEqual(withoutStems.probability(text: "disappointing"), 0.5)
  }

  func testBigramsWithStemsInPlaceOfTheirLongWords() {
    let model = ComplaintModel(
      bias: 0, threshold: 0.5, cueWeights: [:],
      termWeights: ["still waitin…": 1.5, "custom… servic…": -1, "waitin… for": 0.25], stemLetters: 6)
    XCTAssertEqual(model.score(text: "Still waiting").why, ["still waitin… (+1.50)"])
    XCTAssertEqual(model.probability(text: "still waitin"), 0.5)
    XCTAssertEqual(model.score(text: "customer services were lovely").why, ["custom… servic… (-1.00)"])
    let both = model.score(text: "still waiting for them")
    XCTAssertEqual(both.score, ComplaintModel.sigmoid(1.75), accuracy: 1e-6)
    XCTAssertEqual(both.why, ["still waitin… (+1.50)", "waitin… for (+0.25)"])
    XCTAssertEqual(model.probability(text: "waiting. still"), 0.5)
  }

  func testTrainingLearnsStemsThatScoreUnseenWords() {
    let complaints = [
      "train cancelled again", "bus cancelled again", "they cancelled my order", "flight cancelled without warning",
    ]
    let others = ["lovely sunny day", "thanks for the help today", "great match again", "enjoying the sunny weather"]
    let examples =
      complaints.map { LabelledText(text: $0, complaint: true) }
      + others.map { LabelledText(text: $0, complaint: false) }
    let stems = ComplaintTrainer(iterations: 200, l2Choices: [1e-3], stemLetters: 6).train(examples)
    XCTAssertEqual(stems.stemLetters, 6)
    XCTAssertEqual(stems.training["stem_letters"], 6)
    XCTAssertGreaterThan(stems.termWeights["cancel…"] ?? 0, 0)
    XCTAssertNotNil(stems.termWeights["cancel… again"], "\(stems.termWeights)")
    let plain = ComplaintTrainer(iterations: 200, l2Choices: [1e-3]).train(examples)
    XCTAssertEqual(plain.stemLetters, 0)
    XCTAssertFalse(plain.termWeights.keys.contains { $0.contains("…") })
    // "cancellation" was never seen: only the stem model knows it.
    let unseen = stems.score(text: "another cancellation")
    XCTAssertTrue(unseen.why.contains { $0.hasPrefix("cancel… (+") }, "\(unseen.why)")
    XCTAssertGreaterThan(unseen.score, stems.probability(text: "another"))
  }

  func testTrainerSpellsStemsAsTheScannerHashesThem() {
    var text = "Can’t BELIEVE it's #StillWaiting café customers"
    text.withUTF8 { bytes in
      struct Collect: ComplaintTermVisitor {
        var seen: [(UInt64, ComplaintTermSpan)] = []
        mutating func visit(hash: UInt64, weight: Float, span: ComplaintTermSpan) { seen.append((hash, span)) }
      }
      let table = ComplaintFeatureTable(weights: [:], stemLetters: 6)
      var scanner = ComplaintFeatureScanner(table: table, visitor: Collect())
      _ = scanner.scan(bytes)
      let terms = scanner.visitor.seen.map { ComplaintTrainer.spell($0.1, bytes) }
      for expected in ["believ…", "cant believ…", "believ… its", "stillw…", "café custom…", "customers"] {
        XCTAssertTrue(terms.contains(expected), "\(expected) not in \(terms)")
      }
      XCTAssertFalse(terms.contains("café…"), "a stem is ASCII letters only")
      for (hash, span) in scanner.visitor.seen {
        XCTAssertEqual(ComplaintTermHash.term(ComplaintTrainer.spell(span, bytes)), hash)
      }
    }
  }

  func testModelFileHashesStemTermsAsTheScannerDoes() {
    for term in ["disapp…", "still waitin…", "custom… servic…", "waitin… for", "not_disapp…", "café…", "x…"] {
      let hashes = ComplaintTermHash.termAndStart(term)
      XCTAssertEqual(hashes.term, ComplaintTermHash.term(term), term)
      XCTAssertTrue(ComplaintTermHash.isOneOrTwoWords(term), term)
    }
    XCTAssertEqual(
      ComplaintTermHash.termAndStart("custom… servic…").start, ComplaintTermHash.term("custom…"),
      "a bigram starting with a stem is filtered by the stem's entry")
    XCTAssertNotEqual(ComplaintTermHash.term("disapp…"), ComplaintTermHash.term("disapp"))
  }

  func testStemModelsAreFormatVersionThreeAndModelsWithoutStemsStayVersionTwo() throws {
    let stems = ComplaintModel(
      bias: 0.1, threshold: 0.5, cueWeights: [.again: 0.5], termWeights: ["disapp…": 2, "still waitin…": 1.5],
      stemLetters: 6)
    XCTAssertTrue(stems.jsonText().contains("\"version\": 3,\n"))
    XCTAssertTrue(stems.jsonText().contains("\"stem_letters\": 6,\n"))
    let path = try temporaryPath("stems.json")
    try ExportFile.write(stems.jsonText(), to: path)
    let loaded = try ComplaintModel.load(path: path)
    XCTAssertEqual(loaded.stemLetters, 6)
    XCTAssertEqual(loaded.jsonText(), stems.jsonText())
    for text in ["so disappointed again", "still waiting", "disapp"] {
      XCTAssertEqual(loaded.probability(text: text), stems.probability(text: text), text)
    }
    let plain = ComplaintModel(bias: 0.1, threshold: 0.5, cueWeights: [:], termWeights: ["late": 1])
    XCTAssertTrue(plain.jsonText().contains("\"version\": 2,\n"))
    XCTAssertFalse(plain.jsonText().contains("stem_letters"))
  }

  func testOldFilesLoadAndBadStemFilesAreRefused() throws {
    let body = "\"threshold\": 0.5, \"bias\": 0, \"cues\": {}"
    let old = "{\"format\": \"civicpulse-complaint-model\", \"version\": 2, \(body), \"terms\": {\"late\": 1}}"
    XCTAssertEqual(try ComplaintModel(json: Data(old.utf8), source: "old").termWeights, ["late": 1])
    let cases: [(String, String)] = [
      (
        "{\"version\": 4, \(body), \"terms\": {}}",
        "incompatible: format version 4; this civicpulse reads versions 2 to 3"
      ),
      ("{\"version\": 2, \(body), \"terms\": {\"disapp…\": 1}}", "stem 'disapp…' of term 'disapp…' does not have"),
      (
        "{\"version\": 3, \"stem_letters\": 6, \(body), \"terms\": {\"still waiti…\": 1}}",
        "corrupt: stem 'waiti…' of term 'still waiti…' does not have stem_letters (6) letters"
      ),
      ("{\"version\": 3, \"stem_letters\": 40, \(body), \"terms\": {}}", "corrupt: stem_letters 40 is not between"),
      ("{\"version\": 3, \"stem_letters\": \"6\", \(body), \"terms\": {}}", "wrong type at \"stem_letters\""),
    ]
    for (members, expected) in cases {
      let json = "{\"format\": \"civicpulse-complaint-model\", " + String(members.dropFirst())
      XCTAssertThrowsError(try ComplaintModel(json: Data(json.utf8), source: "m.json"), members) { error in
        XCTAssertTrue("\(error)".contains(expected), "\(error)")
        XCTAssertTrue("\(error)".contains("m.json"), "\(error)")
      }
    }
  }
}
