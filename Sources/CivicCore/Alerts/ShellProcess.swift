import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a shell command run by `ShellProcess` ended.
public enum ShellOutcome: Sendable, Hashable {
  case exited(Int32)
  case signalled(Int32)
  /// Killed (with its whole process group) when the timeout passed.
  case timedOut
  /// posix_spawn or the stdin socket failed, with the errno.
  case spawnFailed(Int32)

  public var succeeded: Bool { self == .exited(0) }
}

extension ShellOutcome: CustomStringConvertible {
  /// What happened, for people: "exit status 127 (command not found)", "killed by signal 9"...
  public var description: String {
    switch self {
    case .exited(0): return "succeeded"
    case .exited(127): return "exit status 127 (command not found)"
    case .exited(126): return "exit status 126 (command not executable)"
    case .exited(let status): return "exit status \(status)"
    case .signalled(let signal): return "killed by signal \(signal)"
    case .timedOut: return "killed at the timeout"
    case .spawnFailed(let code): return "could not start: \(String(cString: strerror(code)))"
    }
  }
}

/// Runs `/bin/sh -c COMMAND` with posix_spawn: the input on stdin, stdout and stderr to /dev/null, in its own
/// process group so a timeout kills the command and everything it started. Blocks the calling thread until the
/// command ends or is killed; call it from a background thread.
enum ShellProcess {
  static func run(
    command: String, input: [UInt8], environment: [String: String], timeoutSeconds: Double
  ) -> ShellOutcome {
    // A socket pair rather than a pipe: send(MSG_NOSIGNAL) cannot raise SIGPIPE in the dashboard when the
    // command exits without reading its input.
    var fds: [Int32] = [-1, -1]
    #if os(Linux)
      let streamType = Int32(SOCK_STREAM.rawValue)
    #else
      let streamType = SOCK_STREAM
    #endif
    guard socketpair(AF_UNIX, streamType, 0, &fds) == 0 else { return .spawnFailed(errno) }
    let childEnd = fds[0]
    let parentEnd = fds[1]
    #if canImport(Darwin)
      var one: Int32 = 1
      setsockopt(parentEnd, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
    #endif

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, childEnd, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addclose(&actions, childEnd)
    posix_spawn_file_actions_addclose(&actions, parentEnd)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGPIPE)
    sigaddset(&defaults, SIGINT)
    sigaddset(&defaults, SIGTERM)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigmask(&attributes, &mask)
    posix_spawnattr_setpgroup(&attributes, 0)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

    let arguments: [String] = ["/bin/sh", "-c", command]
    let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { (s: String) in strdup(s) } + [nil]
    let envp: [UnsafeMutablePointer<CChar>?] =
      environment.map { (key: String, value: String) in strdup("\(key)=\(value)") } + [nil]
    defer {
      for p in argv { free(p) }
      for p in envp { free(p) }
    }
    var pid = pid_t()
    let rc = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, envp)
    closeDescriptor(childEnd)
    guard rc == 0 else {
      closeDescriptor(parentEnd)
      return .spawnFailed(rc)
    }
    sendAll(input, to: parentEnd)
    closeDescriptor(parentEnd)

    let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, min(timeoutSeconds, 1e6)) * 1e9)
    var status: Int32 = 0
    while true {
      let r = waitpid(pid, &status, WNOHANG)
      if r == pid { return decode(status) }
      if r < 0 && errno != EINTR { return .spawnFailed(errno) }
      if DispatchTime.now().uptimeNanoseconds >= deadline {
        kill(-pid, SIGKILL)
        kill(pid, SIGKILL)
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return .timedOut
      }
      usleep(10_000)
    }
  }

  /// Writes without blocking; what the command does not take (full buffer, closed) is dropped.
  private static func sendAll(_ bytes: [UInt8], to fd: Int32) {
    #if os(Linux)
      let flags = Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT)
    #else
      let flags = MSG_DONTWAIT
    #endif
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { buffer in
        send(fd, buffer.baseAddress! + offset, bytes.count - offset, flags)
      }
      if n > 0 {
        offset += n
      } else if n < 0 && errno == EINTR {
        continue
      } else {
        return
      }
    }
    shutdown(fd, Int32(SHUT_WR))
  }

  private static func decode(_ status: Int32) -> ShellOutcome {
    let signal = status & 0x7f
    return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
  }
}

@inline(__always) private func closeDescriptor(_ fd: Int32) {
  _ = close(fd)
}
