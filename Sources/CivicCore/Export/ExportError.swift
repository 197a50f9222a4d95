/// An export that could not be written; `description` names the file and the cause.
public struct ExportError: Error, Sendable, Hashable, CustomStringConvertible {
  public var path: String
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  public var description: String { "cannot write \(path): \(reason)" }
}
