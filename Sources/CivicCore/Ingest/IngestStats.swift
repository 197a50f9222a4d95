/// Counts for one source.
public struct SourceCounts: Sendable, Hashable {
  public var name: String
  /// Posts delivered (first sighting of each id).
  public var posts: Int = 0
  /// Records that could not be decoded (including oversized ones).
  public var malformed: Int = 0
  /// Well-formed records that are not posts (deletes, heartbeats, header rows, non-post events).
  public var skipped: Int = 0
  /// Posts whose id was already seen in the de-duplication window.
  public var duplicates: Int = 0
  /// Edits applied to a post already seen.
  public var edits: Int = 0
  /// Posts read with an event time no post can have (before 2000, or more than a day after they arrived), kept as
  /// having none: they count at their arrival time (see `EventTimeBounds`).
  public var implausibleTimes: Int = 0
  /// Bytes read from the source.
  public var bytes: Int = 0

  public init(name: String) { self.name = name }
}

/// A consistent snapshot of the engine's counters.
public struct IngestStats: Sendable, Hashable {
  public var sources: [SourceCounts]
  /// Socket connections refused because too many clients were connected.
  public var rejectedClients: Int = 0
  /// Posts `--replay` delivered at once, out of event-time order, because they were older than a post already
  /// played (the input's disorder went beyond the reorder buffer, or an older post was appended later).
  public var replayLate: Int = 0

  public init(sources: [SourceCounts]) { self.sources = sources }

  public var posts: Int { sources.reduce(0) { $0 + $1.posts } }
  public var malformed: Int { sources.reduce(0) { $0 + $1.malformed } }
  public var skipped: Int { sources.reduce(0) { $0 + $1.skipped } }
  public var duplicates: Int { sources.reduce(0) { $0 + $1.duplicates } }
  public var edits: Int { sources.reduce(0) { $0 + $1.edits } }
  public var implausibleTimes: Int { sources.reduce(0) { $0 + $1.implausibleTimes } }
  public var bytes: Int { sources.reduce(0) { $0 + $1.bytes } }
}
