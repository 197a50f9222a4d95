import XCTest

@testable import CivicCore

final class DedupWindowTests: XCTestCase {
  func testRecentIdsAreDuplicatesAndOldOnesAreForgotten() {
    var window = DedupWindow(capacity: 3)
    XCTAssertTrue(window.insert("a"))
    XCTAssertFalse(window.insert("a"))
    XCTAssertTrue(window.insert("b"))
    XCTAssertTrue(window.insert("c"))
    XCTAssertTrue(window.insert("d"))  // evicts "a"
    XCTAssertEqual(window.count, 3)
    XCTAssertFalse(window.contains("a"))
    XCTAssertTrue(window.insert("a"))  // seen again after leaving the window: counted as new
    XCTAssertFalse(window.insert("c"))
    XCTAssertFalse(window.contains("b"))  // "b" was evicted by "a"
  }

  func testTableStaysConsistentUnderHeavyChurn() {
    // A small table with many evictions exercises probe runs that wrap around and backward-shift deletion.
    var window = DedupWindow(capacity: 37)
    var reference: [String] = []
    for i in 0..<20_000 {
      let id = "post-\((i * 7919) % 5003)"
      let expected = !reference.contains(id)
      XCTAssertEqual(window.insert(id), expected, "insert \(id) at step \(i)")
      if expected {
        reference.append(id)
        if reference.count > 37 { reference.removeFirst() }
      }
      XCTAssertEqual(window.count, reference.count)
    }
    for id in reference { XCTAssertTrue(window.contains(id)) }
  }

  func testWindowStaysBounded() {
    var window = DedupWindow(capacity: 1000)
    for i in 0..<100_000 { _ = window.insert("id\(i)") }
    XCTAssertEqual(window.count, 1000)
    XCTAssertTrue(window.contains("id99999"))
    XCTAssertFalse(window.contains("id98999"))
  }

  /// The window's meaning written out plainly: the keys of the last `capacity` insertions that returned true.
  private struct PlainWindow {
    let capacity: Int
    var order: [UInt64] = []
    var members = Set<UInt64>()

    func contains(_ key: UInt64) -> Bool { members.contains(key) }

    mutating func insert(_ key: UInt64) -> Bool {
      guard !members.contains(key) else { return false }
      members.insert(key)
      order.append(key)
      if order.count > capacity { members.remove(order.removeFirst()) }
      return true
    }
  }

  /// A small deterministic generator (SplitMix64), so a failure can be replayed.
  private struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      return DedupWindow.mix(state)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
  }

  /// Runs `steps` operations on both windows: mostly keys seen about `capacity` insertions ago (just inside or
  /// just outside the window), some new keys, some older repeats; a third of them as edits (`contains`, then
  /// `insert` when absent). `clustered` keys all share a few home slots, so probe runs are long.
  private func compare(
    capacity: Int, steps: Int, seed: UInt64, clustered: Bool, restampPeriod: UInt64 = 1 << 30,
    firstSequence: UInt64 = 0, file: StaticString = #filePath, line: UInt = #line
  ) {
    var random = Random(state: seed)
    var window = DedupWindow(capacity: capacity, restampPeriod: restampPeriod, firstSequence: firstSequence)
    var plain = PlainWindow(capacity: capacity)
    var history: [UInt64] = []
    var mismatches = 0
    for step in 0..<steps {
      let key: UInt64
      let pick = random.below(10)
      if history.isEmpty || pick < 3 {
        let fresh = random.next() | 1
        key = clustered ? (fresh << 8) | UInt64(random.below(3) + 1) : fresh
      } else if pick < 8 {
        // Near the window's edge: between capacity - 2 and capacity + 2 insertions back.
        let back = max(1, capacity + random.below(5) - 2)
        key = history[max(0, history.count - back)]
      } else {
        key = history[random.below(history.count)]
      }
      let asEdit = random.below(3) == 0
      if asEdit {
        let (a, b) = (window.contains(key: key), plain.contains(key))
        if a != b { mismatches += 1 }
        if !b {
          XCTAssertTrue(window.insert(key: key), file: file, line: line)
          _ = plain.insert(key)
          history.append(key)
        }
      } else {
        let (a, b) = (window.insert(key: key), plain.insert(key))
        if a != b { mismatches += 1 }
        if b { history.append(key) }
      }
      if mismatches > 0 {
        XCTFail("capacity \(capacity), seed \(seed): differs at step \(step)", file: file, line: line)
        return
      }
      XCTAssertEqual(window.count, plain.order.count, file: file, line: line)
    }
    for key in plain.order { XCTAssertTrue(window.contains(key: key), file: file, line: line) }
  }

  func testSameAsPlainWindowOnRandomStreams() {
    for capacity in [1, 2, 3, 5, 16, 37, 100, 1000] {
      for seed: UInt64 in [1, 2, 3] {
        compare(capacity: capacity, steps: 20_000, seed: seed, clustered: false)
        compare(capacity: capacity, steps: 20_000, seed: seed &+ 100, clustered: true)
      }
    }
  }

  func testSameAsPlainWindowAcrossRestampingAndStampWrapAround() {
    // Stamps are 32 bits: start just before they wrap, and re-stamp often (a real window does it every 2^30).
    for capacity in [1, 3, 37, 500] {
      for period: UInt64 in [1, 7, 64, 1000] {
        compare(
          capacity: capacity, steps: 8_000, seed: period, clustered: capacity > 3, restampPeriod: period,
          firstSequence: (1 << 32) - 3_000)
      }
    }
  }

  /// `key(for:)` reads a string's bytes in place when it can: the same key as its UTF-8 bytes give, for empty,
  /// small, large, non-ASCII and substring-made strings.
  func testKeyOfAStringIsTheKeyOfItsBytes() {
    let long = String(repeating: "1785000000000000776", count: 3)
    for id in ["", "a", "1785000000000000776", "AbCdEfGhIjK", long, "école😀", String(long.dropFirst(5))] {
      let bytes = Array(id.utf8)
      XCTAssertEqual(DedupWindow.key(for: id), bytes.withUnsafeBufferPointer { DedupWindow.key(utf8: $0) }, id)
    }
  }

  func testIdsAndKeysAgree() {
    var window = DedupWindow(capacity: 10)
    XCTAssertTrue(window.insert("abc"))
    XCTAssertTrue(window.contains(key: DedupWindow.key(for: "abc")))
    XCTAssertFalse(window.insert(key: DedupWindow.key(for: "abc")))
  }

  /// `prefetch(key:)` (the delivery thread's hint, eight keys ahead) changes nothing: with and without it, the same
  /// answers on a random stream with repeats, for tiny and large windows; it takes any key.
  func testPrefetchChangesNothing() {
    for capacity in [1, 7, 1000] {
      var random = SplitMix64(seed: UInt64(capacity))
      let keys = (0..<20_000).map { _ in 1 + random.next() % UInt64(capacity * 3) }
      var plain = DedupWindow(capacity: capacity)
      var hinted = DedupWindow(capacity: capacity)
      for (i, key) in keys.enumerated() {
        if i + 8 < keys.count { hinted.prefetch(key: keys[i + 8]) }
        hinted.prefetch(key: UInt64.max)
        hinted.prefetch(key: 0)
        XCTAssertEqual(hinted.insert(key: key), plain.insert(key: key))
        XCTAssertEqual(hinted.contains(key: key &+ 1), plain.contains(key: key &+ 1))
      }
      XCTAssertEqual(hinted.count, plain.count)
    }
  }
}
