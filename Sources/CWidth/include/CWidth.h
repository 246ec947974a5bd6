// Display width of a Unicode scalar as glibc's wcwidth reports it in the
// C.UTF-8 locale, independent of the process's current locale.
#ifndef SHEQU_CWIDTH_H
#define SHEQU_CWIDTH_H
#include <stdint.h>

/// Cells the scalar takes on a terminal: 0 (combining, control), 1 or 2.
/// Non-printable scalars report -1, like wcwidth.
int shequ_wcwidth(uint32_t scalar);

/// 1 when the scalar is East Asian Ambiguous width (“ ” — … · ①), else 0.
int shequ_is_ambiguous(uint32_t scalar);

/// Makes the ambiguous characters two cells wide for the whole program, ncursesw included (its calls to
/// wcwidth reach this library's), as a terminal set to draw them wide does; 0 makes them one cell again.
void shequ_set_ambiguous_wide(int wide);

/// 1 while the ambiguous characters are two cells wide on the screen.
int shequ_ambiguous_wide(void);

/// While on, wcwidth counts every character as taking no cell: ncursesw's setcchar then keeps all of a
/// grapheme (👩‍💻, 👍🏽) in one cell instead of stopping at its second spacing character.
void shequ_set_composing(int on);

#endif
