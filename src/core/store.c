/* The progress store: SQLite with WAL, a versioned schema and transactional writes. */
#define _POSIX_C_SOURCE 200809L
#include "store.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "clock.h"
#include "drill_limits.h"
#include "file.h"

struct drill_store {
    sqlite3 *db; /* NULL for a store opened for reading that does not exist yet */
    char *path;
    int mode;
    int empty;   /* no attempts table yet (a new or empty file, read-only) */
    int version; /* the schema of the file (read-only stores are read as they are) */
    sqlite3_stmt *insert;
};

/* migrations[v] takes a store of schema v to v + 1 */
static const char *const migrations[DRILL_STORE_SCHEMA] = {
    "CREATE TABLE IF NOT EXISTS attempts ("
    "  id INTEGER PRIMARY KEY,"
    "  question TEXT NOT NULL,"
    "  mode TEXT NOT NULL,"
    "  score REAL NOT NULL,"
    "  pass INTEGER NOT NULL,"
    "  seconds REAL,"
    "  answered_at REAL NOT NULL);"
    "CREATE INDEX IF NOT EXISTS attempts_question ON attempts(question, answered_at);",
    /* the review log: the rating the grade gave, what the question said, the learner's words */
    "ALTER TABLE attempts ADD COLUMN rating INTEGER;"
    "ALTER TABLE attempts ADD COLUMN content_hash TEXT;"
    "ALTER TABLE attempts ADD COLUMN answer TEXT;"
    "ALTER TABLE attempts ADD COLUMN unscheduled INTEGER NOT NULL DEFAULT 0;"
    "CREATE INDEX IF NOT EXISTS attempts_time ON attempts(answered_at);"
    "CREATE TABLE IF NOT EXISTS overrides ("
    "  attempt INTEGER PRIMARY KEY REFERENCES attempts(id),"
    "  rating INTEGER NOT NULL,"
    "  overridden_at REAL NOT NULL);",
};

int drill_store_default_path(char *buf, size_t cap)
{
    return drill_file_xdg_path(buf, cap, "XDG_STATE_HOME", ".local/state", "drill/progress.db");
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

int drill_store_mode(const struct drill_store *st)
{
    return st->mode;
}

const char *drill_store_path(const struct drill_store *st)
{
    return st->path;
}

static struct drill_store *fail(struct drill_store *st, char *err, size_t errlen, const char *fmt,
                                const char *detail)
{
    snprintf(err, errlen, fmt, st->path, detail);
    drill_store_close(st);
    return NULL;
}

/* PRAGMA user_version, or -1 with the SQLite error code in *code. */
static int read_version(struct drill_store *st, int *code)
{
    sqlite3_stmt *v;
    int version = -1;
    *code = sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &v, NULL);
    if (*code != SQLITE_OK)
        return -1;
    *code = sqlite3_step(v);
    if (*code == SQLITE_ROW) {
        version = sqlite3_column_int(v, 0);
        *code = SQLITE_OK;
    }
    sqlite3_finalize(v);
    return version;
}

/* A "file:" URI for `path` with `query`, every byte a URI gives a meaning
 * to percent-encoded. The caller frees it. */
static char *file_uri(const char *path, const char *query)
{
    size_t n = strlen(path);
    char *u = malloc(5 + 3 * n + strlen(query) + 1);
    if (!u)
        return NULL;
    char *o = u + sprintf(u, "file:");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            strchr("/-._~", *p))
            *o++ = (char)*p;
        else
            o += sprintf(o, "%%%02X", *p);
    }
    strcpy(o, query);
    return u;
}

/* Opens for reading only. A WAL store needs its shared-memory file to be
 * read, and on a read-only directory that file cannot be made: then the
 * store is read as immutable (nothing else can be writing it either). */
