/// A post's author as a 64-bit fingerprint of the platform's id for them (`Post.authorID`): what counting needs
/// of an author, without a `String` per post. Derived data, like `PostTagArena.Span`: it takes no part in a
/// post's equality or hashing.
public struct AuthorID: Sendable, Hashable {
  /// The fingerprint; 0 when unknown.
  public let key: UInt64

  public init() { key = 0 }

  /// The fingerprint of an id given as its UTF-8 bytes (never 0; 0 for no bytes).
  init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    key = bytes.isEmpty ? 0 : DedupWindow.key(utf8: bytes) | 1
  }

  /// The fingerprint of a handle or any other text naming the author (never 0; 0 for the empty text).
  init(handle: String) {
    key = handle.isEmpty ? 0 : DedupWindow.key(for: handle) | 1
  }

  @inlinable public static func == (lhs: AuthorID, rhs: AuthorID) -> Bool { true }
  @inlinable public func hash(into hasher: inout Hasher) {}
}
