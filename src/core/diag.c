/* Collecting diagnostics in the form "file:line:col: message". */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* A message cut at DRILL_DIAG_LEN may end inside a multi-byte character
 * (a long key or path quoted in it): drop that character's first bytes, so
 * every message stays valid UTF-8 for the terminal, a JSON report or PCRE2. */
static void cut_whole(char *msg, size_t len)
{
    size_t i = len, cont = 0;
    while (i > 0 && cont < 3 && ((unsigned char)msg[i - 1] & 0xC0) == 0x80) {
        i--;
        cont++;
    }
    if (i == 0)
        return;
    unsigned char lead = (unsigned char)msg[i - 1];
    size_t want = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (lead >= 0xC0 && cont + 1 < want)
        msg[i - 1] = '\0';
}

void drill_diags_init(struct drill_diags *d)
{
    d->n = 0;
    d->dropped = 0;
    d->status = DRILL_OK;
}

void drill_diag_add(struct drill_diags *d, int status, const char *file, unsigned line,
                    unsigned col, const char *fmt, ...)
{
    if (status > d->status)
        d->status = status;
    if (d->n >= DRILL_DIAG_MAX) {
        d->dropped++;
        return;
    }
    char *out = d->msg[d->n++];
    int k;
    if (line)
        k = snprintf(out, DRILL_DIAG_LEN, "%s:%u:%u: ", file, line, col);
    else
        k = snprintf(out, DRILL_DIAG_LEN, "%s: ", file);
    if (k >= DRILL_DIAG_LEN) {
        cut_whole(out, DRILL_DIAG_LEN - 1);
        return;
    }
    if (k < 0) {
        out[0] = '\0';
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    int m = vsnprintf(out + k, DRILL_DIAG_LEN - (size_t)k, fmt, ap);
    va_end(ap);
    if (m >= DRILL_DIAG_LEN - k)
        cut_whole(out, DRILL_DIAG_LEN - 1);
}

void drill_diag_add_raw(struct drill_diags *d, int status, const char *msg)
{
    if (status > d->status)
        d->status = status;
    if (d->n >= DRILL_DIAG_MAX) {
        d->dropped++;
        return;
    }
    char *out = d->msg[d->n++];
    if (snprintf(out, DRILL_DIAG_LEN, "%s", msg) >= DRILL_DIAG_LEN)
        cut_whole(out, DRILL_DIAG_LEN - 1);
}
