/// Why a complaint model file was refused. Every message names the file.
public enum ComplaintModelError: Error, CustomStringConvertible, Equatable {
  case missing(path: String)
  case unreadable(path: String, reason: String)
  case corrupt(path: String, reason: String)
  case incompatible(path: String, reason: String)
  case unwritable(path: String, reason: String)

  public var path: String {
    switch self {
    case .missing(let path), .unreadable(let path, _), .corrupt(let path, _), .incompatible(let path, _),
      .unwritable(let path, _):
      return path
    }
  }

  public var description: String {
    switch self {
    case .missing(let path):
      return "complaint model file '\(path)' does not exist"
    case .unreadable(let path, let reason):
      return "complaint model file '\(path)' cannot be read: \(reason)"
    case .corrupt(let path, let reason):
      return "complaint model file '\(path)' is corrupt: \(reason)"
    case .incompatible(let path, let reason):
      return "complaint model file '\(path)' is incompatible: \(reason)"
    case .unwritable(let path, let reason):
      return "complaint model file '\(path)' cannot be written: \(reason)"
    }
  }
}
