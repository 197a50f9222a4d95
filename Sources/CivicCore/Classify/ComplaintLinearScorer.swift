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

  /// The score of UTF-8 bytes; `letterWords` are the letter-only words `ServiceRouter` found in them, if known.
  func probability(
    utf8 bytes: UnsafeBufferPointer<UInt8>,
    letterWords: UnsafeBufferPointer<LetterWord> = UnsafeBufferPointer(start: nil, count: 0)
  ) -> Double {
    // `self` holds the table for the whole call.
    var scanner = ComplaintFeatureScanner(borrowing: table, visitor: ComplaintSumVisitor(), letterWords: letterWords)
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
