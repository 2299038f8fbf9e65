/* Check suite for store: creating the progress store, recording attempts, and refusing
 * stores it must not touch. */
#define _XOPEN_SOURCE 700

#include <check.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "store.h"
#include "unit.h"

static char err[1024];

static const char *path_in(const char *rel)
{
    static char p[700];
    snprintf(p, sizeof p, "%s/%s", unit_dir, rel);
    return p;
}

static struct drill_store *open_ok(const char *path)
{
    err[0] = '\0';
    struct drill_store *st = drill_store_open(path, DRILL_STORE_WRITE, err, sizeof err);
    ck_assert_msg(st != NULL, "open %s: %s", path, err);
    return st;
}

/* The progress rows, collected. */
struct rows {
    int n;
    struct drill_progress p[16];
};

static void collect(const struct drill_progress *p, void *ud)
{
    struct rows *r = ud;
    ck_assert_int_lt(r->n, 16);
    r->p[r->n++] = *p;
}

static struct rows progress(struct drill_store *st, const char *question)
{
    struct rows r = {0};
    ck_assert_int_eq(drill_store_progress(st, question, collect, &r, err, sizeof err), 0);
    return r;
}

/* Runs one SQL statement on `path` directly; returns the first column of the first row as
 * text (static), or "" when there is none. */
static const char *sql(const char *path, const char *q)
{
    static char out[256];
    sqlite3 *db;
    ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
    sqlite3_stmt *s;
    ck_assert_msg(sqlite3_prepare_v2(db, q, -1, &s, NULL) == SQLITE_OK, "%s: %s", q,
                  sqlite3_errmsg(db));
    out[0] = '\0';
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW && sqlite3_column_text(s, 0))
        snprintf(out, sizeof out, "%s", (const char *)sqlite3_column_text(s, 0));
    else
        ck_assert_msg(rc == SQLITE_DONE || rc == SQLITE_ROW, "%s: %s", q, sqlite3_errmsg(db));
    sqlite3_finalize(s);
    ck_assert_int_eq(sqlite3_close(db), SQLITE_OK);
    return out;
}

/* ---------------------------------------------------------------- opening */

START_TEST(create_with_nested_dirs)
{
    char p[700];
    snprintf(p, sizeof p, "%s", path_in("state/deeper/drill/progress.db"));
    struct drill_store *st = open_ok(p);
    drill_store_close(st);
    struct stat sb;
    ck_assert_int_eq(stat(p, &sb), 0);
    ck_assert(S_ISREG(sb.st_mode));
    ck_assert_int_eq(stat(path_in("state/deeper/drill"), &sb), 0);
    ck_assert(S_ISDIR(sb.st_mode));
    ck_assert_int_eq(sb.st_mode & 0777, 0700); /* progress is private */
    /* a versioned schema in WAL mode */
    ck_assert_str_eq(sql(p, "PRAGMA user_version"), "2");
    ck_assert_str_eq(sql(p, "PRAGMA journal_mode"), "wal");
    ck_assert_str_eq(sql(p, "SELECT COUNT(*) FROM attempts"), "0");
}
END_TEST

START_TEST(reopen_keeps_data)
{
    const char *p = path_in("progress.db");
    struct drill_store *st = open_ok(p);
    struct drill_attempt a = {.question = "q.one",
                              .mode = "drill",
                              .score = 0.75,
                              .pass = 1,
                              .seconds = 12.5,
                              .when = 1700000000.0};
    ck_assert_int_eq(drill_store_record(st, &a, 1, err, sizeof err), 0);
    drill_store_close(st);
    st = open_ok(p);
    struct rows r = progress(st, NULL);
    ck_assert_int_eq(r.n, 1);
    ck_assert_str_eq(r.p[0].question, "q.one");
    ck_assert_double_eq(r.p[0].last_when, 1700000000.0);
    drill_store_close(st);
    ck_assert_str_eq(sql(p, "SELECT mode || ' ' || seconds FROM attempts"), "drill 12.5");
}
END_TEST

START_TEST(close_null)
{
    drill_store_close(NULL);
}
END_TEST

