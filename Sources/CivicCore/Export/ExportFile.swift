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
      throw ExportError(path: path, reason: reason(error))
    }
  }

  private static func reason(_ error: Error) -> String {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
      let message = strerror(Int32(underlying.code))
    {
      return String(cString: message)
    }
    if nsError.domain == NSPOSIXErrorDomain, let message = strerror(Int32(nsError.code)) {
      return String(cString: message)
    }
    return nsError.localizedDescription
  }
}