static int open_read(struct drill_store *st, int *version)
{
    int code;
    if (sqlite3_open_v2(st->path, &st->db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK) {
        sqlite3_busy_timeout(st->db, DRILL_STORE_BUSY_MS);
        *version = read_version(st, &code);
        if (*version >= 0)
            return 0;
        if ((code & 0xff) != SQLITE_READONLY && (code & 0xff) != SQLITE_CANTOPEN)
            return -1;
    }
    sqlite3_close(st->db);
    st->db = NULL;
    char *uri = file_uri(st->path, "?immutable=1");
    if (!uri)
        return -1;
    int rc = sqlite3_open_v2(uri, &st->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
    free(uri);
    if (rc != SQLITE_OK)
        return -1;
    *version = read_version(st, &code);
    return *version >= 0 ? 0 : -1;
}

struct drill_store *drill_store_open(const char *path, int mode, char *err, size_t errlen)
{
    struct drill_store *st = calloc(1, sizeof *st);
    if (!st || !(st->path = strdup(path))) {
        snprintf(err, errlen, "%s: out of memory", path);
        free(st);
        return NULL;
    }
    st->mode = mode == DRILL_STORE_WRITE ? DRILL_STORE_WRITE : DRILL_STORE_READ;
    /* SQLite would take a short file of anything for an empty database and
     * write over it: refuse any existing file that is not one of its own. */
    FILE *f = fopen(path, "rb");
    if (f) {
        char head[16] = {0};
        size_t got = fread(head, 1, sizeof head, f);
        fclose(f);
        if (got > 0 && (got < sizeof head || memcmp(head, "SQLite format 3", 16) != 0))
            return fail(st, err, errlen, "%s: not a drill progress store (%s)",
                        "not an SQLite database");
    } else if (st->mode == DRILL_STORE_READ && errno == ENOENT) {
        st->empty = 1; /* nothing recorded yet; reading creates nothing */
        return st;
    }
    int version = 0;
    if (st->mode == DRILL_STORE_READ) {
        if (open_read(st, &version) != 0)
            return fail(st, err, errlen, "%s: cannot read the progress store: %s",
                        st->db ? sqlite3_errmsg(st->db) : "cannot open");
    } else {
        if (drill_file_make_parent(path) != 0)
            return fail(st, err, errlen, "%s: cannot create its directory: %s", strerror(errno));
        if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
            SQLITE_OK)
            return fail(st, err, errlen, "%s: %s", st->db ? sqlite3_errmsg(st->db) : "cannot open");
        /* SQLite quietly opens a file it may not write read-only */
        if (sqlite3_db_readonly(st->db, "main") == 1)
            return fail(st, err, errlen, "%s: %s", "the progress store is read-only");
        sqlite3_busy_timeout(st->db, DRILL_STORE_BUSY_MS);
        int code;
        version = read_version(st, &code);
        if (version < 0 && (code & 0xff) == SQLITE_BUSY)
            return fail(st, err, errlen, "%s: %s", "locked by another process");
        if (version < 0)
            return fail(st, err, errlen, "%s: not a drill progress store: %s",
                        sqlite3_errmsg(st->db));
    }
    if (version > DRILL_STORE_SCHEMA) {
        snprintf(err, errlen, "%s: written by a newer drill (schema %d; this one reads %d)", path,
                 version, DRILL_STORE_SCHEMA);
        drill_store_close(st);
        return NULL;
    }
    st->version = version;
    if (st->mode == DRILL_STORE_READ) {
        st->empty = version < 1;
        return st;
    }
    /* only a store this drill can read is touched at all */
    if (exec(st, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", err, errlen) != 0) {
        drill_store_close(st);
        return NULL;
    }
    if (version < DRILL_STORE_SCHEMA) {
        /* every step in one transaction: a store is upgraded whole or not at all */
        if (exec(st, "BEGIN IMMEDIATE", err, errlen) != 0) {
            drill_store_close(st);
            return NULL;
        }
        /* read again under the lock: another drill may have upgraded it meanwhile */
        int code;
        version = read_version(st, &code);
        for (int v = version; v >= 0 && v < DRILL_STORE_SCHEMA; v++) {
            if (exec(st, migrations[v], err, errlen) != 0) {
                sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
                drill_store_close(st);
                return NULL;
            }
        }
        char sql[64];
        snprintf(sql, sizeof sql, "PRAGMA user_version=%d; COMMIT;", DRILL_STORE_SCHEMA);
        if (version < 0 || exec(st, sql, err, errlen) != 0) {
            if (version < 0)
                snprintf(err, errlen, "%s: %s", path, sqlite3_errmsg(st->db));
            sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
            drill_store_close(st);
            return NULL;
        }
        st->version = DRILL_STORE_SCHEMA;
    }
    if (sqlite3_prepare_v2(st->db,
                           "INSERT INTO attempts(question, mode, score, pass, seconds, answered_at,"
                           " rating, content_hash, answer, unscheduled)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &st->insert, NULL) != SQLITE_OK)
        return fail(st, err, errlen, "%s: %s", sqlite3_errmsg(st->db));
    return st;
}

/* Takes the write lock: 0; DRILL_STORE_EBUSY when another process held it
 * for over DRILL_STORE_BUSY_MS; -1 for anything else. */
static int begin_write(struct drill_store *st, char *err, size_t errlen)
{
    if (exec(st, "BEGIN IMMEDIATE", err, errlen) == 0)
        return 0;
    if ((sqlite3_errcode(st->db) & 0xff) != SQLITE_BUSY)
        return -1;
    snprintf(err, errlen, "%s: locked by another process for over %d ms", st->path,
             DRILL_STORE_BUSY_MS);
    return DRILL_STORE_EBUSY;
}

int drill_store_record(struct drill_store *st, const struct drill_attempt *a, size_t n, char *err,
                       size_t errlen)
{
    if (st->mode != DRILL_STORE_WRITE) {
        snprintf(err, errlen, "%s: opened for reading only: cannot record attempts", st->path);
        return -1;
    }
    int rc = begin_write(st, err, errlen);
    if (rc != 0)
        return rc;
    for (size_t i = 0; i < n; i++) {
        sqlite3_reset(st->insert);
        sqlite3_bind_text(st->insert, 1, a[i].question, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st->insert, 2, a[i].mode ? a[i].mode : "", -1, SQLITE_TRANSIENT);
        sqlite3_bind_double(st->insert, 3, a[i].score);
        sqlite3_bind_int(st->insert, 4, a[i].pass != 0);
        sqlite3_bind_double(st->insert, 5, a[i].seconds);
        sqlite3_bind_double(st->insert, 6, a[i].when);
        if (a[i].rating >= 1 && a[i].rating <= 4)
            sqlite3_bind_int(st->insert, 7, a[i].rating);
        else
            sqlite3_bind_null(st->insert, 7);
        if (a[i].hash)
            sqlite3_bind_text(st->insert, 8, a[i].hash, -1, SQLITE_TRANSIENT);
        else
            sqlite3_bind_null(st->insert, 8);
        if (a[i].answer)
            sqlite3_bind_text(st->insert, 9, a[i].answer, (int)a[i].answer_len, SQLITE_TRANSIENT);
        else
            sqlite3_bind_null(st->insert, 9);
        sqlite3_bind_int(st->insert, 10, a[i].unscheduled != 0);
        if (sqlite3_step(st->insert) != SQLITE_DONE) {
            snprintf(err, errlen, "%s: %s", st->path, sqlite3_errmsg(st->db));
            sqlite3_reset(st->insert);
            sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
            return -1;
        }
    }
    sqlite3_reset(st->insert);
    if (exec(st, "COMMIT", err, errlen) != 0) {
        int busy = (sqlite3_errcode(st->db) & 0xff) == SQLITE_BUSY;
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
        return busy ? DRILL_STORE_EBUSY : -1;
    }
    return 0;
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
    if (st->empty)
        return 0; /* read-only and nothing recorded yet */
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

long long drill_store_last_id(struct drill_store *st)
{
    return st->db ? (long long)sqlite3_last_insert_rowid(st->db) : 0;
}

int drill_store_history(struct drill_store *st, const char *question, long long limit,
                        void (*fn)(const struct drill_review *, void *), void *ud, char *err,
                        size_t errlen)
{
    if (st->empty)
        return 0;
    /* a read-only store of schema 1 has no review columns: they read as none */
    const char *cols2 =
        "a.rating, a.content_hash, a.answer, a.unscheduled, o.rating, o.overridden_at";
    const char *cols1 = "NULL, NULL, NULL, 0, NULL, NULL";
    const char *join2 = " LEFT JOIN overrides o ON o.attempt = a.id";
    int v2 = st->version >= 2;
    char sql[1024];
    snprintf(sql, sizeof sql,
             "SELECT * FROM (SELECT a.id, a.question, a.mode, a.score, a.pass, a.seconds,"
             " a.answered_at, %s FROM attempts a%s WHERE (?1 IS NULL OR a.question = ?1)"
             " ORDER BY a.answered_at DESC, a.id DESC LIMIT ?2) ORDER BY answered_at, id",
             v2 ? cols2 : cols1, v2 ? join2 : "");
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "%s: %s", st->path, sqlite3_errmsg(st->db));
        return -1;
    }
    if (question)
        sqlite3_bind_text(s, 1, question, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(s, 2, limit > 0 ? limit : -1);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        struct drill_review r;
        memset(&r, 0, sizeof r);
        r.id = sqlite3_column_int64(s, 0);
        r.question = (const char *)sqlite3_column_text(s, 1);
        r.mode = (const char *)sqlite3_column_text(s, 2);
        r.score = sqlite3_column_double(s, 3);
        r.pass = sqlite3_column_int(s, 4) != 0;
        r.seconds = sqlite3_column_double(s, 5);
        r.when = sqlite3_column_double(s, 6);
        r.rating = sqlite3_column_int(s, 7);
        r.hash = (const char *)sqlite3_column_text(s, 8);
        r.answer = (const char *)sqlite3_column_text(s, 9);
        r.answer_len = (size_t)sqlite3_column_bytes(s, 9);
        r.unscheduled = sqlite3_column_int(s, 10) != 0;
        r.override = sqlite3_column_int(s, 11);
        r.override_when = sqlite3_column_double(s, 12);
        if (!r.question)
            r.question = "";
        if (!r.mode)
            r.mode = "";
        fn(&r, ud);
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) {
        snprintf(err, errlen, "%s: %s", st->path, sqlite3_errmsg(st->db));
        return -1;
    }
    return 0;
}

int drill_store_override(struct drill_store *st, long long id, int rating, char *err, size_t errlen)
{
    if (st->mode != DRILL_STORE_WRITE) {
        snprintf(err, errlen, "%s: opened for reading only: cannot override", st->path);
        return -1;
    }
    if (rating < 1 || rating > 4) {
        snprintf(err, errlen, "%s: a rating is 1 to 4, not %d", st->path, rating);
        return -1;
    }
    int rc = begin_write(st, err, errlen);
    if (rc != 0)
        return rc;
    sqlite3_stmt *s;
    int ok = sqlite3_prepare_v2(st->db,
                                "INSERT OR REPLACE INTO overrides(attempt, rating, overridden_at)"
                                " SELECT id, ?2, ?3 FROM attempts WHERE id = ?1",
                                -1, &s, NULL) == SQLITE_OK;
    if (ok) {
        sqlite3_bind_int64(s, 1, id);
        sqlite3_bind_int(s, 2, rating);
        sqlite3_bind_double(s, 3, drill_clock_wall());
        ok = sqlite3_step(s) == SQLITE_DONE;
        sqlite3_finalize(s);
    }
    if (!ok) {
        snprintf(err, errlen, "%s: %s", st->path, sqlite3_errmsg(st->db));
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
        return -1;
    }
    if (sqlite3_changes(st->db) == 0) {
        snprintf(err, errlen, "%s: no attempt %lld", st->path, id);
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
        return -1;
    }
    if (exec(st, "COMMIT", err, errlen) != 0) {
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
        return -1;
    }
    return 0;
}
