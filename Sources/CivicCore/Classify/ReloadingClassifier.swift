/// The classifier a long-running `watch` uses: it follows edits to the taxonomy file.
///
/// Call `refresh()` about once a second from the loop that owns it. A valid edit swaps in a new router (the
/// complaint scorer is kept); a broken edit keeps the previous taxonomy and sets `taxonomyError` (with file and
/// line) for the status bar, until a later edit fixes the file. Not thread-safe: use from one task, and hand
/// `classifier` (an immutable value) to whatever classifies posts.
public final class ReloadingClassifier {
  public private(set) var classifier: PostClassifier
  /// The current problem with the taxonomy file, `nil` when the file in use is fine.
  public private(set) var taxonomyError: TaxonomyError?
  private let watcher: TaxonomyWatcher?

  /// `taxonomyPath` is the file `classifier`'s taxonomy was loaded from, or `nil` for the built-in taxonomy
  /// (nothing to watch).
  public init(classifier: PostClassifier, taxonomyPath: String?) {
    self.classifier = classifier
    watcher = taxonomyPath.map { TaxonomyWatcher(path: $0) }
  }

  /// Whether there is a file to follow (false for the built-in taxonomy).
  public var isWatching: Bool { watcher != nil }

  /// Checks the file; returns true when the classifier or the error changed.
  @discardableResult
  public func refresh() -> Bool {
    guard let result = watcher?.poll() else { return false }
    switch result {
    case .success(let taxonomy):
      classifier = classifier.with(router: ServiceRouter(taxonomy: taxonomy))
      taxonomyError = nil
    case .failure(let error):
      taxonomyError = error
    }
    return true
  }
}
