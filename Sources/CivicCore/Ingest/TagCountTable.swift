/// Hashtag counts keyed by `TagKey` values (64-bit hashes of the lowercased tag), with one display name per key.
///
/// An open-addressing table with linear probing over parallel arrays: the keys are already well mixed, so a count
/// costs one masked index and usually one comparison, with no `Hasher` run and no dictionary bookkeeping per tag.
/// Key 0 marks an empty slot (a key of 0 is stored as 1, like `DedupWindow` does).
struct TagCountTable {
  private var keys: [UInt64]
  private var counts: [Int]
  private var names: [String]
  private var mask: Int
  private(set) var count = 0

  init() { self.init(slots: 1024) }

  private init(slots: Int) {
    keys = Array(repeating: 0, count: slots)
    counts = Array(repeating: 0, count: slots)
    names = Array(repeating: "", count: slots)
    mask = slots - 1
  }

  /// Adds one to the count of `key`; a new key takes its display name from `name()`.
  @inline(__always)
  mutating func increment(_ key: UInt64, name: () -> String) {
    let key = key == 0 ? 1 : key
    var i = Int(truncatingIfNeeded: key) & mask
    while true {
      let found = keys[i]
      if found == key {
        counts[i] += 1
        return
      }
      if found == 0 { break }
      i = (i + 1) & mask
    }
    keys[i] = key
    counts[i] = 1
    names[i] = name()
    count += 1
    if count * 2 > keys.count { rebuild(slots: keys.count * 2, keepingAbove: 0) }
  }

  /// Calls `body` with each tag's display name and count (in no particular order).
  func forEach(_ body: (String, Int) -> Void) {
    for i in keys.indices where keys[i] != 0 { body(names[i], counts[i]) }
  }

  /// Forgets every tag counted `limit` times or fewer.
  mutating func removeAll(countedAtMost limit: Int) {
    var slots = 1024
    var kept = 0
    for i in keys.indices where keys[i] != 0 && counts[i] > limit { kept += 1 }
    while kept * 2 > slots { slots *= 2 }
    rebuild(slots: slots, keepingAbove: limit)
  }

  private mutating func rebuild(slots: Int, keepingAbove limit: Int) {
    var table = TagCountTable(slots: slots)
    for i in keys.indices where keys[i] != 0 && counts[i] > limit {
      var j = Int(truncatingIfNeeded: keys[i]) & table.mask
      while table.keys[j] != 0 { j = (j + 1) & table.mask }
      table.keys[j] = keys[i]
      table.counts[j] = counts[i]
      table.names[j] = names[i]
      table.count += 1
    }
    self = table
  }
}
