/* The cache of parsed bank files: kept while the file is unchanged, refused otherwise. */
#define _XOPEN_SOURCE 700
#include <check.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cache.h"
#include "drill_limits.h"
#include "json.h"
#include "unit.h"

static char dir[512], bank[600], cachedir[600];

static void setup(void)
{
    unit_mkdtemp(dir, sizeof dir, NULL);
    snprintf(bank, sizeof bank, "%s/b.json", dir);
    snprintf(cachedir, sizeof cachedir, "%s/cache/drill", dir);
    FILE *f = fopen(bank, "w");
    ck_assert(f != NULL);
    fputs("{\n  \"questions\": [{\"id\": \"x.one\", \"n\": 1.5}]\n}\n", f);
    fclose(f);
}

static void teardown(void)
{
    unit_rmtree(dir);
}

static struct drill_json *parse_bank(void)
{
    FILE *f = fopen(bank, "rb");
    char buf[4096];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    struct drill_diags d;
    drill_diags_init(&d);
    struct drill_json *doc = drill_json_parse(buf, n, bank, &d);
    ck_assert(doc != NULL);
    return doc;
}

/* What stat says of the bank, with its times moved `ago` seconds into the past (into the
 * future when negative): a file changed within the last two seconds is not saved. */
static struct stat stat_bank(long ago)
{
    struct stat st;
    ck_assert_int_eq(stat(bank, &st), 0);
    st.st_mtim.tv_sec -= ago;
    st.st_ctim.tv_sec -= ago;
    return st;
}

/* Parses the bank and keeps it in the cache, as a file changed a minute ago. */
static struct stat keep_bank(void)
{
    struct drill_json *doc = parse_bank();
    struct stat st = stat_bank(60);
    drill_cache_save(cachedir, bank, &st, doc, NULL);
    drill_json_free(doc);
    return st;
}

static int files_in(const char *d)
{
    char cmd[700];
    snprintf(cmd, sizeof cmd, "ls -A '%s' 2>/dev/null | wc -l", d);
    FILE *p = popen(cmd, "r");
    int n = -1;
    ck_assert(fscanf(p, "%d", &n) == 1);
    pclose(p);
    return n;
}

START_TEST(saved_then_loaded)
{
    struct drill_json *doc = parse_bank();
    struct stat st = stat_bank(60);
    ck_assert(drill_cache_load(cachedir, bank, &st) == NULL);
    drill_cache_save(cachedir, bank, &st, doc, NULL);
    ck_assert_int_eq(files_in(cachedir), 1);
    struct drill_json *back = drill_cache_load(cachedir, bank, &st);
    ck_assert(back != NULL);
    const cJSON *q = drill_json_root(back)->child->child;
    ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(q, "id")->valuestring, "x.one");
    unsigned line, col;
    ck_assert(drill_json_pos(back, q, 0, &line, &col));
    ck_assert_uint_eq(line, 2);
    ck_assert_uint_eq(col, 17);
    drill_json_free(back);
    /* a relative path to the same file finds the same entry */
    char cwd[512];
    ck_assert(getcwd(cwd, sizeof cwd) != NULL);
    ck_assert_int_eq(chdir(dir), 0);
    back = drill_cache_load(cachedir, "b.json", &st);
    ck_assert_int_eq(chdir(cwd), 0);
    ck_assert(back != NULL);
    drill_json_free(back);
    drill_json_free(doc);
}
END_TEST

/* The light copy read back, and the whole document behind it read as often as asked
 * (drill_saved_read) until it is let go (drill_saved_load, drill_saved_close). */
