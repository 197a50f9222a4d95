/// Routes post text to the services of a taxonomy.
///
/// Every term of every service is compiled once into a single automaton (see `RouterTables`); routing a post
/// tokenises its text once, walks the automaton once, and scores the services whose terms matched:
/// keywords count 1 (+0.5 per extra word of a phrase), weak terms 0.5 and only when a second, different term
/// of the same service matched too, hashtags 2, handle mentions 2.5, repeats 0.25; times the service weight.
/// Exclusions cancel the service's terms they overlap, and a term directly followed by a capitalised place
/// word after a capitalised word ("Water Lane", "Station Road") is a place name and does not count.
/// Routing allocates nothing but its result. The router is immutable and safe to share between threads.
public struct ServiceRouter: Sendable {
  public let taxonomy: Taxonomy
  let tables: RouterTables
  /// Service ids in taxonomy order.
  public let serviceIDs: [String]
  /// `[id]` for each service, returned for the common single-service result without allocating.
  private let singletons: [[String]]

  static let hitCapacity = 60  // 60 x 16 bytes stays on the stack
  static let tallyCapacity = 24

  public init(taxonomy: Taxonomy) {
    self.taxonomy = taxonomy
    tables = RouterTables(taxonomy: taxonomy)
    serviceIDs = taxonomy.services.map { $0.id }
    singletons = serviceIDs.map { [$0] }
  }

  /// The router for the built-in default taxonomy.
  public static let builtIn = ServiceRouter(taxonomy: .builtIn)

  /// Number of compiled patterns (term variants after de-duplication) in the automaton and lookup tables.
  public var patternCount: Int { tables.patternCount }
  /// Number of automaton states.
  public var stateCount: Int { tables.stateCount }
  /// Number of distinct words (after merging plurals) the automaton reads.
  public var wordCount: Int { tables.wordCount }

  /// Matched service ids, strongest (primary) first. This is the fast path used for every post.
  public func services(for text: String) -> [String] {
    analyse(text) { _, tallies in
      if tallies.isEmpty { return [] }
      if tallies.count == 1 { return singletons[Int(tallies[0].service)] }  // shared: no allocation
      var result: [String] = []
      result.reserveCapacity(tallies.count)
      for tally in tallies { result.append(serviceIDs[Int(tally.service)]) }
      return result
    }
  }

  /// The primary service of `text`, if any.
  public func primaryService(for text: String) -> String? {
    analyse(text) { _, tallies in tallies.first.map { serviceIDs[Int($0.service)] } }
  }

  /// Matched services, strongest first, each with its score and the terms that matched (for the UI).
  public func route(_ text: String) -> [ServiceMatch] {
    analyse(text) { hits, tallies in
      tallies.map { tally in
        var terms: [String] = []
        var seen = Set<Int32>()
        for hit in hits where !hit.suppressed && tables.patternService[Int(hit.pattern)] == tally.service {
          guard tables.patternKind[Int(hit.pattern)] != .exclude, seen.insert(hit.pattern).inserted else { continue }
          terms.append(tables.patternDisplay[Int(hit.pattern)])
        }
        let service = taxonomy.services[Int(tally.service)]
        return ServiceMatch(serviceID: service.id, serviceName: service.name, score: tally.score, terms: terms)
      }
    }
  }

  /// Tokenises, matches and ranks `text`, then hands the hits and the ranked qualifying services to `body`.
  @inline(__always)
  private func analyse<R>(
    _ text: String, _ body: (UnsafeMutableBufferPointer<RouteHit>, UnsafeMutableBufferPointer<ServiceTally>) -> R
  ) -> R {
    var text = text
    return text.withUTF8 { bytes in
      withUnsafeTemporaryAllocation(of: RouteHit.self, capacity: ServiceRouter.hitCapacity) { hitBuffer in
        withUnsafeTemporaryAllocation(of: ServiceTally.self, capacity: ServiceRouter.tallyCapacity) { tallyBuffer in
          let hitCount = collectHits(bytes, hitBuffer)
          let hits = UnsafeMutableBufferPointer(rebasing: hitBuffer[0..<hitCount])
          let tallyCount = rank(hits, tallyBuffer)
          return body(hits, UnsafeMutableBufferPointer(rebasing: tallyBuffer[0..<tallyCount]))
        }
      }
    }
  }

