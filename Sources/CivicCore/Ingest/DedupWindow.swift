import CPrefetch

/// Remembers the most recent `capacity` post ids; older ids are forgotten first-in, first-out.
///
/// Ids are kept as 64-bit keys (`key(for:)`, computed on the decode threads) in an open-addressing table with
/// linear probing, so the single delivery thread neither hashes strings nor retains them. Two different ids share
/// a key with probability about 2^-64 per pair: far below any real risk.
///
/// Nothing is ever removed: each slot holds a key with the sequence number of its insertion (`stamp`), and an
/// entry more than `capacity` insertions old counts as absent and is overwritten in place by a later insertion.
/// A probe run cannot end at an empty slot (slots are reused, not emptied), so each slot also records the latest
/// insertion that probed past it (`passed`): a lookup moves on past a slot only while that insertion is still in
/// the window, since any key in the window that lies further on was placed by an insertion no older. One insertion
/// thus reads and writes the slots of one probe run (usually one cache line) and no eviction probe is made.
/// Sequence numbers are kept in 32 bits and compared by wrapping difference; every 2^30 insertions the entries out
/// of the window are re-stamped as far out as the comparison allows, so no difference ever exceeds 2^32.
struct DedupWindow {
  private struct Slot {
    var key: UInt64
    /// Low 32 bits of the insertion that placed `key`.
    var stamp: UInt32
    /// Low 32 bits of the latest insertion that probed past this slot.
    var passed: UInt32
  }

  /// How far out of the window a re-stamped entry is put (its age is then 2^31).
  private static let farAge: UInt32 = 1 << 31

  private var slots: [Slot]
  private let mask: Int
  /// Sequence number of the latest insertion (`firstSequence` before the first).
  private var inserted: UInt64
  private let firstSequence: UInt64
  /// Insertions between two re-stampings (at most 2^30).
  private let restampPeriod: UInt64
  /// Insertions left before the next re-stamping.
  private var untilRestamp: UInt64
  let capacity: Int

  /// Ids in the window.
  var count: Int { Int(min(inserted - firstSequence, UInt64(capacity))) }

  init(capacity: Int) { self.init(capacity: capacity, restampPeriod: 1 << 30, firstSequence: 0) }

  /// For tests: re-stamps every `restampPeriod` insertions and numbers them from `firstSequence` + 1 (so that
  /// the 32-bit stamps can be made to wrap around early).
  init(capacity: Int, restampPeriod: UInt64, firstSequence: UInt64) {
    self.capacity = min(max(1, capacity), 1 << 30)
    self.restampPeriod = min(max(1, restampPeriod), 1 << 30)
    self.firstSequence = firstSequence
    untilRestamp = self.restampPeriod
    inserted = firstSequence
    var size = 16
    while size < self.capacity * 2 { size <<= 1 }
    let far = UInt32(truncatingIfNeeded: firstSequence) &- Self.farAge
    slots = Array(repeating: Slot(key: 0, stamp: far, passed: far), count: size)
    mask = size - 1
  }

  /// The 64-bit key of an id: its UTF-8 bytes taken eight at a time, each word folded in with a SplitMix64
  /// finaliser (a bijective mix), the length in the last word; never 0.
  static func key(for id: String) -> UInt64 {
    // Native and small strings (every id a decoder makes) are read in place, without a copy of the string.
    if let key = id.utf8.withContiguousStorageIfAvailable(key(utf8:)) { return key }
    var id = id
    return id.withUTF8 { key(utf8: $0) }
  }

  /// `key(for:)` of the string with these UTF-8 bytes.
  static func key(utf8 bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let hash = { () -> UInt64 in
      let raw = UnsafeRawBufferPointer(bytes)
      var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
      var i = 0
      while i + 8 <= raw.count {
        hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        i += 8
      }
      var tail = UInt64(raw.count & 0xFF) << 56
      var shift: UInt64 = 0
      while i < raw.count {
        tail |= UInt64(raw[i]) << shift
        shift += 8
        i += 1
      }
      return mix(hash ^ tail)
    }()
    return hash == 0 ? 1 : hash
  }

  /// A 64-bit finaliser (splitmix64): spreads every input bit over the whole result.
  static func mix(_ value: UInt64) -> UInt64 {
    var z = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  func contains(_ id: String) -> Bool { contains(key: Self.key(for: id)) }

  /// Adds `id`; returns `false` when it was already in the window.
  mutating func insert(_ id: String) -> Bool { insert(key: Self.key(for: id)) }

  /// Hints the CPU to fetch the slot where a probe for `key` starts, ahead of its `insert` or `contains`: the
  /// table is larger than the caches, so that slot is usually a cache miss, which the delivery thread otherwise
  /// waits for once per post. Changes nothing.
  @inline(__always) func prefetch(key: UInt64) {
    slots.withUnsafeBufferPointer { slots in
      guard let base = slots.baseAddress else { return }
      cprefetch_for_writing(base + (Int(truncatingIfNeeded: key) & mask))
    }
  }

  func contains(key: UInt64) -> Bool {
    let now = UInt32(truncatingIfNeeded: inserted)
    let window = UInt32(capacity)
    return slots.withUnsafeBufferPointer { slots in
      var i = Int(truncatingIfNeeded: key) & mask
      // Every slot at most once: a probe run never wraps around the whole table, but stamps are not trusted to
      // prove it.
      for _ in 0..<slots.count {
        let slot = slots[i]
        if slot.key == key && now &- slot.stamp < window { return true }
        if now &- slot.passed >= window { return false }
        i = (i + 1) & mask
      }
      return false
    }
  }

  /// Adds `key`; returns `false` when it was already in the window.
  mutating func insert(key: UInt64) -> Bool {
    if contains(key: key) { return false }
    inserted += 1
    untilRestamp -= 1
    if untilRestamp == 0 {
      restamp()
      untilRestamp = restampPeriod
    }
    let now = UInt32(truncatingIfNeeded: inserted)
    let window = UInt32(capacity)
    let mask = mask
    slots.withUnsafeMutableBufferPointer { slots in
      // The first slot whose entry is out of the window once this key is in: fewer than `capacity` entries are
      // in it, in a table at least twice that size, so one is found.
      var i = Int(truncatingIfNeeded: key) & mask
      while now &- slots[i].stamp < window {
        slots[i].passed = now
        i = (i + 1) & mask
      }
      slots[i].key = key
      slots[i].stamp = now
    }
    return true
  }

  /// Puts every stamp out of the window at age 2^31, so that none reaches 2^32 before the next re-stamping.
  private mutating func restamp() {
    let now = UInt32(truncatingIfNeeded: inserted)
    let window = UInt32(capacity)
    let far = now &- Self.farAge
    for i in slots.indices {
      if now &- slots[i].stamp >= window { slots[i].stamp = far }
      if now &- slots[i].passed >= window { slots[i].passed = far }
    }
  }
}
