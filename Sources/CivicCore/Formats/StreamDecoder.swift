#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Options that shape framing and decoding for one source.
public struct DecoderOptions: Sendable, Hashable {
  /// Records longer than this are skipped and counted as malformed (the stream goes on).
  public var maxRecordBytes: Int
  /// Explicit CSV column mapping (`--csv-columns`); `nil` = detect from the header row.
  public var csvColumns: CSVColumnSpec?
  /// Decode only what counting, routing and scoring read (`report`): posts get no `url`, and Twitter v2 posts
  /// no author (the `includes.users` lookup is skipped), no `language`, and instead of their id a short digest of
  /// it (equal ids, equal digests: all de-duplication needs) that fits a `String` without allocating. Times,
  /// text, hashtags, kind and edits are as usual, except that an engine given a `PostClassifier` routes and
  /// scores a Twitter v2 post from its text's bytes and may then deliver it with an empty `text`.
  public var countingOnly: Bool
  /// Only JSON records are posts (`--json-only`): a line of plain text, or a CSV row, is a malformed record. For
  /// collector output, where such a line is an error page or a log message that got in, not a citizen's post.
  /// Server-sent events still carry their JSON.
  public var jsonOnly: Bool

  public init(
    maxRecordBytes: Int = 1 << 20, csvColumns: CSVColumnSpec? = nil, countingOnly: Bool = false,
    jsonOnly: Bool = false
  ) {
    self.maxRecordBytes = maxRecordBytes
    self.csvColumns = csvColumns
    self.countingOnly = countingOnly
    self.jsonOnly = jsonOnly
  }
}

/// A user-given CSV column mapping, by header name or 1-based index (`text=body,author=3`).
public struct CSVColumnSpec: Sendable, Hashable {
  public var fields: [String: String]
  public init(fields: [String: String]) { self.fields = fields }
}

/// Turns one source's byte stream into records, and records into posts.
///
/// One instance per source: it holds the partial last line and per-source state (CSV header, SSE event name,
/// an open multi-line JSON document). `decode` is a pure static function, safe to call from any thread.
///
/// Framing: the first non-blank line decides the source's layout. JSON and text sources are framed per line,
/// except that a line opening a JSON value that does not close on it (a pretty-printed document) is joined with
/// the following lines until its brackets balance, or until a line that cannot belong to it: a compact JSON object
/// record (`{"` at column 0) while an object-rooted value is open, or a `{` / `[` line after anything but `,`, `[`
/// or `:`. The cut-off part is then one malformed record and that line starts afresh. An open value is bounded by
/// `maxRecordBytes`: past it only its size is counted, and it ends as one oversized malformed record, unless it is
/// an object-rooted page whose arrays hold records, which is then read as those records (`JSONObjectStreamer`,
/// whether the document is pretty-printed or on one line; a v2 page's tweets joined with its `includes`). A top-level
/// array whose `[` is the first byte of a line (a whole-file export, pretty or on one line) is instead split into
/// its elements as its bytes arrive (`JSONArraySplitter`): each element is a record, bounded on its own.
/// `event:`/`data:` lines are server-sent events, framed into one `.sse(event:)` record per block (`:` heartbeat
/// and `id:` lines yield nothing). A first row with a recognised header (or the Sentiment140 shape, or
/// `--csv-columns`) makes the source CSV: rows (which may span lines inside a cell that starts with a quote) become
/// `.csv` records; the header row yields no record. So does a header naming no text column known by name
/// (`CSVColumnResolver.isHeaderWithoutText`), and each row is then a malformed record whose reason names the fix.
/// A UTF-8 byte-order mark at the start is dropped.
public final class StreamDecoder {
  public let sourceName: String
  public let options: DecoderOptions

  private enum Layout { case undecided, lines, sse, csv }

  private var layout = Layout.undecided
  private var pending: [UInt8] = []
  private var pendingOversize = 0
  private var line = 1
  private var atStreamStart = true

  // An open multi-line unit: a JSON document, an SSE block's data or a CSV row.
  private var unit: [UInt8] = []
  private var unitOversize = 0
  private var unitLine = 0
  private var inDocument = false
  private var documentIsObject = false
  private var tracker = JSONDepthTracker()
  private var sseEvent: String?
  private var sseHasData = false
  private var csvColumns: CSVColumns?
  private var csvQuotes = CSVRow.QuoteState()
  private var csvDelimiter = UInt8(ascii: ",")
  // `--csv-columns` named columns the first row lacks, and that row is no known header: rows are lines of text.
  private var csvRowsAsText = false
  // The first row is a header naming no text column (and no `--csv-columns`): why each row is malformed.
  private var csvNoTextColumn: String?
  // An open top-level JSON array, split into its elements as its bytes arrive.
  private var splitter: JSONArraySplitter?
  // An object-rooted document past the record size limit, read as the records its arrays hold.
  private var objectStreamer: JSONObjectStreamer?
  // `flushCompleteValue` emitted the current line before its newline: what follows is not at a line start.
  private var lineOpen = false
  // The chunk `frame` is working on, copied once when a line is first cut from it in place: the records of one
  // read share that copy (see `sharedSlice`).
  private var chunkBase: UnsafePointer<UInt8>?
  private var chunkCount = 0
  private var chunkCopy: [UInt8] = []
  private var chunkCopied = false