  /// Walks the text once, recording every term match (up to the buffer's capacity).
  @inline(__always)
  private func collectHits(_ bytes: UnsafeBufferPointer<UInt8>, _ hits: UnsafeMutableBufferPointer<RouteHit>) -> Int {
    let t = tables
    var scanner = TextScanner(bytes)
    var count = 0
    var state: Int32 = 0
    var position: Int32 = -1
    var previousCapitalised = false
    func record(_ pattern: Int32, _ start: Int32, _ end: Int32) {
      guard count < hits.count else { return }
      hits[count] = RouteHit(pattern: pattern, start: start, end: end, suppressed: false)
      count += 1
    }
    /// Advances the automaton by one word and records the patterns that end there.
    func feed(_ id: Int32) {
      state = t.step(state, id)
      var o = Int(t.outputStart[Int(state)])
      let stop = Int(t.outputStart[Int(state) + 1])
      while o < stop {
        let pattern = t.outputPattern[o]
        record(pattern, position - t.patternLength[Int(pattern)] + 1, position)
        o += 1
      }
    }
    while let token = scanner.next() {
      position += 1
      let adjacentCapital = previousCapitalised && !token.breakBefore
      previousCapitalised = token.capitalised
      if token.kind == .handle {
        state = 0
        matchHandle(bytes, token, position, record)
        continue
      }
      if token.breakBefore { state = 0 }
      let id = t.vocabulary.resolve(bytes, token)
      if id < 0 {
        state = 0
        if token.kind == .hashtag && token.simple {
          // "#BinsNotCollected": the camel-case words of an unknown hashtag are read as words.
          ServiceRouter.forEachCamelCasePart(bytes, token.start, token.end) { start, end, first in
            if !first { position += 1 }
            let part = t.vocabulary.resolve(bytes, start, end, exact: true, pluralOnly: false)
            if part < 0 {
              state = 0
            } else {
              feed(part)
            }
          }
          state = 0
        }
        continue
      }
      let firstNew = count
      if token.kind == .hashtag {
        var k = Int(t.hashtagStart[Int(id)])
        let stop = Int(t.hashtagStart[Int(id) + 1])
        while k < stop {
          record(t.hashtagPattern[k], position, position)
          k += 1
        }
      }
      feed(id)
      if token.capitalised && adjacentCapital && token.kind == .word && t.isPlaceWord[Int(id)] {
        // A place name such as "Station Road": neither the word before nor the place word itself counts.
        var k = count - 1
        while k >= 0 && hits[k].end >= position - 1 {
          if k >= firstNew ? hits[k].start == position : hits[k].end == position - 1 {
            if t.patternKind[Int(hits[k].pattern)] != .exclude { hits[k].suppressed = true }
          }
          k -= 1
        }
      }
    }
    return count
  }

  /// Calls `body` with the byte range of each camel-case word of the ASCII text `p[start..<end]`
  /// ("BinsNotCollected" -> Bins, Not, Collected; "NHSCrisis" -> NHS, Crisis; "A38Closed" -> A, 38, Closed),
  /// and whether it is the first. Calls nothing when the text has no inner word boundary.
  static func forEachCamelCasePart(
    _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ body: (Int, Int, Bool) -> Void
  ) {
    func isUpper(_ b: UInt8) -> Bool { (b &- 0x41) < 26 }
    func isLower(_ b: UInt8) -> Bool { (b &- 0x61) < 26 }
    func isDigit(_ b: UInt8) -> Bool { (b &- 0x30) < 10 }
    var boundaries: [Int] = []
    var k = start + 1
    while k < end {
      let a = p[k - 1]
      let b = p[k]
      if (isLower(a) && isUpper(b)) || (isDigit(a) != isDigit(b))
        || (isUpper(a) && isUpper(b) && k + 1 < end && isLower(p[k + 1]))
      {
        boundaries.append(k)
      }
      k += 1
    }
    guard !boundaries.isEmpty else { return }
    var partStart = start
    for (index, boundary) in (boundaries + [end]).enumerated() {
      body(partStart, boundary, index == 0)
      partStart = boundary
    }
  }

