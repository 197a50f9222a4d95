/// A bench mode's arguments, read one at a time: flags and the values that follow them.
struct BenchArguments {
  private var rest: ArraySlice<String>

  init(_ arguments: [String]) { rest = arguments[...] }

  /// The next argument, nil at the end.
  mutating func next() -> String? { rest.popFirst() }

  /// The value after `flag`.
  mutating func value(_ flag: String) throws -> String {
    guard let next = rest.popFirst() else { throw BenchError("\(flag) needs a value") }
    return next
  }

  /// The whole number (0 or more) after `flag`.
  mutating func number(_ flag: String) throws -> Int {
    guard let n = Int(try value(flag)), n >= 0 else { throw BenchError("\(flag) needs a whole number") }
    return n
  }
}
