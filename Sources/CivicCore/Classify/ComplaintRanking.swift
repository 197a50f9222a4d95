import Foundation

/// Threshold-free measures of how well a model's scores separate complaints from other texts: steadier than
/// counts at one threshold when comparing models on a small labelled set.
public struct ComplaintRanking: Sendable, Equatable {
  /// Area under the ROC curve: the chance that a random complaint scores above a random other text (ties count
  /// half). 0.5 when either class is missing (see `hasBothClasses`: then it measures nothing).
  public var auc: Double
  /// False when the scores are all of one class: the AUC is undefined then and should be shown as not available.
  public var hasBothClasses: Bool
  /// Mean log-loss of the scores (each clamped to 1e-9...1 - 1e-9); 0 for no texts.
  public var logLoss: Double

  /// Measures `(score, complaint)` pairs.
  public init(scores: [(score: Double, complaint: Bool)]) {
    var loss = 0.0
    for (score, complaint) in scores {
      let p = min(max(score, 1e-9), 1 - 1e-9)
      loss -= complaint ? log(p) : log(1 - p)
    }
    logLoss = scores.isEmpty ? 0 : loss / Double(scores.count)
    // Rank-sum (Mann-Whitney) form: sort by score and give tied scores their mean rank.
    let sorted = scores.sorted { $0.score < $1.score }
    let complaints = scores.filter(\.complaint).count
    let others = scores.count - complaints
    hasBothClasses = complaints > 0 && others > 0
    guard complaints > 0, others > 0 else {
      auc = 0.5
      return
    }
    var rankSum = 0.0
    var start = 0
    while start < sorted.count {
      var end = start
      while end + 1 < sorted.count, sorted[end + 1].score == sorted[start].score { end += 1 }
      let meanRank = Double(start + end + 2) / 2
      for k in start...end where sorted[k].complaint { rankSum += meanRank }
      start = end + 1
    }
    let pairs = Double(complaints) * Double(others)
    auc = (rankSum - Double(complaints) * Double(complaints + 1) / 2) / pairs
  }
}
