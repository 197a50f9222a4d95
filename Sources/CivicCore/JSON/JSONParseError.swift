/// Why a byte buffer is not valid JSON, and where (0-based byte offset into the record).
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
  public var offset: Int
  /// Short reason such as "expected ','" or "invalid UTF-8".
  public var reason: String

  public init(offset: Int, reason: String) {
    self.offset = offset
    self.reason = reason
  }

  /// e.g. "invalid JSON at byte 57: expected ','" or "invalid UTF-8 at byte 12".
  public var description: String {
    if reason == JSONParseError.invalidUTF8 { return "invalid UTF-8 at byte \(offset)" }
    return "invalid JSON at byte \(offset): \(reason)"
  }

  static let invalidUTF8 = "invalid UTF-8"
}
