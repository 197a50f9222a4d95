import Foundation

/// Why a file named by the user cannot be read, in words that say what to fix. Foundation's own messages do not:
/// a directory gives "The operation could not be completed. (NSCocoaErrorDomain error 256.)" and a pipe or a
/// device "You don't have permission", which sends one to chmod.
public enum FileReadProblem {
  /// The reason for a path where nothing is, for callers that tell a missing file from an unreadable one.
  public static let doesNotExist = "it does not exist"

  /// What is wrong with `path` ("it does not exist", "it is a directory", "it is not a regular file (a pipe or a
  /// device)", "permission denied"); `nil` when it is a file that can be read.
  public static func reason(_ path: String) -> String? {
    let files = FileManager.default
    var isDirectory: ObjCBool = false
    guard files.fileExists(atPath: path, isDirectory: &isDirectory) else { return doesNotExist }
    if isDirectory.boolValue { return "it is a directory" }
    let type = (try? files.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
    if let type, type != .typeRegular, type != .typeSymbolicLink {
      return "it is not a regular file (a pipe or a device)"
    }
    return files.isReadableFile(atPath: path) ? nil : "permission denied"
  }
}
