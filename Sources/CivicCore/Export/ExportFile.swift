import Foundation

/// Writes export text to a file, reporting failures as `ExportError` with the path and the system's reason.
public enum ExportFile {
  /// The reason given when `overwrite` is false and the file exists.
  public static let existsReason = "file exists"

  /// Writes `text` as UTF-8. With `overwrite` the file is replaced atomically (written beside it, then renamed);
  /// without, an existing file is refused with `existsReason`.
  public static func write(_ text: String, to path: String, overwrite: Bool = true) throws(ExportError) {
    let url = URL(fileURLWithPath: path)
    do {
      try Data(text.utf8).write(to: url, options: overwrite ? [.atomic] : [.withoutOverwriting])
    } catch {
      if !overwrite, FileManager.default.fileExists(atPath: path) {
        throw ExportError(path: path, reason: existsReason)
      }
      throw ExportError(path: path, reason: reason(error, path: path))
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
