/* Diagnostics: messages that name a file, and a line and column where one is known. */
#ifndef DRILL_DIAG_H
#define DRILL_DIAG_H

#include <stddef.h>

#define DRILL_DIAG_MAX 50
#define DRILL_DIAG_LEN 512

/* Exit codes shared by the core and the host (DESIGN.md). */
enum drill_status {
    DRILL_OK = 0,
    DRILL_EXIT_FAIL = 1,
    DRILL_EXIT_USAGE = 64,
    DRILL_EXIT_DATA = 65,
    DRILL_EXIT_NOINPUT = 66,
    DRILL_EXIT_INTERNAL = 70,
    DRILL_EXIT_CANTCREAT = 73, /* an output file cannot be created */
    DRILL_EXIT_IOERR = 74,     /* a write failed: a full disk, a closed standard output */
};

/* A list of diagnostics, each already formatted as "file:line:col: message".
 * The first DRILL_DIAG_MAX are kept; later ones are counted in `dropped`. */
struct drill_diags {
    int n;
    int dropped;
    int status; /* the most serious exit code reported so far */
    char msg[DRILL_DIAG_MAX][DRILL_DIAG_LEN];
};

void drill_diags_init(struct drill_diags *d);
/* line == 0 leaves out line and column. */
void drill_diag_add(struct drill_diags *d, int status, const char *file, unsigned line,
                    unsigned col, const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* Adds a message that already names its file (Lua's "file:line: message"). */
void drill_diag_add_raw(struct drill_diags *d, int status, const char *msg);

#endif
