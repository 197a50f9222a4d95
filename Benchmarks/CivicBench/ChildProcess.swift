import Glibc

/// Runs a program with stdin and stdout redirected to files, measuring wall time and peak memory (wait4).
struct ChildProcess {
  struct Outcome {
    var status: Int32
    var seconds: Double
    /// Peak resident set size in KiB (`ru_maxrss`).
    var maxRSSKiB: Int
    /// User plus system CPU time of the child.
    var cpuSeconds: Double = 0
  }

  static func run(_ arguments: [String], stdinPath: String = "/dev/null", stdoutPath: String) -> Outcome {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let start = monotonic()
    let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, &argv, environ)
    guard spawned == 0 else {
      return Outcome(status: -1, seconds: 0, maxRSSKiB: 0)
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let seconds = monotonic() - start
    let cpu =
      Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
      + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    return Outcome(status: (status >> 8) & 0xFF, seconds: seconds, maxRSSKiB: Int(usage.ru_maxrss), cpuSeconds: cpu)
  }

  static func monotonic() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }
}
