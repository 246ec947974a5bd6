// Display width of a Unicode scalar as glibc's wcwidth reports it in the
// C.UTF-8 locale, independent of the process's current locale.
#ifndef SHEQU_CWIDTH_H
#define SHEQU_CWIDTH_H
#include <stdint.h>

/// Cells the scalar takes on a terminal: 0 (combining, control), 1 or 2.
/// Non-printable scalars report -1, like wcwidth.
int shequ_wcwidth(uint32_t scalar);

#endif
