/// Splits a top-level JSON array into its elements as its bytes arrive, so that each element is a record of its
/// own, bounded by the record size limit on its own, however large the array is and wherever reads cut it.
///
/// Made on the `[` that opens the array (`StreamDecoder` checks one byte at a line start). It follows the nesting
/// depth (1 inside the array), strings and backslash escapes; an element ends at a `,` or `]` at depth 1, and that
/// `]` ends the array. Until the first significant byte after the `[` it is undecided: on the `[`'s line, only `{`,
/// `[` or `]` decide for an array; any other byte (as in "[Update] buses late" or "[1/3] Road closed") means the
/// `[` began a line, which the caller frames as before. A line break first decides for an array (a
/// pretty-printer's `[` alone on its line).
struct JSONArraySplitter {
  enum Stop: Equatable {
    /// Every byte given was consumed; the array goes on.
    case needMore
    /// The array ended (or was given up) before this index; what follows is framed as lines again.
    case ended(at: Int)
    /// The `[` did not open a JSON array: `prefix` holds it and the blanks after it, and the byte at this index
    /// (not consumed) is where the line goes on.
    case notAnArray(at: Int)
  }

  private let maxRecordBytes: Int
  /// Line of the opening `[`.
  private let openingLine: Int
  /// Whether any element (or empty element) was found: an empty array is one record `[]`, skipped as before.
  private var sawElement = false
  /// While undecided: the `[` and the blanks after it, for the caller to frame as text if it is not an array.
  private(set) var prefix: [UInt8] = [UInt8(ascii: "[")]
  /// Whether the `[` was found to open an array (deciding empties `prefix`).
  var isDecided: Bool { prefix.isEmpty }
  private var depth = 1
  private var inString = false
  private var escaped = false
  private var inElement = false
  private var element: [UInt8] = []
  private var oversize = 0
  private var elementLine = 0
  private var afterComma = false
  /// An element nested too deeply to be decoded: it was counted, and the rest of its line is skipped.
  private var skippingLine = false
  /// The open element's outer object or array has closed: only `,` or `]` may follow.
  private var valueClosed = false
  /// The last byte consumed was a line break (the next is at column 0).
  private var atLineStart = false
  /// The previous read ended on a `{` at column 0 inside an open element: a `"` next means the element was cut.
  private var braceEndedRead = false
  // Elements that start on the same line (a compact array) are told apart by their place on it.
  private var lastElementLine = 0
  private var placeOnLine = 0

  /// Most blanks kept after the `[` before deciding that it opens an array anyway.
  private static let maxPrefix = 4096

  init(maxRecordBytes: Int, line: Int) {
    self.maxRecordBytes = maxRecordBytes
    self.openingLine = line
  }

  /// Consumes `bytes` from `start`, appending a record per completed element to `out`; `line` is the stream's
  /// current line number, advanced past every line break consumed.
  mutating func feed(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, line: inout Int, arrivalTime: EpochMillis,
    into out: inout [Record]
  ) -> Stop {
    var i = start
    // Where the bytes of the open element not yet kept start in `bytes`.
    var segment = start
    if braceEndedRead {
      braceEndedRead = false
      if i < bytes.count && bytes[i] == UInt8(ascii: "\"") {
        // The `{` that ended the last read, already taken into the element, starts the next element instead.
        if oversize > 0 { oversize -= 1 } else { element.removeLast() }
        cutElement(line: line, arrivalTime, &out)
        inElement = true
        elementLine = line
        element.append(UInt8(ascii: "{"))
        depth = 2
      }
    }
    while i < bytes.count {
      let c = bytes[i]
      if skippingLine {
        if c == 0x0A {
          skippingLine = false
          return .ended(at: i)
        }
        i += 1
        continue
      }
      if inString {
        if c == 0x0A {
          // A line break cannot be in a JSON string: the element is broken (it will not decode), and the next
          // line is read as outside any string, so a quote missing on one line costs only its element.
          line += 1
          inString = false
          escaped = false
          atLineStart = true
          i += 1
          continue
        } else if escaped {
          escaped = false
        } else if c == UInt8(ascii: "\\") {
          escaped = true
        } else if c == UInt8(ascii: "\"") {
          inString = false
        }
        i += 1
        continue
      }
      if JSONDepthTracker.isWhitespace(c) {
        if c == 0x0A { line += 1 }
        atLineStart = c == 0x0A
        if !isDecided {
          if c == 0x0A || prefix.count >= JSONArraySplitter.maxPrefix { decide() } else { prefix.append(c) }
        }
        i += 1
        continue
      }
      if !isDecided {
        // Only an object or array element (a post, a page) decides on the `[` line: a scalar there is more likely
        // text ("[1/3] Road closed", "[new] bins"), and framed as a line it decodes as before.
        guard c == UInt8(ascii: "{") || c == UInt8(ascii: "[") || c == UInt8(ascii: "]") else {
          return .notAnArray(at: i)
        }
        decide()
      }
      let lineStart = atLineStart
      atLineStart = false
      if valueClosed && depth == 1 && c != UInt8(ascii: ",") && c != UInt8(ascii: "]") {
        // Neither `,` nor `]` after an element (JSON lines after a stray `[`, or a broken array): the array ends
        // here, its last element is a record, and what follows is framed as lines again, so that one bad `[`
        // costs one malformed record, not the rest of the stream.
        keep(bytes, segment..<i)
        endElement(separator: UInt8(ascii: "]"), line: line, arrivalTime: arrivalTime, into: &out)
        let reason = "JSON array broken: no ',' or ']' after an element (the lines after it are read one by one)"
        out.append(Record(bytes: [], line: line, context: .invalid(reason: reason), arrivalTime: arrivalTime))
        return .ended(at: i)
      }
      if lineStart && inElement && depth > 1 && c == UInt8(ascii: "{") {
        // A compact object record (`{"` at column 0) inside an element that has not closed: the element was cut
        // off (pretty-printers indent what is inside an element), and this line starts the next one.
        if i + 1 == bytes.count {
          braceEndedRead = true
        } else if bytes[i + 1] == UInt8(ascii: "\"") {
          cutElement(line: line, arrivalTime, &out)
        }
      }
      if depth == 1 && (c == UInt8(ascii: ",") || c == UInt8(ascii: "]")) {
        keep(bytes, segment..<i)
        endElement(separator: c, line: line, arrivalTime: arrivalTime, into: &out)
        if c == UInt8(ascii: "]") {
          if !sawElement {
            out.append(
              Record(bytes: [UInt8(ascii: "["), UInt8(ascii: "]")], line: openingLine, arrivalTime: arrivalTime))
          }
          return .ended(at: i + 1)
        }
        afterComma = true
        i += 1
        continue
      }
      if !inElement {
        inElement = true
        afterComma = false
        elementLine = line
        segment = i
      }
      switch c {
      case UInt8(ascii: "\""):
        inString = true
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
        if depth > JSONScanner.defaultMaxDepth {
          giveUp("JSON array element nested deeper than \(JSONScanner.defaultMaxDepth) levels", arrivalTime, &out)
          skippingLine = true
        }
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        // A stray `}` at depth 1 stays in its (broken) element.
        if depth > 1 {
          depth -= 1
          if depth == 1 { valueClosed = true }
        }
      default:
        break
      }
      i += 1
    }
    keep(bytes, segment..<bytes.count)
    return .needMore
  }

