import ArgumentParser
import CivicCore
import CivicStore
import Foundation

/// `civicpulse export`: the triage log for managers (CSV or JSON), or `--labels` training data for `train`.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the triage log (CSV or JSON), or text,label training data from triage marks.",
    discussion: """
      The triage log has one row per mark: time, officer, action, team, note, post id, author, service and \
      text. CSV cells that a spreadsheet would run as a formula are prefixed with an apostrophe.

      With --labels: a text,label CSV for `civicpulse train --labels FILE`, from each post's current state \
      (handled or escalated = 1, not a complaint = 0; notes and undone marks give no label).
      """
  )

  @Option(
    help: """
      Only marks made since this time: a duration before now (24h, 7d) or an ISO 8601 time or date \
      (local time unless it gives an offset such as Z or +01:00; a date alone is the start of that day).
      """)
  var since: String?

  @OptionGroup var stateOption: StateOption

  @Option(help: "Output format of the triage log: csv or json.")
  var format: ExportFormat = .csv

  @Option(help: "Write to this file instead of standard output.")
  var out: String?

  @Flag(help: "Write text,label CSV for `civicpulse train --labels` instead of the triage log.")
  var labels = false

  func validate() throws {
    if let since, TimeSpec.since(since, now: 0) == nil {
      throw ValidationError("--since '\(since)': expected a duration (24h, 7d) or an ISO 8601 time")
    }
    if labels, format != .csv {
      throw ValidationError("--labels writes CSV only; leave out --format")
    }
  }

  func run() throws {
    let path = stateOption.path
    // A fresh machine: no triage yet. Still a failure (exit 1), so a mistyped --state in a script is noticed
    // rather than exporting nothing every day, but the message says what to do.
    guard FileManager.default.fileExists(atPath: path) else {
      StandardError.say(Self.noStateMessage(path))
      throw ExitCode(1)
    }
    let (opened, status) = TriageStore.open(path: path, options: StoreOptions(readOnly: true))
    guard let store = opened else {
      StandardError.say("civicpulse export: \(status.message)")
      throw ExitCode(1)
    }
    let now = StoreOptions.systemClock()
    let cutoff = since.flatMap { TimeSpec.since($0, now: now) }
    let text: String
    let summary: String
    do {
      if labels {
        let states = try store.allStates().filter { $0.value.updatedAt >= cutoff ?? .min }
        let rows = LabelExporter.rows(states: states, posts: try store.storedPosts())
        text = LabelExporter.csv(rows)
        summary =
          "\(Plural.count(rows.count, "label")) (\(Plural.count(rows.filter { $0.label == 1 }.count, "complaint")))"
      } else {
        let entries = try store.log(since: cutoff)
        text = TriageLogExporter.render(entries, format: format)
        summary = Plural.count(entries.count, "mark")
      }
    } catch {
      StandardError.say("civicpulse export: \(error)")
      throw ExitCode(1)
    }
    guard let out else {
      // On a terminal the export is read, not kept: the control characters of a post's text or a note (an
      // escape sequence from a feed) show as symbols, as `ls` shows a file name's. A pipe or a file gets the
      // bytes as they are.
      print(isatty(1) == 1 ? TerminalText.printableLines(text) : text, terminator: "")
      return
    }
    do {
      try ExportFile.write(text, to: out)
    } catch {
      StandardError.say("civicpulse export: \(error)")
      throw ExitCode(1)
    }
    StandardError.say("wrote \(summary) to \(out)")
  }

  /// What to do when the state file does not exist.
  static func noStateMessage(_ path: String) -> String {
    "civicpulse export: nothing to export: no triage state file at \(path) (nothing has been marked yet). "
      + "Mark posts in `civicpulse watch` (h handled, E escalated, x not a complaint, c comment), "
      + "or give the file with --state PATH."
  }
}

extension ExportFormat: ExpressibleByArgument {}
