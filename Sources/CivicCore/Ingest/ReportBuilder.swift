/// FNV-1a over a tag's lowercased UTF-8 bytes, finished with a 64-bit mixer.
struct TagKey {
  private var state: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func add(_ byte: UInt8) { state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }

  var value: UInt64 { DedupWindow.mix(state) }

  /// The key of these bytes as they are.
  static func of(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash = TagKey()
    for byte in bytes { hash.add(byte) }
    return hash.value
  }

  /// The key of an ASCII tag (its letters lowercased on the fly), or nil when it has a non-ASCII byte.
  static func ofASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
    var hash = TagKey()
    for byte in bytes {
      if byte >= 0x80 { return nil }
      hash.add(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
    }
    return hash.value
  }
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
  private var tally: ReportTally
  private var serviceNames: [String: String]
  private var alertsProvider: (@Sendable () -> [Alert])?

  /// - Parameters:
  ///   - topHashtags: how many hashtags the report lists (most used first).
  ///   - maxDistinctTags: bound on distinct hashtags remembered; beyond it the rarest are forgotten, so memory
  ///     stays flat in a run of weeks (counts of the top tags stay exact in practice).
  ///   - serviceNames: display names of service ids (unknown ids are shown as themselves).
  public init(topHashtags: Int = 20, maxDistinctTags: Int = 200_000, serviceNames: [String: String] = [:]) {
    self.topHashtags = topHashtags
    tally = ReportTally(maxDistinctTags: max(16, maxDistinctTags))
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
    monitor.withLock { tally.add(posts) }
  }

  /// As `add(_:)` for a batch from a counting sink, whose posts may keep their hashtags in `tags`.
  public func add(_ posts: [Post], tags: PostTagArena) {
    guard !posts.isEmpty else { return }
    monitor.withLock { tally.add(posts, tags: tags) }
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
      report.implausibleTimes = stats.implausibleTimes
      report.complaints = tally.complaints
      report.first = tally.first
      report.last = tally.last
      report.sources = stats.sources.map {
        Report.SourceLine(
          name: $0.name, posts: $0.posts, malformed: $0.malformed, duplicates: $0.duplicates,
          implausibleTimes: $0.implausibleTimes)
      }
      report.services = tally.services.map {
        Report.ServiceLine(id: $0.id, name: serviceNames[$0.id] ?? $0.id, posts: $0.posts, complaints: $0.complaints)
      }.sorted { ($1.complaints, $1.posts, $0.id) < ($0.complaints, $0.posts, $1.id) }
      var counts: [(String, Int)] = []
      counts.reserveCapacity(tally.tags.count)
      tally.tags.forEach { counts.append(($0, $1)) }
      report.hashtags = Self.top(counts, topHashtags)
      report.alerts = alerts
      report.errors = errors
      return report
    }
  }

  /// Folds only when needed (`HashtagFold`; ASCII tags without capitals are kept as they are: no allocation).
  static func normalise(_ tag: String) -> String {
    for byte in tag.utf8 where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) { return HashtagFold.fold(tag) }
    return tag
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
}
