import Foundation
import XCTest

@testable import CivicCore

final class ComplaintModelTests: XCTestCase {
  private func temporaryPath(_ name: String) -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "civicpulse-model-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
    return directory.appendingPathComponent(name).path
  }

  private static let toy: [LabelledText] = {
    var examples: [LabelledText] = []
    let bad = ["bin not collected", "bus late again", "still waiting for my refund", "train cancelled again"]
    let good = ["thanks for the help", "lovely park today", "great service thanks", "library opens at nine"]
    for round in 0..<5 {
      for text in bad { examples.append(LabelledText(text: "\(text) \(round)", complaint: true)) }
      for text in good { examples.append(LabelledText(text: "\(text) \(round)", complaint: false)) }
    }
    return examples
  }()

  func testTrainingSeparatesToySet() {
    let model = ComplaintTrainer(iterations: 200).train(Self.toy)
    for example in Self.toy {
      XCTAssertEqual(model.score(text: example.text).complaint, example.complaint, example.text)
    }
    XCTAssertTrue(model.score(text: "my bus is late again").complaint)
    XCTAssertFalse(model.score(text: "thanks for the lovely service").complaint)
    XCTAssertGreaterThan(model.termWeights["again"] ?? 0, 0)
    XCTAssertLessThan(model.termWeights["thanks"] ?? 0, 0)
  }

  func testWhyListsStrongestContributorsFirst() {
    let model = ComplaintModel(
      bias: -1, threshold: 0.5, cueWeights: [.waitingTime: 0.8, .praise: -0.5],
      termWeights: ["still waiting": 1.5, "bin": 0.3, "refund": 1.0, "thanks": -2.0, "lovely": -0.6])
    let result = model.score(text: "Still waiting 3 weeks for a refund for my bin")
    XCTAssertTrue(result.complaint)
    XCTAssertEqual(result.why, ["still waiting (+1.50)", "refund (+1.00)", "waiting time: 3 weeks (+0.80)"])
    let expected = ComplaintModel.sigmoid(-1 + 1.5 + 0.3 + 1.0 + 0.8)
    XCTAssertEqual(result.score, expected, accuracy: 1e-6)
    let praise = model.score(text: "Thanks, lovely!")
    XCTAssertFalse(praise.complaint)
    XCTAssertEqual(praise.why, ["thanks (-2.00)", "lovely (-0.60)", "praise: thanks (-0.50)"])
    XCTAssertEqual(model.probability(text: "Thanks, lovely!"), praise.score, accuracy: 1e-9)
    let quick = model.score(text: "Thanks, lovely!", explain: false)
    XCTAssertEqual(quick.score, praise.score, accuracy: 1e-9)
    XCTAssertEqual(quick.complaint, praise.complaint)
    XCTAssertEqual(quick.why, [])
  }

  func testRepeatedTermContributionsAreSummed() {
    let model = ComplaintModel(bias: 0, threshold: 0.5, cueWeights: [:], termWeights: ["late": 0.5, "bus": 0.2])
    let result = model.score(text: "late, late, LATE bus")
    XCTAssertEqual(result.why.first, "late (+1.50)")
  }

  func testSaveLoadRoundTrip() throws {
    let model = ComplaintTrainer(iterations: 50).train(Self.toy)
    let path = temporaryPath("model.json")
    try model.save(to: path)
    let loaded = try ComplaintModel.load(path: path)
    XCTAssertEqual(loaded.termWeights, model.termWeights)
    XCTAssertEqual(loaded.cueWeights, model.cueWeights)
    XCTAssertEqual(loaded.bias, model.bias)
    XCTAssertEqual(loaded.threshold, model.threshold)
    XCTAssertEqual(loaded.jsonText(), model.jsonText())
    for example in Self.toy {
      XCTAssertEqual(loaded.score(text: example.text).score, model.score(text: example.text).score, accuracy: 1e-12)
    }
  }

  func testLoadErrorsNameTheFile() throws {
    let missing = temporaryPath("nowhere.json")
    XCTAssertThrowsError(try ComplaintModel.load(path: missing)) { error in
      XCTAssertEqual(error as? ComplaintModelError, .missing(path: missing))
      XCTAssertTrue("\(error)".contains(missing))
    }
    let cases: [(String, String, String)] = [
      ("corrupt.json", "{\"format\": \"civicpulse-complaint-model\", \"vers", "corrupt"),
      ("empty.json", "", "corrupt"),
      ("other.json", "{\"format\": \"something-else\", \"version\": 1}", "incompatible"),
      ("future.json", "{\"format\": \"civicpulse-complaint-model\", \"version\": 99}", "incompatible"),
      (
        "nocues.json", "{\"format\": \"civicpulse-complaint-model\", \"version\": 1, \"threshold\": 0.5, \"bias\": 0}",
        "corrupt"
      ),
      (
        "cue.json",
        "{\"format\": \"civicpulse-complaint-model\", \"version\": 1, \"threshold\": 0.5, \"bias\": 0, "
          + "\"cues\": {\"telepathy\": 1}, \"terms\": {}}",
        "incompatible"
      ),
      (
        "threshold.json",
        "{\"format\": \"civicpulse-complaint-model\", \"version\": 1, \"threshold\": 7, \"bias\": 0, "
          + "\"cues\": {}, \"terms\": {}}",
        "corrupt"
      ),
    ]
    for (name, content, kind) in cases {
      let path = temporaryPath(name)
      try Data(content.utf8).write(to: URL(fileURLWithPath: path))
      XCTAssertThrowsError(try ComplaintModel.load(path: path), name) { error in
        let message = "\(error)"
        XCTAssertTrue(message.contains(path), message)
        XCTAssertTrue(message.contains(kind), message)
      }
    }
  }

  func testDecimalFormatting() {
    XCTAssertEqual(ComplaintModel.decimal(0.5), "0.5")
    XCTAssertEqual(ComplaintModel.decimal(-0.03125), "-0.0313")
    XCTAssertEqual(ComplaintModel.decimal(2), "2")
    XCTAssertEqual(ComplaintModel.decimal(-0.00001), "0")
    XCTAssertEqual(ComplaintModel.formatSigned(-0.404), "-0.40")
  }

  func testTermSpellingMatchesScannerHash() {
    let text = "Can’t BELIEVE it's 24hrs #StillWaiting café"
    var copy = text
    copy.withUTF8 { bytes in
      struct Collect: ComplaintTermVisitor {
        var seen: [(UInt64, ComplaintTermSpan)] = []
        mutating func visit(hash: UInt64, weight: Float, span: ComplaintTermSpan) { seen.append((hash, span)) }
      }
      var scanner = ComplaintFeatureScanner(table: ComplaintFeatureTable(weights: [:]), visitor: Collect())
      _ = scanner.scan(bytes)
      let terms = scanner.visitor.seen.map { ComplaintTrainer.spell($0.1, bytes) }
      XCTAssertTrue(terms.contains("cant believe"))
      XCTAssertTrue(terms.contains("00hrs"))
      XCTAssertTrue(terms.contains("stillwaiting"))
      XCTAssertTrue(terms.contains("café"))
      for (hash, span) in scanner.visitor.seen {
        XCTAssertEqual(ComplaintTermHash.term(ComplaintTrainer.spell(span, bytes)), hash)
      }
    }
  }
}
