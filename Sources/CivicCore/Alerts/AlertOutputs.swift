/// The alert outputs of one run, from the command line: `--alert-log FILE` and `--on-alert CMD`.
///
/// `deliver` writes every event to the log and runs the command for new alerts; it never blocks on the command.
public final class AlertOutputs: Sendable {
  public let log: AlertLog?
  public let runner: AlertCommandRunner?

  /// Opens the log (throws `AlertLog.OpenError` when it cannot) and prepares the command runner.
  public init(logPath: String?, onAlert command: String?, commandTimeoutSeconds: Double = 10) throws {
    log = try logPath.map { try AlertLog(path: $0) }
    runner = command.map { AlertCommandRunner(command: $0, timeoutSeconds: commandTimeoutSeconds) }
  }

  public func deliver(_ events: [AlertEvent]) {
    guard !events.isEmpty else { return }
    log?.append(events)
    runner?.handle(events)
  }
}
