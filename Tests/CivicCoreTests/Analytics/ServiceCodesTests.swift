import XCTest

@testable import CivicCore

/// `Post.serviceCodes` is only a lookup cache: the router's codes are the taxonomy positions of the services it
/// returns, and counting with wrong, stale or missing codes gives exactly the counts of counting by id.
final class ServiceCodesTests: XCTestCase {
  func testRouterCodesAreTaxonomyPositionsOfItsServices() {
    let router = ServiceRouter.builtIn
    let texts = [
      "Bins not collected on Water Lane #bins", "pothole on the road and the streetlight is out", "hello world",
      "The bus was late again and the train too, and the library is shut, and the GP surgery never answers",
      "noise from next door, flytipping in the park, burst water main, council tax bill wrong, no school place",
    ]
    var positioned = 0
    for text in texts {
      var copy = text
      let (services, codes) = copy.withUTF8 { router.servicesAndCodes(utf8: $0) }
      XCTAssertEqual(services, router.services(for: text), text)
      for k in 0..<8 {
        let expected = k < min(services.count, 7) ? router.serviceIDs.firstIndex(of: services[k]) : nil
        XCTAssertEqual(codes.position(k), expected, "\(text) #\(k)")
        if expected != nil { positioned += 1 }
      }
    }
    XCTAssertGreaterThan(positioned, 8)
    XCTAssertEqual(ServiceCodes(positions: [3, 300, 0]).position(0), 3)
    XCTAssertNil(ServiceCodes(positions: [3, 300, 0]).position(1))
    XCTAssertEqual(ServiceCodes(positions: [3, 300, 0]).position(2), 0)
    XCTAssertEqual(ServiceCodes(raw: 5), ServiceCodes(), "codes take no part in a post's equality")
  }

  /// The same posts with the right codes, no codes and random codes.
  private func posts(codes: (Int, [String]) -> ServiceCodes) -> [Post] {
    let ids = ["water", "roads", "parks", "unknown"]
    var generator = JSONFuzzTests.SeededGenerator(state: 7)
    return (0..<3_000).map { i in
      let count = Int(generator.next() % 3)
      let services = (0..<count).map { _ in ids[Int(generator.next() % 4)] }
      var post = makePost(
        at: monday + EpochMillis(i) * 20_000, service: nil, complaint: generator.next() % 3 == 0)
      post.services = services
      post.serviceCodes = codes(i, services)
      return post
    }
  }

  func testWrongCodesCountLikeNoCodes() {
    let taxonomyOrder = ["water", "roads", "parks"]
    var random = JSONFuzzTests.SeededGenerator(state: 11)
    let variants: [[Post]] = [
      posts { _, _ in ServiceCodes() },
      posts { _, services in ServiceCodes(positions: services.map { taxonomyOrder.firstIndex(of: $0) ?? 254 }) },
      posts { _, _ in ServiceCodes(raw: random.next()) },
      posts { i, _ in ServiceCodes(raw: UInt64(i % 4)) },
    ]
    let services = taxonomyOrder.map { ServiceInfo(id: $0, name: $0.capitalized) }
    var config = AnalyticsConfig()
    config.countSecondaryServices = true
    let end = monday + 3_000 * 20_000
    var rows: [[ServiceRow]] = []
    var tallies: [String] = []
    for posts in variants {
      let replay = AlertReplay(services: services, config: config)
      replay.add(contentsOf: posts)
      replay.finish()
      rows.append(replay.engine.serviceRows(window: .oneDay, now: end))
      var tally = ReportTally(maxDistinctTags: 100)
      tally.add(posts)
      tallies.append(tally.services.map { "\($0.id) \($0.posts) \($0.complaints)" }.joined(separator: ", "))
    }
    XCTAssertGreaterThan(rows[0].map(\.posts).reduce(0, +), 1_000)
    XCTAssertEqual(tallies[0].split(separator: ",").count, 4)
    for k in 1..<variants.count {
      XCTAssertEqual(rows[k], rows[0], "variant \(k)")
      XCTAssertEqual(tallies[k], tallies[0], "variant \(k)")
    }
  }
}
