/// Counts of a binary classifier's decisions against gold labels, with the usual metrics.
/// The complaint class is the positive class; metrics with an empty denominator are 0.
public struct BinaryConfusion: Sendable, Equatable {
  public var truePositives = 0
  public var falsePositives = 0
  public var trueNegatives = 0
  public var falseNegatives = 0

  public init(truePositives: Int = 0, falsePositives: Int = 0, trueNegatives: Int = 0, falseNegatives: Int = 0) {
    self.truePositives = truePositives
    self.falsePositives = falsePositives
    self.trueNegatives = trueNegatives
    self.falseNegatives = falseNegatives
  }

  /// Counts one decision.
  public mutating func add(predicted: Bool, actual: Bool) {
    switch (predicted, actual) {
    case (true, true): truePositives += 1
    case (true, false): falsePositives += 1
    case (false, false): trueNegatives += 1
    case (false, true): falseNegatives += 1
    }
  }

  public mutating func add(_ other: BinaryConfusion) {
    truePositives += other.truePositives
    falsePositives += other.falsePositives
    trueNegatives += other.trueNegatives
    falseNegatives += other.falseNegatives
  }

  public var total: Int { truePositives + falsePositives + trueNegatives + falseNegatives }

  public var accuracy: Double { Self.ratio(truePositives + trueNegatives, total) }

  /// Precision of the complaint class.
  public var precision: Double { Self.ratio(truePositives, truePositives + falsePositives) }

  /// Recall of the complaint class.
  public var recall: Double { Self.ratio(truePositives, truePositives + falseNegatives) }

  /// F1 of the complaint class.
  public var f1: Double { Self.f1(precision, recall) }

  /// F1 of the non-complaint class.
  public var negativeF1: Double {
    Self.f1(
      Self.ratio(trueNegatives, trueNegatives + falseNegatives),
      Self.ratio(trueNegatives, trueNegatives + falsePositives))
  }

  /// Mean of the two classes' F1.
  public var macroF1: Double { (f1 + negativeF1) / 2 }

  private static func ratio(_ numerator: Int, _ denominator: Int) -> Double {
    denominator == 0 ? 0 : Double(numerator) / Double(denominator)
  }

  private static func f1(_ precision: Double, _ recall: Double) -> Double {
    precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
  }
}
