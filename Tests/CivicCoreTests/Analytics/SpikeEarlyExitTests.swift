import XCTest

@testable import CivicCore

/// `firingOnly` skips the recent baseline's sums for windows whose residual cannot reach the threshold against
/// the share and seasonal expectations: the verdicts must be those of the full test on any series.
final class SpikeEarlyExitTests: XCTestCase {
  /// Random series (quiet and busy services, bursts, silent gaps, a first minute inside an hour) under configs
  /// that reach every edge (no seasonal days, no share, no recent baseline, no long window, thresholds at or
  /// below zero, no floors), tested at every minute: whether there is an assessment, `fires` and `shortFires`
  /// agree with the full test, and an assessment that fires has the full figures.
  func testFiringOnlyVerdictsMatchTheFullTestOnRandomSeries() {
    var configs: [SpikeConfig] = [SpikeConfig()]
    func variant(_ change: (inout SpikeConfig) -> Void) {
      var config = SpikeConfig()
      change(&config)
      configs.append(config)
    }
    variant { $0.seasonalDays = 0 }
    variant { $0.minReferenceVolume = 1_000_000 }
    variant { $0.minBaselinePeriods = 20 }
    variant { $0.longWindowMinutes = $0.windowMinutes }
    variant { $0.zThreshold = 0 }
    variant { $0.zThreshold = -1 }
    variant {
      $0.sigmaFloor = 0
      $0.minExpected = 0
      $0.pseudoCount = 0
    }
    variant {
      $0.warmupMinutes = 0
      $0.minCount = 0
      $0.alpha = 0.05
      $0.longAlpha = 0.05
      $0.windowMinutes = 1
      $0.longWindowMinutes = 7
      $0.baselinePeriods = 3
      $0.minBaselinePeriods = 2
    }
    var assessed = 0
    var fired = 0
    var quiet = 0
    for (c, config) in configs.enumerated() {
      for seed in UInt64(1)...2 {
        let (series, all, first) = randomSeries(seed: seed &* 31 &+ UInt64(c))
        for m in first...(first + 2 * 1440 + 200) {
          for i in series.indices {
            let label = "config \(c), seed \(seed), minute \(m - first), service \(i)"
            let full = SpikeDetector.assess(
              service: series[i], all: all, minute: m, firstMinute: first, config: config)
            let quick = SpikeDetector.assess(
              service: series[i], all: all, minute: m, firstMinute: first, config: config, firingOnly: true)
            XCTAssertEqual(full == nil, quick == nil, label)
            guard let full, let quick else { continue }
            assessed += 1
            XCTAssertEqual(full.fires, quick.fires, label)
            XCTAssertEqual(full.shortFires, quick.shortFires, label)
            guard quick.fires else {
              quiet += 1
              continue
            }
            fired += 1
            XCTAssertEqual(full.count, quick.count, label)
            XCTAssertEqual(full.expected.bitPattern, quick.expected.bitPattern, label)
            XCTAssertEqual(full.z.bitPattern, quick.z.bitPattern, label)
            XCTAssertEqual(full.pValue.bitPattern, quick.pValue.bitPattern, label)
            XCTAssertEqual(full.isNormal, quick.isNormal, label)
            XCTAssertEqual(full.shortIsNormal, quick.shortIsNormal, label)
          }
        }
      }
    }
    XCTAssertGreaterThan(assessed, 100_000)
    XCTAssertGreaterThan(fired, 100, "the bursts must make some windows fire")
    XCTAssertGreaterThan(quiet, 10 * fired, "most windows must not fire")
  }

  /// The early-stopping complaint test says what the full sum says, for floors at and below zero, empty and
  /// reversed ranges, ranges across the wrap, before 1970 and longer than the ring.
  func testComplaintsReachAgreesWithTheSum() {
    var ring = BucketRing(slots: 40)
    var random = SplitMix64(seed: 11)
    for bucket in Int64(-90)...Int64(30) where random.next() % 3 != 0 {
      ring.add(bucket: bucket, posts: Int(random.next() % 5), complaints: Int(random.next() % 3))
    }
    var reached = 0
    for _ in 0..<2_000 {
      let from = -100 + Int64(random.next() % 130)
      let through = from + Int64(random.next() % 70) - 5
      let n = Int(random.next() % 12) - 2
      let expected = ring.sum(from: from, through: through).complaints >= n
      XCTAssertEqual(ring.complaints(from: from, through: through, reach: n), expected, "\(from)...\(through), \(n)")
      if expected { reached += 1 }
    }
    XCTAssertGreaterThan(reached, 100)
    XCTAssertLessThan(reached, 1_900)
  }

  /// Four services over two and a half days from a first minute 17 minutes into an hour: a quiet one, a busy
  /// one with a daily rhythm, one with bursts of 1-40 complaints per minute and one silent for hours at a time.
  private func randomSeries(seed: UInt64) -> (series: [ServiceSeries], all: ServiceSeries, first: Int64) {
    var random = SplitMix64(seed: seed)
    let first = floorDiv(monday, 60_000) + 17
    var series = (0..<4).map { _ in ServiceSeries(hourSlots: 8 * 24) }
    var all = ServiceSeries(hourSlots: 8 * 24)
    var burstLeft = 0
    var silentLeft = 0
    for minute in first..<(first + 2 * 1440 + 240) {
      let hourOfDay = Int((minute / 60) % 24)
      let rhythm = hourOfDay >= 7 && hourOfDay < 22 ? 6 : 2
      if burstLeft == 0, random.next() % 400 == 0 { burstLeft = 1 + Int(random.next() % 30) }
      if silentLeft == 0, random.next() % 900 == 0 { silentLeft = 60 + Int(random.next() % 300) }
      let burst = burstLeft > 0 ? 1 + Int(random.next() % 40) : 0
      burstLeft = max(0, burstLeft - 1)
      let silent = silentLeft > 0
      silentLeft = max(0, silentLeft - 1)
      let posts = [
        Int(random.next() % 2), Int(random.next() % UInt64(2 * rhythm + 1)),
        Int(random.next() % 3) + burst, silent ? 0 : Int(random.next() % 5),
      ]
      for (i, count) in posts.enumerated() where count > 0 {
        let complaints = i == 2 ? min(count, burst + Int(random.next() % 2)) : Int(random.next() % UInt64(count + 1))
        series[i].add(minute: minute, posts: count, complaints: complaints)
        all.add(minute: minute, posts: count, complaints: complaints)
      }
      // Traffic routed to no tested service (the share baseline's reference).
      all.add(minute: minute, posts: Int(random.next() % 8), complaints: 0)
    }
    return (series, all, first)
  }
}
