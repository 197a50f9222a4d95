import Foundation

/// A value computed on its own thread while the caller goes on (`report` loads the complaint model while the
/// input is already read and decoded); `get()` waits for it and rethrows the error that computing it threw.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var result: Result<Value, any Error>?

  init(_ compute: @escaping @Sendable () throws -> Value) {
    let thread = Thread { [self] in
      let outcome = Result { try compute() }
      condition.lock()
      result = outcome
      condition.broadcast()
      condition.unlock()
    }
    thread.stackSize = 8 << 20  // as the main thread's: parsing a user's model or taxonomy file may recurse
    thread.start()
  }

  /// The value, once computed (waits until then).
  func get() throws -> Value {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let result { return try result.get() }
      condition.wait()
    }
  }
}
