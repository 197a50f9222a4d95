/// One term match found in a post: which compiled pattern, over which word positions.
struct RouteHit {
  var pattern: Int32
  var start: Int32
  var end: Int32
  /// The pattern's service and kind, copied here so ranking reads one place.
  var service: Int16
  var kind: TermKind
  var suppressed: Bool
}

/// Per-service tally while ranking one post.
struct ServiceTally {
  var service: Int32
  var score: Double
  var strong: Int32
  var weak: Int32
  var first: Int32
}

/// The compiled form of a taxonomy: a byte trie mapping words (and their inflections) to word ids, and ONE
/// Aho-Corasick automaton over word ids holding every keyword, weak term and exclusion of every service, so the
/// cost of routing a post does not grow with the number of services or terms. Hashtags and handles are single
/// tokens and are looked up directly. Immutable after init; shared by every copy of a `ServiceRouter`.
final class RouterTables: Sendable {
  let vocabulary: FrozenVocabulary
  let wordCount: Int
  let isPlaceWord: FrozenBuffer<Bool>

  let rootNext: FrozenBuffer<Int32>
  /// Transitions of the other states: open addressing on (state, word), each entry packing state, word and target.
  let edgeKeys: FrozenBuffer<UInt64>
  let edgeTargets: FrozenBuffer<Int32>
  let edgeMask: Int
  let failure: FrozenBuffer<Int32>
  /// For each state, the first state of its failure chain (itself first) that has transitions, or 0: `step`
  /// probes only those, so after a one-word match (a leaf) the next word goes straight to `rootNext`.
  let probeFrom: FrozenBuffer<Int32>
  let outputStart: FrozenBuffer<Int32>
  let outputPattern: FrozenBuffer<Int32>

  let hashtagStart: FrozenBuffer<Int32>
  let hashtagPattern: FrozenBuffer<Int32>
  /// Handle patterns by the `handleKey` of their text: open addressing (linear probing, at most half full), a
  /// hash's patterns met in pattern order along its probe sequence; 0 marks an empty slot. Empty when the
  /// taxonomy lists no handles.
  let handleKeys: FrozenBuffer<UInt64>
  let handlePatterns: FrozenBuffer<Int32>
  let handleMask: Int
  let handleText: [[UInt8]]

  let patternService: FrozenBuffer<Int32>
  let patternKind: FrozenBuffer<TermKind>
  let patternLength: FrozenBuffer<Int32>
  let patternDisplay: [String]
  let serviceWeight: FrozenBuffer<Double>
  /// What one distinct match of each pattern adds to its service's score: its kind's weight for its length
  /// times the service weight (the same product ranking would compute per match).
  let patternScore: FrozenBuffer<Double>
  let patternCount: Int
  let stateCount: Int
  /// The word id that a route number of a post ("42", "X4", "N29", "42a") takes when it is no listed word itself,
  /// so that terms written with `{n}` ("route {n}", "platform {n}") match it; -1 when no term has `{n}`.
  let numberWord: Int32

  /// How `{n}` is written in a term, and the word it compiles to: a NUL byte, which no post word can hold.
  static let numberPlaceholder = "{n}"
  static let numberMarker: [UInt8] = [0]

  private struct Spec {
    var service: Int
    var kind: TermKind
    var words: [[UInt8]]
    var display: String
  }

