import ArgumentParser
import CivicCore

/// The live ingestion options of `watch`: files followed like `tail -F`, a Unix socket, replay pacing and
/// decoding options. `config()` turns them into an `IngestConfig` for `IngestEngine` or `HeadlessRunner`.
struct IngestOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Files to follow like tail -F (appends, truncation, rotation, late creation); - is stdin; .gz files are"
        + " read whole.", valueName: "file"))
  var files: [String] = []

  @Option(
    help: ArgumentHelp(
      "Listen on a Unix stream socket for newline-delimited records from many clients, e.g."
        + " `socat -u FILE:posts.jsonl UNIX-CONNECT:PATH` or `nc -NU PATH < posts.jsonl`.", valueName: "path"))
  var socket: String?

  @Option(
    name: .customLong("socket-mode"),
    help: ArgumentHelp("Permission bits of the socket file, in octal.", valueName: "octal"))
  var socketMode: String = "600"

  @Option(
    help: ArgumentHelp(
      "Pace input by the posts' own timestamps, oldest first whatever the order in the file (within"
        + " --replay-buffer posts): 60 plays an hour of posts in a minute. The dashboard's clock (windows, alerts,"
        + " the header) follows the replay.", valueName: "speed"))
  var replay: Double?

  @Option(
    name: .customLong("replay-buffer"),
    help: ArgumentHelp(
      "With --replay: posts held (about 1 KiB each) to put them in time order before and while playing; a post"
        + " older than one already played is shown at once and counted late.", valueName: "posts"))
  var replayBuffer: Int = IngestConfig.defaultReplayBuffer

  @OptionGroup var decoding: DecodingOptions

  mutating func validate() throws {
    guard Self.parseMode(socketMode) != nil else {
      throw ValidationError("--socket-mode must be octal permission bits such as 600 or 660")
    }
    if let replay, !(replay > 0 && replay.isFinite) {
      throw ValidationError("--replay must be a positive speed, e.g. 60")
    }
    if replayBuffer < 1 {
      throw ValidationError("--replay-buffer must be at least 1 post, e.g. 50000")
    }
    if let socket, socket.isEmpty { throw ValidationError("--socket needs a path") }
    try InputFiles.checkStandardInputOnce(files)
    try InputFiles.checkNamesCanBeOpened(files)
  }

  /// True when at least one source was given.
  var hasSources: Bool { !files.isEmpty || socket != nil }

  /// The engine configuration: files are followed (live mode).
  func config() throws -> IngestConfig {
    var sources = files.map { IngestSourceSpec.file(path: $0) }
    if let socket { sources.append(.socket(path: socket, mode: Self.parseMode(socketMode) ?? 0o600)) }
    return IngestConfig(
      sources: sources, follow: true, decoderOptions: try decoding.decoderOptions(), replaySpeed: replay,
      replayBuffer: replayBuffer)
  }

  /// "600" / "0660" -> permission bits; `nil` unless octal and at most 0777.
  static func parseMode(_ text: String) -> UInt32? {
    guard !text.isEmpty, text.count <= 4, let value = UInt32(text, radix: 8), value <= 0o777 else { return nil }
    return value
  }
}
