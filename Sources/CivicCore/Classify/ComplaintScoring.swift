/// Scores post text as a complaint. Implemented by the complaint model; `PostClassifier` calls it per post.
public protocol ComplaintScoring: Sendable {
  func score(text: String) -> ComplaintScore
}

/// The result of scoring one post.
public struct ComplaintScore: Sendable {
  /// Probability-like score in 0...1.
  public var score: Double
  /// Whether the score reaches the model's threshold.
  public var complaint: Bool
  /// Terms that pushed the decision most, strongest first.
  public var why: [String]

  public init(score: Double, complaint: Bool, why: [String]) {
    self.score = score
    self.complaint = complaint
    self.why = why
  }
}
