import Foundation

/// The outcome of testing one service's complaint window.
struct SpikeAssessment: Sendable {
  /// Complaints in the tested window.
  var count: Int
  /// Complaints expected in the window from the service's baselines.
  var expected: Double
  /// Poisson tail probability P(X >= count | expected).
  var pValue: Double
  /// Standardised residual (count - expected) / sd.
  var z: Double
  /// The window is a spike (start or continue an alert).
  var fires: Bool
  /// The window is back to normal (counts towards ending an alert).
  var isNormal: Bool
  /// The short window alone fires (a burst, not only a sustained rise seen by the long window).
  var shortFires: Bool
  /// The short window alone is back to normal.
  var shortIsNormal: Bool

  init(count: Int, expected: Double, pValue: Double, z: Double, fires: Bool, isNormal: Bool) {
    self.count = count
    self.expected = expected
    self.pValue = pValue
    self.z = z
    self.fires = fires
    self.isNormal = isNormal
    shortFires = fires
    shortIsNormal = isNormal
  }
}

/// The per-service spike test (method and parameters: README.md, "Spike alerts and trending hashtags").
///
/// Each window (short and long) of closed minutes is compared with the largest of three expectations: an
/// EARS C2 baseline (mean and sd of 7 earlier windows after a 2-window gap), the service's share of the other
/// services' traffic over the previous hours applied to the other traffic now (follows the daily and weekly
/// rhythm), and the same hour on previous days (seasonal). It fires when the count reaches the floor, the
/// Poisson tail is below the window's alpha, and the EARS residual reaches `zThreshold`.
enum SpikeDetector {
  /// Tests the short window and, when configured, the long one. Figures are the short window's; the
  /// p-value is the smaller one; it fires when either window fires and is normal when both are
  /// (`shortFires` and `shortIsNormal` keep the short window's own verdicts).
  ///
  /// `firingOnly`: the caller reads the figures only when it fires (no alert is active), so a window that
  /// cannot fire on its count, warm-up or residual skips the Poisson tail, and one whose residual cannot reach
  /// `zThreshold` even against the share and seasonal expectations alone also skips the recent baseline's sums.
  /// A result that fires has every figure, exactly as without `firingOnly`; one that does not has a meaningless
  /// `expected`, `z`, `pValue` and `isNormal`.
  static func assess(
    service: ServiceSeries, all: ServiceSeries, minute m: Int64, firstMinute: Int64, config: SpikeConfig,
    firingOnly: Bool = false
  ) -> SpikeAssessment? {
    let short = assess(
      service: service, all: all, minute: m, firstMinute: firstMinute, window: config.windowMinutes,
      alpha: config.alpha, config: config, firingOnly: firingOnly)
    guard config.longWindowMinutes > config.windowMinutes,
      let long = assess(
        service: service, all: all, minute: m, firstMinute: firstMinute, window: config.longWindowMinutes,
        alpha: config.longAlpha, config: config, firingOnly: firingOnly)
    else { return short }
    guard var result = short else {
      // No short-window verdict: the long window's is not one of a burst.
      var result = long
      result.shortFires = false
      result.shortIsNormal = true
      return result
    }
    if firingOnly && (result.fires || long.fires) {
      // Starts are rare: test again in full, so the p-value is the smaller of both windows' real ones.
      return assess(service: service, all: all, minute: m, firstMinute: firstMinute, config: config)
    }
    result.pValue = min(result.pValue, long.pValue)
    result.fires = result.fires || long.fires
    result.isNormal = result.isNormal && long.isNormal
    return result
  }

