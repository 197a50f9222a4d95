import CivicCore
import CivicTUI
import Foundation

/// Follows the `--taxonomy` file during `watch` (the dashboard and `--headless` alike): once a second, on its own
/// serial queue (a timer, no busy polling), it asks the `ReloadingClassifier` to check the file. A valid edit swaps
/// the classifier every decode thread reads and hands the new service list on; a broken edit keeps the old
/// taxonomy and hands on "taxonomy FILE:LINE invalid, old one kept: message" (the dashboard's status bar shows it until the file is fixed).
final class TaxonomyReloader: @unchecked Sendable {
  private let lock = NSLock()
  private var current: PostClassifier
  private let reloading: ReloadingClassifier
  private let queue = DispatchQueue(label: "civicpulse.taxonomy")
  private var timer: DispatchSourceTimer?

  init(_ reloading: ReloadingClassifier) {
    self.reloading = reloading
    current = reloading.classifier
  }

  /// The classifier in use now (any thread).
  var classifier: PostClassifier {
    lock.lock()
    defer { lock.unlock() }
    return current
  }

  /// Classifies a post with the current classifier (the ingest engine's and demo feed's enricher).
  var enrich: PostEnricher { { [self] in classifier.classify(&$0) } }

  /// Starts checking the file once a second. Nothing runs for the built-in taxonomy.
  /// - Parameters:
  ///   - onServices: the new service list, when an edit changed the services' ids or names.
  ///   - onNotice: after every change of the file: the problem ("taxonomy FILE:LINE invalid, old one kept:
  ///     message"), or `nil` when the file in use is fine again.
  func start(
    onServices: @escaping @Sendable ([ServiceInfo]) -> Void, onNotice: @escaping @Sendable (String?) -> Void
  ) {
    guard reloading.isWatching else { return }
    let timer = DispatchSource.makeTimerSource(queue: queue)
    timer.schedule(deadline: .now() + 1, repeating: 1, leeway: .milliseconds(200))
    timer.setEventHandler { [self] in check(onServices: onServices, onNotice: onNotice) }
    timer.resume()
    self.timer = timer
  }

  func stop() {
    timer?.cancel()
    timer = nil
  }

  private func check(
    onServices: @Sendable ([ServiceInfo]) -> Void, onNotice: @Sendable (String?) -> Void
  ) {
    guard reloading.refresh() else { return }
    let next = reloading.classifier
    lock.lock()
    let servicesChanged =
      next.router.serviceIDs != current.router.serviceIDs
      || next.router.taxonomy.services.map(\.name) != current.router.taxonomy.services.map(\.name)
    current = next
    lock.unlock()
    if servicesChanged {
      onServices(next.router.taxonomy.services.map { ServiceInfo(id: $0.id, name: $0.name) })
    }
    onNotice(reloading.taxonomyError.map(Self.notice))
  }

  /// The notice for a broken edit, the short part first so a narrow status bar cuts only the details:
  /// "taxonomy services.toml:12 invalid, old one kept: MESSAGE", or "taxonomy services.toml unusable, old one kept:
  /// the file is missing" for a problem not tied to a line.
  static func notice(for error: TaxonomyError) -> String {
    let name = Formatting.fileName(error.file)
    guard let line = error.line else { return "taxonomy \(name) unusable, old one kept: \(error.message)" }
    return "taxonomy \(name):\(line) invalid, old one kept: \(error.message)"
  }
}
