/// A change in an alert's life: it started, its figures were updated (new peak or severity), or it ended.
public struct AlertEvent: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable {
    case started, updated, ended
  }

  public var kind: Kind
  /// The alert as it is after the change.
  public var alert: Alert

  public init(kind: Kind, alert: Alert) {
    self.kind = kind
    self.alert = alert
  }
}
