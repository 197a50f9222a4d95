/// A post's current triage state, derived from its marks.
public struct TriageState: Sendable, Hashable {
  public var status: TriageStatus
  /// Team of the effective escalation.
  public var team: String?
  /// Notes still in effect, oldest first.
  public var notes: [String]
  /// Officer who set the current status (nil while open).
  public var officer: String?
  /// Time of the last mark still in effect.
  public var updatedAt: EpochMillis
  /// Id of the newest mark of the post, undos included.
  public var lastMarkID: Int64

  public init(
    status: TriageStatus, team: String? = nil, notes: [String] = [], officer: String? = nil,
    updatedAt: EpochMillis, lastMarkID: Int64
  ) {
    self.status = status
    self.team = team
    self.notes = notes
    self.officer = officer
    self.updatedAt = updatedAt
    self.lastMarkID = lastMarkID
  }

  /// Replays one post's marks (any order; they are sorted by id). Returns nil when there are none.
  ///
  /// An undo cancels the mark it points at; the latest status mark still in effect sets the status; notes still
  /// in effect are kept in order.
  public static func reduce(_ marks: [TriageMark]) -> TriageState? {
    guard !marks.isEmpty else { return nil }
    let ordered = marks.sorted { $0.id < $1.id }
    let cancelled = Set(ordered.compactMap { $0.action == .undo ? $0.undoes : nil })
    var state = TriageState(status: .open, updatedAt: 0, lastMarkID: ordered[ordered.count - 1].id)
    for mark in ordered where mark.action != .undo && !cancelled.contains(mark.id) {
      state.updatedAt = mark.createdAt
      if let status = mark.action.status {
        state.status = status
        state.team = status == .escalated ? mark.team : nil
        state.officer = mark.officer
      }
      if mark.action == .note, let note = mark.note, !note.isEmpty {
        state.notes.append(note)
      }
    }
    return state
  }

  /// Short words for a list marker or a status line ("escalated to roads", "handled", "1 note").
  public var summary: String {
    var words: String
    switch status {
    case .open: words = notes.isEmpty ? "open" : ""
    case .handled: words = "handled"
    case .escalated: words = team.map { "escalated to \($0)" } ?? "escalated"
    case .notComplaint: words = "not a complaint"
    }
    if !notes.isEmpty {
      let count = Plural.count(notes.count, "note")
      words = words.isEmpty ? count : "\(words), \(count)"
    }
    return words
  }
}
