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
static inline WINDOW *nk_curscr(void) { return curscr; }
static inline FILE *nk_stdout(void) { return stdout; }
static inline FILE *nk_stdin(void) { return stdin; }
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

/* Draw one cell holding `count` (1...CCHARW_MAX) scalars of one grapheme cluster. setcchar keeps
   only the first spacing scalar, which would drop a skin tone or the rest of a ZWJ sequence, so
   the other scalars are stored directly; ncurses still takes the cell's width from the first
   one and writes every stored scalar when it draws the cell. */
static inline int nk_put_cluster(int y, int x, const wchar_t *wch, int count, int attrs, short pair) {
    cchar_t c;
    wchar_t first[2] = { wch[0], 0 };
    if (count < 1 || count > CCHARW_MAX) return ERR;
    if (setcchar(&c, first, (attr_t)attrs, pair, NULL) != OK) return ERR;
    for (int i = 1; i < count; i++) c.chars[i] = wch[i];
    return mvadd_wch(y, x, &c);
}

static inline int nk_ccharw_max(void) { return CCHARW_MAX; }

/* Mouse masks are macros too. */
static inline mmask_t nk_mouse_mask(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline int nk_is_wheel_up(mmask_t m) { return (m & BUTTON4_PRESSED) != 0; }
static inline int nk_is_wheel_down(mmask_t m) { return (m & BUTTON5_PRESSED) != 0; }
static inline int nk_is_click(mmask_t m) { return (m & (BUTTON1_CLICKED | BUTTON1_PRESSED)) != 0; }

/* terminfo strings the crash handler writes to leave the reader's modes; NULL when absent. */
static inline const char *nk_terminfo_string(const char *name) {
    char *v = tigetstr(name);
    return (v == NULL || v == (char *)-1) ? NULL : v;
}

/* Whether the locale's codeset is UTF-8. */
static inline int nk_codeset_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs && (cs[0] == 'U' || cs[0] == 'u') && (cs[1] == 'T' || cs[1] == 't') && (cs[2] == 'F' || cs[2] == 'f');
}
#endif
