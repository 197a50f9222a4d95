import Foundation

/// Trending hashtags in bounded memory.
///
/// Heavy hitters come from a Space-Saving summary (`TrendConfig.capacity` counters). Each counter also keeps
/// its tag's uses in a small ring of time buckets and, SigniTrend-style (Schubert et al. 2014), an EWMA mean
/// and variance of uses per bucket. The score compares the recent rate with that baseline:
/// `z = (rate - max(mean, beta)) / (sd + beta)`, so a new tag rising fast outranks a big steady one.
/// Tags are counted case-folded and shown in their most common casing (among up to three kept per tag).
struct HashtagTrends: Sendable {
  private static let variantsPerTag = 3
  let config: TrendConfig
  private var summary: SpaceSaving<String>
  private let bucketMillis: EpochMillis
  private var bucketCounts: [Int]
  private var bucketStamps: [Int64]
  private var means: [Double]
  private var variances: [Double]
  /// Last bucket folded into the baseline, per slot.
  private var folded: [Int64]
  /// Buckets folded into the baseline since the slot was (re)assigned, for the EWMA bias correction.
  private var foldedCount: [Int]
  private var variantForms: [String]
  private var variantCounts: [Int]
  /// Fingerprints of the (tag, author, minute) uses counted lately, one per slot of a direct-mapped table: an
  /// author's further uses of a tag in the same minute are not counted. When two uses share a slot the older is
  /// forgotten, so at worst a repeat counts again; memory stays fixed.
  private var seenUses: [UInt64]
  private static let seenSlots = 1 << 14

  init(config: TrendConfig) {
    var config = config
    config.capacity = max(1, config.capacity)
    config.bucketMinutes = max(1, config.bucketMinutes)
    config.windowBuckets = max(2, config.windowBuckets)
    config.recentBuckets = min(max(1, config.recentBuckets), config.windowBuckets)
    config.ewmaWeight = min(max(config.ewmaWeight, 0.001), 1)
    self.config = config
    summary = SpaceSaving(capacity: config.capacity)
    bucketMillis = EpochMillis(config.bucketMinutes) * 60_000
    let cells = config.capacity * config.windowBuckets
    bucketCounts = Array(repeating: 0, count: cells)
    bucketStamps = Array(repeating: Int64.min, count: cells)
    means = Array(repeating: 0, count: config.capacity)
    variances = Array(repeating: 0, count: config.capacity)
    folded = Array(repeating: Int64.min, count: config.capacity)
    foldedCount = Array(repeating: 0, count: config.capacity)
    variantForms = Array(repeating: "", count: config.capacity * HashtagTrends.variantsPerTag)
    variantCounts = Array(repeating: 0, count: config.capacity * HashtagTrends.variantsPerTag)
    seenUses = Array(repeating: 0, count: HashtagTrends.seenSlots)
  }

  /// Tags seen (total weight of the summary).
  var totalUses: Int { summary.total }

  static func clean(_ tag: String, limit: Int) -> String {
    var s = Substring(tag)
    while s.first == "#" { s = s.dropFirst() }
    return String(s.prefix(max(1, limit)))
  }

  /// Counts one use of a tag at `time` by `author` (`Post.authorKey`, the fingerprint spike detection counts
  /// voices by; 0 for none). An author counts once per tag and minute: one account
  /// repeating a tag a thousand times in a minute is one use, and one that keeps at it counts at most 5 a bucket,
  /// a rate whose score stays below `risingScore` with the default noise floor (trends are many people taking a
  /// tag up). Uses with no author (plain text, CSV without one) all count.
  mutating func add(_ rawTag: String, at time: EpochMillis, author: UInt64 = 0) {
    let tag = HashtagTrends.clean(rawTag, limit: config.maxTagLength)
    guard !tag.isEmpty else { return }
    let folded = HashtagFold.fold(tag)
    let bucket = floorDiv(time, bucketMillis)
    if author != 0 && isRepeat(folded, author: author, minute: floorDiv(time, 60_000)) { return }
    let (slot, isNew) = summary.add(folded)
    if isNew {
      reset(slot: slot, form: tag, bucket: bucket)
    } else {
      noteForm(tag, slot: slot)
    }
    foldBaseline(slot: slot, through: bucket - EpochMillis(config.recentBuckets))
    let cell =
      slot * config.windowBuckets
      + Int(((bucket % Int64(config.windowBuckets)) + Int64(config.windowBuckets)) % Int64(config.windowBuckets))
    if bucketStamps[cell] != bucket {
      // Do not let a late use overwrite a newer bucket sharing the cell.
      if bucketStamps[cell] != Int64.min && bucketStamps[cell] > bucket { return }
      bucketStamps[cell] = bucket
      bucketCounts[cell] = 0
    }
    bucketCounts[cell] &+= 1
  }

  /// Whether `author` already used `tag` (folded) in `minute`, as far as the table remembers; notes the use.
  private mutating func isRepeat(_ tag: String, author: UInt64, minute: Int64) -> Bool {
    var hasher = Hasher()
    hasher.combine(tag)
    hasher.combine(author)
    hasher.combine(minute)
    let print = UInt64(truncatingIfNeeded: hasher.finalize()) | 1  // 0 marks an empty slot
    let i = Int(print % UInt64(HashtagTrends.seenSlots))
    if seenUses[i] == print { return true }
    seenUses[i] = print
    return false
  }

