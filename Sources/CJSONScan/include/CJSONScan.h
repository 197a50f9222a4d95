#ifndef CJSONSCAN_H
#define CJSONSCAN_H

#include <stdint.h>

// The JSON validator's fast path, in C so that it can use AVX2 when the CPU has it (chosen once at run time), and
// the byte-class mask over 16 bytes that it and the Swift validator (the fallback, and the one that reports errors)
// scan string bodies with. With SSE2 (every x86-64 CPU) the mask is a few vector instructions; without it a plain
// loop computes the same result, and Swift callers use their own SWAR scan instead.

#if defined(__SSE2__)
#include <emmintrin.h>
#define CJSONSCAN_SSE2 1
#else
#define CJSONSCAN_SSE2 0
#endif

/// Bit k set when byte k of the 16 bytes at `p` needs attention inside a JSON string: a quote, a backslash, a
/// control byte (< 0x20) or a non-ASCII byte (>= 0x80). The 16 bytes must be readable.
static inline uint32_t cjsonscan_string_attention16(const uint8_t *p) {
#if CJSONSCAN_SSE2
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
  __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
  __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
  // Signed compare: below 0x20 as signed bytes are the control bytes and every byte >= 0x80.
  __m128i low = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
  return (uint32_t)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(quote, backslash), low));
#else
  uint32_t mask = 0;
  for (int k = 0; k < 16; k++) {
    uint8_t c = p[k];
    if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) mask |= 1u << k;
  }
  return mask;
#endif
}

/// Instruction-set levels of `cjsonscan_validate_at_level`: string bodies scanned byte by byte, or 16 or 32 bytes
/// at a time, and a compact member (`"key":` and a plain string value) indexed from one 16 or 32-byte mask.
enum {
  CJSONSCAN_LEVEL_PORTABLE = 0,
  CJSONSCAN_LEVEL_SSE2 = 1,
  CJSONSCAN_LEVEL_AVX2 = 2,
};

/// The widest level this CPU runs (found once).
int cjsonscan_best_level(void);

/// Validates the `n` bytes at `p` as one JSON text with the rules of the Swift `JSONValidator`, and writes the same
/// index: the end offset of every string, array and object at its opening offset in `ends` (`n` entries). `stack`
/// has room for `min(maxDepth, n)` offsets. Returns 1 when valid, 0 when not (or when `level` is above
/// `cjsonscan_best_level()`); it gives no reason: the Swift validator is run again for that.
int cjsonscan_validate_at_level(
  int level, const uint8_t *p, int64_t n, int32_t *ends, int32_t *stack, int64_t maxDepth);

/// `cjsonscan_validate_at_level` at `cjsonscan_best_level()`.
int cjsonscan_validate(const uint8_t *p, int64_t n, int32_t *ends, int32_t *stack, int64_t maxDepth);

#endif
