/// Milliseconds since the Unix epoch (UTC). All event and arrival times in CivicPulse use this unit.
public typealias EpochMillis = Int64

/// The platform a post came from.
public enum Platform: String, Sendable, Hashable, Codable, CaseIterable {
  case twitter
  case mastodon
  case bluesky
  case csv
  case json
  case text
  case demo
}

/// What a post is in its conversation.
public enum PostKind: String, Sendable, Hashable, Codable, CaseIterable {
  case original
  case reply
  case repost
  case quote
}

/// The normalised post every decoder produces and every later stage (routing, scoring, analytics, UI) consumes.
public struct Post: Sendable, Hashable {
  /// Platform id as a string (Mastodon and Bluesky use the `uri`, which is unique across servers).
  public var id: String
  public var platform: Platform
  /// Author handle without a leading "@" (e.g. "jane" or "jane@mastodon.social" or a Bluesky DID).
  public var authorHandle: String
  /// Display name when the record carries one.
  public var authorName: String?
  /// Event time from the record; `nil` when the record has none (the arrival time is then used).
  public var eventTime: EpochMillis?
  /// When CivicPulse read the record.
  public var arrivalTime: EpochMillis
  /// Full plain text (HTML removed, entities decoded, retweet text resolved).
  public var text: String
  /// Hashtags without "#", in order of appearance, as written.
  public var hashtags: [String]
  public var language: String?
  public var url: String?
  public var kind: PostKind
  /// True when this record edits an earlier post with the same id (e.g. Mastodon `status.update`).
  public var isEdit: Bool
  /// Name of the source the post was read from ("demo", a file path, "stdin", "socket").
  public var source: String

  // Filled by routing and complaint scoring.
  /// Matched service ids, strongest (primary) first.
  public var services: [String]
  public var complaint: Bool
  public var complaintScore: Double
  /// Terms that pushed the complaint decision most, strongest first.
  public var why: [String]
  /// Where routing found `services` in the taxonomy (a lookup cache for counting; see `ServiceCodes`).
  public var serviceCodes = ServiceCodes()
  /// Where this post's hashtags lie in its batch's `PostTagArena` when a counting sink gets them there (its
  /// `hashtags` is then empty); empty otherwise. Takes no part in equality or hashing.
  public var tagSpan = PostTagArena.Span()

  public init(
    id: String, platform: Platform, authorHandle: String, authorName: String? = nil,
    eventTime: EpochMillis? = nil, arrivalTime: EpochMillis, text: String, hashtags: [String] = [],
    language: String? = nil, url: String? = nil, kind: PostKind = .original, isEdit: Bool = false,
    source: String = "", services: [String] = [], complaint: Bool = false, complaintScore: Double = 0,
    why: [String] = []
  ) {
    self.id = id
    self.platform = platform
    self.authorHandle = authorHandle
    self.authorName = authorName
    self.eventTime = eventTime
    self.arrivalTime = arrivalTime
    self.text = text
    self.hashtags = hashtags
    self.language = language
    self.url = url
    self.kind = kind
    self.isEdit = isEdit
    self.source = source
    self.services = services
    self.complaint = complaint
    self.complaintScore = complaintScore
    self.why = why
  }

  /// Event time when known, else arrival time: the time windows and counts use.
  @inlinable public var time: EpochMillis { eventTime ?? arrivalTime }

  /// The primary (strongest) service, if any.
  @inlinable public var primaryService: String? { services.first }
}
