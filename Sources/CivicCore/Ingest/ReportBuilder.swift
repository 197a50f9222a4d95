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
  private var tagCounts: [String: Int] = [:]
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
        for tag in posts[i].hashtags { tagCounts[Self.normalise(tag), default: 0] += 1 }
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
      report.hashtags = Self.top(tagCounts, topHashtags)
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

  /// The `n` largest counts, ties by tag.
  static func top(_ counts: [String: Int], _ n: Int) -> [Report.TagCount] {
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
    }
  }
}
