import Foundation
import GRDB

/// Why a triage operation failed; `description` is a message fit for the status bar or stderr.
public struct TriageStoreError: Error, Sendable, Hashable, CustomStringConvertible {
  public enum Kind: String, Sendable, Hashable {
    /// The store was opened read-only or the file cannot be written.
    case readOnly
    /// Another process held the write lock longer than the busy timeout.
    case locked
    /// The file is not an SQLite database or is damaged.
    case corrupt
    /// The file was written by a newer CivicPulse (unknown schema migrations).
    case newerSchema
    /// The state file does not exist (read-only open of a missing file).
    case missing
    /// The request itself is wrong (e.g. an empty note).
    case invalidInput
    /// Disk full, I/O error or another SQLite failure.
    case io
  }

  public var kind: Kind
  public var message: String

  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  public var description: String { message }

  /// Classifies an SQLite (or other) error met while using the database at `path`.
  static func from(_ error: Error, path: String, busyTimeout: Double) -> TriageStoreError {
    if let error = error as? TriageStoreError { return error }
    guard let error = error as? DatabaseError else {
      return TriageStoreError(.io, "\(path): \(error)")
    }
    let detail = error.message ?? "SQLite error \(error.extendedResultCode.rawValue)"
    switch error.resultCode {
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      let seconds = String(format: "%g", busyTimeout)
      return TriageStoreError(.locked, "\(path) is locked by another process (waited \(seconds)s)")
    case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
      return TriageStoreError(.readOnly, "\(path) is not writable (\(detail))")
    case .SQLITE_CANTOPEN:
      return TriageStoreError(.readOnly, "\(path) cannot be opened for writing (\(detail))")
    case .SQLITE_CORRUPT, .SQLITE_NOTADB:
      return TriageStoreError(
        .corrupt, "\(path) is not a CivicPulse state database or is damaged (\(detail)); move it aside to start anew")
    case .SQLITE_FULL:
      return TriageStoreError(.io, "\(path): disk full (\(detail))")
    default:
      return TriageStoreError(.io, "\(path): \(detail)")
    }
  }
}
