import XCTest

@testable import CivicCore

final class ComplaintEvaluationTests: XCTestCase {
  func testMetricsOnHandComputedConfusionMatrix() {
    // TP 6, FP 2, TN 10, FN 2: precision 6/8, recall 6/8, F1 0.75; negative class precision 10/12, recall 10/12.
    let confusion = BinaryConfusion(truePositives: 6, falsePositives: 2, trueNegatives: 10, falseNegatives: 2)
    XCTAssertEqual(confusion.total, 20)
    XCTAssertEqual(confusion.accuracy, 0.8, accuracy: 1e-12)
    XCTAssertEqual(confusion.precision, 0.75, accuracy: 1e-12)
    XCTAssertEqual(confusion.recall, 0.75, accuracy: 1e-12)
    XCTAssertEqual(confusion.f1, 0.75, accuracy: 1e-12)
    XCTAssertEqual(confusion.negativeF1, 10.0 / 12.0, accuracy: 1e-12)
    XCTAssertEqual(confusion.macroF1, (0.75 + 10.0 / 12.0) / 2, accuracy: 1e-12)
    // Precision 1/3, recall 1/2: F1 = 2 * (1/6) / (5/6) = 0.4.
    var counted = BinaryConfusion()
    for (predicted, actual) in [(true, true), (true, false), (true, false), (false, true), (false, false)] {
      counted.add(predicted: predicted, actual: actual)
    }
    XCTAssertEqual(counted, BinaryConfusion(truePositives: 1, falsePositives: 2, trueNegatives: 1, falseNegatives: 1))
    XCTAssertEqual(counted.f1, 0.4, accuracy: 1e-12)
    XCTAssertEqual(BinaryConfusion().macroF1, 0)
  }

  func testFoldsAreStratifiedAndDeterministic() {
    let examples = (0..<50).map { LabelledText(text: "t\($0)", complaint: $0 % 5 == 0) }
    let folds = ComplaintEvaluator.folds(for: examples, count: 5)
    XCTAssertEqual(folds, ComplaintEvaluator.folds(for: examples, count: 5))
    for fold in 0..<5 {
      let members = examples.indices.filter { folds[$0] == fold }
      XCTAssertEqual(members.count, 10)
      XCTAssertEqual(members.filter { examples[$0].complaint }.count, 2)
    }
  }

  func testCrossValidationScoresEveryExampleOnce() {
    var examples: [LabelledText] = []
    for i in 0..<20 {
      examples.append(LabelledText(text: "bus late again \(i)", complaint: true))
      examples.append(LabelledText(text: "thanks lovely park \(i)", complaint: false))
    }
    let confusion = ComplaintEvaluator.crossValidate(examples, folds: 4, trainer: ComplaintTrainer(iterations: 100))
    XCTAssertEqual(confusion.total, 40)
    XCTAssertEqual(confusion.accuracy, 1)
  }

  func testCrossValidationPoolsTheHeldOutScoresForAUCAndLogLoss() {
    var examples: [LabelledText] = []
    for i in 0..<12 {
      examples.append(LabelledText(text: "bus late again \(i)", complaint: true))
      examples.append(LabelledText(text: "thanks lovely park \(i)", complaint: false))
    }
    // One complaint relabelled as not: its held-out score ranks above other texts, so the pooled AUC is below 1.
    examples[0].complaint = false
    let trainer = ComplaintTrainer(iterations: 100)
    var models: [ComplaintModel] = []
    let (confusion, ranking) = ComplaintEvaluator.crossValidation(examples, folds: 3, trainer: trainer) {
      models.append($1)
    }
    XCTAssertEqual(confusion, ComplaintEvaluator.crossValidate(examples, folds: 3, trainer: trainer))
    XCTAssertEqual(models.count, 3)
    // The same measures from each example's held-out score, computed here.
    let assignment = ComplaintEvaluator.folds(for: examples, count: 3)
    let scores = examples.indices.map { i in
      (models[assignment[i]].score(text: examples[i].text).score, examples[i].complaint)
    }
    let expected = ComplaintRanking(scores: scores)
    XCTAssertTrue(ranking.hasBothClasses)
    XCTAssertEqual(ranking.auc, expected.auc, accuracy: 1e-12)
    XCTAssertEqual(ranking.logLoss, expected.logLoss, accuracy: 1e-12)
    XCTAssertLessThan(ranking.auc, 1)
    XCTAssertGreaterThan(ranking.auc, 0.5)
  }
}
