import CivicTestSupport
import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// `watch --headless --socket` under a low `ulimit -n`: more clients than descriptors. `accept` failed with
/// EMFILE and left the connection waiting, so `poll` woke at once, again and again: a core at 100% for as long
/// as the clients stayed. They now wait in the backlog, and every one is still read once others leave.
final class SocketDescriptorLimitTests: XCTestCase {
  /// CPU time (user + system, in clock ticks) the process has used, from /proc/PID/stat.
  private func cpuTicks(_ pid: Int32) -> Int? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return nil }
    // After "pid (name)": state is field 3, utime and stime are fields 14 and 15.
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
    return user + system
  }

  func testClientsBeyondTheDescriptorLimitWaitWithoutSpinning() throws {
    let socketPath = try makeTemporaryFolder(prefix: "cp-e2e").appendingPathComponent("cp.sock").path
    let (process, _, lines) = try HeadlessProcess.start(
      self, URL(fileURLWithPath: "/bin/bash"),
      [
        "-c", #"ulimit -n 40 && exec "$0" watch --headless --socket "$1" --stats-every 0.2"#,
        try CommandRunner.civicpulse().path, socketPath,
      ])
    waitFor("the socket") { FileManager.default.fileExists(atPath: socketPath) }

    let clients = (0..<60).compactMap { _ in TestSocket(path: socketPath) }
    XCTAssertEqual(clients.count, 60, "the backlog holds the connections not yet accepted")
    let pid = process.processIdentifier
    waitFor("every descriptor in use") {
      ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd"))?.count ?? 0) >= 38
    }
    // A measurement over one second, not a wait for something to happen: spinning used about 100 ticks.
    let before = try XCTUnwrap(cpuTicks(pid))
    usleep(1_000_000)
    let used = try XCTUnwrap(cpuTicks(pid)) - before
    XCTAssertLessThan(used, 20, "CPU ticks in one second with clients waiting for a descriptor")

    for (i, client) in clients.enumerated() {
      client.send(Array("client \(i) says the bins were missed\n".utf8))
      client.close()
    }
    waitFor("every client's post", timeout: 30) { lines.all.contains { $0.hasPrefix(#"{"posts":60,"#) } }
    kill(pid, SIGTERM)
    waitFor("civicpulse to exit") { !process.isRunning }
    XCTAssertEqual(process.terminationStatus, 0)
  }
}
