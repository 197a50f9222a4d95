import Foundation
import XCTest

/// Temporary folders for tests: `<tmp>/<prefix>-<uuid>`, made empty and removed with everything in them. Tests call
/// `makeTemporaryFolder(prefix:)`, which removes the folder when the test ends; `create` and `remove` are for
/// helpers that own a folder for a shorter time than a test.
public enum TemporaryFolder {
  /// Makes the empty folder `<tmp>/<prefix>-<uuid>` (`<tmp>` is `FileManager.default.temporaryDirectory`).
  public static func create(prefix: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "\(prefix)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Removes `url` and everything in it. A test may have made the folder or folders inside it read-only, so the
  /// owner first gets read, write and search permission on each of them (symbolic links are not followed).
  /// Failures are ignored: removal must not fail a test that has already passed or failed on its own.
  public static func remove(_ url: URL) {
    allowOwner(url.path)
    try? FileManager.default.removeItem(at: url)
  }

  /// Adds `u+rwx` to the folder at `path` and, recursively, to every folder inside it (parents before children, so
  /// each can then be listed); anything that is not a folder is left as it is.
  private static func allowOwner(_ path: String) {
    let files = FileManager.default
    guard let attributes = try? files.attributesOfItem(atPath: path),
      attributes[.type] as? FileAttributeType == .typeDirectory
    else { return }
    let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0
    if permissions & 0o700 != 0o700 {
      try? files.setAttributes([.posixPermissions: NSNumber(value: permissions | 0o700)], ofItemAtPath: path)
    }
    for name in (try? files.contentsOfDirectory(atPath: path)) ?? [] {
      allowOwner(path + "/" + name)
    }
  }
}

extension XCTestCase {
  /// Makes the empty folder `<tmp>/<prefix>-<uuid>` and removes it, with everything in it, when the test ends (by
  /// a teardown block, so before `tearDown()`; read-only folders inside are made writable first). May be called
  /// from `setUpWithError()` as well as from a test.
  public func makeTemporaryFolder(prefix: String) throws -> URL {
    let url = try TemporaryFolder.create(prefix: prefix)
    addTeardownBlock { TemporaryFolder.remove(url) }
    return url
  }
}
