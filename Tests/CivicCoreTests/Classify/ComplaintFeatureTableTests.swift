import XCTest

@testable import CivicCore

/// The feature table answers every lookup exactly: its bit filter may let an absent term through to the table,
/// but must never turn away a present one.
final class ComplaintFeatureTableTests: XCTestCase {
  func testEveryPresentTermIsFoundAndAbsentTermsAreZero() {
    var random = JSONFuzzTests.SeededGenerator(state: 7)
    for size in [0, 1, 5, 300, 20_000] {
      var weights: [UInt64: Float] = [:]
      while weights.count < size { weights[random.next() | 1] = Float(Int(random.next() % 2001) - 1000) / 100 }
      let starts = Set(weights.keys.prefix(size / 3))
      let table = ComplaintFeatureTable(weights: weights, bigramStarts: starts)
      for (hash, weight) in weights {
        let entry = table.lookup(hash)
        XCTAssertEqual(entry.weight, weight, "size \(size)")
        XCTAssertEqual(entry.flags & ComplaintFeatureTable.startsBigram != 0, starts.contains(hash), "size \(size)")
      }
      var absent = 0
      for _ in 0..<20_000 {
        let hash = random.next() | 1
        guard weights[hash] == nil else { continue }
        let entry = table.lookup(hash)
        if entry.weight == 0 && entry.flags == 0 { absent += 1 }
      }
      XCTAssertGreaterThan(absent, 19_900, "random hashes are not in a table of \(size) terms")
    }
  }

  func testLexiconWordsKeepTheirFlags() {
    let table = ComplaintFeatureTable(weights: [:])
    for (flag, words) in ComplaintCueLexicon.entries {
      for word in words {
        let flags = ComplaintLexiconFlags(rawValue: table.lookup(ComplaintTermHash.word(Substring(word))).flags)
        XCTAssertTrue(flags.contains(flag), word)
      }
    }
  }
}
