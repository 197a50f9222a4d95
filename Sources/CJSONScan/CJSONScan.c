// A validating JSON scanner with the string bodies scanned 32 or 16 bytes at a time (AVX2, SSE2), the widest the
// CPU has chosen once at run time, or byte by byte (any CPU). See include/CJSONScan.h. A 64-byte AVX-512BW level
// measured slower than AVX2 here (masked loads for the tail, and most strings end within 32 bytes).
#include "CJSONScan.h"

#include <stddef.h>
#include <stdlib.h>

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <immintrin.h>
#define CJV_X86 1
#else
#define CJV_X86 0
#endif

#define CJV_INLINE static inline __attribute__((always_inline))

CJV_INLINE int64_t cjv_skip_whitespace(const uint8_t *p, int64_t n, int64_t i) {
  while (i < n) {
    uint8_t c = p[i];
    if (c > 0x20 || (c != 0x20 && c != 0x0A && c != 0x0D && c != 0x09)) return i;
    i += 1;
  }
  return i;
}

CJV_INLINE int cjv_is_digit(uint8_t c) { return (uint8_t)(c - '0') < 10; }

/// Offset past the number starting at `i` (a '-' or a digit), or -1 when it breaks the grammar.
CJV_INLINE int64_t cjv_number_end(const uint8_t *p, int64_t n, int64_t i) {
  if (p[i] == '-') i += 1;
  if (i >= n || !cjv_is_digit(p[i])) return -1;
  if (p[i] == '0') {
    i += 1;
  } else {
    while (i < n && cjv_is_digit(p[i])) i += 1;
  }
  if (i < n && p[i] == '.') {
    i += 1;
    if (i >= n || !cjv_is_digit(p[i])) return -1;
    while (i < n && cjv_is_digit(p[i])) i += 1;
  }
  if (i < n && (p[i] | 0x20) == 'e') {
    i += 1;
    if (i < n && (p[i] == '+' || p[i] == '-')) i += 1;
    if (i >= n || !cjv_is_digit(p[i])) return -1;
    while (i < n && cjv_is_digit(p[i])) i += 1;
  }
  return i;
}

CJV_INLINE int cjv_literal(const uint8_t *p, int64_t n, int64_t i, const char *word, int64_t length) {
  if (i + length > n) return 0;
  for (int64_t k = 0; k < length; k++) {
    if (p[i + k] != (uint8_t)word[k]) return 0;
  }
  return 1;
}

CJV_INLINE int cjv_is_hex(uint8_t c) {
  return cjv_is_digit(c) || (uint8_t)((c | 0x20) - 'a') < 6;
}

/// Length of the well-formed UTF-8 sequence at `i` (lead byte >= 0x80), or 0 (Unicode table 3-7).
CJV_INLINE int64_t cjv_utf8_length(const uint8_t *p, int64_t n, int64_t i) {
  uint8_t c = p[i];
  if (c >= 0xC2 && c <= 0xDF) return i + 1 < n && (p[i + 1] & 0xC0) == 0x80 ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (i + 2 >= n) return 0;
    uint8_t c1 = p[i + 1];
    int ok = c == 0xE0 ? (c1 >= 0xA0 && c1 <= 0xBF) : c == 0xED ? (c1 >= 0x80 && c1 <= 0x9F) : (c1 & 0xC0) == 0x80;
    return ok && (p[i + 2] & 0xC0) == 0x80 ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (i + 3 >= n) return 0;
    uint8_t c1 = p[i + 1];
    int ok = c == 0xF0 ? (c1 >= 0x90 && c1 <= 0xBF) : c == 0xF4 ? (c1 >= 0x80 && c1 <= 0x8F) : (c1 & 0xC0) == 0x80;
    return ok && (p[i + 2] & 0xC0) == 0x80 && (p[i + 3] & 0xC0) == 0x80 ? 4 : 0;
  }
  return 0;
}

/// Offset past the closing quote of the string opening at `open`, or -1 when the string is invalid or unclosed.
/// `skip` finds the next byte that needs attention (the caller's instruction-set level); it is inlined.
#define cjv_string_end(p, n, open, skip) cjv_string_end_from(p, n, (open) + 1, skip)

/// As `cjv_string_end` for a string whose body is plain (no byte needing attention) from its opening quote up to
/// `from`.
#define cjv_string_end_from(p, n, from, skip)                                                                        \
  ({                                                                                                                 \
    int64_t cjv_result = -1;                                                                                         \
    int64_t j = (from);                                                                                              \
    for (;;) {                                                                                                       \
      j = skip((p), (n), j);                                                                                         \
      if (j >= (n)) break;                                                                                           \
      uint8_t cjv_c = (p)[j];                                                                                        \
      if (cjv_c == '"') {                                                                                            \
        cjv_result = j + 1;                                                                                          \
        break;                                                                                                       \
      }                                                                                                              \
      if (cjv_c == '\\') {                                                                                           \
        if (j + 1 >= (n)) break;                                                                                     \
        uint8_t cjv_e = (p)[j + 1];                                                                                  \
        if (cjv_e == '"' || cjv_e == '\\' || cjv_e == '/' || cjv_e == 'b' || cjv_e == 'f' || cjv_e == 'n' ||         \
            cjv_e == 'r' || cjv_e == 't') {                                                                          \
          j += 2;                                                                                                    \
          continue;                                                                                                  \
        }                                                                                                            \
        if (cjv_e == 'u' && j + 6 <= (n) && cjv_is_hex((p)[j + 2]) && cjv_is_hex((p)[j + 3]) &&                      \
            cjv_is_hex((p)[j + 4]) && cjv_is_hex((p)[j + 5])) {                                                      \
          j += 6;                                                                                                    \
          continue;                                                                                                  \
        }                                                                                                            \
        break;                                                                                                       \
      }                                                                                                              \
      if (cjv_c < 0x80) break; /* a control byte */                                                                 \
      int64_t cjv_length = cjv_utf8_length((p), (n), j);                                                             \
      if (cjv_length == 0) break;                                                                                    \
      j += cjv_length;                                                                                               \
    }                                                                                                                \
    cjv_result;                                                                                                      \
  })