START_TEST(whole_read_again)
{
    struct drill_json *doc = parse_bank();
    struct stat st = stat_bank(60);
    static const char *const heavy[] = {"n", NULL};
    drill_cache_save(cachedir, bank, &st, doc, heavy);
    drill_json_free(doc);
    struct drill_saved whole;
    struct drill_json *light = drill_cache_load_light(cachedir, bank, &st, &whole);
    ck_assert_ptr_nonnull(light);
    const cJSON *q = drill_json_root(light)->child->child;
    ck_assert_ptr_null(cJSON_GetObjectItemCaseSensitive(q, "n")); /* left out of the light copy */
    for (int k = 0; k < 2; k++) {
        struct drill_json *w = drill_saved_read(&whole);
        ck_assert_ptr_nonnull(w);
        q = drill_json_root(w)->child->child;
        ck_assert(cJSON_GetObjectItemCaseSensitive(q, "n")->valuedouble == 1.5);
        drill_json_free(w);
    }
    struct drill_json *w = drill_saved_load(&whole); /* the last read: the descriptor goes */
    ck_assert_ptr_nonnull(w);
    ck_assert_int_lt(whole.fd, 0);
    ck_assert_ptr_null(drill_saved_read(&whole));
    drill_json_free(w);
    drill_json_free(light);
}
END_TEST

START_TEST(changed_file_refused)
{
    struct stat st = keep_bank();
    struct stat changed[6];
    for (int i = 0; i < 6; i++)
        changed[i] = st;
    changed[0].st_size++;
    changed[1].st_mtim.tv_nsec = (changed[1].st_mtim.tv_nsec + 1) % 1000000000;
    changed[2].st_ctim.tv_sec++;
    changed[3].st_ino++;
    changed[4].st_dev++;
    changed[5].st_mtim.tv_sec--;
    for (int i = 0; i < 6; i++)
        ck_assert_msg(drill_cache_load(cachedir, bank, &changed[i]) == NULL, "change %d", i);
    /* another file's entry, moved to this file's name, is not this file's */
    char other[700];
    snprintf(other, sizeof other, "%s/other.json", dir);
    ck_assert_int_eq(link(bank, other), 0);
    ck_assert(drill_cache_load(cachedir, other, &st) == NULL);
}
END_TEST

/* Changes the byte at `at` of file `path` to another (each bit flipped), whatever it was. */
static void flip_byte(const char *path, off_t at)
{
    int fd = open(path, O_RDWR);
    ck_assert_int_ge(fd, 0);
    unsigned char b;
    ck_assert(pread(fd, &b, 1, at) == 1);
    b ^= 0xff;
    ck_assert(pwrite(fd, &b, 1, at) == 1);
    close(fd);
}

START_TEST(damaged_entry_refused)
{
    struct stat st = keep_bank();
    char cmd[1400], entry[1200];
    /* a byte changed past the header, then the file cut short */
    snprintf(cmd, sizeof cmd, "ls '%s'/bank-*.cache", cachedir);
    FILE *ls = popen(cmd, "r");
    ck_assert(ls && fgets(entry, sizeof entry, ls));
    pclose(ls);
    entry[strcspn(entry, "\n")] = '\0';
    flip_byte(entry, 200);
    ck_assert(drill_cache_load(cachedir, bank, &st) == NULL);
    ck_assert_int_eq(truncate(entry, 100), 0);
    ck_assert(drill_cache_load(cachedir, bank, &st) == NULL);
}
END_TEST

/* A file whose modification or change time is not two seconds behind the clock is not
 * saved. The times given are an hour ahead of the file's own, so that no test run is slow
 * enough to see them pass: what is checked does not hang on the clock. */
START_TEST(recent_change_not_saved)
{
    struct drill_json *doc = parse_bank();
    struct stat both = stat_bank(-3600), changed = stat_bank(60), modified = stat_bank(60);
    changed.st_ctim.tv_sec += 3660;
    modified.st_mtim.tv_sec += 3660;
    drill_cache_save(cachedir, bank, &both, doc, NULL);
    drill_cache_save(cachedir, bank, &changed, doc, NULL);
    drill_cache_save(cachedir, bank, &modified, doc, NULL);
    ck_assert_int_eq(files_in(cachedir), 0);
    drill_json_free(doc);
}
END_TEST

START_TEST(nowhere_to_save)
{
    struct drill_json *doc = parse_bank();
    struct stat st = stat_bank(60);
    char under_file[700];
    snprintf(under_file, sizeof under_file, "%s/sub", bank); /* a directory inside a file */
    drill_cache_save(under_file, bank, &st, doc, NULL);
    ck_assert(drill_cache_load(under_file, bank, &st) == NULL);
    drill_cache_save("", bank, &st, doc, NULL);
    drill_cache_save(NULL, bank, &st, doc, NULL);
    ck_assert(drill_cache_load(NULL, bank, &st) == NULL);
    ck_assert_int_eq(files_in(dir), 1); /* the bank alone */
    drill_json_free(doc);
}
END_TEST

