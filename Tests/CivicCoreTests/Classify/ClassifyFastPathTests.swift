import Foundation
import XCTest

@testable import CivicCore

/// The fast paths of routing and complaint scoring must give exactly what the plain paths give: the letter fast
/// loop of the feature scanner, the one-read counting path of `PostClassifier` and the shared result arrays of
/// `ServiceRouter.services(for:)`. Checked on the training corpus, the demo feed and hand-picked awkward texts.
final class ClassifyFastPathTests: XCTestCase {
  private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  private static let awkward = [
    "", " ", "a", "A", "1", "'", "’", "#", "@", "!!", "x'", "'x", "don't", "DON’T", "it's 24hrs", "45mins",
    "A&E", "A & E", "Can’t BELIEVE it's 24hrs #StillWaiting café", "ÉCOLE fermée", "naïve résumé Straße",
    "me@example.com", "@TfL_Rail hi", "@user@mastodon.social still", "https://example.com/a?b=c bins",
    "www.council.gov.uk pothole", "HTTP", "ht", "ww", "bins😡bins", "NOT happy :( :-) ;)", "BinsNotCollected",
    "#NHSCrisis #A38Closed", "Station Road Water Lane", "road trip", "3rd time 5 times", "since monday",
    "ALLCAPS WORDS HERE", "x\u{301}y", "日本語 テキスト", "Привет мир", "\u{FEFF}bins", "tab\there", "line\nbreak",
    "zero\u{0}byte", "a\u{200D}b", "👍🏽 thanks", String(repeating: "pothole ", count: 200),
    String(repeating: "z", count: 5000),
    // Words the router hands to the scorer (letters only) next to what ends a scorer's word differently.
    "dogs' bins", "bins’ lids", "Bins'", "A& E", "A&", "#Bins_x #bins123 #StillWaiting! #BINS", "PotHOLE BINS",
    "SHOUTING LOUDLY ok", "bins\u{391}\u{3B2} bins", "café bins", "bins\u{2014}again", "x2 2x bins2day",
    "@council bins www.x.com bins http", String(repeating: "bins still not collected again ", count: 40),
  ]

