/* The progress store: every graded attempt, in SQLite. */
#ifndef DRILL_STORE_H
#define DRILL_STORE_H

#include <stddef.h>

struct drill_store;

#define DRILL_STORE_SCHEMA 1

enum drill_store_mode {
    /* Only reads: the file is opened read-only and never changed (no WAL
     * set-up, no schema), so a store on a read-only file or disk can still
     * be read. A missing file reads as an empty store and is not created. */
    DRILL_STORE_READ = 0,
    /* Reads and writes: creates the store and its directory on first use,
     * and refuses a file that cannot be written. */
    DRILL_STORE_WRITE = 1,
};

/* Opens the store at `path` in `mode`. Returns NULL with a message naming
 * the file in err. A store written by a newer drill (higher user_version)
 * is refused, and left untouched. The caller closes it. */
struct drill_store *drill_store_open(const char *path, int mode, char *err, size_t errlen);
void drill_store_close(struct drill_store *st);

/* The mode the store was opened in, and its path (owned by the store). */
int drill_store_mode(const struct drill_store *st);
const char *drill_store_path(const struct drill_store *st);

struct drill_attempt {
    const char *question;
    const char *mode;
    double score;
    int pass;
    double seconds;
    double when; /* Unix time */
};

/* Records attempts in one transaction: all of them or none. Returns 0; or,
 * with a message naming the store in err, DRILL_STORE_EBUSY when another
 * process held the store's lock for longer than DRILL_STORE_BUSY_MS, and -1
 * for anything else (a store opened for reading, a full disk ...). */
#define DRILL_STORE_EBUSY (-2)
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
