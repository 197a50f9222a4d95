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
}

extension ComplaintTrainer {
  /// The L2 strengths tried by default, strongest first.
  public static let defaultL2Choices: [Double] = [1e-2, 5e-3, 3e-3, 2e-3, 1e-3, 7e-4, 5e-4, 3e-4, 1e-4]

  /// Thresholds tried when `tuneThreshold` is set, in order of preference for ties (nearest 0.5 first).
  static let thresholdChoices: [Double] = {
    let steps = (0...16).map { 0.3 + Double($0) * 0.025 }
    return steps.sorted { abs($0 - 0.5) < abs($1 - 0.5) || (abs($0 - 0.5) == abs($1 - 0.5) && $0 < $1) }
  }()

  /// Runs the inner cross-validation on `examples` (the training texts only). Deterministic.
  func innerValidation(_ examples: [LabelledText]) -> ComplaintInnerValidation {
    var fixed = self
    fixed.l2Choices = []
    fixed.tuneThreshold = false
    let assignment = ComplaintEvaluator.folds(for: examples, count: innerFolds, seed: 0x1AAE_F01D)
    let candidates = l2Choices.isEmpty ? [l2] : l2Choices
    var losses: [Double: Double] = [:]
    var best: (l2: Double, loss: Double, held: [(Double, Bool)])?
    for candidate in candidates {
      fixed.l2 = candidate
      var held: [(Double, Bool)] = []
      held.reserveCapacity(examples.count)
      for fold in 0..<innerFolds {
        let training = examples.indices.filter { assignment[$0] != fold }.map { examples[$0] }
        let model = fixed.trainFixed(training, inner: nil)
        for index in examples.indices where assignment[index] == fold {
          held.append((model.probability(text: examples[index].text), examples[index].complaint))
        }
      }
      let loss = weightedLogLoss(held)
      losses[candidate] = loss
      if loss < best?.loss ?? .infinity { best = (candidate, loss, held) }
    }
    let held = best?.held ?? []
    var chosen = (threshold: threshold, macroF1: Self.macroF1(held, threshold: threshold))
    if tuneThreshold {
      for candidate in Self.thresholdChoices {
        let score = Self.macroF1(held, threshold: candidate)
        if score > chosen.macroF1 { chosen = (candidate, score) }
      }
    }
    return ComplaintInnerValidation(
      losses: losses, l2: best?.l2 ?? l2, threshold: Self.round(chosen.threshold), macroF1: chosen.macroF1)
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
