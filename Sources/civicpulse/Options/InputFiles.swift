import ArgumentParser
import CivicCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Files read to their end by `report` and `classify` (stdin when none is given).
enum InputFiles {
  /// Engine configuration in read mode; fails early with a clear message when a file cannot be read.
  static func config(_ files: [String], decoding: DecodingOptions) throws -> IngestConfig {
    try checkStandardInputOnce(files)
    try checkNamesCanBeOpened(files)
    let paths = files.isEmpty ? ["-"] : files
    for path in paths where path != "-" {
      if access(path, R_OK) != 0 { throw ValidationError("cannot read \(path): \(String(cString: strerror(errno)))") }
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        let pattern = (path.hasSuffix("/") ? path : path + "/") + "*.jsonl"
        throw ValidationError("\(path) is a directory: give the files to read (e.g. \(pattern))")
      }
    }
    return IngestConfig(
      sources: paths.map { .file(path: $0) }, follow: false, decoderOptions: try decoding.decoderOptions())
  }

  /// Refuses `-` given more than once: standard input can be read once, and the second `-` showed as a second
  /// source "stdin" with 0 posts.
  static func checkStandardInputOnce(_ files: [String]) throws {
    if files.filter({ $0 == "-" }).count > 1 {
      throw ValidationError("- (standard input) is given more than once: it can be read only once, so give - once")
    }
  }

  /// Refuses a file whose name is not valid UTF-8 (a Latin-1 `Caf\xe9.csv`): the command line reaches the command
  /// with such bytes replaced by U+FFFD, so the name names no file. It said "No such file or directory" for a file
  /// that `ls` shows (`watch` waited for it forever).
  static func checkNamesCanBeOpened(_ files: [String]) throws {
    for path in files where path.contains("\u{FFFD}") && access(path, F_OK) != 0 {
      throw ValidationError(
        "\(path): the file's name is not valid UTF-8, and such a name cannot be opened here: rename the file, or"
          + " give it on standard input (- < FILE)")
    }
  }

  /// True when the inputs include stdin and stdin is a terminal: someone is typing posts.
  static func readsTerminal(_ files: [String]) -> Bool {
    (files.isEmpty || files.contains("-")) && isatty(0) == 1
  }

  /// What is said on stderr before reading posts typed at the terminal.
  static let typingHint = "civicpulse: reading posts from the terminal, one per line; Ctrl-D ends\n"

  /// Runs the engine over the inputs to their end, with progress on stderr when it is a terminal.
  /// `ready` runs once the engine has started; when it throws, the engine is stopped and the error rethrown.
  /// With posts typed at the terminal (`typing`; by default: stdin is among the sources and is a terminal) there
  /// is no progress line, which would write over what is typed: a hint says how to end instead.
  /// When a write to `output` fails (the reader went away, the disk is full) the reading stops: the rest of the
  /// input would be decoded for nothing.
  static func run(
    _ engine: IngestEngine, typing: Bool? = nil, output: OutputWriter? = nil, ready: () throws -> Void = {}
  ) throws {
    let typing = typing ?? (isatty(0) == 1 && engine.sourceStatuses().contains { $0.name == "stdin" })
    do { try engine.start() } catch { throw ValidationError("\(error)") }
    do {
      try ready()
    } catch {
      engine.stop()
      engine.waitUntilFinished()
      throw error
    }
    if typing { StandardError.write(typingHint) }
    let progress = typing ? nil : ProgressReporter.startIfTerminal(engine)
    if let output {
      while !engine.waitUntilFinished(timeout: 0.1) {
        if output.failure != nil { engine.stop() }
      }
    }
    engine.waitUntilFinished()
    progress?.stop()
  }

  /// Prints source failures to stderr; true when there were any.
  static func reportFailures(_ engine: IngestEngine) -> Bool {
    let failed = engine.sourceStatuses().filter { $0.state == .failed }
    for status in failed {
      StandardError.say("civicpulse: \(status.detail ?? "\(status.name) failed")")
    }
    return !failed.isEmpty
  }
}
