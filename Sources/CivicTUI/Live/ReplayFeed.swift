import CivicCore

/// What the dashboard needs of a `--replay` run (built by `watch` from its ingest engine): the speed, the event
/// time the replay has reached (nil before playback starts) and how many posts it showed late, out of order.
public struct ReplayFeed {
  public var speed: Double
  public var time: () -> EpochMillis?
  public var lateCount: () -> Int

  public init(speed: Double, time: @escaping () -> EpochMillis?, lateCount: @escaping () -> Int) {
    self.speed = speed
    self.time = time
    self.lateCount = lateCount
  }

  /// The status-bar notice for `late` posts shown out of order (nil for none); it fits 80 columns.
  public static func lateNotice(_ late: Int) -> String? {
    guard late > 0 else { return nil }
    let posts = Formatting.count(late, "post")
    return "replay: \(posts) shown out of time order (raise --replay-buffer)"
  }
}
