/// Where posts come from.
public enum IngestSourceSpec: Sendable, Hashable {
  /// A file path; `-` means standard input. Followed like `tail -F` when `IngestConfig.follow` is set.
  case file(path: String)
  /// Listen on a Unix stream socket at `path`, created with permission bits `mode` (e.g. 0o600).
  case socket(path: String, mode: UInt32)

  /// The name shown in statuses, counts and errors.
  public var displayName: String {
    switch self {
    case .file(let path): return path == "-" ? "stdin" : path
    case .socket(let path, _): return "socket:\(path)"
    }
  }
}

/// Everything the ingestion engine needs to know before it starts.
public struct IngestConfig: Sendable {
  public var sources: [IngestSourceSpec]
  /// `true`: follow files like `tail -F` (live); `false`: read every file to its end, one after another, then
  /// finish (the `report` and `classify` mode).
  public var follow: Bool
  public var decoderOptions: DecoderOptions
  /// How many recent post ids are remembered for de-duplication.
  public var dedupWindow: Int
  /// Batches that may wait between the sources and the decoders (each batch holds at most one read).
  public var queueCapacity: Int
  /// Bytes read per `read` call from files and stdin.
  public var readChunkBytes: Int
  /// Bytes read per client per turn from sockets (small, so one busy client cannot starve the others).
  public var socketReadBytes: Int
  /// Threads decoding batches in parallel (posts are still delivered in order).
  public var decodeWorkers: Int
  /// Pace delivery by the posts' own timestamps: 60 = an hour of posts per minute. `nil` = as fast as possible.
  public var replaySpeed: Double?
  /// With `replaySpeed`: how many posts the replay's reorder buffer holds, so an input written in any order
  /// (newest first, as search pages are) plays in event-time order as long as its disorder fits (at least 1).
  public var replayBuffer: Int
  /// Maximum number of concurrent socket clients; further connections are closed at once and counted.
  public var maxClients: Int
  /// How long a follower sleeps between checks when it has nothing to read and no inotify event arrives (s).
  public var pollInterval: Double

  public init(
    sources: [IngestSourceSpec], follow: Bool, decoderOptions: DecoderOptions = DecoderOptions(),
    dedupWindow: Int = 100_000, queueCapacity: Int = 8, readChunkBytes: Int = 1 << 20,
    socketReadBytes: Int = 64 << 10, decodeWorkers: Int = IngestConfig.defaultWorkers, replaySpeed: Double? = nil,
    maxClients: Int = 512, pollInterval: Double = 0.25, replayBuffer: Int = IngestConfig.defaultReplayBuffer
  ) {
    self.sources = sources
    self.follow = follow
    self.decoderOptions = decoderOptions
    self.dedupWindow = dedupWindow
    self.queueCapacity = queueCapacity
    self.readChunkBytes = readChunkBytes
    self.socketReadBytes = socketReadBytes
    self.decodeWorkers = decodeWorkers
    self.replaySpeed = replaySpeed
    self.maxClients = maxClients
    self.pollInterval = pollInterval
    self.replayBuffer = replayBuffer
  }

  /// Posts the replay's reorder buffer holds unless told otherwise.
  public static let defaultReplayBuffer = 50_000

  /// One decoder per online core, at least one, at most eight.
  public static var defaultWorkers: Int { max(1, min(8, SystemClock.onlineCores)) }
}
