import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Notices edits to a taxonomy file so a long-running `watch` can reload it without a restart.
///
/// Call `poll()` every second or so. It compares the file's device, inode, size and modification time with what
/// it saw last (so in-place writes and editors' save-by-rename are both noticed); while the modification time is
/// recent it also compares the content, since two same-size writes can share a timestamp. When the content
/// changed it reads and validates the file again: a valid file gives `.success(newTaxonomy)`, a broken one
/// `.failure` with the file and line (the caller keeps its old taxonomy and shows the error). Each change is
/// reported once; an unchanged file (or one only touched) gives `nil`. Not thread-safe: poll from one task.
public final class TaxonomyWatcher {
  public let path: String
  private var fingerprint: Fingerprint?
  private var contentHash: UInt64?

  /// How long after a modification the content is compared as well as the metadata, in seconds.
  static let recentWindow: Int64 = 3

  struct Fingerprint: Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var seconds: Int64
    var nanoseconds: Int64
  }

  /// Starts watching `path`, taking its current content as already loaded (the caller loaded it at start-up).
  public init(path: String) {
    self.path = path
    fingerprint = TaxonomyWatcher.fingerprint(of: path)
    contentHash = TaxonomyWatcher.read(path).map(TaxonomyWatcher.hash)
  }

  /// `nil` when the file has not changed since the last poll; otherwise the newly loaded taxonomy or the error.
  public func poll() -> Result<Taxonomy, TaxonomyError>? {
    let current = TaxonomyWatcher.fingerprint(of: path)
    guard let current else {
      guard fingerprint != nil || contentHash != nil else { return nil }
      fingerprint = nil
      contentHash = nil
      return .failure(
        TaxonomyError(file: path, line: nil, message: "the file is missing"))
    }
    let recent = Int64(time(nil)) - current.seconds <= TaxonomyWatcher.recentWindow
    guard current != fingerprint || recent else { return nil }
    fingerprint = current
    guard let data = TaxonomyWatcher.read(path) else {
      contentHash = nil
      return .failure(
        TaxonomyError(
          file: path, line: nil, message: "cannot read the file: \(FileReadProblem.reason(path) ?? "a read error")"))
    }
    let hash = TaxonomyWatcher.hash(data)
    guard hash != contentHash else { return nil }
    contentHash = hash
    do {
      return .success(try Taxonomy.load(path: path))
    } catch {
      return .failure(error)
    }
  }

  static func read(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

  /// FNV-1a over the bytes (change detection only).
  static func hash(_ data: Data) -> UInt64 {
    data.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
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