/* Writes an empty file `name` in the cache directory, last written `ago` seconds ago. */
static void plant(const char *name, long ago)
{
    char path[800];
    snprintf(path, sizeof path, "%s/%s", cachedir, name);
    FILE *f = fopen(path, "w");
    ck_assert(f != NULL);
    fclose(f);
    struct timespec t[2];
    ck_assert_int_eq(clock_gettime(CLOCK_REALTIME, &t[0]), 0);
    t[0].tv_sec -= ago;
    t[1] = t[0];
    ck_assert_int_eq(utimensat(AT_FDCWD, path, t, 0), 0);
}

static int there(const char *name)
{
    char path[800];
    snprintf(path, sizeof path, "%s/%s", cachedir, name);
    return access(path, F_OK) == 0;
}

/* The cache keeps at most DRILL_CACHE_MAX_ENTRIES entries, the oldest going first, and
 * clears what an unfinished write left once it is an hour old; other files stay. */
START_TEST(oldest_entries_go)
{
    keep_bank();
    ck_assert_int_eq(files_in(cachedir), 1);
    char name[64];
    for (int i = 0; i < DRILL_CACHE_MAX_ENTRIES + 5; i++) {
        snprintf(name, sizeof name, "bank-%016x.cache", i);
        plant(name, 1000 + i); /* entry 0 the newest of these, the last the oldest */
    }
    plant("bank-00000000000000aa.cache.AbCdEf", 7200);
    plant("bank-00000000000000bb.cache.GhIjKl", 60);
    plant("notes.txt", 99999);
    keep_bank(); /* written now: the newest of all */
    int kept = 0;
    for (int i = 0; i < DRILL_CACHE_MAX_ENTRIES + 5; i++) {
        snprintf(name, sizeof name, "bank-%016x.cache", i);
        kept += there(name);
        if (i < DRILL_CACHE_MAX_ENTRIES - 1)
            ck_assert_msg(there(name), "%s, among the newest, was removed", name);
    }
    ck_assert_int_eq(kept, DRILL_CACHE_MAX_ENTRIES - 1);
    ck_assert(!there("bank-00000000000000aa.cache.AbCdEf"));
    ck_assert(there("bank-00000000000000bb.cache.GhIjKl"));
    ck_assert(there("notes.txt"));
    struct stat st = stat_bank(60);
    struct drill_json *back = drill_cache_load(cachedir, bank, &st);
    ck_assert_msg(back != NULL, "the entry just written was removed");
    drill_json_free(back);
}
END_TEST

START_TEST(default_dir)
{
    char buf[256];
    setenv("HOME", "/home/u", 1);
    unsetenv("XDG_CACHE_HOME");
    unsetenv("DRILL_CACHE");
    ck_assert_int_eq(drill_cache_default_dir(buf, sizeof buf), 0);
    ck_assert_str_eq(buf, "/home/u/.cache/drill");
    setenv("XDG_CACHE_HOME", "relative", 1); /* not absolute: ignored, as the spec says */
    ck_assert_int_eq(drill_cache_default_dir(buf, sizeof buf), 0);
    ck_assert_str_eq(buf, "/home/u/.cache/drill");
    setenv("XDG_CACHE_HOME", "/var/c", 1);
    ck_assert_int_eq(drill_cache_default_dir(buf, sizeof buf), 0);
    ck_assert_str_eq(buf, "/var/c/drill");
    setenv("DRILL_CACHE", "/x/y", 1);
    ck_assert_int_eq(drill_cache_default_dir(buf, sizeof buf), 0);
    ck_assert_str_eq(buf, "/x/y");
    setenv("DRILL_CACHE", "", 1);
    ck_assert_int_eq(drill_cache_default_dir(buf, sizeof buf), -1);
    unsetenv("DRILL_CACHE");
    unsetenv("XDG_CACHE_HOME");
    unsetenv("HOME");
    ck_assert_int_eq(drill_cache_default_dir(buf, sizeof buf), -1);
}
END_TEST

