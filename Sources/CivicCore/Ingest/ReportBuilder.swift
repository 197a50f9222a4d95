/// FNV-1a over a tag's lowercased UTF-8 bytes, finished with a 64-bit mixer.
struct TagKey {
  private var state: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func add(_ byte: UInt8) { state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }

  var value: UInt64 { DedupWindow.mix(state) }
}

/// Accumulates delivered posts into a `Report`: time range, complaints, per-service and hashtag counts.
///
/// Call `add` from the engine's sink and `report(stats:)` from any thread (both take a lock, once per batch).
/// Routing and analytics plug in without changing this type's callers: posts arrive already enriched with
/// `services` and `complaint`, `serviceNames` maps service ids to display names, and `alertsProvider` supplies
/// the alerts to list.
public final class ReportBuilder: @unchecked Sendable {
  private let monitor = Monitor()
  private let topHashtags: Int
  private let maxDistinctTags: Int
  /// Hashtag counts keyed by a 64-bit hash of the lowercased tag (hashing a tag's bytes is much cheaper than
  /// hashing a `String`, and ASCII tags with capitals need no lowercased copy), with one display string per key.
  private var tagCounts: [UInt64: Int] = [:]
  private var tagNames: [UInt64: String] = [:]
  /// Counts at or below this were dropped to keep `tagCounts` bounded (0 = exact so far).
  private var prunedBelow = 0
  private var services: [String: (posts: Int, complaints: Int)] = [:]
  private var complaints = 0
  private var first: EpochMillis?
  private var last: EpochMillis?
  private var serviceNames: [String: String]
  private var alertsProvider: (@Sendable () -> [Alert])?

  /// - Parameters:
  ///   - topHashtags: how many hashtags the report lists (most used first).
  ///   - maxDistinctTags: bound on distinct hashtags remembered; beyond it the rarest are forgotten, so memory
  ///     stays flat in a run of weeks (counts of the top tags stay exact in practice).
  ///   - serviceNames: display names of service ids (unknown ids are shown as themselves).
  public init(topHashtags: Int = 20, maxDistinctTags: Int = 200_000, serviceNames: [String: String] = [:]) {
    self.topHashtags = topHashtags
    self.maxDistinctTags = max(16, maxDistinctTags)
    self.serviceNames = serviceNames
  }

  public func setServiceNames(_ names: [String: String]) { monitor.withLock { serviceNames = names } }

  /// Where the report's alerts come from (the analytics engine); called on each `report(stats:)`.
  public func setAlertsProvider(_ provider: (@Sendable () -> [Alert])?) {
    monitor.withLock { alertsProvider = provider }
  }

  /// Counts a batch of delivered posts. Hashtags are counted case-insensitively (lowercased).
  public func add(_ posts: [Post]) {
    guard !posts.isEmpty else { return }
    monitor.withLock {
      var low = first ?? Int64.max
      var high = last ?? Int64.min
      // Fields are read in place: copying a whole Post per iteration would retain every one of its strings.
      for i in posts.indices {
        let time = posts[i].time
        if time < low { low = time }
        if time > high { high = time }
        let complaint = posts[i].complaint
        if complaint { complaints += 1 }
        if let service = posts[i].services.first {
          services[service, default: (0, 0)].posts += 1
          if complaint { services[service, default: (0, 0)].complaints += 1 }
        }
        for tag in posts[i].hashtags { count(tag) }
      }
      first = low
      last = high
      if tagCounts.count > maxDistinctTags { prune() }
    }
  }

  /// The report so far, with the engine's counters.
  public func report(stats: IngestStats, errors: [IngestError] = []) -> Report {
    let provider = monitor.withLock { alertsProvider }
    let alerts = provider?() ?? []
    return monitor.withLock {
      var report = Report()
      report.posts = stats.posts
      report.malformed = stats.malformed
      report.duplicates = stats.duplicates
      report.skipped = stats.skipped
      report.complaints = complaints
      report.first = first
      report.last = last
      report.sources = stats.sources.map { Report.SourceLine(name: $0.name, posts: $0.posts, malformed: $0.malformed) }
      report.services = services.map {
        Report.ServiceLine(
          id: $0.key, name: serviceNames[$0.key] ?? $0.key, posts: $0.value.posts, complaints: $0.value.complaints)
      }.sorted { ($1.complaints, $1.posts, $0.id) < ($0.complaints, $0.posts, $1.id) }
      report.hashtags = Self.top(tagCounts.map { (tagNames[$0.key] ?? "", $0.value) }, topHashtags)
      report.alerts = alerts
      report.errors = errors
      return report
    }
  }

  /// Lowercases only when needed (ASCII tags without capitals are kept as they are: no allocation).
  static func normalise(_ tag: String) -> String {
    for byte in tag.utf8 where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) { return tag.lowercased() }
    return tag
  }

  /// Counts one hashtag under the key of its lowercased form (caller holds the lock).
  private func count(_ tag: String) {
    var tag = tag
    var key = UInt64(0)
    let needsLowercasing = tag.withUTF8 { bytes -> Bool in
      var hash = TagKey()
      for byte in bytes {
        if byte >= 0x80 { return true }
        hash.add(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      }
      key = hash.value
      return false
    }
    if needsLowercasing {
      tag = tag.lowercased()
      var hash = TagKey()
      tag.withUTF8 { for byte in $0 { hash.add(byte) } }
      key = hash.value
    }
    if let index = tagCounts.index(forKey: key) {
      tagCounts.values[index] += 1
    } else {
      tagCounts[key] = 1
      tagNames[key] = Self.normalise(tag)
    }
  }

  /// The `n` largest counts, ties by tag.
  static func top<Counts: Sequence<(String, Int)>>(_ counts: Counts, _ n: Int) -> [Report.TagCount] {
    var best: [Report.TagCount] = []
    best.reserveCapacity(n + 1)
    for (tag, count) in counts {
      if best.count == n, let worst = best.last, (count, worst.tag) <= (worst.count, tag) { continue }
      let entry = Report.TagCount(tag: tag, count: count)
      let at = best.firstIndex { (count, $0.tag) > ($0.count, tag) } ?? best.count
      best.insert(entry, at: at)
      if best.count > n { best.removeLast() }
    }
    return best
  }

  private func prune() {
    while tagCounts.count > maxDistinctTags / 2 {
      prunedBelow += 1
      let limit = prunedBelow
      tagCounts = tagCounts.filter { $0.value > limit }
      tagNames = tagNames.filter { tagCounts[$0.key] != nil }
    }
  }
}
