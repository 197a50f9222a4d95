import Foundation

/// The part of a `ComplaintModel` that computes a score without an explanation: the feature table, the cue
/// weights and the intercept. Small on purpose: copying it (as `PostClassifier.classify` does per post) costs
/// one reference count, where copying the whole model would retain its term dictionary, arrays and strings.
struct ComplaintLinearScorer: Sendable {
  let table: ComplaintFeatureTable
  /// Weight of each cue, indexed by `ComplaintCue.rawValue`.
  let cueVector: SIMD32<Float>
  let bias: Double
  let threshold: Double

  /// The score of UTF-8 bytes.
  func probability(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Double {
    var scanner = ComplaintFeatureScanner(table: table, visitor: ComplaintSumVisitor())
    let cues = scanner.scan(bytes)
    var sum = scanner.visitor.sum
    var mask = cues.mask
    while mask != 0 {
      sum += cueVector[mask.trailingZeroBitCount]
      mask &= mask - 1
    }
    return Self.sigmoid(Double(sum) + bias)
  }

  static func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
}
