import CivicCore
import Foundation

/// How the headless commands route, score and summarise posts: one place, so `report`, `classify` and
/// `watch --headless` use the same pipeline as the dashboard.
enum Pipeline {
  /// Routing and complaint scoring, run on the decode threads (the classifier is immutable, so thread-safe).
  static func enricher(_ classifier: PostClassifier) -> PostEnricher {
    { classifier.classify(&$0) }
  }

  /// A report accumulator that names services from the taxonomy and lists the alerts a replay of the posts on
  /// event time would have raised.
  /// `live`: the input goes on (watch --headless), so alerts are listed as they stand, without closing the
  /// last minutes as a finished replay does.
  static func reportBuilder(taxonomy: Taxonomy, live: Bool = false) -> (builder: ReportBuilder, alerts: ReportAlerts) {
    let services = taxonomy.services.map { ServiceInfo(id: $0.id, name: $0.name) }
    let builder = ReportBuilder(serviceNames: Dictionary(services.map { ($0.id, $0.name) }) { first, _ in first })
    let alerts = ReportAlerts(services: services)
    builder.setAlertsProvider { live ? alerts.alertsSoFar() : alerts.alerts() }
    return (builder, alerts)
  }
}

/// Replays delivered posts through the analytics engine for `report`'s `alerts` (the sink runs on one thread;
/// the lock makes the hand-over to the report thread safe).
final class ReportAlerts: @unchecked Sendable {
  private let lock = NSLock()
  private let replay: AlertReplay

  init(services: [ServiceInfo]) {
    var config = AnalyticsConfig()
    config.trackTrends = false  // only the alerts are listed; the report counts hashtags itself
    replay = AlertReplay(services: services, config: config)
  }

  func add(_ posts: [Post]) {
    lock.lock()
    defer { lock.unlock() }
    replay.add(contentsOf: posts)
  }

  func alerts() -> [Alert] {
    lock.lock()
    defer { lock.unlock() }
    return replay.finish()
  }

  /// A taxonomy reload: alerts of removed services end, new services are counted from now on.
  func setServices(_ services: [ServiceInfo]) {
    lock.lock()
    defer { lock.unlock() }
    replay.engine.setServices(services)
  }

  func alertsSoFar() -> [Alert] {
    lock.lock()
    defer { lock.unlock() }
    return replay.alerts
  }
}
