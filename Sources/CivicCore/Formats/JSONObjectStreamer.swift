/// Reads an object-rooted JSON document too large to be one record (past the record size limit) as the records it
/// holds: each element of an array of objects that is the value of one of the root object's page members
/// (`JSONRecordDecoder.pageMembers`: a page's `statuses`, `data`, `feed`, `posts`, `results`...) becomes a record
/// of its own, bounded on its own, as the
/// elements of a top-level array are (`JSONArraySplitter` splits them). The rest of the document (a cursor,
/// `search_metadata`) is only read through to find where the document ends, except a v2 page's `includes`: the
/// elements of its `data` are joined with it (`PageIncludesJoiner`), so that its tweets keep their authors and
/// its retweets their full text, within a bound on what is held.
///
/// `StreamDecoder` makes one when a document starting with `{` outgrows the limit, and feeds it the bytes it held
/// first. A document in which no such array is found is one oversized record, as before. A `{"` at the start of a
/// line (a compact record) outside the arrays, or anything but `,` or `}` after an array, ends the document there
/// as cut off or broken, so that the lines after it are read one by one again.
struct JSONObjectStreamer {
  enum Stop: Equatable {
    /// Every byte given was consumed; the document goes on.
    case needMore
    /// The document ended before this index; what follows is framed as lines again.
    case ended(at: Int)
  }

  private let maxRecordBytes: Int
  /// Line of the document's opening `{`.
  private let openingLine: Int
  private var depth = 0
  private var inString = false
  private var escaped = false
  /// The last significant byte at depth 1 was the `:` of a page member.
  private var afterColon = false
  /// ... of the member `includes` (a v2 page's expansions).
  private var afterIncludesColon = false
  /// The page member whose `:` was last read is `data` (a v2 page's tweets).
  private var memberIsData = false
  /// The open array is a v2 page's `data`: its records go through `joiner`.
  private var splittingData = false
  private var joiner: PageIncludesJoiner
  /// The raw name of the member being read at depth 1 (its first bytes: page members' names are short).
  private var name: [UInt8] = []
  private var inName = false
  /// A member's value opened an array at depth 1 and its first element is not yet seen.
  private var awaitingFirstElement = false
  /// A streamed array has just ended: only `,` or `}` may follow.
  private var afterArray = false
  private var atLineStart = false
  /// The last read ended on a `{` at the start of a line: whether it starts a new record (`{"`) is told by the
  /// next byte, so it is taken into the document only then.
  private var heldBrace = false
  /// The document was cut off by a record whose `{` ended the previous read: the caller frames that `{` first.
  private(set) var cutAtHeldBrace = false
  private var splitter: JSONArraySplitter?
  /// Records made from the document's arrays so far.
  private var records = 0
  /// Bytes of the document read in earlier calls, and where this call started.
  private var size = 0
  private var feedStart = 0

  /// Whether an array of records, or a v2 page's `includes` (which may come first and fill the bytes the choice is
  /// made on), was found: until then the document may be a record that is simply too long. A document found to
  /// hold no such array still ends as that one oversized record.
  var foundPage: Bool { splitter != nil || records > 0 || joiner.sawIncludes }

  init(maxRecordBytes: Int, line: Int) {
    self.maxRecordBytes = maxRecordBytes
    self.openingLine = line
    joiner = PageIncludesJoiner(maxRecordBytes: maxRecordBytes)
  }

