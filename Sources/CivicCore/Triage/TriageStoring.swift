/// What the dashboard needs from the triage store. `CivicStore.TriageStore` implements it; the TUI depends only on
/// this protocol, so it needs no database code and tests can give it a fake.
///
/// Every method is synchronous and returns after the database has answered: a mark that `mark` returned has been
/// committed to disk, so the UI may show it.
public protocol TriageStoring: AnyObject, Sendable {
  /// How the store was opened (and whether it became read-only since).
  var status: StoreStatus { get }
  /// The login name marks are recorded under.
  var officer: String { get }
  /// Records a mark on `post` (and stores a copy of the post). Throws when the store cannot write.
  func mark(post: Post, action: TriageAction, team: String?, note: String?) throws -> TriageMark
  /// Undoes `officer`'s newest mark still in effect (only on `postID` when given) by recording an undo mark;
  /// returns the undo mark, or nil when there is nothing to undo.
  func undoLast(by officer: String, postID: String?) throws -> TriageMark?
  /// Undoes the mark `markID` by recording an undo mark made by `officer`; returns the undo mark, or nil when that
  /// mark does not exist, is itself an undo, or was already undone. The dashboard undoes only its own marks.
  func undo(markID: Int64, by officer: String) throws -> TriageMark?
  /// Current state of each of `postIDs` that has marks.
  func currentState(postIDs: [String]) throws -> [String: TriageState]
  /// Every mark of one post, oldest first, undos included.
  func history(postID: String) throws -> [TriageMark]
  /// Marks with an id above `id`, in id order (at most `limit`): poll this to see other terminals' marks.
  func changes(since id: Int64, limit: Int) throws -> [TriageMark]
}

extension TriageStoring {
  /// Undoes this terminal's officer's newest mark still in effect.
  public func undoLast() throws -> TriageMark? {
    try undoLast(by: officer, postID: nil)
  }

  public func changes(since id: Int64) throws -> [TriageMark] {
    try changes(since: id, limit: 10_000)
  }
}
