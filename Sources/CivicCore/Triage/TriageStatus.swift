/// Where a post stands after all its marks (undone marks excluded).
public enum TriageStatus: String, Sendable, Hashable, Codable, CaseIterable {
  /// No status mark yet (notes do not count).
  case open
  case handled
  case escalated
  case notComplaint = "not-complaint"

  /// Parses the names used in filter expressions and on the command line ("not-complaint", "notcomplaint",
  /// "not_complaint", "nc", "new" and "untriaged" for open), case-insensitively.
  public init?(name: String) {
    switch name.lowercased() {
    case "open", "new", "untriaged": self = .open
    case "handled", "done": self = .handled
    case "escalated", "esc": self = .escalated
    case "not-complaint", "notcomplaint", "not_complaint", "nc": self = .notComplaint
    default: return nil
    }
  }
}
