/* Check suite for re: PCRE2 with UTF and Unicode properties, captures, and limits. */
#define _XOPEN_SOURCE 700

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "drill_limits.h"
#include "re.h"
#include "unit.h"

static char err[256];

static struct drill_re *compile(const char *pattern, int flags)
{
    size_t off = 99;
    err[0] = '\0';
    struct drill_re *re = drill_re_compile(pattern, strlen(pattern), flags, err, sizeof err, &off);
    ck_assert_msg(re != NULL, "/%s/ does not compile: %s at %zu", pattern, err, off);
    return re;
}

/* Compiles, matches NUL-terminated `subject` from 0, frees; returns the result code. */
static int match1(const char *pattern, int flags, const char *subject, struct drill_re_match *m)
{
    struct drill_re_match local;
    struct drill_re *re = compile(pattern, flags);
    int rc = drill_re_match(re, subject, strlen(subject), 0, 0, m ? m : &local, err, sizeof err);
    drill_re_free(re);
    return rc;
}

/* "start-end" of group g after a match; "unset" for a group that took no part. Static. */
static const char *span(const struct drill_re_match *m, int g)
{
    static char out[64];
    if (m->start[g] == (size_t)-1) {
        ck_assert_uint_eq(m->end[g], (size_t)-1);
        return "unset";
    }
    snprintf(out, sizeof out, "%zu-%zu", m->start[g], m->end[g]);
    return out;
}

/* "message @offset" of a pattern that must not compile. Static. */
static const char *compile_error(const char *pattern, size_t len)
{
    static char out[300];
    size_t off = 99;
    struct drill_re *re = drill_re_compile(pattern, len, 0, err, sizeof err, &off);
    ck_assert_msg(re == NULL, "/%s/ compiled", pattern);
    snprintf(out, sizeof out, "%s @%zu", err, off);
    return out;
}
#define COMPILE_ERROR(lit) compile_error((lit), sizeof(lit) - 1)

/* ---------------------------------------------------------------- compiling */

START_TEST(compile_errors_with_offsets)
{
    ck_assert_str_eq(COMPILE_ERROR("(abc"), "missing closing parenthesis @4");
    ck_assert_str_eq(COMPILE_ERROR("a)"), "unmatched closing parenthesis @1");
    ck_assert_str_eq(COMPILE_ERROR("[a"), "missing terminating ] for character class @2");
    ck_assert_str_eq(COMPILE_ERROR("*a"), "quantifier does not follow a repeatable item @0");
    ck_assert_str_eq(COMPILE_ERROR("a{2,1}"), "numbers out of order in {} quantifier @5");
    ck_assert_str_eq(COMPILE_ERROR("ab\\"), "\\ at end of pattern @3");
    ck_assert_str_eq(COMPILE_ERROR("\\bunder-?fit(?:x"), "missing closing parenthesis @16");
}
END_TEST

START_TEST(compile_error_invalid_utf8_pattern)
{
    ck_assert_str_eq(COMPILE_ERROR("caf\xC3"), "UTF-8 error: 1 byte missing at end @3");
    ck_assert_str_eq(COMPILE_ERROR("a\xFF"), "UTF-8 error: illegal byte (0xfe or 0xff) @1");
}
END_TEST

START_TEST(compile_error_message_truncated)
{
    char small[8];
    size_t off;
    ck_assert_ptr_null(drill_re_compile("(abc", 4, 0, small, sizeof small, &off));
    ck_assert_str_eq(small, "missing");
    ck_assert_uint_eq(off, 4);
}
END_TEST

START_TEST(compile_over_long_pattern)
{
    static char p[DRILL_RE_MAX_PATTERN_BYTES + 2];
    memset(p, 'a', sizeof p - 1);
    size_t off = 99;
    ck_assert_ptr_null(
        drill_re_compile(p, DRILL_RE_MAX_PATTERN_BYTES + 1, 0, err, sizeof err, &off));
    char want[64];
    snprintf(want, sizeof want, "pattern is longer than %u bytes", DRILL_RE_MAX_PATTERN_BYTES);
    ck_assert_str_eq(err, want);
    ck_assert_uint_eq(off, 0);
    /* at the limit it compiles */
    struct drill_re *re = drill_re_compile(p, DRILL_RE_MAX_PATTERN_BYTES, 0, err, sizeof err, &off);
    ck_assert_ptr_nonnull(re);
    drill_re_free(re);
}
END_TEST