// MARK: finding the next byte that needs attention in a string body

CJV_INLINE int cjv_attention(uint8_t c) { return c == '"' || c == '\\' || c < 0x20 || c >= 0x80; }

CJV_INLINE int64_t cjv_skip_plain_bytewise(const uint8_t *p, int64_t n, int64_t j) {
  while (j < n && !cjv_attention(p[j])) j += 1;
  return j;
}

#if CJV_X86
CJV_INLINE int64_t cjv_skip_plain_sse2(const uint8_t *p, int64_t n, int64_t j) {
  while (j + 16 <= n) {
    uint32_t mask = cjsonscan_string_attention16(p + j);
    if (mask != 0) return j + __builtin_ctz(mask);
    j += 16;
  }
  return cjv_skip_plain_bytewise(p, n, j);
}

__attribute__((target("avx2"), always_inline)) static inline uint32_t cjv_attention32(const uint8_t *p) {
  __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)p);
  // Signed compare: below 0x20 as signed bytes are the control bytes and every byte >= 0x80.
  __m256i flagged = _mm256_or_si256(
    _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('"')), _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\\'))),
    _mm256_cmpgt_epi8(_mm256_set1_epi8(0x20), v));
  return (uint32_t)_mm256_movemask_epi8(flagged);
}

__attribute__((target("avx2"), always_inline)) static inline int64_t cjv_skip_plain_avx2(
  const uint8_t *p, int64_t n, int64_t j) {
  while (j + 32 <= n) {
    uint32_t mask = cjv_attention32(p + j);
    if (mask != 0) return j + __builtin_ctz(mask);
    j += 32;
  }
  return cjv_skip_plain_sse2(p, n, j);
}

#endif

// MARK: the validators, one per level

#define CJV_NAME cjv_validate_portable
#define CJV_TARGET
#define CJV_SKIP_PLAIN cjv_skip_plain_bytewise
#include "ValidatorBody.h"
#undef CJV_NAME
#undef CJV_TARGET
#undef CJV_SKIP_PLAIN

#if CJV_X86
#define CJV_NAME cjv_validate_sse2
#define CJV_TARGET
#define CJV_SKIP_PLAIN cjv_skip_plain_sse2
#define CJV_WINDOW(q) ((uint64_t)cjsonscan_string_attention16(q))
#define CJV_WINDOW_BYTES 16
#include "ValidatorBody.h"
#undef CJV_NAME
#undef CJV_TARGET
#undef CJV_SKIP_PLAIN
#undef CJV_WINDOW
#undef CJV_WINDOW_BYTES

#define CJV_NAME cjv_validate_avx2
#define CJV_TARGET __attribute__((target("avx2")))
#define CJV_SKIP_PLAIN cjv_skip_plain_avx2
#define CJV_WINDOW(q) ((uint64_t)cjv_attention32(q))
#define CJV_WINDOW_BYTES 32
#include "ValidatorBody.h"
#undef CJV_NAME
#undef CJV_TARGET
#undef CJV_SKIP_PLAIN
#undef CJV_WINDOW
#undef CJV_WINDOW_BYTES

#endif

// MARK: choosing a level

static int cjv_detect_level(void) {
  // CJSONSCAN_LEVEL=0..2 caps the level (to time or check the narrower ones on this CPU).
  const char *cap = getenv("CJSONSCAN_LEVEL");
  int most = cap != NULL && cap[0] >= '0' && cap[0] <= '2' && cap[1] == 0 ? cap[0] - '0' : CJSONSCAN_LEVEL_AVX2;
  int found;
#if CJV_X86
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx2")) {
    found = CJSONSCAN_LEVEL_AVX2;
  } else {
    found = CJSONSCAN_LEVEL_SSE2;
  }
#else
  found = CJSONSCAN_LEVEL_PORTABLE;
#endif
  return found < most ? found : most;
}

static int cjv_level = -1;

int cjsonscan_best_level(void) {
  int level = __atomic_load_n(&cjv_level, __ATOMIC_RELAXED);
  if (level < 0) {
    level = cjv_detect_level();
    __atomic_store_n(&cjv_level, level, __ATOMIC_RELAXED);
  }
  return level;
}

int cjsonscan_validate_at_level(
  int level, const uint8_t *p, int64_t n, int32_t *ends, int32_t *stack, int64_t maxDepth) {
  if (n <= 0 || level > cjsonscan_best_level()) return 0;
  switch (level) {
#if CJV_X86
  case CJSONSCAN_LEVEL_AVX2: return cjv_validate_avx2(p, n, ends, stack, maxDepth);
  case CJSONSCAN_LEVEL_SSE2: return cjv_validate_sse2(p, n, ends, stack, maxDepth);
#endif
  default: return cjv_validate_portable(p, n, ends, stack, maxDepth);
  }
}

int cjsonscan_validate(const uint8_t *p, int64_t n, int32_t *ends, int32_t *stack, int64_t maxDepth) {
  return cjsonscan_validate_at_level(cjsonscan_best_level(), p, n, ends, stack, maxDepth);
}
