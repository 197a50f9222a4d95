#if canImport(Glibc)
  import Glibc
#endif

/// Starts detached POSIX threads for long-running loops (sources, decoders, delivery).
enum BackgroundThread {
  private final class Body {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
  }

  static func start(_ run: @escaping @Sendable () -> Void) {
    let box = Unmanaged.passRetained(Body(run)).toOpaque()
    var thread = pthread_t()
    let result = pthread_create(
      &thread, nil,
      { argument in
        guard let argument else { return nil }
        Unmanaged<Body>.fromOpaque(argument).takeRetainedValue().run()
        return nil
      }, box)
    if result == 0 {
      pthread_detach(thread)
    } else {
      // No thread could be made: run inline rather than lose the work.
      Unmanaged<Body>.fromOpaque(box).takeRetainedValue().run()
    }
  }
}
