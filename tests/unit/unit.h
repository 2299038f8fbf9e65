/* Shared helpers for the Check suites: running a suite, and scratch directories. */
#ifndef DRILL_TEST_UNIT_H
#define DRILL_TEST_UNIT_H

#include <check.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Runs `s` with Check's normal output, so ctest logs carry the summary line. */
static inline int unit_run(Suite *s)
{
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

/* Creates a fresh directory under `base` (NULL: $TMPDIR or /tmp) and writes its path to buf. */
static inline void unit_mkdtemp(char *buf, size_t cap, const char *base)
{
    if (!base)
        base = getenv("TMPDIR");
    if (!base || !*base)
        base = "/tmp";
    int n = snprintf(buf, cap, "%s/drill-unit-XXXXXX", base);
    ck_assert_int_lt(n, (int)cap);
    ck_assert_msg(mkdtemp(buf) != NULL, "mkdtemp %s failed", buf);
}

static inline int unit_rm_one(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    return remove(path);
}

/* Removes a directory made by unit_tmpdir, with everything in it. */
static inline void unit_rmtree(const char *dir)
{
    nftw(dir, unit_rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

/* Scratch space. A test case's unchecked fixture makes `unit_root` once (in the
 * runner, so it is removed even when a test fails and its process exits early);
 * each test's checked fixture makes its own `unit_dir` inside it. */
static char unit_root[256] __attribute__((unused)), unit_dir[512] __attribute__((unused));

static inline void unit_root_setup(void)
{
    unit_mkdtemp(unit_root, sizeof unit_root, NULL);
}

static inline void unit_root_teardown(void)
{
    unit_rmtree(unit_root);
}

static inline void unit_dir_setup(void)
{
    unit_mkdtemp(unit_dir, sizeof unit_dir, unit_root);
}

static inline void unit_dir_teardown(void)
{
    unit_rmtree(unit_dir);
}

/* Adds both fixtures to `tc`. */
static inline void unit_scratch(TCase *tc)
{
    tcase_add_unchecked_fixture(tc, unit_root_setup, unit_root_teardown);
    tcase_add_checked_fixture(tc, unit_dir_setup, unit_dir_teardown);
}

/* Writes `len` bytes to dir/name and returns the path in buf. */
static inline const char *unit_write(char *buf, size_t cap, const char *dir, const char *name,
                                     const char *data, size_t len)
{
    snprintf(buf, cap, "%s/%s", dir, name);
    FILE *f = fopen(buf, "wb");
    ck_assert_msg(f != NULL, "cannot create %s", buf);
    ck_assert_uint_eq(fwrite(data, 1, len, f), len);
    ck_assert_int_eq(fclose(f), 0);
    return buf;
}

#endif