  private func corpusTexts() throws -> [String] {
    let url = Self.root.appendingPathComponent("corpus/complaints-corpus.csv")
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw XCTSkip("corpus/complaints-corpus.csv not found beside the package (\(url.path))")
    }
    let texts = LabelledCSV.examples([UInt8](data), textColumn: 0, labelColumn: 1).examples.map(\.text)
    XCTAssertGreaterThan(texts.count, 3000)
    return texts
  }

  private func demoTexts(count: Int) -> [String] {
    var feed = DemoFeed(seed: 42)
    return (0..<count).map { feed.next(at: EpochMillis($0) * 1000).text }
  }

  private struct Feature: Equatable {
    var hash: UInt64
    var weight: UInt32
    var start: Int32
    var firstEnd: Int32
    var secondStart: Int32
    var end: Int32
  }

  private struct Collect: ComplaintTermVisitor {
    var features: [Feature] = []
    mutating func visit(hash: UInt64, weight: Float, span: ComplaintTermSpan) {
      features.append(
        Feature(
          hash: hash, weight: weight.bitPattern, start: span.start, firstEnd: span.firstEnd,
          secondStart: span.secondStart, end: span.end))
    }
  }

  private func scan(_ text: String, fast: Bool) -> ([Feature], UInt32, [Int32]) {
    var text = text
    return text.withUTF8 { bytes in
      var scanner = ComplaintFeatureScanner(table: ComplaintModel.builtIn.table, visitor: Collect())
      scanner.letterFastPath = fast
      let cues = scanner.scan(bytes)
      let spans = (0..<32).flatMap { [cues.starts[$0], cues.ends[$0]] }
      return (scanner.visitor.features, cues.mask, spans)
    }
  }

  func testLetterFastPathFindsExactlyTheSameFeatures() throws {
    let texts = try corpusTexts() + demoTexts(count: 2000) + Self.awkward
    var features = 0
    for text in texts {
      let fast = scan(text, fast: true)
      let plain = scan(text, fast: false)
      XCTAssertEqual(fast.0, plain.0, text)
      XCTAssertEqual(fast.1, plain.1, text)
      XCTAssertEqual(fast.2, plain.2, text)
      features += fast.0.count
    }
    XCTAssertGreaterThan(features, texts.count * 5, "the texts exercise the scanner")
  }

  /// The scoring path's scanner reads the table without holding it (`init(borrowing:)`); it must find what a
  /// scanner holding the table finds, and a scanner holding a table nothing else holds must keep it alive.
  func testBorrowingScannerFindsWhatAnOwningScannerFinds() throws {
    let texts = try corpusTexts() + Self.awkward
    let table = ComplaintModel.builtIn.table
    for text in texts {
      var bytes = Array(text.utf8)
      bytes.withUnsafeMutableBufferPointer { buffer in
        let bytes = UnsafeBufferPointer(buffer)
        var owning = ComplaintFeatureScanner(table: table, visitor: Collect())
        var borrowing = ComplaintFeatureScanner(
          borrowing: table, visitor: Collect(), letterWords: .init(start: nil, count: 0))
        let cues = owning.scan(bytes)
        XCTAssertEqual(borrowing.scan(bytes).mask, cues.mask, text)
        XCTAssertEqual(borrowing.visitor.features, owning.visitor.features, text)
      }
    }
    // The only reference to this table is the scanner's.
    var scanner = ComplaintFeatureScanner(
      table: ComplaintFeatureTable(weights: [ComplaintTermHash.term("bins"): 2]), visitor: Collect())
    var text = "bins bins"
    _ = text.withUTF8 { scanner.scan($0) }
    XCTAssertEqual(scanner.visitor.features.filter { $0.weight == Float(2).bitPattern }.count, 2)
  }

  /// A scorer that is not a `ComplaintModel`, so `PostClassifier` takes its general path.
  private struct Wrapped: ComplaintScoring {
    let model: ComplaintModel
    func score(text: String) -> ComplaintScore { model.score(text: text) }
    func score(text: String, explain: Bool) -> ComplaintScore { model.score(text: text, explain: explain) }
  }

  func testCountingPathEqualsSeparateRoutingAndScoring() throws {
    let texts = try corpusTexts() + demoTexts(count: 2000) + Self.awkward
    let router = ServiceRouter.builtIn
    let model = ComplaintModel.builtIn
    let counting = PostClassifier(router: router, scorer: model, explain: false)
    let general = PostClassifier(router: router, scorer: Wrapped(model: model), explain: false)
    var complaints = 0
    var multiService = 0
    for text in texts {
      var post = Post(id: "1", platform: .text, authorHandle: "a", arrivalTime: 0, text: text, why: ["stale"])
      var other = post
      counting.classify(&post)
      general.classify(&other)
      let expected = model.score(text: text, explain: false)
      XCTAssertEqual(post.services, router.route(text).map(\.serviceID), text)
      XCTAssertEqual(post.services, other.services, text)
      XCTAssertEqual(post.complaintScore.bitPattern, expected.score.bitPattern, text)
      XCTAssertEqual(post.complaintScore.bitPattern, model.score(text: text).score.bitPattern, text)
      XCTAssertEqual(post.complaint, expected.complaint, text)
      XCTAssertEqual(post.why, [], text)
      XCTAssertEqual(post, other, text)
      complaints += post.complaint ? 1 : 0
      multiService += post.services.count >= 2 ? 1 : 0
    }
    XCTAssertGreaterThan(complaints, 100)
    XCTAssertGreaterThan(multiService, 10, "two-service results are exercised")
  }

  /// A counting classifier made and dropped inside a function (only copies of it live on), shared by four
  /// threads classifying the same posts at once: every post gets what the general path gives it.
  func testCountingClassifierSharedByThreadsEqualsGeneralPath() throws {
    let texts = try corpusTexts() + demoTexts(count: 1000) + Self.awkward
    let model = ComplaintModel.builtIn
    func makeCounting() -> PostClassifier {
      let explaining = PostClassifier(router: ServiceRouter(taxonomy: .builtIn), scorer: model)
      return explaining.with(explain: false)
    }
    let counting = makeCounting()
    let general = PostClassifier(router: .builtIn, scorer: Wrapped(model: model), explain: false)
    let posts = texts.map { Post(id: "1", platform: .text, authorHandle: "a", arrivalTime: 0, text: $0) }
    let expected = posts.map { post in
      var post = post
      general.classify(&post)
      return post
    }
    let results = ThreadResults(count: 4)
    DispatchQueue.concurrentPerform(iterations: 4) { index in
      var mine = posts
      for i in mine.indices { counting.classify(&mine[i]) }
      results.set(index, mine)
    }
    for thread in 0..<4 {
      let got = results.get(thread)
      XCTAssertEqual(got.count, expected.count)
      for (post, want) in zip(got, expected) where post != want {
        XCTFail("thread \(thread): \(post.text)")
        break
      }
    }
    XCTAssertGreaterThan(expected.filter(\.complaint).count, 50)
  }

  /// Each thread's classified posts, written under a lock.
  private final class ThreadResults: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [[Post]]

    init(count: Int) { stored = Array(repeating: [], count: count) }

    func set(_ index: Int, _ posts: [Post]) {
      lock.lock()
      stored[index] = posts
      lock.unlock()
    }

    func get(_ index: Int) -> [Post] {
      lock.lock()
      defer { lock.unlock() }
      return stored[index]
    }
  }
}
