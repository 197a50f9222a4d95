import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Local-time formatting under a chosen time zone, for tests that must not depend on the machine's zone.
public enum TimeZoneOverride {
  /// Runs `body` with TZ set to a POSIX zone string (no zoneinfo files needed, e.g. "UTC0", "JST-9"), then
  /// restores TZ.
  public static func run<T>(_ zone: String, _ body: () throws -> T) rethrows -> T {
    let saved = getenv("TZ").map { String(cString: $0) }
    setenv("TZ", zone, 1)
    tzset()
    defer {
      if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
      tzset()
    }
    return try body()
  }
}
