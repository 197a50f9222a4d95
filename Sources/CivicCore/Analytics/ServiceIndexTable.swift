/// Service id -> position in the service list, for the per-post lookups of `AnalyticsEngine.ingest`.
///
/// An open-addressing table keyed by FNV-1a over the id's UTF-8 bytes: a service id is a few bytes, and hashing
/// them directly costs much less than a seeded `Hasher` round per lookup. Found entries are confirmed with `==`,
/// which is immediate for the taxonomy's own strings (routing hands those out).
struct ServiceIndexTable {
  private var ids: [String] = []
  /// Index into `ids` + 1, or 0 for an empty slot; a power-of-two count at least twice the number of ids.
  private var slots: [Int32] = [0]
  private var mask = 0

  /// `ids` are distinct; an id's index is its position.
  init(_ ids: [String]) {
    self.ids = ids
    var size = 8
    while size < ids.count * 2 { size *= 2 }
    slots = Array(repeating: 0, count: size)
    mask = size - 1
    for (i, id) in ids.enumerated() {
      var at = Self.hash(id) & mask
      while slots[at] != 0 { at = (at + 1) & mask }
      slots[at] = Int32(i + 1)
    }
  }

  /// Whether the id at `index` is `id`, read in place (no retain and release of the stored string).
  @inline(__always) func id(at index: Int, is id: String) -> Bool {
    ids.withUnsafeBufferPointer { $0[index] == id }
  }

  func index(of id: String) -> Int? {
    var at = Self.hash(id) & mask
    while true {
      let entry = Int(slots[at])
      if entry == 0 { return nil }
      if ids[entry - 1] == id { return entry - 1 }
      at = (at + 1) & mask
    }
  }

  @inline(__always) private static func hash(_ id: String) -> Int {
    var id = id
    // `withUTF8` reads a small or native string's bytes in place (iterating `utf8` goes through generic code).
    let state = id.withUTF8 { bytes -> UInt64 in
      var state: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in bytes { state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
      return state
    }
    return Int(truncatingIfNeeded: state ^ (state >> 29))
  }
}