  public init(sourceName: String, options: DecoderOptions = DecoderOptions()) {
    self.sourceName = sourceName
    self.options = options
  }

  /// Appends complete records found in `chunk`; a partial last line is held until its newline arrives.
  public func frame(_ chunk: UnsafeRawBufferPointer, arrivalTime: EpochMillis, into out: inout [Record]) {
    guard let base = chunk.baseAddress, chunk.count > 0 else { return }
    frame(
      UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: chunk.count), shared: nil,
      arrivalTime: arrivalTime, into: &out)
  }

  /// As `frame(_:arrivalTime:into:)` for the first `count` bytes of an array the caller will not change while
  /// records made from it live: the records it frames in place are slices of `chunk` itself (no copy).
  public func frame(_ chunk: [UInt8], count: Int, arrivalTime: EpochMillis, into out: inout [Record]) {
    chunk.withUnsafeBufferPointer { bytes in
      guard count > 0, count <= bytes.count, let base = bytes.baseAddress else { return }
      frame(UnsafeBufferPointer(start: base, count: count), shared: chunk, arrivalTime: arrivalTime, into: &out)
    }
  }

  /// `shared`: the array `bytes` points into, when the records may keep it (else it is copied when needed).
  private func frame(
    _ bytes: UnsafeBufferPointer<UInt8>, shared: [UInt8]?, arrivalTime: EpochMillis, into out: inout [Record]
  ) {
    guard let base = bytes.baseAddress else { return }
    chunkBase = base
    chunkCount = bytes.count
    chunkCopied = shared != nil
    if let shared { chunkCopy = shared }
    defer {
      // The records keep the copy alive as long as they need it; the decoder lets go of it now.
      chunkBase = nil
      chunkCopy = []
    }
    var start = 0
    while start < bytes.count {
      if splitter != nil {
        start = continueArray(bytes, from: start, arrivalTime, &out)
        continue
      }
      if objectStreamer != nil {
        start = continueObject(bytes, from: start, arrivalTime, &out)
        continue
      }
      if bytes[start] == UInt8(ascii: "[") || atStreamStart && bytes[start] == 0xEF,
        let afterBracket = arrayStart(bytes, start)
      {
        // One byte at a line start: `[` may open a top-level array (split into its elements), or a line of text.
        atStreamStart = false
        layout = .lines
        splitter = JSONArraySplitter(maxRecordBytes: options.maxRecordBytes, line: line)
        start = afterBracket
        continue
      }
      guard let hit = memchr(base + start, 0x0A, bytes.count - start) else {
        if let resume = streamObject(bytes, from: start, lineEnd: bytes.count, arrivalTime, &out) {
          start = resume
          continue
        }
        break
      }
      lineOpen = false
      let newline = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
      if pending.isEmpty && pendingOversize == 0 && newline - start <= options.maxRecordBytes {
        // The whole line is in this chunk: frame it in place, without first copying it to `pending`.
        emitText(UnsafeBufferPointer(rebasing: bytes[start..<newline]), arrivalTime, &out)
        line += 1
      } else if let resume = streamObject(bytes, from: start, lineEnd: newline, arrivalTime, &out) {
        start = resume
        continue
      } else {
        appendPending(bytes, start..<newline)
        emitLine(arrivalTime: arrivalTime, into: &out)
      }
      start = newline + 1
    }
    appendPending(bytes, start..<bytes.count)
  }

  /// The index after a `[` at `start` (after a byte-order mark at the stream's start) that may open a top-level
  /// JSON array, or nil: only at a line start, outside an open document, in a source framed by lines.
  private func arrayStart(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
    guard pending.isEmpty, pendingOversize == 0, !lineOpen, !inDocument,
      layout == .lines || layout == .undecided && options.csvColumns == nil
    else { return nil }
    var at = start
    if atStreamStart && bytes.count - at >= 4 && bytes[at] == 0xEF && bytes[at + 1] == 0xBB && bytes[at + 2] == 0xBF {
      at += 3
    }
    return bytes[at] == UInt8(ascii: "[") ? at + 1 : nil
  }

  /// Feeds the open array from `start`; returns where line framing goes on (the chunk's end while the array does).
  private func continueArray(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ arrivalTime: EpochMillis, _ out: inout [Record]
  ) -> Int {
    switch splitter?.feed(bytes, from: start, line: &line, arrivalTime: arrivalTime, into: &out) {
    case .ended(let at):
      splitter = nil
      return at
    case .notAnArray(let at):
      // A line of text that starts with `[`: framed as a line from the `[`.
      if let prefix = splitter?.prefix { prefix.withUnsafeBufferPointer { appendPending($0, 0..<$0.count) } }
      splitter = nil
      return at
    case .needMore, nil:
      return bytes.count
    }
  }

  /// Feeds the open object-rooted document from `start`; returns where line framing goes on.
  private func continueObject(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ arrivalTime: EpochMillis, _ out: inout [Record]
  ) -> Int {
    guard
      case .ended(let at) = objectStreamer?.feed(bytes, from: start, line: &line, arrivalTime: arrivalTime, into: &out)
    else { return bytes.count }
    // A record that cut the document off began with the `{` that ended the previous read.
    if objectStreamer?.cutAtHeldBrace == true { pending.append(UInt8(ascii: "{")) }
    objectStreamer = nil
    return at
  }

  /// When the line from `start` to `lineEnd` (with the part of it held in `pending`) outgrows the record size
  /// limit and opens an object-rooted JSON document whose arrays hold records (a page too large to be one
  /// record), reads it from now on as those records (`JSONObjectStreamer`) and returns where framing goes on;
  /// nil (nothing consumed) for any other line, which is held and counted as before.
  private func streamObject(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, lineEnd: Int, _ arrivalTime: EpochMillis,
    _ out: inout [Record]
  ) -> Int? {
    guard pendingOversize == 0, pending.count + (lineEnd - start) > options.maxRecordBytes, !inDocument, !lineOpen,
      layout == .lines || layout == .undecided, options.csvColumns == nil
    else { return nil }
    var seed = pending
    if atStreamStart && seed.starts(with: [0xEF, 0xBB, 0xBF]) { seed.removeFirst(3) }
    let firstOfLine = seed.isEmpty ? (start < lineEnd ? bytes[start] : nil) : seed.first
    guard firstOfLine == UInt8(ascii: "{") else { return nil }
    var streamer = JSONObjectStreamer(maxRecordBytes: options.maxRecordBytes, line: line)
    // Fed to a copy first: a line that turns out to be no page is held and counted as before. The choice is made on
    // the line's first `maxRecordBytes + 1` bytes, wherever reads cut it.
    var records: [Record] = []
    var lineNumber = line
    let held = seed.withUnsafeBufferPointer {
      streamer.feed($0, from: 0, line: &lineNumber, arrivalTime: arrivalTime, into: &records)
    }
    guard held == .needMore else { return nil }
    let decideEnd = start + options.maxRecordBytes + 1 - pending.count
    var stop = streamer.feed(
      UnsafeBufferPointer(rebasing: bytes[..<decideEnd]), from: start, line: &lineNumber, arrivalTime: arrivalTime,
      into: &records)
    // A document that closes within those bytes is no page too large to be a record: the line is held as before.
    guard stop == .needMore, streamer.foundPage else { return nil }
    if decideEnd < lineEnd {
      stop = streamer.feed(
        UnsafeBufferPointer(rebasing: bytes[..<lineEnd]), from: decideEnd, line: &lineNumber,
        arrivalTime: arrivalTime, into: &records)
    }
    atStreamStart = false
    layout = .lines
    pending.removeAll(keepingCapacity: true)
    out.append(contentsOf: records)
    guard case .ended(let index) = stop else {
      objectStreamer = streamer
      return lineEnd
    }
    return index
  }

  /// Flushes a final line that has no newline and any open unit (end of a file that will not grow).
  public func finish(arrivalTime: EpochMillis, into out: inout [Record]) {
    if let open = splitter {
      splitter = nil
      if open.isDecided {
        var array = open
        array.finish(line: line, arrivalTime: arrivalTime, into: &out)
      } else {
        open.prefix.withUnsafeBufferPointer { appendPending($0, 0..<$0.count) }
      }
    }
    if !pending.isEmpty || pendingOversize > 0 { emitLine(arrivalTime: arrivalTime, into: &out) }
    if var open = objectStreamer {
      objectStreamer = nil
      open.finish(line: line, arrivalTime: arrivalTime, into: &out)
    }
    switch layout {
    case .lines: if inDocument { flushDocument(arrivalTime, &out) }
    case .sse: dispatchEvent(arrivalTime, &out)
    case .csv: if !unit.isEmpty || unitOversize > 0 { flushRow(arrivalTime, &out) }
    case .undecided: break
    }
  }

  /// Emits the held partial last line now when it completes a JSON value: a JSON line, or the closing line of an
  /// open multi-line document, whose brackets have closed (a file written without a final newline). Call it when a
  /// followed file has been read to its current end. A proper prefix of a JSON object or array never closes it,
  /// so a line still being written is not cut; a plain-text, CSV or SSE partial line is still held. The newline
  /// that may follow later ends the same line (its line number is not reused or skipped).
  public func flushCompleteValue(arrivalTime: EpochMillis, into out: inout [Record]) {
    guard pendingOversize == 0, !pending.isEmpty, layout == .lines || layout == .undecided,
      options.csvColumns == nil
    else { return }
    let complete = pending.withUnsafeBufferPointer { whole -> Bool in
      var text = whole
      if atStreamStart && text.starts(with: [0xEF, 0xBB, 0xBF]) {
        text = UnsafeBufferPointer(rebasing: text.dropFirst(3))
      }
      guard let last = JSONDepthTracker.lastSignificant(text), last == UInt8(ascii: "}") || last == UInt8(ascii: "]")
      else { return false }
      if inDocument && !cutsOpenDocument(text) {
        guard tracker.canContinue(with: text) else { return false }
        var scan = tracker
        scan.scan(text)
        return !scan.endedInString && scan.depth == 0
      }
      guard let first = JSONDepthTracker.firstSignificant(text),
        first == UInt8(ascii: "{") || first == UInt8(ascii: "["), StreamDecoder.opensJSONValue(text)
      else { return false }
      var scan = JSONDepthTracker()
      scan.scan(text)
      return !scan.endedInString && scan.depth == 0
    }
    guard complete else { return }
    pending.withUnsafeBufferPointer { emitText($0, arrivalTime, &out) }
    pending.removeAll(keepingCapacity: true)
    lineOpen = true
  }

  /// Forgets all framing state (partial line, open document, CSV header, SSE block, detected layout), as for a
  /// new stream: call it when a followed file was truncated or replaced, before reading it from the top. Line
  /// numbers restart at 1. Records already returned are unaffected; an unfinished partial record is dropped.
  public func reset() {
    layout = .undecided
    pending.removeAll(keepingCapacity: true)
    pendingOversize = 0
    line = 1
    atStreamStart = true
    unit.removeAll(keepingCapacity: true)
    unitOversize = 0
    unitLine = 0
    inDocument = false
    documentIsObject = false
    tracker = JSONDepthTracker()
    sseEvent = nil
    sseHasData = false
    csvColumns = nil
    csvQuotes = CSVRow.QuoteState()
    csvDelimiter = UInt8(ascii: ",")
    csvRowsAsText = false
    csvNoTextColumn = nil
    splitter = nil
    objectStreamer = nil
    lineOpen = false
  }

  private func appendPending(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    guard !range.isEmpty else { return }
    pending.appendBounded(bytes, range, limit: options.maxRecordBytes, overflow: &pendingOversize)
  }

  private func emitLine(arrivalTime: EpochMillis, into out: inout [Record]) {
    defer {
      pending.removeAll(keepingCapacity: true)
      pendingOversize = 0
      line += 1
    }
    if pendingOversize > 0 {
      emitOversizedLine(size: pending.count + pendingOversize, arrivalTime, &out)
      return
    }
    pending.withUnsafeBufferPointer { emitText($0, arrivalTime, &out) }
  }

  /// Frames one complete line (without its newline) that fits the record limit.
  private func emitText(_ line: UnsafeBufferPointer<UInt8>, _ arrivalTime: EpochMillis, _ out: inout [Record]) {
    var text = line
    if text.last == 0x0D { text = UnsafeBufferPointer(rebasing: text.dropLast()) }
    if atStreamStart {
      atStreamStart = false
      if text.starts(with: [0xEF, 0xBB, 0xBF]) { text = UnsafeBufferPointer(rebasing: text.dropFirst(3)) }
    }
    if layout == .undecided {
      guard JSONDepthTracker.firstSignificant(text) != nil || options.csvColumns != nil else { return }
      layout = decideLayout(text)
    }
    switch layout {
    case .lines, .undecided: lineOfLines(text, arrivalTime, &out)
    case .sse: lineOfEvents(text, arrivalTime, &out)
    case .csv: lineOfCSV(text, arrivalTime, &out)
    }
  }

  /// A line longer than the record limit: it ends any open unit, and is itself counted as an oversized record.
  private func emitOversizedLine(size: Int, _ arrivalTime: EpochMillis, _ out: inout [Record]) {
    if inDocument || layout == .csv && !unit.isEmpty {
      unitOversize += size
      if inDocument { flushDocument(arrivalTime, &out) } else { flushRow(arrivalTime, &out) }
      return
    }
    out.append(Record(bytes: [], line: line, context: .oversized(size: size), arrivalTime: arrivalTime))
  }

  private func decideLayout(_ text: UnsafeBufferPointer<UInt8>) -> Layout {
    if options.csvColumns != nil {
      // The columns are given; the first delimiter in the first row (outside a quoted cell) is the file's.
      csvDelimiter = CSVRow.firstDelimiter(in: text) ?? UInt8(ascii: ",")
      return .csv
    }
    guard let first = JSONDepthTracker.firstSignificant(text) else { return .lines }
    if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return .lines }
    for prefix in ["event:", "data:", ":", "id:", "retry:"] where text.starts(with: prefix.utf8) { return .sse }
    if options.jsonOnly { return .lines }
    let row = Array(text)
    guard CSVRow.delimiters.contains(where: row.contains) else {
      // A one-column export ("text" alone on its header line) is CSV only when the file says so by its name:
      // elsewhere a first line "text" is just a post.
      return isCSVFile && CSVColumnResolver.fromHeader(CSVRow.cells(row)) != nil ? .csv : .lines
    }
    // A header row, whichever delimiter it uses (or, with commas, a header-less Sentiment140 row), also one that
    // names no text column (its rows are then malformed, each saying why).
    for delimiter in CSVRow.delimiters where row.contains(delimiter) {
      let cells = CSVRow.cells(row, delimiter: delimiter)
      guard cells.count >= 2 else { continue }
      if CSVColumnResolver.fromHeader(cells) != nil
        || delimiter == UInt8(ascii: ",") && CSVColumnResolver.fromSentiment140Shape(cells) != nil
        || CSVColumnResolver.isHeaderWithoutText(cells, csvFile: isCSVFile)
      {
        csvDelimiter = delimiter
        return .csv
      }
    }
    return .lines
  }

  /// Whether the source's name says it is a CSV file (`.csv`, or `.csv.gz`).
  private var isCSVFile: Bool {
    let name = sourceName.lowercased()
    return name.hasSuffix(".csv") || name.hasSuffix(".csv.gz")
  }

  // MARK: JSON and text lines

  private func lineOfLines(_ text: UnsafeBufferPointer<UInt8>, _ arrivalTime: EpochMillis, _ out: inout [Record]) {
    if inDocument {
      if !cutsOpenDocument(text) && tracker.canContinue(with: text) {
        if documentIsObject && unitOversize == 0 && unit.count + 1 + text.count > options.maxRecordBytes,
          streamDocument(text, arrivalTime, &out)
        {
          return
        }
        appendUnit(text, separator: true)
        tracker.scan(text)
        if tracker.endedInString || tracker.depth <= 0 { flushDocument(arrivalTime, &out) }
        return
      }
      // Cut off (a truncated record followed by the next one): the broken part is one malformed record, and this
      // line starts afresh.
      flushDocument(arrivalTime, &out)
    }
    guard let first = JSONDepthTracker.firstSignificant(text) else { return }  // blank line
    if first == UInt8(ascii: "{") || first == UInt8(ascii: "["),
      let last = JSONDepthTracker.lastSignificant(text), last != UInt8(ascii: "}") && last != UInt8(ascii: "]"),
      StreamDecoder.opensJSONValue(text)
    {
      // A document's first line ends where more must follow (`[`, `{`, `,` or `:`); a JSON line cut off
      // elsewhere is a record of its own, and so is absurd nesting.
      tracker = JSONDepthTracker()
      tracker.scan(text)
      let opener =
        last == UInt8(ascii: "{") || last == UInt8(ascii: "[") || last == UInt8(ascii: ",")
        || last == UInt8(ascii: ":")
      if opener && !tracker.endedInString && (1...JSONScanner.defaultMaxDepth).contains(tracker.depth) {
        inDocument = true
        documentIsObject = first == UInt8(ascii: "{")
        unitLine = line
        appendUnit(text, separator: false)
        return
      }
    }
    if options.jsonOnly && StreamDecoder.isJSON(text) == false {
      let reason = "not JSON (a line of plain text, and --json-only is set)"
      out.append(Record(bytes: [], line: line, context: .invalid(reason: reason), arrivalTime: arrivalTime))
      return
    }
    out.append(Record(storage: sharedSlice(text), line: line, arrivalTime: arrivalTime))
  }

  /// `text`'s bytes as a slice of the shared copy of the chunk being framed when `text` lies in that chunk (one
  /// allocation per read instead of one per record), else as an array of their own.
  private func sharedSlice(_ text: UnsafeBufferPointer<UInt8>) -> ArraySlice<UInt8> {
    guard let chunk = chunkBase, let start = text.baseAddress, start >= chunk, start + text.count <= chunk + chunkCount
    else { return Array(text)[...] }
    if !chunkCopied {
      chunkCopy = Array(UnsafeBufferPointer(start: chunk, count: chunkCount))
      chunkCopied = true
    }
    let offset = start - chunk
    return chunkCopy[offset..<offset + text.count]
  }

  /// An object-rooted document that outgrows the record size limit on this line: when its arrays hold records, it
  /// is read from now on as those records (as `streamObject` does for a long line); false (nothing consumed) when
  /// they do not, and the document is held and counted as before.
  private func streamDocument(
    _ text: UnsafeBufferPointer<UInt8>, _ arrivalTime: EpochMillis, _ out: inout [Record]
  ) -> Bool {
    var streamer = JSONObjectStreamer(maxRecordBytes: options.maxRecordBytes, line: unitLine)
    var records: [Record] = []
    var lineNumber = unitLine
    let newline: [UInt8] = [0x0A]
    let held = (unit + newline).withUnsafeBufferPointer {
      streamer.feed($0, from: 0, line: &lineNumber, arrivalTime: arrivalTime, into: &records)
    }
    guard held == .needMore else { return false }
    let stop = streamer.feed(text, from: 0, line: &lineNumber, arrivalTime: arrivalTime, into: &records)
    guard streamer.foundPage else { return false }
    inDocument = false
    unit.removeAll(keepingCapacity: true)
    out.append(contentsOf: records)
    if case .ended(let index) = stop {
      // The document closed on this line: what follows it is framed as the rest of the line.
      if index < text.count { lineOfLines(UnsafeBufferPointer(rebasing: text[index...]), arrivalTime, &out) }
      return true
    }
    // The line break the caller consumes: a `{"` at the start of the next line is then seen as a new record.
    let atBreak = newline.withUnsafeBufferPointer {
      streamer.feed($0, from: 0, line: &lineNumber, arrivalTime: arrivalTime, into: &out)
    }
    if atBreak == .needMore { objectStreamer = streamer }
    return true
  }

  /// True when `text` starts a compact JSON object record (`{"` at column 0) while an object-rooted document is
  /// open: the open value was a truncated record, not a pretty-printed document (pretty-printers indent inner
  /// lines and put an inner `{` alone on its line), so it ends there. Array-rooted documents (a top-level array
  /// of compact objects, one per line) are not cut.
  private func cutsOpenDocument(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    inDocument && documentIsObject && text.count >= 2 && text[0] == UInt8(ascii: "{") && text[1] == UInt8(ascii: "\"")
  }

  private func flushDocument(_ arrivalTime: EpochMillis, _ out: inout [Record]) {
    inDocument = false
    flushUnit(context: .auto, arrivalTime, &out)
  }

  /// True when the bytes start like a JSON object or array (not text such as "[Update] buses late").
  static func opensJSONValue(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let open = text.firstIndex(where: { !JSONDepthTracker.isWhitespace($0) }) else { return false }
    guard let next = text[(open + 1)...].first(where: { !JSONDepthTracker.isWhitespace($0) }) else { return true }
    if text[open] == UInt8(ascii: "{") { return next == UInt8(ascii: "\"") || next == UInt8(ascii: "}") }
    return next == UInt8(ascii: "]") || JSONDepthTracker.startsValue(next) || next == UInt8(ascii: "t")
      || next == UInt8(ascii: "f") || next == UInt8(ascii: "n")
  }

  // MARK: Server-sent events

  private func lineOfEvents(_ text: UnsafeBufferPointer<UInt8>, _ arrivalTime: EpochMillis, _ out: inout [Record]) {
    if text.isEmpty {
      dispatchEvent(arrivalTime, &out)
      return
    }
    if text[0] == UInt8(ascii: ":") { return }  // comment / heartbeat
    guard let colon = text.firstIndex(of: UInt8(ascii: ":")) else {
      out.append(Record(bytes: Array(text), line: line, arrivalTime: arrivalTime))
      return
    }
    var valueStart = colon + 1
    if valueStart < text.count && text[valueStart] == 0x20 { valueStart += 1 }
    let value = UnsafeBufferPointer(rebasing: text[valueStart...])
    switch String(decoding: text[..<colon], as: UTF8.self) {
    case "event":
      if !sseHasData { unitLine = line }
      sseEvent = String(decoding: value, as: UTF8.self)
    case "data":
      if !sseHasData && sseEvent == nil { unitLine = line }
      appendUnit(value, separator: sseHasData)
      sseHasData = true
    case "id", "retry":
      return
    default:
      out.append(Record(bytes: Array(text), line: line, arrivalTime: arrivalTime))
    }
  }

  private func dispatchEvent(_ arrivalTime: EpochMillis, _ out: inout [Record]) {
    if sseHasData { flushUnit(context: .sse(event: sseEvent ?? "message"), arrivalTime, &out) }
    sseEvent = nil
    sseHasData = false
  }

  // MARK: CSV

  private func lineOfCSV(_ text: UnsafeBufferPointer<UInt8>, _ arrivalTime: EpochMillis, _ out: inout [Record]) {
    if unit.isEmpty && unitOversize == 0 {
      if text.isEmpty { return }
      unitLine = line
      appendUnit(text, separator: false)
    } else {
      appendUnit(text, separator: true)
    }
    if CSVRow.isComplete(text, delimiter: csvDelimiter, state: &csvQuotes) { flushRow(arrivalTime, &out) }
  }

  private func flushRow(_ arrivalTime: EpochMillis, _ out: inout [Record]) {
    csvQuotes = CSVRow.QuoteState()
    if csvColumns == nil && !csvRowsAsText && csvNoTextColumn == nil && unitOversize == 0 {
      let cells = CSVRow.cells(unit, delimiter: csvDelimiter)
      let named = options.csvColumns.flatMap { CSVColumnResolver.specIsNumeric($0) ? nil : $0 }
      if let columns = headerColumns(cells) {
        csvColumns = columns
        if let named {
          reportMissing(named, cells, in: "the header", "the header's own column names are used", arrivalTime, &out)
        }
        unit.removeAll(keepingCapacity: true)
        return
      }
      if let named {
        // Columns named by the user mean the first row is a header, though not one whose names are known: it says
        // which names it lacks once, and the rows are read as before, as lines of text.
        csvRowsAsText = true
        let outcome = "it is no known header either, so rows are read as plain text"
        reportMissing(named, cells, in: "the first row", outcome, arrivalTime, &out)
        unit.removeAll(keepingCapacity: true)
        return
      }
      csvColumns = dataColumns(cells)
      if csvColumns == nil, options.csvColumns == nil,
        CSVColumnResolver.isHeaderWithoutText(cells, csvFile: isCSVFile)
      {
        // A header, but none of its columns is a text column this reader knows: no row is a post, and each says why
        // (read as lines of text they would be the header and whole rows, ids and dates in the text).
        csvNoTextColumn = CSVColumnResolver.noTextColumnReason(cells)
        unit.removeAll(keepingCapacity: true)
        return
      }
    }
    guard var columns = csvColumns else {
      flushUnit(context: csvNoTextColumn.map { .invalid(reason: $0) } ?? .auto, arrivalTime, &out)
      return
    }
    columns.delimiter = csvDelimiter
    flushUnit(context: .csv(columns), arrivalTime, &out)
  }

  /// One invalid record at the first row when `--csv-columns` names columns that `cells` (`place`) lack.
  private func reportMissing(
    _ spec: CSVColumnSpec, _ cells: [String], in place: String, _ outcome: String, _ arrivalTime: EpochMillis,
    _ out: inout [Record]
  ) {
    let missing = CSVColumnResolver.missingNames(spec, header: cells)
    guard !missing.isEmpty else { return }
    let reason =
      "--csv-columns names \(missing.map { "'\($0)'" }.joined(separator: ", ")), not in \(place) ("
      + cells.joined(separator: ", ") + "); " + outcome
    out.append(Record(bytes: [], line: unitLine, context: .invalid(reason: reason), arrivalTime: arrivalTime))
  }

  /// Columns when the first row is a header row (then it yields no record).
  private func headerColumns(_ cells: [String]) -> CSVColumns? {
    guard let spec = options.csvColumns else { return CSVColumnResolver.fromHeader(cells) }
    if CSVColumnResolver.specIsNumeric(spec) {
      guard let columns = CSVColumnResolver.fromSpec(spec, header: nil),
        CSVColumnResolver.isHeaderOfNumberedColumns(cells, text: columns.text)
      else { return nil }
      return columns
    }
    return CSVColumnResolver.fromSpec(spec, header: cells) ?? CSVColumnResolver.fromHeader(cells)
  }

  /// Columns for a header-less file whose first row is data.
  private func dataColumns(_ cells: [String]) -> CSVColumns? {
    if let spec = options.csvColumns, CSVColumnResolver.specIsNumeric(spec) {
      return CSVColumnResolver.fromSpec(spec, header: nil)
    }
    return CSVColumnResolver.fromSentiment140Shape(cells)
  }

  // MARK: Units

  private func appendUnit(_ text: UnsafeBufferPointer<UInt8>, separator: Bool) {
    let size = text.count + (separator ? 1 : 0)
    if unitOversize > 0 || unit.count + size > options.maxRecordBytes {
      unitOversize += size
      return
    }
    if separator { unit.append(0x0A) }
    unit.append(contentsOf: text)
  }

  private func flushUnit(context: Record.Context, _ arrivalTime: EpochMillis, _ out: inout [Record]) {
    if unitOversize > 0 {
      let size = unit.count + unitOversize
      out.append(Record(bytes: [], line: unitLine, context: .oversized(size: size), arrivalTime: arrivalTime))
    } else if !unit.isEmpty {
      out.append(Record(bytes: unit, line: unitLine, context: context, arrivalTime: arrivalTime))
    }
    unit.removeAll(keepingCapacity: true)
    unitOversize = 0
  }

  // MARK: Decoding

  /// Decodes one record into posts (pure but for reading the clock, see `EventTimeBounds`; any thread).
  /// `countingOnly`: see `DecoderOptions.countingOnly`.
  public static func decode(_ record: Record, sourceName: String, countingOnly: Bool = false) -> DecodeResult {
    let result = withUnsafePointer(to: record) { record in
      dispatch(record, sourceName: sourceName, countingOnly: countingOnly) { _, context in
        JSONRecordDecoder.decode(record.pointee, context)
      } other: {
        $0
      }
    }
    guard case .posts(var posts) = result else { return result }
    var cleared: [Int] = []
    EventTimeBounds.clearImplausible(&posts, from: 0, cleared: &cleared)
    return .posts(posts)
  }

  /// Decodes one record, appending its posts to `posts` (pure; any thread). Same posts as `decode(_:sourceName:)`,
  /// but a record of one post (the common case) is moved into `posts` without an intermediate array.
  public static func decode(
    _ record: Record, sourceName: String, countingOnly: Bool = false, into posts: inout [Post]
  ) -> DecodeOutcome {
    var texts: PostTextArena?
    return decode(record, sourceName: sourceName, countingOnly: countingOnly, texts: &texts, into: &posts)
  }

  /// As `decode(_:sourceName:countingOnly:into:)`; with `texts` and `countingOnly`, a Twitter v2 post may keep
  /// its text in `texts` and an empty `text` (see `PostTextArena`).
  static func decode(
    _ record: Record, sourceName: String, countingOnly: Bool, texts: inout PostTextArena?, into posts: inout [Post]
  ) -> DecodeOutcome {
    var implausibleTimes: [Int] = []
    return withUnsafePointer(to: record) {
      decode(
        recordAt: $0, sourceName: sourceName, countingOnly: countingOnly, texts: &texts, into: &posts,
        implausibleTimes: &implausibleTimes)
    }
  }

  /// As `decode(_:sourceName:countingOnly:texts:into:)` for the record at `record`, read where it lies (the
  /// engine's decode threads): copying a `Record` retains its buffer and copies its context through the type's
  /// value witnesses, about 200 instructions per record with its destruction. Appends to `implausibleTimes` the
  /// index in `posts` of each post whose event time was set aside (see `EventTimeBounds`).
  static func decode(
    recordAt record: UnsafePointer<Record>, sourceName: String, countingOnly: Bool, texts: inout PostTextArena?,
    into posts: inout [Post], implausibleTimes: inout [Int]
  ) -> DecodeOutcome {
    let start = posts.count
    let outcome = dispatch(record, sourceName: sourceName, countingOnly: countingOnly) { bytes, context in
      guard countingOnly, texts != nil else {
        var none: PostTextArena?
        return JSONRecordDecoder.decode(bytes: bytes, context, texts: &none, into: &posts)
      }
      return JSONRecordDecoder.decode(bytes: bytes, context, texts: &texts, into: &posts)
    } other: {
      DecodeOutcome($0, into: &posts)
    }
    EventTimeBounds.clearImplausible(&posts, from: start, cleared: &implausibleTimes)
    return outcome
  }

  /// Which decoder a record goes to, for every way of decoding one: an `.auto` record that is JSON goes to `json`
  /// with its bytes and context, any other to its decoder and its result to `other`.
  @inline(__always) private static func dispatch<R>(
    _ record: UnsafePointer<Record>, sourceName: String, countingOnly: Bool,
    json: (UnsafeRawBufferPointer, DecodeContext) -> R, other: (DecodeResult) -> R
  ) -> R {
    let context = DecodeContext(
      sourceName: sourceName, arrivalTime: record.pointee.arrivalTime, line: record.pointee.line,
      countingOnly: countingOnly, element: record.pointee.element)
    switch record.pointee.context {
    case .oversized(let size):
      return other(.malformed(reason: "record of \(size) bytes exceeds the size limit (--max-record-bytes)"))
    case .invalid(let reason):
      return other(.malformed(reason: reason))
    case .sse(let event):
      return other(MastodonDecoder.decodeEvent(event, record.pointee, context))
    case .csv(let columns):
      return other(CSVDecoder.decode(record.pointee, columns: columns, context))
    case .auto:
      return record.pointee.storage.withUnsafeBytes { bytes in
        switch isJSON(bytes.assumingMemoryBound(to: UInt8.self)) {
        case true: return json(bytes, context)
        case false: return other(PlainTextDecoder.decode(record.pointee, sourceName: sourceName))
        default: return other(.malformed(reason: "fragment of a JSON object (does not start with '{')"))
        }
      }
    }
  }

  /// Whether a record's bytes are JSON (true), text (false) or a fragment cut from a JSON object (nil).
  static func isJSON(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    guard let first = JSONDepthTracker.firstSignificant(bytes) else { return false }
    if first == UInt8(ascii: "{") || (first == UInt8(ascii: "[") && opensJSONValue(bytes)) { return true }
    // A line cut from the middle of a JSON object (a broken capture) is not a text post, nor is a line of a broken
    // pretty-printed document: brackets and commas only (`},`), one string followed by a comma or by a colon and a
    // value (`"tag": "water"`, `"id",`), or one number or literal (`275,`, `null`).
    let last = JSONDepthTracker.lastSignificant(bytes)
    let fragment =
      last == UInt8(ascii: "}") && containsQuoteColon(bytes) || isJSONPunctuation(bytes) || isMemberLine(bytes)
      || isScalarLine(bytes)
    return fragment ? nil : false
  }

  /// True when the line is one JSON number or literal (`275`, `-1.5e3,`, `true,`, `null`), with or without a comma.
  static func isScalarLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let start = bytes.firstIndex(where: { !JSONDepthTracker.isWhitespace($0) }) else { return false }
    var end = bytes.lastIndex(where: { !JSONDepthTracker.isWhitespace($0) }) ?? start
    if bytes[end] == UInt8(ascii: ","), end > start { end -= 1 }
    let token = UnsafeBufferPointer(rebasing: bytes[start...end])
    let literal = JSONDepthTracker.literalLength(token)
    if literal > 0 && literal == token.count { return true }
    guard let first = token.first, first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
    else { return false }
    return JSONScanner.validate(UnsafeRawBufferPointer(token)) == nil
  }

  /// True when every byte that is not white space is one of `{}[],:`.
  static func isJSONPunctuation(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.allSatisfy { c in
      JSONDepthTracker.isWhitespace(c) || c == UInt8(ascii: "{") || c == UInt8(ascii: "}") || c == UInt8(ascii: "[")
        || c == UInt8(ascii: "]") || c == UInt8(ascii: ",") || c == UInt8(ascii: ":")
    }
  }

  /// True when the line starts with a JSON string that is followed by a comma ending the line, or by a colon and
  /// the start of a JSON value: a member or element line of a pretty-printed document.
  static func isMemberLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let p = bytes.baseAddress else { return false }
    let n = bytes.count
    var i = JSONValue.skipWhitespace(p, n, 0)
    guard i < n, p[i] == UInt8(ascii: "\"") else { return false }
    i += 1
    while i < n && p[i] != UInt8(ascii: "\"") { i += p[i] == UInt8(ascii: "\\") ? 2 : 1 }
    guard i < n else { return false }
    i = JSONValue.skipWhitespace(p, n, i + 1)
    guard i < n else { return false }
    if p[i] == UInt8(ascii: ",") { return JSONValue.skipWhitespace(p, n, i + 1) == n }
    guard p[i] == UInt8(ascii: ":") else { return false }
    i = JSONValue.skipWhitespace(p, n, i + 1)
    return i == n || JSONDepthTracker.startsValue(p[i])
      || JSONDepthTracker.literalLength(UnsafeBufferPointer(rebasing: bytes[i...])) > 0
  }

  static func containsQuoteColon(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count > 1 else { return false }
    for i in 1..<bytes.count where bytes[i] == UInt8(ascii: ":") && bytes[i - 1] == UInt8(ascii: "\"") { return true }
    return false
  }
}
