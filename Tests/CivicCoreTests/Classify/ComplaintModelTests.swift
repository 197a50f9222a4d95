import CivicTestSupport
import Foundation
import XCTest

@testable import CivicCore

final class ComplaintModelTests: XCTestCase {
  private func temporaryPath(_ name: String) throws -> String {
    try makeTemporaryFolder(prefix: "civicpulse-model").appendingPathComponent(name).path
  }

  private static let toy = ToyComplaints.examples

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

  func testOneClassTrainingSetIsNamedWithItsCounts() {
    let complaints = (0..<3).map { LabelledText(text: "bins not collected \($0)", complaint: true) }
    XCTAssertEqual(
      ComplaintTrainer.oneClassProblem(complaints),
      "3 complaints and 0 other texts: training needs examples of both classes")
    XCTAssertEqual(
      ComplaintTrainer.oneClassProblem([LabelledText(text: "thanks", complaint: false)]),
      "0 complaints and 1 other text: training needs examples of both classes")
    XCTAssertNil(ComplaintTrainer.oneClassProblem(complaints + [LabelledText(text: "thanks", complaint: false)]))
  }

  func testInnerCrossValidationChoosesL2FromTrainingTextsOnly() {
    let choices = [0.3, 1e-4]
    let model = ComplaintTrainer(iterations: 200, l2Choices: choices).train(Self.toy)
    XCTAssertEqual(model.training["inner_folds"], 3)
    for choice in choices { XCTAssertNotNil(model.training["inner_loss_l2_\(choice)"], "\(model.training)") }
    let strong = model.training["inner_loss_l2_0.3"] ?? 0
    let weak = model.training["inner_loss_l2_0.0001"] ?? 0
    XCTAssertLessThan(weak, strong, "clean, separable texts: the weak penalty predicts held-out texts better")
    XCTAssertEqual(model.training["l2"], 1e-4)
    let again = ComplaintTrainer(iterations: 200, l2Choices: choices).train(Self.toy)
    XCTAssertEqual(model.jsonText(), again.jsonText(), "deterministic")
    let fixed = ComplaintTrainer(iterations: 200, l2Choices: [0.3], tuneThreshold: false).train(Self.toy)
    XCTAssertEqual(fixed.training["l2"], 0.3)
    XCTAssertNil(fixed.training["inner_folds"])
    XCTAssertEqual(fixed.threshold, 0.5)
    XCTAssertEqual(model.threshold, 0.5)
    let tuned = ComplaintTrainer(iterations: 200, l2Choices: choices, tuneThreshold: true).train(Self.toy)
    XCTAssertTrue((0.3...0.7).contains(tuned.threshold))
    XCTAssertEqual(tuned.training["inner_macro_f1"], 1, "the toy texts are separable")
  }

  func testLogCountRatiosFollowTheNaiveBayesFormula() {
    let trainer = ComplaintTrainer(nbSmoothing: 1)
    func document(_ indices: [Int32], complaint: Bool) -> ComplaintTrainer.Sparse {
      ComplaintTrainer.Sparse(
        indices: indices, values: indices.map { _ in 3 }, cues: 0, label: complaint ? 1 : 0, weight: 1)
    }
    // Term 0 in both complaints, term 1 in one text of each class, term 2 in both other texts; counts of 3 are
    // taken as presence. Smoothed presence: complaints (3, 2, 1), total 6; others (1, 2, 3), total 6.
    let ratios = trainer.logCountRatios(
      [
        document([0, 1], complaint: true), document([0], complaint: true), document([1, 2], complaint: false),
        document([2], complaint: false),
      ], termCount: 3)
    XCTAssertEqual(ratios.count, 3)
    XCTAssertEqual(ratios[0], log(3.0), accuracy: 1e-12)
    XCTAssertEqual(ratios[1], 0, accuracy: 1e-12)
    XCTAssertEqual(ratios[2], -log(3.0), accuracy: 1e-12)
  }

  func testNBWeightingFoldsTheRatioIntoEachTermWeight() {
    // Made-up words that fire no cue; every term has a log-count ratio of +-log 4 (smoothed presence 4 against 1
    // in classes of equal totals). Scaling every feature by c = log 4 with penalty l2 is then the same problem as
    // plain logistic regression with penalty l2 / c^2, so once both have converged the saved NB weights (the fitted
    // weights times the ratio) must equal the plain ones. Without the ratio folded in they would be c times too
    // small.
    var examples: [LabelledText] = []
    for _ in 0..<3 {
      examples.append(LabelledText(text: "zorp, blick", complaint: true))
      examples.append(LabelledText(text: "fomp, quib", complaint: false))
    }
    let c = log(4.0)
    let nb = ComplaintTrainer(
      iterations: 4000, prune: 0, noisyCopies: 0, l2Choices: [0.02], nbWeighting: true, binary: true,
      averagePlain: false
    ).train(examples)
    let plain = ComplaintTrainer(
      iterations: 4000, prune: 0, noisyCopies: 0, l2Choices: [0.02 / (c * c)], nbWeighting: false, binary: true
    ).train(examples)
    XCTAssertEqual(nb.training["nb_weighting"], 1)
    XCTAssertEqual(plain.training["nb_weighting"], 0)
    XCTAssertEqual(Set(nb.termWeights.keys), ["zorp", "blick", "fomp", "quib"])
    for (term, weight) in plain.termWeights {
      XCTAssertEqual(nb.termWeights[term] ?? 0, weight, accuracy: 0.01 * abs(weight), term)
    }
    XCTAssertGreaterThan(nb.termWeights["zorp"] ?? 0, 0.5)
    XCTAssertLessThan(nb.termWeights["quib"] ?? 0, -0.5)
    XCTAssertNil(nb.training["average_plain"])
  }

