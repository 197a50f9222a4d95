import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Notices edits to a taxonomy file so a long-running `watch` can reload it without a restart.
///
/// Call `poll()` every second or so: it compares the file's device, inode, size and modification time with what
/// it saw last (so in-place writes and editors' save-by-rename are both noticed) and, when they changed, reads
/// and validates the file again. A valid file gives `.success(newTaxonomy)`; a broken one gives `.failure`
/// with the file and line, and the caller keeps using its old taxonomy and shows the error. Each change is
/// reported once; an unchanged file gives `nil`. Not thread-safe: poll from one task.
public final class TaxonomyWatcher {
  public let path: String
  private var fingerprint: Fingerprint?

  struct Fingerprint: Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var seconds: Int64
    var nanoseconds: Int64
  }

  /// Starts watching `path`, taking its current state as already loaded (the caller loaded it at start-up).
  public init(path: String) {
    self.path = path
    fingerprint = TaxonomyWatcher.fingerprint(of: path)
  }

  /// `nil` when the file has not changed since the last poll; otherwise the newly loaded taxonomy or the error.
  public func poll() -> Result<Taxonomy, TaxonomyError>? {
    let current = TaxonomyWatcher.fingerprint(of: path)
    guard current != fingerprint else { return nil }
    fingerprint = current
    guard current != nil else {
      return .failure(
        TaxonomyError(file: path, line: nil, message: "the taxonomy file is missing; keeping the last one"))
    }
    do {
      return .success(try Taxonomy.load(path: path))
    } catch {
      return .failure(error)
    }
  }

  static func fingerprint(of path: String) -> Fingerprint? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    #if canImport(Darwin)
      let modified = info.st_mtimespec
    #else
      let modified = info.st_mtim
    #endif
    return Fingerprint(
      device: UInt64(truncatingIfNeeded: info.st_dev), inode: UInt64(truncatingIfNeeded: info.st_ino),
      size: Int64(info.st_size), seconds: Int64(modified.tv_sec), nanoseconds: Int64(modified.tv_nsec))
  }
}