START_TEST(compile_length_not_nul)
{
    /* only `len` bytes are the pattern */
    struct drill_re_match m;
    size_t off;
    struct drill_re *re = drill_re_compile("ab)))", 2, 0, err, sizeof err, &off);
    ck_assert_ptr_nonnull(re);
    ck_assert_int_eq(drill_re_match(re, "xxab", 4, 0, 0, &m, err, sizeof err), DRILL_RE_MATCHED);
    ck_assert_str_eq(span(&m, 0), "2-4");
    drill_re_free(re);
    drill_re_free(NULL);
}
END_TEST

/* ---------------------------------------------------------------- Unicode and flags */

START_TEST(caseless_ascii_and_beyond)
{
    ck_assert_int_eq(match1("HIGH BIAS", DRILL_RE_CASELESS, "high bias", NULL), DRILL_RE_MATCHED);
    ck_assert_int_eq(match1("HIGH BIAS", 0, "high bias", NULL), DRILL_RE_NOMATCH);
    /* É/é, Σ/σ, Ж/ж fold under UTF */
    ck_assert_int_eq(match1("CAF\xC3\x89", DRILL_RE_CASELESS, "caf\xC3\xA9", NULL),
                     DRILL_RE_MATCHED);
    ck_assert_int_eq(match1("\xCF\x83", DRILL_RE_CASELESS, "\xCE\xA3", NULL), DRILL_RE_MATCHED);
    ck_assert_int_eq(match1("\xD0\x96", DRILL_RE_CASELESS, "\xD0\xB6", NULL), DRILL_RE_MATCHED);
    ck_assert_int_eq(match1("CAF\xC3\x89", 0, "caf\xC3\xA9", NULL), DRILL_RE_NOMATCH);
}
END_TEST

START_TEST(ucp_word_boundaries)
{
    struct drill_re_match m;
    /* \b knows é is a letter: "café" is a whole word in "un café noir"... */
    ck_assert_int_eq(match1("\\bcaf\xC3\xA9\\b", 0, "un caf\xC3\xA9 noir", &m), DRILL_RE_MATCHED);
    ck_assert_str_eq(span(&m, 0), "3-8");
    /* ...but not inside "cafés" */
    ck_assert_int_eq(match1("\\bcaf\xC3\xA9\\b", 0, "caf\xC3\xA9s", NULL), DRILL_RE_NOMATCH);
    /* and "l1" is not a word inside "l1é" */
    ck_assert_int_eq(match1("\\bl1\\b", 0, "l1\xC3\xA9", NULL), DRILL_RE_NOMATCH);
    ck_assert_int_eq(match1("\\bl1\\b", 0, "l1 penalty", NULL), DRILL_RE_MATCHED);
    ck_assert_int_eq(match1("\\b\xC3\xA9t\xC3\xA9\\b", 0, "l'\xC3\xA9t\xC3\xA9.", &m),
                     DRILL_RE_MATCHED);
    ck_assert_str_eq(span(&m, 0), "2-7");
}
END_TEST

START_TEST(ucp_classes)
{
    struct drill_re_match m;
    ck_assert_int_eq(match1("\\w+", 0, "na\xC3\xAFve!", &m), DRILL_RE_MATCHED);
    ck_assert_str_eq(span(&m, 0), "0-6");
    ck_assert_int_eq(match1("\\w+", 0, "\xCF\x83\xCE\xB9\xCE\xB3\xCE\xBC\xCE\xB1(z)", &m),
                     DRILL_RE_MATCHED);
    ck_assert_str_eq(span(&m, 0), "0-10");
    ck_assert_int_eq(match1("^\\d$", 0, "\xD9\xA3", NULL), DRILL_RE_MATCHED); /* Arabic-Indic 3 */
    ck_assert_int_eq(match1("^\\s$", 0, "\xC2\xA0", NULL), DRILL_RE_MATCHED); /* NBSP */
    /* . is one character, not one byte */
    ck_assert_int_eq(match1("^.$", 0, "\xC3\xA9", NULL), DRILL_RE_MATCHED);
    ck_assert_int_eq(match1("^.$", 0, "\xF0\x9F\x98\x80", NULL), DRILL_RE_MATCHED);
    ck_assert_int_eq(match1("^..$", 0, "\xC3\xA9", NULL), DRILL_RE_NOMATCH);
}
END_TEST

/* DRILL_RE_ASCII: \b, \w, \d and \s know ASCII alone; on ASCII subjects all is as without it,
 * and caseless matching still folds beyond ASCII. */
