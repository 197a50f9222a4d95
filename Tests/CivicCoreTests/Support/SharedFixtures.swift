import Foundation
import XCTest

/// Locates `../shared` beside the package root (read-only samples); tests skip when it is absent.
enum SharedFixtures {
  static let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }  // Support, CivicCoreTests, Tests, file
    return url
  }()

  static let sharedRoot = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

  /// The directory `../shared/<relative>`, or an XCTSkip explaining that the shared samples are absent.
  static func directory(_ relative: String) throws -> URL {
    let url = sharedRoot.appendingPathComponent(relative)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw XCTSkip("shared samples not found at \(url.path); skipping (they live beside the package root)")
    }
    return url
  }
}