  /// Consumes `bytes` from `start`, appending a record per completed array element to `out`; `line` is the
  /// stream's current line number, advanced past every line break consumed.
  mutating func feed(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, line: inout Int, arrivalTime: EpochMillis,
    into out: inout [Record]
  ) -> Stop {
    var i = start
    feedStart = start
    defer { size += bytes.count - start }
    if heldBrace && i < bytes.count {
      heldBrace = false
      if bytes[i] == UInt8(ascii: "\"") {
        cutAtHeldBrace = true
        // The `{` counted in the last read's bytes starts the record that cuts the document off.
        size -= 1
        return end(at: i, line: line, "JSON document cut off (line \(line) starts a new record)", arrivalTime, &out)
      }
      depth += 1
      if depth == 2 && afterIncludesColon { joiner.beginIncludes() }
      afterColon = false
      afterIncludesColon = false
      joiner.capture(UInt8(ascii: "{"), into: &out)
    }
    // Where the bytes of the `includes` object being captured start in `bytes`.
    var captureStart = i
    while i < bytes.count {
      if splitter != nil {
        let stop = feedSplitter(bytes, from: i, line: &line, arrivalTime, &out)
        let at: Int
        switch stop {
        case .needMore: return .needMore
        case .ended(let index), .notAnArray(let index): at = index
        }
        splitter = nil
        afterArray = true
        i = at
        continue
      }
      let c = bytes[i]
      if inString {
        if escaped {
          escaped = false
        } else if c == UInt8(ascii: "\\") {
          escaped = true
        } else if c == UInt8(ascii: "\"") {
          inString = false
        } else if inName && name.count <= 16 {
          name.append(c)
        }
        if c == 0x0A {
          // No line break is in a JSON string: the document is broken; the next line is read as outside one.
          line += 1
          inString = false
          atLineStart = true
        }
        i += 1
        continue
      }
      if JSONDepthTracker.isWhitespace(c) {
        if c == 0x0A { line += 1 }
        atLineStart = c == 0x0A
        i += 1
        continue
      }
      let lineStart = atLineStart
      atLineStart = false
      if awaitingFirstElement {
        awaitingFirstElement = false
        if c == UInt8(ascii: "{") {
          // An array of objects: its elements are records. The splitter takes it from its first element.
          depth -= 1
          splitter = JSONArraySplitter(maxRecordBytes: maxRecordBytes, line: line)
          splittingData = memberIsData
          continue
        }
      }
      if depth >= 1 && lineStart && c == UInt8(ascii: "{") {
        // A compact record (`{"` at the start of a line) where the document needs no new object: it was cut off.
        guard i + 1 < bytes.count else {
          heldBrace = true
          joiner.capture(bytes, captureStart..<i, into: &out)
          return .needMore
        }
        if bytes[i + 1] == UInt8(ascii: "\"") {
          return end(at: i, line: line, "JSON document cut off (line \(line) starts a new record)", arrivalTime, &out)
        }
      }
      if afterArray {
        afterArray = false
        guard c == UInt8(ascii: ",") || c == UInt8(ascii: "}") else {
          let reason = "JSON document broken: no ',' or '}' after an array (the lines after it are read one by one)"
          return end(at: i, line: line, reason, arrivalTime, &out)
        }
      }
      switch c {
      case UInt8(ascii: "\""):
        inString = true
        inName = depth == 1
        name.removeAll(keepingCapacity: true)
      case UInt8(ascii: ":"):
        let member = depth == 1 && inName
        afterColon = member && JSONRecordDecoder.isPageMember(name)
        memberIsData = afterColon && name.elementsEqual("data".utf8)
        afterIncludesColon = member && name.elementsEqual("includes".utf8)
        inName = false
        i += 1
        continue
      case UInt8(ascii: "["):
        depth += 1
        awaitingFirstElement = depth == 2 && afterColon
      case UInt8(ascii: "{"):
        depth += 1
        if depth == 2 && afterIncludesColon {
          joiner.beginIncludes()
          captureStart = i
        }
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        if depth == 1 && joiner.capturing {
          joiner.capture(bytes, captureStart..<i + 1, into: &out)
          joiner.endIncludes(into: &out)
        }
        if depth <= 0 {
          i += 1
          return finishDocument(at: i, arrivalTime, &out)
        }
      default:
        break
      }
      afterColon = false
      afterIncludesColon = false
      i += 1
    }
    joiner.capture(bytes, captureStart..<bytes.count, into: &out)
    return .needMore
  }

  /// Feeds the open array's splitter; the records of a v2 page's `data` go through `joiner`.
  private mutating func feedSplitter(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, line: inout Int, _ arrivalTime: EpochMillis,
    _ out: inout [Record]
  ) -> JSONArraySplitter.Stop {
    guard splittingData else {
      let before = out.count
      let stop = splitter!.feed(bytes, from: start, line: &line, arrivalTime: arrivalTime, into: &out)
      records += out.count - before
      return stop
    }
    var made: [Record] = []
    let stop = splitter!.feed(bytes, from: start, line: &line, arrivalTime: arrivalTime, into: &made)
    records += made.count
    joiner.take(made, into: &out)
    return stop
  }

  /// The input ended inside the document: an open array's last element is handled as `JSONArraySplitter` does,
  /// and the unclosed document is one malformed record.
  mutating func finish(line: Int, arrivalTime: EpochMillis, into out: inout [Record]) {
    if var open = splitter {
      splitter = nil
      var made: [Record] = []
      open.finish(line: line, arrivalTime: arrivalTime, into: &made)
      records += made.count
      if splittingData { joiner.take(made, into: &out) } else { out.append(contentsOf: made) }
    }
    feedStart = 0
    _ = end(at: 0, line: line, "JSON document not closed at the end of the input (truncated)", arrivalTime, &out)
  }

  /// The document closed: when none of its arrays held records it is one oversized record, as it was before
  /// streaming.
  private mutating func finishDocument(at index: Int, _ arrivalTime: EpochMillis, _ out: inout [Record]) -> Stop {
    joiner.release(into: &out)
    if records == 0 { out.append(oversized(at: index, arrivalTime)) }
    return .ended(at: index)
  }

  /// The whole document as one oversized record (its size up to `index` of the current bytes).
  private func oversized(at index: Int, _ arrivalTime: EpochMillis) -> Record {
    Record(bytes: [], line: openingLine, context: .oversized(size: size + index - feedStart), arrivalTime: arrivalTime)
  }

  /// Ends the document before `index` as broken: one malformed record saying why (or, when no array held records,
  /// the oversized record the whole document would have been).
  private mutating func end(
    at index: Int, line: Int, _ reason: String, _ arrivalTime: EpochMillis, _ out: inout [Record]
  ) -> Stop {
    joiner.release(into: &out)
    if records == 0 {
      out.append(oversized(at: index, arrivalTime))
    } else {
      out.append(Record(bytes: [], line: line, context: .invalid(reason: reason), arrivalTime: arrivalTime))
    }
    return .ended(at: index)
  }
}