START_TEST(ascii_classes)
{
    struct drill_re_match m;
    ck_assert_int_eq(match1("\\w+", DRILL_RE_ASCII, "na\xC3\xAFve!", &m), DRILL_RE_MATCHED);
    ck_assert_str_eq(span(&m, 0), "0-2");
    ck_assert_int_eq(match1("^\\d$", DRILL_RE_ASCII, "\xD9\xA3", NULL), DRILL_RE_NOMATCH);
    ck_assert_int_eq(match1("\\bl1\\b", DRILL_RE_ASCII, "l1\xC3\xA9", NULL), DRILL_RE_MATCHED);
    ck_assert_int_eq(match1("\\bl1\\b", DRILL_RE_ASCII, "l1 penalty", NULL), DRILL_RE_MATCHED);
    ck_assert_int_eq(match1("\\bl1\\b", DRILL_RE_ASCII, "xl1 penalty", NULL), DRILL_RE_NOMATCH);
    ck_assert_int_eq(match1("^[[:alpha:]_]+\\s\\d+\\W$", DRILL_RE_ASCII, "Adam_W 2!", NULL),
                     DRILL_RE_MATCHED);
    ck_assert_int_eq(match1("\xCF\x83", DRILL_RE_CASELESS | DRILL_RE_ASCII, "\xCE\xA3", NULL),
                     DRILL_RE_MATCHED);
    ck_assert_int_eq(
        match1("\\bk\\b", DRILL_RE_CASELESS | DRILL_RE_ASCII, "top \xE2\x84\xAA", NULL),
        DRILL_RE_NOMATCH); /* the Kelvin sign folds to k, but is no letter here */
}
END_TEST

START_TEST(flags_multiline_dotall_extended)
{
    ck_assert_int_eq(match1("^b", 0, "a\nb", NULL), DRILL_RE_NOMATCH);
    ck_assert_int_eq(match1("^b", DRILL_RE_MULTILINE, "a\nb", NULL), DRILL_RE_MATCHED);
    ck_assert_int_eq(match1("a.b", 0, "a\nb", NULL), DRILL_RE_NOMATCH);
    ck_assert_int_eq(match1("a.b", DRILL_RE_DOTALL, "a\nb", NULL), DRILL_RE_MATCHED);
    ck_assert_int_eq(match1("a b # comment", 0, "ab", NULL), DRILL_RE_NOMATCH);
    ck_assert_int_eq(match1("a b # comment", DRILL_RE_EXTENDED, "ab", NULL), DRILL_RE_MATCHED);
    ck_assert_int_eq(match1("A.B", DRILL_RE_CASELESS | DRILL_RE_DOTALL, "a\nb", NULL),
                     DRILL_RE_MATCHED);
}
END_TEST

/* ---------------------------------------------------------------- captures and offsets */

START_TEST(captures_set_and_unset)
{
    struct drill_re_match m;
    struct drill_re *re = compile("(a)|(b)", 0);
    ck_assert_int_eq(drill_re_captures(re), 2);
    ck_assert_int_eq(drill_re_match(re, "xb", 2, 0, 0, &m, err, sizeof err), DRILL_RE_MATCHED);
    ck_assert_int_eq(m.ngroups, 3);
    ck_assert_str_eq(span(&m, 0), "1-2");
    ck_assert_str_eq(span(&m, 1), "unset");
    ck_assert_str_eq(span(&m, 2), "1-2");
    drill_re_free(re);

    /* trailing groups that took no part */
    ck_assert_int_eq(match1("(a)(b)?(c)?", 0, "xa", &m), DRILL_RE_MATCHED);
    ck_assert_int_eq(m.ngroups, 4);
    ck_assert_str_eq(span(&m, 1), "1-2");
    ck_assert_str_eq(span(&m, 2), "unset");
    ck_assert_str_eq(span(&m, 3), "unset");

    /* an empty capture is not an unset one */
    ck_assert_int_eq(match1("x(y*)z", 0, "xz", &m), DRILL_RE_MATCHED);
    ck_assert_str_eq(span(&m, 1), "1-1");
}
END_TEST

START_TEST(captures_non_ascii_offsets_in_bytes)
{
    struct drill_re_match m;
    ck_assert_int_eq(match1("(\\w+) \\((\\w)\\)", 0, "\xCF\x83\xCE\xB9 (z)", &m), DRILL_RE_MATCHED);
    ck_assert_str_eq(span(&m, 0), "0-8");
    ck_assert_str_eq(span(&m, 1), "0-4");
    ck_assert_str_eq(span(&m, 2), "6-7");
}
END_TEST

