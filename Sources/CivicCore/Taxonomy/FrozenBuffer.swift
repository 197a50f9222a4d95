/// An immutable, heap-allocated copy of an array read through a raw pointer (no bounds checks, no copy-on-write
/// checks) by the router's hot loop. Indices must come from the data the buffer was built for.
final class FrozenBuffer<Element>: @unchecked Sendable {
  let base: UnsafeMutablePointer<Element>
  let count: Int

  init(_ elements: [Element]) {
    count = elements.count
    base = UnsafeMutablePointer<Element>.allocate(capacity: max(count, 1))
    elements.withUnsafeBufferPointer { source in
      if let address = source.baseAddress { base.initialize(from: address, count: count) }
    }
  }

  deinit {
    base.deinitialize(count: count)
    base.deallocate()
  }

  @inline(__always) subscript(_ index: Int) -> Element { base[index] }
}
