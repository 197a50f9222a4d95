#ifndef CJSONSCAN_H
#define CJSONSCAN_H

#include <stdint.h>

// Byte-class masks over 16 bytes for the JSON validator's string scanning, as static inline functions so the Swift
// compiler can inline them into its loops. With SSE2 (every x86-64 CPU) they are a few vector instructions; without
// it a plain loop computes the same result, and Swift callers use their own SWAR scan instead.

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

#endif