START_TEST(captures_none_and_many)
{
    struct drill_re_match m;
    struct drill_re *re = compile("abc", 0);
    ck_assert_int_eq(drill_re_captures(re), 0);
    ck_assert_int_eq(drill_re_match(re, "abc", 3, 0, 0, &m, err, sizeof err), DRILL_RE_MATCHED);
    ck_assert_int_eq(m.ngroups, 1);
    drill_re_free(re);

    /* 40 groups: all counted, the first 32 (group 0 included) reported */
    char p[200] = "";
    for (int i = 0; i < 40; i++)
        strcat(p, "(.)");
    re = compile(p, 0);
    ck_assert_int_eq(drill_re_captures(re), 40);
    const char *s = "0123456789abcdefghijklmnopqrstuvwxyzABCD";
    ck_assert_int_eq(drill_re_match(re, s, 40, 0, 0, &m, err, sizeof err), DRILL_RE_MATCHED);
    ck_assert_int_eq(m.ngroups, 32);
    ck_assert_str_eq(span(&m, 0), "0-40");
    ck_assert_str_eq(span(&m, 31), "30-31");
    drill_re_free(re);
}
END_TEST

START_TEST(start_offsets)
{
    struct drill_re_match m;
    struct drill_re *re = compile("a", 0);
    ck_assert_int_eq(drill_re_match(re, "banana", 6, 0, 0, &m, err, sizeof err), DRILL_RE_MATCHED);
    ck_assert_str_eq(span(&m, 0), "1-2");
    ck_assert_int_eq(drill_re_match(re, "banana", 6, 2, 0, &m, err, sizeof err), DRILL_RE_MATCHED);
    ck_assert_str_eq(span(&m, 0), "3-4");
    ck_assert_int_eq(drill_re_match(re, "banana", 6, 6, 0, &m, err, sizeof err), DRILL_RE_NOMATCH);
    ck_assert_int_eq(drill_re_match(re, "banana", 6, 7, 0, &m, err, sizeof err), DRILL_RE_NOMATCH);
    ck_assert_int_eq(drill_re_match(re, "banana", 6, (size_t)-1, 0, &m, err, sizeof err),
                     DRILL_RE_NOMATCH);
    drill_re_free(re);

    /* text before the start still counts for lookbehind and \b, not for ^ */
    re = compile("(?<=b)a", 0);
    ck_assert_int_eq(drill_re_match(re, "ba", 2, 1, 0, &m, err, sizeof err), DRILL_RE_MATCHED);
    drill_re_free(re);
    re = compile("\\bna", 0);
    ck_assert_int_eq(drill_re_match(re, "banana", 6, 2, 0, &m, err, sizeof err), DRILL_RE_NOMATCH);
    drill_re_free(re);
    re = compile("^a", 0);
    ck_assert_int_eq(drill_re_match(re, "aa", 2, 1, 0, &m, err, sizeof err), DRILL_RE_NOMATCH);
    drill_re_free(re);

    /* an empty match at the very end */
    re = compile("$", 0);
    ck_assert_int_eq(drill_re_match(re, "ab", 2, 2, 0, &m, err, sizeof err), DRILL_RE_MATCHED);
    ck_assert_str_eq(span(&m, 0), "2-2");
    drill_re_free(re);
}
END_TEST

START_TEST(anchored_at_start)
{
    struct drill_re_match m;
    struct drill_re *re = compile("b+", 0);
    ck_assert_int_eq(drill_re_match_anchored(re, "abbc", 4, 0, 0, &m, err, sizeof err),
                     DRILL_RE_NOMATCH);
    ck_assert_int_eq(drill_re_match_anchored(re, "abbc", 4, 1, 0, &m, err, sizeof err),
                     DRILL_RE_MATCHED);
    ck_assert_str_eq(span(&m, 0), "1-3");
    ck_assert_int_eq(drill_re_match_anchored(re, "abbc", 4, 3, 0, &m, err, sizeof err),
                     DRILL_RE_NOMATCH);
    ck_assert_int_eq(drill_re_match_anchored(re, "abbc", 4, 5, 0, &m, err, sizeof err),
                     DRILL_RE_NOMATCH);
    ck_assert_int_eq(drill_re_match_anchored(re, "a\xFF", 2, 0, 0, &m, err, sizeof err),
                     DRILL_RE_EUTF);
    drill_re_free(re);
}
END_TEST

