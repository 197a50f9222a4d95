import Foundation

/// Where the triage state database lives: `--state PATH` when given, else `$XDG_STATE_HOME/civicpulse/state.db`,
/// else `~/.local/state/civicpulse/state.db` (XDG Base Directory rules: a relative XDG_STATE_HOME is ignored).
public enum StatePath {
  public static func resolve(_ override: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String
  {
    if let override, !override.isEmpty {
      return expandTilde(override, environment: environment)
    }
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return (state as NSString).appendingPathComponent("civicpulse/state.db")
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return (home as NSString).appendingPathComponent(".local/state/civicpulse/state.db")
  }

  /// The login name marks are recorded under: $USER, else $LOGNAME, else the account name, else "unknown".
  public static func officer(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    for key in ["USER", "LOGNAME"] {
      if let name = environment[key]?.trimmingCharacters(in: .whitespaces), !name.isEmpty { return name }
    }
    if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
      return String(cString: name)
    }
    return "unknown"
  }

  private static func expandTilde(_ path: String, environment: [String: String]) -> String {
    guard path == "~" || path.hasPrefix("~/") else { return path }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + path.dropFirst()
  }
}
