/* Check suite for file: whole-file reads under a limit, and atomic writes. */
#define _XOPEN_SOURCE 700

#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "file.h"
#include "unit.h"

/* Number of entries in `unit_dir` other than . and .. */
static int entries(const char *path)
{
    DIR *d = opendir(path);
    ck_assert_ptr_nonnull(d);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            n++;
    closedir(d);
    return n;
}

static void slurp(const char *path, char *buf, size_t cap)
{
    FILE *f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    size_t n = fread(buf, 1, cap - 1, f);
    buf[n] = '\0';
    fclose(f);
}

START_TEST(read_whole_file)
{
    char path[512];
    unit_write(path, sizeof path, unit_dir, "a.txt", "hello\nworld\n", 12);
    struct drill_diags d;
    drill_diags_init(&d);
    char *buf;
    size_t len;
    ck_assert_int_eq(drill_file_read(path, 1024, &buf, &len, &d), DRILL_OK);
    ck_assert_uint_eq(len, 12);
    ck_assert_str_eq(buf, "hello\nworld\n");
    ck_assert_int_eq(d.n, 0);
    free(buf);
}
END_TEST

START_TEST(read_keeps_nul_bytes)
{
    char path[512];
    unit_write(path, sizeof path, unit_dir, "bin", "a\0b", 3);
    struct drill_diags d;
    drill_diags_init(&d);
    char *buf;
    size_t len;
    ck_assert_int_eq(drill_file_read(path, 1024, &buf, &len, &d), DRILL_OK);
    ck_assert_uint_eq(len, 3);
    ck_assert_int_eq(memcmp(buf, "a\0b", 4), 0); /* and NUL-terminated */
    free(buf);
}
END_TEST

START_TEST(read_empty_file)
{
    char path[512];
    unit_write(path, sizeof path, unit_dir, "empty", "", 0);
    struct drill_diags d;
    drill_diags_init(&d);
    char *buf;
    size_t len = 99;
    ck_assert_int_eq(drill_file_read(path, 1024, &buf, &len, &d), DRILL_OK);
    ck_assert_uint_eq(len, 0);
    ck_assert_ptr_nonnull(buf);
    ck_assert_str_eq(buf, "");
    free(buf);
}
END_TEST

START_TEST(read_at_limit)
{
    char path[512];
    unit_write(path, sizeof path, unit_dir, "ten", "0123456789", 10);
    struct drill_diags d;
    drill_diags_init(&d);
    char *buf;
    size_t len;
    ck_assert_int_eq(drill_file_read(path, 10, &buf, &len, &d), DRILL_OK);
    ck_assert_uint_eq(len, 10);
    free(buf);
}
END_TEST

START_TEST(read_over_limit)
{
    char path[512], want[600];
    unit_write(path, sizeof path, unit_dir, "eleven", "0123456789A", 11);
    struct drill_diags d;
    drill_diags_init(&d);
    char *buf = (char *)1;
    size_t len = 1;
    ck_assert_int_eq(drill_file_read(path, 10, &buf, &len, &d), DRILL_EXIT_DATA);
    ck_assert_ptr_null(buf);
    ck_assert_uint_eq(len, 0);
    ck_assert_int_eq(d.n, 1);
    snprintf(want, sizeof want, "%s: file is 11 bytes, over the limit of 10", path);
    ck_assert_str_eq(d.msg[0], want);
    ck_assert_int_eq(d.status, DRILL_EXIT_DATA);
}
END_TEST

START_TEST(read_stream_over_limit)
{
    /* a device has no size to check up front: the limit holds while reading */
    struct drill_diags d;
    drill_diags_init(&d);
    char *buf;
    size_t len;
    ck_assert_int_eq(drill_file_read("/dev/zero", 100000, &buf, &len, &d), DRILL_EXIT_DATA);
    ck_assert_ptr_null(buf);
    ck_assert_str_eq(d.msg[0], "/dev/zero: file is over the limit of 100000 bytes");
}
END_TEST

START_TEST(read_empty_stream)
{
    struct drill_diags d;
    drill_diags_init(&d);
    char *buf;
    size_t len;
    ck_assert_int_eq(drill_file_read("/dev/null", 100, &buf, &len, &d), DRILL_OK);
    ck_assert_uint_eq(len, 0);
    free(buf);
}
END_TEST

START_TEST(read_missing)
{
    char path[512], want[600];
    snprintf(path, sizeof path, "%s/no-such-file.json", unit_dir);
    struct drill_diags d;
    drill_diags_init(&d);
    char *buf;
    size_t len;
    ck_assert_int_eq(drill_file_read(path, 100, &buf, &len, &d), DRILL_EXIT_NOINPUT);
    ck_assert_ptr_null(buf);
    snprintf(want, sizeof want, "%s: No such file or directory", path);
    ck_assert_str_eq(d.msg[0], want);
    ck_assert_int_eq(d.status, DRILL_EXIT_NOINPUT);
}
END_TEST

