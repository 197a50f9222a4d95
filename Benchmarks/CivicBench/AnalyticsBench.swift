import CivicCore
import Foundation

/// Analytics figures: ingest rate, the cost of `advance`/`serviceRows`/`trending`, and RSS before and after
/// 10 million distinct hashtags (memory must stay flat: Space-Saving keeps a fixed number of counters).
func runAnalyticsBench() {
  print("== analytics ==")
  let feed = SyntheticFeed(
    start: 1_795_392_000_000, minutes: 7 * 24 * 60, seed: 42, rhythm: .dailyAndWeekly,
    incidents: [
      SyntheticFeed.Incident(
        service: "water", start: 1_795_392_000_000 + 2 * 86_400_000 + 13 * 3_600_000, minutes: 20, complaints: 40)
    ],
    tagProbability: 0.3, tagVocabulary: (0..<500).map { "tag\($0)" })
  let posts = Array(feed)
  let engine = AnalyticsEngine(services: feed.services)
  var started: [Alert] = []
  let t0 = monotonicSeconds()
  for post in posts {
    started += engine.advance(to: post.time).filter { $0.kind == .started }.map(\.alert)
    engine.ingest(post)
  }
  let alerts = started.count
  let replaySeconds = monotonicSeconds() - t0
  print(
    String(
      format:
        "replay 7 days (%d posts, 21 services, alerts evaluated every minute): %.2f s = %.0f posts/s, %d alert(s)",
      posts.count, replaySeconds, Double(posts.count) / replaySeconds, alerts))
  for alert in started {
    print(
      "  alert \(alert.service) at day \((alert.start - feed.start) / 86_400_000) "
        + "\(AlertRecord.isoUTC(alert.start)): \(alert.complaints) complaints, \(String(format: "%.1f", alert.expected)) expected"
    )
  }

  // Ingest alone (no alert evaluation), recycled timestamps within one day.
  let ingestOnly = AnalyticsEngine(services: feed.services)
  let t1 = monotonicSeconds()
  let dayPosts = posts.prefix(1_000_000)
  for post in dayPosts { ingestOnly.ingest(post) }
  let ingestSeconds = monotonicSeconds() - t1
  print(
    String(
      format: "ingest only: %d posts in %.2f s = %.0f posts/s", dayPosts.count, ingestSeconds,
      Double(dayPosts.count) / ingestSeconds))

  let now = feed.end
  let t2 = monotonicSeconds()
  for _ in 0..<100 { _ = engine.serviceRows(window: .oneDay, now: now) }
  let rowsMillis = (monotonicSeconds() - t2) * 1000 / 100
  let t3 = monotonicSeconds()
  for _ in 0..<100 { _ = engine.trending(now: now, limit: 10) }
  let trendMillis = (monotonicSeconds() - t3) * 1000 / 100
  print(String(format: "serviceRows(24h): %.3f ms, trending(10): %.3f ms", rowsMillis, trendMillis))

  // 10 million distinct hashtags through one engine.
  let tags = AnalyticsEngine(services: feed.services)
  let base: EpochMillis = 1_795_392_000_000
  var post = Post(
    id: "b", platform: .demo, authorHandle: "bench", eventTime: base, arrivalTime: base, text: "",
    services: ["water"], complaint: true)
  let rssBefore = residentKilobytes()
  let t4 = monotonicSeconds()
  let total = 10_000_000
  for i in 0..<total {
    let time = base + EpochMillis(i / 1000) * 1000
    post.eventTime = time
    post.arrivalTime = time
    post.hashtags = ["tag\(i)"]
    tags.ingest(post)
    if i == total / 10 { print("  RSS after 1M distinct tags: \(residentKilobytes()) kB") }
  }
  let tagSeconds = monotonicSeconds() - t4
  let rssAfter = residentKilobytes()
  print(
    String(
      format: "10M distinct tags: %.2f s = %.0f posts/s; RSS before %d kB, after %d kB (delta %d kB)", tagSeconds,
      Double(total) / tagSeconds, rssBefore, rssAfter, rssAfter - rssBefore))
}

private func monotonicSeconds() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// VmRSS from /proc/self/status in kB (-1 where unavailable).
private func residentKilobytes() -> Int {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
  for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
    return Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
  }
  return -1
}
