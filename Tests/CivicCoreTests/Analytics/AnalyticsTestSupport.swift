import CivicCore

/// Monday 2026-11-23 00:00 UTC.
let monday: EpochMillis = 1_795_392_000_000
let minuteMillis: EpochMillis = 60_000
let hourMillis: EpochMillis = 3_600_000

func makePost(
  at time: EpochMillis, service: String?, complaint: Bool, tags: [String] = [], arrival: EpochMillis? = nil,
  author: String = ""
) -> Post {
  Post(
    id: "t\(time)", platform: .demo, authorHandle: author, eventTime: time, arrivalTime: arrival ?? time,
    text: "", hashtags: tags, services: service.map { [$0] } ?? [], complaint: complaint)
}

/// Feeds `feed` through `engine` on event time (advance before each post), then runs on to `until`.
func replay(_ feed: SyntheticFeed, into engine: AnalyticsEngine, until end: EpochMillis) -> [AlertEvent] {
  var events: [AlertEvent] = []
  for post in feed {
    events += engine.advance(to: post.time)
    engine.ingest(post)
  }
  events += engine.advance(to: end)
  return events
}