  /// The input ended inside the array: an element cut off inside a value is one malformed record; else the
  /// missing `]` is (after a complete last element, which is still a record).
  mutating func finish(line: Int, arrivalTime: EpochMillis, into out: inout [Record]) {
    guard isDecided, !skippingLine else { return }
    if inElement && (depth > 1 || inString) {
      giveUp("JSON array element cut off at the end of the input (truncated)", arrivalTime, &out)
      return
    }
    if inElement { endElement(separator: UInt8(ascii: "]"), line: line, arrivalTime: arrivalTime, into: &out) }
    let reason = "JSON array not closed at the end of the input (truncated)"
    out.append(Record(bytes: [], line: line, context: .invalid(reason: reason), arrivalTime: arrivalTime))
  }

  private mutating func decide() { prefix = [] }

  /// Keeps the open element's bytes in `range` of `bytes`, up to the record size limit (past it, only their count).
  private mutating func keep(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    guard inElement, !range.isEmpty else { return }
    element.appendBounded(bytes, range, limit: maxRecordBytes, overflow: &oversize)
  }

  /// Emits the element that `separator` (`,` or `]`) ends; an empty one before a `,` or after one is malformed.
  private mutating func endElement(
    separator: UInt8, line: Int, arrivalTime: EpochMillis, into out: inout [Record]
  ) {
    guard inElement else {
      if separator == UInt8(ascii: ",") || afterComma {
        sawElement = true
        let reason = "empty element in a JSON array (a stray ',')"
        out.append(Record(bytes: [], line: line, context: .invalid(reason: reason), arrivalTime: arrivalTime))
      }
      return
    }
    sawElement = true
    while let last = element.last, JSONDepthTracker.isWhitespace(last) { element.removeLast() }
    var record: Record
    if oversize > 0 {
      record = Record(
        bytes: [], line: elementLine, context: .oversized(size: element.count + oversize), arrivalTime: arrivalTime)
    } else if element.first == UInt8(ascii: "{")
      || element.first == UInt8(ascii: "[") && element.withUnsafeBufferPointer(StreamDecoder.opensJSONValue)
    {
      record = Record(bytes: element, line: elementLine, arrivalTime: arrivalTime)
    } else {
      let reason = "JSON array element is not an object"
      record = Record(bytes: [], line: elementLine, context: .invalid(reason: reason), arrivalTime: arrivalTime)
    }
    record.element = place(elementLine)
    out.append(record)
    clearElement()
  }

  /// Counts the open element as cut off by a record starting on the current line, and forgets it.
  private mutating func cutElement(line: Int, _ arrivalTime: EpochMillis, _ out: inout [Record]) {
    giveUp("JSON array element cut off (line \(line) starts a new record)", arrivalTime, &out)
  }

  /// Counts the open element as malformed (nested too deeply, or cut off) and forgets it.
  private mutating func giveUp(_ reason: String, _ arrivalTime: EpochMillis, _ out: inout [Record]) {
    sawElement = true
    var record = Record(bytes: [], line: elementLine, context: .invalid(reason: reason), arrivalTime: arrivalTime)
    record.element = place(elementLine)
    out.append(record)
    clearElement()
  }

  private mutating func clearElement() {
    element.removeAll(keepingCapacity: element.capacity <= 1 << 16)
    oversize = 0
    inElement = false
    depth = 1
    inString = false
    escaped = false
    valueClosed = false
  }

  /// The element's place among the elements starting on its line (0 for the first).
  private mutating func place(_ line: Int) -> Int {
    if line == lastElementLine {
      placeOnLine += 1
    } else {
      lastElementLine = line
      placeOnLine = 0
    }
    return placeOnLine
  }
}