START_TEST(start_inside_a_character)
{
    struct drill_re_match m;
    struct drill_re *re = compile("b", 0);
    int rc = drill_re_match(re,
                            "\xC3\xA9"
                            "b",
                            3, 1, 0, &m, err, sizeof err);
    ck_assert_int_lt(rc, 0);
    ck_assert_int_ne(rc, DRILL_RE_ELIMIT);
    ck_assert_str_ne(err, "");
    drill_re_free(re);
}
END_TEST

START_TEST(subject_with_nul)
{
    struct drill_re_match m;
    struct drill_re *re = compile("a\\x{0}b", 0);
    ck_assert_int_eq(drill_re_match(re, "xa\0b", 4, 0, 0, &m, err, sizeof err), DRILL_RE_MATCHED);
    ck_assert_str_eq(span(&m, 0), "1-4");
    drill_re_free(re);
}
END_TEST

START_TEST(reuse_many_times)
{
    /* one compiled regex, many subjects: the match data is reused */
    struct drill_re_match m;
    struct drill_re *re = compile("(\\d+)", 0);
    char s[32];
    for (int i = 0; i < 1000; i++) {
        int n = snprintf(s, sizeof s, "n=%d;", i);
        ck_assert_int_eq(drill_re_match(re, s, (size_t)n, 0, 0, &m, err, sizeof err),
                         DRILL_RE_MATCHED);
        ck_assert_uint_eq(m.start[1], 2);
        ck_assert_uint_eq(m.end[1], (size_t)n - 1);
    }
    drill_re_free(re);
}
END_TEST

/* ---------------------------------------------------------------- limits and bad input */

static void catastrophic(void)
{
    char s[64];
    memset(s, 'a', 40);
    s[40] = 'b';
    struct drill_re_match m;
    struct drill_re *re = compile("(a+)+$", 0);
    double t0 = drill_clock_now();
    int rc = drill_re_match(re, s, 41, 0, 0, &m, err, sizeof err);
    double dt = drill_clock_now() - t0;
    ck_assert_int_eq(rc, DRILL_RE_ELIMIT);
    ck_assert_msg(strncmp(err, "regex limit reached: ", 21) == 0, "err: %s", err);
    ck_assert_msg(dt < 2.0, "took %.2f s", dt);
    /* the regex still works afterwards */
    ck_assert_int_eq(drill_re_match(re, "aaa", 3, 0, 0, &m, err, sizeof err), DRILL_RE_MATCHED);
    drill_re_free(re);

    /* the classic: words and optional spaces, then a character that fails */
    re = compile("^(\\w+\\s?)*$", 0);
    memset(s, 'x', 50);
    s[50] = '!';
    t0 = drill_clock_now();
    rc = drill_re_match(re, s, 51, 0, 0, &m, err, sizeof err);
    dt = drill_clock_now() - t0;
    ck_assert_int_eq(rc, DRILL_RE_ELIMIT);
    ck_assert_msg(dt < 2.0, "took %.2f s", dt);
    drill_re_free(re);
}

START_TEST(catastrophic_backtracking_limited)
{
    catastrophic();
}
END_TEST

START_TEST(catastrophic_backtracking_limited_interpreter)
{
    /* the same without JIT (DRILL_NO_JIT), where the depth and heap limits apply too */
    setenv("DRILL_NO_JIT", "1", 1);
    catastrophic();
    unsetenv("DRILL_NO_JIT");
}
END_TEST

static void deep(void)
{
    /* a long subject through a group repeated per character, failing at the end:
     * the backtracking state grows with the subject until a limit stops it */
    static char s[200002];
    memset(s, 'a', sizeof s - 2);
    s[sizeof s - 2] = '!';
    struct drill_re_match m;
    struct drill_re *re = compile("^(a|b)*$", 0);
    double t0 = drill_clock_now();
    int rc = drill_re_match(re, s, sizeof s - 1, 0, 0, &m, err, sizeof err);
    ck_assert_msg(rc == DRILL_RE_ELIMIT, "rc %d: %s", rc, err);
    ck_assert_msg(strncmp(err, "regex limit reached: ", 21) == 0, "err: %s", err);
    ck_assert_double_lt(drill_clock_now() - t0, 2.0);
    drill_re_free(re);
}

START_TEST(deep_backtracking_limited)
{
    deep();
}
END_TEST

START_TEST(deep_backtracking_limited_interpreter)
{
    setenv("DRILL_NO_JIT", "1", 1);
    deep();
    unsetenv("DRILL_NO_JIT");
}
END_TEST

