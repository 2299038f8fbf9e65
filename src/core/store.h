/* The progress store: every graded attempt, in SQLite. */
#ifndef DRILL_STORE_H
#define DRILL_STORE_H

#include <stddef.h>

struct drill_store;

/* 1: attempts. 2: each attempt's rating, content hash, answer text and
 * whether it counts for the schedule; overrides of a rating. A store of an
 * older schema is upgraded in place, in one transaction, when opened for
 * writing; read-only, it is read as it is. */
#define DRILL_STORE_SCHEMA 2

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
    double when;        /* Unix time */
    int rating;         /* 1 Again, 2 Hard, 3 Good, 4 Easy; 0: none */
    const char *hash;   /* of the question's content when answered, or NULL */
    const char *answer; /* the answer text, or NULL */
    size_t answer_len;
    int unscheduled; /* 1: practice that does not count for the schedule (cram) */
};

/* Records attempts in one transaction: all of them or none. Returns 0; or,
 * with a message naming the store in err, DRILL_STORE_EBUSY when another
 * process held the store's lock for longer than DRILL_STORE_BUSY_MS, and -1
 * for anything else (a store opened for reading, a full disk ...). */
#define DRILL_STORE_EBUSY (-2)
int drill_store_record(struct drill_store *st, const struct drill_attempt *a, size_t n, char *err,
                       size_t errlen);

/* The id of the last attempt recorded through `st`, or 0. */
long long drill_store_last_id(struct drill_store *st);

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

/* One row of the review log: an attempt, with the rating an override gave it. */
struct drill_review {
    long long id;
    const char *question, *mode, *hash, *answer; /* valid during the callback only */
    size_t answer_len;
    double score, seconds, when;
    int pass, rating, unscheduled;
    int override; /* the rating an override set (0: none); `rating` is the graded one */
    double override_when;
};

/* Calls `fn` for every attempt (or only those of `question`), oldest first,
 * at most `limit` of the newest (0: all). Returns 0, or -1 with a message. */
int drill_store_history(struct drill_store *st, const char *question, long long limit,
                        void (*fn)(const struct drill_review *, void *), void *ud, char *err,
                        size_t errlen);

/* Overrides the rating of attempt `id` (the learner says "I was right");
 * the graded rating stays in the log beside it. Returns 0; -1 with a message
 * (no such attempt, a store opened for reading); DRILL_STORE_EBUSY. */
int drill_store_override(struct drill_store *st, long long id, int rating, char *err,
                         size_t errlen);

/* The default path: $XDG_STATE_HOME/drill/progress.db, else
 * $HOME/.local/state/drill/progress.db. Writes to buf; returns 0 or -1. */
int drill_store_default_path(char *buf, size_t cap);

#endif
