/// Routes post text to the services of a taxonomy.
///
/// Every term of every service is compiled once into a single automaton (see `RouterTables`); routing a post
/// tokenises its text once, walks the automaton once, and scores the services whose terms matched:
/// keywords count 1 (+0.5 per extra word of a phrase), weak terms 0.5 and only when a second, different term
/// of the same service matched too, hashtags 2 (also a keyword read from a camel-case hashtag), handle mentions
/// 2.5, repeats 0.25; times the service weight.
/// Exclusions cancel the service's terms inside them ("road trip" cancels "road", but not a longer term reaching
/// past it), and a term directly followed by a capitalised place word after a capitalised word ("Water Lane",
/// "Station Road") is a place name and does not count. Per post, at most `hitCapacity` matches and
/// `tallyCapacity` services are kept (later ones are dropped), so work and memory stay bounded for any input.
/// Routing allocates nothing but its result. The router is immutable and safe to share between threads.
public struct ServiceRouter: Sendable {
  public let taxonomy: Taxonomy
  let tables: RouterTables
  /// Service ids in taxonomy order.
  public let serviceIDs: [String]
  /// `[id]` for each service, returned for the common single-service result without allocating.
  private let singletons: [[String]]
  /// `[first, second]` for each ordered pair of services (at index `first * count + second`), so two-service
  /// results do not allocate either; empty when the taxonomy has more than `pairLimit` services.
  private let pairs: [[String]]
  static let pairLimit = 64

  static let hitCapacity = 60  // 60 x 16 bytes stays on the stack
  static let tallyCapacity = 24

  public init(taxonomy: Taxonomy) {
    self.taxonomy = taxonomy
    tables = RouterTables(taxonomy: taxonomy)
    serviceIDs = taxonomy.services.map { $0.id }
    singletons = serviceIDs.map { [$0] }
    let ids = serviceIDs
    pairs = ids.count <= ServiceRouter.pairLimit ? ids.flatMap { first in ids.map { [first, $0] } } : []
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
    var text = text
    return text.withUTF8 { services(utf8: $0) }
  }

  /// `services(for:)` on the UTF-8 bytes of a text (so a caller that also scores the text reads it once).
  func services(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    analyse(utf8: bytes) { _, tallies in ids(of: tallies) }
  }

  /// The service ids of ranked tallies; one or two services (the common results) come from shared arrays, so
  /// they allocate nothing.
  @inline(__always) private func ids(of tallies: UnsafeMutableBufferPointer<ServiceTally>) -> [String] {
    if tallies.isEmpty { return [] }
    if tallies.count == 1 { return singletons[Int(tallies[0].service)] }
    if tallies.count == 2 && !pairs.isEmpty {
      return pairs[Int(tallies[0].service) * serviceIDs.count + Int(tallies[1].service)]
    }
    var result: [String] = []
    result.reserveCapacity(tallies.count)
    for tally in tallies { result.append(serviceIDs[Int(tally.service)]) }
    return result
  }

