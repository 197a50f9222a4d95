import CivicCore

/// Where the headless commands get routing, complaint scoring and report extras.
///
/// Until the taxonomy and model land there is no enricher: posts are delivered with no services and no
/// complaint score. Plug them in here and every command (report, classify, watch --headless) uses them.
enum Pipeline {
  /// Routing and complaint scoring, run on the decode threads (must be thread-safe).
  static func enricher() -> PostEnricher? { nil }

  /// The report accumulator (service names and alerts plug in here).
  static func reportBuilder() -> ReportBuilder { ReportBuilder() }
}
