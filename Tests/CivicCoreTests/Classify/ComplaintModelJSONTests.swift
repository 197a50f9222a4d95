import Foundation
import XCTest

@testable import CivicCore

/// Model files are read with the project's JSON scanner: the values must be exactly those Foundation's
/// `JSONDecoder` and `Double(String)` give, the term hashes those of the String-based functions, the errors the same.
final class ComplaintModelJSONTests: XCTestCase {
  private struct FoundationDocument: Decodable {
    var threshold: Double
    var bias: Double
    var training: [String: Double]?
    var cues: [String: Double]
    var terms: [String: Double]
  }

  func testBuiltInModelEqualsFoundationDecoding() throws {
    let reference = try JSONDecoder().decode(FoundationDocument.self, from: Data(BuiltinModel.json.utf8))
    let model = ComplaintModel.builtIn
    XCTAssertEqual(model.source, "built-in")
    XCTAssertEqual(model.bias.bitPattern, reference.bias.bitPattern)
    XCTAssertEqual(model.threshold.bitPattern, reference.threshold.bitPattern)
    XCTAssertEqual(model.training, reference.training ?? [:])
    XCTAssertEqual(model.termWeights.count, reference.terms.count)
    for (term, weight) in reference.terms {
      XCTAssertEqual(model.termWeights[term]?.bitPattern, weight.bitPattern, term)
    }
    for cue in ComplaintCue.allCases {
      XCTAssertEqual(model.weight(of: cue).bitPattern, (reference.cues[cue.name] ?? 0).bitPattern, cue.name)
    }
  }

  func testNumbersReadAsDoubleFromStringReadsThem() throws {
    var generator = SystemRandomNumberGenerator()
    var texts: [String] = ["0", "-0", "1e-5", "0.1e2", "-2.5E+3", "12345678901234567890", "0.30000000000000004"]
    for _ in 0..<2_000 {
      let mantissa = Int64.random(in: -999_999_999_999_999_999...999_999_999_999_999_999, using: &generator)
      let scale = Int.random(in: 0...22, using: &generator)
      var digits = String(mantissa.magnitude)
      while digits.count <= scale { digits = "0" + digits }
      let point = digits.index(digits.endIndex, offsetBy: -scale)
      var text = (mantissa < 0 ? "-" : "") + digits[..<point] + (scale > 0 ? "." + digits[point...] : "")
      if Bool.random(using: &generator) { text += "e\(Int.random(in: -30...30, using: &generator))" }
      texts.append(text)
    }
    var json = "{\"format\": \"civicpulse-complaint-model\", \"version\": \(ComplaintModel.formatVersion), "
    json += "\"threshold\": 0.5, \"bias\": \(texts[3]), \"training\": {\"n\": \(texts[4])}, \"cues\": {}, \"terms\": {"
    json += texts.enumerated().map { "\"w\($0.offset)\": \($0.element)" }.joined(separator: ", ") + "}}"
    let model = try ComplaintModel(json: Data(json.utf8), source: "generated")
    for (index, text) in texts.enumerated() {
      let expected = try XCTUnwrap(Double(text), text)
      XCTAssertEqual(model.termWeights["w\(index)"]?.bitPattern, expected.bitPattern, text)
    }
    XCTAssertEqual(model.bias.bitPattern, try XCTUnwrap(Double(texts[3])).bitPattern)
    XCTAssertEqual(model.training["n"], Double(texts[4]))
    let reference = try JSONDecoder().decode(FoundationDocument.self, from: Data(json.utf8))
    for (term, weight) in reference.terms {
      XCTAssertEqual(model.termWeights[term]?.bitPattern, weight.bitPattern, term)
    }
  }

  func testByteHashesEqualStringHashes() {
    let terms = [
      "late", "still waiting", "not_happy", "not_", "not_ok now", " a", "a ", "a  b", "a b c", "", "x",
      "not_caf\u{E9}", "cafe\u{301} ok", "not_\u{301}x", "a \u{301}b", "a\r\nb", "r\u{E9}sum\u{E9}", "\u{1F621} bin",
      // Stems (thirteenth round) and near-stems, hashed from their bytes or as strings.
      "disapp\u{2026}", "a\u{2026} b", "\u{2026}", "a \u{2026}", "\u{2026} a", "a\u{2026} ", "a\u{2026}\u{2026}",
      "a\u{2026}b",
      "a\u{2026}\u{301}", "a b\u{2026}", " a\u{2026}", "not_a\u{2026}",
    ]
    for term in terms {
      let hashes = ComplaintTermHash.termAndStart(term)
      XCTAssertEqual(hashes.term, ComplaintTermHash.term(term), term)
      XCTAssertEqual(hashes.start, term.firstIndex(of: " ").map { ComplaintTermHash.unigram(term[..<$0]) }, term)
      let words = term.split(separator: " ", omittingEmptySubsequences: false)
      let valid = !term.isEmpty && words.count <= 2 && !words.contains(where: \.isEmpty)
      XCTAssertEqual(ComplaintTermHash.isOneOrTwoWords(term), valid, term)
    }
  }

  func testErrorsNameTheProblem() {
    let head = "\"format\": \"civicpulse-complaint-model\", \"version\": \(ComplaintModel.formatVersion)"
    let cases: [(String, String)] = [
      ("[1, 2]", "corrupt: not a JSON object"),
      ("{\"format\": 7, \"version\": 2}", "corrupt: not a JSON object (wrong type at \"format\")"),
      ("{\"format\": \"civicpulse-complaint-model\", \"version\": 2.5}", "corrupt: not a JSON object (wrong type"),
      ("{\"format\": \"x\", \"version\": 2}", "incompatible: \"format\" is 'x'"),
      ("{\"version\": 2}", "incompatible: \"format\" is missing"),
      ("{\(head), \"threshold\": \"0.5\", \"bias\": 0, \"cues\": {}, \"terms\": {}}", "wrong type at \"threshold\""),
      ("{\(head), \"threshold\": 0.5, \"bias\": 0, \"cues\": {}}", "corrupt: missing \"terms\""),
      (
        "{\(head), \"threshold\": 0.5, \"bias\": 0, \"cues\": {}, \"terms\": {\"a\": null}}",
        "wrong type at \"terms.a\""
      ),
      ("{\(head), \"threshold\": 0.5, \"bias\": 0, \"cues\": {}, \"terms\": {\"a  b\": 1}}", "is not one word or two"),
      ("{\(head), \"threshold\": 0.5, \"bias\": 0, \"cues\": {}, \"terms\": {}", "corrupt: not a JSON object (invalid"),
    ]
    for (json, expected) in cases {
      XCTAssertThrowsError(try ComplaintModel(json: Data(json.utf8), source: "m.json"), json) { error in
        XCTAssertTrue("\(error)".contains("'m.json'"), "\(error)")
        XCTAssertTrue("\(error)".contains(expected), "\(error) lacks \(expected)")
      }
    }
    let valid = "{\(head), \"threshold\": 0.5, \"bias\": 0, \"training\": null, \"cues\": {}, \"terms\": {\"a b\": 1}}"
    XCTAssertEqual(try? ComplaintModel(json: Data(valid.utf8), source: "m.json").termWeights, ["a b": 1])
  }
}
