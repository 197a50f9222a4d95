/// `n`/`N` over a list: the sorted indices of the rows that contain a hit, and where the next jump lands.
public struct SearchCursor: Sendable, Hashable {
  /// Row indices with a hit, ascending.
  public let hits: [Int]

  /// Where a jump lands, and whether it wrapped past the end (or start) of the list.
  public struct Jump: Sendable, Hashable {
    public var index: Int
    public var wrapped: Bool

    public init(index: Int, wrapped: Bool) {
      self.index = index
      self.wrapped = wrapped
    }
  }

  public init(hits: [Int]) {
    self.hits = Array(Set(hits)).sorted()
  }

  /// A cursor over `posts` for `search`.
  public init(posts: [Post], search: PostSearch) {
    self.init(hits: search.hits(in: posts))
  }

  public var isEmpty: Bool { hits.isEmpty }
  public var count: Int { hits.count }

  /// `n`: the first hit after `index` (from the top when `index` is nil), wrapping to the first hit when `wrap`.
  public func next(after index: Int?, wrap: Bool = true) -> Jump? {
    guard let first = hits.first else { return nil }
    guard let index else { return Jump(index: first, wrapped: false) }
    let position = firstPosition(above: index)
    if position < hits.count { return Jump(index: hits[position], wrapped: false) }
    return wrap ? Jump(index: first, wrapped: true) : nil
  }

  /// `N`: the last hit before `index` (from the bottom when `index` is nil), wrapping to the last hit when `wrap`.
  public func previous(before index: Int?, wrap: Bool = true) -> Jump? {
    guard let last = hits.last else { return nil }
    guard let index else { return Jump(index: last, wrapped: false) }
    let position = firstPosition(atOrAbove: index) - 1
    if position >= 0 { return Jump(index: hits[position], wrapped: false) }
    return wrap ? Jump(index: last, wrapped: true) : nil
  }

  /// 1-based number of the hit at `index` ("3" of "3/17"), or nil when the row is not a hit.
  public func ordinal(of index: Int) -> Int? {
    let position = firstPosition(atOrAbove: index)
    return position < hits.count && hits[position] == index ? position + 1 : nil
  }

  private func firstPosition(above index: Int) -> Int {
    firstPosition(atOrAbove: index + 1)
  }

  /// Binary search: the position of the first hit >= index.
  private func firstPosition(atOrAbove index: Int) -> Int {
    var low = 0
    var high = hits.count
    while low < high {
      let middle = (low + high) / 2
      if hits[middle] < index { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
