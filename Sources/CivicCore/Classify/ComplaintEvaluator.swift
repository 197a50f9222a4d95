/// Evaluation of complaint models on labelled texts.
public enum ComplaintEvaluator {
  /// Scores every example with the model and counts its decisions.
  public static func evaluate(_ model: some ComplaintScoring, on examples: [LabelledText]) -> BinaryConfusion {
    var confusion = BinaryConfusion()
    for example in examples {
      confusion.add(predicted: model.score(text: example.text).complaint, actual: example.complaint)
    }
    return confusion
  }

  /// The threshold-free measures (ROC AUC, log-loss) of the model's scores on the examples.
  public static func ranking(_ model: some ComplaintScoring, on examples: [LabelledText]) -> ComplaintRanking {
    ComplaintRanking(
      scores: examples.map { (model.score(text: $0.text, explain: false).score, $0.complaint) })
  }

  /// The fold (0..<folds) of each example: stratified (each class dealt round-robin in a fixed shuffled order),
  /// deterministic for a given example count, labels and seed.
  public static func folds(for examples: [LabelledText], count folds: Int, seed: UInt64 = 0x5EED) -> [Int] {
    var assignment = [Int](repeating: 0, count: examples.count)
    guard folds > 1 else { return assignment }
    var generator = ComplaintRandom(seed: seed)
    for label in [true, false] {
      var members = examples.indices.filter { examples[$0].complaint == label }
      if members.count > 1 {
        for i in stride(from: members.count - 1, to: 0, by: -1) {
          let j = Int(generator.next() % UInt64(i + 1))
          members.swapAt(i, j)
        }
      }
      for (position, index) in members.enumerated() { assignment[index] = position % folds }
    }
    return assignment
  }

  /// K-fold cross-validation of `trainer` on the examples: trains on K-1 folds, scores the held-out fold, and
  /// sums the decisions over all folds. `trained` sees each fold's model (to report its settings).
  public static func crossValidate(
    _ examples: [LabelledText], folds: Int, trainer: ComplaintTrainer,
    trained: (_ fold: Int, _ model: ComplaintModel) -> Void = { _, _ in }
  ) -> BinaryConfusion {
    crossValidation(examples, folds: folds, trainer: trainer, trained: trained).confusion
  }

  /// `crossValidate` with the threshold-free measures too: ROC AUC and log-loss of the held-out scores pooled over
  /// the folds (each example scored once, by the model that did not see it).
  public static func crossValidation(
    _ examples: [LabelledText], folds: Int, trainer: ComplaintTrainer,
    trained: (_ fold: Int, _ model: ComplaintModel) -> Void = { _, _ in }
  ) -> (confusion: BinaryConfusion, ranking: ComplaintRanking) {
    let assignment = Self.folds(for: examples, count: folds)
    var confusion = BinaryConfusion()
    var scores: [(score: Double, complaint: Bool)] = []
    scores.reserveCapacity(examples.count)
    for fold in 0..<max(folds, 1) {
      let training = examples.indices.filter { assignment[$0] != fold }.map { examples[$0] }
      let held = examples.indices.filter { assignment[$0] == fold }.map { examples[$0] }
      let model = trainer.train(training)
      trained(fold, model)
      for example in held {
        let result = model.score(text: example.text, explain: false)
        confusion.add(predicted: result.complaint, actual: example.complaint)
        scores.append((result.score, example.complaint))
      }
    }
    return (confusion, ComplaintRanking(scores: scores))
  }
}

/// ComplaintRandom: a tiny deterministic generator for reproducible shuffles.
struct ComplaintRandom {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