START_TEST(refuse_newer_schema)
{
    const char *p = path_in("progress.db");
    drill_store_close(open_ok(p));
    sql(p, "PRAGMA user_version=99");
    char want[800];
    snprintf(want, sizeof want, "%s: written by a newer drill (schema 99; this one reads %d)", p,
             DRILL_STORE_SCHEMA);
    ck_assert_ptr_null(drill_store_open(p, DRILL_STORE_WRITE, err, sizeof err));
    ck_assert_str_eq(err, want);
    /* still refused, still intact */
    ck_assert_ptr_null(drill_store_open(p, DRILL_STORE_WRITE, err, sizeof err));
    ck_assert_str_eq(sql(p, "PRAGMA user_version"), "99");
}
END_TEST

START_TEST(refused_store_left_untouched)
{
    /* a refused store is not written at all: not even switched to WAL */
    const char *p = path_in("newer.db");
    sql(p, "PRAGMA journal_mode=DELETE");
    sql(p, "CREATE TABLE future(x)");
    sql(p, "PRAGMA user_version=3");
    ck_assert_ptr_null(drill_store_open(p, DRILL_STORE_WRITE, err, sizeof err));
    char wal[800];
    snprintf(wal, sizeof wal, "%s-wal", p);
    ck_assert_int_ne(access(wal, F_OK), 0);
    ck_assert_str_eq(sql(p, "PRAGMA journal_mode"), "delete");
    ck_assert_str_eq(sql(p, "PRAGMA user_version"), "3");
}
END_TEST

START_TEST(refuse_foreign_file)
{
    const char *p = path_in("notes.txt");
    char tmp[700];
    unit_write(tmp, sizeof tmp, unit_dir, "notes.txt", "my precious notes, not a database\n", 34);
    char want[800];
    snprintf(want, sizeof want, "%s: not a drill progress store (not an SQLite database)", p);
    ck_assert_ptr_null(drill_store_open(p, DRILL_STORE_WRITE, err, sizeof err));
    ck_assert_str_eq(err, want);
    /* shorter than the SQLite header */
    unit_write(tmp, sizeof tmp, unit_dir, "short", "x", 1);
    ck_assert_ptr_null(drill_store_open(tmp, DRILL_STORE_WRITE, err, sizeof err));
    /* and the file is untouched */
    FILE *f = fopen(p, "rb");
    char back[64] = "";
    ck_assert_uint_eq(fread(back, 1, sizeof back - 1, f), 34);
    fclose(f);
    ck_assert_int_eq(strncmp(back, "my precious notes", 17), 0);
}
END_TEST

START_TEST(empty_file_becomes_store)
{
    char p[700];
    unit_write(p, sizeof p, unit_dir, "empty.db", "", 0);
    struct drill_store *st = open_ok(p);
    drill_store_close(st);
    ck_assert_str_eq(sql(p, "PRAGMA user_version"), "2");
}
END_TEST

START_TEST(directory_cannot_be_made)
{
    char blocker[700];
    unit_write(blocker, sizeof blocker, unit_dir, "file", "x", 1);
    const char *p = path_in("file/sub/progress.db");
    ck_assert_ptr_null(drill_store_open(p, DRILL_STORE_WRITE, err, sizeof err));
    char want[800];
    snprintf(want, sizeof want, "%s: cannot create its directory: Not a directory", p);
    ck_assert_str_eq(err, want);
}
END_TEST

START_TEST(path_is_a_directory)
{
    const char *p = path_in("dir.db");
    ck_assert_int_eq(mkdir(p, 0700), 0);
    ck_assert_ptr_null(drill_store_open(p, DRILL_STORE_WRITE, err, sizeof err));
    ck_assert_int_eq(strncmp(err, p, strlen(p)), 0);
    ck_assert_int_eq(err[strlen(p)], ':');
}
END_TEST

/* The whole file, to compare before and after. */
static size_t slurp(const char *path, char *buf, size_t cap)
{
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "cannot read %s", path);
    size_t n = fread(buf, 1, cap, f);
    fclose(f);
    return n;
}

static int exists(const char *path)
{
    return access(path, F_OK) == 0;
}

/* A schema-1 store in the rollback-journal mode of an older drill, with one attempt. */
static void make_legacy_store(const char *p)
{
    sql(p, "PRAGMA journal_mode=DELETE");
    sql(p, "CREATE TABLE attempts (id INTEGER PRIMARY KEY, question TEXT NOT NULL,"
           " mode TEXT NOT NULL, score REAL NOT NULL, pass INTEGER NOT NULL, seconds REAL,"
           " answered_at REAL NOT NULL)");
    sql(p, "INSERT INTO attempts(question, mode, score, pass, seconds, answered_at)"
           " VALUES ('q.old', 'm', 0.5, 0, 3, 1000)");
    sql(p, "PRAGMA user_version=1");
}

