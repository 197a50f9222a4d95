/// Gives the tweets of a v2 page read as its elements (`JSONObjectStreamer`) the page's `includes`, so that they
/// keep their authors and their retweets' full text, as on the whole page.
///
/// `includes` usually follows `data` (twarc writes it so): the elements of `data` are held until it has come, and
/// are then let go each wrapped with its expansions (`TwitterV2Includes.wrap`). When `includes` comes first, each
/// element is wrapped as it arrives. What is held (the elements' bytes and the captured `includes` together) is
/// bounded by `limit`: past it, or when the document ends or breaks without a usable `includes`, the held elements
/// go on as they came, in their order, and so do all that follow (their posts then have no author).
struct PageIncludesJoiner {
  /// At most how many bytes are held: 64 records at the size limit, far above a full-archive search page of 500
  /// tweets with expansions (1-2 MiB) at the default limit of 1 MiB.
  static func limit(maxRecordBytes: Int) -> Int {
    let (product, overflow) = maxRecordBytes.multipliedReportingOverflow(by: 64)
    return overflow ? Int.max : product
  }

  private let limit: Int
  private var held: [Record] = []
  private var heldBytes = 0
  private var captured: [UInt8] = []
  /// Inside the `includes` object, capturing its bytes.
  private(set) var capturing = false
  /// An `includes` object has opened.
  private(set) var sawIncludes = false
  private var includes: TwitterV2Includes?
  /// Over the limit, or the page ended or broke first: elements go on unwrapped, and nothing more is held.
  private var givenUp = false

  init(maxRecordBytes: Int) {
    limit = PageIncludesJoiner.limit(maxRecordBytes: maxRecordBytes)
  }

  /// Takes records made from the elements of the page's `data`: wrapped and let go when `includes` is known, held
  /// while it may still come, else let go as they are.
  mutating func take(_ records: [Record], into out: inout [Record]) {
    if let includes {
      for record in records { out.append(includes.wrap(record)) }
      return
    }
    guard !givenUp else {
      out.append(contentsOf: records)
      return
    }
    for record in records { heldBytes += record.storage.count }
    held.append(contentsOf: records)
    if heldBytes + captured.count > limit { release(into: &out) }
  }

  /// The page's `includes` object opens: its bytes are captured until `endIncludes` (only the first one's, and
  /// only while elements may still be wrapped).
  mutating func beginIncludes() {
    sawIncludes = true
    capturing = includes == nil && !givenUp
  }

  /// Bytes of the `includes` object being captured.
  mutating func capture(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [Record]) {
    guard capturing, !range.isEmpty else { return }
    guard heldBytes + captured.count + range.count <= limit else {
      release(into: &out)
      return
    }
    captured += bytes[range]
  }

  /// As `capture(_:_:into:)` for one byte (the `{` that a read ended on).
  mutating func capture(_ byte: UInt8, into out: inout [Record]) {
    [byte].withUnsafeBufferPointer { capture($0, 0..<1, into: &out) }
  }

  /// The `includes` object closed: the held elements are let go, wrapped with it (as they are when it is no JSON
  /// object).
  mutating func endIncludes(into out: inout [Record]) {
    guard capturing else { return }
    capturing = false
    includes = TwitterV2Includes(captured)
    captured = []
    guard let includes else {
      release(into: &out)
      return
    }
    for record in held { out.append(includes.wrap(record)) }
    held = []
    heldBytes = 0
  }

  /// Lets the held elements go as they are (the page ended, broke, or outgrew the limit without `includes`), and
  /// every later one too.
  mutating func release(into out: inout [Record]) {
    out.append(contentsOf: held)
    held = []
    heldBytes = 0
    captured = []
    capturing = false
    givenUp = true
  }
}
