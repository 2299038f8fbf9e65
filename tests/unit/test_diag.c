/* Check suite for diag: the "file:line:col: message" form, the cap and the exit status. */
#define _XOPEN_SOURCE 700

#include <check.h>
#include <string.h>

#include "diag.h"
#include "unit.h"

START_TEST(init_is_empty)
{
    struct drill_diags d;
    memset(&d, 0x5A, sizeof d);
    drill_diags_init(&d);
    ck_assert_int_eq(d.n, 0);
    ck_assert_int_eq(d.dropped, 0);
    ck_assert_int_eq(d.status, DRILL_OK);
}
END_TEST

START_TEST(format_with_position)
{
    struct drill_diags d;
    drill_diags_init(&d);
    drill_diag_add(&d, DRILL_EXIT_DATA, "banks/core.json", 12, 7, "expected %s", "','");
    ck_assert_int_eq(d.n, 1);
    ck_assert_str_eq(d.msg[0], "banks/core.json:12:7: expected ','");
    ck_assert_int_eq(d.status, DRILL_EXIT_DATA);
}
END_TEST

START_TEST(format_without_position)
{
    /* line 0 leaves out line and column, whatever the column says */
    struct drill_diags d;
    drill_diags_init(&d);
    drill_diag_add(&d, DRILL_EXIT_NOINPUT, "missing.json", 0, 9, "%s", "No such file or directory");
    ck_assert_str_eq(d.msg[0], "missing.json: No such file or directory");
    ck_assert_int_eq(d.status, DRILL_EXIT_NOINPUT);
}
END_TEST

START_TEST(messages_in_order)
{
    struct drill_diags d;
    drill_diags_init(&d);
    drill_diag_add(&d, DRILL_EXIT_DATA, "a", 1, 1, "first");
    drill_diag_add(&d, DRILL_EXIT_DATA, "b", 2, 3, "second %d", 2);
    ck_assert_int_eq(d.n, 2);
    ck_assert_str_eq(d.msg[0], "a:1:1: first");
    ck_assert_str_eq(d.msg[1], "b:2:3: second 2");
}
END_TEST

START_TEST(cap_counts_dropped)
{
    struct drill_diags d;
    drill_diags_init(&d);
    for (int i = 0; i < DRILL_DIAG_MAX + 7; i++)
        drill_diag_add(&d, DRILL_EXIT_DATA, "f", (unsigned)i + 1, 1, "error %d", i);
    ck_assert_int_eq(d.n, DRILL_DIAG_MAX);
    ck_assert_int_eq(d.dropped, 7);
    ck_assert_str_eq(d.msg[0], "f:1:1: error 0");
    char last[64];
    snprintf(last, sizeof last, "f:%d:1: error %d", DRILL_DIAG_MAX, DRILL_DIAG_MAX - 1);
    ck_assert_str_eq(d.msg[DRILL_DIAG_MAX - 1], last);
}
END_TEST

/* 1 if s is well-formed UTF-8 (a minimal check of lead and continuation bytes). */
static int utf8_whole(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        int k = *p < 0x80 ? 1 : *p >= 0xF0 ? 4 : *p >= 0xE0 ? 3 : *p >= 0xC0 ? 2 : 0;
        if (!k)
            return 0;
        for (int i = 1; i < k; i++)
            if ((p[i] & 0xC0) != 0x80)
                return 0;
        p += k;
    }
    return 1;
}