  /// The `limit` best tags at `now`, highest score first.
  mutating func top(now: EpochMillis, limit: Int) -> [TrendingTag] {
    guard limit > 0 else { return [] }
    let nowBucket = floorDiv(now, bucketMillis)
    let elapsed = Double(now - nowBucket * bucketMillis) / Double(bucketMillis)
    let recentSpan = Double(config.recentBuckets - 1) + max(elapsed, 0.25)
    var rows: [TrendingTag] = []
    for slot in 0..<summary.count {
      let inWindow = uses(slot: slot, from: nowBucket - Int64(config.windowBuckets) + 1, through: nowBucket)
      guard inWindow >= config.minCount else { continue }
      foldBaseline(slot: slot, through: nowBucket - Int64(config.recentBuckets))
      let recent = uses(slot: slot, from: nowBucket - Int64(config.recentBuckets) + 1, through: nowBucket)
      let rate = Double(recent) / recentSpan
      let (mean, variance) = baseline(slot: slot)
      let beta = config.noiseFloor
      let score = (rate - max(mean, beta)) / (variance.squareRoot() + beta)
      let direction: TrendDirection =
        score >= config.risingScore ? .rising : (score <= -config.fallingScore ? .falling : .steady)
      rows.append(TrendingTag(tag: displayForm(slot: slot), count: inWindow, score: score, direction: direction))
    }
    rows.sort { a, b in
      if a.score != b.score { return a.score > b.score }
      if a.count != b.count { return a.count > b.count }
      return a.tag < b.tag
    }
    return Array(rows.prefix(limit))
  }

  private func uses(slot: Int, from: Int64, through: Int64) -> Int {
    var total = 0
    let n = Int64(config.windowBuckets)
    var b = max(from, through - n + 1)
    while b <= through {
      let cell = slot * config.windowBuckets + Int(((b % n) + n) % n)
      if bucketStamps[cell] == b { total &+= bucketCounts[cell] }
      b += 1
    }
    return total
  }

  private mutating func reset(slot: Int, form: String, bucket: Int64) {
    let base = slot * config.windowBuckets
    for i in base..<(base + config.windowBuckets) {
      bucketStamps[i] = Int64.min
      bucketCounts[i] = 0
    }
    means[slot] = 0
    variances[slot] = 0
    foldedCount[slot] = 0
    // The baseline starts empty: buckets before the tag got its counter are unknown, not zero.
    folded[slot] = bucket - 1
    let v = slot * HashtagTrends.variantsPerTag
    for i in v..<(v + HashtagTrends.variantsPerTag) {
      variantForms[i] = ""
      variantCounts[i] = 0
    }
    variantForms[v] = form
    variantCounts[v] = 1
  }

  /// Folds closed buckets up to `through` into the slot's EWMA mean and variance.
  private mutating func foldBaseline(slot: Int, through: Int64) {
    guard through > folded[slot] else { return }
    var start = folded[slot] + 1
    if through - start > 200 {
      // After 200 further buckets the old baseline has decayed to nothing (0.95^200 < 1e-4).
      means[slot] = 0
      variances[slot] = 0
      foldedCount[slot] = 200
      start = through - Int64(config.windowBuckets) + 1
    }
    let a = config.ewmaWeight
    var mean = means[slot]
    var variance = variances[slot]
    var b = start
    while b <= through {
      let x = Double(uses(slot: slot, from: b, through: b))
      let diff = x - mean
      let increment = a * diff
      mean += increment
      variance = (1 - a) * (variance + diff * increment)
      b += 1
    }
    means[slot] = mean
    variances[slot] = variance
    foldedCount[slot] = min(foldedCount[slot] + Int(through - start + 1), 1_000_000)
    folded[slot] = through
  }

  /// Bias-corrected EWMA mean and variance (divided by 1 - (1 - a)^n after n buckets), so a tag seen for a
  /// few buckets has the mean of those buckets, not a fraction of it; (0, 0) before any bucket.
  private func baseline(slot: Int) -> (mean: Double, variance: Double) {
    let n = foldedCount[slot]
    guard n > 0 else { return (0, 0) }
    let correction = 1 - pow(1 - config.ewmaWeight, Double(min(n, 10_000)))
    guard correction > 1e-9 else { return (0, 0) }
    return (means[slot] / correction, variances[slot] / correction)
  }

  private mutating func noteForm(_ form: String, slot: Int) {
    let v = slot * HashtagTrends.variantsPerTag
    var smallest = v
    for i in v..<(v + HashtagTrends.variantsPerTag) {
      if variantForms[i] == form {
        variantCounts[i] &+= 1
        return
      }
      if variantCounts[i] < variantCounts[smallest] { smallest = i }
    }
    variantForms[smallest] = form
    variantCounts[smallest] &+= 1
  }

  private func displayForm(slot: Int) -> String {
    let v = slot * HashtagTrends.variantsPerTag
    var best = v
    for i in v..<(v + HashtagTrends.variantsPerTag) where variantCounts[i] > variantCounts[best] { best = i }
    return variantForms[best]
  }
}
