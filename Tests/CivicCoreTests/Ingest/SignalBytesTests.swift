import CivicCore
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

final class SignalBytesTests: XCTestCase {
  /// A handled signal writes its number to the pipe; once restored, the signal's handling is what it was before
  /// (here: ignored) and nothing more is written.
  func testASignalWritesItsNumberUntilRestored() throws {
    var fds: [Int32] = [-1, -1]
    XCTAssertEqual(pipe(&fds), 0)
    defer { fds.forEach { close($0) } }
    _ = fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK)
    let before = signal(SIGUSR2, SIG_IGN)
    defer { signal(SIGUSR2, before) }

    let previous = SignalBytes.install([SIGUSR2], writingTo: fds[1], restartingCalls: true)
    raise(SIGUSR2)
    var byte: UInt8 = 0
    XCTAssertEqual(read(fds[0], &byte, 1), 1)
    XCTAssertEqual(Int32(byte), SIGUSR2)

    SignalBytes.restore([SIGUSR2], previous)
    var now = sigaction()
    sigaction(SIGUSR2, nil, &now)
    XCTAssertEqual(unsafeBitCast(now.__sigaction_handler.sa_handler, to: Int.self), Int(bitPattern: 1), "SIG_IGN")
    raise(SIGUSR2)
    SignalBytes.notify(SIGUSR2)
    XCTAssertEqual(read(fds[0], &byte, 1), -1, "nothing written after restore")
  }
}
