import Foundation
import XCTest

@testable import CivicCore

/// The built-in model: its compiled-in copy, its file and its corpus must agree byte for byte.
final class BuiltinModelTests: XCTestCase {
  private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  private func read(_ relative: String) throws -> Data {
    let url = Self.root.appendingPathComponent(relative)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw XCTSkip("\(relative) not found beside the package (\(url.path))")
    }
    return data
  }

  func testCompiledInCopyEqualsModelFile() throws {
    let file = try read("models/builtin.json")
    XCTAssertEqual(BuiltinModel.json, String(decoding: file, as: UTF8.self))
    XCTAssertEqual(ComplaintModel.builtIn.source, "built-in")
    let source = try read("Sources/CivicCore/Classify/BuiltinModel.swift")
    XCTAssertEqual(
      BuiltinModelSource.swiftSource(json: String(decoding: file, as: UTF8.self)),
      String(decoding: source, as: UTF8.self),
      "BuiltinModel.swift is what `train --emit-swift` writes")
    XCTAssertGreaterThan(ComplaintModel.builtIn.termWeights.count, 500)
  }

  func testRetrainingFromCorpusReproducesModelByteForByte() throws {
    let corpus = try read("corpus/complaints-corpus.csv")
    let committed = try read("models/builtin.json")
    let result = LabelledCSV.examples([UInt8](corpus), textColumn: 0, labelColumn: 1)
    XCTAssertEqual(result.bad, [])
    XCTAssertGreaterThan(result.examples.count, 3000)
    // The rebuild command passes `--l2 0.0005 --prune 0.05 --no-nb --no-binary --noisy-copies 2 --stem-letters 6
    // --prior-terms corpus/borrowed-words.csv --prior-scale 0.2`
    // (inner cross-validation is not used on the corpus: its template-made texts have near-copies in every fold;
    // plain logistic regression on counts did better than the NB-weighted one on the dev sets; `train`'s default of
    // no noisy copies, sixth round, is for cross-validation on real posts; stems of 6 letters, thirteenth round).
    // Threshold tuning and inner averaging are off by default; they are spelled out here because the rebuild must
    // not use them. The borrowed words (fourteenth round) are the committed file's, at scale 0.2.
    var trainer = ComplaintTrainer(
      prune: 0.05, noisyCopies: 2, l2Choices: [5e-4], tuneThreshold: false, nbWeighting: false, binary: false,
      innerAverage: false, stemLetters: 6)
    trainer.priorTerms = try ComplaintPriorTerms.parse([UInt8](try read("corpus/borrowed-words.csv")))
    trainer.priorScale = 0.2
    let model = trainer.train(result.examples)
    XCTAssertEqual(Data(model.jsonText().utf8), committed, "rebuild with the command in corpus/README.md")
  }

  func testBuiltInModelBehavesSensibly() {
    let model = ComplaintModel.builtIn
    let complaint = model.score(
      text: "@CityCouncil bins STILL not collected after 3 weeks, third time I've reported it 😡")
    XCTAssertTrue(complaint.complaint)
    XCTAssertEqual(complaint.why.count, ComplaintModel.whyCount)
    XCTAssertTrue(complaint.why.allSatisfy { $0.contains("(+") }, "\(complaint.why)")
    let praise = model.score(text: "Thank you to the crew who fixed our street light so quickly, brilliant service")
    XCTAssertFalse(praise.complaint)
    XCTAssertTrue(praise.why.allSatisfy { $0.contains("(-") }, "\(praise.why)")
  }

  /// The mission's headline examples (eleventh round): a repeated failure counted in weeks, curt fragments, and
  /// their look-alikes.
  func testBuiltInModelOnTheMissionsExamples() {
    let model = ComplaintModel.builtIn
    for text in [
      "Bins not collected again on Elm Road, third week running", "bins missed", "Bins not collected",
      "bins not collected for three weeks", "The 38 bus didn't turn up. Again.",
    ] {
      XCTAssertTrue(model.score(text: text).complaint, text)
    }
    let repeated = model.score(text: "Bins not collected again on Elm Road, third week running")
    XCTAssertTrue(repeated.why.contains { $0.hasPrefix("repeated: third week") }, "\(repeated.why)")
    for text in [
      "third week of the bake off and I'm hooked", "missed the bus lol my fault",
      "bin collections delayed by one day this week due to the bank holiday",
    ] {
      XCTAssertFalse(model.score(text: text).complaint, text)
    }
  }
}
