/// The Space-Saving heavy-hitters summary (Metwally, Agrawal, El Abbadi 2005) over `capacity` counters.
///
/// An item already counted is incremented; a new item takes a free counter, or else replaces the counter with
/// the smallest count, inheriting that count as its possible over-count (`error`). Guarantees, with N the total
/// weight added: every item whose true count exceeds N / capacity holds a counter; a counter's count is never
/// below its item's true count and over-counts it by at most its `error` <= N / capacity.
///
/// Counters live in stable slots `0..<capacity`, so callers can keep per-slot state in parallel arrays; a
/// min-heap of slots finds the smallest counter in O(1) and keeps an update at O(log capacity).
public struct SpaceSaving<Key: Hashable & Sendable>: Sendable {
  public let capacity: Int
  /// Total weight added.
  public private(set) var total = 0
  private var keys: [Key] = []
  private var counts: [Int] = []
  private var errors: [Int] = []
  private var heap: [Int] = []
  private var heapPosition: [Int] = []
  private var index: [Key: Int] = [:]

  public init(capacity: Int) {
    self.capacity = max(1, capacity)
    index.reserveCapacity(self.capacity)
  }

  /// Counters in use.
  public var count: Int { keys.count }

  /// Smallest count held (0 while counters are free): the bound on any untracked item's true count.
  public var minimumCount: Int { keys.count < capacity ? 0 : counts[heap[0]] }

  /// Adds `weight` occurrences of `key`. Returns its slot and whether the slot was (re)assigned to it.
  @discardableResult
  public mutating func add(_ key: Key, weight: Int = 1) -> (slot: Int, isNew: Bool) {
    guard weight > 0 else { return (index[key] ?? -1, false) }
    total &+= weight
    if let slot = index[key] {
      counts[slot] &+= weight
      siftDown(heapPosition[slot])
      return (slot, false)
    }
    if keys.count < capacity {
      let slot = keys.count
      keys.append(key)
      counts.append(weight)
      errors.append(0)
      heapPosition.append(heap.count)
      heap.append(slot)
      index[key] = slot
      siftUp(heap.count - 1)
      return (slot, true)
    }
    let slot = heap[0]
    index[keys[slot]] = nil
    keys[slot] = key
    index[key] = slot
    errors[slot] = counts[slot]
    counts[slot] &+= weight
    siftDown(0)
    return (slot, true)
  }

  public func slot(of key: Key) -> Int? { index[key] }
  public func key(at slot: Int) -> Key { keys[slot] }
  public func count(at slot: Int) -> Int { counts[slot] }
  public func error(at slot: Int) -> Int { errors[slot] }

  /// The counter for `key`: an upper bound on its true count, and the most it may over-count.
  public func estimate(_ key: Key) -> (count: Int, error: Int)? {
    guard let slot = index[key] else { return nil }
    return (counts[slot], errors[slot])
  }

  /// The `k` largest counters, largest first.
  public func top(_ k: Int) -> [(key: Key, count: Int, error: Int)] {
    let order = keys.indices.sorted { counts[$0] > counts[$1] }
    return order.prefix(max(0, k)).map { (keys[$0], counts[$0], errors[$0]) }
  }

  private mutating func swapAt(_ a: Int, _ b: Int) {
    heap.swapAt(a, b)
    heapPosition[heap[a]] = a
    heapPosition[heap[b]] = b
  }

  private mutating func siftUp(_ start: Int) {
    var i = start
    while i > 0 {
      let parent = (i - 1) / 2
      guard counts[heap[i]] < counts[heap[parent]] else { return }
      swapAt(i, parent)
      i = parent
    }
  }

  private mutating func siftDown(_ start: Int) {
    var i = start
    let n = heap.count
    while true {
      let left = 2 * i + 1
      guard left < n else { return }
      var smallest = left
      let right = left + 1
      if right < n, counts[heap[right]] < counts[heap[left]] { smallest = right }
      guard counts[heap[smallest]] < counts[heap[i]] else { return }
      swapAt(i, smallest)
      i = smallest
    }
  }
}