START_TEST(long_messages_cut_on_characters)
{
    /* at every alignment, a message cut at the limit ends on a whole character */
    char text[DRILL_DIAG_LEN * 2];
    for (int shift = 0; shift < 4; shift++) {
        size_t n = 0;
        for (int i = 0; i < shift; i++)
            text[n++] = 'x';
        while (n + 4 < sizeof text) {
            memcpy(text + n, "\xE9\x94\xAE", 3); /* a three-byte character */
            n += 3;
        }
        text[n] = '\0';
        struct drill_diags d;
        drill_diags_init(&d);
        drill_diag_add(&d, DRILL_EXIT_DATA, "f", 1, 1, "key %s", text);
        drill_diag_add(&d, DRILL_EXIT_DATA, text, 1, 1, "in a long file name");
        drill_diag_add_raw(&d, DRILL_EXIT_DATA, text);
        for (int i = 0; i < 3; i++) {
            ck_assert_msg(utf8_whole(d.msg[i]), "message %d, shift %d", i, shift);
            ck_assert_uint_ge(strlen(d.msg[i]), DRILL_DIAG_LEN - 4);
        }
    }
}
END_TEST

START_TEST(dropped_still_raise_status)
{
    struct drill_diags d;
    drill_diags_init(&d);
    for (int i = 0; i < DRILL_DIAG_MAX; i++)
        drill_diag_add(&d, DRILL_EXIT_FAIL, "f", 1, 1, "x");
    ck_assert_int_eq(d.status, DRILL_EXIT_FAIL);
    drill_diag_add(&d, DRILL_EXIT_INTERNAL, "f", 1, 1, "dropped but serious");
    ck_assert_int_eq(d.dropped, 1);
    ck_assert_int_eq(d.status, DRILL_EXIT_INTERNAL);
}
END_TEST

START_TEST(status_keeps_most_serious)
{
    struct drill_diags d;
    drill_diags_init(&d);
    drill_diag_add(&d, DRILL_EXIT_DATA, "f", 1, 1, "bad data");
    ck_assert_int_eq(d.status, DRILL_EXIT_DATA);
    drill_diag_add(&d, DRILL_EXIT_NOINPUT, "g", 0, 0, "missing");
    ck_assert_int_eq(d.status, DRILL_EXIT_NOINPUT);
    drill_diag_add(&d, DRILL_EXIT_DATA, "h", 1, 1, "bad data again");
    ck_assert_int_eq(d.status, DRILL_EXIT_NOINPUT);
    drill_diag_add(&d, DRILL_OK, "h", 1, 1, "a note");
    ck_assert_int_eq(d.status, DRILL_EXIT_NOINPUT);
    ck_assert_int_eq(d.n, 4);
}
END_TEST

START_TEST(long_message_truncated)
{
    struct drill_diags d;
    drill_diags_init(&d);
    char big[2 * DRILL_DIAG_LEN];
    memset(big, 'm', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    drill_diag_add(&d, DRILL_EXIT_DATA, "f", 3, 4, "%s", big);
    ck_assert_uint_eq(strlen(d.msg[0]), DRILL_DIAG_LEN - 1);
    ck_assert_int_eq(strncmp(d.msg[0], "f:3:4: mmm", 10), 0);
}
END_TEST

START_TEST(long_file_name_truncated)
{
    /* a file name longer than a whole message still leaves a terminated string */
    struct drill_diags d;
    drill_diags_init(&d);
    char big[2 * DRILL_DIAG_LEN];
    memset(big, 'p', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    drill_diag_add(&d, DRILL_EXIT_DATA, big, 1, 1, "lost");
    ck_assert_int_eq(d.n, 1);
    ck_assert_uint_eq(strlen(d.msg[0]), DRILL_DIAG_LEN - 1);
    ck_assert_int_eq(d.status, DRILL_EXIT_DATA);
}
END_TEST

static Suite *diag_suite(void)
{
    Suite *s = suite_create("diag");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, init_is_empty);
    tcase_add_test(tc, format_with_position);
    tcase_add_test(tc, format_without_position);
    tcase_add_test(tc, messages_in_order);
    tcase_add_test(tc, cap_counts_dropped);
    tcase_add_test(tc, dropped_still_raise_status);
    tcase_add_test(tc, long_messages_cut_on_characters);
    tcase_add_test(tc, status_keeps_most_serious);
    tcase_add_test(tc, long_message_truncated);
    tcase_add_test(tc, long_file_name_truncated);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return unit_run(diag_suite());
}
