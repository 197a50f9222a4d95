/// A complaint model's term table joined with a router's vocabulary, for the counting path that routes and
/// scores the same text: beside each slot of the term table it holds the router's word id for the same hash
/// (`FrozenVocabulary.word(hash:)` of the slot's key), so one lookup of a letter-only word gives both the
/// scorer's weight and flags and the router's word id. Built once per `PostClassifier`; immutable.
///
/// A word's FNV-1a hash is the router's key as it is and the scorer's key once `ComplaintTermHash.finish`ed;
/// the two differ only for the hash 0, which is never looked up here. A word absent from the term table gets the
/// scorer's (0, 0) and the router looks it up in its own vocabulary, so every answer is the one the two separate
/// lookups give.
final class SharedWordTable: @unchecked Sendable {
  let terms: ComplaintFeatureTable
  let vocabulary: FrozenVocabulary
  /// The router's word id of each term-table slot's key (-1 for none or for an empty slot).
  private let wordIDs: UnsafeMutablePointer<Int32>
  private let count: Int

  init(terms: ComplaintFeatureTable, vocabulary: FrozenVocabulary) {
    self.terms = terms
    self.vocabulary = vocabulary
    count = terms.slotCount
    wordIDs = .allocate(capacity: count)
    for slot in 0..<count {
      let key = terms.key(at: slot)
      wordIDs[slot] = key == 0 ? -1 : vocabulary.word(hash: key)
    }
  }

  deinit { wordIDs.deallocate() }

  /// The scorer's weight and flags and the router's exact word id (before inflections) of a word whose
  /// non-zero FNV-1a hash is `hash`.
  @inline(__always) func lookup(_ hash: UInt64) -> (weight: Float, flags: UInt32, word: Int32) {
    // Most words of a text are in the term table: probing straight away beats asking the filter first.
    let slot = terms.probe(hash)
    guard slot >= 0 else { return (0, 0, vocabulary.word(hash: hash)) }
    let (weight, flags) = terms.entry(at: slot)
    return (weight, flags, wordIDs[slot])
  }
}
