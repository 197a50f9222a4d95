import ArgumentParser
import CivicCore

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// What a command does when its standard output could not be written. A reader that went away (`| head -1`,
/// with SIGPIPE ignored by whoever started the command) ends it quietly with the status a SIGPIPE would give
/// (141); any other failure (a full disk, an I/O error) is an error that says why, with status 1, instead of a
/// success that wrote nothing or a crash in Foundation's `FileHandle.write`.
enum StandardOutput {
  /// The C stream `print` writes to.
  nonisolated(unsafe) private static let printed = stdout!

  /// Throws when a line written through `writer` did not go out.
  static func check(_ writer: OutputWriter) throws {
    if let code = writer.failure { throw failure(code) }
  }

  /// Throws when what `print` wrote did not all go out (flushed here, at the end of the command). A write that
  /// failed earlier left only the stream's error flag, not its reason: a pipe with no reader is told apart by
  /// polling it (POLLERR); for anything else the message gives no reason.
  static func checkPrinted() throws {
    if fflush(nil) != 0 { throw failure(errno) }
    guard ferror(printed) != 0 else { return }
    var pipe = pollfd(fd: 1, events: Int16(POLLOUT), revents: 0)
    let gone = poll(&pipe, 1, 0) == 1 && pipe.revents & Int16(POLLERR) != 0
    throw failure(gone ? EPIPE : nil)
  }

  /// Writes `text` through `print` and flushes it at once (a script waiting for the line sees it).
  static func printNow(_ text: String) {
    print(text)
    fflush(printed)
  }

  /// The error for a failed write with error number `code` (`nil`: not known).
  static func failure(_ code: Int32?) -> Error {
    if code == EPIPE { return ExitCode(128 + SIGPIPE) }
    let reason = code.map { ": \(String(cString: strerror($0)))" } ?? ""
    return CommandFailure("cannot write to standard output\(reason) (is the disk full? send the output elsewhere)")
  }
}
