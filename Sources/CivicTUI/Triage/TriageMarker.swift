import CivicCore

/// The one-cell marker of a post's triage state in the Posts list: handled, escalated, not a complaint, or notes
/// only. Blank for posts without marks (or whose marks were all undone).
public struct TriageMarker: Sendable, Hashable {
  public var symbol: String
  public var role: ThemeRole

  public init(_ state: TriageState?, glyphs: Glyphs) {
    let unicode = glyphs.ellipsis != Glyphs.ascii.ellipsis
    guard let state else {
      (symbol, role) = (" ", .dim)
      return
    }
    switch state.status {
    case .handled: (symbol, role) = (unicode ? "✓" : "h", .notComplaint)
    case .escalated: (symbol, role) = (unicode ? "▲" : "E", .alert)
    case .notComplaint: (symbol, role) = (unicode ? "✗" : "x", .dim)
    case .open: (symbol, role) = state.notes.isEmpty ? (" ", .dim) : ("n", .text)
    }
  }
}
