import CivicCore

/// Tells a frame that it shows a `--replay` run: the header (and the wall) then say so, with the replay's time.
public struct ReplayMarker: Sendable, Equatable {
  public var speed: Double
  /// False while the replay buffers, before playback starts: the frame's `now` is then the wall clock's.
  public var playing: Bool
  /// The wall clock's time of the frame, for what paces the screen itself (the wall's alert rotation).
  public var wallTime: EpochMillis

  public init(speed: Double, playing: Bool, wallTime: EpochMillis) {
    self.speed = speed
    self.playing = playing
    self.wallTime = wallTime
  }

  /// "replay 60x", "replay 0.5x".
  public var label: String { "replay \(Formatting.rate(speed))x" }
}
