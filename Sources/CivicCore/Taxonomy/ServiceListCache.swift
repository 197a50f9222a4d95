/// The service id lists of routing results with three to seven services, kept for reuse: such a result's
/// `ServiceCodes` name every one of its services in order, so posts routed to the same services share one array
/// instead of each allocating its own (and the thread that counts them freeing it). One and two services come
/// from the router's own shared arrays already. Direct-mapped with `slotCount` entries, so a cache holds at most
/// that many lists; made per batch of posts and used with one router only.
struct ServiceListCache {
  static let slotCount = 256
  private var keys = [UInt64](repeating: 0, count: ServiceListCache.slotCount)
  private var lists = [[String]](repeating: [], count: ServiceListCache.slotCount)

  /// The list kept for `codes` (non-zero, naming every service of the list), or `make()`, kept for next time.
  @inline(__always) mutating func list(_ codes: ServiceCodes, _ make: () -> [String]) -> [String] {
    let slot = Int(truncatingIfNeeded: (codes.raw &* 0x9E37_79B9_7F4A_7C15) >> 56)
    if keys[slot] == codes.raw { return lists[slot] }
    let list = make()
    keys[slot] = codes.raw
    lists[slot] = list
    return list
  }
}
