/// Hashing of normalised terms: FNV-1a over the normalised bytes of a word, and a mix of two word hashes for a
/// bigram. The scanner hashes text bytes on the fly; model files store the terms as strings and are hashed with
/// the same functions when loaded, so a model file stays readable and hash-independent.
enum ComplaintTermHash {
  static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01b3

  /// Normalises one byte of a word: ASCII upper case to lower case, every digit to "0".
  @inline(__always) static func normalise(_ byte: UInt8) -> UInt8 {
    if byte >= 0x41 && byte <= 0x5A { return byte | 0x20 }
    if byte >= 0x30 && byte <= 0x39 { return 0x30 }
    return byte
  }

  @inline(__always) static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* prime
  }

  /// A non-zero hash (zero marks an empty slot in `ComplaintFeatureTable`).
  @inline(__always) static func finish(_ hash: UInt64) -> UInt64 {
    hash == 0 ? 1 : hash
  }

  @inline(__always) static func bigram(_ first: UInt64, _ second: UInt64) -> UInt64 {
    var x = (first &* 0x9E37_79B9_7F4A_7C15) ^ second
    x ^= x >> 31
    x = x &* 0xBF58_476D_1CE4_E5B9
    x ^= x >> 29
    return finish(x)
  }

  /// Prefix of a negated word's term in model files ("not_happy"); "_" never occurs in a scanned word.
  static let negatedPrefix = "not_"

  /// Hash of a word inside a negation's scope, distinct from the word's own hash.
  @inline(__always) static func negated(_ word: UInt64) -> UInt64 {
    var x = word ^ 0x6E6F_745F_6E6F_745F
    x = x &* 0xD6E8_FEB8_6659_FD93
    x ^= x >> 32
    return finish(x)
  }

  /// Suffix of a stem term in model files ("disap…", the first letters of "disappointed", "disappointing"...);
  /// "…" never occurs in a scanned word (it is punctuation there).
  static let stemSuffix = "\u{2026}"

  /// Hash of a stem term from its letters packed into one integer, the first in the lowest byte (at most 8
  /// letters; see `ComplaintModel.maxStemLetters`): the scanner packs them without a chain of multiplications, and
  /// the mix keeps stems apart from words.
  @inline(__always) static func stem(packed: UInt64) -> UInt64 {
    var x = packed ^ 0x7374_656D_2A73_7465
    x = x &* 0x94D0_49BB_1331_11EB
    x ^= x >> 29
    x = x &* 0xBF58_476D_1CE4_E5B9
    x ^= x >> 32
    return finish(x)
  }

  /// Hash of the stem term of `letters` ("disapp" for "disapp…").
  static func stem(letters: Substring) -> UInt64 {
    var packed: UInt64 = 0
    for (index, byte) in letters.utf8.prefix(8).enumerated() { packed |= UInt64(byte) << UInt64(8 * index) }
    return stem(packed: packed)
  }

  /// The letters of a model-file stem term ("disap" for "disap…"), or nil when the term is not a stem.
  static func stemLetters(_ term: String) -> Substring? {
    guard term.hasSuffix(stemSuffix), !term.contains(" ") else { return nil }
    let letters = term.dropLast()
    return letters.isEmpty ? nil : letters
  }

  /// Hash of one word of a model-file term, a stem ("disap…") or a word.
  static func unigram(_ part: Substring) -> UInt64 {
    if let letters = stemLetters(String(part)) { return stem(letters: letters) }
    return word(part)
  }

  /// Hash of an already normalised word (as written in model files).
  static func word(_ word: Substring) -> UInt64 {
    var hash = offset
    for byte in word.utf8 { hash = add(hash, byte) }
    return finish(hash)
  }

  /// Hash of a model-file term: one word, or two words separated by one space.
  static func term(_ term: String) -> UInt64 {
    let parts = term.split(separator: " ", omittingEmptySubsequences: false)
    if parts.count == 2 { return bigram(unigram(parts[0]), unigram(parts[1])) }
    if let letters = stemLetters(String(term)) { return stem(letters: letters) }
    if term.hasPrefix(negatedPrefix), term.utf8.count > negatedPrefix.utf8.count {
      return negated(word(term.dropFirst(negatedPrefix.count)))
    }
    return word(Substring(term))
  }

  /// Hash of a model-file term, and of its first word when it holds a space (a bigram's start), as `term(_:)`
  /// and `unigram(_:)` give them; ASCII terms and stems (nearly all) are hashed straight from their bytes.
  static func termAndStart(_ term: String) -> (term: UInt64, start: UInt64?) {
    let ascii = withASCII(term) { bytes -> (term: UInt64, start: UInt64?) in
      let n = bytes.count
      var space = -1
      var spaces = 0
      for i in 0..<n where bytes[i] == 0x20 {
        if space < 0 { space = i }
        spaces += 1
      }
      let first = space >= 0 ? unigram(bytes, 0, space) : 0
      let start: UInt64? = space >= 0 ? first : nil
      if spaces == 1 { return (bigram(first, unigram(bytes, space + 1, n)), start) }
      if spaces == 0, isStem(bytes, 0, n) { return (unigram(bytes, 0, n), start) }
      if n > 4, bytes[0] == 0x6E, bytes[1] == 0x6F, bytes[2] == 0x74, bytes[3] == 0x5F {
        return (negated(word(bytes, 4, n)), start)
      }
      return (word(bytes, 0, n), start)
    }
    if let ascii { return ascii }
    return (self.term(term), term.firstIndex(of: " ").map { unigram(term[..<$0]) })
  }

  /// Whether a model-file term is one word or two words separated by one space, as splitting it on `" "`
  /// Characters sees it.
  static func isOneOrTwoWords(_ term: String) -> Bool {
    let ascii = withASCII(term) { bytes -> Bool in
      let n = bytes.count
      var spaces = 0
      for i in 0..<n where bytes[i] == 0x20 {
        guard i > 0, i < n - 1 else { return false }
        spaces += 1
      }
      return n > 0 && spaces <= 1
    }
    if let ascii { return ascii }
    let words = term.split(separator: " ", omittingEmptySubsequences: false)
    return !term.isEmpty && words.count <= 2 && !words.contains(where: \.isEmpty)
  }

  /// FNV-1a of `bytes[from..<to]`, finished as `word(_:)` finishes it.
  private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> UInt64 {
    var hash = offset
    for i in from..<to { hash = add(hash, bytes[i]) }
    return finish(hash)
  }

  /// The first stem of a model-file term ("waiti…" in "still waiti…") whose letters are not `letters` bytes long,
  /// or nil; a term without a non-ASCII byte (nearly all) holds no stem.
  static func stem(in term: String, otherThan letters: Int) -> String? {
    var term = term
    return term.withUTF8 { bytes in
      guard bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      var from = 0
      for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
        if isStem(bytes, from, end), end - from - 3 != letters {
          return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<end]), as: UTF8.self)
        }
        from = end + 1
      }
      return nil
    }
  }

  /// Whether `bytes[from..<to]` is a stem: letters and the three bytes of "…".
  @inline(__always) private static func isStem(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
    to - from > 3 && bytes[to - 3] == 0xE2 && bytes[to - 2] == 0x80 && bytes[to - 1] == 0xA6
  }

  /// `unigram(_:)` of `bytes[from..<to]`.
  private static func unigram(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> UInt64 {
    guard isStem(bytes, from, to) else { return word(bytes, from, to) }
    var packed: UInt64 = 0
    for i in from..<min(to - 3, from + 8) { packed |= UInt64(bytes[i]) << UInt64(8 * (i - from)) }
    return stem(packed: packed)
  }

  /// `body` over the term's UTF-8 bytes when they are all ASCII but for a stem's "…" ending a word (one byte, or
  /// that "…", is one Character there, but for "\r\n", which no rule here looks at), else nil.
  private static func withASCII<R>(_ term: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
    var term = term
    return term.withUTF8 { bytes in
      var i = 0
      while i < bytes.count {
        if bytes[i] >= 0x80 {
          guard i > 0, i + 3 <= bytes.count, isStem(bytes, i - 1, i + 3), bytes[i - 1] != 0x20,
            i + 3 == bytes.count || bytes[i + 3] == 0x20
          else { return nil }
          i += 3
        } else {
          i += 1
        }
      }
      return body(bytes)
    }
  }
}
