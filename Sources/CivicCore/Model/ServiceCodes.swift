/// The router's positions of a post's first services, a cache beside `Post.services` so the counting side can
/// find a service without hashing its id: byte `k` holds the taxonomy position + 1 of `services[k]` (k < 7),
/// or 0 when unknown. Readers confirm an entry with the id itself (`==` on the same string is one compare), so a
/// stale or foreign code only costs the slow lookup. Derived data: it takes no part in equality or hashing.
public struct ServiceCodes: Sendable, Hashable {
  public var raw: UInt64

  @inlinable public init(raw: UInt64 = 0) { self.raw = raw }

  /// Codes for services at taxonomy positions `positions` (strongest first).
  @inlinable public init<S: Sequence>(positions: S) where S.Element: BinaryInteger {
    var raw: UInt64 = 0
    var k: UInt64 = 0
    for position in positions {
      guard k < 7 else { break }
      if position >= 0 && position < 255 { raw |= UInt64(position + 1) << (8 * k) }
      k += 1
    }
    self.raw = raw
  }

  /// The taxonomy position of `services[k]`, or nil when not known.
  @inlinable public func position(_ k: Int) -> Int? {
    guard k < 7 else { return nil }
    let byte = Int((raw >> (8 * UInt64(k))) & 0xFF)
    return byte == 0 ? nil : byte - 1
  }

  @inlinable public static func == (lhs: ServiceCodes, rhs: ServiceCodes) -> Bool { true }
  @inlinable public func hash(into hasher: inout Hasher) {}
}