  func testDefaultLearnerAveragesTheNBAndPlainFits() {
    // The default learner is the mean of the NB-weighted fit and a plain fit on the same 0/1 features and L2: every
    // term weight, cue weight and the bias. Rounding to four decimals happens after averaging, hence the tolerance.
    var examples: [LabelledText] = []
    for i in 0..<4 {
      examples.append(LabelledText(text: "zorp blick still \(i % 2 == 0 ? "wub" : "")", complaint: true))
      examples.append(LabelledText(text: "fomp quib thanks blick", complaint: false))
    }
    func trainer(nb: Bool, average: Bool) -> ComplaintTrainer {
      ComplaintTrainer(
        iterations: 300, prune: 0, noisyCopies: 0, l2Choices: [0.01], nbWeighting: nb, binary: true,
        averagePlain: average)
    }
    let averaged = trainer(nb: true, average: true).train(examples)
    let nb = trainer(nb: true, average: false).train(examples)
    let plain = trainer(nb: false, average: false).train(examples)
    XCTAssertEqual(averaged.training["average_plain"], 1)
    XCTAssertEqual(
      ComplaintTrainer(iterations: 300, prune: 0, noisyCopies: 0, l2Choices: [0.01]).train(examples).jsonText(),
      averaged.jsonText(), "the averaged NB and plain fit on 0/1 features is the default; training is deterministic")
    XCTAssertEqual(Set(averaged.termWeights.keys), Set(nb.termWeights.keys).union(plain.termWeights.keys))
    XCTAssertNotEqual(nb.termWeights["zorp"], plain.termWeights["zorp"], "the two fits differ")
    for (term, weight) in averaged.termWeights {
      XCTAssertEqual(weight, ((nb.termWeights[term] ?? 0) + (plain.termWeights[term] ?? 0)) / 2, accuracy: 2e-4, term)
    }
    for (cue, weight) in averaged.cueWeights.enumerated() {
      XCTAssertEqual(weight, (nb.cueWeights[cue] + plain.cueWeights[cue]) / 2, accuracy: 2e-4, "cue \(cue)")
    }
    XCTAssertEqual(averaged.bias, (nb.bias + plain.bias) / 2, accuracy: 2e-4)
    XCTAssertEqual(
      trainer(nb: false, average: true).train(examples).jsonText(), plain.jsonText(),
      "averaging only applies to the NB-weighted learner")
  }

