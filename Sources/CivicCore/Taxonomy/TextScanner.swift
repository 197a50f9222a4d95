/// Splits UTF-8 text into the tokens routing works on, without allocating.
///
/// - A word is a run of ASCII letters and digits and Latin letters (U+00C0...U+024F); an apostrophe (' or ’)
///   or "&" between two word characters stays inside the word ("didn't", "A&E"); anything else separates words
///   (so "fly-tipping" is two words).
/// - "#" before a word starts a hashtag, "@" before a word starts a handle (handles also keep "_", ".", "-" and
///   a second "@", for Mastodon and Bluesky accounts); neither counts when glued to a preceding word
///   ("me@example.com" has no handle).
/// - Sentence punctuation between two tokens sets `breakBefore` on the second, so phrases never span it.
struct TextScanner {
  enum Kind: UInt8 {
    case word
    case hashtag
    case handle
  }

  struct Token {
    /// Byte range of the token's text (without "#" or "@").
    var start: Int
    var end: Int
    var kind: Kind
    /// Sentence punctuation lies between the previous token and this one.
    var breakBefore: Bool
    /// The token's first character is an ASCII capital letter.
    var capitalised: Bool
    /// The token is only ASCII letters and digits, and `hash` is the `WordHash` of its lowercased bytes.
    var simple: Bool
    /// The token is simple and has no digit: only ASCII letters.
    var letters: Bool
    var hash: UInt64
  }