/* ------------------------------------------------------------------ memos */

static char memofile[700];

static const char *memo_value(struct drill_memo *m, const char *key, size_t *len)
{
    return drill_memo_get(m, key, strlen(key), len);
}

/* A memo keeps what was put, writes it back at close, and a later open reads it back, bytes
 * and all (a value may hold NUL). */
START_TEST(memo_kept_between_runs)
{
    snprintf(memofile, sizeof memofile, "%s/t.memo", cachedir);
    struct drill_memo *m = drill_memo_open(cachedir, "t");
    ck_assert(m != NULL);
    size_t len;
    ck_assert(memo_value(m, "a", &len) == NULL);
    ck_assert_int_eq(drill_memo_put(m, "a", 1, "one\0two", 7), 0);
    ck_assert_int_eq(drill_memo_put(m, "a", 1, "other", 5), 0); /* the first value stands */
    for (int i = 0; i < 3000; i++) { /* enough to grow the index many times */
        char k[32], v[32];
        snprintf(k, sizeof k, "key %d", i);
        snprintf(v, sizeof v, "value %d", i * 7);
        ck_assert_int_eq(drill_memo_put(m, k, strlen(k), v, strlen(v)), 0);
    }
    const char *v = memo_value(m, "a", &len);
    ck_assert(v != NULL && len == 7 && memcmp(v, "one\0two", 7) == 0);
    drill_memo_close(m);
    ck_assert_int_eq(access(memofile, F_OK), 0);

    m = drill_memo_open(cachedir, "t");
    v = memo_value(m, "a", &len);
    ck_assert(v != NULL && len == 7 && memcmp(v, "one\0two", 7) == 0);
    v = memo_value(m, "key 2999", &len);
    ck_assert(v != NULL && len == strlen("value 20993") && memcmp(v, "value 20993", len) == 0);
    ck_assert(memo_value(m, "key 3000", &len) == NULL);
    ck_assert(memo_value(m, "", &len) == NULL);
    /* nothing added: nothing written */
    struct stat before, after;
    ck_assert_int_eq(stat(memofile, &before), 0);
    drill_memo_close(m);
    ck_assert_int_eq(stat(memofile, &after), 0);
    ck_assert(before.st_ino == after.st_ino && before.st_mtim.tv_nsec == after.st_mtim.tv_nsec);
}
END_TEST

/* A process that adds more than DRILL_MEMO_FLUSH_BYTES writes them to the file as it goes and
 * holds them no longer: a value it looks up again reads the same or misses (to be worked out
 * again), never another; the file is there before the memo is closed, and once it is, every
 * value is, beside what another process wrote meanwhile. */
START_TEST(memo_written_as_it_grows)
{
    snprintf(memofile, sizeof memofile, "%s/grow.memo", cachedir);
    struct drill_memo *m = drill_memo_open(cachedir, "grow");
    struct drill_memo *other = drill_memo_open(cachedir, "grow");
    ck_assert_int_eq(drill_memo_put(other, "theirs", 6, "kept", 4), 0);
    drill_memo_close(other);
    char v[1024];
    size_t n = 2 * DRILL_MEMO_FLUSH_BYTES / sizeof v + 10, missed = 0;
    for (size_t i = 0; i < n; i++) {
        char k[32];
        snprintf(k, sizeof k, "key %zu", i);
        memset(v, 'a' + (int)(i % 26), sizeof v);
        ck_assert_int_eq(drill_memo_put(m, k, strlen(k), v, sizeof v), 0);
        if (i == DRILL_MEMO_FLUSH_BYTES / sizeof v + 5) {
            struct stat st;
            ck_assert_int_eq(stat(memofile, &st), 0);
            ck_assert_uint_gt((size_t)st.st_size, DRILL_MEMO_FLUSH_BYTES / 2);
        }
    }
    for (size_t i = 0; i < n; i++) {
        char k[32];
        snprintf(k, sizeof k, "key %zu", i);
        size_t len;
        const char *got = memo_value(m, k, &len);
        missed += got == NULL;
        ck_assert(!got ||
                  (len == sizeof v && got[0] == 'a' + (int)(i % 26) && got[len - 1] == got[0]));
    }
    ck_assert_uint_gt(missed, 0);
    ck_assert_uint_lt(missed, n);
    drill_memo_close(m);
    m = drill_memo_open(cachedir, "grow");
    for (size_t i = 0; i < n; i++) {
        char k[32];
        snprintf(k, sizeof k, "key %zu", i);
        size_t len;
        const char *got = memo_value(m, k, &len);
        ck_assert(got != NULL && len == sizeof v && got[0] == 'a' + (int)(i % 26));
    }
    size_t len;
    ck_assert(memo_value(m, "theirs", &len) != NULL && len == 4);
    drill_memo_close(m);
}
END_TEST