START_TEST(read_mode_writes_nothing)
{
    /* reading sets up nothing: no WAL, no schema, not one byte changed */
    const char *p = path_in("legacy.db");
    make_legacy_store(p);
    static char before[65536], after[65536];
    size_t nb = slurp(p, before, sizeof before);
    struct drill_store *st = drill_store_open(p, DRILL_STORE_READ, err, sizeof err);
    ck_assert_msg(st != NULL, "%s", err);
    ck_assert_int_eq(drill_store_mode(st), DRILL_STORE_READ);
    struct rows r = progress(st, NULL);
    ck_assert_int_eq(r.n, 1);
    ck_assert_str_eq(r.p[0].question, "q.old");
    /* and it refuses to write, naming the file */
    struct drill_attempt a = {
        .question = "q", .mode = "m", .score = 1, .pass = 1, .seconds = 1, .when = 1};
    ck_assert_int_eq(drill_store_record(st, &a, 1, err, sizeof err), -1);
    ck_assert_int_eq(strncmp(err, p, strlen(p)), 0);
    drill_store_close(st);
    size_t na = slurp(p, after, sizeof after);
    ck_assert_uint_eq(na, nb);
    ck_assert_int_eq(memcmp(before, after, nb), 0);
    char side[800];
    snprintf(side, sizeof side, "%s-wal", p);
    ck_assert(!exists(side));
    snprintf(side, sizeof side, "%s-journal", p);
    ck_assert(!exists(side));
    ck_assert_str_eq(sql(p, "PRAGMA journal_mode"), "delete");
}
END_TEST

START_TEST(read_mode_missing_store_creates_nothing)
{
    const char *p = path_in("not/yet/progress.db");
    struct drill_store *st = drill_store_open(p, DRILL_STORE_READ, err, sizeof err);
    ck_assert_msg(st != NULL, "%s", err);
    ck_assert_int_eq(progress(st, NULL).n, 0);
    drill_store_close(st);
    ck_assert(!exists(path_in("not")));
    /* an empty file is an empty store, and stays empty */
    char e[700];
    unit_write(e, sizeof e, unit_dir, "empty.db", "", 0);
    st = drill_store_open(e, DRILL_STORE_READ, err, sizeof err);
    ck_assert_msg(st != NULL, "%s", err);
    ck_assert_int_eq(progress(st, "q").n, 0);
    drill_store_close(st);
    struct stat sb;
    ck_assert_int_eq(stat(e, &sb), 0);
    ck_assert_int_eq(sb.st_size, 0);
}
END_TEST

START_TEST(read_mode_refuses_newer_and_foreign)
{
    const char *p = path_in("progress.db");
    drill_store_close(open_ok(p));
    sql(p, "PRAGMA user_version=99");
    ck_assert_ptr_null(drill_store_open(p, DRILL_STORE_READ, err, sizeof err));
    ck_assert_ptr_nonnull(strstr(err, "written by a newer drill"));
    char t[700];
    unit_write(t, sizeof t, unit_dir, "notes.txt", "my notes, not a database\n", 25);
    ck_assert_ptr_null(drill_store_open(t, DRILL_STORE_READ, err, sizeof err));
    ck_assert_int_eq(strncmp(err, t, strlen(t)), 0);
}
END_TEST

/* Steps of the read-only check, run as a user who cannot write the store;
 * returns 0 or the number of the step that failed. */
static int read_only_steps(const char *p)
{
    char e[1024];
    struct drill_store *st = drill_store_open(p, DRILL_STORE_READ, e, sizeof e);
    if (!st)
        return 1;
    struct rows r = {0};
    if (drill_store_progress(st, NULL, collect, &r, e, sizeof e) != 0)
        return 2;
    if (r.n != 1 || strcmp(r.p[0].question, "q.one") != 0)
        return 3;
    drill_store_close(st);
    st = drill_store_open(p, DRILL_STORE_WRITE, e, sizeof e);
    if (st) {
        drill_store_close(st);
        return 4;
    }
    if (strncmp(e, p, strlen(p)) != 0 || !strstr(e, "read-only"))
        return 5;
    return 0;
}

