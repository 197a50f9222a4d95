import CivicCore
import Foundation

/// The meeting point of the producer threads (demo feed, ingest engine) and the UI thread. Producers add posts;
/// the UI copies out a `DashboardView` per frame. Everything is behind one lock; a change wakes the UI once
/// (until it has looked), so a fast feed cannot flood the wake pipe.
public final class LiveModel: @unchecked Sendable {
  private let lock = NSLock()
  private var ring: PostRing
  private var complaints = 0
  private var malformed = 0
  private var sources: [SourceStatus] = []
  private let analytics: any LiveAnalytics
  private let serviceOrder: [String: Int]
  private var changed = false
  private var perSecond = [Int](repeating: 0, count: 60)
  private var perSecondStamp = [Int64](repeating: -1, count: 60)
  private let onChange: @Sendable () -> Void
  private var provider: (@Sendable () -> (sources: [SourceStatus], malformed: Int))?

  /// - Parameters:
  ///   - keep: how many of the newest posts the Posts pane keeps.
  ///   - serviceOrder: service ids in display order (gives each its accent colour).
  ///   - onChange: called (on the producer's thread) when the model goes from unchanged to changed.
  public init(
    keep: Int, analytics: any LiveAnalytics, serviceOrder: [String] = [],
    onChange: @escaping @Sendable () -> Void = {}
  ) {
    ring = PostRing(capacity: keep)
    self.analytics = analytics
    var order: [String: Int] = [:]
    for (i, id) in serviceOrder.enumerated() { order[id] = i }
    self.serviceOrder = order
    self.onChange = onChange
  }

  /// Adds posts in arrival order. `now` is the wall-clock time of arrival.
  public func add(_ posts: [Post], now: EpochMillis = LiveModel.wallClock()) {
    guard !posts.isEmpty else { return }
    lock.lock()
    let second = now / 1000
    let slot = Int(second % 60)
    if perSecondStamp[slot] != second {
      perSecondStamp[slot] = second
      perSecond[slot] = 0
    }
    for post in posts {
      ring.append(post)
      if post.complaint { complaints += 1 }
      analytics.ingest(post)
      // Backfilled history counts in the rate only when it is from the last minute.
      if now - post.arrivalTime < 1000 { perSecond[slot] += 1 }
    }
    let wake = markChanged()
    lock.unlock()
    if wake { onChange() }
  }

  /// Counts records that could not be decoded.
  public func addMalformed(_ count: Int) {
    guard count > 0 else { return }
    lock.lock()
    malformed += count
    let wake = markChanged()
    lock.unlock()
    if wake { onChange() }
  }

  /// Replaces the source list shown in the header.
  public func setSources(_ list: [SourceStatus]) {
    lock.lock()
    let differs = list != sources
    sources = list
    let wake = differs && markChanged()
    lock.unlock()
    if wake { onChange() }
  }

  /// Called once per frame (outside the lock) for the current sources and malformed-record total of engines that
  /// keep their own counts (the ingest engine); its answer replaces the sources and malformed count.
  public var statusProvider: (@Sendable () -> (sources: [SourceStatus], malformed: Int))? {
    get {
      lock.lock()
      defer { lock.unlock() }
      return provider
    }
    set {
      lock.lock()
      provider = newValue
      lock.unlock()
    }
  }

  /// True when something changed since the last call (and clears the mark).
  public func takeChanged() -> Bool {
    lock.lock()
    defer { lock.unlock() }
    let was = changed
    changed = false
    return was
  }

  /// Rows the Posts pane can scroll through: kept posts up to the pause point (all when following).
  public func postRowCount(pausedAt: Int?) -> Int {
    lock.lock()
    defer { lock.unlock() }
    return ring.count(upTo: pausedAt ?? ring.newestSequence)
  }

  public var newestSequence: Int {
    lock.lock()
    defer { lock.unlock() }
    return ring.newestSequence
  }

  /// Copies out what one frame shows.
  /// - Parameters:
  ///   - pausedAt: the pause point (newest sequence shown), `nil` when following.
  ///   - postsTop: the Posts pane's first visible row; `postsLimit` its visible rows.
  public func view(
    now: EpochMillis, pausedAt: Int?, postsTop: Int, postsLimit: Int, trendingLimit: Int = 50
  ) -> DashboardView {
    let status = statusProvider?()
    lock.lock()
    defer { lock.unlock() }
    if let status {
      sources = status.sources
      malformed = status.malformed
    }
    analytics.refresh(now: now)
    let anchor = pausedAt ?? ring.newestSequence
    let nowSecond = now / 1000
    var lastMinute = 0
    for i in 0..<60 where perSecondStamp[i] > nowSecond - 60 && perSecondStamp[i] <= nowSecond {
      lastMinute += perSecond[i]
    }
    return DashboardView(
      now: now, sources: sources, postsPerMinute: Double(lastMinute), totalPosts: ring.newestSequence,
      complaints: complaints, malformed: malformed, keptPosts: ring.count, newestSequence: ring.newestSequence,
      postRowCount: ring.count(upTo: anchor),
      posts: ring.newestFirst(from: anchor, skip: postsTop, limit: postsLimit),
      services: analytics.serviceRows(now: now), trending: analytics.trending(now: now, limit: trendingLimit),
      activeAlerts: analytics.activeAlerts, serviceOrder: serviceOrder)
  }

  /// Milliseconds since the epoch now.
  public static func wallClock() -> EpochMillis {
    EpochMillis((Date().timeIntervalSince1970 * 1000).rounded())
  }

  private func markChanged() -> Bool {
    let wake = !changed
    changed = true
    return wake
  }
}
