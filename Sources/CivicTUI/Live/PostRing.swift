import CivicCore

/// The newest posts, up to a fixed number, addressed by sequence number (1, 2, 3... in arrival order). Older
/// posts are overwritten; memory stays bounded however long the dashboard runs.
public struct PostRing: Sendable {
  public let capacity: Int
  private var storage: [Post] = []
  /// Sequence number of the newest post (0 when empty).
  public private(set) var newestSequence = 0

  public init(capacity: Int) {
    self.capacity = max(1, capacity)
  }

  /// Sequence number of the oldest post still kept (newestSequence + 1 when empty).
  public var oldestSequence: Int { max(1, newestSequence - storage.count + 1) }
  public var count: Int { storage.count }

  public mutating func append(_ post: Post) {
    newestSequence += 1
    if storage.count < capacity {
      storage.append(post)
    } else {
      storage[(newestSequence - 1) % capacity] = post
    }
  }

  /// Puts `post` in the place of the kept post with the same id (the newest such), keeping its sequence number;
  /// returns the post it replaced, or `nil` (nothing changed) when no kept post has that id.
  public mutating func replace(_ post: Post) -> Post? {
    var s = newestSequence
    while s >= oldestSequence {
      let slot = (s - 1) % capacity
      if storage[slot].id == post.id {
        let old = storage[slot]
        storage[slot] = post
        return old
      }
      s -= 1
    }
    return nil
  }

  public func post(sequence: Int) -> Post? {
    guard sequence >= oldestSequence, sequence <= newestSequence else { return nil }
    return storage[(sequence - 1) % capacity]
  }

  /// Kept posts at or before `sequence`.
  public func count(upTo sequence: Int) -> Int {
    max(0, min(sequence, newestSequence) - oldestSequence + 1)
  }

  /// Up to `limit` posts, newest first, starting `skip` posts below `sequence`.
  public func newestFirst(from sequence: Int, skip: Int, limit: Int) -> [Post] {
    var result: [Post] = []
    var s = min(sequence, newestSequence) - max(0, skip)
    while result.count < limit, s >= oldestSequence {
      if let post = post(sequence: s) { result.append(post) }
      s -= 1
    }
    return result
  }
}