  let bytes: UnsafeBufferPointer<UInt8>
  // The two static tables below, read through their raw storage: they live as long as the program, so a scanner
  // needs no reference to them (no reference counting per text, no indirection per byte).
  private let classes: UnsafeMutablePointer<UInt8>
  private let lowers: UnsafeMutablePointer<UInt8>
  private var index = 0
  private var pendingBreak = false

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    classes = TextScanner.byteClasses.base
    lowers = TextScanner.lowercaseAlnum.base
  }

  /// Lowercased byte for ASCII letters and digits, 0 for every other byte: one load both classifies and
  /// lowercases in the hot loop.
  static let lowercaseAlnum: FrozenBuffer<UInt8> = FrozenBuffer(
    (0...255).map { (b: Int) -> UInt8 in isAlnum(UInt8(b)) ? WordHash.lower(UInt8(b)) : 0 })

  // Byte classes, so the scanning loops test one table entry per byte.
  static let separator: UInt8 = 0
  static let alnum: UInt8 = 1
  static let latinLead: UInt8 = 2
  static let hash: UInt8 = 3
  static let at: UInt8 = 4
  static let sentenceBreak: UInt8 = 5
  static let joiner: UInt8 = 6

  static let byteClasses: FrozenBuffer<UInt8> = FrozenBuffer(
    (0...255).map { (b: Int) -> UInt8 in
      let byte = UInt8(b)
      if isAlnum(byte) { return alnum }
      if (0xC3...0xC9).contains(byte) { return latinLead }
      if byte == 0x23 { return hash }
      if byte == 0x40 { return at }
      if isBreak(byte) { return sentenceBreak }
      if byte == 0x27 || byte == 0x26 || byte == 0xE2 { return joiner }
      return separator
    })

  @inline(__always) static func isAlnum(_ b: UInt8) -> Bool {
    (b &- 0x61) < 26 || (b &- 0x41) < 26 || (b &- 0x30) < 10
  }

  /// Byte length of the word character at `i` (1 for ASCII, 2 for a Latin letter), or 0 when it is not one.
  @inline(__always) func wordCharLength(at i: Int) -> Int {
    let b = bytes[i]
    if b < 0x80 { return TextScanner.isAlnum(b) ? 1 : 0 }
    guard b >= 0xC3, b <= 0xC9, i + 1 < bytes.count else { return 0 }
    let c = bytes[i + 1]
    guard c & 0xC0 == 0x80 else { return 0 }
    if b == 0xC3 && (c == 0x97 || c == 0xB7) { return 0 }  // multiplication and division signs
    return 2
  }

  /// Length of an apostrophe at `i` of `p[..<end]` (1 for ', 3 for ’), or 0.
  @inline(__always) static func apostropheLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
    let b = p[i]
    if b == 0x27 { return 1 }
    if b == 0xE2 && i + 2 < end && p[i + 1] == 0x80 && p[i + 2] == 0x99 { return 3 }
    return 0
  }

  @inline(__always) static func isBreak(_ b: UInt8) -> Bool {
    switch b {
    case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x22, 0x7C, 0x2F, 0x0A, 0x0D:
      return true
    default:
      return false
    }
  }

  @inline(__always) static func isHandleChar(_ b: UInt8) -> Bool {
    isAlnum(b) || b == 0x5F || b == 0x2E || b == 0x2D || b == 0x40
  }

  @inline(__always) mutating func next() -> Token? {
    let n = bytes.count
    var i = index
    while i < n {
      var lower = lowers[Int(bytes[i])]
      if lower != 0 {
        // The common case, an ASCII word: classify, lowercase and hash in one pass.
        let start = i
        var hash = WordHash.seed
        // Bit 0x40 stays set while every byte is a letter (lowercased letters have it, digits do not).
        var common: UInt8 = 0xFF
        repeat {
          hash = WordHash.add(hash, lower)
          common &= lower
          i += 1
          if i == n { break }
          lower = lowers[Int(bytes[i])]
        } while lower != 0
        var simple = true
        if i < n, classes[Int(bytes[i])] == TextScanner.latinLead || classes[Int(bytes[i])] == TextScanner.joiner {
          let end = scanWord(from: i)
          simple = end == i
          i = end
        }
        index = i
        return makeToken(
          start: start, end: i, kind: .word, simple: simple, letters: simple && common & 0x40 != 0, hash: hash)
      }
      let c = classes[Int(bytes[i])]
      if c == TextScanner.latinLead || c == TextScanner.hash || c == TextScanner.at,
        let token = scanUncommon(at: i, class: c)
      {
        return token
      }
      if c == TextScanner.sentenceBreak { pendingBreak = true }
      i += 1
    }
    index = n
    return nil
  }

  /// A word starting with a Latin letter, a hashtag or a handle at `i`, or nil (then `i` is a separator).
  /// Kept out of `next()` so the common path stays small enough to inline.
  @inline(never)
  private mutating func scanUncommon(at i: Int, class c: UInt8) -> Token? {
    let n = bytes.count
    if c == TextScanner.latinLead {
      guard wordCharLength(at: i) > 0 else { return nil }
      index = scanWord(from: i + 2)
      return makeToken(start: i, end: index, kind: .word, simple: false, letters: false, hash: 0)
    }
    guard i + 1 < n, wordCharLength(at: i + 1) > 0 || bytes[i + 1] == 0x5F,
      i == 0 || !TextScanner.isAlnum(bytes[i - 1])
    else { return nil }
    let start = i + 1
    var j = start
    if c == TextScanner.hash {
      // The common case, an ASCII hashtag: lowercase and hash in one pass, as `next()` does for words.
      var asciiHash = WordHash.seed
      var common: UInt8 = 0xFF
      while j < n {
        let lower = lowers[Int(bytes[j])]
        if lower == 0 { break }
        asciiHash = WordHash.add(asciiHash, lower)
        common &= lower
        j += 1
      }
      if j == n || (bytes[j] != 0x5F && wordCharLength(at: j) == 0) {
        index = j
        return makeToken(
          start: start, end: j, kind: .hashtag, simple: true, letters: j > start && common & 0x40 != 0,
          hash: asciiHash)
      }
      j = start  // an underscore or a Latin letter follows: read it all again the general way
      while j < n {
        let l = wordCharLength(at: j)
        if l > 0 {
          j += l
        } else if bytes[j] == 0x5F {
          j += 1
        } else {
          break
        }
      }
      index = j
      var hash = WordHash.seed
      var simple = true
      for k in start..<j {
        let lower = lowers[Int(bytes[k])]
        if lower == 0 { simple = false }
        hash = WordHash.add(hash, lower)
      }
      return makeToken(start: start, end: j, kind: .hashtag, simple: simple, letters: false, hash: hash)
    }
    while j < n && TextScanner.isHandleChar(bytes[j]) { j += 1 }
    var end = j
    while end > start && (bytes[end - 1] == 0x2E || bytes[end - 1] == 0x2D) { end -= 1 }
    index = j
    return makeToken(start: start, end: end, kind: .handle, simple: false, letters: false, hash: 0)
  }

  /// Continues a word from `i`, keeping inner apostrophes and "&".
  @inline(__always) private func scanWord(from start: Int) -> Int {
    let n = bytes.count
    var i = start
    while i < n {
      let c = classes[Int(bytes[i])]
      if c == TextScanner.alnum {
        i += 1
        continue
      }
      if c == TextScanner.latinLead {
        let len = wordCharLength(at: i)
        if len == 0 { break }
        i += len
        continue
      }
      if c != TextScanner.joiner { break }
      let joiner = bytes[i] == 0x26 ? 1 : TextScanner.apostropheLength(bytes, i, n)
      guard joiner > 0, i + joiner < n, wordCharLength(at: i + joiner) > 0 else { break }
      i += joiner
    }
    return i
  }

  @inline(__always) private mutating func makeToken(
    start: Int, end: Int, kind: Kind, simple: Bool, letters: Bool, hash: UInt64
  ) -> Token {
    let token = Token(
      start: start, end: end, kind: kind, breakBefore: pendingBreak, capitalised: (bytes[start] &- 0x41) < 26,
      simple: simple, letters: letters, hash: hash)
    pendingBreak = false
    return token
  }

  /// Lowercased words of a term as written in a taxonomy (apostrophes dropped), for compiling and validating.
  static func words(of term: String) -> [String] {
    var copy = term
    return copy.withUTF8 { buffer in
      var scanner = TextScanner(buffer)
      var result: [String] = []
      while let token = scanner.next() {
        result.append(normalisedText(buffer, token.start, token.end))
      }
      return result
    }
  }

  /// Whether `words(of: term)` has any word, without making them (the parser checks every term once).
  static func hasWord(_ term: String) -> Bool {
    var copy = term
    return copy.withUTF8 { buffer in
      var scanner = TextScanner(buffer)
      return scanner.next() != nil
    }
  }

  /// The token's bytes lowercased with apostrophes removed, as a String.
  static func normalisedText(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(end - start)
    var i = start
    while i < end {
      let b = buffer[i]
      let skip = apostropheLength(buffer, i, end)
      if skip > 0 {
        i += skip
        continue
      }
      if (b &- 0x41) < 26 {
        out.append(b | 0x20)
      } else if b == 0xC3, i + 1 < end, buffer[i + 1] >= 0x80, buffer[i + 1] <= 0x9E, buffer[i + 1] != 0x97 {
        out.append(b)
        out.append(buffer[i + 1] | 0x20)
        i += 1
      } else {
        out.append(b)
      }
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }
}
