#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A mutex with one condition variable (pthread), for the engine's queues and state.
///
/// `@unchecked Sendable`: all access to the protected state goes through `withLock`.
final class Monitor: @unchecked Sendable {
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  private let cond = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

  init() {
    pthread_mutex_init(mutex, nil)
    pthread_cond_init(cond, nil)
  }

  deinit {
    pthread_cond_destroy(cond)
    pthread_mutex_destroy(mutex)
    cond.deallocate()
    mutex.deallocate()
  }

  func withLock<T>(_ body: () throws -> T) rethrows -> T {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return try body()
  }

  /// Waits for a broadcast; call only inside `withLock`.
  func wait() { pthread_cond_wait(cond, mutex) }

  /// Waits for a broadcast or until `seconds` pass; call only inside `withLock`.
  func wait(seconds: Double) {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    let total = Double(now.tv_nsec) / 1e9 + max(0, seconds)
    var deadline = timespec()
    deadline.tv_sec = now.tv_sec + Int(total)
    deadline.tv_nsec = Int((total - Double(Int(total))) * 1e9)
    pthread_cond_timedwait(cond, mutex, &deadline)
  }

  /// Wakes every waiter; call inside or outside `withLock`.
  func broadcast() { pthread_cond_broadcast(cond) }
}