/* A memo lets the pages of its file go every so many lookups: a value read before still reads
 * the same, and so do all the others, also once another run has written the file anew. */
START_TEST(memo_values_outlive_letting_go)
{
    struct drill_memo *m = drill_memo_open(cachedir, "go");
    for (int i = 0; i < 3000; i++) {
        char k[32], v[32];
        snprintf(k, sizeof k, "key %d", i);
        snprintf(v, sizeof v, "value %d", i * 7);
        ck_assert_int_eq(drill_memo_put(m, k, strlen(k), v, strlen(v)), 0);
    }
    drill_memo_close(m);
    m = drill_memo_open(cachedir, "go");
    struct drill_memo *other = drill_memo_open(cachedir, "go");
    ck_assert_int_eq(drill_memo_put(other, "new", 3, "v", 1), 0);
    drill_memo_close(other); /* renamed over the file m has mapped */
    const char *first[300];
    size_t firstlen[300];
    for (int round = 0; round < 2; round++)
        for (int i = 0; i < 3000; i++) {
            char k[32], want[32];
            snprintf(k, sizeof k, "key %d", i);
            snprintf(want, sizeof want, "value %d", i * 7);
            size_t len;
            const char *v = memo_value(m, k, &len);
            ck_assert(v != NULL && len == strlen(want) && memcmp(v, want, len) == 0);
            if (round == 0 && i < 300) {
                first[i] = v;
                firstlen[i] = len;
            }
        }
    for (int i = 0; i < 300; i++) {
        char want[32];
        snprintf(want, sizeof want, "value %d", i * 7);
        ck_assert(firstlen[i] == strlen(want) && memcmp(first[i], want, firstlen[i]) == 0);
    }
    drill_memo_close(m);
}
END_TEST

static void put_one(const char *key)
{
    struct drill_memo *m = drill_memo_open(cachedir, "t");
    ck_assert_int_eq(drill_memo_put(m, key, strlen(key), "v", 1), 0);
    drill_memo_close(m);
}

static int memo_has(const char *key)
{
    struct drill_memo *m = drill_memo_open(cachedir, "t");
    ck_assert(m != NULL);
    size_t len;
    int has = memo_value(m, key, &len) != NULL;
    drill_memo_close(m);
    return has;
}

/* A damaged memo file, cut short, grown or written by another binary, is read as empty and
 * written anew. */
START_TEST(memo_damaged_refused)
{
    snprintf(memofile, sizeof memofile, "%s/t.memo", cachedir);
    put_one("k");
    ck_assert(memo_has("k"));
    struct stat st;
    ck_assert_int_eq(stat(memofile, &st), 0);
    ck_assert_int_eq(truncate(memofile, st.st_size - 1), 0);
    ck_assert(!memo_has("k"));

    put_one("k");
    FILE *f = fopen(memofile, "ab");
    fputc('x', f);
    fclose(f);
    ck_assert(!memo_has("k"));

    put_one("k");
    flip_byte(memofile, 16 + 8); /* the binary's inode, in the header */
    ck_assert(!memo_has("k"));

    put_one("k");
    int fd = open(memofile, O_WRONLY);
    ck_assert(pwrite(fd, "\xff\xff\xff\x7f", 4, 16 + 48) == 4); /* the first key's length */
    close(fd);
    ck_assert(!memo_has("k"));
    put_one("k");
    ck_assert(memo_has("k"));

    /* a record's hash as the file keeps it, changed: the record is not found, not misread */
    flip_byte(memofile, 16 + 48 + 8);
    ck_assert(!memo_has("k"));
    put_one("k");
    ck_assert(memo_has("k"));

    ck_assert_int_eq(truncate(memofile, 0), 0);
    ck_assert(!memo_has("k"));

    /* a FIFO where the file should be: read as empty, without waiting for a writer */
    ck_assert_int_eq(unlink(memofile), 0);
    ck_assert_int_eq(mkfifo(memofile, 0600), 0);
    ck_assert(!memo_has("k"));
}
END_TEST

