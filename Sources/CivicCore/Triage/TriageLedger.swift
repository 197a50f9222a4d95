/// The UI's view of the shared triage log: states of the posts that have marks, kept current by feeding it the
/// marks `TriageStoring.changes(since:)` returns (the ledger remembers the last id it saw).
///
/// Holds every mark once (the log is human-paced: thousands per year, not millions); `forget(keeping:)` drops
/// posts that left the live window.
public struct TriageLedger: Sendable {
  public private(set) var lastMarkID: Int64 = 0
  private var marksByPost: [String: [TriageMark]] = [:]
  private var states: [String: TriageState] = [:]

  public init() {}

  /// Applies new marks (duplicates and marks already seen are ignored). Returns the post ids whose state changed.
  @discardableResult
  public mutating func apply(_ marks: [TriageMark]) -> Set<String> {
    var touched = Set<String>()
    for mark in marks where mark.id > lastMarkID {
      marksByPost[mark.postID, default: []].append(mark)
      touched.insert(mark.postID)
      lastMarkID = mark.id
    }
    for postID in touched {
      states[postID] = TriageState.reduce(marksByPost[postID] ?? [])
    }
    return touched
  }

  /// The post's state, or nil when it has no marks.
  public func state(of postID: String) -> TriageState? {
    states[postID]
  }

  /// All states known, keyed by post id.
  public var allStates: [String: TriageState] { states }

  /// Marks of a post seen so far, oldest first.
  public func history(of postID: String) -> [TriageMark] {
    marksByPost[postID] ?? []
  }

  /// Drops posts not in `postIDs` (e.g. posts that left the live window). `lastMarkID` is kept.
  public mutating func forget(keeping postIDs: Set<String>) {
    marksByPost = marksByPost.filter { postIDs.contains($0.key) }
    states = states.filter { postIDs.contains($0.key) }
  }
}
