import CivicCore

/// The `--on-alert` command's record for the diagnostics view (`d`): the command, its timeout and the runner's
/// counts, including the last failure.
public struct AlertCommandStatus: Sendable, Hashable {
  public var command: String
  public var timeoutSeconds: Double
  public var stats: AlertCommandRunner.Stats

  public init(command: String, timeoutSeconds: Double, stats: AlertCommandRunner.Stats) {
    self.command = command
    self.timeoutSeconds = timeoutSeconds
    self.stats = stats
  }

  /// A snapshot of a runner now.
  public init(_ runner: AlertCommandRunner) {
    self.init(command: runner.command, timeoutSeconds: runner.timeoutSeconds, stats: runner.stats)
  }

  /// The diagnostics view's lines.
  public var lines: [String] {
    let s = stats
    var lines = [
      "--on-alert: " + command,
      "  \(Formatting.count(s.started)) run: \(Formatting.count(s.succeeded)) ok, "
        + "\(Formatting.count(s.failures)) failed; \(Formatting.count(s.running)) running, "
        + "\(Formatting.count(s.queued)) queued, \(Formatting.count(s.dropped)) dropped",
    ]
    if s.failures > 0 {
      lines.append(
        "  failures: \(s.failed) exit status or signal, \(s.timedOut) timed out (\(Self.seconds(timeoutSeconds))), "
          + "\(s.spawnErrors) could not start")
    }
    if let last = s.lastFailure {
      let when = s.lastFailureTime.map { " at " + Formatting.clock($0) } ?? ""
      lines.append("  last failure\(when): \(last)")
    }
    return lines
  }

  private static func seconds(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
  }
}
