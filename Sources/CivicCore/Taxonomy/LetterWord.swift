/// A word of a post's text that the router read and found to be nothing but ASCII letters, with the FNV-1a hash
/// of its lower-cased bytes (`WordHash`) and the complaint scorer's weight and flags for it (looked up in a
/// `SharedWordTable` together with the router's word id). For such a word that hash is exactly the one the
/// scorer computes (`ComplaintTermHash` lower-cases letters the same way), so the scorer takes the word from here
/// instead of reading, hashing and looking it up a second time.
struct LetterWord {
  /// Byte range of the word in the text.
  var start: Int32
  var end: Int32
  var hash: UInt64
  /// The scorer's entry for `hash`, as `ComplaintFeatureTable.lookup` gives it.
  var weight: Float
  var flags: UInt32

  /// How many words the counting path keeps per post: 40 x 24 bytes stay on the stack (a temporary allocation
  /// over 1 KB goes to the heap); the scorer reads any later word itself.
  static let perPost = 40
}
