import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Appends one JSON line per alert event to a file (`--alert-log FILE`), flushed after each line (no fsync).
///
/// Safe to call from any thread. Write failures are counted, never thrown, so a full disk cannot stop the
/// dashboard.
public final class AlertLog: @unchecked Sendable {
  public enum OpenError: Error, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    public var description: String {
      switch self {
      case .cannotOpen(let path, let reason): return "cannot open alert log \(path): \(reason)"
      }
    }
  }

  public let path: String
  private let lock = NSLock()
  private var file: UnsafeMutablePointer<FILE>?
  private var written = 0
  private var errors = 0

  /// Opens `path` for appending (created when missing).
  public init(path: String) throws {
    self.path = path
    guard let f = fopen(path, "a") else {
      throw OpenError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    file = f
  }

  deinit { close() }

  /// Lines written so far.
  public var linesWritten: Int { lock.withLock { written } }
  /// Lines that could not be written (or the log was closed).
  public var writeErrors: Int { lock.withLock { errors } }

  public func append(_ event: AlertEvent) {
    let line = AlertRecord(event).jsonLine() + "\n"
    lock.withLock {
      guard let f = file else {
        errors += 1
        return
      }
      if fputs(line, f) < 0 || fflush(f) != 0 {
        errors += 1
      } else {
        written += 1
      }
    }
  }

  public func append(_ events: [AlertEvent]) {
    for event in events { append(event) }
  }

  public func close() {
    lock.withLock {
      if let f = file { fclose(f) }
      file = nil
    }
  }
}