/* A memo opened with a most of its own takes no more than that in a run, and its file holds
 * no more. */
START_TEST(memo_max_bytes)
{
    struct drill_memo *m = drill_memo_open_max(cachedir, "small", 100);
    int taken = 0;
    for (int i = 0; i < 10; i++) {
        char k[16];
        snprintf(k, sizeof k, "key-%d", i);
        taken += drill_memo_put(m, k, strlen(k), "0123456789abcdefghijklm", 23) == 0;
    }
    ck_assert_int_eq(taken, 2); /* 44 bytes each with its lengths and hash: a third passes 100 */
    drill_memo_close(m);
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/small.memo", cachedir);
    struct stat st;
    ck_assert_int_eq(stat(path, &st), 0);
    ck_assert_int_eq(st.st_size, 16 + 48 + 2 * (16 + 28));
    m = drill_memo_open_max(cachedir, "small", 100);
    size_t len;
    ck_assert(memo_value(m, "key-0", &len) && memo_value(m, "key-1", &len));
    ck_assert(!memo_value(m, "key-2", &len));
    drill_memo_close(m);
}
END_TEST

/* A forked worker that adds to the memo it was given writes it back, and the process that
 * opened it, writing later, keeps what the worker wrote; a worker that adds nothing writes
 * nothing. */
START_TEST(memo_worker_writes_what_it_adds)
{
    snprintf(memofile, sizeof memofile, "%s/t.memo", cachedir);
    struct drill_memo *m = drill_memo_open(cachedir, "t");
    drill_memo_put(m, "p0", 2, "v", 1); /* added before the fork: the worker holds it too */
    pid_t pid = fork();
    ck_assert(pid >= 0);
    if (pid == 0) {
        drill_memo_close(m);
        _exit(0);
    }
    int status;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert_int_eq(access(memofile, F_OK), -1);
    pid = fork();
    ck_assert(pid >= 0);
    if (pid == 0) {
        drill_memo_put(m, "w", 1, "v", 1);
        drill_memo_close(m);
        _exit(0);
    }
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert(memo_has("w"));
    drill_memo_put(m, "p", 1, "v", 1);
    drill_memo_close(m);
    ck_assert(memo_has("p"));
    ck_assert(memo_has("p0"));
    ck_assert(memo_has("w"));
}
END_TEST

/* Two processes that opened the memo as it was (two workers) each add their own: the memo
 * written last holds both. */
START_TEST(memo_merged_on_write)
{
    put_one("old");
    struct drill_memo *a = drill_memo_open(cachedir, "t"), *b = drill_memo_open(cachedir, "t");
    ck_assert_int_eq(drill_memo_put(a, "from a", 6, "1", 1), 0);
    ck_assert_int_eq(drill_memo_put(b, "from b", 6, "2", 1), 0);
    drill_memo_close(a);
    drill_memo_close(b);
    ck_assert(memo_has("old"));
    ck_assert(memo_has("from a"));
    ck_assert(memo_has("from b"));
}
END_TEST

/* What another process wrote is read back through a small buffer when the memo is written:
 * records larger than the buffer and many small ones come through whole, each once; a file
 * cut short gives the records before the cut. */
