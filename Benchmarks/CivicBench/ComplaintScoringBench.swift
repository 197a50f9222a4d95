import CivicCore

/// Complaint scoring throughput on ~100-character texts with the built-in model: the score alone, and the score
/// with its `why` explanation (what `classify` fills in).
enum ComplaintScoringBench {
  static func run() {
    let openings = ["@CityCouncil ", "", "@TfL ", "Honestly ", "@AcmeBroadband ", "Thanks ", "Why is "]
    let middles = [
      "my bin still hasn't been collected after 3 weeks", "the 42 bus was late again this morning",
      "great job fixing the street light on Elm Road", "does anyone know when the library opens",
      "on hold for two hours and nobody answers the phone", "lovely walk in the park with the dog today",
    ]
    let endings = [", absolutely ridiculous!!", " 😡", ", thank you so much 😊", "?", ". Third time this month.", ""]
    var texts: [String] = []
    for opening in openings {
      for middle in middles {
        for ending in endings { texts.append(opening + middle + ending) }
      }
    }
    let meanLength = Double(texts.reduce(0) { $0 + $1.utf8.count }) / Double(texts.count)
    let model = ComplaintModel.builtIn
    let rounds = 8_000
    let clock = ContinuousClock()
    var sink = 0.0
    let scoreOnly = clock.measure {
      for _ in 0..<rounds { for text in texts { sink += model.probability(text: text) } }
    }
    var whyCount = 0
    let withWhy = clock.measure {
      for _ in 0..<(rounds / 4) { for text in texts { whyCount += model.score(text: text).why.count } }
    }
    func rate(_ count: Int, _ duration: Duration) -> String {
      let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
      return String(Int(Double(count) / seconds / 1_000)) + "k posts/s"
    }
    print("complaint scoring, built-in model, \(texts.count) texts of mean \(Int(meanLength)) bytes:")
    print("  score only:     \(rate(rounds * texts.count, scoreOnly)) (checksum \(Int(sink)))")
    print("  score with why: \(rate(rounds / 4 * texts.count, withWhy)) (\(whyCount) why entries)")
  }
}
