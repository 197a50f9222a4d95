// The body of one JSON validator, included once per instruction-set level by CJSONScan.c with these macros set:
//   CJV_NAME        the function's name
//   CJV_TARGET      its target attribute (or nothing)
//   CJV_SKIP_PLAIN  a function (p, n, j) -> the first offset at or after j of a quote, backslash, control or
//                   non-ASCII byte, or n when there is none
//   CJV_WINDOW      optional: a function (q) -> the same bytes' mask over the CJV_WINDOW_BYTES bytes at q (bit k for
//                   byte k); with it, compact members are read from one mask (`"key":` and a plain string, a number
//                   or an object), else every step takes the general path
// It accepts exactly what JSONValidator (JSONScanner.swift) accepts and writes the same index: for every string,
// array and object, its end offset at its opening offset in `ends`. It returns 1 when valid, 0 when not; it
// reports no error, as the Swift validator runs again for that.

CJV_TARGET static int CJV_NAME(const uint8_t *p, int64_t n, int32_t *ends, int32_t *stack, int64_t maxDepth) {
  int64_t depth = 0;
  int inObject = 0;
  int expectKey = 0;
  int64_t i = cjv_skip_whitespace(p, n, 0);
  for (;;) {
    if (expectKey) {
      expectKey = 0;
      if (i >= n || p[i] != '"') return 0;
#ifdef CJV_WINDOW
    member:
      // A compact member (`"key":` then a plain string or a number) read with one window's mask and a few byte
      // checks; a `,"` after it starts the next member here. Anything else takes the general steps below.
      if (i + CJV_WINDOW_BYTES <= n && p[i] == '"') {
        uint64_t a = CJV_WINDOW(p + i) >> 1;  // bit k: byte i + 1 + k needs attention
        if (a != 0) {
          int64_t close = i + 1 + (int64_t)__builtin_ctzll(a);
          if (p[close] == '"' && close + 1 < n && p[close + 1] == ':') {
            ends[i] = (int32_t)(close + 1);
            int64_t v = close + 2;
            int64_t after = -1;
            if (v < n) {
              uint8_t first = p[v];
              if (first == '"') {
                // The value's body is plain up to the window's next flagged byte (or the window's end).
                uint64_t b = a >> (v - i);  // bit k: byte v + 1 + k
                int64_t windowEnd = i + CJV_WINDOW_BYTES;
                int64_t next = b != 0 ? v + 1 + (int64_t)__builtin_ctzll(b) : windowEnd > v + 1 ? windowEnd : v + 1;
                if (b != 0 && p[next] == '"') {
                  after = next + 1;
                } else {
                  after = cjv_string_end_from(p, n, next, CJV_SKIP_PLAIN);
                  if (after < 0) return 0;
                }
                ends[v] = (int32_t)after;
              } else if (first == '-' || cjv_is_digit(first)) {
                after = cjv_number_end(p, n, v);
                if (after < 0) return 0;
              } else if (first == '{' && v + 1 < n && p[v + 1] == '"') {
                // An object value with a key next to its brace: open it and read that member.
                if (depth >= maxDepth) return 0;
                stack[depth] = (int32_t)v;
                depth += 1;
                inObject = 1;
                i = v + 1;
                goto member;
              }
            }
            if (after >= 0) {
              if (after + 1 < n && p[after] == ',' && p[after + 1] == '"') {
                i = after + 1;
                goto member;
              }
              i = after;
              goto valueEnded;
            }
            i = cjv_skip_whitespace(p, n, v);
            goto value;
          }
        }
      }
#endif
      int64_t end = cjv_string_end(p, n, i, CJV_SKIP_PLAIN);
      if (end < 0) return 0;
      ends[i] = (int32_t)end;
      i = end;
      if (i < n && p[i] != ':') i = cjv_skip_whitespace(p, n, i);
      if (i >= n || p[i] != ':') return 0;
      i = cjv_skip_whitespace(p, n, i + 1);
    }
#ifdef CJV_WINDOW
  value:
#endif
    if (i >= n) return 0;
    uint8_t c = p[i];
    switch (c) {
    case '"': {
      int64_t end = cjv_string_end(p, n, i, CJV_SKIP_PLAIN);
      if (end < 0) return 0;
      ends[i] = (int32_t)end;
      i = end;
      break;
    }
    case '{':
    case '[': {
      int64_t open = i;
      int isObject = c == '{';
#ifdef CJV_WINDOW
      if (isObject && i + 1 < n && p[i + 1] == '"') {
        // A key next to the brace: open the object and read that member.
        if (depth >= maxDepth) return 0;
        stack[depth] = (int32_t)open;
        depth += 1;
        inObject = 1;
        i += 1;
        goto member;
      }
#endif
      i = cjv_skip_whitespace(p, n, i + 1);
      if (i < n && p[i] == (isObject ? '}' : ']')) {
        i += 1;
        ends[open] = (int32_t)i;
        break;
      }
      if (depth >= maxDepth) return 0;
      stack[depth] = (int32_t)open;
      depth += 1;
      inObject = isObject;
      expectKey = isObject;
      continue;
    }
    case '-':
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
      i = cjv_number_end(p, n, i);
      if (i < 0) return 0;
      break;
    case 't':
      if (!cjv_literal(p, n, i, "true", 4)) return 0;
      i += 4;
      break;
    case 'f':
      if (!cjv_literal(p, n, i, "false", 5)) return 0;
      i += 5;
      break;
    case 'n':
      if (!cjv_literal(p, n, i, "null", 4)) return 0;
      i += 4;
      break;
    default:
      return 0;
    }
    // A value ended: close containers or move to the next element.
#ifdef CJV_WINDOW
  valueEnded:
#endif
    for (;;) {
      i = cjv_skip_whitespace(p, n, i);
      if (depth == 0) return i == n;
      if (i >= n) return 0;
      uint8_t d = p[i];
      if (d == ',') {
        i = cjv_skip_whitespace(p, n, i + 1);
        expectKey = inObject;
        break;
      }
      if (d != (inObject ? '}' : ']')) return 0;
      i += 1;
      depth -= 1;
      ends[stack[depth]] = (int32_t)i;
      if (depth > 0) inObject = p[stack[depth - 1]] == '{';
    }
  }
}
