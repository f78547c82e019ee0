#ifndef NKREADER_CNCURSES_SHIM_H
#define NKREADER_CNCURSES_SHIM_H
/* The wide-character API and wcwidth need these before any include. */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <signal.h>
#include <ncursesw/curses.h>

/* Mutable C globals are errors in Swift 6 strict concurrency: read them through functions. */
static inline WINDOW *nk_stdscr(void) { return stdscr; }
static inline int nk_lines(void) { return LINES; }
static inline int nk_cols(void) { return COLS; }
static inline int nk_colors(void) { return COLORS; }

/* Attribute macros do not import into Swift. */
static inline unsigned int nk_a_bold(void) { return A_BOLD; }
static inline unsigned int nk_a_reverse(void) { return A_REVERSE; }
static inline unsigned int nk_a_underline(void) { return A_UNDERLINE; }
static inline unsigned int nk_a_dim(void) { return A_DIM; }
static inline unsigned int nk_a_italic(void) { return A_ITALIC; }
static inline unsigned int nk_color_pair(int n) { return COLOR_PAIR(n); }

/* Draw one cell: a wide string of one grapheme with attributes and a colour pair. */
static inline int nk_put_cell(int y, int x, const wchar_t *wch, int attrs, short pair) {
    cchar_t c;
    if (setcchar(&c, wch, (attr_t)attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &c);
}
#endif
