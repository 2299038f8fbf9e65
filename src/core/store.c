/* The progress store: SQLite with WAL, a versioned schema and transactional writes. */
#define _POSIX_C_SOURCE 200809L
#include "store.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct drill_store {
    sqlite3 *db;
    char *path;
    sqlite3_stmt *insert;
};

static const char schema[] =
    "CREATE TABLE IF NOT EXISTS attempts ("
    "  id INTEGER PRIMARY KEY,"
    "  question TEXT NOT NULL,"
    "  mode TEXT NOT NULL,"
    "  score REAL NOT NULL,"
    "  pass INTEGER NOT NULL,"
    "  seconds REAL,"
    "  answered_at REAL NOT NULL);"
    "CREATE INDEX IF NOT EXISTS attempts_question ON attempts(question, answered_at);";

int drill_store_default_path(char *buf, size_t cap)
{
    const char *xdg = getenv("XDG_STATE_HOME");
    int n;
    if (xdg && *xdg == '/') {
        n = snprintf(buf, cap, "%s/drill/progress.db", xdg);
    } else {
        const char *home = getenv("HOME");
        if (!home || !*home)
            return -1;
        n = snprintf(buf, cap, "%s/.local/state/drill/progress.db", home);
    }
    return n > 0 && (size_t)n < cap ? 0 : -1;
}

/* mkdir -p for the directory part of `path`. */
static int make_parent(const char *path)
{
    char *p = strdup(path);
    if (!p)
        return -1;
    for (char *s = p + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        if (mkdir(p, 0700) != 0 && errno != EEXIST) {
            free(p);
            return -1;
        }
        *s = '/';
    }
    free(p);
    return 0;
}

static int exec(struct drill_store *st, const char *sql, char *err, size_t errlen)
{
    char *msg = NULL;
    if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        snprintf(err, errlen, "%s: %s", st->path, msg ? msg : sqlite3_errmsg(st->db));
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

void drill_store_close(struct drill_store *st)
{
    if (!st)
        return;
    sqlite3_finalize(st->insert);
    sqlite3_close(st->db);
    free(st->path);
    free(st);
}

struct drill_store *drill_store_open(const char *path, char *err, size_t errlen)
{
    struct drill_store *st = calloc(1, sizeof *st);
    if (!st || !(st->path = strdup(path))) {
        snprintf(err, errlen, "%s: out of memory", path);
        free(st);
        return NULL;
    }
    /* SQLite would take a short file of anything for an empty database and
     * write over it: refuse any existing file that is not one of its own. */
    FILE *f = fopen(path, "rb");
    if (f) {
        char head[16] = {0};
        size_t got = fread(head, 1, sizeof head, f);
        fclose(f);
        if (got > 0 && (got < sizeof head || memcmp(head, "SQLite format 3", 16) != 0)) {
            snprintf(err, errlen, "%s: not a drill progress store (not an SQLite database)", path);
            drill_store_close(st);
            return NULL;
        }
    }
    if (make_parent(path) != 0) {
        snprintf(err, errlen, "%s: cannot create its directory: %s", path, strerror(errno));
        drill_store_close(st);
        return NULL;
    }
    if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
        SQLITE_OK) {
        snprintf(err, errlen, "%s: %s", path, st->db ? sqlite3_errmsg(st->db) : "cannot open");
        drill_store_close(st);
        return NULL;
    }
    sqlite3_busy_timeout(st->db, 5000);
    sqlite3_stmt *v;
    int version = 0;
    if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &v, NULL) == SQLITE_OK) {
        if (sqlite3_step(v) == SQLITE_ROW)
            version = sqlite3_column_int(v, 0);
        sqlite3_finalize(v);
    } else {
        snprintf(err, errlen, "%s: not a drill progress store: %s", path, sqlite3_errmsg(st->db));
        drill_store_close(st);
        return NULL;
    }
    if (version > DRILL_STORE_SCHEMA) {
        snprintf(err, errlen, "%s: written by a newer drill (schema %d; this one reads %d)", path,
                 version, DRILL_STORE_SCHEMA);
        drill_store_close(st);
        return NULL;
    }
    /* only a store this drill can read is touched at all */
    if (exec(st, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", err, errlen) != 0) {
        drill_store_close(st);
        return NULL;
    }
    if (version < DRILL_STORE_SCHEMA) {
        char sql[sizeof schema + 128];
        snprintf(sql, sizeof sql, "BEGIN IMMEDIATE; %s PRAGMA user_version=%d; COMMIT;", schema,
                 DRILL_STORE_SCHEMA);
        if (exec(st, sql, err, errlen) != 0) {
            sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
            drill_store_close(st);
            return NULL;
        }
    }
    if (sqlite3_prepare_v2(st->db,
                           "INSERT INTO attempts(question, mode, score, pass, seconds, answered_at)"
                           " VALUES (?, ?, ?, ?, ?, ?)",
                           -1, &st->insert, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "%s: %s", path, sqlite3_errmsg(st->db));
        drill_store_close(st);
        return NULL;
    }
    return st;
}

int drill_store_record(struct drill_store *st, const struct drill_attempt *a, size_t n, char *err,
                       size_t errlen)
{
    if (exec(st, "BEGIN IMMEDIATE", err, errlen) != 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        sqlite3_reset(st->insert);
        sqlite3_bind_text(st->insert, 1, a[i].question, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st->insert, 2, a[i].mode ? a[i].mode : "", -1, SQLITE_TRANSIENT);
        sqlite3_bind_double(st->insert, 3, a[i].score);
        sqlite3_bind_int(st->insert, 4, a[i].pass != 0);
        sqlite3_bind_double(st->insert, 5, a[i].seconds);
        sqlite3_bind_double(st->insert, 6, a[i].when);
        if (sqlite3_step(st->insert) != SQLITE_DONE) {
            snprintf(err, errlen, "%s: %s", st->path, sqlite3_errmsg(st->db));
            sqlite3_reset(st->insert);
            sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
            return -1;
        }
    }
    sqlite3_reset(st->insert);
    return exec(st, "COMMIT", err, errlen);
}

int drill_store_progress(struct drill_store *st, const char *question,
                         void (*fn)(const struct drill_progress *, void *), void *ud, char *err,
                         size_t errlen)
{
    /* best, and the score of the most recent attempt, per question */
    const char *sql = "SELECT question, COUNT(*), SUM(pass), MAX(score),"
                      " (SELECT score FROM attempts b WHERE b.question = a.question"
                      "  ORDER BY answered_at DESC, id DESC LIMIT 1),"
                      " MAX(answered_at) FROM attempts a WHERE (?1 IS NULL OR question = ?1)"
                      " GROUP BY question ORDER BY question";
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "%s: %s", st->path, sqlite3_errmsg(st->db));
        return -1;
    }
    if (question)
        sqlite3_bind_text(s, 1, question, -1, SQLITE_TRANSIENT);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        struct drill_progress p;
        snprintf(p.question, sizeof p.question, "%s", (const char *)sqlite3_column_text(s, 0));
        p.attempts = sqlite3_column_int64(s, 1);
        p.passes = sqlite3_column_int64(s, 2);
        p.best = sqlite3_column_double(s, 3);
        p.last = sqlite3_column_double(s, 4);
        p.last_when = sqlite3_column_double(s, 5);
        fn(&p, ud);
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) {
        snprintf(err, errlen, "%s: %s", st->path, sqlite3_errmsg(st->db));
        return -1;
    }
    return 0;
}
