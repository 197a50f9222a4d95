#ifndef CIVICPULSE_CNCURSESW_SHIM_H
#define CIVICPULSE_CNCURSESW_SHIM_H

// SwiftPM drops the -D flags pkg-config reports, which hides the wide-character API.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 rejects access to mutable C globals and cannot call macros: wrap them.
static inline int cp_cols(void) { return COLS; }
static inline int cp_lines(void) { return LINES; }
static inline WINDOW *cp_stdscr(void) { return stdscr; }
static inline int cp_colors(void) { return COLORS; }
static inline int cp_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t cp_color_pair(short n) { return (attr_t)COLOR_PAIR(n); }
static inline attr_t cp_a_bold(void) { return A_BOLD; }
static inline attr_t cp_a_dim(void) { return A_DIM; }
static inline attr_t cp_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cp_a_reverse(void) { return A_REVERSE; }
static inline attr_t cp_a_normal(void) { return A_NORMAL; }
static inline int cp_key_resize(void) { return KEY_RESIZE; }
static inline int cp_err(void) { return ERR; }
static inline int cp_ok(void) { return OK; }
// True when the terminal description has an alternate screen (smcup); tigetstr answers (char *)-1 for a name
// that is not a string capability and NULL for one the terminal lacks.
static inline int cp_has_alternate_screen(void) {
  char *enter = tigetstr("smcup");
  return enter != NULL && enter != (char *)-1 && enter[0] != '\0';
}

#endif
