/// Post and complaint counts in fixed-width time buckets, held in a ring of `slots` slots.
///
/// Each slot remembers which bucket it holds, so a slot whose bucket fell out of range reads as zero and is
/// reset the next time it is written: memory is fixed and no sweeping is needed when time jumps.
struct BucketRing: Sendable {
  let slots: Int
  private var stamps: [Int64]
  private var postCounts: [Int]
  private var complaintCounts: [Int]

  init(slots: Int) {
    self.slots = max(1, slots)
    stamps = Array(repeating: Int64.min, count: self.slots)
    postCounts = Array(repeating: 0, count: self.slots)
    complaintCounts = Array(repeating: 0, count: self.slots)
  }

  @inline(__always) private func slot(_ bucket: Int64) -> Int {
    let n = Int64(slots)
    return Int(((bucket % n) + n) % n)
  }

  /// Adds counts to `bucket`. The caller keeps `bucket` within the last `slots` buckets of its head.
  mutating func add(bucket: Int64, posts: Int, complaints: Int) {
    let i = slot(bucket)
    if stamps[i] != bucket {
      stamps[i] = bucket
      postCounts[i] = 0
      complaintCounts[i] = 0
    }
    postCounts[i] &+= posts
    complaintCounts[i] &+= complaints
  }

  func posts(_ bucket: Int64) -> Int {
    let i = slot(bucket)
    return stamps[i] == bucket ? postCounts[i] : 0
  }

  func complaints(_ bucket: Int64) -> Int {
    let i = slot(bucket)
    return stamps[i] == bucket ? complaintCounts[i] : 0
  }

  /// Sums over buckets `from...through` (inclusive); empty when `through < from`.
  func sum(from: Int64, through: Int64) -> (posts: Int, complaints: Int) {
    guard through >= from else { return (0, 0) }
    let lower = max(from, through - Int64(slots) + 1)
    var p = 0
    var c = 0
    var b = lower
    while b <= through {
      let i = slot(b)
      if stamps[i] == b {
        p &+= postCounts[i]
        c &+= complaintCounts[i]
      }
      b += 1
    }
    return (p, c)
  }
}
