#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Two cached blocks of scratch memory per thread, reused by every record that thread decodes.
///
/// `take` lends one of the calling thread's blocks (taking it out of the cache, so a nested user, such as string
/// unescaping inside a validated record, gets the other one) or allocates one; `give` puts it back, freeing the
/// smaller block when both slots are full. Blocks above `maxCachedBytes` are freed at once, so a huge record does
/// not pin memory; a thread's cached blocks are freed when the thread exits.
@usableFromInline
enum ScratchMemory {
  /// Alignment of the memory handed out.
  @usableFromInline static let alignment = 16
  /// Smallest block allocated (fits the index of a record of about 2 KiB).
  static let minimumBytes = 16 << 10
  /// Largest block kept in the cache.
  static let maxCachedBytes = 1 << 20
  /// Bytes before the memory handed out: the block's usable size.
  private static let header = 16

  private static let slots: (pthread_key_t, pthread_key_t) = (makeKey(), makeKey())

  private static func makeKey() -> pthread_key_t {
    var key = pthread_key_t()
    pthread_key_create(&key) { block in free(block) }
    return key
  }

  /// Memory for at least `byteCount` bytes, aligned to `alignment`; nil when out of memory.
  @usableFromInline
  static func take(byteCount: Int) -> UnsafeMutableRawPointer? {
    if let memory = take(byteCount, from: slots.0) ?? take(byteCount, from: slots.1) { return memory }
    let size = max(byteCount, minimumBytes)
    guard let block = malloc(size + header) else { return nil }
    block.storeBytes(of: size, as: Int.self)
    return block + header
  }

  /// The block cached in `slot` when it is large enough (the slot is then empty).
  private static func take(_ byteCount: Int, from slot: pthread_key_t) -> UnsafeMutableRawPointer? {
    guard let block = pthread_getspecific(slot), block.load(as: Int.self) >= byteCount else { return nil }
    pthread_setspecific(slot, nil)
    return block + header
  }

  /// Returns memory from `take` to the thread's cache (or frees it).
  @usableFromInline
  static func give(_ memory: UnsafeMutableRawPointer) {
    let block = memory - header
    let size = block.load(as: Int.self)
    guard size <= maxCachedBytes else { return free(block) }
    guard let first = pthread_getspecific(slots.0) else {
      pthread_setspecific(slots.0, block)
      return
    }
    guard let second = pthread_getspecific(slots.1) else {
      pthread_setspecific(slots.1, block)
      return
    }
    // Both slots are full: keep the two largest blocks.
    let firstIsSmaller = first.load(as: Int.self) <= second.load(as: Int.self)
    let (smallest, slot) = firstIsSmaller ? (first, slots.0) : (second, slots.1)
    guard smallest.load(as: Int.self) < size else { return free(block) }
    free(smallest)
    pthread_setspecific(slot, block)
  }
}
