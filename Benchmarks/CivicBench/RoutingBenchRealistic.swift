import CivicCore
import Foundation

/// Routing and complaint scoring on realistic post texts, the way `report` runs them (`explain: false`): the
/// texts of the report bench's generated Twitter v2 records, and (when `../shared/formats` is beside the package)
/// every post text of the real format samples. Figures are per second of this thread's CPU time, best of
/// several rounds, so a busy machine distorts them little; `civicpulse-bench routing` prints them first.
enum RoutingBenchRealistic {
  /// Post texts decoded from `count` generated Twitter v2 records.
  static func generatedTexts(count: Int) -> [String] {
    var generator = TweetGenerator(seed: 2024)
    var records = ""
    for _ in 0..<count { generator.appendRecord(to: &records) }
    return decodedTexts(Array(records.utf8), sourceName: "generated")
  }

  /// Post texts of every file under `../shared/formats`, or none when it is absent.
  static func sharedFormatTexts() -> [String] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/formats")
    guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
    var texts: [String] = []
    for case let path as String in walker where !path.hasSuffix(".md") && !path.hasSuffix(".gz") {
      guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else { continue }
      texts += decodedTexts([UInt8](data), sourceName: path)
    }
    return texts
  }

  /// Frames and decodes `bytes` as the engine does and returns the texts of the posts.
  static func decodedTexts(_ bytes: [UInt8], sourceName: String) -> [String] {
    let decoder = StreamDecoder(sourceName: sourceName)
    var records: [Record] = []
    bytes.withUnsafeBytes { decoder.frame($0, arrivalTime: 0, into: &records) }
    decoder.finish(arrivalTime: 0, into: &records)
    var texts: [String] = []
    for record in records {
      if case .posts(let posts) = StreamDecoder.decode(record, sourceName: sourceName) {
        texts += posts.map(\.text).filter { !$0.isEmpty }
      }
    }
    return texts
  }

  static func run(generated count: Int) {
    let generated = generatedTexts(count: count)
    let shared = sharedFormatTexts()
    let classifier = PostClassifier(router: .builtIn, scorer: ComplaintModel.builtIn, explain: false)
    for (name, texts) in [("report bench texts", generated), ("../shared/formats texts", shared)] where !texts.isEmpty {
      let bytes = texts.reduce(0) { $0 + $1.utf8.count }
      print("realistic texts: \(name), \(texts.count) posts, mean \(bytes / texts.count) bytes")
      let posts = texts.enumerated().map { i, text in
        Post(id: "\(i)", platform: .text, authorHandle: "a", arrivalTime: 0, text: text)
      }
      var batch = posts
      measure("routing + scoring (classify, explain off)", posts.count) {
        var sink = 0
        for i in batch.indices {
          classifier.classify(&batch[i])
          sink &+= batch[i].services.count &+ (batch[i].complaint ? 1 : 0)
        }
        return sink
      }
      // Whether routing a batch of posts before scoring them (rather than each post in turn) pays: the router's
      // and the scorer's tables then stay in cache for a whole batch instead of evicting each other per post.
      let model = ComplaintModel.builtIn
      measure("routing then scoring, post by post", texts.count) {
        var sink = 0
        for text in texts {
          sink &+= classifier.router.services(for: text).count &+ (model.probability(text: text) >= 0.5 ? 1 : 0)
        }
        return sink
      }
      measure("routing then scoring, in batches of 256 posts", texts.count) {
        var sink = 0
        var start = 0
        while start < texts.count {
          let batch = texts[start..<min(start + 256, texts.count)]
          for text in batch { sink &+= classifier.router.services(for: text).count }
          for text in batch { sink &+= model.probability(text: text) >= 0.5 ? 1 : 0 }
          start += 256
        }
        return sink
      }
      measure("routing only (services(for:))", texts.count) {
        texts.reduce(0) { $0 &+ classifier.router.services(for: $1).count }
      }
      measure("scoring only (probability(text:))", texts.count) {
        texts.reduce(0) { $0 &+ (ComplaintModel.builtIn.probability(text: $1) >= 0.5 ? 1 : 0) }
      }
    }
  }

  /// Best of five rounds of `body` (which handles `posts` posts), in ns per post of this thread's CPU time.
  static func measure(_ name: String, _ posts: Int, _ body: () -> Int) {
    var best = Double.infinity
    var sink = 0
    for _ in 0..<5 {
      let start = RoutingBench.cpuSeconds()
      sink &+= body()
      best = min(best, RoutingBench.cpuSeconds() - start)
    }
    print(
      String(
        format: "  %@: %.0f ns/post of CPU time (%.2f M posts/s; checksum %d)", name, best / Double(posts) * 1e9,
        Double(posts) / best / 1e6, sink))
  }
}
