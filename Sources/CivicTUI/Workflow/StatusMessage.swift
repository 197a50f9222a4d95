import CivicCore

/// A line for the status bar: what a key did ("marked handled", "wrote 42 posts to ...") or why it was refused.
public struct StatusMessage: Sendable, Hashable {
  public var text: String
  public var isError: Bool
  /// When it was set; the controller drops it after `StatusMessage.lifetime`.
  public var time: EpochMillis

  public init(_ text: String, isError: Bool = false, time: EpochMillis = 0) {
    self.text = text
    self.isError = isError
    self.time = time
  }

  /// How long a message stays in the status bar.
  public static let lifetime: EpochMillis = 8_000
}