  static func assess(
    service: ServiceSeries, all: ServiceSeries, minute m: Int64, firstMinute: Int64, window: Int,
    alpha: Double, config: SpikeConfig, firingOnly: Bool = false
  ) -> SpikeAssessment? {
    let w = Int64(max(1, window))
    let windowStart = m - w + 1
    let current = service.minutes.sum(from: windowStart, through: m)
    let x = current.complaints

    // The recent (EARS C2) baseline's windows end before a guard gap.
    let gapMinutes = Int64(max(0, config.gapPeriods)) * w
    let baselineEnd = windowStart - gapMinutes - 1
    let maxPeriods = max(0, config.baselinePeriods)

    // Share of the other traffic, over complete hours before the gap, applied to the other traffic now. The span
    // reaches back over `shareBaselineHours` hours that had other posts: hours in which nothing at all came (the
    // feed was down, a quiet night of a small feed) say nothing about the share, and a span of them only would
    // leave no share baseline when the feed comes back, so its usual traffic would be tested against empty
    // windows.
    var shareExpected: Double?
    let lastHour = floorDiv(windowStart - gapMinutes, 60) - 1
    let oldestHour = max(floorDiv(firstMinute, 60), lastHour - Int64(all.hours.slots) + 1)
    var fromHour = lastHour + 1
    var hoursWithOthers = 0
    while fromHour > oldestHour && hoursWithOthers < max(1, config.shareBaselineHours) {
      fromHour -= 1
      if all.hours.posts(fromHour) > service.hours.posts(fromHour) { hoursWithOthers += 1 }
    }
    if lastHour >= fromHour {
      let mine = service.hours.sum(from: fromHour, through: lastHour)
      let everyone = all.hours.sum(from: fromHour, through: lastHour)
      let reference = everyone.posts - mine.posts
      if reference >= config.minReferenceVolume {
        let allNow = all.minutes.sum(from: windowStart, through: m)
        let referenceNow = max(0, allNow.posts - current.posts)
        shareExpected = (Double(mine.complaints) + config.pseudoCount) / Double(reference) * Double(referenceNow)
      }
    }

    // Seasonal: the same minutes on previous days (from hourly counts, each hour pro rata of its overlap),
    // for days whose hours were fully observed.
    var seasonalExpected: Double?
    var seasonalSum = 0.0
    var seasonalDays = 0
    if config.seasonalDays > 0 {
      for d in 1...config.seasonalDays {
        let shift = 1440 * Int64(d)
        guard floorDiv(windowStart - shift, 60) * 60 >= firstMinute else { break }
        seasonalSum += proRataComplaints(service.hours, from: windowStart - shift, through: m - shift)
        seasonalDays += 1
      }
    }
    if seasonalDays > 0 { seasonalExpected = seasonalSum / Double(seasonalDays) }

    if firingOnly {
      // Without an active alert only `fires` is read. The recent baseline's sums are most of the work: skip
      // them when the window cannot fire whatever they give (on its count, its warm-up, or its residual
      // against the share and seasonal expectations). Whether there is a recent baseline depends only on where
      // its windows start, not on their counts.
      var available = 0
      for k in 0..<Int64(maxPeriods) where baselineEnd - k * w - w + 1 >= firstMinute { available += 1 }
      guard available >= max(2, config.minBaselinePeriods) || shareExpected != nil else { return nil }
      let warm = m - firstMinute + 1 >= Int64(config.warmupMinutes)
      // The expectation is at least `floor` and its sd at least `max(floor.squareRoot(), sigmaFloor)`, and
      // (x - e) / max(e.squareRoot(), sigmaFloor) falls as e grows, so `bound` is at least the residual
      // whenever the residual is not negative (the same holds for the rounded figures: rounding is monotonic).
      let floor = max(shareExpected ?? 0, seasonalExpected ?? 0, config.minExpected)
      let bound = (Double(x) - floor) / max(floor.squareRoot(), config.sigmaFloor)
      if !(warm && x >= config.minCount) || (config.zThreshold > 0 && bound < config.zThreshold) {
        return SpikeAssessment(count: x, expected: floor, pValue: 1, z: bound, fires: false, isNormal: true)
      }
    }

    // EARS C2: mean and sd of the windows before the gap.
    var recentMean: Double?
    var recentSD = 0.0
    var periods = 0
    // The window counts go in stack storage (this runs for every service every minute).
    withUnsafeTemporaryAllocation(of: Double.self, capacity: maxPeriods) { periodCounts in
      for k in 0..<Int64(maxPeriods) {
        let end = baselineEnd - k * w
        let start = end - w + 1
        guard start >= firstMinute else { break }
        periodCounts[periods] = Double(service.minutes.sum(from: start, through: end).complaints)
        periods += 1
      }
      if periods >= max(2, config.minBaselinePeriods) {
        var total = 0.0
        for j in 0..<periods { total += periodCounts[j] }
        let mean = total / Double(periods)
        var ss = 0.0
        for j in 0..<periods { ss += (periodCounts[j] - mean) * (periodCounts[j] - mean) }
        recentMean = mean
        recentSD = (ss / Double(periods - 1)).squareRoot()
      }
    }

    guard recentMean != nil || shareExpected != nil else { return nil }
    if shareExpected == nil, let mean = recentMean {
      // Without the long share baseline (first hours, or no other traffic) a few empty windows must not make
      // the expectation tiny: add the pseudo-count to the recent baseline too.
      recentMean = mean + config.pseudoCount / Double(periods)
    }

    let expected = max(recentMean ?? 0, shareExpected ?? 0, seasonalExpected ?? 0, config.minExpected)
    let sd = max(recentSD, expected.squareRoot(), config.sigmaFloor)
    let z = (Double(x) - expected) / sd
    let warm = m - firstMinute + 1 >= Int64(config.warmupMinutes)
    if firingOnly && !(warm && x >= config.minCount && z >= config.zThreshold) {
      return SpikeAssessment(count: x, expected: expected, pValue: 1, z: z, fires: false, isNormal: true)
    }
    let p = PoissonTail.probabilityAtLeast(x, mean: expected)
    let fires = warm && x >= config.minCount && p < alpha && z >= config.zThreshold
    let isNormal = !(x >= config.minCount && p < config.endAlpha)
    return SpikeAssessment(count: x, expected: expected, pValue: p, z: z, fires: fires, isNormal: isNormal)
  }

  /// Complaints in minutes `from...through` estimated from hourly counts, each hour weighted by its overlap.
  private static func proRataComplaints(_ hours: BucketRing, from: Int64, through: Int64) -> Double {
    var total = 0.0
    var minute = from
    while minute <= through {
      let hour = floorDiv(minute, 60)
      let upto = min(through, hour * 60 + 59)
      total += Double(hours.complaints(hour)) * Double(upto - minute + 1) / 60
      minute = upto + 1
    }
    return total
  }

  static func severity(pValue p: Double, config: SpikeConfig) -> AlertSeverity {
    if p < config.highP { return .high }
    if p < config.mediumP { return .medium }
    return .low
  }
}
