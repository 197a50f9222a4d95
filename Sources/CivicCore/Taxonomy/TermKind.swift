/// What a compiled taxonomy term is, and how much one match of it weighs.
enum TermKind: UInt8, Sendable {
  case keyword
  case weak
  case hashtag
  case handle
  case exclude

  /// Score of one distinct match of a term of `length` words (before the service weight).
  func weight(length: Int) -> Double {
    switch self {
    case .keyword: return 1 + 0.5 * Double(length - 1)
    case .weak: return 0.5 + 0.25 * Double(length - 1)
    case .hashtag: return TermKind.hashtagWeight
    case .handle: return 2.5
    case .exclude: return 0
    }
  }

  /// One hashtag's match, whatever its length (a listed hashtag, or a keyword read from a camel-case hashtag).
  static let hashtagWeight = 2.0

  /// Added for each further match of a term already counted.
  static let repeatWeight = 0.25
}
