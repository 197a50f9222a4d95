/// A `:filter` expression or a `/` search that was refused; `description` is the message to show.
public struct QueryError: Error, Sendable, Hashable, CustomStringConvertible {
  public enum Kind: String, Sendable, Hashable {
    case filter
    case search
  }

  public var kind: Kind
  /// The filter term or search pattern at fault.
  public var input: String
  public var reason: String

  public init(_ kind: Kind, input: String, reason: String) {
    self.kind = kind
    self.input = input
    self.reason = reason
  }

  /// "filter 'since=abc': expected a duration ...": the term at fault comes first, so it stays in sight when a
  /// narrow status bar cuts the end of the reason.
  public var description: String { "\(kind.rawValue) '\(input)': \(reason)" }
}
