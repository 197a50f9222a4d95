import CivicCore

#if canImport(Glibc)
  import Glibc
#endif

/// Every message the commands write to standard error, and the `Error:` line a failed command ends with, goes
/// out here: each line with its control characters as visible symbols (`TerminalText.printable`). A message
/// names what the user typed or a file holds (a path given to `--out`, `--state`, `--taxonomy`, `--model` or
/// `--listen`, a taxonomy's or theme's own words, a source's read error), so an escape sequence in one of them
/// is shown, never sent to the terminal. Written with `write(2)`: a stderr that is closed or full loses the
/// message but does not crash the command, as `FileHandle.write` did.
enum StandardError {
  /// Writes `message` and a newline; the line breaks inside `message` are kept (a usage block keeps its shape).
  static func say(_ message: String) {
    write(TerminalText.printableLines(message) + "\n")
  }

  /// Writes `text` as it is (a message made here, with nothing typed or read in it).
  static func write(_ text: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let n = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { return }
      bytes = bytes.dropFirst(n)
    }
  }
}