  /// `services(utf8:)` and the taxonomy positions of those services.
  func servicesAndCodes(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (services: [String], codes: ServiceCodes) {
    let result = servicesAndCodes(
      utf8: bytes, shared: nil, letterWords: UnsafeMutableBufferPointer(start: nil, count: 0))
    return (result.services, result.codes)
  }

  /// `servicesAndCodes(utf8:)`; with `shared` (a scorer's term table joined with this router's vocabulary), it
  /// looks the text's letter-only words up there and writes the first ones (as many as `letterWords` holds, in
  /// text order) with the scorer's entries to `letterWords`; `words` is how many it wrote. With `lists`, a list of
  /// three to seven services comes from there when it holds that list (and is kept there when not); `lists` must
  /// be used with this router only.
  func servicesAndCodes(
    utf8 bytes: UnsafeBufferPointer<UInt8>, shared: SharedWordTable?,
    letterWords: UnsafeMutableBufferPointer<LetterWord>, lists: UnsafeMutablePointer<ServiceListCache>? = nil
  ) -> (services: [String], codes: ServiceCodes, words: Int) {
    var words = 0
    let (services, codes) = analyse(utf8: bytes, shared: shared, letterWords: letterWords, &words) {
      _, tallies -> ([String], ServiceCodes) in
      if tallies.isEmpty { return ([], ServiceCodes()) }
      let codes = ServiceCodes(positions: tallies.lazy.map { Int($0.service) })
      // Codes name every service of a list of up to seven when every position fits in them.
      guard tallies.count >= 3 && tallies.count <= 7 && serviceIDs.count < 255, let lists else {
        return (ids(of: tallies), codes)
      }
      return (lists.pointee.list(codes) { ids(of: tallies) }, codes)
    }
    return (services, codes, words)
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
        for hit in hits where !hit.suppressed && Int32(hit.service) == tally.service && hit.kind != .exclude {
          guard seen.insert(hit.pattern).inserted else { continue }
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
    return text.withUTF8 { analyse(utf8: $0, body) }
  }

  @inline(__always)
  private func analyse<R>(
    utf8 bytes: UnsafeBufferPointer<UInt8>,
    _ body: (UnsafeMutableBufferPointer<RouteHit>, UnsafeMutableBufferPointer<ServiceTally>) -> R
  ) -> R {
    var words = 0
    return analyse(
      utf8: bytes, shared: nil, letterWords: UnsafeMutableBufferPointer(start: nil, count: 0), &words, body)
  }

  @inline(__always)
  private func analyse<R>(
    utf8 bytes: UnsafeBufferPointer<UInt8>, shared: SharedWordTable?,
    letterWords: UnsafeMutableBufferPointer<LetterWord>, _ words: inout Int,
    _ body: (UnsafeMutableBufferPointer<RouteHit>, UnsafeMutableBufferPointer<ServiceTally>) -> R
  ) -> R {
    withUnsafeTemporaryAllocation(of: RouteHit.self, capacity: ServiceRouter.hitCapacity) { hitBuffer in
      withUnsafeTemporaryAllocation(of: ServiceTally.self, capacity: ServiceRouter.tallyCapacity) { tallyBuffer in
        let hitCount = collectHits(bytes, hitBuffer, shared, letterWords, &words)
        let hits = UnsafeMutableBufferPointer(rebasing: hitBuffer[0..<hitCount])
        let tallyCount = rank(hits, tallyBuffer)
        return body(hits, UnsafeMutableBufferPointer(rebasing: tallyBuffer[0..<tallyCount]))
      }
    }
  }

  /// Walks the text once, recording every term match (up to the buffer's capacity). With `shared`, the first
  /// letter-only words (up to `letterWords.count`; `words` is how many) are looked up there, which gives their
  /// word ids here and their entries for the scorer, and recorded.
  @inline(__always)
  private func collectHits(
    _ bytes: UnsafeBufferPointer<UInt8>, _ hits: UnsafeMutableBufferPointer<RouteHit>, _ shared: SharedWordTable?,
    _ letterWords: UnsafeMutableBufferPointer<LetterWord>, _ words: inout Int
  ) -> Int {
    var collector = HitCollector(hits: hits)
    var scanner = TextScanner(bytes)
    var previousCapitalised = false
    while let token = scanner.next() {
      var exact: Int32 = -1
      var looked = false
      if token.letters && token.hash != 0 && words < letterWords.count, let shared {
        let found = shared.lookup(token.hash)
        letterWords[words] = LetterWord(
          start: Int32(truncatingIfNeeded: token.start), end: Int32(truncatingIfNeeded: token.end), hash: token.hash,
          weight: found.weight, flags: found.flags)
        words += 1
        exact = found.word
        looked = true
      }
      collector.position += 1
      let adjacentCapital = previousCapitalised && !token.breakBefore
      previousCapitalised = token.capitalised
      if token.kind == .handle {
        collector.state = 0
        collector.matchHandle(tables, UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]))
        continue
      }
      if token.breakBefore { collector.state = 0 }
      var id = looked ? tables.vocabulary.resolve(bytes, token, exact: exact) : tables.vocabulary.resolve(bytes, token)
      if id < 0 && !token.letters && tables.numberWord >= 0 && token.kind == .word
        && RouterTables.isRouteNumber(bytes, token)
      {
        id = tables.numberWord
      }
      if id < 0 {
        collector.state = 0
        if token.kind == .hashtag && token.simple {
          collector.feedCamelCaseParts(tables, bytes, token.start, token.end)
        }
        continue
      }
      let firstNew = collector.count
      if token.kind == .hashtag { collector.recordHashtag(tables, id) }
      collector.feed(tables, id)
      if token.capitalised && adjacentCapital && token.kind == .word && tables.isPlaceWord[Int(id)] {
        collector.suppressPlaceName(firstNew: firstNew)
      }
    }
    return collector.count
  }

