import CivicCore

/// The dashboard's link to the shared triage store, used on the UI thread only. A mark is shown only after the
/// store returned it (committed); other terminals' marks arrive by polling `changes(since:)` about once a second.
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

  public init(store: (any TriageStoring)?, status: StoreStatus) {
    self.store = store
    self.status = status
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

  /// Records a mark; the message says what was committed or why it was refused.
  public func mark(_ post: Post, action: TriageAction, team: String? = nil, note: String? = nil, now: EpochMillis)
    -> StatusMessage
  {
    guard let store, status.canWrite else {
      return StatusMessage("mark refused: \(status.message)", isError: true, time: now)
    }
    do {
      let mark = try store.mark(post: post, action: action, team: team, note: note)
      poll(now: now, force: true)
      var what = action.label
      if action == .escalated, let team = mark.team, !team.isEmpty { what += " to \(team)" }
      if action == .note { what = "note added" }
      return StatusMessage("\(what): @\(post.authorHandle) (mark #\(mark.id) saved)", time: now)
    } catch {
      return StatusMessage("mark failed, not saved: \(error)", isError: true, time: now)
    }
  }

  /// Undoes this officer's last mark.
  public func undo(now: EpochMillis) -> StatusMessage {
    guard let store, status.canWrite else {
      return StatusMessage("undo refused: \(status.message)", isError: true, time: now)
    }
    do {
      guard let mark = try store.undoLast() else { return StatusMessage("nothing to undo", time: now) }
      poll(now: now, force: true)
      let undone = ledger.history(of: mark.postID).first { $0.id == mark.undoes }
      let what = undone.map { $0.action.label } ?? "mark"
      return StatusMessage("undone: \(what) on \(mark.postID) (mark #\(mark.id) saved)", time: now)
    } catch {
      return StatusMessage("undo failed: \(error)", isError: true, time: now)
    }
  }

  /// The state of a post, from every mark read so far.
  public func state(of postID: String) -> TriageState? { ledger.state(of: postID) }
}
