#if canImport(Glibc)
  import Glibc
#endif

/// Wakes a follower when something changes in a file's directory (inotify), or after a timeout.
///
/// Without inotify (or when the directory cannot be watched) `wait` simply sleeps for the timeout, so followers
/// fall back to checking the file every poll interval.
final class DirectoryWatcher {
  private var fd: Int32 = -1
  private let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 4096, alignment: 8)

  init(watching filePath: String) {
    let directory = Self.directory(of: filePath)
    fd = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
    guard fd >= 0 else { return }
    let mask =
      UInt32(IN_MODIFY) | UInt32(IN_CREATE) | UInt32(IN_MOVED_TO) | UInt32(IN_MOVED_FROM) | UInt32(IN_DELETE)
      | UInt32(IN_CLOSE_WRITE) | UInt32(IN_ATTRIB)
    if inotify_add_watch(fd, directory, mask) < 0 {
      close(fd)
      fd = -1
    }
  }

  deinit {
    if fd >= 0 { close(fd) }
    buffer.deallocate()
  }

  var usesInotify: Bool { fd >= 0 }

  /// Returns when the directory changes or after `timeout` seconds.
  func wait(timeout: Double) {
    guard fd >= 0 else { return SystemClock.sleep(timeout) }
    var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
    if poll(&pfd, 1, Int32(max(1, timeout * 1000))) > 0 {
      while read(fd, buffer.baseAddress, buffer.count) > 0 {}
    }
  }

  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }
}
