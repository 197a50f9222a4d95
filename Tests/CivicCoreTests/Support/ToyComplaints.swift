@testable import CivicCore

/// A tiny, separable labelled set (four complaints and four other texts, five numbered rounds each) for the
/// trainer's tests.
enum ToyComplaints {
  static let examples: [LabelledText] = {
    var examples: [LabelledText] = []
    let bad = ["bin not collected", "bus late again", "still waiting for my refund", "train cancelled again"]
    let good = ["thanks for the help", "lovely park today", "great service thanks", "library opens at nine"]
    for round in 0..<5 {
      for text in bad { examples.append(LabelledText(text: "\(text) \(round)", complaint: true)) }
      for text in good { examples.append(LabelledText(text: "\(text) \(round)", complaint: false)) }
    }
    return examples
  }()
}
