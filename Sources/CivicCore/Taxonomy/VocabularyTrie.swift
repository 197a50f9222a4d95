/// Read access to a byte trie of vocabulary words, shared by the trie being built and the frozen one.
protocol VocabularyAccess {
  /// The node reached from `node` by the lowercased byte `byte`, or -1.
  func step(_ node: Int32, _ byte: UInt8) -> Int32
  /// The word id stored at `node`, or -1 (also for node -1).
  func word(_ node: Int32) -> Int32
}

/// Dense transitions for the bytes words are made of; other bytes (Latin letters in UTF-8) go through a dictionary.
enum VocabularyAlphabet {
  static let width = 38

  /// Class of a lowercased byte: a-z 0...25, 0-9 26...35, "&" 36, "_" 37, otherwise -1.
  @inline(__always) static func symbol(_ b: UInt8) -> Int {
    if (b &- 0x61) < 26 { return Int(b &- 0x61) }
    if (b &- 0x30) < 10 { return 26 + Int(b &- 0x30) }
    if b == 0x26 { return 36 }
    if b == 0x5F { return 37 }
    return -1
  }

  @inline(__always) static func wideKey(_ node: Int32, _ b: UInt8) -> Int64 { Int64(node) << 8 | Int64(b) }
}

extension VocabularyAccess {
  /// Resolves the word at `start..<end` of `p` (lowercasing, skipping apostrophes) to a word id.
  ///
  /// With `exact`, a listed word is returned as is. Otherwise (or when the word is not listed) plural, -ed and
  /// -ing forms fall back to their stem when the stem is listed: "potholes" -> "pothole", "libraries" ->
  /// "library", "buses" -> "bus", "flooded" -> "flood", "closed" -> "close", "binned" -> "bin", "flooding" ->
  /// "flood", "closing" -> "close". With `pluralOnly` only the plural rules apply. Returns -1 when nothing fits.
  @inline(__always)
  func resolve(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, exact: Bool, pluralOnly: Bool) -> Int32 {
    var node: Int32 = 0
    var n1: Int32 = -1
    var n2: Int32 = -1
    var n3: Int32 = -1
    var n4: Int32 = -1
    var c1: UInt8 = 0
    var c2: UInt8 = 0
    var c3: UInt8 = 0
    var c4: UInt8 = 0
    var c5: UInt8 = 0
    var length = 0
    var i = start
    while i < end {
      var b = p[i]
      let skip = TextScanner.apostropheLength(p, i, end)
      if skip > 0 {
        i += skip
        continue
      }
      if (b &- 0x41) < 26 {
        b |= 0x20
      } else if b >= 0x80 && b <= 0x9E && b != 0x97 && i > start && p[i - 1] == 0xC3 {
        b |= 0x20  // second byte of an uppercase Latin-1 letter
      }
      n4 = n3
      n3 = n2
      n2 = n1
      n1 = node
      c5 = c4
      c4 = c3
      c3 = c2
      c2 = c1
      c1 = b
      if node >= 0 { node = step(node, b) }
      length += 1
      i += 1
    }
    if exact {
      let id = word(node)
      if id >= 0 { return id }
    }
    guard length >= 4 else { return -1 }
    if c1 == 0x73 {  // s
      guard c2 != 0x73 && c2 != 0x75 && c2 != 0x69 else { return -1 }  // ss, us, is
      if c2 == 0x65 && c3 == 0x69 && length >= 5 && n3 >= 0 {  // ies -> y
        let id = word(step(n3, 0x79))
        if id >= 0 { return id }
      }
      let id = word(n1)
      if id >= 0 { return id }
      if c2 == 0x65 { return word(n2) }  // es
      return -1
    }
    if pluralOnly { return -1 }
    if c1 == 0x64 && c2 == 0x65 && length >= 5 {  // ed
      var id = word(n2)
      if id >= 0 { return id }
      id = word(n1)
      if id >= 0 { return id }
      if c3 == c4 {
        id = word(n3)
        if id >= 0 { return id }
      }
      if c3 == 0x69 && n3 >= 0 { return word(step(n3, 0x79)) }  // ied -> y
      return -1
    }
    if c1 == 0x67 && c2 == 0x6E && c3 == 0x69 && length >= 6 {  // ing
      var id = word(n3)
      if id >= 0 { return id }
      if n3 >= 0 {
        id = word(step(n3, 0x65))
        if id >= 0 { return id }
      }
      if c4 == c5 { return word(n4) }
    }
    return -1
  }
}

