import CivicCore
import Foundation

/// The dashboard's link to the shared triage store, used on the UI thread only. Marks and undos are written off
/// the UI thread (`TriageWriter`), in order; a mark is shown only after the store committed it and the session read
/// it back. Other terminals' marks arrive by polling `changes(since:)` about once a second.
/// A store that is read-only or missing refuses marks with its reason; the dashboard keeps running.
public final class TriageSession {
  public let store: (any TriageStoring)?
  public let status: StoreStatus
  /// Every mark read so far (ours and other terminals'), reduced to per-post states.
  public private(set) var ledger = TriageLedger()
  /// Why the last poll failed (cleared by the next good one).
  public private(set) var pollError: String?
  /// Milliseconds between polls of the store.
  public var pollInterval: EpochMillis = 1_000
  private var lastPoll: EpochMillis?
  /// True when the store's absence is expected (tests, the default) and not worth a status bar message.
  public private(set) var isQuiet = false
  private static let batch = 1_000
  /// Writes marks and undos off the UI thread; nil without a store.
  private let writer: TriageWriter?
  private var submitted = 0
  private var collected = 0

  public init(store: (any TriageStoring)?, status: StoreStatus) {
    self.store = store
    self.status = status
    writer = store.map(TriageWriter.init(store:))
  }

  /// A session without a store (triage off), with the reason to show.
  public static func disabled(_ reason: String) -> TriageSession {
    TriageSession(store: nil, status: .unavailable(path: "-", reason: reason))
  }

  /// The message the status bar keeps showing while the store cannot be written; nil when all is well.
  public var degradedMessage: String? {
    if let pollError { return pollError }
    return status.canWrite || isQuiet ? nil : status.message
  }

  /// This session, without the status bar message about a missing store.
  public func quiet() -> TriageSession {
    isQuiet = true
    return self
  }

  /// Reads marks made since the last poll when one is due (or `force`). Returns true when marks arrived.
  @discardableResult
  public func poll(now: EpochMillis, force: Bool = false) -> Bool {
    guard let store, status.canRead else { return false }
    if !force, let lastPoll, now >= lastPoll, now - lastPoll < pollInterval { return false }
    lastPoll = now
    var arrived = false
    do {
      while true {
        let marks = try store.changes(since: ledger.lastMarkID, limit: Self.batch)
        let before = ledger.lastMarkID
        ledger.apply(marks)
        if ledger.lastMarkID == before { break }
        arrived = true
        if marks.count < Self.batch { break }
      }
      pollError = nil
    } catch {
      pollError = "triage poll failed: \(error)"
    }
    return arrived
  }

  /// Queues a mark, written off the UI thread; it shows in the list once the store committed it and the session
  /// read it back (`takeFinishedWrites`). Returns the reason when the store refuses marks outright, else nil: the
  /// status bar says "saving mark…" meanwhile.
  public func mark(_ post: Post, action: TriageAction, team: String? = nil, note: String? = nil, now: EpochMillis)
    -> StatusMessage?
  {
    guard let writer, status.canWrite else {
      return StatusMessage("mark refused: \(status.message)", isError: true, time: now)
    }
    submitted += 1
    writer.submit(.mark(post, action, team: team, note: note))
    return nil
  }

  /// Queues an undo of this session's newest mark still in effect (never a mark made in another terminal).
  /// Returns the reason when the store refuses writes, else nil.
  public func undo(now: EpochMillis) -> StatusMessage? {
    guard let writer, status.canWrite else {
      return StatusMessage("undo refused: \(status.message)", isError: true, time: now)
    }
    submitted += 1
    writer.submit(.undo)
    return nil
  }

  /// True while a mark or undo is queued or being written.
  public var isSaving: Bool { collected < submitted }

  /// Called on the writer's thread when a write finished: wake the UI thread here (`DashboardApp` writes to its
  /// wake pipe).
  public var onWriteFinished: (@Sendable () -> Void)? {
    get { writer?.onFinish }
    set { writer?.onFinish = newValue }
  }

  /// Applies the writes finished since the last call (reading the committed marks back from the store) and
  /// returns what each did or why it failed, oldest first.
  public func takeFinishedWrites(now: EpochMillis) -> [StatusMessage] {
    guard let writer else { return [] }
    let outcomes = writer.takeFinished()
    guard !outcomes.isEmpty else { return [] }
    collected += outcomes.count
    poll(now: now, force: true)
    return outcomes.map { message(for: $0, now: now) }
  }

  /// Blocks until the queued writes are done or `timeout` seconds passed (before quitting); true when done.
  @discardableResult
  public func waitForWrites(timeout: TimeInterval) -> Bool {
    writer?.waitForWrites(timeout: timeout) ?? true
  }

  private func message(for outcome: TriageWriter.Outcome, now: EpochMillis) -> StatusMessage {
    switch outcome {
    case .marked(let mark, let post):
      var what = mark.action.label
      if mark.action == .escalated, let team = mark.team, !team.isEmpty { what += " to \(team)" }
      if mark.action == .note { what = "note added" }
      // A post without a handle (a v2 tweet without its user expansion) is named by its id, not a bare "@".
      let whose = post.authorHandle.isEmpty ? "post \(post.id)" : "@\(post.authorHandle)"
      return StatusMessage("\(what): \(whose) (mark #\(mark.id) saved)", time: now)
    case .undone(let mark):
      let undone = ledger.history(of: mark.postID).first { $0.id == mark.undoes }
      let what = undone.map { $0.action.label } ?? "mark"
      return StatusMessage("undone: \(what) on \(mark.postID) (mark #\(mark.id) saved)", time: now)
    case .nothingToUndo:
      return StatusMessage("nothing to undo (u undoes only marks made in this dashboard)", time: now)
    case .failed(.undo, let reason):
      return StatusMessage("undo failed: \(reason)", isError: true, time: now)
    case .failed(.mark, let reason):
      return StatusMessage("mark failed, not saved: \(reason)", isError: true, time: now)
    }
  }

  /// The state of a post, from every mark read so far.
  public func state(of postID: String) -> TriageState? { ledger.state(of: postID) }
}