START_TEST(read_directory)
{
    char want[600];
    struct drill_diags d;
    drill_diags_init(&d);
    char *buf;
    size_t len;
    ck_assert_int_eq(drill_file_read(unit_dir, 100, &buf, &len, &d), DRILL_EXIT_NOINPUT);
    ck_assert_ptr_null(buf);
    snprintf(want, sizeof want, "%s: is a directory, expected a file", unit_dir);
    ck_assert_str_eq(d.msg[0], want);
}
END_TEST

START_TEST(read_unreadable)
{
    if (geteuid() == 0)
        return; /* root reads anything */
    char path[512];
    unit_write(path, sizeof path, unit_dir, "secret", "x", 1);
    chmod(path, 0);
    struct drill_diags d;
    drill_diags_init(&d);
    char *buf;
    size_t len;
    ck_assert_int_eq(drill_file_read(path, 100, &buf, &len, &d), DRILL_EXIT_NOINPUT);
    ck_assert_ptr_null(buf);
    ck_assert_ptr_nonnull(strstr(d.msg[0], "Permission denied"));
}
END_TEST

START_TEST(is_dir)
{
    char path[512];
    unit_write(path, sizeof path, unit_dir, "f", "x", 1);
    ck_assert_int_eq(drill_file_is_dir(unit_dir), 1);
    ck_assert_int_eq(drill_file_is_dir(path), 0);
    snprintf(path, sizeof path, "%s/missing", unit_dir);
    ck_assert_int_eq(drill_file_is_dir(path), 0);
}
END_TEST

START_TEST(write_creates)
{
    char path[512], got[64];
    snprintf(path, sizeof path, "%s/new.txt", unit_dir);
    ck_assert_int_eq(drill_file_write_atomic(path, "fresh", 5), 0);
    slurp(path, got, sizeof got);
    ck_assert_str_eq(got, "fresh");
    ck_assert_int_eq(entries(unit_dir), 1); /* no temporary file left beside it */
}
END_TEST

START_TEST(write_replaces)
{
    char path[512], got[64];
    unit_write(path, sizeof path, unit_dir, "state.txt", "old content that is longer", 26);
    ck_assert_int_eq(drill_file_write_atomic(path, "new", 3), 0);
    slurp(path, got, sizeof got);
    ck_assert_str_eq(got, "new");
    ck_assert_int_eq(entries(unit_dir), 1);
}
END_TEST

START_TEST(write_replaces_inode)
{
    /* a reader holding the old file keeps seeing the old content: rename, not rewrite */
    char path[512], got[64];
    unit_write(path, sizeof path, unit_dir, "s", "before", 6);
    FILE *old = fopen(path, "rb");
    ck_assert_ptr_nonnull(old);
    ck_assert_int_eq(drill_file_write_atomic(path, "after", 5), 0);
    size_t n = fread(got, 1, sizeof got - 1, old);
    got[n] = '\0';
    fclose(old);
    ck_assert_str_eq(got, "before");
    slurp(path, got, sizeof got);
    ck_assert_str_eq(got, "after");
}
END_TEST

START_TEST(write_empty)
{
    char path[512];
    unit_write(path, sizeof path, unit_dir, "e", "something", 9);
    ck_assert_int_eq(drill_file_write_atomic(path, "", 0), 0);
    struct stat sb;
    ck_assert_int_eq(stat(path, &sb), 0);
    ck_assert_int_eq(sb.st_size, 0);
}
END_TEST

START_TEST(write_then_read)
{
    char path[512];
    snprintf(path, sizeof path, "%s/round", unit_dir);
    static char big[300000];
    for (size_t i = 0; i < sizeof big; i++)
        big[i] = (char)(i * 7);
    ck_assert_int_eq(drill_file_write_atomic(path, big, sizeof big), 0);
    struct drill_diags d;
    drill_diags_init(&d);
    char *buf;
    size_t len;
    ck_assert_int_eq(drill_file_read(path, sizeof big, &buf, &len, &d), DRILL_OK);
    ck_assert_uint_eq(len, sizeof big);
    ck_assert_int_eq(memcmp(buf, big, len), 0);
    free(buf);
}
END_TEST

