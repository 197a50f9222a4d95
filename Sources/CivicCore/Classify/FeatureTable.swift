/// An open-addressing hash table from term hash to (weight, lexicon flags), built once per model.
/// Lookups allocate nothing; the table is at most half full so probes stay short.
struct FeatureTable: Sendable {
  private var keys: [UInt64]
  private var weights: [Float]
  private var flags: [UInt32]
  private var mask: Int

  /// A table holding the cue lexicon plus the given term weights.
  init(weights termWeights: [UInt64: Float]) {
    var entries: [UInt64: (Float, UInt32)] = [:]
    for (flag, words) in CueLexicon.entries {
      for word in words {
        let hash = TermHash.word(Substring(word))
        entries[hash, default: (0, 0)].1 |= flag.rawValue
      }
    }
    for (hash, weight) in termWeights { entries[hash, default: (0, 0)].0 = weight }
    var capacity = 16
    while capacity < entries.count * 2 { capacity <<= 1 }
    keys = Array(repeating: 0, count: capacity)
    weights = Array(repeating: 0, count: capacity)
    flags = Array(repeating: 0, count: capacity)
    mask = capacity - 1
    for (hash, entry) in entries.sorted(by: { $0.key < $1.key }) {
      var slot = Int(truncatingIfNeeded: hash >> 7) & mask
      while keys[slot] != 0 { slot = (slot + 1) & mask }
      keys[slot] = hash
      weights[slot] = entry.0
      flags[slot] = entry.1
    }
  }

  /// Weight and flags of a term; (0, 0) when absent.
  @inline(__always) func lookup(_ hash: UInt64) -> (weight: Float, flags: UInt32) {
    keys.withUnsafeBufferPointer { keys in
      var slot = Int(truncatingIfNeeded: hash >> 7) & mask
      while true {
        let key = keys[slot]
        if key == hash { return (weights[slot], flags[slot]) }
        if key == 0 { return (0, 0) }
        slot = (slot + 1) & mask
      }
    }
  }
}
