/// Remembers the most recent `capacity` post ids; older ids are forgotten first-in, first-out.
struct DedupWindow {
  private var seen: Set<String>
  private var order: [String]
  private var next = 0
  let capacity: Int

  init(capacity: Int) {
    self.capacity = max(1, capacity)
    seen = Set(minimumCapacity: min(self.capacity, 1 << 16))
    order = []
  }

  var count: Int { seen.count }

  func contains(_ id: String) -> Bool { seen.contains(id) }

  /// Adds `id`; returns `false` when it was already in the window.
  mutating func insert(_ id: String) -> Bool {
    guard seen.insert(id).inserted else { return false }
    if order.count < capacity {
      order.append(id)
    } else {
      seen.remove(order[next])
      order[next] = id
      next = (next + 1) % capacity
    }
    return true
  }
}
