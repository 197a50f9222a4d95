/// One line of the triage log: a mark with the stored copy of its post (nil only if the post row is missing).
public struct TriageLogEntry: Sendable, Hashable {
  public var mark: TriageMark
  public var post: TriagedPost?

  public init(mark: TriageMark, post: TriagedPost?) {
    self.mark = mark
    self.post = post
  }
}
