import CivicTestSupport
import Foundation
import XCTest

@testable import CivicCore

/// `report` routes and scores Twitter v2 texts from their decoded bytes (`PostTextArena`) instead of building
/// the text String and classifying the post. Both ways must give exactly the same posts (services, complaint,
/// score bit for bit, hashtags, everything but the left-out text), for any model and taxonomy, whatever the text
/// holds: JSON escapes (\u, surrogate pairs, quotes), HTML references, retweets, missing entities, a non-string
/// text. Checked on 100,000 generated records with the built-in model and taxonomy, and on 100,000 with a
/// second model and taxonomy; then through the engine.
final class TextArenaClassifyTests: XCTestCase {
  private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  private static let awkward = [
    "", " ", "a", "'", "’", "#", "@", "don't", "DON’T", "it's 24hrs", "A&E", "A & E", "x < y > z",
    "Can’t BELIEVE it's 24hrs #StillWaiting café", "ÉCOLE fermée", "me@example.com", "@TfL_Rail hi",
    "https://example.com/a?b=c bins", "bins😡bins", "NOT happy :( :-) ;)", "#NHSCrisis #A38Closed",
    "Station Road Water Lane", "road trip", "3rd time 5 times", "ALLCAPS WORDS HERE", "日本語 テキスト",
    "tab\there", "line\nbreak", "＃FullWidth bins", "bins#notatag", "C# and F#", "quote \" and \\ backslash",
    "zero\u{0}byte", "👍🏽 thanks", "RT @someone: bins",
  ]

  private func baseTexts() -> [String] {
    var texts = Self.awkward
    let url = Self.root.appendingPathComponent("corpus/complaints-corpus.csv")
    if let data = FileManager.default.contents(atPath: url.path) {
      texts += LabelledCSV.examples([UInt8](data), textColumn: 0, labelColumn: 1).examples.map(\.text)
    }
    var feed = DemoFeed(seed: 7)
    texts += (0..<3000).map { feed.next(at: EpochMillis($0) * 1000).text }
    return texts
  }

