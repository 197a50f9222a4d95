/// Word lookup by hash, shared by the vocabulary being built and the frozen one the router reads.
///
/// Words are identified by the 64-bit FNV-1a hash of their normalised bytes (ASCII lowercased, Latin-1 capitals
/// lowercased, apostrophes dropped). Hashing is incremental, so the hashes of a word's shorter prefixes (for the
/// inflection rules) come for free while reading it. Two different words of a taxonomy sharing a 64-bit hash,
/// or a post word colliding with one, is possible in principle but vanishingly unlikely (about 1e-16 per word).
protocol VocabularyAccess {
  /// The id of the word with this hash, or -1.
  func word(hash: UInt64) -> Int32
}

enum WordHash {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  @inline(__always) static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* 0x100_0000_01b3
  }

  @inline(__always) static func lower(_ b: UInt8) -> UInt8 { (b &- 0x41) < 26 ? b | 0x20 : b }

  static func of(_ bytes: [UInt8]) -> UInt64 { bytes.reduce(seed, add) }

  /// Hash of `p[start..<end]` with ASCII lowercased.
  @inline(__always) static func of(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
    var hash = seed
    var i = start
    while i < end {
      hash = add(hash, lower(p[i]))
      i += 1
    }
    return hash
  }
}

extension VocabularyAccess {
  /// Resolves the word at `start..<end` of `p` (lowercasing, skipping apostrophes) to a word id.
  ///
  /// With `exact`, a listed word is returned as is. Otherwise (or when the word is not listed) plural, -ed and
  /// -ing forms fall back to their stem when the stem is listed: "potholes" -> "pothole", "libraries" ->
  /// "library", "buses" -> "bus", "flooded" -> "flood", "closed" -> "close", "binned" -> "bin", "flooding" ->
  /// "flood", "closing" -> "close". With `pluralOnly` only the plural rules apply. Returns -1 when nothing fits.
  @inline(__always)
  func resolve(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, exact: Bool, pluralOnly: Bool) -> Int32 {
    var hash = WordHash.seed
    var i = start
    while i < end {
      let b = p[i]
      if b >= 0x80 || b == 0x27 {
        return resolveNormalising(p, start, end, exact: exact, pluralOnly: pluralOnly)
      }
      hash = WordHash.add(hash, WordHash.lower(b))
      i += 1
    }
    if exact {
      let id = word(hash: hash)
      if id >= 0 { return id }
    }
    return resolveInflection(p, start, end, pluralOnly: pluralOnly)
  }

  /// Resolves a scanned token: from its hash when it is plain ASCII, else by normalising its bytes.
  @inline(__always)
  func resolve(_ p: UnsafeBufferPointer<UInt8>, _ token: TextScanner.Token) -> Int32 {
    guard token.simple else { return resolveNormalising(p, token.start, token.end, exact: true, pluralOnly: false) }
    return resolve(p, token, exact: word(hash: token.hash))
  }

  /// `resolve(_:_:)` of a simple token whose exact lookup `word(hash: token.hash)` is already known to be `id`.
  @inline(__always)
  func resolve(_ p: UnsafeBufferPointer<UInt8>, _ token: TextScanner.Token, exact id: Int32) -> Int32 {
    if id >= 0 || token.end - token.start < 4 { return id }
    let last = p[token.end - 1] | 0x20
    guard last == 0x73 || last == 0x64 || last == 0x67 else { return -1 }  // s, d, g: a plural, -ed or -ing
    return resolveInflection(p, token.start, token.end, pluralOnly: false)
  }

