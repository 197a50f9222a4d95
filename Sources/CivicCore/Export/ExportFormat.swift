/// File formats of exports.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
  case csv
  case json

  /// File name extension.
  public var fileExtension: String { rawValue }
}
