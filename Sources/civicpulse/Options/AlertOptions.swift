import ArgumentParser
import CivicCore
import Foundation

/// `--alert-log FILE`, `--on-alert CMD`, `--on-alert-timeout S` and `--bell` for the live dashboard.
struct AlertOptions: ParsableArguments {
  @Option(
    name: .customLong("alert-log"),
    help: ArgumentHelp("Append every alert event (started, updated, ended) as a JSON line.", valueName: "FILE"))
  var alertLog: String?

  @Option(
    name: .customLong("on-alert"),
    help: ArgumentHelp(
      "Run a shell command for each new alert, its JSON on stdin and CIVICPULSE_ALERT_* variables set.",
      valueName: "CMD"))
  var onAlert: String?

  @Option(
    name: .customLong("on-alert-timeout"),
    help: ArgumentHelp("Seconds before an --on-alert command is stopped.", valueName: "seconds"))
  var onAlertTimeout: Double = 10

  @Flag(help: "Ring the terminal bell once for each new alert.")
  var bell = false

  /// True when any alert output was asked for.
  var isRequested: Bool { alertLog != nil || onAlert != nil || bell }

  /// The outputs, or nil when neither the log nor the command is asked for.
  func makeOutputs() throws -> AlertOutputs? {
    guard alertLog != nil || onAlert != nil else { return nil }
    guard onAlertTimeout > 0, onAlertTimeout.isFinite else {
      throw ValidationError("--on-alert-timeout must be a positive number of seconds")
    }
    do {
      return try AlertOutputs(logPath: alertLog, onAlert: onAlert, commandTimeoutSeconds: onAlertTimeout)
    } catch {
      throw ValidationError("\(error)")
    }
  }

  /// Delivers alert events off the UI thread, in order.
  static func deliverer(_ outputs: AlertOutputs) -> @Sendable ([AlertEvent]) -> Void {
    let queue = DispatchQueue(label: "civicpulse.alerts")
    return { events in queue.async { outputs.deliver(events) } }
  }
}
