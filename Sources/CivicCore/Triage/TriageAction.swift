/// What an officer did to a post. Stored as its raw value in the triage log.
public enum TriageAction: String, Sendable, Hashable, Codable, CaseIterable {
  /// The post was answered or dealt with.
  case handled
  /// The post was passed on, optionally to a named team.
  case escalated
  /// A correction: the post is not a complaint (feeds `export --labels` as label 0).
  case notComplaint = "not-complaint"
  /// A short note; does not change the post's status.
  case note
  /// Cancels an earlier mark (`TriageMark.undoes`); the earlier mark stays in the log.
  case undo

  /// The status this action sets, or `nil` for notes and undos.
  public var status: TriageStatus? {
    switch self {
    case .handled: return .handled
    case .escalated: return .escalated
    case .notComplaint: return .notComplaint
    case .note, .undo: return nil
    }
  }

  /// Words for messages and exports ("not a complaint").
  public var label: String {
    switch self {
    case .handled: return "handled"
    case .escalated: return "escalated"
    case .notComplaint: return "not a complaint"
    case .note: return "note"
    case .undo: return "undo"
    }
  }
}
