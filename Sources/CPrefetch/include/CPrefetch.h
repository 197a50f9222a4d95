#ifndef CPREFETCH_H
#define CPREFETCH_H

// A cache prefetch hint for Swift, which has none of its own. The compiler's builtin becomes `prefetchw` (or the
// target's equivalent, or nothing); it loads nothing, so it cannot fault on any address and never holds up the
// instructions after it.

/// Asks for the cache line holding `address`, to be written soon, kept in all cache levels.
static inline void cprefetch_for_writing(const void *address) { __builtin_prefetch(address, 1, 3); }

#endif