START_TEST(memo_merged_streamed)
{
    snprintf(memofile, sizeof memofile, "%s/t.memo", cachedir);
    size_t big = (size_t)200 << 10, size = 16 + 48;
    char *v = malloc(big);
    ck_assert(v != NULL);
    for (size_t i = 0; i < big; i++)
        v[i] = (char)('a' + i % 26);
    struct drill_memo *a = drill_memo_open(cachedir, "t"), *b = drill_memo_open(cachedir, "t");
    ck_assert_int_eq(drill_memo_put(a, "big", 3, v, big), 0);
    for (int i = 0; i < 3000; i++) {
        char k[16];
        snprintf(k, sizeof k, "small-%d", i);
        ck_assert_int_eq(drill_memo_put(a, k, strlen(k), k, strlen(k)), 0);
        size += 16 + 2 * strlen(k);
    }
    size += (16 + 3 + big) + (16 + 4 + 1) + (16 + 6 + 1); /* big, both (once), from b */
    ck_assert_int_eq(drill_memo_put(a, "both", 4, "a", 1), 0);
    ck_assert_int_eq(drill_memo_put(b, "both", 4, "b", 1), 0);
    ck_assert_int_eq(drill_memo_put(b, "from b", 6, "2", 1), 0);
    drill_memo_close(a);
    drill_memo_close(b);
    struct drill_memo *m = drill_memo_open(cachedir, "t");
    size_t len;
    const char *got = memo_value(m, "big", &len);
    ck_assert(got && len == big && memcmp(got, v, big) == 0);
    got = memo_value(m, "small-2999", &len);
    ck_assert(got && len == 10 && memcmp(got, "small-2999", 10) == 0);
    got = memo_value(m, "both", &len);
    ck_assert(got && len == 1 && *got == 'b'); /* the writer's own value, not a second record */
    ck_assert(memo_value(m, "from b", &len) != NULL);
    drill_memo_close(m);
    struct stat st;
    ck_assert_int_eq(stat(memofile, &st), 0);
    ck_assert_int_eq(st.st_size, size);

    /* the file cut in its last records: a writer keeps what comes before the cut */
    ck_assert_int_eq(truncate(memofile, st.st_size - 20), 0);
    struct drill_memo *c = drill_memo_open(cachedir, "t"); /* reads it as damaged: empty */
    ck_assert(memo_value(c, "big", &len) == NULL);
    ck_assert_int_eq(drill_memo_put(c, "from c", 6, "3", 1), 0);
    drill_memo_close(c);
    ck_assert(memo_has("from c"));
    ck_assert(memo_has("big"));
    ck_assert(memo_has("small-10"));
    free(v);
}
END_TEST

/* No cache directory: no memo, and a NULL memo keeps nothing; one that cannot be written is
 * passed over. */
START_TEST(memo_nowhere)
{
    ck_assert(drill_memo_open(NULL, "t") == NULL);
    ck_assert(drill_memo_open("", "t") == NULL);
    size_t len;
    ck_assert(drill_memo_get(NULL, "a", 1, &len) == NULL);
    ck_assert_int_eq(drill_memo_put(NULL, "a", 1, "b", 1), -1);
    drill_memo_close(NULL);
    char sub[700];
    snprintf(sub, sizeof sub, "%s/b.json/sub", dir); /* under a file: cannot be made */
    struct drill_memo *m = drill_memo_open(sub, "t");
    ck_assert(m != NULL);
    ck_assert_int_eq(drill_memo_put(m, "a", 1, "b", 1), 0);
    drill_memo_close(m);
    ck_assert_int_eq(access(sub, F_OK), -1);
}
END_TEST

static Suite *cache_suite(void)
{
    Suite *s = suite_create("cache");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, saved_then_loaded);
    tcase_add_test(tc, whole_read_again);
    tcase_add_test(tc, changed_file_refused);
    tcase_add_test(tc, damaged_entry_refused);
    tcase_add_test(tc, recent_change_not_saved);
    tcase_add_test(tc, nowhere_to_save);
    tcase_add_test(tc, default_dir);
    tcase_add_test(tc, oldest_entries_go);
    tcase_add_test(tc, memo_kept_between_runs);
    tcase_add_test(tc, memo_values_outlive_letting_go);
    tcase_add_test(tc, memo_written_as_it_grows);
    tcase_add_test(tc, memo_damaged_refused);
    tcase_add_test(tc, memo_worker_writes_what_it_adds);
    tcase_add_test(tc, memo_max_bytes);
    tcase_add_test(tc, memo_merged_streamed);
    tcase_add_test(tc, memo_nowhere);
    tcase_add_test(tc, memo_merged_on_write);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return unit_run(cache_suite());
}
