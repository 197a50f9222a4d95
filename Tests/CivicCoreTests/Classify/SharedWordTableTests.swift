import Foundation
import XCTest

@testable import CivicCore

/// The counting path joins a model's term table with a router's vocabulary (`SharedWordTable`) and hands the
/// router's letter-only words to the scorer. Both must give exactly what the separate lookups and paths give, for
/// any model and taxonomy: checked with the built-in pair and with a second model and taxonomy written here.
final class SharedWordTableTests: XCTestCase {
  private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// A second taxonomy: phrases, weak terms, exclusions, hashtags, handles, Latin letters, joiners and weights.
  static let taxonomyText = """
    place_words = ["road", "lane", "street"]

    [[service]]
    id = "leisure"
    name = "Leisure centres"
    keywords = ["leisure centre", "swimming pool", "pool", "café", "crèche", "gym", "late again", "résumé"]
    weak = ["thanks", "portal", "still"]
    hashtags = ["leisure", "thanks", "PoolClosed"]
    handles = ["@LeedsCouncil", "anna.b", "@user@mastodon.social"]
    exclude = ["pool party", "car park", "thanks a lot"]

    [[service]]
    id = "digital"
    name = "Council website"
    weight = 1.5
    keywords = ["council tax portal", "website", "app", "A&E wait", "don't work", "bins", "fly-tipping"]
    weak = ["down", "again", "blocked"]
    hashtags = ["website"]
    handles = ["@GDS"]
    exclude = ["app store", "still blocked"]
    """

  static func secondRouter() throws -> ServiceRouter {
    ServiceRouter(taxonomy: try Taxonomy.parse(taxonomyText, file: "second.toml"))
  }

  /// A second model: the built-in's terms with other weights, plus terms of the second taxonomy (Latin letters,
  /// a bigram, a negated word).
  static let secondModel: ComplaintModel = {
    let builtIn = ComplaintModel.builtIn
    var terms: [String: Double] = [:]
    for (index, (term, weight)) in builtIn.termWeights.sorted(by: { $0.key < $1.key }).enumerated()
    where index % 3 != 0 {
      terms[term] = -0.7 * weight + Double(index % 7) / 10
    }
    for (term, weight) in [("café", 0.8), ("crèche", -0.4), ("pool party", 1.1), ("not_happy", 0.9), ("pool", 0.3)] {
      terms[term] = weight
    }
    var cues: [ComplaintCue: Double] = [:]
    for cue in ComplaintCue.allCases { cues[cue] = Double(cue.rawValue % 5) / 4 - 0.3 }
    return ComplaintModel(bias: -0.2, threshold: 0.45, cueWeights: cues, termWeights: terms)
  }()

  private func pairs() throws -> [(String, ServiceRouter, ComplaintModel)] {
    let second = try Self.secondRouter()
    return [
      ("built-in taxonomy, built-in model", .builtIn, .builtIn),
      ("built-in taxonomy, second model", .builtIn, Self.secondModel),
      ("second taxonomy, built-in model", second, .builtIn),
      ("second taxonomy, second model", second, Self.secondModel),
    ]
  }

  func testLookupsAnswerAsTheTermTableAndTheVocabulary() throws {
    for (name, router, model) in try pairs() {
      let table = model.table
      let vocabulary = router.tables.vocabulary
      let shared = SharedWordTable(terms: table, vocabulary: vocabulary)
      var hashes: [UInt64] = []
      for slot in 0..<table.slotCount where table.key(at: slot) != 0 { hashes.append(table.key(at: slot)) }
      let termCount = hashes.count
      // The router's own words (found in its vocabulary, mostly absent from the term table) and random hashes.
      for service in router.taxonomy.services {
        for term in service.keywords + service.weak + service.exclude + service.hashtags {
          for word in TextScanner.words(of: term) { hashes.append(WordHash.of(Array(word.utf8))) }
        }
      }
      var random = SplitMix64(seed: 7)
      for _ in 0..<20_000 { hashes.append(random.next() | 1) }
      var inVocabulary = 0
      for hash in hashes {
        let found = shared.lookup(hash)
        let expected = table.lookup(hash)
        XCTAssertEqual(found.weight.bitPattern, expected.weight.bitPattern, name)
        XCTAssertEqual(found.flags, expected.flags, name)
        XCTAssertEqual(found.word, vocabulary.word(hash: hash), name)
        inVocabulary += found.word >= 0 ? 1 : 0
      }
      XCTAssertGreaterThan(termCount, 1000, name)
      XCTAssertGreaterThan(inVocabulary, 50, "\(name): vocabulary words are met")
    }
  }

  func testCountingPathEqualsSeparatePathsForEveryPair() throws {
    let url = Self.root.appendingPathComponent("corpus/complaints-corpus.csv")
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw XCTSkip("corpus/complaints-corpus.csv not found beside the package (\(url.path))")
    }
    let corpus = LabelledCSV.examples([UInt8](data), textColumn: 0, labelColumn: 1).examples.map(\.text)
    let texts =
      Array(corpus.prefix(3000)) + [
        "The café pool is late again, still blocked. #PoolClosed @LeedsCouncil", "CRÈCHE closed, pool party!",
        "@anna.b the council tax portal don't work", "A&E wait 4hrs", "fly-tipping on Pool Lane", "not happy",
        "swimming pool's gym", "résumé café’s app", String(repeating: "pool website app bins ", count: 30),
      ]
    for (name, router, model) in try pairs() {
      let counting = PostClassifier(router: router, scorer: model, explain: false)
      var routed = 0
      var complaints = 0
      for text in texts {
        var post = Post(id: "1", platform: .text, authorHandle: "a", arrivalTime: 0, text: text)
        counting.classify(&post)
        let expected = model.score(text: text, explain: false)
        XCTAssertEqual(post.services, router.services(for: text), "\(name): \(text)")
        XCTAssertEqual(post.complaintScore.bitPattern, expected.score.bitPattern, "\(name): \(text)")
        XCTAssertEqual(post.complaint, expected.complaint, "\(name): \(text)")
        routed += post.services.isEmpty ? 0 : 1
        complaints += post.complaint ? 1 : 0
      }
      XCTAssertGreaterThan(routed, 20, name)
      XCTAssertGreaterThan(complaints, 20, name)
    }
  }
}