  /// A JSON string literal of `text`: `asciiOnly` escapes every non-ASCII scalar as \u (pairs above the BMP),
  /// `references` writes "&", "<" and ">" as HTML references (as Twitter does) and some apostrophes as &#8217;.
  private func literal(_ text: String, asciiOnly: Bool, references: Bool) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "&" where references: out += "&amp;"
      case "<" where references: out += "&lt;"
      case ">" where references: out += "&gt;"
      case "’" where references: out += "&#8217;"
      default:
        if scalar.value < 0x20 || (asciiOnly && scalar.value >= 0x80) {
          for unit in String(scalar).utf16 { out += String(format: "\\u%04x", unit) }
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// One v2 stream record per text, in every shape the decoder treats differently.
  private func records(count: Int, seed: UInt64) -> [Record] {
    let texts = baseTexts()
    var random = SplitMix64(seed: seed)
    var result: [Record] = []
    result.reserveCapacity(count)
    for line in 0..<count {
      var text = texts[random.below(texts.count)]
      if random.below(3) == 0 { text += " " + texts[random.below(texts.count)] }
      let shape = random.below(20)
      let textValue =
        shape == 0 ? "12345" : literal(text, asciiOnly: random.below(4) == 0, references: random.below(3) != 0)
      // No entities, or no hashtag entities: the tags come from the text (the text is kept as bytes only when it
      // holds no "#" or "＃").
      let tags =
        shape == 1
        ? ""
        : shape == 4
          ? #","entities":{"hashtags":[]}"#
          : shape == 5
            ? #","entities":{"urls":[]}"#
            : #","entities":{"hashtags":[{"start":0,"end":4,"tag":"Bins"}]}"#
      var references = ""
      var includes = ""
      if shape == 2 {
        references = #","referenced_tweets":[{"type":"retweeted","id":"9"}]"#
        includes =
          #","includes":{"tweets":[{"id":"9","text":"#
          + literal(texts[random.below(texts.count)], asciiOnly: false, references: true) + "}]}"
      } else if shape == 3 {
        references = #","referenced_tweets":[{"type":"replied_to","id":"8"}]"#
      }
      let json =
        #"{"data":{"id":"\#(line)","text":\#(textValue),"created_at":"2024-05-01T00:00:00.000Z""#
        + tags + references + "}" + includes + "}"
      result.append(Record(bytes: Array(json.utf8), line: line + 1, arrivalTime: 0))
    }
    return result
  }

  /// Decodes `records` both ways in batches, as the engine does, and compares every post.
  private func compare(_ records: [Record], _ classifier: PostClassifier, file: StaticString = #filePath) {
    var fromBytes = 0
    var complaints = 0
    var routed = 0
    var start = 0
    while start < records.count {
      let batch = records[start..<min(start + 700, records.count)]
      start += batch.count
      var arena: PostTextArena? = PostTextArena()
      var fast: [Post] = []
      var plain: [Post] = []
      for record in batch {
        let a = StreamDecoder.decode(record, sourceName: "t", countingOnly: true, texts: &arena, into: &fast)
        let b = StreamDecoder.decode(record, sourceName: "t", countingOnly: true, into: &plain)
        XCTAssertEqual(a, b, file: file)
      }
      fromBytes += arena?.entries.count ?? 0
      arena?.classify(&fast, with: classifier)
      arena?.removeAll()
      XCTAssertEqual(arena?.entries.count, 0, file: file)
      for i in plain.indices { classifier.classify(&plain[i]) }
      XCTAssertEqual(fast.count, plain.count, file: file)
      for (var got, expected) in zip(fast, plain) {
        XCTAssertEqual(got.complaintScore.bitPattern, expected.complaintScore.bitPattern, expected.text, file: file)
        if got.text.isEmpty { got.text = expected.text }
        XCTAssertEqual(got, expected, expected.text, file: file)
        complaints += expected.complaint ? 1 : 0
        routed += expected.services.isEmpty ? 0 : 1
      }
    }
    XCTAssertGreaterThan(fromBytes, records.count * 3 / 4, "most posts are classified from bytes", file: file)
    XCTAssertLessThan(fromBytes, records.count, "some posts take the String path", file: file)
    XCTAssertGreaterThan(complaints, records.count / 20, file: file)
    XCTAssertGreaterThan(routed, records.count / 50, file: file)
  }

  func testBuiltInModelAndTaxonomy() {
    let classifier = PostClassifier(router: .builtIn, scorer: ComplaintModel.builtIn, explain: false)
    compare(records(count: 100_000, seed: 1), classifier)
  }

  /// A second model (weights on words, bigrams and negated words of the texts, every cue weighted) and a
  /// second taxonomy (phrases, weak terms, exclusions, hashtags and handles).
  func testSecondModelAndTaxonomy() throws {
    var random = SplitMix64(seed: 99)
    var weights: [String: Double] = [:]
    for text in baseTexts().prefix(2000) {
      let words = TextScanner.words(of: text)
      for (k, word) in words.enumerated() {
        weights[word] = Double(random.below(2001) - 1000) / 500
        if k > 0 { weights[words[k - 1] + " " + word] = Double(random.below(2001) - 1000) / 400 }
        if random.below(5) == 0 { weights["not_" + word] = Double(random.below(2001) - 1000) / 300 }
      }
    }
    var cues: [ComplaintCue: Double] = [:]
    for cue in ComplaintCue.allCases { cues[cue] = Double(random.below(2001) - 1000) / 700 }
    let model = ComplaintModel(bias: -0.3, threshold: 0.55, cueWeights: cues, termWeights: weights)
    let taxonomy = try Taxonomy.parse(
      """
      place_words = ["road", "lane"]

      [[service]]
      id = "waste"
      name = "Waste"
      keywords = ["bins", "bin collection", "fly-tipping", "rubbish"]
      weak = ["smell", "bags"]
      exclude = ["bin laden"]
      hashtags = ["bins", "StillWaiting"]

      [[service]]
      id = "health"
      name = "Health"
      weight = 1.5
      keywords = ["hospital", "gp", "a&e", "waiting time", "appointment"]
      weak = ["ill", "pain"]
      handles = ["NHSuk", "TfL_Rail"]

      [[service]]
      id = "roads"
      name = "Roads"
      keywords = ["pothole", "road", "traffic lights"]
      exclude = ["road trip"]
      """, file: "second.toml")
    let classifier = PostClassifier(
      router: ServiceRouter(taxonomy: taxonomy), scorer: model, explain: false)
    compare(records(count: 100_000, seed: 2), classifier)
  }

  /// Through the engine: a report-style engine (counting only, classifier given) delivers the same posts as one
  /// that classifies every decoded post, apart from the texts it leaves out.
  func testEngineWithClassifierDeliversTheSamePosts() throws {
    let dir = try makeTemporaryFolder(prefix: "cp-ingest")
    let file = dir.appendingPathComponent("v2.jsonl")
    let lines = records(count: 5000, seed: 3).map { String(decoding: $0.storage, as: UTF8.self) }
    try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
    // Small reads, so the file arrives in many batches (the first ones decoded before the classifier is asked).
    var config = IngestConfig(
      sources: [.file(path: file.path)], follow: false, readChunkBytes: 64 << 10, decodeWorkers: 2)
    config.decoderOptions.countingOnly = true
    let classifier = PostClassifier(router: .builtIn, scorer: ComplaintModel.builtIn, explain: false)
    let fast = PostCollector()
    let plain = PostCollector()
    let engines = [
      IngestEngine(config: config, classifier: { classifier }) { fast.add($0) },
      IngestEngine(config: config, enrich: { classifier.classify(&$0) }) { plain.add($0) },
    ]
    for engine in engines {
      try engine.start()
      XCTAssertTrue(engine.waitUntilFinished(timeout: 60))
    }
    XCTAssertEqual(plain.posts.count, 5000)
    XCTAssertEqual(fast.posts.count, plain.posts.count)
    XCTAssertGreaterThan(fast.posts.filter { $0.text.isEmpty }.count, 3000, "texts were left out")
    for (var got, expected) in zip(fast.posts, plain.posts) {
      if got.text.isEmpty { got.text = expected.text }
      got.arrivalTime = expected.arrivalTime  // each engine reads at its own time
      XCTAssertEqual(got, expected)
    }
  }

  /// No classifier (a model that failed to load): every post is still delivered, unclassified, and the engine
  /// stops setting texts aside after its first batch (later posts keep their text).
  func testEngineWithoutClassifierDeliversEveryPost() throws {
    let dir = try makeTemporaryFolder(prefix: "cp-ingest")
    let file = dir.appendingPathComponent("v2.jsonl")
    let lines = records(count: 3000, seed: 4).map { String(decoding: $0.storage, as: UTF8.self) }
    try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
    var config = IngestConfig(
      sources: [.file(path: file.path)], follow: false, readChunkBytes: 32 << 10, decodeWorkers: 1)
    config.decoderOptions.countingOnly = true
    let collector = PostCollector()
    let engine = IngestEngine(config: config, classifier: { nil }) { collector.add($0) }
    try engine.start()
    XCTAssertTrue(engine.waitUntilFinished(timeout: 60))
    let posts = collector.posts
    XCTAssertEqual(posts.count, 3000)
    XCTAssertTrue(posts.allSatisfy { $0.services.isEmpty && $0.complaintScore == 0 })
    let later = posts.suffix(1000)
    XCTAssertGreaterThan(later.filter { !$0.text.isEmpty }.count, 900, "texts are built again after the first batch")
  }
}

extension SplitMix64 {
  /// A draw in 0..<n (modulo: the tests need determinism, not an unbiased draw).
  fileprivate mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
