import Foundation
import XCTest

@testable import CivicCore

/// The inner cross-validation's threshold choice and the averaging of the inner folds' fits.
final class ComplaintInnerValidationTests: XCTestCase {
  private static let toy = ToyComplaints.examples

  func testThresholdGridRunsFrom030To070By001NearestHalfFirst() {
    let choices = ComplaintTrainer.thresholdChoices
    XCTAssertEqual(choices.count, 41)
    XCTAssertEqual(Array(choices.prefix(5)), [0.5, 0.49, 0.51, 0.48, 0.52])
    XCTAssertEqual(choices.sorted(), (30...70).map { Double($0) / 100 })
  }

  func testBestThresholdMaximisesMacroF1AndBreaksTiesTowardHalf() {
    // Complaints at 0.62, 0.64 and 0.66, other texts at 0.2, 0.4 and 0.6. Any threshold in (0.60, 0.62] separates
    // them (macro-F1 1): 0.61 and 0.62 do; 0.61 is nearer 0.5. At 0.5 the text at 0.6 is a false complaint.
    let held: [(Double, Bool)] = [(0.62, true), (0.64, true), (0.66, true), (0.2, false), (0.4, false), (0.6, false)]
    let best = ComplaintTrainer.bestThreshold(held)
    XCTAssertEqual(best.threshold, 0.61)
    XCTAssertEqual(best.macroF1, 1)
    // Every threshold from 0.41 to 0.59 gives the same decisions: the tie goes to 0.5.
    let wide: [(Double, Bool)] = [(0.9, true), (0.8, true), (0.6, true), (0.4, false), (0.3, false), (0.1, false)]
    XCTAssertEqual(ComplaintTrainer.bestThreshold(wide).threshold, 0.5)
    // Scores that cannot be separated: the best macro-F1 is below 1, and no other threshold of the grid beats it.
    let mixed: [(Double, Bool)] = [(0.35, true), (0.45, false), (0.55, true), (0.65, false), (0.68, true)]
    let chosen = ComplaintTrainer.bestThreshold(mixed)
    XCTAssertLessThan(chosen.macroF1, 1)
    for candidate in ComplaintTrainer.thresholdChoices {
      var confusion = BinaryConfusion()
      for (score, complaint) in mixed { confusion.add(predicted: score >= candidate, actual: complaint) }
      XCTAssertLessThanOrEqual(confusion.macroF1, chosen.macroF1, "threshold \(candidate)")
    }
  }

  func testTunedThresholdOnSeparableTextsStaysAtHalf() {
    let tuned = ComplaintTrainer(iterations: 200, l2Choices: [0.3, 1e-4], tuneThreshold: true).train(Self.toy)
    XCTAssertEqual(tuned.training["inner_macro_f1"], 1, "the toy texts are separable")
    XCTAssertEqual(tuned.threshold, 0.5, "every threshold of the grid separates them: the tie goes to 0.5")
  }

  func testAverageIsTheMeanOfTheModelsWithMissingTermsAsZeroThenPruned() {
    let first = ComplaintModel(
      bias: 1, threshold: 0.5, cueWeights: [.again: 0.4], termWeights: ["bin": 0.8, "late": 0.05, "park": -0.6])
    let second = ComplaintModel(
      bias: -0.5, threshold: 0.5, cueWeights: [.again: 0.2, .still: 0.6], termWeights: ["bin": 0.4, "park": -0.2])
    let trainer = ComplaintTrainer(prune: 0.03, threshold: 0.57)
    let mean = trainer.average([first, second], training: ["documents": 9])
    // "late": 0.05 / 2 = 0.025 is below the pruning of 0.03, so it is dropped.
    XCTAssertEqual(mean.termWeights, ["bin": 0.6, "park": -0.4])
    XCTAssertEqual(mean.bias, 0.25, accuracy: 1e-12)
    XCTAssertEqual(mean.weight(of: .again), 0.3, accuracy: 1e-12)
    XCTAssertEqual(mean.weight(of: .still), 0.3, accuracy: 1e-12)
    XCTAssertEqual(mean.threshold, 0.57)
    XCTAssertEqual(mean.training["inner_average"], 2)
    XCTAssertEqual(mean.training["terms_kept"], 2)
    XCTAssertEqual(mean.training["documents"], 9)
  }

  func testInnerAverageMixesTheFinalFitWithTheInnerFits() {
    let single = ComplaintTrainer(iterations: 200, l2Choices: [0.001]).train(Self.toy)
    let averaged = ComplaintTrainer(iterations: 200, l2Choices: [0.001], innerAverage: true).train(Self.toy)
    XCTAssertNil(single.training["inner_average"], "one L2 and no tuning: no inner cross-validation")
    XCTAssertEqual(averaged.training["inner_average"], 4, "the final fit and the three inner folds' fits")
    XCTAssertEqual(averaged.training["inner_folds"], 3)
    XCTAssertNotEqual(averaged.termWeights, single.termWeights)
    for example in Self.toy {
      XCTAssertEqual(averaged.score(text: example.text).complaint, example.complaint, example.text)
    }
    let again = ComplaintTrainer(iterations: 200, l2Choices: [0.001], innerAverage: true).train(Self.toy)
    XCTAssertEqual(averaged.jsonText(), again.jsonText(), "deterministic")
  }
}
