/// One row of the triage log: a mark an officer made on a post. Marks are never changed or deleted; an undo is a
/// new mark that points at the mark it cancels.
public struct TriageMark: Sendable, Hashable, Codable {
  /// Row id in the state database, increasing in commit order (used to poll for other terminals' marks).
  public var id: Int64
  public var postID: String
  public var action: TriageAction
  /// Team a post was escalated to.
  public var team: String?
  /// Free text for `.note` (and an optional remark on other actions).
  public var note: String?
  /// Who made the mark (the login name of the officer's terminal).
  public var officer: String
  public var createdAt: EpochMillis
  /// For `.undo`: the id of the mark it cancels.
  public var undoes: Int64?

  public init(
    id: Int64, postID: String, action: TriageAction, team: String? = nil, note: String? = nil, officer: String,
    createdAt: EpochMillis, undoes: Int64? = nil
  ) {
    self.id = id
    self.postID = postID
    self.action = action
    self.team = team
    self.note = note
    self.officer = officer
    self.createdAt = createdAt
    self.undoes = undoes
  }
}
