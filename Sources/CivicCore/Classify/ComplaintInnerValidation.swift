import Foundation

/// What an inner cross-validation on a trainer's own training texts found: the L2 strength with the lowest held-out
/// log-loss, and the decision threshold with the best held-out macro-F1 for it.
struct ComplaintInnerValidation {
  /// Class-weighted held-out log-loss of each L2 candidate, summed over the inner folds.
  var losses: [Double: Double]
  var l2: Double
  var threshold: Double
  /// Held-out macro-F1 at `threshold`.
  var macroF1: Double
  /// The inner folds' models at `l2` (each trained on all but one inner fold), for `innerAverage`.
  var models: [ComplaintModel]
}

extension ComplaintTrainer {
  /// The L2 strengths tried by default, strongest first.
  public static let defaultL2Choices: [Double] = [1e-2, 5e-3, 3e-3, 2e-3, 1e-3, 7e-4, 5e-4, 3e-4, 1e-4]

  /// Thresholds tried when `tuneThreshold` is set, 0.30 to 0.70 in steps of 0.01, in order of preference for ties
  /// (nearest 0.5 first, then the lower one).
  static let thresholdChoices: [Double] = {
    // 50, 49, 51, 48, 52, ...: by distance from 50, the lower first.
    let hundredths: [Int] = [50] + (1...20).flatMap { (step: Int) -> [Int] in [50 - step, 50 + step] }
    return hundredths.map { Double($0) / 100 }
  }()

  /// Runs the inner cross-validation on `examples` (the training texts only). Deterministic.
  func innerValidation(_ examples: [LabelledText]) -> ComplaintInnerValidation {
    var fixed = self
    fixed.l2Choices = []
    fixed.tuneThreshold = false
    let assignment = ComplaintEvaluator.folds(for: examples, count: innerFolds, seed: 0x1AAE_F01D)
    let candidates = l2Choices.isEmpty ? [l2] : l2Choices
    var losses: [Double: Double] = [:]
    var best: (l2: Double, loss: Double, held: [(Double, Bool)], models: [ComplaintModel])?
    for candidate in candidates {
      fixed.l2 = candidate
      var held: [(Double, Bool)] = []
      var models: [ComplaintModel] = []
      held.reserveCapacity(examples.count)
      for fold in 0..<innerFolds {
        let training = examples.indices.filter { assignment[$0] != fold }.map { examples[$0] }
        let model = fixed.trainFixed(training, inner: nil)
        models.append(model)
        for index in examples.indices where assignment[index] == fold {
          held.append((model.probability(text: examples[index].text), examples[index].complaint))
        }
      }
      let loss = weightedLogLoss(held)
      losses[candidate] = loss
      if loss < best?.loss ?? .infinity { best = (candidate, loss, held, models) }
    }
    let held = best?.held ?? []
    let chosen =
      tuneThreshold
      ? Self.bestThreshold(held) : (threshold: threshold, macroF1: Self.macroF1(held, threshold: threshold))
    return ComplaintInnerValidation(
      losses: losses, l2: best?.l2 ?? l2, threshold: Self.round(chosen.threshold), macroF1: chosen.macroF1,
      models: best?.models ?? [])
  }

  /// The threshold of `thresholdChoices` with the highest macro-F1 on held-out `(probability, complaint)` pairs;
  /// of equal ones, the first in `thresholdChoices` (nearest 0.5).
  static func bestThreshold(_ held: [(Double, Bool)]) -> (threshold: Double, macroF1: Double) {
    var best = (threshold: 0.5, macroF1: -1.0)
    for candidate in thresholdChoices {
      let score = macroF1(held, threshold: candidate)
      if score > best.macroF1 { best = (candidate, score) }
    }
    return best
  }

  private static func macroF1(_ held: [(Double, Bool)], threshold: Double) -> Double {
    var confusion = BinaryConfusion()
    for (probability, complaint) in held { confusion.add(predicted: probability >= threshold, actual: complaint) }
    return confusion.macroF1
  }

  /// Sum of the log-losses of held-out probabilities, each class weighted as a whole like in training (so that the
  /// L2 chosen suits both classes).
  private func weightedLogLoss(_ held: [(Double, Bool)]) -> Double {
    let complaints = held.filter(\.1).count
    var loss = 0.0
    for (probability, complaint) in held {
      let p = min(max(probability, 1e-9), 1 - 1e-9)
      let size = complaint ? complaints : held.count - complaints
      let weight = balanced ? Double(held.count) / Double(2 * max(size, 1)) : 1
      loss -= weight * (complaint ? log(p) : log(1 - p))
    }
    return loss
  }
}
