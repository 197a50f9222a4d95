/// One public service of a taxonomy and the terms that route posts to it (a `[[service]]` table).
public struct ServiceDefinition: Sendable, Hashable {
  /// Stable identifier (lowercase letters, digits, "-", "_"), used in counts, alerts and exports.
  public var id: String
  /// What the dashboard shows.
  public var name: String
  public var description: String?
  /// Optional heading the service is grouped under.
  public var group: String?
  /// Optional colour: a basic colour name or "#rrggbb", lowercased.
  public var colour: String?
  /// Multiplies the service's score (default 1).
  public var weight: Double
  /// Words or phrases that route a post here on their own.
  public var keywords: [String]
  /// Ambiguous words or phrases that count only when the post has a second, different term of this service.
  public var weak: [String]
  /// Hashtags without the leading "#".
  public var hashtags: [String]
  /// Account handles without the leading "@".
  public var handles: [String]
  /// Phrases that cancel the terms of this service that lie inside them.
  public var exclude: [String]
  /// Line of the service's `[[service]]` header in its file (0 when unknown).
  public var line: Int

  public init(
    id: String, name: String? = nil, description: String? = nil, group: String? = nil, colour: String? = nil,
    weight: Double = 1, keywords: [String] = [], weak: [String] = [], hashtags: [String] = [],
    handles: [String] = [], exclude: [String] = [], line: Int = 0
  ) {
    self.id = id
    self.name = name ?? id
    self.description = description
    self.group = group
    self.colour = colour
    self.weight = weight
    self.keywords = keywords
    self.weak = weak
    self.hashtags = hashtags
    self.handles = handles
    self.exclude = exclude
    self.line = line
  }

  /// Number of terms (keywords, weak terms, hashtags, handles and exclusions).
  public var termCount: Int { keywords.count + weak.count + hashtags.count + handles.count + exclude.count }
}
