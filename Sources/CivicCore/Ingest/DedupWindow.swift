/// Remembers the most recent `capacity` post ids; older ids are forgotten first-in, first-out.
///
/// Ids are kept as 64-bit keys (`key(for:)`, computed on the decode threads) in an open-addressing table with
/// linear probing and backward-shift deletion, so the single delivery thread neither hashes strings nor retains
/// them. Two different ids share a key with probability about 2^-64 per pair: far below any real risk.
struct DedupWindow {
  private var slots: [UInt64]
  private let mask: Int
  private var order: [UInt64] = []
  private var next = 0
  let capacity: Int
  private(set) var count = 0

  init(capacity: Int) {
    self.capacity = max(1, capacity)
    var size = 16
    while size < self.capacity * 2 { size <<= 1 }
    slots = Array(repeating: 0, count: size)
    mask = size - 1
    order.reserveCapacity(min(self.capacity, 1 << 16))
  }

  /// The 64-bit key of an id: its UTF-8 bytes taken eight at a time, each word folded in with a SplitMix64
  /// finaliser (a bijective mix), the length in the last word; never 0.
  static func key(for id: String) -> UInt64 {
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

  func contains(key: UInt64) -> Bool {
    var i = Int(truncatingIfNeeded: key) & mask
    while slots[i] != 0 {
      if slots[i] == key { return true }
      i = (i + 1) & mask
    }
    return false
  }

  /// Adds `key`; returns `false` when it was already in the window.
  mutating func insert(key: UInt64) -> Bool {
    var i = Int(truncatingIfNeeded: key) & mask
    while slots[i] != 0 {
      if slots[i] == key { return false }
      i = (i + 1) & mask
    }
    slots[i] = key
    count += 1
    if order.count < capacity {
      order.append(key)
    } else {
      remove(order[next])
      order[next] = key
      next = (next + 1) % capacity
    }
    return true
  }

  /// Removes a key known to be present, shifting later entries of its probe run back into the gap.
  private mutating func remove(_ key: UInt64) {
    var hole = Int(truncatingIfNeeded: key) & mask
    while slots[hole] != key {
      if slots[hole] == 0 { return }
      hole = (hole + 1) & mask
    }
    var j = hole
    while true {
      j = (j + 1) & mask
      let entry = slots[j]
      if entry == 0 { break }
      let home = Int(truncatingIfNeeded: entry) & mask
      // The entry may move into the hole unless its home lies cyclically in (hole, j].
      let staysPut = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j)
      if !staysPut {
        slots[hole] = entry
        hole = j
      }
    }
    slots[hole] = 0
    count -= 1
  }
}
