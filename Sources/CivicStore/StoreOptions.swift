import CivicCore
import Foundation

/// How `TriageStore.open` opens the state database.
public struct StoreOptions: Sendable {
  /// Open read-only even when the file is writable (a wall display, `export`).
  public var readOnly: Bool
  /// How long a write waits for another process's write to finish before failing with "locked".
  public var busyTimeout: TimeInterval
  /// Login name recorded with marks (default: `StatePath.officer()`).
  public var officer: String
  /// Clock for mark times (tests pin it).
  public var clock: @Sendable () -> EpochMillis

  public init(
    readOnly: Bool = false, busyTimeout: TimeInterval = 5, officer: String = StatePath.officer(),
    clock: @escaping @Sendable () -> EpochMillis = StoreOptions.systemClock
  ) {
    self.readOnly = readOnly
    self.busyTimeout = busyTimeout
    self.officer = officer
    self.clock = clock
  }

  @Sendable public static func systemClock() -> EpochMillis {
    EpochMillis((Date().timeIntervalSince1970 * 1_000).rounded())
  }
}
