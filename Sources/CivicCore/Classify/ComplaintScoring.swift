/// Anything that can score a post's text as a complaint (the built-in or a trained `ComplaintModel`).
public protocol ComplaintScoring: Sendable {
  func score(text: String) -> ComplaintScore
}

/// The result of scoring one text.
public struct ComplaintScore: Sendable {
  /// Probability-like score in 0...1.
  public var score: Double
  /// Whether the score reached the model's threshold.
  public var complaint: Bool
  /// The terms and cues that pushed the decision most, strongest first (e.g. "still waiting (+1.20)").
  public var why: [String]

  public init(score: Double, complaint: Bool, why: [String]) {
    self.score = score
    self.complaint = complaint
    self.why = why
  }
}
