/// The mutable part of routing one post: the automaton state, the word position and the hits found so far.
/// A struct with inlined mutating methods, so the hot loop keeps everything in registers (closures capturing
/// these variables would box them). The router's tables are passed to each method rather than kept here: a
/// stored reference was retained and released per post, and the tables are shared by every thread, so their
/// reference count bounced between the cores.
struct HitCollector {
  let hits: UnsafeMutableBufferPointer<RouteHit>
  var count = 0
  var state: Int32 = 0
  var position: Int32 = -1

  init(hits: UnsafeMutableBufferPointer<RouteHit>) {
    self.hits = hits
  }

  /// Records a match of `pattern` over word positions `start...end`, dropping it when the buffer is full.
  @inline(__always) mutating func record(_ tables: RouterTables, _ pattern: Int32, _ start: Int32, _ end: Int32) {
    guard count < hits.count else { return }
    hits[count] = RouteHit(
      pattern: pattern, start: start, end: end,
      service: Int16(truncatingIfNeeded: tables.patternService[Int(pattern)]),
      kind: tables.patternKind[Int(pattern)], suppressed: false)
    count += 1
  }

  /// Advances the automaton by word `id` at the current position and records the patterns ending there.
  @inline(__always) mutating func feed(_ tables: RouterTables, _ id: Int32) {
    state = tables.step(state, id)
    var o = Int(tables.outputStart[Int(state)])
    let stop = Int(tables.outputStart[Int(state) + 1])
    while o < stop {
      let pattern = tables.outputPattern[o]
      record(tables, pattern, position - tables.patternLength[Int(pattern)] + 1, position)
      o += 1
    }
  }

  /// Records the hashtag patterns listed for word `id` (the current token is a hashtag).
  @inline(__always) mutating func recordHashtag(_ tables: RouterTables, _ id: Int32) {
    var k = Int(tables.hashtagStart[Int(id)])
    let stop = Int(tables.hashtagStart[Int(id) + 1])
    while k < stop {
      record(tables, tables.hashtagPattern[k], position, position)
      k += 1
    }
  }

  /// The current word is a capitalised place word after a capitalised word ("Station Road"): neither the word
  /// before nor the place word itself counts. `firstNew` is the first hit recorded for the current word.
  mutating func suppressPlaceName(firstNew: Int) {
    var k = count - 1
    while k >= 0 && hits[k].end >= position - 1 {
      let ownWord = k >= firstNew ? hits[k].start == position : hits[k].end == position - 1
      if ownWord && hits[k].kind != .exclude { hits[k].suppressed = true }
      k -= 1
    }
  }

  /// Matches a mention (the bytes after "@") against the handles, also by its part before a second "@".
  mutating func matchHandle(_ tables: RouterTables, _ handle: UnsafeBufferPointer<UInt8>) {
    guard tables.handleMask >= 0 else { return }
    matchWholeHandle(tables, handle)
    if let at = handle.firstIndex(of: 0x40) { matchWholeHandle(tables, UnsafeBufferPointer(rebasing: handle[..<at])) }
  }

  private mutating func matchWholeHandle(_ tables: RouterTables, _ candidate: UnsafeBufferPointer<UInt8>) {
    let key = RouterTables.handleKey(candidate)
    var slot = Int(truncatingIfNeeded: key) & tables.handleMask
    while tables.handleKeys[slot] != 0 {
      let pattern = tables.handlePatterns[slot]
      if tables.handleKeys[slot] == key && RouterTables.equalLowercased(tables.handleText[Int(pattern)], candidate) {
        record(tables, pattern, position, position)
      }
      slot = (slot + 1) & tables.handleMask
    }
  }

  /// Reads the camel-case words of an unknown ASCII hashtag `p[start..<end]` as consecutive words
  /// ("BinsNotCollected" -> bins not collected; "NHSCrisis" -> nhs crisis; "A38Closed" -> a 38 closed).
  /// Does nothing when the text has no inner word boundary. A keyword read this way counts as a hashtag: the
  /// writer tagged the post with it (#BusChaos is about buses however many weak rail words the text holds).
  mutating func feedCamelCaseParts(_ tables: RouterTables, _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
    @inline(__always) func isUpper(_ b: UInt8) -> Bool { (b &- 0x41) < 26 }
    @inline(__always) func isLower(_ b: UInt8) -> Bool { (b &- 0x61) < 26 }
    @inline(__always) func isDigit(_ b: UInt8) -> Bool { (b &- 0x30) < 10 }
    func isBoundary(_ k: Int) -> Bool {
      let a = p[k - 1]
      let b = p[k]
      return (isLower(a) && isUpper(b)) || (isDigit(a) != isDigit(b))
        || (isUpper(a) && isUpper(b) && k + 1 < end && isLower(p[k + 1]))
    }
    guard (start + 1..<end).contains(where: isBoundary) else { return }
    var partStart = start
    for k in start + 1...end where k == end || isBoundary(k) {
      if partStart > start { position += 1 }
      let id = tables.vocabulary.resolve(p, partStart, k, exact: true, pluralOnly: false)
      if id < 0 {
        state = 0
      } else {
        let firstNew = count
        feed(tables, id)
        for h in firstNew..<count where hits[h].kind == .keyword { hits[h].kind = .hashtag }
      }
      partStart = k
    }
    state = 0
  }
}