  @inline(__always)
  private func matchHandle(
    _ bytes: UnsafeBufferPointer<UInt8>, _ token: TextScanner.Token, _ position: Int32,
    _ record: (Int32, Int32, Int32) -> Void
  ) {
    guard !tables.handlesByHash.isEmpty else { return }
    let full = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
    var local = full
    if let at = full.firstIndex(of: 0x40) { local = UnsafeBufferPointer(rebasing: full[..<at]) }
    func match(_ candidate: UnsafeBufferPointer<UInt8>) {
      guard let patterns = tables.handlesByHash[RouterTables.fnv(candidate)] else { return }
      for pattern in patterns where RouterTables.equalLowercased(tables.handleText[Int(pattern)], candidate) {
        record(pattern, position, position)
      }
    }
    match(full)
    if local.count != full.count { match(local) }
  }

  /// Applies exclusions, then scores services and keeps those that qualify, strongest first.
  @inline(__always)
  private func rank(
    _ hits: UnsafeMutableBufferPointer<RouteHit>, _ tallies: UnsafeMutableBufferPointer<ServiceTally>
  ) -> Int {
    let t = tables
    let n = hits.count
    for e in 0..<n where t.patternKind[Int(hits[e].pattern)] == .exclude {
      let service = t.patternService[Int(hits[e].pattern)]
      for k in 0..<n where k != e && t.patternService[Int(hits[k].pattern)] == service {
        if hits[k].end >= hits[e].start && hits[k].start <= hits[e].end
          && t.patternKind[Int(hits[k].pattern)] != .exclude
        {
          hits[k].suppressed = true
        }
      }
    }
    // A term inside a longer matched term of the same service adds nothing ("tax" inside "council tax bill").
    for k in 0..<n where !hits[k].suppressed && t.patternKind[Int(hits[k].pattern)] != .exclude {
      let service = t.patternService[Int(hits[k].pattern)]
      for j in 0..<n where j != k && !hits[j].suppressed && t.patternService[Int(hits[j].pattern)] == service {
        if hits[j].start <= hits[k].start && hits[k].end <= hits[j].end
          && hits[j].end - hits[j].start > hits[k].end - hits[k].start
          && t.patternKind[Int(hits[j].pattern)] != .exclude
        {
          hits[k].suppressed = true
          break
        }
      }
    }
    var count = 0
    for k in 0..<n where !hits[k].suppressed {
      let pattern = hits[k].pattern
      let kind = t.patternKind[Int(pattern)]
      if kind == .exclude { continue }
      let service = t.patternService[Int(pattern)]
      var repeated = false
      for j in 0..<k where hits[j].pattern == pattern && !hits[j].suppressed {
        repeated = true
        break
      }
      var slot = 0
      while slot < count && tallies[slot].service != service { slot += 1 }
      if slot == count {
        guard count < tallies.count else { continue }
        tallies[count] = ServiceTally(service: service, score: 0, strong: 0, weak: 0, first: hits[k].start)
        count += 1
      }
      let weight = t.serviceWeight[Int(service)]
      if repeated {
        tallies[slot].score += TermKind.repeatWeight * weight
      } else {
        tallies[slot].score += kind.weight(length: Int(t.patternLength[Int(pattern)])) * weight
        if kind == .weak { tallies[slot].weak += 1 } else { tallies[slot].strong += 1 }
      }
    }
    var kept = 0
    for k in 0..<count where tallies[k].strong > 0 || tallies[k].weak >= 2 {
      tallies[kept] = tallies[k]
      kept += 1
    }
    // Insertion sort: few services match one post.
    var i = 1
    while i < kept {
      let item = tallies[i]
      var j = i - 1
      while j >= 0 && ServiceRouter.ranksBefore(item, tallies[j]) {
        tallies[j + 1] = tallies[j]
        j -= 1
      }
      tallies[j + 1] = item
      i += 1
    }
    return kept
  }

  @inline(__always) static func ranksBefore(_ a: ServiceTally, _ b: ServiceTally) -> Bool {
    if a.score != b.score { return a.score > b.score }
    if a.first != b.first { return a.first < b.first }
    return a.service < b.service
  }
}

extension RouterTables {
  @inline(__always) static func equalLowercased(_ pattern: [UInt8], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard pattern.count == text.count else { return false }
    for i in 0..<pattern.count {
      let b = text[i]
      if pattern[i] != ((b &- 0x41) < 26 ? b | 0x20 : b) { return false }
    }
    return true
  }
}
