import DequeModule
import HeapModule

/// The reorder buffer of `--replay`: posts go in as they are read, whatever order the input holds them in, and
/// come out in event-time order (equal times in the order they were read), each when the replay clock says it is
/// due. Pure logic: the wall time is always given by the caller, which does the waiting.
///
/// At most `capacity` posts wait in the heap. Posts pushed while it is full wait, in arrival order, in an
/// overflow that the caller keeps to one decoded batch (it reads no more while `hasRoom` is false); they move
/// into the heap as played posts leave it.
///
/// Playback starts (`start(atWall:)`) from the earliest buffered post. From then on, a post older than the last
/// one played cannot be played in order: it is handed back to be delivered at once and counted in `lateCount`.
struct ReplayBuffer {
  /// A buffered post with the index of its source, ordered by event time, then by arrival.
  struct Entry: Comparable {
    var time: EpochMillis
    var sequence: Int
    var source: Int
    var post: Post

    static func < (lhs: Entry, rhs: Entry) -> Bool {
      lhs.time != rhs.time ? lhs.time < rhs.time : lhs.sequence < rhs.sequence
    }

    static func == (lhs: Entry, rhs: Entry) -> Bool { lhs.time == rhs.time && lhs.sequence == rhs.sequence }
  }

  /// Most posts waiting in the heap (at least 1).
  let capacity: Int
  let speed: Double
  private var heap = Heap<Entry>()
  private var overflow = Deque<Entry>()
  private var nextSequence = 0
  /// Set once playback has started.
  private(set) var clock: ReplayClock?
  /// The time of the latest post played so far; posts older than it are late.
  private(set) var position: EpochMillis?
  /// Posts handed back to be delivered at once because they were older than `position`.
  private(set) var lateCount = 0

  init(capacity: Int, speed: Double) {
    self.capacity = max(1, capacity)
    self.speed = speed
  }

  /// Posts waiting (heap and overflow).
  var count: Int { heap.count + overflow.count }
  var isEmpty: Bool { heap.isEmpty && overflow.isEmpty }
  var isPlaying: Bool { clock != nil }
  /// The time of the earliest post in the heap (the next to play); nil when it is empty.
  var nextTime: EpochMillis? { heap.min?.time }
  /// `false` once the heap is full or posts wait in the overflow: read no more until played posts make room.
  var hasRoom: Bool { overflow.isEmpty && heap.count < capacity }

  /// Buffers posts read from `source`, in the order read. Returns the late ones (older than what was already
  /// played), which are not buffered: deliver them at once.
  mutating func push(_ posts: [Post], source: Int) -> [Entry] {
    var late: [Entry] = []
    for post in posts {
      let entry = Entry(time: post.time, sequence: nextSequence, source: source, post: post)
      nextSequence &+= 1
      if isLate(entry) {
        late.append(entry)
      } else if overflow.isEmpty && heap.count < capacity {
        heap.insert(entry)
      } else {
        overflow.append(entry)
      }
    }
    lateCount += late.count
    return late
  }

  /// Starts playback at `wall` from the earliest buffered post (which is then due at once). No effect when
  /// already playing or when nothing is buffered.
  mutating func start(atWall wall: Double) {
    guard clock == nil, let first = heap.min else { return }
    clock = ReplayClock(speed: speed, base: first.time, wallStart: wall)
  }

  /// Seconds from `wall` until the next buffered post is due (zero or less: due now); `nil` when not playing or
  /// nothing is buffered.
  func delay(atWall wall: Double) -> Double? {
    guard let clock, let first = heap.min else { return nil }
    return clock.delay(until: first.time, atWall: wall)
  }

  /// Every post due by `wall` (within a millisecond), in event-time order, followed by any overflow post that
  /// turned out late when it moved into the heap (counted in `lateCount`). Empty when not playing.
  mutating func popDue(atWall wall: Double) -> [Entry] {
    guard let clock else { return [] }
    var result: [Entry] = []
    var late: [Entry] = []
    while let first = heap.min, clock.delay(until: first.time, atWall: wall) <= 0.001 {
      let entry = heap.removeMin()
      position = max(position ?? entry.time, entry.time)
      result.append(entry)
      refill(late: &late)
    }
    lateCount += late.count
    return result + late
  }

  /// Everything still buffered, in event-time order, at once (the engine is stopping).
  mutating func removeAll() -> [Entry] {
    while let entry = overflow.popFirst() { heap.insert(entry) }
    var result: [Entry] = []
    result.reserveCapacity(heap.count)
    while let entry = heap.popMin() { result.append(entry) }
    if let last = result.last { position = max(position ?? last.time, last.time) }
    return result
  }

  private func isLate(_ entry: Entry) -> Bool {
    guard let position else { return false }
    return entry.time < position
  }

  /// Moves overflow posts into the heap while it has room; late ones go to `late` instead.
  private mutating func refill(late: inout [Entry]) {
    while heap.count < capacity, let entry = overflow.popFirst() {
      if isLate(entry) { late.append(entry) } else { heap.insert(entry) }
    }
  }
}
