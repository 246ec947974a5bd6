// Bridges the parts of ncursesw that Swift cannot import directly: the wide
// character API needs NCURSES_WIDECHAR before the header, and attribute and
// key macros become inline functions.
#ifndef SHEQU_CNCURSESW_SHIM_H
#define SHEQU_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline attr_t shequ_attr_bold(void) { return A_BOLD; }
static inline attr_t shequ_attr_reverse(void) { return A_REVERSE; }
static inline attr_t shequ_attr_dim(void) { return A_DIM; }
static inline attr_t shequ_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t shequ_attr_italic(void) { return A_ITALIC; }
static inline attr_t shequ_attr_normal(void) { return A_NORMAL; }
static inline int shequ_colors(void) { return COLORS; }

/// The width glibc's wcwidth gives a character in the process's locale.
static inline int shequ_locale_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

/// The colours the terminal named by $TERM offers, from terminfo, without
/// taking over the screen; -1 when $TERM is unknown or unset.
extern int setupterm(const char *, int, int *);
static inline int shequ_terminfo_colors(void) {
    int error = 0;
    if (setupterm(NULL, 1, &error) != 0) return -1;
    return tigetnum("colors");
}
static inline int shequ_key_f(int n) { return KEY_F(n); }
static inline mmask_t shequ_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t shequ_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t shequ_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t shequ_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t shequ_button5_pressed(void) { return BUTTON5_PRESSED; }

/// Writes one cell: a base character (plus any combining marks) with
/// attributes and a colour pair, at row y, column x of the window.
/// Draws one cell: a whole grapheme (its scalars, NUL-ended), so that an emoji
/// sequence reaches the terminal whole; its width is its first character's.
extern void shequ_set_composing(int on);
static inline int shequ_put_cell(WINDOW *win, int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
    cchar_t cell;
    shequ_set_composing(1);
    int made = setcchar(&cell, chars, attrs, pair, NULL);
    shequ_set_composing(0);
    if (made != OK) return ERR;
    return mvwadd_wch(win, y, x, &cell);
}

// Whether the terminal TERM names can show the screens, asked before
// ncurses takes it over (initscr would print its own English error and exit):
// 1 yes; 0 TERM unknown to terminfo (or unset); -1 a terminal that cannot
// move the cursor (dumb, a printing terminal). term.h is not included, for
// its macros' names; these two are its declarations.
extern int setupterm(const char *term, int filedes, int *errret);
extern char *tigetstr(const char *capname);
static inline int shequ_terminal_usable(void) {
    int error = 0;
    if (setupterm(NULL, 1, &error) != 0) return error == 1 ? -1 : 0;
    char *cursor = tigetstr("cup");
    return (cursor != NULL && cursor != (char *)-1) ? 1 : -1;
}

// Whether the terminal has a screen of its own for programs (rmcup), which
// gives the shell's text back on leaving; linux, vt100 and vt220 do not, and
// the last screen would stay.
static inline int shequ_has_alternate_screen(void) {
    char *leave = tigetstr("rmcup");
    return leave != NULL && leave != (char *)-1 && leave[0] != 0;
}

#endif
