/// Which author's complaint about which service was last counted for spike detection, and in which minute, in
/// fixed memory: an author counts at most once per service in any `spanMinutes` minutes (the longest tested
/// window), so one account posting forty complaints in ten minutes is one complaint in every window the
/// detector tests, as one resident. Forty residents are forty.
///
/// A set-associative table of (author and service fingerprint, minute) entries, `ways` per set: a pair not in
/// its set takes the place of an empty entry, else of the one counted longest ago (usually a pair whose span has
/// passed, which has nothing left to say). A pair pushed out early can count again before its span is over, so at
/// worst an author counts as today; the table never grows.
struct VoiceTable: Sendable {
  private struct Entry: Sendable {
    /// `key(author:service:)` of the pair, 0 for an empty entry.
    var key: UInt64 = 0
    var minute = Int64.min
  }

  /// Entries per set (four of 16 bytes: one cache line).
  static let ways = 4
  /// Sets in the table: `1 << setBits`, chosen by the top `setBits` bits of a pair's key.
  static let setBits = 12
  static let sets = 1 << setBits
  /// Entries held, whatever the number of authors: `ways * sets`.
  static var capacity: Int { ways * sets }

  /// Minutes in which a pair counts once.
  let spanMinutes: Int64
  private var entries: [Entry]

  init(spanMinutes: Int) {
    self.spanMinutes = Int64(max(1, spanMinutes))
    entries = Array(repeating: Entry(), count: VoiceTable.capacity)
  }

  /// Entries held (fixed: `capacity`).
  var count: Int { entries.count }

  /// Forgets every pair (the services' indices changed).
  mutating func removeAll() {
    for i in entries.indices { entries[i] = Entry() }
  }

  /// Whether the complaint of `author` (`Post.authorKey`, not 0) about the service at index `service`, counted in
  /// `minute`, counts for detection: not when the same pair counted less than `spanMinutes` before or after it.
  /// Notes the minute when it counts.
  @inline(__always) mutating func counts(author: UInt64, service: Int, minute: Int64) -> Bool {
    let key = DedupWindow.mix(author &+ UInt64(truncatingIfNeeded: service)) | 1
    let base = Int(truncatingIfNeeded: key >> UInt64(64 - VoiceTable.setBits)) &* VoiceTable.ways
    let span = spanMinutes
    return entries.withUnsafeMutableBufferPointer { entries in
      // The entry to replace when the pair is not held: the one counted longest ago (an empty one first: its
      // minute is `Int64.min`).
      var victim = base
      var oldest = Int64.max
      for w in base..<(base &+ VoiceTable.ways) {
        let entry = entries[w]
        if entry.key == key {
          let last = entry.minute
          if minute &- last < span && last &- minute < span { return false }
          entries[w].minute = max(last, minute)
          return true
        }
        if entry.minute < oldest {
          oldest = entry.minute
          victim = w
        }
      }
      entries[victim] = Entry(key: key, minute: minute)
      return true
    }
  }
}
