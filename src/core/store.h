/* The progress store: every graded attempt, in SQLite. */
#ifndef DRILL_STORE_H
#define DRILL_STORE_H

#include <stddef.h>

struct drill_store;

#define DRILL_STORE_SCHEMA 1

/* Opens (creating it and its directory on first use) the store at `path`.
 * Returns NULL with a message naming the file in err. A store written by a
 * newer drill (higher user_version) is refused. The caller closes it. */
struct drill_store *drill_store_open(const char *path, char *err, size_t errlen);
void drill_store_close(struct drill_store *st);

struct drill_attempt {
    const char *question;
    const char *mode;
    double score;
    int pass;
    double seconds;
    double when; /* Unix time */
};

/* Records attempts in one transaction: all of them or none. Returns 0, or -1
 * with a message in err. */
int drill_store_record(struct drill_store *st, const struct drill_attempt *a, size_t n, char *err,
                       size_t errlen);

struct drill_progress {
    char question[72];
    long attempts;
    long passes;
    double best, last;
    double last_when;
};

/* Calls `fn` for every question with attempts (or only `question` when not
 * NULL), in question order. Returns 0, or -1 with a message. */
int drill_store_progress(struct drill_store *st, const char *question,
                         void (*fn)(const struct drill_progress *, void *), void *ud, char *err,
                         size_t errlen);

/* The default path: $XDG_STATE_HOME/drill/progress.db, else
 * $HOME/.local/state/drill/progress.db. Writes to buf; returns 0 or -1. */
int drill_store_default_path(char *buf, size_t cap);

#endif
