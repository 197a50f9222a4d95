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
  public var authorName: String? {
    get { optionals & Self.hasAuthorName != 0 ? storedAuthorName : nil }
    set { storedAuthorName = Self.store(newValue, Self.hasAuthorName, in: &optionals) }
  }
  /// Event time from the record; `nil` when the record has none (the arrival time is then used).
  public var eventTime: EpochMillis?
  /// When CivicPulse read the record.
  public var arrivalTime: EpochMillis
  /// Full plain text (HTML removed, entities decoded, retweet text resolved).
  public var text: String
  /// Hashtags without "#", in order of appearance, as written.
  public var hashtags: [String]
  public var language: String? {
    get { optionals & Self.hasLanguage != 0 ? storedLanguage : nil }
    set { storedLanguage = Self.store(newValue, Self.hasLanguage, in: &optionals) }
  }
  public var url: String? {
    get { optionals & Self.hasURL != 0 ? storedURL : nil }
    set { storedURL = Self.store(newValue, Self.hasURL, in: &optionals) }
  }
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
  /// Whether the post counts as a complaint in counts and alerts: a complaint that is not a repost. A repost (a
  /// retweet, a boost) passes one person's complaint on; a hundred reposts of it are one complaint, not a hundred,
  /// and the repost still counts as a post.
  @inlinable public var countsAsComplaint: Bool { complaint && kind != .repost }
  /// Terms that pushed the complaint decision most, strongest first.
  public var why: [String]
  /// Where routing found `services` in the taxonomy (a lookup cache for counting; see `ServiceCodes`).
  public var serviceCodes = ServiceCodes()
  /// Where this post's hashtags lie in its batch's `PostTagArena` when a counting sink gets them there (its
  /// `hashtags` is then empty); empty otherwise. Takes no part in equality or hashing.
  public var tagSpan = PostTagArena.Span()
  /// The platform's own id of the author, as a fingerprint, when the decoder read one (a Twitter v2 `author_id`,
  /// read even when counting skips the handle's lookup); takes no part in equality or hashing. See `authorKey`.
  public var authorID = AuthorID()

  /// A 64-bit fingerprint of the author, 0 for a post with no author (plain text, CSV without an author column):
  /// `authorID` when the decoder set it, else the key of `authorHandle`. Spike detection counts an author's
  /// complaints by it (`AnalyticsCounts`); the same author gets the same key whether the post was decoded for
  /// display or for counting.
  public var authorKey: UInt64 {
    if authorID.key != 0 { return authorID.key }
    return authorHandle.isEmpty ? 0 : AuthorID(handle: authorHandle).key
  }

  // `authorName`, `language` and `url` are kept as strings ("" when nil) and a bit each in `optionals` saying
  // which are present, not as `String?`: with `String?` members the compiler copied every new post (retaining
  // all its strings) and destroyed the original, about 500 instructions per decoded post. Equality and hashing
  // read these stored members: the same outcome as comparing the optionals.
  private var storedAuthorName: String
  private var storedLanguage: String
  private var storedURL: String
  private var optionals: UInt8
  private static let hasAuthorName: UInt8 = 1
  private static let hasLanguage: UInt8 = 2
  private static let hasURL: UInt8 = 4

  /// What to store for an optional member: its string ("" when nil), with its bit in `flags` set when present.
  @inline(__always) private static func store(_ value: String?, _ bit: UInt8, in flags: inout UInt8) -> String {
    guard let value else {
      flags &= ~bit
      return ""
    }
    flags |= bit
    return value
  }

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
    var optionals: UInt8 = 0
    storedAuthorName = Self.store(authorName, Self.hasAuthorName, in: &optionals)
    storedLanguage = Self.store(language, Self.hasLanguage, in: &optionals)
    storedURL = Self.store(url, Self.hasURL, in: &optionals)
    self.optionals = optionals
    self.eventTime = eventTime
    self.arrivalTime = arrivalTime
    self.text = text
    self.hashtags = hashtags
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