START_TEST(read_only_store)
{
    /* A store in WAL mode on a file and directory its reader may not write:
     * it reads, and writing fails with a message naming it. Root writes
     * anyway, so as root the reader is the user nobody. */
    char dir[256];
    unit_mkdtemp(dir, sizeof dir, NULL);
    ck_assert_int_eq(chmod(dir, 0755), 0);
    char p[512];
    snprintf(p, sizeof p, "%s/progress.db", dir);
    struct drill_store *st = open_ok(p);
    struct drill_attempt a = {.question = "q.one",
                              .mode = "drill",
                              .score = 0.75,
                              .pass = 1,
                              .seconds = 12.5,
                              .when = 1700000000.0};
    ck_assert_int_eq(drill_store_record(st, &a, 1, err, sizeof err), 0);
    drill_store_close(st);
    ck_assert_int_eq(chmod(p, 0444), 0);
    ck_assert_int_eq(chmod(dir, 0555), 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            _exit(77);
        _exit(read_only_steps(p));
    }
    int status;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    chmod(dir, 0755);
    unit_rmtree(dir);
    ck_assert(WIFEXITED(status));
    if (WEXITSTATUS(status) == 77)
        return; /* no unprivileged user to run as */
    ck_assert_msg(WEXITSTATUS(status) == 0, "read-only store: step %d failed", WEXITSTATUS(status));
}
END_TEST

