#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One cached block of scratch memory per thread, reused by every record that thread decodes.
///
/// `take` lends the calling thread's block (taking it out of the cache, so nested users get their own) or
/// allocates one; `give` puts it back, keeping the larger block when the cache was refilled meanwhile. Blocks
/// above `maxCachedBytes` are freed at once, so a huge record does not pin memory; a thread's cached block is
/// freed when the thread exits.
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

  private static let key: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { block in free(block) }
    return key
  }()

  /// Memory for at least `byteCount` bytes, aligned to `alignment`; nil when out of memory.
  @usableFromInline
  static func take(byteCount: Int) -> UnsafeMutableRawPointer? {
    if let block = pthread_getspecific(key) {
      pthread_setspecific(key, nil)
      if block.load(as: Int.self) >= byteCount { return block + header }
      free(block)
    }
    let size = max(byteCount, minimumBytes)
    guard let block = malloc(size + header) else { return nil }
    block.storeBytes(of: size, as: Int.self)
    return block + header
  }

  /// Returns memory from `take` to the thread's cache (or frees it).
  @usableFromInline
  static func give(_ memory: UnsafeMutableRawPointer) {
    let block = memory - header
    let size = block.load(as: Int.self)
    guard size <= maxCachedBytes else { return free(block) }
    if let held = pthread_getspecific(key) {
      if held.load(as: Int.self) >= size { return free(block) }
      free(held)
    }
    pthread_setspecific(key, block)
  }
}
