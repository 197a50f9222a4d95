/// How the triage state database could be opened. The dashboard shows `message` and keeps running in every case.
public enum StoreStatus: Sendable, Hashable {
  /// Marks can be made and are shared with every process using the same file.
  case readWrite(path: String)
  /// Marks made elsewhere can be read, but this process cannot write (file or directory not writable, locked by
  /// another process, written by a newer CivicPulse, or read-only requested).
  case readOnly(path: String, reason: String)
  /// Triage is disabled for this run (the file is corrupt, or cannot be opened at all).
  case unavailable(path: String, reason: String)

  public var path: String {
    switch self {
    case .readWrite(let path), .readOnly(let path, _), .unavailable(let path, _): return path
    }
  }

  public var canWrite: Bool {
    if case .readWrite = self { return true }
    return false
  }

  public var canRead: Bool {
    if case .unavailable = self { return false }
    return true
  }

  /// One line for the status bar or stderr (the path is added when the reason does not name it).
  public var message: String {
    switch self {
    case .readWrite(let path): return "triage state: \(path)"
    case .readOnly(let path, let reason): return "triage read-only: " + Self.naming(path, in: reason)
    case .unavailable(let path, let reason): return "triage disabled: " + Self.naming(path, in: reason)
    }
  }

  private static func naming(_ path: String, in reason: String) -> String {
    reason.contains(path) ? reason : "\(reason) (\(path))"
  }
}