  func testNBInterpolationMixesTheMeanWeightBeforeTheRatio() {
    // Wang and Manning's interpolation: w' = (1 - beta) * mean|w| + beta * w, then times the term's ratio r. With
    // beta 0 every saved weight is mean|w| * r, so the weights of two terms are in the ratio of their r: "zorp" is
    // in all complaints and no other text, "fomp" the other way round (r = +-log 4 in classes of equal totals),
    // "blick" in every text (r = 0, weight 0).
    var examples: [LabelledText] = []
    for _ in 0..<3 {
      examples.append(LabelledText(text: "zorp blick", complaint: true))
      examples.append(LabelledText(text: "fomp blick", complaint: false))
    }
    func train(_ beta: Double) -> ComplaintModel {
      ComplaintTrainer(
        iterations: 300, prune: 0, noisyCopies: 0, l2Choices: [0.01], nbInterpolation: beta, averagePlain: false
      ).train(examples)
    }
    let naive = train(0)
    let fitted = train(1)
    XCTAssertEqual(naive.training["nb_interpolation"], 0)
    XCTAssertNil(fitted.training["nb_interpolation"])
    let zorp = naive.termWeights["zorp"] ?? 0
    XCTAssertGreaterThan(zorp, 0)
    XCTAssertEqual(naive.termWeights["fomp"] ?? 0, -zorp, accuracy: 2e-4, "ratios +-log 4: equal and opposite")
    XCTAssertNil(naive.termWeights["blick"], "a ratio of 0 gives a weight of 0, which is not kept")
    XCTAssertEqual(naive.cueWeights, fitted.cueWeights, "cue weights are not interpolated")
    let quarter = train(0.25)
    XCTAssertEqual(
      quarter.termWeights["zorp"] ?? 0, 0.75 * zorp + 0.25 * (fitted.termWeights["zorp"] ?? 0), accuracy: 2e-4)
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

  func testWhyNamesTheBaselineWhenNoTermPushesTowardTheDecision() {
    let leaning = ComplaintModel(bias: -1, threshold: 0.5, cueWeights: [:], termWeights: ["bin": 0.3, "missed": 0.4])
    let missed = leaning.score(text: "bin missed")
    XCTAssertFalse(missed.complaint, "0.7 of complaint words does not cross a baseline of -1")
    XCTAssertEqual(missed.why, ["baseline (-1.00)"])
    XCTAssertEqual(leaning.score(text: "bin missed, missed, missed").why.first, "missed (+1.20)")
    let stricter = ComplaintModel(bias: -1, threshold: 0.6, cueWeights: [:], termWeights: ["bin": 0.3])
    XCTAssertEqual(stricter.score(text: "bin").why, ["baseline (-1.41)"], "-1 - logit(0.6)")
    let eager = ComplaintModel(bias: 1, threshold: 0.5, cueWeights: [:], termWeights: ["thanks": -0.3])
    let thanks = eager.score(text: "thanks")
    XCTAssertTrue(thanks.complaint)
    XCTAssertEqual(thanks.why, ["baseline (+1.00)"])
    XCTAssertEqual(eager.score(text: "thanks thanks thanks thanks").why, ["thanks (-1.20)"])
  }

  func testRepeatedTermContributionsAreSummed() {
    let model = ComplaintModel(bias: 0, threshold: 0.5, cueWeights: [:], termWeights: ["late": 0.5, "bus": 0.2])
    let result = model.score(text: "late, late, LATE bus")
    XCTAssertEqual(result.why.first, "late (+1.50)")
  }

  func testSaveLoadRoundTrip() throws {
    let model = ComplaintTrainer(iterations: 50).train(Self.toy)
    let path = try temporaryPath("model.json")
    try ExportFile.write(model.jsonText(), to: path)
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
    let missing = try temporaryPath("nowhere.json")
    XCTAssertThrowsError(try ComplaintModel.load(path: missing)) { error in
      XCTAssertEqual(error as? ComplaintModelError, .missing(path: missing))
      XCTAssertTrue("\(error)".contains(missing))
    }
    let current = ComplaintModel.formatVersion
    let cases: [(String, String, String)] = [
      ("old.json", "{\"format\": \"civicpulse-complaint-model\", \"version\": 1}", "version 1"),
      ("corrupt.json", "{\"format\": \"civicpulse-complaint-model\", \"vers", "corrupt"),
      ("empty.json", "", "corrupt"),
      ("other.json", "{\"format\": \"something-else\", \"version\": 1}", "incompatible"),
      ("future.json", "{\"format\": \"civicpulse-complaint-model\", \"version\": 99}", "incompatible"),
      (
        "nocues.json",
        "{\"format\": \"civicpulse-complaint-model\", \"version\": \(current), \"threshold\": 0.5, \"bias\": 0}",
        "corrupt"
      ),
      (
        "cue.json",
        "{\"format\": \"civicpulse-complaint-model\", \"version\": \(current), \"threshold\": 0.5, \"bias\": 0, "
          + "\"cues\": {\"telepathy\": 1}, \"terms\": {}}",
        "incompatible"
      ),
      (
        "threshold.json",
        "{\"format\": \"civicpulse-complaint-model\", \"version\": \(current), \"threshold\": 7, \"bias\": 0, "
          + "\"cues\": {}, \"terms\": {}}",
        "corrupt"
      ),
    ]
    for (name, content, kind) in cases {
      let path = try temporaryPath(name)
      try Data(content.utf8).write(to: URL(fileURLWithPath: path))
      XCTAssertThrowsError(try ComplaintModel.load(path: path), name) { error in
        let message = "\(error)"
        XCTAssertTrue(message.contains(path), message)
        XCTAssertTrue(message.contains(kind), message)
      }
    }
  }

  func testAPipeOrADeviceIsNamedAsNotARegularFile() throws {
    // Foundation said "You don't have permission" for /dev/zero and for a named pipe.
    let fifo = try temporaryPath("model.fifo")
    XCTAssertEqual(mkfifo(fifo, 0o600), 0)
    for path in [fifo, "/dev/zero"] {
      XCTAssertThrowsError(try ComplaintModel.load(path: path), path) { error in
        XCTAssertEqual(
          error as? ComplaintModelError,
          .unreadable(path: path, reason: "it is not a regular file (a pipe or a device)"))
      }
    }
  }

  func testDecimalFormatting() {
    XCTAssertEqual(ComplaintModel.decimal(0.5), "0.5")
    XCTAssertEqual(ComplaintModel.decimal(-0.03125), "-0.0313")
    XCTAssertEqual(ComplaintModel.decimal(2), "2")
    XCTAssertEqual(ComplaintModel.decimal(-0.00001), "0")
    // `why` writes weights rounded to hundredths with their sign.
    let model = ComplaintModel(
      bias: 0, threshold: 0.5, cueWeights: [:], termWeights: ["late": -0.404, "again": 12.345, "bins": 0.005])
    XCTAssertEqual(model.score(text: "late").why, ["late (-0.40)"])
    XCTAssertEqual(model.score(text: "again").why, ["again (+12.35)"])
    XCTAssertEqual(model.score(text: "bins again").why.first, "again (+12.35)")
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
