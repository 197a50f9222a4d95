/// A taxonomy file that cannot be used, with the file and line to fix.
public struct TaxonomyError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file path (or "built-in").
  public var file: String
  /// 1-based line number, or `nil` when the problem is not tied to a line (e.g. the file cannot be read).
  public var line: Int?
  public var message: String
  /// More problems found in the same file after this one, in file order (`taxonomy check` lists them all).
  public var further: [TaxonomyError] = []

  public init(file: String, line: Int?, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// This problem then the further ones.
  public var all: [TaxonomyError] { [TaxonomyError(file: file, line: line, message: message)] + further }

  /// "FILE:LINE: message", or "FILE: message" without a line.
  public var description: String {
    if let line { return "\(file):\(line): \(message)" }
    return "\(file): \(message)"
  }
}
