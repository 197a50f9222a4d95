/// LLVM's prefetch intrinsic, reached through its symbol name (Swift has no prefetch of its own): a hint that
/// the cache line at an address will soon be read and written. It loads nothing, so it cannot fault on any
/// address and does not hold up the instructions after it (a plain load that misses the cache does).
@_silgen_name("llvm.prefetch.p0")
private func llvmPrefetch(_ address: UnsafeRawPointer, _ write: Int32, _ locality: Int32, _ cacheType: Int32)

enum PrefetchHint {
  /// Asks for the cache line holding `address`, to be written (`prefetchw` on x86-64), kept in all cache levels.
  @inline(__always) static func forWriting(_ address: UnsafeRawPointer) {
    llvmPrefetch(address, 1, 3, 1)
  }
}
