/// The demo feed's seeded random source: the shared `SplitMix64` generator plus the few draws the phrasebook
/// needs, so the same `--seed` gives the same feed on every machine and Swift version.
public struct DemoRandom: RandomNumberGenerator, Sendable {
  private var base: SplitMix64

  public init(seed: UInt64) {
    base = SplitMix64(seed: seed &+ 0x9E37_79B9_7F4A_7C15)
  }

  public mutating func next() -> UInt64 { base.next() }

  /// A whole number in 0..<bound (0 when bound <= 0).
  public mutating func below(_ bound: Int) -> Int {
    guard bound > 0 else { return 0 }
    return Int(next() % UInt64(bound))
  }

  /// True with probability `p`.
  public mutating func chance(_ p: Double) -> Bool { base.unit() < p }

  /// A uniformly chosen element (`nil` when empty).
  public mutating func pick<T>(_ items: [T]) -> T? {
    items.isEmpty ? nil : items[below(items.count)]
  }
}
