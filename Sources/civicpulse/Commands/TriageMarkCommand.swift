import ArgumentParser
import CivicCore
import CivicStore
import Foundation

/// Hidden: records marks from the command line. The store tests run it as separate processes (concurrent writers,
/// `kill -9` after commit, read-only files); it also lets an administrator script a correction.
struct TriageMarkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "triage-mark",
    abstract: "Record triage marks in the state database (for tests and scripts).",
    shouldDisplay: false
  )

  @OptionGroup var stateOption: StateOption

  @Option(help: "Post id to mark; with --count N the ids are ID-1 ... ID-N.")
  var post: String

  @Option(help: "handled, escalated, not-complaint or note.")
  var action: String = "handled"

  @Option(help: "Team for escalated.")
  var team: String?

  @Option(help: "Note text.")
  var note: String?

  @Option(help: "Post text stored with the mark.")
  var text: String?

  @Option(help: "Number of marks to make, one per post.")
  var count: Int = 1

  @Flag(help: "Undo this officer's last mark instead of marking.")
  var undo = false

  @Option(help: "Wait until this time (epoch milliseconds) before marking, to start several writers at once.")
  var startAt: Int64?

  @Option(help: "Milliseconds to pause between marks (an officer's pace).")
  var pauseMs: Int = 0

  @Flag(help: "After committing, print 'holding' and wait until killed.")
  var hold = false

  func validate() throws {
    guard TriageAction(rawValue: action) != nil, action != "undo" else {
      throw ValidationError("--action: expected handled, escalated, not-complaint or note")
    }
    guard (1...100_000).contains(count) else { throw ValidationError("--count: expected 1 to 100000") }
  }

  func run() throws {
    let (opened, status) = TriageStore.open(path: stateOption.path)
    say("status: \(status.message)")
    guard let store = opened, status.canWrite else { throw ExitCode(3) }
    if let startAt {
      let wait = startAt - StoreOptions.systemClock()
      if wait > 0 { usleep(useconds_t(min(wait, 60_000) * 1_000)) }
    }
    do {
      if undo {
        let mark = try store.undoLast()
        say(mark.map { "committed \($0.id) undo \($0.undoes ?? 0)" } ?? "nothing to undo")
      } else {
        let action = TriageAction(rawValue: action) ?? .handled
        for index in 1...count {
          let id = count == 1 ? post : "\(post)-\(index)"
          let now = StoreOptions.systemClock()
          let subject = Post(
            id: id, platform: .text, authorHandle: "cli", arrivalTime: now, text: text ?? "post \(id)",
            source: "triage-mark")
          let mark = try store.mark(post: subject, action: action, team: team, note: note)
          say("committed \(mark.id) \(mark.postID)")
          if pauseMs > 0, index < count { usleep(useconds_t(min(pauseMs, 10_000) * 1_000)) }
        }
      }
    } catch {
      say("error: \(error)")
      throw ExitCode(1)
    }
    if hold {
      say("holding")
      while true { sleep(3_600) }
    }
  }

  private func say(_ line: String) { StandardOutput.printNow(TerminalText.printable(line)) }
}
