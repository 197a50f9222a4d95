/// How often the dashboard shows new data, for the link it runs over. `full` shows every change at the frame
/// rate; `lowBandwidth` (SSH, slow links) holds counts and panes for `dataIntervalMillis` between refreshes and
/// lets the Posts pane scroll in at most `postRowsPerSecond` new rows a second while following, so a busy feed
/// costs a bounded number of bytes a minute. The clock and keys are never held back.
public struct RefreshPolicy: Sendable, Hashable {
  /// Least time between two data refreshes (counts, Services, Trending, header rate), in milliseconds.
  public var dataIntervalMillis: Int64
  /// Most new rows a second the Posts pane takes while following (`nil`: every post, at once).
  public var postRowsPerSecond: Double?
  /// Most frames a second the app draws for new data.
  public var maxFramesPerSecond: Int

  public init(dataIntervalMillis: Int64, postRowsPerSecond: Double?, maxFramesPerSecond: Int) {
    self.dataIntervalMillis = max(0, dataIntervalMillis)
    self.postRowsPerSecond = postRowsPerSecond.map { $0.isFinite ? max(0.05, $0) : 1 }
    self.maxFramesPerSecond = max(1, maxFramesPerSecond)
  }

  /// Every change shown at up to 10 frames a second: for a terminal on the same machine.
  public static let full = RefreshPolicy(dataIntervalMillis: 0, postRowsPerSecond: nil, maxFramesPerSecond: 10)
  /// Figures every 5 s, a new Posts row every 2 s, 4 frames a second at most: for SSH and slow links.
  public static let lowBandwidth = RefreshPolicy(
    dataIntervalMillis: 5000, postRowsPerSecond: 0.5, maxFramesPerSecond: 4)

  /// How often the wall display repaints the whole screen: once a minute on a local terminal, every ten minutes
  /// on a slow link (a repaint sends every cell).
  public var wallRepaintMillis: Int64 { isFull ? 60_000 : 600_000 }

  /// True when nothing is held back.
  public var isFull: Bool { dataIntervalMillis == 0 && postRowsPerSecond == nil }

  /// The policy for an environment: low bandwidth in an SSH session (`SSH_CONNECTION` or `SSH_TTY` set).
  public static func automatic(environment: [String: String]) -> RefreshPolicy {
    let ssh = ["SSH_CONNECTION", "SSH_TTY", "SSH_CLIENT"].contains { !(environment[$0] ?? "").isEmpty }
    return ssh ? .lowBandwidth : .full
  }
}
