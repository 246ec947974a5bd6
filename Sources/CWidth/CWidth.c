#define _GNU_SOURCE
#include "CWidth.h"
#include <locale.h>
#include <wchar.h>
#include <pthread.h>

static locale_t utf8_locale;
static pthread_once_t utf8_once = PTHREAD_ONCE_INIT;

static void make_utf8_locale(void) {
    utf8_locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
}

int shequ_wcwidth(uint32_t scalar) {
    if (scalar >= 0x20 && scalar < 0x7f) return 1;
    pthread_once(&utf8_once, make_utf8_locale);
    if (utf8_locale == (locale_t)0) return wcwidth((wchar_t)scalar);
    locale_t previous = uselocale(utf8_locale);
    int width = wcwidth((wchar_t)scalar);
    uselocale(previous);
    return width;
}
