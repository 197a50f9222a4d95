import CivicCore

/// A small stand-in analytics engine: per-service complaint and post counts per minute over the last hour, and
/// hashtag counts over the last ten minutes with a direction from the last five minutes against the five before.
/// No spike alerts (the full `AnalyticsEngine` provides them). Memory is bounded by the service and tag counts
/// of the last 20 minutes.
public final class MinuteAnalytics: LiveAnalytics {
  private struct Series {
    var complaints = [Int](repeating: 0, count: 60)
    var posts = [Int](repeating: 0, count: 60)
    var stamps = [Int64](repeating: -1, count: 60)
  }

  private let names: [String: String]
  private var series: [String: Series] = [:]
  private var tagMinutes: [Int64: [String: Int]] = [:]

  /// - Parameter services: (id, display name) pairs.
  public init(services: [(id: String, name: String)]) {
    var names: [String: String] = [:]
    for s in services { names[s.id] = s.name }
    self.names = names
  }

  public func ingest(_ post: Post) {
    let minute = post.time / 60_000
    if let id = post.primaryService {
      var s = series[id] ?? Series()
      let slot = Int(minute % 60)
      if s.stamps[slot] != minute {
        if s.stamps[slot] > minute { return }
        s.stamps[slot] = minute
        s.complaints[slot] = 0
        s.posts[slot] = 0
      }
      s.posts[slot] += 1
      if post.complaint { s.complaints[slot] += 1 }
      series[id] = s
    }
    if !post.hashtags.isEmpty {
      var counts = tagMinutes[minute] ?? [:]
      for tag in Set(post.hashtags.map { $0.lowercased() }) { counts[tag, default: 0] += 1 }
      tagMinutes[minute] = counts
    }
  }

  public func refresh(now: EpochMillis) {
    let oldest = now / 60_000 - 20
    for minute in tagMinutes.keys where minute < oldest { tagMinutes[minute] = nil }
  }

  public func serviceRows(now: EpochMillis) -> [ServiceRow] {
    let current = now / 60_000
    var rows: [ServiceRow] = []
    for (id, s) in series {
      var spark = [Int](repeating: 0, count: 60)
      var posts = 0
      for back in 0..<60 {
        let minute = current - Int64(back)
        let slot = Int(((minute % 60) + 60) % 60)
        guard s.stamps[slot] == minute else { continue }
        spark[59 - back] = s.complaints[slot]
        posts += s.posts[slot]
      }
      guard posts > 0 else { continue }
      rows.append(
        ServiceRow(id: id, name: names[id] ?? id, complaints: spark.reduce(0, +), posts: posts, sparkline: spark))
    }
    return rows.sorted { ($0.complaints, $0.posts, $1.id) > ($1.complaints, $1.posts, $0.id) }
  }

  public func trending(now: EpochMillis, limit: Int) -> [TrendingTag] {
    let current = now / 60_000
    var recent: [String: Int] = [:]
    var earlier: [String: Int] = [:]
    for (minute, counts) in tagMinutes where minute > current - 10 && minute <= current {
      for (tag, n) in counts {
        if minute > current - 5 { recent[tag, default: 0] += n } else { earlier[tag, default: 0] += n }
      }
    }
    var tags: [TrendingTag] = []
    for tag in Set(recent.keys).union(earlier.keys) {
      let r = recent[tag] ?? 0
      let e = earlier[tag] ?? 0
      let score = Double(r + 1) / Double(e + 1)
      let direction: TrendDirection = score >= 1.5 ? .rising : (score <= 0.67 ? .falling : .steady)
      tags.append(TrendingTag(tag: tag, count: r + e, score: score, direction: direction))
    }
    tags.sort { ($0.count, $0.score, $1.tag) > ($1.count, $1.score, $0.tag) }
    return Array(tags.prefix(max(0, limit)))
  }

  public var activeAlerts: [Alert] { [] }
}
