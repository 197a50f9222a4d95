import CivicCore

/// How the Services pane orders its rows (`o` toggles).
public enum ServiceSort: String, Sendable, Hashable {
  /// Alerting services first (by severity), then by complaints.
  case alertState
  /// Most complaints first, whatever the alert state.
  case complaints

  public var label: String {
    switch self {
    case .alertState: return "alert state"
    case .complaints: return "complaints"
    }
  }

  public var toggled: ServiceSort { self == .alertState ? .complaints : .alertState }

  /// The rows in this order (ties: more posts first, then by id).
  public func sorted(_ rows: [ServiceRow]) -> [ServiceRow] {
    switch self {
    case .alertState:
      return rows.sorted {
        ($0.alert?.rawValue ?? 0, $0.complaints, $0.posts, $1.id) > (
          $1.alert?.rawValue ?? 0, $1.complaints, $1.posts, $0.id
        )
      }
    case .complaints:
      return rows.sorted { ($0.complaints, $0.posts, $1.id) > ($1.complaints, $1.posts, $0.id) }
    }
  }
}