START_TEST(locked_store_reports_busy)
{
    /* another process holds the write lock: the record fails as busy, names
     * the store, and leaves nothing half-done; readers are not blocked */
    const char *p = path_in("p.db");
    struct drill_store *st = open_ok(p);
    sqlite3 *other;
    ck_assert_int_eq(sqlite3_open(p, &other), SQLITE_OK);
    ck_assert_int_eq(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
    struct drill_attempt a = {
        .question = "q.locked", .mode = "m", .score = 1, .pass = 1, .seconds = 1, .when = 1};
    ck_assert_int_eq(drill_store_record(st, &a, 1, err, sizeof err), DRILL_STORE_EBUSY);
    ck_assert_int_eq(strncmp(err, p, strlen(p)), 0);
    ck_assert_ptr_nonnull(strstr(err, "locked"));
    struct drill_store *reader = drill_store_open(p, DRILL_STORE_READ, err, sizeof err);
    ck_assert_msg(reader != NULL, "%s", err);
    ck_assert_int_eq(progress(reader, NULL).n, 0);
    drill_store_close(reader);
    /* once the lock is gone, the store works again: no transaction was left open */
    ck_assert_int_eq(sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_close(other), SQLITE_OK);
    ck_assert_int_eq(drill_store_record(st, &a, 1, err, sizeof err), 0);
    ck_assert_int_eq(progress(st, NULL).n, 1);
    drill_store_close(st);
}
END_TEST

/* ---------------------------------------------------------------- recording and progress */

START_TEST(progress_counts_best_last)
{
    struct drill_store *st = open_ok(path_in("p.db"));
    struct drill_attempt a[] = {
        {.question = "q.b", .mode = "drill", .score = 0.4, .pass = 0, .seconds = 30, .when = 100},
        {.question = "q.b", .mode = "drill", .score = 0.9, .pass = 1, .seconds = 20, .when = 200},
        {.question = "q.b", .mode = "quiz", .score = 0.7, .pass = 1, .seconds = 25, .when = 150},
        {.question = "q.a", .mode = "drill", .score = 0.2, .pass = 0, .seconds = 5, .when = 50},
        {.question = "q.c", .mode = "drill", .score = 0.95, .pass = 1, .seconds = 9, .when = 1000},
        {.question = "q.c", .mode = "drill", .score = 0.5, .pass = 0, .seconds = 9, .when = 3000},
    };
    ck_assert_int_eq(drill_store_record(st, a, 6, err, sizeof err), 0);
    struct rows r = progress(st, NULL);
    ck_assert_int_eq(r.n, 3);
    /* in question order */
    ck_assert_str_eq(r.p[0].question, "q.a");
    ck_assert_str_eq(r.p[1].question, "q.b");
    ck_assert_str_eq(r.p[2].question, "q.c");
    ck_assert_int_eq(r.p[0].attempts, 1);
    ck_assert_int_eq(r.p[0].passes, 0);
    ck_assert_int_eq(r.p[1].attempts, 3);
    ck_assert_int_eq(r.p[1].passes, 2);
    ck_assert_double_eq(r.p[1].best, 0.9);
    ck_assert_double_eq(r.p[1].last, 0.9); /* the latest by time, not by insertion */
    ck_assert_double_eq(r.p[1].last_when, 200);
    ck_assert_double_eq(r.p[2].best, 0.95);
    ck_assert_double_eq(r.p[2].last, 0.5);
    ck_assert_double_eq(r.p[2].last_when, 3000);
    drill_store_close(st);
}
END_TEST

START_TEST(progress_of_one_question)
{
    struct drill_store *st = open_ok(path_in("p.db"));
    struct drill_attempt a[] = {
        {.question = "x", .mode = "m", .score = 0.1, .pass = 0, .seconds = 1, .when = 1},
        {.question = "y", .mode = "m", .score = 0.2, .pass = 1, .seconds = 1, .when = 2}};
    ck_assert_int_eq(drill_store_record(st, a, 2, err, sizeof err), 0);
    struct rows r = progress(st, "y");
    ck_assert_int_eq(r.n, 1);
    ck_assert_str_eq(r.p[0].question, "y");
    ck_assert_int_eq(r.p[0].passes, 1);
    r = progress(st, "unknown");
    ck_assert_int_eq(r.n, 0);
    drill_store_close(st);
}
END_TEST

START_TEST(progress_when_empty)
{
    struct drill_store *st = open_ok(path_in("p.db"));
    struct rows r = progress(st, NULL);
    ck_assert_int_eq(r.n, 0);
    drill_store_close(st);
}
END_TEST

START_TEST(last_breaks_ties_by_insertion)
{
    struct drill_store *st = open_ok(path_in("p.db"));
    struct drill_attempt a[] = {
        {.question = "q", .mode = "m", .score = 0.3, .pass = 0, .seconds = 1, .when = 500},
        {.question = "q", .mode = "m", .score = 0.6, .pass = 1, .seconds = 1, .when = 500}};
    ck_assert_int_eq(drill_store_record(st, a, 2, err, sizeof err), 0);
    struct drill_attempt b = {
        .question = "q", .mode = "m", .score = 0.1, .pass = 0, .seconds = 1, .when = 500};
    ck_assert_int_eq(drill_store_record(st, &b, 1, err, sizeof err), 0);
    struct rows r = progress(st, "q");
    ck_assert_double_eq(r.p[0].last, 0.1);
    ck_assert_double_eq(r.p[0].best, 0.6);
    ck_assert_int_eq(r.p[0].attempts, 3);
    drill_store_close(st);
}
END_TEST

START_TEST(record_nothing_and_null_mode)
{
    struct drill_store *st = open_ok(path_in("p.db"));
    ck_assert_int_eq(drill_store_record(st, NULL, 0, err, sizeof err), 0);
    struct drill_attempt a = {
        .question = "q", .mode = NULL, .score = 1, .pass = 1, .seconds = 0, .when = 1};
    ck_assert_int_eq(drill_store_record(st, &a, 1, err, sizeof err), 0);
    drill_store_close(st);
    ck_assert_str_eq(sql(path_in("p.db"), "SELECT '[' || mode || ']' FROM attempts"), "[]");
}
END_TEST

START_TEST(batch_is_all_or_nothing)
{
    const char *p = path_in("p.db");
    struct drill_store *st = open_ok(p);
    struct drill_attempt good = {
        .question = "q.first", .mode = "m", .score = 1, .pass = 1, .seconds = 1, .when = 1};
    ck_assert_int_eq(drill_store_record(st, &good, 1, err, sizeof err), 0);
    /* the third attempt has no question: the column is NOT NULL, so the batch fails */
    struct drill_attempt batch[] = {
        {.question = "q.a", .mode = "m", .score = 0.5, .pass = 0, .seconds = 1, .when = 2},
        {.question = "q.b", .mode = "m", .score = 0.5, .pass = 0, .seconds = 1, .when = 3},
        {.question = NULL, .mode = "m", .score = 0.5, .pass = 0, .seconds = 1, .when = 4}};
    ck_assert_int_eq(drill_store_record(st, batch, 3, err, sizeof err), -1);
    char want[800];
    snprintf(want, sizeof want, "%s: NOT NULL constraint failed: attempts.question", p);
    ck_assert_str_eq(err, want);
    struct rows r = progress(st, NULL);
    ck_assert_int_eq(r.n, 1);
    ck_assert_str_eq(r.p[0].question, "q.first");
    /* no transaction is left open: the store goes on working */
    ck_assert_int_eq(drill_store_record(st, batch, 2, err, sizeof err), 0);
    r = progress(st, NULL);
    ck_assert_int_eq(r.n, 3);
    drill_store_close(st);
    ck_assert_str_eq(sql(p, "SELECT COUNT(*) FROM attempts"), "3");
}
END_TEST

START_TEST(record_fails_cleanly_without_table)
{
    const char *p = path_in("p.db");
    struct drill_store *st = open_ok(p);
    sql(p, "DROP TABLE attempts");
    struct drill_attempt a = {
        .question = "q", .mode = "m", .score = 1, .pass = 1, .seconds = 1, .when = 1};
    ck_assert_int_eq(drill_store_record(st, &a, 1, err, sizeof err), -1);
    ck_assert_int_eq(strncmp(err, p, strlen(p)), 0);
    ck_assert_int_eq(drill_store_progress(st, NULL, collect, &(struct rows){0}, err, sizeof err),
                     -1);
    ck_assert_ptr_nonnull(strstr(err, "no such table"));
    drill_store_close(st);
}
END_TEST

START_TEST(many_attempts_one_transaction)
{
    struct drill_store *st = open_ok(path_in("p.db"));
    static struct drill_attempt a[2000];
    static char names[10][8];
    for (int i = 0; i < 10; i++)
        snprintf(names[i], sizeof names[i], "q.%d", i);
    for (int i = 0; i < 2000; i++)
        a[i] = (struct drill_attempt){.question = names[i % 10],
                                      .mode = "m",
                                      .score = (i % 100) / 100.0,
                                      .pass = i % 2,
                                      .seconds = 1,
                                      .when = i};
    ck_assert_int_eq(drill_store_record(st, a, 2000, err, sizeof err), 0);
    struct rows r = progress(st, NULL);
    ck_assert_int_eq(r.n, 10);
    ck_assert_int_eq(r.p[0].attempts, 200);
    ck_assert_int_eq(r.p[0].passes, 0); /* q.0 gets the even i */
    ck_assert_int_eq(r.p[1].passes, 200);
    ck_assert_double_eq(r.p[9].best, 0.99);
    drill_store_close(st);
}
END_TEST

/* ---------------------------------------------------------------- default path */

START_TEST(default_path_xdg)
{
    char buf[256];
    setenv("XDG_STATE_HOME", "/srv/state", 1);
    setenv("HOME", "/home/u", 1);
    ck_assert_int_eq(drill_store_default_path(buf, sizeof buf), 0);
    ck_assert_str_eq(buf, "/srv/state/drill/progress.db");
}
END_TEST

START_TEST(default_path_home)
{
    char buf[256];
    setenv("HOME", "/home/u", 1);
    unsetenv("XDG_STATE_HOME");
    ck_assert_int_eq(drill_store_default_path(buf, sizeof buf), 0);
    ck_assert_str_eq(buf, "/home/u/.local/state/drill/progress.db");
    /* an empty or relative XDG_STATE_HOME is ignored, as the XDG spec says */
    setenv("XDG_STATE_HOME", "", 1);
    ck_assert_int_eq(drill_store_default_path(buf, sizeof buf), 0);
    ck_assert_str_eq(buf, "/home/u/.local/state/drill/progress.db");
    setenv("XDG_STATE_HOME", "relative/state", 1);
    ck_assert_int_eq(drill_store_default_path(buf, sizeof buf), 0);
    ck_assert_str_eq(buf, "/home/u/.local/state/drill/progress.db");
}
END_TEST

START_TEST(default_path_none)
{
    char buf[256];
    unsetenv("XDG_STATE_HOME");
    unsetenv("HOME");
    ck_assert_int_eq(drill_store_default_path(buf, sizeof buf), -1);
    setenv("HOME", "", 1);
    ck_assert_int_eq(drill_store_default_path(buf, sizeof buf), -1);
}
END_TEST

START_TEST(default_path_too_long)
{
    char buf[20];
    setenv("XDG_STATE_HOME", "/srv/state", 1);
    ck_assert_int_eq(drill_store_default_path(buf, sizeof buf), -1);
    char exact[sizeof "/srv/state/drill/progress.db"];
    ck_assert_int_eq(drill_store_default_path(exact, sizeof exact), 0);
    ck_assert_int_eq(drill_store_default_path(exact, sizeof exact - 1), -1);
}
END_TEST

/* ---------------------------------------------------------------- the review log */

struct log {
    int n;
    struct {
        long long id;
        char question[72], answer[128], hash[72];
        int rating, override, unscheduled, pass;
        double when;
    } r[16];
};

static void collect_review(const struct drill_review *v, void *ud)
{
    struct log *l = ud;
    if (l->n >= 16)
        return;
    l->r[l->n].id = v->id;
    snprintf(l->r[l->n].question, sizeof l->r[l->n].question, "%s", v->question);
    snprintf(l->r[l->n].answer, sizeof l->r[l->n].answer, "%.*s", (int)v->answer_len,
             v->answer ? v->answer : "");
    snprintf(l->r[l->n].hash, sizeof l->r[l->n].hash, "%s", v->hash ? v->hash : "");
    l->r[l->n].rating = v->rating;
    l->r[l->n].override = v->override;
    l->r[l->n].unscheduled = v->unscheduled;
    l->r[l->n].pass = v->pass;
    l->r[l->n].when = v->when;
    l->n++;
}

static struct log history(struct drill_store *st, const char *question, long long limit)
{
    struct log l = {0};
    ck_assert_msg(drill_store_history(st, question, limit, collect_review, &l, err, sizeof err) ==
                      0,
                  "%s", err);
    return l;
}

START_TEST(migrates_schema_1_in_place)
{
    const char *p = path_in("legacy.db");
    make_legacy_store(p);
    struct drill_store *st = open_ok(p);
    drill_store_close(st);
    ck_assert_str_eq(sql(p, "PRAGMA user_version"), "2");
    /* nothing lost: the old attempt is there, with no rating */
    ck_assert_str_eq(sql(p, "SELECT question || ' ' || score || ' ' || answered_at FROM attempts"),
                     "q.old 0.5 1000.0");
    ck_assert_str_eq(sql(p, "SELECT COALESCE(rating, 'none') || unscheduled FROM attempts"),
                     "none0");
    ck_assert_str_eq(sql(p, "SELECT COUNT(*) FROM overrides"), "0");
    /* and opening again changes nothing more */
    st = open_ok(p);
    struct log l = history(st, NULL, 0);
    ck_assert_int_eq(l.n, 1);
    ck_assert_str_eq(l.r[0].question, "q.old");
    ck_assert_int_eq(l.r[0].rating, 0);
    drill_store_close(st);
}
END_TEST

START_TEST(review_log_keeps_rating_hash_answer)
{
    const char *p = path_in("p.db");
    struct drill_store *st = open_ok(p);
    struct drill_attempt a[] = {
        {.question = "q.a",
         .mode = "review",
         .score = 0.8,
         .pass = 1,
         .seconds = 20,
         .when = 100,
         .rating = 3,
         .hash = "abc123",
         .answer = "my own words",
         .answer_len = 12},
        {.question = "q.a",
         .mode = "cram",
         .score = 0.2,
         .pass = 0,
         .seconds = 5,
         .when = 200,
         .rating = 1,
         .unscheduled = 1},
        {.question = "q.b", .mode = "review", .score = 1, .pass = 1, .seconds = 3, .when = 150},
    };
    ck_assert_int_eq(drill_store_record(st, a, 3, err, sizeof err), 0);
    struct log l = history(st, NULL, 0);
    ck_assert_int_eq(l.n, 3);
    /* oldest first */
    ck_assert(l.r[0].when == 100 && l.r[1].when == 150 && l.r[2].when == 200);
    ck_assert_str_eq(l.r[0].answer, "my own words");
    ck_assert_str_eq(l.r[0].hash, "abc123");
    ck_assert_int_eq(l.r[0].rating, 3);
    ck_assert_int_eq(l.r[2].unscheduled, 1);
    ck_assert_int_eq(l.r[1].rating, 0);
    /* one question, and the newest n */
    ck_assert_int_eq(history(st, "q.a", 0).n, 2);
    l = history(st, NULL, 2);
    ck_assert_int_eq(l.n, 2);
    ck_assert(l.r[0].when == 150 && l.r[1].when == 200);
    drill_store_close(st);
}
END_TEST

START_TEST(override_is_logged_beside_the_grade)
{
    const char *p = path_in("p.db");
    struct drill_store *st = open_ok(p);
    struct drill_attempt a = {
        .question = "q.a", .mode = "review", .score = 0.3, .when = 100, .rating = 1};
    ck_assert_int_eq(drill_store_record(st, &a, 1, err, sizeof err), 0);
    struct log l = history(st, NULL, 0);
    ck_assert_int_eq(drill_store_override(st, l.r[0].id, 3, err, sizeof err), 0);
    l = history(st, NULL, 0);
    ck_assert_int_eq(l.r[0].rating, 1);
    ck_assert_int_eq(l.r[0].override, 3);
    /* a second override replaces the first */
    ck_assert_int_eq(drill_store_override(st, l.r[0].id, 4, err, sizeof err), 0);
    ck_assert_int_eq(history(st, NULL, 0).r[0].override, 4);
    /* no such attempt, a bad rating: errors naming the store */
    ck_assert_int_eq(drill_store_override(st, 999, 3, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "no attempt 999"));
    ck_assert_int_eq(drill_store_override(st, l.r[0].id, 5, err, sizeof err), -1);
    ck_assert_int_eq(strncmp(err, p, strlen(p)), 0);
    drill_store_close(st);
    /* read-only: refused */
    st = drill_store_open(p, DRILL_STORE_READ, err, sizeof err);
    ck_assert_ptr_nonnull(st);
    ck_assert_int_eq(drill_store_override(st, l.r[0].id, 3, err, sizeof err), -1);
    drill_store_close(st);
}
END_TEST

START_TEST(read_only_schema_1_history)
{
    /* an old store read without upgrading it: the log reads, with no ratings */
    const char *p = path_in("legacy.db");
    make_legacy_store(p);
    struct drill_store *st = drill_store_open(p, DRILL_STORE_READ, err, sizeof err);
    ck_assert_msg(st != NULL, "%s", err);
    struct log l = history(st, NULL, 0);
    ck_assert_int_eq(l.n, 1);
    ck_assert_str_eq(l.r[0].question, "q.old");
    ck_assert_int_eq(l.r[0].rating, 0);
    drill_store_close(st);
    ck_assert_str_eq(sql(p, "PRAGMA user_version"), "1");
}
END_TEST

static Suite *store_suite(void)
{
    Suite *s = suite_create("store");
    TCase *tc = tcase_create("open");
    unit_scratch(tc);
    tcase_add_test(tc, create_with_nested_dirs);
    tcase_add_test(tc, reopen_keeps_data);
    tcase_add_test(tc, close_null);
    tcase_add_test(tc, refuse_newer_schema);
    tcase_add_test(tc, refused_store_left_untouched);
    tcase_add_test(tc, refuse_foreign_file);
    tcase_add_test(tc, empty_file_becomes_store);
    tcase_add_test(tc, directory_cannot_be_made);
    tcase_add_test(tc, path_is_a_directory);
    tcase_add_test(tc, read_only_store);
    tcase_add_test(tc, read_mode_writes_nothing);
    tcase_add_test(tc, read_mode_missing_store_creates_nothing);
    tcase_add_test(tc, read_mode_refuses_newer_and_foreign);
    tcase_add_test(tc, locked_store_reports_busy);
    suite_add_tcase(s, tc);

    tc = tcase_create("record");
    unit_scratch(tc);
    tcase_add_test(tc, progress_counts_best_last);
    tcase_add_test(tc, progress_of_one_question);
    tcase_add_test(tc, progress_when_empty);
    tcase_add_test(tc, last_breaks_ties_by_insertion);
    tcase_add_test(tc, record_nothing_and_null_mode);
    tcase_add_test(tc, batch_is_all_or_nothing);
    tcase_add_test(tc, record_fails_cleanly_without_table);
    tcase_add_test(tc, many_attempts_one_transaction);
    tcase_add_test(tc, migrates_schema_1_in_place);
    tcase_add_test(tc, review_log_keeps_rating_hash_answer);
    tcase_add_test(tc, override_is_logged_beside_the_grade);
    tcase_add_test(tc, read_only_schema_1_history);
    suite_add_tcase(s, tc);

    tc = tcase_create("default_path");
    tcase_add_test(tc, default_path_xdg);
    tcase_add_test(tc, default_path_home);
    tcase_add_test(tc, default_path_none);
    tcase_add_test(tc, default_path_too_long);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return unit_run(store_suite());
}
