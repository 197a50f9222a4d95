/// A word of a post's text that the router read and found to be nothing but ASCII letters, with the FNV-1a hash
/// of its lower-cased bytes (`WordHash`). For such a word that is exactly the hash the complaint scorer computes
/// (`ComplaintTermHash` lower-cases letters the same way), so the scorer takes it from here instead of reading
/// and hashing the word's bytes a second time.
struct LetterWord {
  /// Byte range of the word in the text.
  var start: Int32
  var end: Int32
  var hash: UInt64

  /// How many words the counting path keeps per post (on the stack); the scorer reads any later word itself.
  static let perPost = 64
}