/// A trie of words being built.
struct VocabularyBuilder: VocabularyAccess {
  private(set) var next: [Int32] = Array(repeating: -1, count: VocabularyAlphabet.width)
  private(set) var wide: [Int64: Int32] = [:]
  private(set) var wordIDs: [Int32] = [-1]
  /// Every inserted word with its node, in insertion order.
  private(set) var words: [(word: [UInt8], node: Int32)] = []

  func step(_ node: Int32, _ byte: UInt8) -> Int32 {
    guard node >= 0 else { return -1 }
    let s = VocabularyAlphabet.symbol(byte)
    if s >= 0 { return next[Int(node) * VocabularyAlphabet.width + s] }
    return wide[VocabularyAlphabet.wideKey(node, byte)] ?? -1
  }

  func word(_ node: Int32) -> Int32 { node >= 0 ? wordIDs[Int(node)] : -1 }

  /// The node of `bytes` (already lowercased), or -1.
  func find(_ bytes: [UInt8]) -> Int32 {
    var node: Int32 = 0
    for b in bytes where node >= 0 { node = step(node, b) }
    return node
  }

  /// Inserts `bytes` (already lowercased, no apostrophes) and gives it `id` unless it already has one.
  /// Returns the word's id.
  @discardableResult
  mutating func insert(_ bytes: [UInt8], id: Int32) -> Int32 {
    var node: Int32 = 0
    for b in bytes {
      var target = step(node, b)
      if target < 0 {
        target = Int32(wordIDs.count)
        wordIDs.append(-1)
        next.append(contentsOf: repeatElement(-1, count: VocabularyAlphabet.width))
        let s = VocabularyAlphabet.symbol(b)
        if s >= 0 {
          next[Int(node) * VocabularyAlphabet.width + s] = target
        } else {
          wide[VocabularyAlphabet.wideKey(node, b)] = target
        }
      }
      node = target
    }
    if wordIDs[Int(node)] >= 0 { return wordIDs[Int(node)] }
    wordIDs[Int(node)] = id
    words.append((bytes, node))
    return id
  }

  /// Replaces every word id by `map[id]`.
  mutating func remap(_ map: [Int32]) {
    for i in wordIDs.indices where wordIDs[i] >= 0 { wordIDs[i] = map[Int(wordIDs[i])] }
  }

  /// Resolves a whole word given as bytes.
  func resolve(_ bytes: [UInt8], exact: Bool, pluralOnly: Bool) -> Int32 {
    bytes.withUnsafeBufferPointer { resolve($0, 0, $0.count, exact: exact, pluralOnly: pluralOnly) }
  }
}

/// The finished trie, read without bounds checks by the router.
struct FrozenVocabulary: VocabularyAccess, Sendable {
  let next: FrozenBuffer<Int32>
  let wide: [Int64: Int32]
  let wordIDs: FrozenBuffer<Int32>

  init(_ builder: VocabularyBuilder) {
    next = FrozenBuffer(builder.next)
    wide = builder.wide
    wordIDs = FrozenBuffer(builder.wordIDs)
  }

  @inline(__always) func step(_ node: Int32, _ byte: UInt8) -> Int32 {
    let s = VocabularyAlphabet.symbol(byte)
    if s >= 0 { return next[Int(node) &* VocabularyAlphabet.width &+ s] }
    if wide.isEmpty { return -1 }
    return wide[VocabularyAlphabet.wideKey(node, byte)] ?? -1
  }

  @inline(__always) func word(_ node: Int32) -> Int32 { node >= 0 ? wordIDs[Int(node)] : -1 }
}
