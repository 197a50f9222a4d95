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

  /// Hash of an already normalised word (as written in model files).
  static func word(_ word: Substring) -> UInt64 {
    var hash = offset
    for byte in word.utf8 { hash = add(hash, byte) }
    return finish(hash)
  }

  /// Hash of a model-file term: one word, or two words separated by one space.
  static func term(_ term: String) -> UInt64 {
    let parts = term.split(separator: " ", omittingEmptySubsequences: false)
    if parts.count == 2 { return bigram(word(parts[0]), word(parts[1])) }
    return word(Substring(term))
  }
}
