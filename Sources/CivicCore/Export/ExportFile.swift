import Foundation

/// Writes export text to a file, reporting failures as `ExportError` with the path and the system's reason.
public enum ExportFile {
  /// The reason given when `overwrite` is false and the file exists.
  public static let existsReason = "file exists"

  /// Writes `text` as UTF-8. With `overwrite` the file is replaced atomically (written beside it, then renamed);
  /// without, an existing file is refused with `existsReason`. A device, a pipe or a socket at `path`
  /// (`/dev/stdout`, `/dev/null`, a FIFO) is written into, never replaced, and a symbolic link to a file keeps
  /// pointing at it: the file it names is replaced. (Replacing the path itself put a regular file in place of
  /// `/dev/null` or of the `/dev/stdout` link when run as root.)
  public static func write(_ text: String, to path: String, overwrite: Bool = true) throws(ExportError) {
    var target = stat()
    let exists = stat(path, &target) == 0
    let type = target.st_mode & S_IFMT
    if exists, type != S_IFREG, type != S_IFDIR {
      if !overwrite { throw ExportError(path: path, reason: existsReason) }
      return try writeInto(text, path: path)
    }
    var link = stat()
    let resolved =
      overwrite && exists && lstat(path, &link) == 0 && (link.st_mode & S_IFMT) == S_IFLNK
      ? URL(fileURLWithPath: path).resolvingSymlinksInPath().path : path
    let url = URL(fileURLWithPath: resolved)
    do {
      try Data(text.utf8).write(to: url, options: overwrite ? [.atomic] : [.withoutOverwriting])
    } catch {
      if !overwrite, FileManager.default.fileExists(atPath: path) {
        throw ExportError(path: path, reason: existsReason)
      }
      throw ExportError(path: path, reason: reason(error, path: path))
    }
  }

  /// Writes `text` into the device, pipe or socket at `path` (opened for writing, not created or replaced).
  private static func writeInto(_ text: String, path: String) throws(ExportError) {
    let fd = open(path, O_WRONLY | O_CLOEXEC)
    guard fd >= 0 else { throw ExportError(path: path, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { throw ExportError(path: path, reason: String(cString: strerror(n < 0 ? errno : EIO))) }
      offset += n
    }
  }

  /// The system's reason when Foundation passes one on, else what is wrong with the path (Foundation's own
  /// messages read "The operation could not be completed. (NSCocoaErrorDomain error 512.)" for a directory). Model
  /// files written by `train` give the same reasons.
  static func reason(_ error: Error, path: String) -> String {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
      let message = strerror(Int32(underlying.code))
    {
      return String(cString: message)
    }
    if nsError.domain == NSPOSIXErrorDomain, let message = strerror(Int32(nsError.code)) {
      return String(cString: message)
    }
    return problem(with: path) ?? nsError.localizedDescription
  }

  /// Why a file could not be written at `path`, found from the path itself: it is a directory, or its folder is
  /// missing, not a folder or not writable. `nil` when none of these holds.
  static func problem(with path: String) -> String? {
    let files = FileManager.default
    var isDirectory: ObjCBool = false
    if files.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return "is a directory" }
    let parent = (path as NSString).deletingLastPathComponent
    let folder = parent.isEmpty ? "." : parent
    guard files.fileExists(atPath: folder, isDirectory: &isDirectory) else { return "no such directory \(folder)" }
    guard isDirectory.boolValue else { return "\(folder) is not a directory" }
    guard files.isWritableFile(atPath: folder) else { return "permission denied: cannot create files in \(folder)" }
    return nil
  }
}
