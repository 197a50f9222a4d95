import CivicTestSupport
import Foundation
import XCTest

@testable import CivicCore

/// Collects delivered posts from the engine's delivery thread.
final class PostCollector: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [Post] = []
  private var batches = 0

  func add(_ new: [Post]) {
    lock.lock()
    stored += new
    batches += 1
    lock.unlock()
  }

  var posts: [Post] {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }

  var texts: [String] { posts.map(\.text) }
}

func append(_ text: String, to url: URL) throws {
  let handle = try FileHandle(forWritingTo: url)
  try handle.seekToEnd()
  try handle.write(contentsOf: Data(text.utf8))
  try handle.close()
}

/// Starts an engine over `config`, stopping it at the end of the test.
func startEngine(_ test: XCTestCase, _ config: IngestConfig, collector: PostCollector) throws -> IngestEngine {
  let engine = IngestEngine(config: config) { collector.add($0) }
  try engine.start()
  test.addTeardownBlock {
    engine.stop()
    engine.waitUntilFinished(timeout: 10)
  }
  return engine
}

/// A connected Unix socket client for tests.
final class SocketClient {
  let fd: Int32

  /// `nil` when the connection fails; `waiting` false: also when the listener's backlog is full (EAGAIN).
  init?(path: String, waiting: Bool = true) {
    fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | (waiting ? 0 : Int32(SOCK_NONBLOCK.rawValue)), 0)
    guard fd >= 0 else { return nil }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(path.utf8)
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      raw.copyBytes(from: bytes)
      raw[bytes.count] = 0
    }
    let result = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    guard result == 0 else {
      Glibc.close(fd)
      return nil
    }
  }

  @discardableResult
  func send(_ bytes: [UInt8]) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes {
        Glibc.send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
      }
      if n <= 0 { return false }
      offset += n
    }
    return true
  }

  @discardableResult
  func send(_ text: String) -> Bool { send(Array(text.utf8)) }

  func close() { Glibc.close(fd) }
}
