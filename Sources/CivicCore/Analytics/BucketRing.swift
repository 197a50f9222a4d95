/// Post and complaint counts in fixed-width time buckets, held in a ring of `slots` slots.
///
/// Each slot remembers which bucket it holds, so a slot whose bucket fell out of range reads as zero and is
/// reset the next time it is written: memory is fixed and no sweeping is needed when time jumps.
struct BucketRing: Sendable {
  /// One slot: the bucket it holds and that bucket's counts (kept together: one array, one uniqueness check
  /// per write, and a sum reads consecutive memory).
  private struct Cell: Sendable {
    var stamp = Int64.min
    var posts = 0
    var complaints = 0
  }

  let slots: Int
  private var cells: [Cell]
  /// The bucket last written and its slot: most writes go to the same bucket as the one before (the current
  /// minute or hour), so they need no division.
  private var lastBucket = Int64.min
  private var lastSlot = 0

  init(slots: Int) {
    self.slots = max(1, slots)
    cells = Array(repeating: Cell(), count: self.slots)
  }

  /// The slot of `bucket` (buckets before 1970 are negative: the remainder is taken up into `0..<slots`).
  @inline(__always) private func slot(_ bucket: Int64) -> Int {
    let n = Int64(slots)
    let r = bucket % n
    return Int(r < 0 ? r + n : r)
  }

  /// Adds counts to `bucket`. The caller keeps `bucket` within the last `slots` buckets of its head.
  mutating func add(bucket: Int64, posts: Int, complaints: Int) {
    let i: Int
    if bucket == lastBucket {
      i = lastSlot
    } else {
      i = slot(bucket)
      lastBucket = bucket
      lastSlot = i
    }
    if cells[i].stamp != bucket {
      cells[i] = Cell(stamp: bucket, posts: 0, complaints: 0)
    }
    cells[i].posts &+= posts
    cells[i].complaints &+= complaints
  }

  func posts(_ bucket: Int64) -> Int {
    let cell = cells[slot(bucket)]
    return cell.stamp == bucket ? cell.posts : 0
  }

  func complaints(_ bucket: Int64) -> Int {
    let cell = cells[slot(bucket)]
    return cell.stamp == bucket ? cell.complaints : 0
  }

  /// Sums over buckets `from...through` (inclusive); empty when `through < from`.
  func sum(from: Int64, through: Int64) -> (posts: Int, complaints: Int) {
    guard through >= from else { return (0, 0) }
    let lower = max(from, through - Int64(slots) + 1)
    var p = 0
    var c = 0
    // One division for the first slot, then the slots follow each other round the ring.
    var i = slot(lower)
    let slots = slots
    cells.withUnsafeBufferPointer { cells in
      var b = lower
      while b <= through {
        if cells[i].stamp == b {
          p &+= cells[i].posts
          c &+= cells[i].complaints
        }
        b += 1
        i += 1
        if i == slots { i = 0 }
      }
    }
    return (p, c)
  }

  /// Whether the complaints in buckets `from...through` add up to at least `n`, as `sum(from:through:)` would
  /// say; stops at the bucket where they do (counts are never negative).
  func complaints(from: Int64, through: Int64, reach n: Int) -> Bool {
    guard n > 0 else { return true }
    guard through >= from else { return false }
    let lower = max(from, through - Int64(slots) + 1)
    var i = slot(lower)
    let slots = slots
    return cells.withUnsafeBufferPointer { cells in
      var c = 0
      var b = lower
      while b <= through {
        if cells[i].stamp == b {
          c &+= cells[i].complaints
          if c >= n { return true }
        }
        b += 1
        i += 1
        if i == slots { i = 0 }
      }
      return false
    }
  }
}
