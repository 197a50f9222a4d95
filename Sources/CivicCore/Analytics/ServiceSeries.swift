/// Everything the engine keeps for one service (or for all posts): minute buckets for the last day, hour
/// buckets for the last days (the seasonal baseline) and all-time totals, which also count late posts.
struct ServiceSeries: Sendable {
  static let minuteSlots = 1440
  var minutes = BucketRing(slots: ServiceSeries.minuteSlots)
  var hours: BucketRing
  var totalPosts = 0
  var totalComplaints = 0
  /// First minute the series was counted in, for a service a taxonomy reload added once data was flowing
  /// (`Int64.min` otherwise): its warm-up and baselines start there, not at the engine's first minute, since
  /// its posts before then were not counted for it and its empty buckets would pass for quiet hours.
  var since = Int64.min

  init(hourSlots: Int, since: Int64 = Int64.min) {
    hours = BucketRing(slots: hourSlots)
    self.since = since
  }

  /// The first minute of this series' own observation, given the engine's first minute with data.
  @inline(__always) func observedFrom(_ firstMinute: Int64) -> Int64 { max(firstMinute, since) }

  mutating func add(minute: Int64, posts: Int, complaints: Int) {
    add(minute: minute, hour: floorDiv(minute, 60), posts: posts, complaints: complaints)
  }

  /// As `add(minute:posts:complaints:)` with the minute's hour (`floorDiv(minute, 60)`) worked out by the caller,
  /// once for every series a post counts in.
  mutating func add(minute: Int64, hour: Int64, posts: Int, complaints: Int) {
    minutes.add(bucket: minute, posts: posts, complaints: complaints)
    hours.add(bucket: hour, posts: posts, complaints: complaints)
  }
}

/// Integer division rounding towards minus infinity (times before 1970 stay in the right bucket).
@inline(__always) func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
  let q = a / b
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}
