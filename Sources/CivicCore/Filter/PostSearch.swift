import Foundation

/// A `/` search over post text: plain text (case-insensitive unless asked) or a regular expression, compiled once.
public struct PostSearch: Sendable {
  public enum Mode: String, Sendable, Hashable {
    case plain
    case regex
  }

  /// What the user typed (without the `re:` prefix or the slashes of `/.../`).
  public let pattern: String
  public let mode: Mode
  public let caseSensitive: Bool
  private let expression: CompiledExpression
  /// The plain pattern has letters with accents (it is not its own diacritic-free form).
  private let patternHasAccents: Bool

  /// Compiles a search. Throws a `QueryError` when the pattern is empty or not a valid regular expression.
  public init(pattern: String, mode: Mode = .plain, caseSensitive: Bool = false) throws(QueryError) {
    guard !pattern.isEmpty else { throw QueryError(.search, input: pattern, reason: "empty search") }
    self.pattern = pattern
    self.mode = mode
    self.caseSensitive = caseSensitive
    patternHasAccents = pattern.folding(options: .diacriticInsensitive, locale: nil) != pattern
    let source = mode == .regex ? pattern : NSRegularExpression.escapedPattern(for: pattern)
    do {
      expression = CompiledExpression(
        try NSRegularExpression(pattern: source, options: caseSensitive ? [] : [.caseInsensitive]))
    } catch {
      throw QueryError(.search, input: pattern, reason: "not a valid regular expression")
    }
  }

  /// Reads what was typed after `/`: `re:PATTERN` or `/PATTERN/` is a regex (`/PATTERN/c` case-sensitive),
  /// anything else plain text.
  public init(query: String) throws(QueryError) {
    if query.hasPrefix("re:") {
      try self.init(pattern: String(query.dropFirst(3)), mode: .regex)
    } else if query.count >= 2, query.hasPrefix("/"), query.hasSuffix("/") {
      try self.init(pattern: String(query.dropFirst().dropLast()), mode: .regex)
    } else if query.count >= 3, query.hasPrefix("/"), query.hasSuffix("/c") {
      try self.init(pattern: String(query.dropFirst().dropLast(2)), mode: .regex, caseSensitive: true)
    } else {
      try self.init(pattern: query, mode: .plain)
    }
  }

  /// Whether `text` contains a (non-empty) hit.
  public func matches(_ text: String) -> Bool {
    !ranges(in: text, limit: 1).isEmpty
  }

  /// Whether the post's text contains a hit.
  public func matches(_ post: Post) -> Bool {
    matches(post.text)
  }

  /// The hits in `text`, in order, for highlighting (empty matches are skipped). At most `limit` ranges.
  ///
  /// Plain text is compared as a reader would: a composed "é" finds a decomposed one (e + U+0301) and, unless
  /// case-sensitive, a query without accents finds accented text ("cafe": "Café", "naive": "naïve"), while a query
  /// with accents finds only them ("café" does not find "cafe"). A regular expression matches code points as
  /// written.
  public func ranges(in text: String, limit: Int = 1_000) -> [Range<String.Index>] {
    var result: [Range<String.Index>] = []
    if mode == .plain {
      var options: String.CompareOptions = caseSensitive ? [] : [.caseInsensitive]
      if !caseSensitive, !patternHasAccents { options.insert(.diacriticInsensitive) }
      var from = text.startIndex
      while result.count < limit, from < text.endIndex,
        let range = text.range(of: pattern, options: options, range: from..<text.endIndex)
      {
        guard range.upperBound > range.lowerBound else { break }
        result.append(range)
        from = range.upperBound
      }
      return result
    }
    let whole = NSRange(text.startIndex..<text.endIndex, in: text)
    expression.regex.enumerateMatches(in: text, options: [], range: whole) { match, _, stop in
      guard let match, match.range.length > 0, let range = Range(match.range, in: text) else { return }
      result.append(range)
      if result.count >= limit { stop.pointee = true }
    }
    return result
  }

  /// The hits as offsets in `text`'s characters (grapheme clusters), for code that lays text out by character.
  public func characterRanges(in text: String, limit: Int = 1_000) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var offset = 0
    var cursor = text.startIndex
    for range in ranges(in: text, limit: limit) {
      let lower = offset + text.distance(from: cursor, to: range.lowerBound)
      let upper = lower + text.distance(from: range.lowerBound, to: range.upperBound)
      result.append(lower..<upper)
      offset = upper
      cursor = range.upperBound
    }
    return result
  }

  /// Indices of the posts that contain a hit (for `SearchCursor`).
  public func hits(in posts: [Post]) -> [Int] {
    posts.indices.filter { matches(posts[$0]) }
  }
}

/// An `NSRegularExpression` is immutable once compiled and documented safe to use from several threads.
private final class CompiledExpression: @unchecked Sendable {
  let regex: NSRegularExpression
  init(_ regex: NSRegularExpression) { self.regex = regex }
}