  init(taxonomy: Taxonomy) {
    let specs = RouterTables.withListedNumbers(RouterTables.specs(of: taxonomy))
    let placeWords = taxonomy.placeWords.map { Array(TextScanner.words(of: $0).joined().utf8) }.filter { !$0.isEmpty }

    // Phase 1: single words are listed exactly; a listed plural shares its listed singular's id.
    var builder = VocabularyBuilder()
    var nextID: Int32 = 0
    for word in specs.filter({ $0.kind != .handle && $0.words.count == 1 }).map({ $0.words[0] }) + placeWords
    where builder.insert(word, id: nextID) == nextID {
      nextID += 1
    }
    var parent = (0..<nextID).map { $0 }
    func root(_ x: Int32) -> Int32 {
      var x = x
      while parent[Int(x)] != x { x = parent[Int(x)] }
      return x
    }
    for word in builder.words {
      let base = builder.resolve(word, exact: false, pluralOnly: true)
      let own = builder.id(of: word)
      if base >= 0 && root(base) != root(own) { parent[Int(root(own))] = root(base) }
    }
    var compact = [Int32](repeating: -1, count: Int(nextID))
    var compactCount: Int32 = 0
    for id in 0..<Int(nextID) where root(Int32(id)) == Int32(id) {
      compact[id] = compactCount
      compactCount += 1
    }
    builder.remap((0..<Int(nextID)).map { compact[Int(root(Int32($0)))] })

    // Phase 2: words inside phrases resolve like text does (so "fly tipping" uses the id of "tip" when "tip" is
    // listed); words that resolve to nothing become new exact words.
    func wordID(_ word: [UInt8]) -> Int32 {
      let found = builder.resolve(word, exact: true, pluralOnly: false)
      if found >= 0 { return found }
      let id = builder.insert(word, id: compactCount)
      if id == compactCount { compactCount += 1 }
      return id
    }
    // Shorter words first, so that a phrase word's stem ("run" of "rat run") is known before a longer form of it
    // in another phrase ("rats running around") is read: that form then takes the stem's id, as it does in a
    // post, whichever of the two phrases the file lists first.
    let phraseWords = Set(specs.filter { $0.kind != .handle && $0.words.count > 1 }.flatMap(\.words))
    let shortestFirst: ([UInt8], [UInt8]) -> Bool = {
      $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1)
    }
    for word in phraseWords.sorted(by: shortestFirst) { _ = wordID(word) }
    var patterns: [(spec: Spec, ids: [Int32])] = []
    var seen = Set<[Int32]>()
    for spec in specs {
      let ids = spec.kind == .handle ? [] : spec.words.map(wordID)
      if spec.kind != .handle {
        guard seen.insert([Int32(spec.service), Int32(spec.kind.rawValue)] + ids).inserted else { continue }
      }
      patterns.append((spec, ids))
    }
    let words = Int(compactCount)
    var place = [Bool](repeating: false, count: words)
    for word in placeWords {
      let id = builder.resolve(word, exact: true, pluralOnly: false)
      if id >= 0 { place[Int(id)] = true }
    }

    // One Aho-Corasick automaton over word ids for every phrase pattern.
    var gotos: [[Int32: Int32]] = [[:]]
    var outputs: [[Int32]] = [[]]
    var tags = [[Int32]](repeating: [], count: words)
    var handles: [(key: UInt64, pattern: Int32)] = []
    var handleText: [[UInt8]] = []
    for (index, pattern) in patterns.enumerated() {
      let p = Int32(index)
      switch pattern.spec.kind {
      case .hashtag:
        tags[Int(pattern.ids[0])].append(p)
        handleText.append([])
      case .handle:
        let text = pattern.spec.words[0]
        handles.append((RouterTables.handleKey(text), p))
        handleText.append(text)
      case .keyword, .weak, .exclude:
        var state: Int32 = 0
        for id in pattern.ids {
          if let target = gotos[Int(state)][id] {
            state = target
          } else {
            let target = Int32(gotos.count)
            gotos.append([:])
            outputs.append([])
            gotos[Int(state)][id] = target
            state = target
          }
        }
        outputs[Int(state)].append(p)
        handleText.append([])
      }
    }
    var fail = [Int32](repeating: 0, count: gotos.count)
    var queue: [Int32] = gotos[0].values.sorted()
    var head = 0
    while head < queue.count {
      let state = queue[head]
      head += 1
      for (id, target) in gotos[Int(state)].sorted(by: { $0.key < $1.key }) {
        var f = fail[Int(state)]
        while f != 0 && gotos[Int(f)][id] == nil { f = fail[Int(f)] }
        let candidate = gotos[Int(f)][id] ?? 0
        fail[Int(target)] = candidate == target ? 0 : candidate
        outputs[Int(target)] += outputs[Int(fail[Int(target)])]
        queue.append(target)
      }
    }

    var rootNext = [Int32](repeating: 0, count: words)
    for (id, target) in gotos[0] { rootNext[Int(id)] = target }
    let edgeCount = gotos.dropFirst().reduce(0) { $0 + $1.count }
    var edgeCapacity = 16
    while edgeCapacity < edgeCount * 2 { edgeCapacity *= 2 }
    var edgeKeys = [UInt64](repeating: 0, count: edgeCapacity)
    var edgeTargets = [Int32](repeating: 0, count: edgeCapacity)
    var outputStart: [Int32] = []
    var outputPattern: [Int32] = []
    for state in gotos.indices {
      if state > 0 {
        for (id, target) in gotos[state] {
          let key = RouterTables.edgeKey(Int32(state), id)
          var slot = RouterTables.edgeSlot(key, edgeCapacity - 1)
          while edgeKeys[slot] != 0 { slot = (slot + 1) & (edgeCapacity - 1) }
          edgeKeys[slot] = key
          edgeTargets[slot] = target
        }
      }
      outputStart.append(Int32(outputPattern.count))
      outputPattern += outputs[state]
    }
    outputStart.append(Int32(outputPattern.count))
    var tagStart: [Int32] = []
    var tagPattern: [Int32] = []
    for list in tags {
      tagStart.append(Int32(tagPattern.count))
      tagPattern += list
    }
    tagStart.append(Int32(tagPattern.count))

