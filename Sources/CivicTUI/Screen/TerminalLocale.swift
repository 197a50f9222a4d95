#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The locale the screen draws in. ncursesw sends the terminal characters in the locale's character set, so the
/// dashboard is drawn in UTF-8 only when the locale in effect is UTF-8, whatever the environment names.
///
/// A UTF-8 locale that is named but not installed (common over SSH: the client sends `LANG=en_GB.UTF-8` and the
/// server has only `C.UTF-8`) leaves the C locale, where everything beyond ASCII is sent as `?`. The character
/// handling (`LC_CTYPE`) is then taken from `C.UTF-8`, which every current glibc provides, so the terminal the
/// user asked for UTF-8 on still gets it; where that is missing too, the dashboard draws in ASCII.
public enum TerminalLocale {
  /// Sets the process's locale from the environment (with the `C.UTF-8` fallback above); returns whether the
  /// locale in effect afterwards is UTF-8.
  @discardableResult
  public static func start() -> Bool {
    setlocale(LC_ALL, "")
    if codesetIsUTF8() { return true }
    var environment: [String: String] = [:]
    for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
      if let value = getenv(name) { environment[name] = String(cString: value) }
    }
    guard TerminalProfile.localeIsUTF8(environment) else { return false }
    for name in ["C.UTF-8", "C.utf8"] where setlocale(LC_CTYPE, name) != nil {
      if codesetIsUTF8() { return true }
    }
    return false
  }

  /// True when the character set of the locale in effect is UTF-8.
  public static func codesetIsUTF8() -> Bool {
    let codeset = String(cString: nl_langinfo(Int32(CODESET)))
    return codeset.uppercased().filter { $0 != "-" } == "UTF8"
  }
}
