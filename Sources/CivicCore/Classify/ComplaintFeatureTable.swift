/// An open-addressing hash table from term hash to (weight, lexicon flags), built once per model.
/// Entries live in one immutable buffer (16 bytes each, at most half full), so a lookup is a few loads with no
/// reference counting, bounds checks or allocation.
final class ComplaintFeatureTable: @unchecked Sendable {
  struct Entry {
    var key: UInt64
    var weight: Float
    var flags: UInt32
  }

  /// Flag bit of a word that is the first word of some weighted bigram.
  static let startsBigram: UInt32 = 1 << 31

  private let entries: UnsafeMutablePointer<Entry>
  private let mask: Int
  /// False when every bigram must be looked up (training); true when only bigrams whose first word carries
  /// `startsBigram` can have a weight (scoring), which saves most bigram lookups.
  let filtersBigrams: Bool

  /// A table holding the cue lexicon plus the given term weights; `bigramStarts` (the first-word hashes of the
  /// weighted bigrams) enables bigram filtering.
  init(weights termWeights: [UInt64: Float], bigramStarts: Set<UInt64>? = nil) {
    filtersBigrams = bigramStarts != nil
    var merged: [UInt64: (Float, UInt32)] = [:]
    for (flag, words) in ComplaintCueLexicon.entries {
      for word in words {
        merged[ComplaintTermHash.word(Substring(word)), default: (0, 0)].1 |= flag.rawValue
      }
    }
    for (hash, weight) in termWeights { merged[hash, default: (0, 0)].0 = weight }
    for hash in bigramStarts ?? [] { merged[hash, default: (0, 0)].1 |= Self.startsBigram }
    var capacity = 16
    while capacity < merged.count * 2 { capacity <<= 1 }
    entries = .allocate(capacity: capacity)
    entries.initialize(repeating: Entry(key: 0, weight: 0, flags: 0), count: capacity)
    mask = capacity - 1
    for (hash, entry) in merged.sorted(by: { $0.key < $1.key }) {
      var slot = Int(truncatingIfNeeded: hash >> 7) & mask
      while entries[slot].key != 0 { slot = (slot + 1) & mask }
      entries[slot] = Entry(key: hash, weight: entry.0, flags: entry.1)
    }
  }

  deinit {
    entries.deallocate()
  }

  /// Weight and flags of a term; (0, 0) when absent.
  @inline(__always) func lookup(_ hash: UInt64) -> (weight: Float, flags: UInt32) {
    var slot = Int(truncatingIfNeeded: hash >> 7) & mask
    while true {
      let entry = entries[slot]
      if entry.key == hash { return (entry.weight, entry.flags) }
      if entry.key == 0 { return (0, 0) }
      slot = (slot + 1) & mask
    }
  }
}