    vocabulary = FrozenVocabulary(builder)
    wordCount = words
    isPlaceWord = FrozenBuffer(place)
    self.rootNext = FrozenBuffer(rootNext)
    self.edgeKeys = FrozenBuffer(edgeKeys)
    self.edgeTargets = FrozenBuffer(edgeTargets)
    edgeMask = edgeCapacity - 1
    failure = FrozenBuffer(fail)
    var probe = [Int32](repeating: 0, count: gotos.count)
    for state in queue {  // breadth-first, so a state's failure target is settled before the state
      probe[Int(state)] = gotos[Int(state)].isEmpty ? probe[Int(fail[Int(state)])] : state
    }
    probeFrom = FrozenBuffer(probe)
    self.outputStart = FrozenBuffer(outputStart)
    self.outputPattern = FrozenBuffer(outputPattern)
    hashtagStart = FrozenBuffer(tagStart)
    hashtagPattern = FrozenBuffer(tagPattern)
    var handleCapacity = handles.isEmpty ? 1 : 16
    while handleCapacity < handles.count * 2 { handleCapacity *= 2 }
    var handleKeys = [UInt64](repeating: 0, count: handleCapacity)
    var handlePatterns = [Int32](repeating: 0, count: handleCapacity)
    for (key, pattern) in handles {
      var slot = Int(truncatingIfNeeded: key) & (handleCapacity - 1)
      while handleKeys[slot] != 0 { slot = (slot + 1) & (handleCapacity - 1) }
      handleKeys[slot] = key
      handlePatterns[slot] = pattern
    }
    self.handleKeys = FrozenBuffer(handleKeys)
    self.handlePatterns = FrozenBuffer(handlePatterns)
    handleMask = handles.isEmpty ? -1 : handleCapacity - 1
    self.handleText = handleText
    patternService = FrozenBuffer(patterns.map { Int32($0.spec.service) })
    patternKind = FrozenBuffer(patterns.map { $0.spec.kind })
    patternLength = FrozenBuffer(patterns.map { Int32(max($0.ids.count, 1)) })
    patternDisplay = patterns.map { $0.spec.display }
    serviceWeight = FrozenBuffer(taxonomy.services.map { $0.weight })
    patternScore = FrozenBuffer(
      patterns.map { $0.spec.kind.weight(length: max($0.ids.count, 1)) * taxonomy.services[$0.spec.service].weight })
    patternCount = patterns.count
    stateCount = gotos.count
    numberWord = builder.resolve(RouterTables.numberMarker, exact: true, pluralOnly: false)
  }

  /// The words of a term as the router compiles them: `TextScanner.words(of:)`, with each `{n}` as the number
  /// marker.
  static func termWords(_ term: String) -> [[UInt8]] {
    guard hasNumberPlaceholder(term) else { return TextScanner.words(of: term).map { Array($0.utf8) } }
    var words: [[UInt8]] = []
    for (index, part) in term.components(separatedBy: numberPlaceholder).enumerated() {
      if index > 0 { words.append(numberMarker) }
      words += TextScanner.words(of: part).map { Array($0.utf8) }
    }
    return words
  }

  /// `specs` and, for each term with `{n}`, a copy for each route number that a term lists as a word ("21" of
  /// "section 21"): a post's listed number takes that word's id rather than the number marker's, so "route {n}"
  /// needs "route 21" beside it to match "route 21".
  private static func withListedNumbers(_ specs: [Spec]) -> [Spec] {
    var listed: [[UInt8]] = []
    var seen = Set<[UInt8]>()
    for spec in specs where spec.kind != .handle {
      for word in spec.words where isRouteNumber(word) && seen.insert(word).inserted { listed.append(word) }
    }
    guard !listed.isEmpty else { return specs }
    var result: [Spec] = []
    for spec in specs {
      result.append(spec)
      guard spec.kind != .handle, spec.words.contains(numberMarker) else { continue }
      var variants: [[[UInt8]]] = [[]]
      for word in spec.words {
        let choices = word == numberMarker ? [word] + listed : [word]
        variants = variants.flatMap { prefix in choices.map { prefix + [$0] } }
      }
      for words in variants.dropFirst() {
        result.append(Spec(service: spec.service, kind: spec.kind, words: words, display: spec.display))
      }
    }
    return result
  }

  /// `isRouteNumber(_:_:)` of a word's lowercased bytes.
  static func isRouteNumber(_ word: [UInt8]) -> Bool {
    word.allSatisfy { $0 &- 0x30 < 10 || $0 &- 0x61 < 26 }
      && word.withUnsafeBufferPointer { isRouteNumber($0, from: 0, to: $0.count) }
  }

  /// `term.contains("{n}")`, answered from its bytes when it has no "{" (nearly every term): Foundation's string
  /// search for every term of a taxonomy cost about 7 M instructions at each start.
  static func hasNumberPlaceholder(_ term: String) -> Bool {
    term.utf8.contains(UInt8(ascii: "{")) && term.contains(numberPlaceholder)
  }

  /// A route number: one to three digits with at most one letter before and one after them ("42", "X4", "N29",
  /// "42a", "42s"). Times ("3am"), ordinals ("2nd"), years ("2024") and measures ("4hrs") are not.
  @inline(__always)
  static func isRouteNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ token: TextScanner.Token) -> Bool {
    token.simple && isRouteNumber(bytes, from: token.start, to: token.end)
  }

  /// The rule of `isRouteNumber(_:_:)` on `bytes[start..<end]`, known to be ASCII letters and digits.
  @inline(__always)
  private static func isRouteNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
    guard end - start <= 5 else { return false }
    var i = start
    var last = end
    if i < last, bytes[i] > 0x39 { i += 1 }
    if last > i, bytes[last - 1] > 0x39 { last -= 1 }
    guard last - i >= 1, last - i <= 3 else { return false }
    while i < last {
      guard bytes[i] &- 0x30 < 10 else { return false }
      i += 1
    }
    return true
  }

  private static func specs(of taxonomy: Taxonomy) -> [Spec] {
    var specs: [Spec] = []
    // Parsed taxonomies have at most this many services; hits store the service index in 16 bits.
    for (index, service) in taxonomy.services.prefix(TaxonomyParser.maximumServices).enumerated() {
      func add(_ terms: [String], _ kind: TermKind) {
        for term in terms {
          let words = RouterTables.termWords(term)
          // `{n}` alone would match every number (the parser refuses it); a term needs a word of its own.
          guard words.contains(where: { $0 != RouterTables.numberMarker }) else { continue }
          specs.append(Spec(service: index, kind: kind, words: words, display: term))
          if words.count > 1 && RouterTables.isHyphenatedWord(term) {
            specs.append(Spec(service: index, kind: kind, words: [Array(words.joined())], display: term))
          }
        }
      }
      add(service.keywords, .keyword)
      add(service.weak, .weak)
      add(service.exclude, .exclude)
      for tag in service.hashtags {
        let word = Array(TextScanner.words(of: tag).joined().utf8)
        if !word.isEmpty { specs.append(Spec(service: index, kind: .hashtag, words: [word], display: "#" + tag)) }
      }
      for handle in service.handles {
        let text = Array(handle.lowercased().utf8)
        if !text.isEmpty { specs.append(Spec(service: index, kind: .handle, words: [text], display: "@" + handle)) }
      }
    }
    return specs
  }

  /// `term.contains("-") && !term.contains(" ")` (a hyphenated word, also compiled as one word). An ASCII term
  /// is searched byte by byte: each of its bytes is a Character (CR LF aside, which is neither "-" nor " "), so
  /// the answer is the same, without Foundation's string search (a fifth of the router's start-up).
  static func isHyphenatedWord(_ term: String) -> Bool {
    guard term.utf8.allSatisfy({ $0 < 0x80 }) else { return term.contains("-") && !term.contains(" ") }
    return term.utf8.contains(UInt8(ascii: "-")) && !term.utf8.contains(UInt8(ascii: " "))
  }

  /// FNV-1a hash of ASCII-lowercased bytes.
  @inline(__always) static func fnv<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      hash = (hash ^ UInt64((b &- 0x41) < 26 ? b | 0x20 : b)) &* 0x100_0000_01b3
    }
    return hash
  }

  /// Key of a handle (the bytes after "@") in the handle table: its `fnv` hash, never 0.
  @inline(__always) static func handleKey<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
    let hash = fnv(bytes)
    return hash == 0 ? 1 : hash
  }

  /// Key of the transition from `state` (> 0) on word `id`; never 0.
  @inline(__always) static func edgeKey(_ state: Int32, _ id: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: state)) << 32 | UInt64(UInt32(bitPattern: id))
  }

  @inline(__always) static func edgeSlot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }

  /// Next automaton state after word `id`.
  @inline(__always) func step(_ state: Int32, _ id: Int32) -> Int32 {
    var s = probeFrom[Int(state)]
    while s != 0 {
      let key = RouterTables.edgeKey(s, id)
      var slot = RouterTables.edgeSlot(key, edgeMask)
      while true {
        let candidate = edgeKeys[slot]
        if candidate == key { return edgeTargets[slot] }
        if candidate == 0 { break }
        slot = (slot &+ 1) & edgeMask
      }
      s = probeFrom[Int(failure[Int(s)])]
    }
    return rootNext[Int(id)]
  }
}
