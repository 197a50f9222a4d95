/// An open-addressing hash table from term hash to (weight, lexicon flags), built once per model.
/// Entries live in one immutable buffer (16 bytes each, linear probing, at most 5/8 full), so a lookup is a few
/// loads with no reference counting, bounds checks or allocation. A model's table is a few hundred KB, more than
/// the first-level cache holds, and many lookups (bigrams, negated words, rare words) are misses: a small bit
/// filter in front (two bits per key in one 64-bit word, about 12 bits per key) answers most misses from one
/// cached load. The filter has no false negatives, so every lookup returns exactly what the table holds.
final class ComplaintFeatureTable: @unchecked Sendable {
  struct Entry {
    var key: UInt64
    var weight: Float
    var flags: UInt32
  }

  /// Flag bit of a word that is the first word of some weighted bigram.
  static let startsBigram: UInt32 = 1 << 31

  /// The table's memory, read without reference counting by a scanner (see `Reader`).
  let reader: Reader
  /// False when every bigram must be looked up (training); true when only bigrams whose first word carries
  /// `startsBigram` can have a weight (scoring), which saves most bigram lookups.
  var filtersBigrams: Bool { reader.filtersBigrams }
  /// Letters of a word's stem term (see `ComplaintTermHash.stem`), 0 when the model has none.
  var stemLetters: Int { reader.stemLetters }

  /// A table holding the cue lexicon plus the given term weights; `bigramStarts` (the first-word hashes of the
  /// weighted bigrams) enables bigram filtering; with `stemLetters` above 0 the scanner also visits the stem term
  /// of every word longer than that.
  init(weights termWeights: [UInt64: Float], bigramStarts: Set<UInt64>? = nil, stemLetters: Int = 0) {
    var merged: [UInt64: (Float, UInt32)] = [:]
    for (flag, words) in ComplaintCueLexicon.entries {
      for word in words {
        merged[ComplaintTermHash.word(Substring(word)), default: (0, 0)].1 |= flag.rawValue
      }
    }
    for (hash, weight) in termWeights { merged[hash, default: (0, 0)].0 = weight }
    for hash in bigramStarts ?? [] { merged[hash, default: (0, 0)].1 |= Self.startsBigram }
    var capacity = 16
    while capacity * 5 < merged.count * 8 { capacity <<= 1 }
    let entries = UnsafeMutablePointer<Entry>.allocate(capacity: capacity)
    entries.initialize(repeating: Entry(key: 0, weight: 0, flags: 0), count: capacity)
    let mask = capacity - 1
    var filterBits = 1 << 7
    var shift: UInt64 = 63
    while filterBits < merged.count * 12 {
      filterBits <<= 1
      shift -= 1
    }
    let filter = UnsafeMutablePointer<UInt64>.allocate(capacity: filterBits / 64)
    filter.initialize(repeating: 0, count: filterBits / 64)
    let reader = Reader(
      entries: entries, mask: mask, filter: filter, filterShift: shift, filtersBigrams: bigramStarts != nil,
      stemLetters: stemLetters)
    for (hash, entry) in merged.sorted(by: { $0.key < $1.key }) {
      var slot = Int(truncatingIfNeeded: hash >> 7) & mask
      while entries[slot].key != 0 { slot = (slot + 1) & mask }
      entries[slot] = Entry(key: hash, weight: entry.0, flags: entry.1)
      let (word, bits) = reader.filterPosition(hash)
      filter[word] |= bits
    }
    self.reader = reader
  }

  deinit {
    reader.entries.deallocate()
    reader.filter.deallocate()
  }

  // Lookups: see `Reader`.
  @inline(__always) func lookup(_ hash: UInt64) -> (weight: Float, flags: UInt32) { reader.lookup(hash) }
  @inline(__always) func slot(of hash: UInt64) -> Int { reader.slot(of: hash) }
  @inline(__always) func probe(_ hash: UInt64) -> Int { reader.probe(hash) }
  @inline(__always) func entry(at slot: Int) -> (weight: Float, flags: UInt32) { reader.entry(at: slot) }

  /// Number of slots (entries and empty ones).
  var slotCount: Int { reader.mask + 1 }

  /// The term hash held at `slot`, or 0 when that slot is empty.
  func key(at slot: Int) -> UInt64 { reader.entries[slot].key }
}

extension ComplaintFeatureTable {
  /// The table's memory as plain pointers: a copy costs no reference counting (a scanner per text holds one,
  /// on threads that share the table). Valid while the table lives.
  struct Reader {
    let entries: UnsafeMutablePointer<Entry>
    let mask: Int
    let filter: UnsafeMutablePointer<UInt64>
    /// Right shift that turns a mixed hash into a filter word index.
    let filterShift: UInt64
    let filtersBigrams: Bool
    let stemLetters: Int

    /// The filter word of `hash` and the two bits set in it for a key (the hash mixed by one multiplication, so
    /// the word index comes from its best-mixed high bits).
    @inline(__always) func filterPosition(_ hash: UInt64) -> (word: Int, bits: UInt64) {
      let mixed = hash &* 0x9E37_79B9_7F4A_7C15
      let word = Int(truncatingIfNeeded: mixed &>> filterShift)
      return (word, 1 << ((mixed >> 20) & 63) | 1 << ((mixed >> 26) & 63))
    }

    /// Weight and flags of a term; (0, 0) when absent.
    @inline(__always) func lookup(_ hash: UInt64) -> (weight: Float, flags: UInt32) {
      let slot = slot(of: hash)
      guard slot >= 0 else { return (0, 0) }
      return (entries[slot].weight, entries[slot].flags)
    }

    /// Where a term's entry lies (an index below `slotCount`), or -1 when the term is absent.
    @inline(__always) func slot(of hash: UInt64) -> Int {
      let (word, bits) = filterPosition(hash)
      guard filter[word] & bits == bits else { return -1 }
      return probe(hash)
    }

    /// `slot(of:)` without the filter in front: for terms that are nearly all present (a text's common words).
    @inline(__always) func probe(_ hash: UInt64) -> Int {
      var slot = Int(truncatingIfNeeded: hash >> 7) & mask
      while true {
        let key = entries[slot].key
        if key == hash { return slot }
        if key == 0 { return -1 }
        slot = (slot + 1) & mask
      }
    }

    /// Weight and flags of the entry at `slot` (from `slot(of:)`).
    @inline(__always) func entry(at slot: Int) -> (weight: Float, flags: UInt32) {
      (entries[slot].weight, entries[slot].flags)
    }
  }
}
