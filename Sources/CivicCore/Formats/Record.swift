/// One framed record from a source: a JSON line or document, an SSE event, a CSV row or a text line.
///
/// Framing (splitting a byte stream into records) happens in `StreamDecoder.frame`; decoding a record into posts
/// is a pure function of the record (`StreamDecoder.decode`), so records can be decoded on several cores and the
/// results put back in order.
public struct Record: Sendable {
  /// The record's bytes (UTF-8 expected, not guaranteed). Records framed from one read usually share one buffer:
  /// each is a slice of it (one allocation per read, not per record), so indices need not start at 0.
  public var storage: ArraySlice<UInt8>
  /// The record's bytes as an array of their own (a copy when `storage` is a slice of a shared buffer: decoders
  /// read `storage` in place).
  public var bytes: [UInt8] {
    get { Array(storage) }
    set { storage = newValue[...] }
  }
  /// 1-based line number where the record starts in its source.
  public var line: Int
  /// Framing context the decoder needs.
  public var context: Context
  /// Arrival time, used when the record carries no event time.
  public var arrivalTime: EpochMillis
  /// The record's place among the elements of a top-level JSON array that start on its line (0 otherwise): posts
  /// without an id of their own are told apart by it (see `DecodeContext.fallbackID`).
  public var element = 0

  public enum Context: Sendable {
    /// Detect the format from the record's shape.
    case auto
    /// Payload of a server-sent event with this event name (e.g. "update", "status.update", "delete").
    case sse(event: String)
    /// A CSV row with the column mapping of its file.
    case csv(CSVColumns)
    /// The record is larger than the limit: only its first bytes are kept; it decodes as malformed.
    case oversized(size: Int)
    /// Not a post but a problem found while framing (e.g. `--csv-columns` naming a column the header lacks): it
    /// decodes as malformed with this reason, so it is counted and shown with its line.
    case invalid(reason: String)
  }

  public init(bytes: [UInt8], line: Int, context: Context = .auto, arrivalTime: EpochMillis) {
    self.init(storage: bytes[...], line: line, context: context, arrivalTime: arrivalTime)
  }

  public init(storage: ArraySlice<UInt8>, line: Int, context: Context = .auto, arrivalTime: EpochMillis) {
    self.storage = storage
    self.line = line
    self.context = context
    self.arrivalTime = arrivalTime
  }
}

/// Which CSV column holds which field (0-based indices), shared by all rows of one file.
public struct CSVColumns: Sendable, Hashable {
  public var text: Int
  public var author: Int?
  public var time: Int?
  public var id: Int?
  public var hashtags: Int?
  public var language: Int?
  public var url: Int?
  public var columnCount: Int
  /// The byte between cells: `,`, a tab or `;` (see `CSVRow.delimiters`).
  public var delimiter = UInt8(ascii: ",")

  public init(
    text: Int, author: Int? = nil, time: Int? = nil, id: Int? = nil, hashtags: Int? = nil,
    language: Int? = nil, url: Int? = nil, columnCount: Int
  ) {
    self.text = text
    self.author = author
    self.time = time
    self.id = id
    self.hashtags = hashtags
    self.language = language
    self.url = url
    self.columnCount = columnCount
  }
}

/// The outcome of decoding one record.
public enum DecodeResult: Sendable {
  /// One or more posts (a search page yields many; context tweets are not posts).
  case posts([Post])
  /// A well-formed record that is not a post (a delete, a heartbeat, a non-post Bluesky event, a header row).
  case skipped(reason: String)
  /// A record that could not be decoded, with a short human-readable reason.
  case malformed(reason: String)
}
