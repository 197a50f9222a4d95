/// The event times a post can have: from 1 January 2000 to a day after it arrived (or after now, when the clock is
/// ahead of the arrival time a caller gave). Outside them a record's time is a placeholder or a client's mistake
/// (Bluesky records carry a client-set `createdAt` of year 0000; epoch 0, `1900-01-01`, a year 2999), and taking it
/// would make it the report's first or last post and put the post at the far edge of every window. Such a post is
/// kept as having no event time: it counts at its arrival time, as a post without one does, and the source counts
/// it (`SourceCounts.implausibleTimes`). Every decoder's posts pass here (`StreamDecoder.decode`), so `report`,
/// `classify` and the dashboard agree.
enum EventTimeBounds {
  /// 2000-01-01T00:00:00Z: before any post of the services this reads, after the placeholder dates.
  static let earliest: EpochMillis = 946_684_800_000
  /// How far past its arrival a post's time may be: clocks set wrong and local times read as UTC stay within a day.
  static let leeway: EpochMillis = 86_400_000

  /// Whether `time` is within the bounds for a post that arrived at `arrival`. The wall clock is read only for a
  /// time more than a day past `arrival` (so not for a live stream's posts).
  @inline(__always)
  static func contains(_ time: EpochMillis, arrival: EpochMillis) -> Bool {
    guard time >= earliest else { return false }
    return time <= arrival + leeway || time <= SystemClock.nowMillis() + leeway
  }

  /// Clears the event time of each post of `posts[start...]` outside the bounds and appends its index to
  /// `cleared`: the engine counts it only when the post is no duplicate.
  @inline(__always)
  static func clearImplausible(_ posts: inout [Post], from start: Int, cleared: inout [Int]) {
    for i in start..<posts.count {
      guard let time = posts[i].eventTime, !contains(time, arrival: posts[i].arrivalTime) else { continue }
      posts[i].eventTime = nil
      cleared.append(i)
    }
  }
}
