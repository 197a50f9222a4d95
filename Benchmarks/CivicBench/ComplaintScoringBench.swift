import CivicCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Complaint scoring throughput on ~100-character texts with the built-in model: the score alone, and the score
/// with its `why` explanation (what `classify` fills in).
enum ComplaintScoringBench {
  static func run() {
    let openings = [
      "@CityCouncil ", "Day three of this: ", "@TfL hello, ", "Honestly, and I mean it, ", "@AcmeBroadband hi there, ",
      "Thanks to everyone, ", "Why oh why, ",
    ]
    let middles = [
      "my bin still hasn't been collected after 3 weeks", "the 42 bus was late again this morning",
      "great job fixing the street light on Elm Road", "does anyone know when the library opens",
      "on hold for two hours and nobody answers the phone", "lovely walk in the park with the dog today",
    ]
    let endings = [
      ", absolutely ridiculous!! Sort it out", " and nobody cares 😡", ", thank you so much to the team 😊",
      "? Asking for my neighbours", ". Third time this month. #fail", " on the way home from work",
    ]
    var texts: [String] = []
    for opening in openings {
      for middle in middles {
        for ending in endings { texts.append(opening + middle + ending) }
      }
    }
    let meanLength = Double(texts.reduce(0) { $0 + $1.utf8.count }) / Double(texts.count)
    let model = ComplaintModel.builtIn
    let rounds = 8_000
    var sink = 0.0
    let scoreOnly = measure(posts: rounds * texts.count) {
      for _ in 0..<rounds { for text in texts { sink += model.probability(text: text) } }
    }
    var whyCount = 0
    let withWhy = measure(posts: rounds / 2 * texts.count) {
      for _ in 0..<(rounds / 2) { for text in texts { whyCount += model.score(text: text).why.count } }
    }
    print("complaint scoring, built-in model, \(texts.count) texts of mean \(Int(meanLength)) bytes:")
    print("  score only:     \(scoreOnly) (checksum \(Int(sink)))")
    print("  score with why: \(withWhy) (\(whyCount) why entries)")
  }

  /// Runs `body` and gives its rate per second of wall time and per second of this thread's CPU time (the CPU
  /// figure is the one to read on a loaded machine).
  private static func measure(posts: Int, _ body: () -> Void) -> String {
    let wallStart = ContinuousClock.now
    let cpuStart = threadCPUSeconds()
    body()
    let cpu = threadCPUSeconds() - cpuStart
    let wallDuration = ContinuousClock.now - wallStart
    let wall = Double(wallDuration.components.seconds) + Double(wallDuration.components.attoseconds) * 1e-18
    func rate(_ seconds: Double) -> String { String(Int(Double(posts) / max(seconds, 1e-9) / 1_000)) + "k posts/s" }
    return "\(rate(cpu)) per CPU second, \(rate(wall)) wall"
  }

  private static func threadCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
  }
}
