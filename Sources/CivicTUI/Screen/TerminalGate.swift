/// Decides before curses starts whether the terminal can show the dashboard at all. `dumb` terminals (and an
/// unset TERM) cannot move the cursor: the dashboard refuses them with a message pointing at the commands that
/// work without a screen, and leaves the terminal untouched.
public enum TerminalGate {
  /// The message to print instead of starting, or `nil` when TERM is usable.
  public static func refusal(term: String?) -> String? {
    let name = (term ?? "").filter { $0 != " " }.lowercased()
    let what: String
    if name.isEmpty {
      what = "TERM is not set, so the terminal's abilities are unknown and the dashboard cannot start."
    } else if name == "dumb" || name.hasPrefix("dumb-") {
      what = "the terminal type 'dumb' cannot show the dashboard (it cannot move the cursor)."
    } else {
      return nil
    }
    return what + " Use `civicpulse report` for a text summary, or `civicpulse watch --headless` to keep"
      + " ingesting without a screen; or set TERM to your terminal's type (e.g. xterm-256color)."
  }
}