START_TEST(invalid_utf8_subject)
{
    struct drill_re_match m;
    struct drill_re *re = compile("b", 0);
    ck_assert_int_eq(drill_re_match(re,
                                    "aa\xFF"
                                    "b",
                                    4, 0, 0, &m, err, sizeof err),
                     DRILL_RE_EUTF);
    ck_assert_str_eq(err, "subject is not valid UTF-8 at byte 2: UTF-8 error: illegal byte (0xfe "
                          "or 0xff)");
    /* a sequence cut short at the end */
    ck_assert_int_eq(drill_re_match(re, "ab\xC3", 3, 0, 0, &m, err, sizeof err), DRILL_RE_EUTF);
    ck_assert_msg(strncmp(err, "subject is not valid UTF-8 at byte 2: ", 38) == 0, "err: %s", err);
    /* an encoded surrogate */
    ck_assert_int_eq(drill_re_match(re, "b\xED\xA0\x80", 4, 0, 0, &m, err, sizeof err),
                     DRILL_RE_EUTF);
    drill_re_free(re);
}
END_TEST

/* ---------------------------------------------------------------- can it match empty? */

static int empty(const char *pattern)
{
    struct drill_re *re = compile(pattern, DRILL_RE_CASELESS);
    int r = drill_re_matches_empty(re);
    drill_re_free(re);
    return r;
}

START_TEST(matches_empty_yes)
{
    ck_assert_int_eq(empty("a*"), 1);
    ck_assert_int_eq(empty("(foo)?"), 1);
    ck_assert_int_eq(empty("\\b"), 1);
    ck_assert_int_eq(empty("x|"), 1);
    ck_assert_int_eq(empty("|x"), 1);
    ck_assert_int_eq(empty("^"), 1);
    ck_assert_int_eq(empty("$"), 1);
    ck_assert_int_eq(empty("(?:under-?fit)?"), 1);
    ck_assert_int_eq(empty("\\s*"), 1);
    ck_assert_int_eq(empty("(?=x)"), 1);
}
END_TEST

START_TEST(matches_empty_no)
{
    ck_assert_int_eq(empty("foo"), 0);
    ck_assert_int_eq(empty("a+"), 0);
    ck_assert_int_eq(empty("\\bunder-?fit"), 0);
    ck_assert_int_eq(empty("\\d+"), 0);
    ck_assert_int_eq(empty("x|y"), 0);
    ck_assert_int_eq(empty("(?:sigma|\xCF\x83)\\(z\\)"), 0);
    ck_assert_int_eq(empty("(a+)+$"), 0);
}
END_TEST

static Suite *re_suite(void)
{
    Suite *s = suite_create("re");
    TCase *tc = tcase_create("compile");
    tcase_add_test(tc, compile_errors_with_offsets);
    tcase_add_test(tc, compile_error_invalid_utf8_pattern);
    tcase_add_test(tc, compile_error_message_truncated);
    tcase_add_test(tc, compile_over_long_pattern);
    tcase_add_test(tc, compile_length_not_nul);
    suite_add_tcase(s, tc);

    tc = tcase_create("unicode");
    tcase_add_test(tc, caseless_ascii_and_beyond);
    tcase_add_test(tc, ucp_word_boundaries);
    tcase_add_test(tc, ucp_classes);
    tcase_add_test(tc, ascii_classes);
    tcase_add_test(tc, flags_multiline_dotall_extended);
    suite_add_tcase(s, tc);

    tc = tcase_create("match");
    tcase_add_test(tc, captures_set_and_unset);
    tcase_add_test(tc, captures_non_ascii_offsets_in_bytes);
    tcase_add_test(tc, captures_none_and_many);
    tcase_add_test(tc, start_offsets);
    tcase_add_test(tc, anchored_at_start);
    tcase_add_test(tc, start_inside_a_character);
    tcase_add_test(tc, subject_with_nul);
    tcase_add_test(tc, reuse_many_times);
    suite_add_tcase(s, tc);

    tc = tcase_create("limits");
    tcase_add_test(tc, catastrophic_backtracking_limited);
    tcase_add_test(tc, catastrophic_backtracking_limited_interpreter);
    tcase_add_test(tc, deep_backtracking_limited);
    tcase_add_test(tc, deep_backtracking_limited_interpreter);
    tcase_add_test(tc, invalid_utf8_subject);
    suite_add_tcase(s, tc);

    tc = tcase_create("matches_empty");
    tcase_add_test(tc, matches_empty_yes);
    tcase_add_test(tc, matches_empty_no);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return unit_run(re_suite());
}
