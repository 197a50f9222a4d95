/// The copy of a post kept with its marks, so the triage log stays readable after the post has left the live
/// window.
public struct TriagedPost: Sendable, Hashable, Codable {
  public var postID: String
  public var platform: String
  public var author: String
  public var text: String
  /// The post's time (event time, else arrival time).
  public var eventTime: EpochMillis
  /// Primary service id, if the post was routed to one.
  public var service: String?
  public var complaint: Bool
  public var score: Double
  public var url: String?

  public init(
    postID: String, platform: String, author: String, text: String, eventTime: EpochMillis, service: String?,
    complaint: Bool, score: Double, url: String?
  ) {
    self.postID = postID
    self.platform = platform
    self.author = author
    self.text = text
    self.eventTime = eventTime
    self.service = service
    self.complaint = complaint
    self.score = score
    self.url = url
  }

  enum CodingKeys: String, CodingKey {
    case postID = "id"
    case eventTime = "time_ms"
    case platform, author, text, service, complaint, score, url
  }

  /// The stored copy of a live post.
  public init(_ post: Post) {
    self.init(
      postID: post.id, platform: post.platform.rawValue, author: post.authorHandle, text: post.text,
      eventTime: post.time, service: post.primaryService, complaint: post.complaint, score: post.complaintScore,
      url: post.url)
  }
}