START_TEST(write_into_missing_dir)
{
    char path[512];
    snprintf(path, sizeof path, "%s/no/such/dir/f", unit_dir);
    errno = 0;
    ck_assert_int_eq(drill_file_write_atomic(path, "x", 1), -1);
    ck_assert_int_eq(errno, ENOENT);
    ck_assert_int_eq(entries(unit_dir), 0);
}
END_TEST

START_TEST(write_over_directory_fails_cleanly)
{
    /* the rename fails; the temporary file must not be left behind */
    char path[512];
    snprintf(path, sizeof path, "%s/sub", unit_dir);
    ck_assert_int_eq(mkdir(path, 0700), 0);
    ck_assert_int_eq(drill_file_write_atomic(path, "x", 1), -1);
    ck_assert_int_ne(errno, 0);
    ck_assert_int_eq(entries(unit_dir), 1);
    ck_assert_int_eq(drill_file_is_dir(path), 1);
}
END_TEST

/* drill_file_realpath answers as realpath does, for each kind of path, asked once and again
 * (its directories remembered from the first time). */
START_TEST(realpath_as_realpath)
{
    char p[512], q[512];
    snprintf(p, sizeof p, "%s/d", unit_dir);
    ck_assert_int_eq(mkdir(p, 0700), 0);
    snprintf(p, sizeof p, "%s/d/f.lua", unit_dir);
    ck_assert_int_eq(drill_file_write_atomic(p, "x", 1), 0);
    snprintf(p, sizeof p, "%s/d/f.lua", unit_dir);
    snprintf(q, sizeof q, "%s/link.lua", unit_dir);
    ck_assert_int_eq(symlink(p, q), 0); /* a link to a file */
    snprintf(p, sizeof p, "%s/d", unit_dir);
    snprintf(q, sizeof q, "%s/dirlink", unit_dir);
    ck_assert_int_eq(symlink(p, q), 0); /* a link to a directory */
    snprintf(q, sizeof q, "%s/d/dangling.lua", unit_dir);
    ck_assert_int_eq(symlink("nowhere.lua", q), 0);
    const char *rel[] = {
        "d/f.lua",   "link.lua", "dirlink/f.lua", "dirlink/../d/f.lua", "d/.",
        "d/..",      "d/",       "d/missing.lua", "missing/f.lua",      "d/dangling.lua",
        "d/f.lua/x", "dirlink",  "d//f.lua",      "./d/f.lua"};
    for (int round = 0; round < 2; round++)
        for (size_t i = 0; i < sizeof rel / sizeof *rel; i++) {
            char path[600], want[PATH_MAX], got[PATH_MAX];
            snprintf(path, sizeof path, "%s/%s", unit_dir, rel[i]);
            errno = 0;
            char *w = realpath(path, want);
            int werr = errno;
            errno = 0;
            char *g = drill_file_realpath(path, got);
            ck_assert_msg((w == NULL) == (g == NULL), "%s: realpath %s, drill_file_realpath %s",
                          path, w ? w : "NULL", g ? g : "NULL");
            if (w)
                ck_assert_str_eq(got, want);
            else
                ck_assert_int_eq(errno, werr);
        }
    /* relative paths and the root's files too */
    char want[PATH_MAX], got[PATH_MAX];
    ck_assert_ptr_nonnull(drill_file_realpath(".", got));
    ck_assert_str_eq(got, realpath(".", want));
    ck_assert_ptr_nonnull(drill_file_realpath("/tmp", got));
    ck_assert_str_eq(got, realpath("/tmp", want));
}
END_TEST

static Suite *file_suite(void)
{
    Suite *s = suite_create("file");
    TCase *tc = tcase_create("read");
    unit_scratch(tc);
    tcase_add_test(tc, read_whole_file);
    tcase_add_test(tc, realpath_as_realpath);
    tcase_add_test(tc, read_keeps_nul_bytes);
    tcase_add_test(tc, read_empty_file);
    tcase_add_test(tc, read_at_limit);
    tcase_add_test(tc, read_over_limit);
    tcase_add_test(tc, read_stream_over_limit);
    tcase_add_test(tc, read_empty_stream);
    tcase_add_test(tc, read_missing);
    tcase_add_test(tc, read_directory);
    tcase_add_test(tc, read_unreadable);
    tcase_add_test(tc, is_dir);
    suite_add_tcase(s, tc);

    tc = tcase_create("write");
    unit_scratch(tc);
    tcase_add_test(tc, write_creates);
    tcase_add_test(tc, write_replaces);
    tcase_add_test(tc, write_replaces_inode);
    tcase_add_test(tc, write_empty);
    tcase_add_test(tc, write_then_read);
    tcase_add_test(tc, write_into_missing_dir);
    tcase_add_test(tc, write_over_directory_fails_cleanly);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return unit_run(file_suite());
}
