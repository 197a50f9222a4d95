import XCTest

@testable import CivicCore

/// The counting path shares the id lists of results with three to seven services between the posts of a batch
/// (`ServiceListCache`): every result must be the list routing gives without it.
final class ServiceListCacheTests: XCTestCase {
  /// Texts made of keywords of random services, so many route to three or more services in varied orders.
  private func mixedTexts(count: Int, seed: UInt64) -> [String] {
    let keywords = ServiceRouter.builtIn.taxonomy.services.map { $0.keywords.filter { !$0.isEmpty } }
    var state = seed
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    return (0..<count).map { _ in
      (0..<(1 + next(9))).compactMap { _ -> String? in
        let words = keywords[next(keywords.count)]
        return words.isEmpty ? nil : words[next(words.count)]
      }.joined(separator: next(3) == 0 ? ". " : " and ")
    }
  }

  func testListsFromTheCacheAreTheRoutedLists() {
    let router = ServiceRouter.builtIn
    var lists = ServiceListCache()
    var shared = 0
    var long = 0
    // The first list returned for each list of services (kept, so its storage is not reused meanwhile).
    var firstByList: [[String]: [String]] = [:]
    // A hundred texts, each met many times (posts of a batch often share their services).
    let pool = mixedTexts(count: 100, seed: 7)
    for i in 0..<20_000 {
      var text = pool[(i &* 7_919) % pool.count]
      let expected = router.services(for: text)
      let result = text.withUTF8 {
        router.servicesAndCodes(
          utf8: $0, shared: nil, letterWords: UnsafeMutableBufferPointer(start: nil, count: 0), lists: &lists)
      }
      XCTAssertEqual(result.services, expected, text)
      XCTAssertEqual(result.codes.raw, text.withUTF8 { router.servicesAndCodes(utf8: $0).codes.raw }, text)
      guard expected.count >= 3 else { continue }
      long += 1
      if let first = firstByList[expected] {
        if storage(of: first) == storage(of: result.services) { shared += 1 }
      } else {
        firstByList[expected] = result.services
      }
    }
    XCTAssertGreaterThan(long, 10_000, "the texts route to three or more services")
    XCTAssertGreaterThan(shared, long / 2, "posts with the same services share their list")
  }

  func testAListReplacedInItsSlotIsMadeAgain() {
    // Two keys of the same slot: the second replaces the first, which is then made again.
    let first = ServiceCodes(positions: [0, 1, 2])
    let candidates = (3..<250).flatMap { a in (3..<250).map { ServiceCodes(positions: [0, a, $0]) } }
    guard let other = candidates.first(where: { slot($0) == slot(first) }) else {
      return XCTFail("no two lists of the same slot among \(candidates.count)")
    }
    var lists = ServiceListCache()
    var made = 0
    func list(_ codes: ServiceCodes, _ value: [String]) -> [String] {
      lists.list(codes) {
        made += 1
        return value
      }
    }
    XCTAssertEqual(list(first, ["a", "b", "c"]), ["a", "b", "c"])
    XCTAssertEqual(list(first, ["unused"]), ["a", "b", "c"])
    XCTAssertEqual(made, 1)
    XCTAssertEqual(list(other, ["a", "b", "x"]), ["a", "b", "x"])
    XCTAssertEqual(list(first, ["a", "b", "c"]), ["a", "b", "c"])
    XCTAssertEqual(made, 3)
  }

  private func storage(of list: [String]) -> UnsafeRawPointer? {
    list.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
  }

  private func slot(_ codes: ServiceCodes) -> UInt64 { (codes.raw &* 0x9E37_79B9_7F4A_7C15) >> 56 }
}