  /// Applies exclusions, then scores services and keeps those that qualify, strongest first.
  @inline(__always)
  private func rank(
    _ hits: UnsafeMutableBufferPointer<RouteHit>, _ tallies: UnsafeMutableBufferPointer<ServiceTally>
  ) -> Int {
    let n = hits.count
    // Branch-free: the kinds met, as bits, and whether any hit spans more than one word.
    var kinds: UInt8 = 0
    var spans: Int32 = 0
    for k in 0..<n {
      kinds |= 1 &<< hits[k].kind.rawValue
      spans |= hits[k].end ^ hits[k].start
    }
    let anyExclusion = kinds & (1 &<< TermKind.exclude.rawValue) != 0
    let anyPhrase = spans != 0
    if anyExclusion {
      for e in 0..<n where hits[e].kind == .exclude {
        for k in 0..<n where hits[k].service == hits[e].service && hits[k].kind != .exclude {
          if hits[k].start >= hits[e].start && hits[k].end <= hits[e].end { hits[k].suppressed = true }
        }
      }
    }
    if anyPhrase {
      // A term inside a longer matched term of the same service adds nothing ("tax" inside "council tax bill").
      // Only a phrase can be longer than another term, so only the (few) phrases are tried as the longer one.
      // Taking them as they are before this pass gives what suppressing one term at a time would: the longest
      // term covering a term is never suppressed here, and it covers every shorter term its covered ones cover.
      withUnsafeTemporaryAllocation(of: Int.self, capacity: n) { phrases in
        var phraseCount = 0
        for j in 0..<n where !hits[j].suppressed && hits[j].kind != .exclude && hits[j].end != hits[j].start {
          phrases[phraseCount] = j
          phraseCount += 1
        }
        for k in 0..<n where !hits[k].suppressed && hits[k].kind != .exclude {
          for p in 0..<phraseCount {
            let j = phrases[p]
            if j != k && hits[j].service == hits[k].service && hits[j].start <= hits[k].start
              && hits[k].end <= hits[j].end && hits[j].end - hits[j].start > hits[k].end - hits[k].start
            {
              hits[k].suppressed = true
              break
            }
          }
        }
      }
    }
    var count = 0
    let t = tables
    // Bit `pattern % 64` is set once a counted hit of that pattern has been seen: most patterns are met once,
    // and a clear bit proves it without looking back.
    var seenPatterns: UInt64 = 0
    for k in 0..<n where !hits[k].suppressed {
      let pattern = hits[k].pattern
      let kind = hits[k].kind
      if kind == .exclude { continue }
      let service = Int32(hits[k].service)
      let bit: UInt64 = 1 << UInt64(truncatingIfNeeded: pattern & 63)
      var repeated = false
      if seenPatterns & bit != 0 {
        for j in 0..<k where hits[j].pattern == pattern && !hits[j].suppressed {
          repeated = true
          break
        }
      }
      seenPatterns |= bit
      var slot = 0
      while slot < count && tallies[slot].service != service { slot += 1 }
      if slot == count {
        guard count < tallies.count else { continue }
        tallies[count] = ServiceTally(service: service, score: 0, strong: 0, weak: 0, first: hits[k].start)
        count += 1
      }
      if repeated {
        tallies[slot].score += TermKind.repeatWeight * t.serviceWeight[Int(service)]
      } else {
        // A hashtag hit may be a keyword read from a camel-case hashtag: it scores as the hashtag it came from.
        tallies[slot].score +=
          kind == .hashtag ? TermKind.hashtagWeight * t.serviceWeight[Int(service)] : t.patternScore[Int(pattern)]
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