  /// Slow path for words with apostrophes or non-ASCII letters: normalises into a scratch buffer first.
  @inline(never)
  private func resolveNormalising(
    _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, exact: Bool, pluralOnly: Bool
  ) -> Int32 {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end - start) { scratch in
      var n = 0
      var i = start
      while i < end {
        var b = p[i]
        let skip = TextScanner.apostropheLength(p, i, end)
        if skip > 0 {
          i += skip
          continue
        }
        if b >= 0x80 && b <= 0x9E && b != 0x97 && i > start && p[i - 1] == 0xC3 {
          b |= 0x20  // second byte of an uppercase Latin-1 letter
        }
        scratch[n] = WordHash.lower(b)
        n += 1
        i += 1
      }
      let normalised = UnsafeBufferPointer(rebasing: scratch[0..<n])
      if exact {
        let id = word(hash: WordHash.of(normalised, 0, n))
        if id >= 0 { return id }
      }
      return resolveInflection(normalised, 0, n, pluralOnly: pluralOnly)
    }
  }

  /// The inflection rules, on a word whose bytes need at most ASCII lowercasing.
  @inline(never)
  private func resolveInflection(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, pluralOnly: Bool)
    -> Int32
  {
    let length = end - start
    guard length >= 4 else { return -1 }
    func last(_ k: Int) -> UInt8 { k <= length ? WordHash.lower(p[end - k]) : 0 }
    func stem(_ k: Int, _ extra: UInt8? = nil) -> Int32 {
      var hash = WordHash.of(p, start, end - k)
      if let extra { hash = WordHash.add(hash, extra) }
      return word(hash: hash)
    }
    let c1 = last(1)
    let c2 = last(2)
    let c3 = last(3)
    if c1 == 0x73 {  // s
      guard c2 != 0x73 && c2 != 0x75 && c2 != 0x69 else { return -1 }  // ss, us, is
      if c2 == 0x65 && c3 == 0x69 && length >= 5 {  // ies -> y
        let id = stem(3, 0x79)
        if id >= 0 { return id }
      }
      let id = stem(1)
      if id >= 0 || c2 != 0x65 { return id }
      return stem(2)  // es
    }
    if pluralOnly { return -1 }
    if c1 == 0x64 && c2 == 0x65 && length >= 5 {  // ed
      var id = stem(2)
      if id >= 0 { return id }
      id = stem(1)
      if id >= 0 { return id }
      if c3 == last(4) {
        id = stem(3)
        if id >= 0 { return id }
      }
      return c3 == 0x69 ? stem(3, 0x79) : -1  // ied -> y
    }
    if c1 == 0x67 && c2 == 0x6E && c3 == 0x69 && length >= 6 {  // ing
      var id = stem(3)
      if id >= 0 { return id }
      id = stem(3, 0x65)
      if id >= 0 { return id }
      if last(4) == last(5) { return stem(4) }
    }
    return -1
  }
}

/// The vocabulary being built.
struct VocabularyBuilder: VocabularyAccess {
  private(set) var ids: [UInt64: Int32] = [:]
  /// Every inserted word, in insertion order.
  private(set) var words: [[UInt8]] = []

  func word(hash: UInt64) -> Int32 { ids[hash] ?? -1 }

  /// Inserts `bytes` (already normalised) with `id` unless it is already there. Returns the word's id.
  @discardableResult
  mutating func insert(_ bytes: [UInt8], id: Int32) -> Int32 {
    let hash = WordHash.of(bytes)
    if let existing = ids[hash] { return existing }
    ids[hash] = id
    words.append(bytes)
    return id
  }

  func id(of bytes: [UInt8]) -> Int32 { word(hash: WordHash.of(bytes)) }

  /// Replaces every word id by `map[id]`.
  mutating func remap(_ map: [Int32]) {
    for (hash, id) in ids { ids[hash] = map[Int(id)] }
  }

  /// Resolves a whole word given as bytes.
  func resolve(_ bytes: [UInt8], exact: Bool, pluralOnly: Bool) -> Int32 {
    bytes.withUnsafeBufferPointer { resolve($0, 0, $0.count, exact: exact, pluralOnly: pluralOnly) }
  }
}

/// The finished vocabulary, read without bounds checks by the router: a 4 KB bit filter that turns away most
/// words of a post with one cached load, then an open-addressing table (linear probing, at most half full) whose
/// entries pack the hash's high half with the word id, so a probe is one load.
struct FrozenVocabulary: VocabularyAccess, Sendable {
  static let filterBits = 1 << 15
  let filter: FrozenBuffer<UInt64>
  let entries: FrozenBuffer<UInt64>
  let mask: Int
  let count: Int

  init(_ builder: VocabularyBuilder) {
    var capacity = 16
    while capacity < builder.ids.count * 2 { capacity *= 2 }
    var entries = [UInt64](repeating: 0, count: capacity)
    var filter = [UInt64](repeating: 0, count: FrozenVocabulary.filterBits / 64)
    for (hash, id) in builder.ids {
      var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
      while entries[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
      entries[slot] = FrozenVocabulary.entry(hash, id)
      let bit = FrozenVocabulary.filterBit(hash)
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }
    self.entries = FrozenBuffer(entries)
    self.filter = FrozenBuffer(filter)
    mask = capacity - 1
    count = builder.ids.count
  }

  /// High half of the hash, and id + 1 (so an empty slot is 0).
  @inline(__always) static func entry(_ hash: UInt64, _ id: Int32) -> UInt64 {
    (hash & 0xFFFF_FFFF_0000_0000) | UInt64(UInt32(bitPattern: id &+ 1))
  }

  @inline(__always) static func filterBit(_ hash: UInt64) -> Int {
    Int(truncatingIfNeeded: hash >> 20) & (filterBits - 1)
  }

  @inline(__always) func word(hash: UInt64) -> Int32 {
    let bit = FrozenVocabulary.filterBit(hash)
    guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return -1 }
    var slot = Int(truncatingIfNeeded: hash) & mask
    let high = hash & 0xFFFF_FFFF_0000_0000
    while true {
      let entry = entries[slot]
      if entry == 0 { return -1 }
      if entry & 0xFFFF_FFFF_0000_0000 == high { return Int32(bitPattern: UInt32(truncatingIfNeeded: entry)) &- 1 }
      slot = (slot &+ 1) & mask
    }
  }
}
