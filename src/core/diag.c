/* Collecting diagnostics in the form "file:line:col: message". */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

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
    if (k < 0 || k >= DRILL_DIAG_LEN)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(out + k, DRILL_DIAG_LEN - (size_t)k, fmt, ap);
    va_end(ap);
}

void drill_diag_add_raw(struct drill_diags *d, int status, const char *msg)
{
    if (status > d->status)
        d->status = status;
    if (d->n >= DRILL_DIAG_MAX) {
        d->dropped++;
        return;
    }
    snprintf(d->msg[d->n++], DRILL_DIAG_LEN, "%s", msg);
}
