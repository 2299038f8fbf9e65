/* Check suite for lpattern: the bounded matcher, and its Lua binding compared with stock Lua. */
#define _POSIX_C_SOURCE 200809L

#include <check.h>
#include <ctype.h>
#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lpattern.h"
#include "lpattern_lua.h"

/* ---------------------------------------------------------------- core helpers */

/* What drill_lpat_find makes of NUL-terminated s and p: the matched text, "<none>", or
 * "<error: message>". The result lives in a static buffer until the next call. */
static const char *found(const char *s, const char *p)
{
    static char out[256];
    struct drill_lpat m;
    size_t st, en;
    drill_lpat_init(&m, s, strlen(s), p, strlen(p), NULL);
    int r = drill_lpat_find(&m, 0, &st, &en);
    if (r < 0)
        snprintf(out, sizeof out, "<error: %s>", m.msg);
    else if (r == 0)
        snprintf(out, sizeof out, "<none>");
    else
        snprintf(out, sizeof out, "%.*s", (int)(en - st), s + st);
    return out;
}

/* Capture i of the first match of p in s, as text, "@N" for a position, or "<...>". */
static const char *capture(const char *s, const char *p, int i)
{
    static char out[256];
    struct drill_lpat m;
    size_t st, en, off, len;
    drill_lpat_init(&m, s, strlen(s), p, strlen(p), NULL);
    int r = drill_lpat_find(&m, 0, &st, &en);
    if (r <= 0) {
        snprintf(out, sizeof out, r ? "<error: %s>" : "<none>", m.msg);
        return out;
    }
    switch (drill_lpat_capture(&m, i, st, en, &off, &len)) {
    case DRILL_LPAT_TEXT:
        snprintf(out, sizeof out, "%.*s", (int)len, s + off);
        break;
    case DRILL_LPAT_POSITION:
        snprintf(out, sizeof out, "@%zu", off);
        break;
    default:
        snprintf(out, sizeof out, "<error: %s>", m.msg);
    }
    return out;
}

/* ---------------------------------------------------------------- core tests */

START_TEST(test_literals_and_quantifiers)
{
    ck_assert_str_eq(found("hello world", "o w"), "o w");
    ck_assert_str_eq(found("hello world", "xyz"), "<none>");
    ck_assert_str_eq(found("hello", ""), "");
    ck_assert_str_eq(found("", ""), "");
    ck_assert_str_eq(found("", "a"), "<none>");
    ck_assert_str_eq(found("hello", "l+"), "ll");
    ck_assert_str_eq(found("hello", "l*"), "");
    ck_assert_str_eq(found("hello", "hel*"), "hell");
    ck_assert_str_eq(found("hello", "hel-"), "he");
    ck_assert_str_eq(found("hello", "hel-o"), "hello");
    ck_assert_str_eq(found("hello", "hx?e"), "he");
    ck_assert_str_eq(found("<a><b>", "<.->"), "<a>");
    ck_assert_str_eq(found("<a><b>", "<.*>"), "<a><b>");
    ck_assert_str_eq(found("aaab", "a-b"), "aaab");
    ck_assert_str_eq(found("ab", "a?a?ab"), "ab");
    ck_assert_str_eq(found("a.b", "%."), ".");
    ck_assert_str_eq(found("a+b", "a%+b"), "a+b");
    ck_assert_str_eq(found("100%", "%d+%%"), "100%");
}
END_TEST

START_TEST(test_anchors)
{
    ck_assert_str_eq(found("hello", "^h"), "h");
    ck_assert_str_eq(found("hello", "^e"), "<none>");
    ck_assert_str_eq(found("hello", "o$"), "o");
    ck_assert_str_eq(found("hello", "l$"), "<none>");
    ck_assert_str_eq(found("hello", "^hello$"), "hello");
    ck_assert_str_eq(found("", "^$"), "");
    /* only a leading '^' and a trailing '$' are special */
    ck_assert_str_eq(found("a^b", "a^b"), "a^b");
    ck_assert_str_eq(found("$x", "$x"), "$x");
    ck_assert_str_eq(found("a$", "$$"), "$");

    /* the caller decides whether '^' anchors: gmatch passes 0 and gets a literal */
    struct drill_lpat m;
    drill_lpat_init(&m, "x^a", 3, "^a", 2, NULL);
    ck_assert_uint_eq(drill_lpat_anchor(&m), 1);
    ck_assert_int_eq(drill_lpat_match_at(&m, 1, 0), 3);
    ck_assert_int_eq(drill_lpat_match_at(&m, 2, 1), 3);
    ck_assert_int_eq(drill_lpat_match_at(&m, 1, 1), DRILL_LPAT_NOMATCH);
}
END_TEST

/* Every class agrees with <ctype.h> on every byte, on its own and inside a set. */
START_TEST(test_classes_exhaustive)
{
    static const char letters[] = "acdglpsuwx";
    int (*const fn[])(int) = {isalpha, iscntrl, isdigit, isgraph, islower,
                              ispunct, isspace, isupper, isalnum, isxdigit};
    for (int k = 0; letters[k]; k++) {
        for (int c = 0; c < 256; c++) {
            char subj[1] = {(char)c};
            for (int upper = 0; upper < 2; upper++) {
                char pats[2][8];
                int cl = upper ? toupper(letters[k]) : letters[k];
                snprintf(pats[0], sizeof pats[0], "%%%c", cl);
                snprintf(pats[1], sizeof pats[1], "[%%%c]", cl);
                int want = (fn[k](c) != 0) != upper;
                for (int j = 0; j < 2; j++) {
                    struct drill_lpat m;
                    drill_lpat_init(&m, subj, 1, pats[j], strlen(pats[j]), NULL);
                    ptrdiff_t r = drill_lpat_match_at(&m, 0, 0);
                    ck_assert_msg((r == 1) == want, "%s on byte %d", pats[j], c);
                }
            }
        }
    }
    /* '.' is any byte, NUL included; %z is Lua's deprecated NUL class */
    struct drill_lpat m;
    drill_lpat_init(&m, "\0", 1, ".", 1, NULL);
    ck_assert_int_eq(drill_lpat_match_at(&m, 0, 0), 1);
    drill_lpat_init(&m, "a\0", 2, "%z", 2, NULL);
    size_t st, en;
    ck_assert_int_eq(drill_lpat_find(&m, 0, &st, &en), 1);
    ck_assert_uint_eq(st, 1);
    /* escaped non-alphanumerics and unknown letters stand for themselves */
    ck_assert_str_eq(found("a]b", "%]"), "]");
    ck_assert_str_eq(found("qz", "%q"), "q");
}
END_TEST

START_TEST(test_sets)
{
    ck_assert_str_eq(found("xyzabc", "[a-c]+"), "abc");
    ck_assert_str_eq(found("abcxyz", "[^a-c]+"), "xyz");
    ck_assert_str_eq(found("a]b", "[]]"), "]");
    ck_assert_str_eq(found("]]ab", "[^]]+"), "ab");
    ck_assert_str_eq(found("b-a-", "[a-]+"), "-a-");
    ck_assert_str_eq(found("b-a-", "[-a]+"), "-a-");
    ck_assert_str_eq(found("x%y", "[%%]"), "%");
    ck_assert_str_eq(found("a1_b2 c", "[%a_%d]+"), "a1_b2");
    ck_assert_str_eq(found("^a", "[a^]+"), "^a");
    ck_assert_str_eq(found("xyz", "[z-a]"), "<none>");
    ck_assert_str_eq(found("b-", "[%a-z]+"), "b-");
    /* "a-%" is an (empty) range, so the escaped ']' after it is a plain member */
    ck_assert_str_eq(found("%]", "[a-%]]"), "]");
    ck_assert_str_eq(found("\xff\x80", "[\x80-\xff]+"), "\xff\x80");
}
END_TEST

/* Where a class ends is read once a call and kept for the pattern's first 64 bytes: classes
 * past them, and sets longer than the 255 bytes kept, are read each time, and all match alike. */
START_TEST(test_sets_read_once)
{
    char pat[400], subject[400];
    /* a set at byte 70 of the pattern, tried at every byte of the subject */
    memset(pat, 'x', 70);
    strcpy(pat + 70, "[%d]+");
    memset(subject, 'y', 100);
    memset(subject + 100, 'x', 70);
    strcpy(subject + 170, "42;");
    ck_assert_str_eq(found(subject, pat) + 70, "42");
    /* a set of 300 bytes */
    strcpy(pat, "[");
    for (int i = 0; i < 100; i++)
        strcat(pat, "a-b");
    strcat(pat, "7]+");
    ck_assert_uint_gt(strlen(pat), 255);
    ck_assert_str_eq(found("zzz9977ab7z", pat), "77ab7");
    /* the budget is spent as it was when each try read the set: by the set's length */
    struct drill_lpat m;
    long a = 1000;
    size_t st, en;
    drill_lpat_init(&m, "xxxxxxxxxx1", 11, "[%d][%d]", 8, &a);
    ck_assert_int_eq(drill_lpat_find(&m, 0, &st, &en), 0);
    ck_assert_int_eq(a, 987);
}
END_TEST

START_TEST(test_captures)
{
    ck_assert_str_eq(capture("key = value", "(%w+)%s*=%s*(%w+)", 0), "key");
    ck_assert_str_eq(capture("key = value", "(%w+)%s*=%s*(%w+)", 1), "value");
    ck_assert_str_eq(capture("hello", "()ll()", 0), "@2");
    ck_assert_str_eq(capture("hello", "()ll()", 1), "@4");
    ck_assert_str_eq(capture("hello", "((l)(l))", 0), "ll");
    ck_assert_str_eq(capture("hello", "((l)(l))", 2), "l");
    /* with no captures, value 0 is the whole match and value 1 does not exist */
    ck_assert_str_eq(capture("hello", "ll", 0), "ll");
    ck_assert_str_eq(capture("hello", "ll", 1), "<error: invalid capture index %2>");
    ck_assert_str_eq(capture("hello", "(l)", 1), "<error: invalid capture index %2>");
    /* an unclosed capture still matches; using its value is the error */
    ck_assert_str_eq(found("abc", "(a"), "a");
    ck_assert_str_eq(capture("abc", "(a", 0), "<error: unfinished capture>");
}
END_TEST

START_TEST(test_balance_frontier_backrefs)
{
    ck_assert_str_eq(found("f(a(b)c)d", "%b()"), "(a(b)c)");
    ck_assert_str_eq(found("f(a(b) c", "%b()"), "(b)");
    ck_assert_str_eq(found("[[x]]", "%b[]"), "[[x]]");
    ck_assert_str_eq(found("xaaa", "%baa"), "aa");
    ck_assert_str_eq(found("THE (quick) fox", "%f[%a]%a+"), "THE");
    ck_assert_str_eq(found("a THE fox", "%f[%u]%a+"), "THE");
    /* the ends of the subject look like '\0' to a frontier */
    ck_assert_str_eq(capture("hello", "%f[%z]()", 0), "@5");
    ck_assert_str_eq(capture("hello", "()%f[%l]", 0), "@0");
    ck_assert_str_eq(found("abab cdcd", "(%a%a)%1"), "abab");
    ck_assert_str_eq(found("xyzzy", "(.)%1"), "zz");
    ck_assert_str_eq(capture("xyzzy", "(.)%1", 0), "z");
    /* a position capture has no text, so it never matches as a back-reference */
    ck_assert_str_eq(found("hello", "()%1"), "<none>");
}
END_TEST

START_TEST(test_embedded_nul)
{
    struct drill_lpat m;
    size_t st, en;
    drill_lpat_init(&m, "a\0b\0c", 5, "b\0", 2, NULL);
    ck_assert_int_eq(drill_lpat_find(&m, 0, &st, &en), 1);
    ck_assert_uint_eq(st, 2);
    ck_assert_uint_eq(en, 4);
    drill_lpat_init(&m, "a\0b", 3, "[\0]", 3, NULL);
    ck_assert_int_eq(drill_lpat_find(&m, 0, &st, &en), 1);
    ck_assert_uint_eq(st, 1);
    drill_lpat_init(&m, "a\0b", 3, "%Z+", 3, NULL);
    ck_assert_int_eq(drill_lpat_find(&m, 1, &st, &en), 1);
    ck_assert_uint_eq(st, 2);
}
END_TEST

START_TEST(test_malformed)
{
    ck_assert_str_eq(found("abc", "a%"), "<error: malformed pattern (ends with '%')>");
    ck_assert_str_eq(found("abc", "[a"), "<error: malformed pattern (missing ']')>");
    ck_assert_str_eq(found("abc", "[a%"), "<error: malformed pattern (missing ']')>");
    ck_assert_str_eq(found("abc", "[%]"), "<error: malformed pattern (missing ']')>");
    ck_assert_str_eq(found("abc", "[]"), "<error: malformed pattern (missing ']')>");
    ck_assert_str_eq(found("abc", "[^]"), "<error: malformed pattern (missing ']')>");
    ck_assert_str_eq(found("abc", "a)"), "<error: invalid pattern capture>");
    ck_assert_str_eq(found("abc", "%0"), "<error: invalid capture index %0>");
    ck_assert_str_eq(found("abc", "%1"), "<error: invalid capture index %1>");
    ck_assert_str_eq(found("abc", "(a)%2"), "<error: invalid capture index %2>");
    ck_assert_str_eq(found("abc", "(a%1)"), "<error: invalid capture index %1>");
    ck_assert_str_eq(found("abc", "%b"), "<error: malformed pattern (missing arguments to '%b')>");
    ck_assert_str_eq(found("abc", "%ba"), "<error: malformed pattern (missing arguments to '%b')>");
    ck_assert_str_eq(found("abc", "%f"), "<error: missing '[' after '%f' in pattern>");
    ck_assert_str_eq(found("abc", "%fa"), "<error: missing '[' after '%f' in pattern>");
    ck_assert_str_eq(found("abc", "%f[a"), "<error: malformed pattern (missing ']')>");
    char caps[80] = "";
    for (int i = 0; i < 33; i++)
        strcat(caps, "()");
    ck_assert_str_eq(found("abc", caps), "<error: too many captures>");
    caps[64] = '\0';
    ck_assert_str_eq(found("abc", caps), "");

    /* like Lua, a malformed tail is only noticed when matching reaches it */
    ck_assert_str_eq(found("abc", "x%"), "<none>");
    ck_assert_str_eq(found("abc", "x[a"), "<none>");

    struct drill_lpat m;
    drill_lpat_init(&m, "abc", 3, "a%", 2, NULL);
    size_t st, en;
    ck_assert_int_eq(drill_lpat_find(&m, 0, &st, &en), DRILL_LPAT_ERROR);
    ck_assert_int_eq(m.status, DRILL_LPAT_EPATTERN);
}
END_TEST

START_TEST(test_depth)
{
    char subj[260], pat[520];
    memset(subj, 'a', 250);
    subj[250] = '\0';
    for (int n = 198; n <= 201; n++) {
        for (int i = 0; i < n; i++)
            memcpy(pat + 2 * i, "a?", 2);
        pat[2 * n] = '\0';
        struct drill_lpat m;
        size_t st, en;
        drill_lpat_init(&m, subj, 250, pat, strlen(pat), NULL);
        int r = drill_lpat_find(&m, 0, &st, &en);
        if (n < 200) {
            /* the outer call plus one per '?' stays within Lua's 200 */
            ck_assert_int_eq(r, 1);
            ck_assert_uint_eq(en, (size_t)n);
        } else {
            ck_assert_int_eq(r, DRILL_LPAT_ERROR);
            ck_assert_int_eq(m.status, DRILL_LPAT_EDEPTH);
            ck_assert_str_eq(m.msg, "pattern too complex");
        }
    }
}
END_TEST

START_TEST(test_steps)
{
    struct drill_lpat m;
    size_t st, en;
    long steps = 1000;
    drill_lpat_init(&m, "hello", 5, "l+", 2, &steps);
    ck_assert_int_eq(drill_lpat_find(&m, 0, &st, &en), 1);
    ck_assert_int_lt(steps, 1000);
    ck_assert_int_gt(steps, 1000 - 50);

    /* the budget is shared by every session given the same counter */
    long before = steps;
    struct drill_lpat m2;
    drill_lpat_init(&m2, "hello", 5, "o", 1, &steps);
    ck_assert_int_eq(drill_lpat_find(&m2, 0, &st, &en), 1);
    ck_assert_int_lt(steps, before);

    /* every test counts: a linear scan of n bytes costs at least n */
    char big[4096];
    memset(big, 'x', sizeof big);
    steps = 4000;
    drill_lpat_init(&m, big, sizeof big, "y", 1, &steps);
    ck_assert_int_eq(drill_lpat_find(&m, 0, &st, &en), DRILL_LPAT_ERROR);
    ck_assert_int_eq(m.status, DRILL_LPAT_ESTEPS);
    ck_assert_str_eq(m.msg, DRILL_LPAT_STEPS_MESSAGE);
    ck_assert_int_eq(steps, 0);

    /* an exhausted counter stops the very next test */
    drill_lpat_init(&m, "a", 1, "a", 1, &steps);
    ck_assert_int_eq(drill_lpat_match_at(&m, 0, 0), DRILL_LPAT_ERROR);
    steps = -5;
    drill_lpat_init(&m, "a", 1, "a", 1, &steps);
    ck_assert_int_eq(drill_lpat_match_at(&m, 0, 0), DRILL_LPAT_ERROR);

    /* NULL means a private budget, sized for the subject */
    drill_lpat_init(&m, "a", 1, "a", 1, NULL);
    ck_assert_int_eq(drill_lpat_match_at(&m, 0, 0), 1);
    ck_assert_int_lt(m.own_steps, drill_lpat_budget(1));
    ck_assert_int_gt(m.own_steps, drill_lpat_budget(1) - 10);
}
END_TEST

/* The budget grows with the subject, by a fixed allowance per byte, up to the cap. */
START_TEST(test_budget_scales)
{
    ck_assert_int_eq(drill_lpat_budget(0), DRILL_LPAT_MAX_STEPS);
    ck_assert_int_eq(drill_lpat_budget(1000),
                     DRILL_LPAT_MAX_STEPS + 1000 * DRILL_LPAT_STEPS_PER_BYTE);
    long prev = 0;
    for (size_t n = 1; n < ((size_t)1 << 40); n *= 3) {
        long b = drill_lpat_budget(n);
        ck_assert_int_ge(b, prev);
        ck_assert_int_le(b, DRILL_LPAT_MAX_STEPS_CAP);
        prev = b;
    }
    ck_assert_int_eq(drill_lpat_budget((size_t)-1), DRILL_LPAT_MAX_STEPS_CAP);
    ck_assert_int_eq(drill_lpat_budget((size_t)1 << 40), DRILL_LPAT_MAX_STEPS_CAP);

    struct drill_lpat m;
    size_t st, en;
    size_t k = (size_t)256 << 10;
    char *big = malloc(k);
    ck_assert_ptr_nonnull(big);
    memset(big, 'x', k);
    /* a pattern that backtracks over the subject from every start does not pass, though its
     * budget grew with the subject too */
    drill_lpat_init(&m, big, k, ".-y", 3, NULL);
    ck_assert_int_gt(m.own_steps, DRILL_LPAT_MAX_STEPS);
    ck_assert_int_eq(drill_lpat_find(&m, 0, &st, &en), DRILL_LPAT_ERROR);
    ck_assert_int_eq(m.status, DRILL_LPAT_ESTEPS);
    free(big);
}
END_TEST

/* The example from the problem statement: exponential in stock Lua, bounded here. */
START_TEST(test_steps_catastrophic_core)
{
    char subj[41], pat[121];
    memset(subj, 'a', 40);
    subj[40] = '\0';
    for (int i = 0; i < 40; i++)
        memcpy(pat + 2 * i, "a?", 2);
    memset(pat + 80, 'a', 40);
    pat[120] = '\0';
    struct drill_lpat m;
    size_t st, en;
    drill_lpat_init(&m, subj, 40, pat, 120, NULL);
    ck_assert_int_eq(drill_lpat_find(&m, 0, &st, &en), DRILL_LPAT_ERROR);
    ck_assert_int_eq(m.status, DRILL_LPAT_ESTEPS);
    ck_assert_int_eq(m.own_steps, 0);
}
END_TEST

/* ".-" before a literal byte skips to that byte's next place at once, and spends what the
 * tries it skips would have: the same steps, results and step-limit errors, at every budget,
 * as the same pattern with the byte written as a one-byte set, which tries every place. */
START_TEST(test_lazy_literal_spends_alike)
{
    static const char *const pairs[][2] = {
        {"(.-)\n", "(.-)[\n]"}, {"((.-))x", "((.-))[x]"}, {"a.-%.", "a.-[.]"},
        {".-x+y", ".-[x]+y"},   {"(.-)x?", "(.-)[x]?"},   {".-%%", ".-[%%]"},
        {"^(.-)$", "^(.-)$"},
    };
    static const char *const subjects[] = {
        "",          "x",     "line one\nline two\n", "no break at all", "aaaa.bbbb", "zzzzxxxy",
        "50% off %", "\n\n\n"};
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++)
        for (size_t j = 0; j < sizeof subjects / sizeof *subjects; j++)
            for (long budget = 1; budget <= 120; budget++) {
                const char *subj = subjects[j];
                size_t n = strlen(subj), at = 0;
                long got[2];
                int rc[2];
                size_t st[2] = {0, 0}, en[2] = {0, 0};
                for (int k = 0; k < 2; k++) {
                    struct drill_lpat m;
                    long steps = budget;
                    drill_lpat_init(&m, subj, n, pairs[i][k], strlen(pairs[i][k]), &steps);
                    /* every match, as gmatch finds them */
                    for (at = 0, rc[k] = 1; rc[k] == 1 && at <= n;) {
                        rc[k] = drill_lpat_find(&m, at, &st[k], &en[k]);
                        at = en[k] > st[k] ? en[k] : en[k] + 1;
                    }
                    got[k] = steps;
                }
                ck_assert_msg(
                    rc[0] == rc[1] && got[0] == got[1] && st[0] == st[1] && en[0] == en[1],
                    "%s against %s on \"%s\" with %ld steps: %d/%ld against %d/%ld", pairs[i][0],
                    pairs[i][1], subjects[j], budget, rc[0], got[0], rc[1], got[1]);
            }
}
END_TEST

/* A pattern whose matches start with a literal byte goes to that byte's places at once, and
 * spends a step for each place it passes, as the failed tries would: the same steps, results
 * and step-limit errors, at every budget, as the same byte written as a one-byte set. */
START_TEST(test_first_literal_spends_alike)
{
    static const char *const pairs[][2] = {
        {"x%d", "[x]%d"},       {"%.%s", "[.]%s"}, {"ab+", "[a]b+"},
        {"\\[bB]", "[\\][bB]"}, {"x?y", "x?y"},    {"%a", "%a"},
    };
    static const char *const subjects[] = {
        "", "x", "ab x1 x x2", "no such byte here", "end. of. it.", "aaabbb", "\\b \\B \\w"};
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++)
        for (size_t j = 0; j < sizeof subjects / sizeof *subjects; j++)
            for (long budget = 1; budget <= 60; budget++) {
                const char *subj = subjects[j];
                size_t n = strlen(subj);
                long got[2];
                int rc[2];
                size_t st[2] = {0, 0}, en[2] = {0, 0}, found[2] = {0, 0};
                for (int k = 0; k < 2; k++) {
                    struct drill_lpat m;
                    long steps = budget;
                    drill_lpat_init(&m, subj, n, pairs[i][k], strlen(pairs[i][k]), &steps);
                    size_t at = 0;
                    for (rc[k] = 1; rc[k] == 1 && at <= n; found[k]++) {
                        rc[k] = drill_lpat_find(&m, at, &st[k], &en[k]);
                        at = en[k] > st[k] ? en[k] : en[k] + 1;
                    }
                    got[k] = steps;
                }
                ck_assert_msg(rc[0] == rc[1] && got[0] == got[1] && st[0] == st[1] &&
                                  en[0] == en[1] && found[0] == found[1],
                              "%s against %s on \"%s\" with %ld steps: %d/%ld against %d/%ld",
                              pairs[i][0], pairs[i][1], subjects[j], budget, rc[0], got[0], rc[1],
                              got[1]);
            }
}
END_TEST

/* A pattern that opens with a set or a class is tried only where the subject holds one of its
 * bytes: the same matches, and the same steps spent, as a try at every byte. */
START_TEST(test_first_set_spends_alike)
{
    static const char *const pats[] = {"[%d_]+", "%a",    "[^%s]", "%W+x",       "[a-c]%d",
                                       "[]a]",   "[^a]b", "%u",    "[%z\1-\10]", "%s*x"};
    char subj[4][200];
    for (int v = 0; v < 4; v++) { /* sparse and dense hits, and none at all */
        for (int i = 0; i < 199; i++)
            subj[v][i] = v == 0   ? "aaaa bbb ccc."[i % 13]
                         : v == 1 ? "a1 b_2 ]x A\1bc"[i % 15]
                         : v == 2 ? "          "[i % 10]
                                  : (i % 50 == 49 ? '7' : '.');
        subj[v][199] = '\0';
    }
    for (size_t i = 0; i < sizeof pats / sizeof *pats; i++)
        for (int v = 0; v < 4; v++)
            for (long budget = 1; budget <= 1200; budget += 7) {
                size_t n = strlen(subj[v]), pl = strlen(pats[i]);
                struct drill_lpat m, r;
                long steps = budget, rsteps = budget;
                drill_lpat_init(&m, subj[v], n, pats[i], pl, &steps);
                drill_lpat_init(&r, subj[v], n, pats[i], pl, &rsteps);
                size_t st = 0, en = 0, rst = 0, ren = 0;
                int rc = drill_lpat_find(&m, 5, &st, &en), rrc = 0;
                for (size_t at = 5; at <= n; at++) {
                    ptrdiff_t e = drill_lpat_match_at(&r, at, 0);
                    if (e == DRILL_LPAT_ERROR || e >= 0) {
                        rrc = e >= 0 ? 1 : DRILL_LPAT_ERROR;
                        rst = at, ren = e >= 0 ? (size_t)e : 0;
                        break;
                    }
                }
                if (rrc <= 0)
                    rst = ren = st = en = 0;
                ck_assert_msg(rc == rrc && steps == rsteps && st == rst && en == ren,
                              "%s on subject %d with %ld steps: %d/%ld at %zu-%zu against "
                              "%d/%ld at %zu-%zu",
                              pats[i], v, budget, rc, steps, st, en, rrc, rsteps, rst, ren);
            }
}
END_TEST

START_TEST(test_find_plain)
{
    struct drill_lpat m;
    size_t st, en;
    drill_lpat_init(&m, "a.b(c", 5, "(c", 2, NULL);
    ck_assert_int_eq(drill_lpat_find_plain(&m, 0, &st, &en), 1);
    ck_assert_uint_eq(st, 3);
    ck_assert_uint_eq(en, 5);
    ck_assert_int_eq(drill_lpat_find_plain(&m, 4, &st, &en), 0);
    drill_lpat_init(&m, "abc", 3, "", 0, NULL);
    ck_assert_int_eq(drill_lpat_find_plain(&m, 3, &st, &en), 1);
    ck_assert_uint_eq(st, 3);
    ck_assert_uint_eq(en, 3);
    drill_lpat_init(&m, "abc", 3, "abcd", 4, NULL);
    ck_assert_int_eq(drill_lpat_find_plain(&m, 0, &st, &en), 0);

    /* a long needle that nearly matches everywhere runs out of budget, not of time */
    size_t n = 1u << 20, k = 1u << 16;
    char *hay = malloc(n), *needle = malloc(k);
    ck_assert_ptr_nonnull(hay);
    ck_assert_ptr_nonnull(needle);
    memset(hay, 'a', n);
    memset(needle, 'a', k);
    needle[k - 1] = 'b';
    drill_lpat_init(&m, hay, n, needle, k, NULL);
    ck_assert_int_eq(drill_lpat_find_plain(&m, 0, &st, &en), DRILL_LPAT_ERROR);
    ck_assert_int_eq(m.status, DRILL_LPAT_ESTEPS);
    free(hay);
    free(needle);

    ck_assert_int_eq(drill_lpat_has_specials("abc", 3), 0);
    ck_assert_int_eq(drill_lpat_has_specials("a)c", 3), 0);
    ck_assert_int_eq(drill_lpat_has_specials("a\0.", 3), 1);
    for (const char *p = "^$*+?.([%-"; *p; p++)
        ck_assert_int_eq(drill_lpat_has_specials(p, 1), 1);
}
END_TEST

/* ---------------------------------------------------------------- Lua harness */

/* Loaded into both states. ser() turns any results into comparable text; drive() runs one
 * (subject, pattern) pair through every function with a spread of extra arguments. */
static const char HARNESS[] =
    "function ser(...)\n"
    "  local out = {}\n"
    "  for i = 1, select('#', ...) do\n"
    "    local v = select(i, ...)\n"
    "    local t = type(v)\n"
    "    if t == 'string' then out[i] = string.format('%q', v)\n"
    "    elseif t == 'number' then out[i] = math.type(v) .. ':' .. tostring(v)\n"
    "    elseif t == 'boolean' or t == 'nil' then out[i] = tostring(v)\n"
    "    else out[i] = t end\n"
    "  end\n"
    "  return '(' .. table.concat(out, ',') .. ')'\n"
    "end\n"
    "function collect(it)\n"
    "  local out = {}\n"
    "  for _ = 1, 200 do\n"
    "    local r = table.pack(it())\n"
    "    if r.n == 0 then break end\n"
    "    out[#out + 1] = ser(table.unpack(r, 1, r.n))\n"
    "  end\n"
    "  return table.concat(out, ';')\n"
    "end\n"
    "local T = {hello = 'HI', o = 1.5, l = false, a = 'A', [1] = 'one', [3] = 3,\n"
    "           ['2024'] = 2025, x = true, b = {}}\n"
    "local function fn(...) return ser(...) end\n"
    "local function nested(c) return (string.find('ab' .. c, c, 1, true)) end\n"
    "function drive(S, P)\n"
    "  local R = {}\n"
    "  local function run(label, f, ...) R[#R + 1] = label .. '=' .. ser(pcall(f, ...)) end\n"
    "  run('find', string.find, S, P)\n"
    "  run('find3', string.find, S, P, 3)\n"
    "  run('find-2', string.find, S, P, -2)\n"
    "  run('findplain', string.find, S, P, 1, true)\n"
    "  run('match', string.match, S, P)\n"
    "  run('match2', string.match, S, P, 2)\n"
    "  run('match-1', string.match, S, P, -1)\n"
    "  run('gmatch', function() return collect(string.gmatch(S, P)) end)\n"
    "  run('gmatch3', function() return collect(string.gmatch(S, P, 3)) end)\n"
    "  run('gsub', string.gsub, S, P, '<%0>')\n"
    "  run('gsub1', string.gsub, S, P, '[%1]')\n"
    "  run('gsubn', string.gsub, S, P, '#', 2)\n"
    "  run('gsubt', string.gsub, S, P, T)\n"
    "  run('gsubf', string.gsub, S, P, fn)\n"
    "  run('gsubnil', string.gsub, S, P, function() return nil end)\n"
    "  run('gsubnest', string.gsub, S, P, nested)\n"
    "  return table.concat(R, '\\n')\n"
    "end\n";

#define DRIVE_VARIANTS 16

static lua_State *new_state(int bounded)
{
    lua_State *L = luaL_newstate();
    ck_assert_ptr_nonnull(L);
    luaL_openlibs(L);
    if (bounded) {
        lua_getglobal(L, "string");
        int top = lua_gettop(L);
        drill_lpat_install(L, -1);
        ck_assert_int_eq(lua_gettop(L), top);
        lua_pop(L, 1);
    }
    if (luaL_loadbufferx(L, HARNESS, sizeof HARNESS - 1, "=harness", "t") != LUA_OK ||
        lua_pcall(L, 0, 0, 0) != LUA_OK)
        ck_abort_msg("harness: %s", lua_tostring(L, -1));
    return L;
}

/* Leaves drive(s, p)'s text on L's stack and returns it. */
static const char *drive(lua_State *L, const char *s, size_t sl, const char *p, size_t pl,
                         size_t *len)
{
    lua_settop(L, 0);
    lua_getglobal(L, "drive");
    lua_pushlstring(L, s, sl);
    lua_pushlstring(L, p, pl);
    if (lua_pcall(L, 2, 1, 0) != LUA_OK)
        lua_pushfstring(L, "<driver failed: %s>", lua_tostring(L, -1));
    return lua_tolstring(L, -1, len);
}

/* Leaves the serialised pcall results of Lua expression `expr` on L's stack. */
static const char *eval(lua_State *L, const char *expr, size_t *len)
{
    lua_settop(L, 0);
    lua_pushfstring(L, "return ser(pcall(function() return %s end))", expr);
    size_t cl;
    const char *chunk = lua_tolstring(L, -1, &cl);
    if (luaL_loadbufferx(L, chunk, cl, "=case", "t") != LUA_OK || lua_pcall(L, 0, 1, 0) != LUA_OK)
        lua_pushfstring(L, "<case failed: %s>", lua_tostring(L, -1));
    return lua_tolstring(L, -1, len);
}

struct pair {
    const char *s;
    size_t sl;
    const char *p;
    size_t pl;
};
#define PAIR(s, p)                                                                                 \
    {                                                                                              \
        s, sizeof(s) - 1, p, sizeof(p) - 1                                                         \
    }

/* (subject, pattern) pairs: every feature, its edge cases, and malformed patterns. */
static const struct pair PAIRS[] = {
    PAIR("hello world", "o"),
    PAIR("hello world", "o w"),
    PAIR("hello world", "l+"),
    PAIR("hello world", "l*"),
    PAIR("hello world", "l-"),
    PAIR("hello world", "l?"),
    PAIR("hello world", "^h"),
    PAIR("hello world", "^e"),
    PAIR("hello world", "d$"),
    PAIR("hello world", "o$"),
    PAIR("hello world", "^hello world$"),
    PAIR("hello world", "$"),
    PAIR("hello world", "^"),
    PAIR("hello world", ""),
    PAIR("", ""),
    PAIR("", "a"),
    PAIR("", "a*"),
    PAIR("", "^$"),
    PAIR("", "()"),
    PAIR("hello world", "()"),
    PAIR("hello world", "(o)(r)"),
    PAIR("hello world", "(h)(e)(l)(l)(o)"),
    PAIR("hello world", "()ll()"),
    PAIR("hello world", "(l)(l)"),
    PAIR("hello world", "((l)(l))"),
    PAIR("hello world", "%a+"),
    PAIR("hello world", "%A+"),
    PAIR("abc123def", "%d+"),
    PAIR("abc123def", "%D+"),
    PAIR("abc 123\tdef\n", "%s"),
    PAIR("abc 123\tdef\n", "%S+"),
    PAIR("Hello World", "%u%l+"),
    PAIR("Hello World", "%U+"),
    PAIR("Hello World", "%L+"),
    PAIR("a,b;c.d!e", "%p"),
    PAIR("a,b;c.d!e", "%P+"),
    PAIR("abc\1\2\177def", "%c+"),
    PAIR("abc\1\2\177def", "%C+"),
    PAIR("0x1F beef", "%x+"),
    PAIR("0x1F beef", "%X+"),
    PAIR("foo_bar baz9", "%w+"),
    PAIR("foo_bar baz9", "%W"),
    PAIR("a b\tc", "%g+"),
    PAIR("a b\tc", "%G"),
    PAIR("a.b", "."),
    PAIR("a.b", "%."),
    PAIR("a.b", "%.+"),
    PAIR("a+b=c", "a%+b"),
    PAIR("100%", "%%"),
    PAIR("f(x)", "%(x%)"),
    PAIR("a[b]c", "%[b%]"),
    PAIR("abcxyz", "[a-c]+"),
    PAIR("abcxyz", "[^a-c]+"),
    PAIR("a]b]", "[]]"),
    PAIR("a]b]", "[^]]+"),
    PAIR("a-b-c", "[a-]+"),
    PAIR("a-b-c", "[-a]+"),
    PAIR("a-b-c", "[%-]"),
    PAIR("a%b%c", "[%%]"),
    PAIR("a1_b2", "[%a_]+"),
    PAIR("a1_b2", "[%d_]+"),
    PAIR("a1_b2", "[^%d]+"),
    PAIR("]]a", "[%]]+"),
    PAIR("^^a", "[%^a]+"),
    PAIR("^^a", "[a^]+"),
    PAIR("az-AZ", "[a-z-]+"),
    PAIR("a-%]z", "[a-%]]"),
    PAIR("xyz", "[z-a]"),
    PAIR("a.b", "[.]"),
    PAIR("$x$", "$x"),
    PAIR("$x$", "x$"),
    PAIR("$x$", "%$"),
    PAIR("a$", "$$"),
    PAIR("a^b", "a^b"),
    PAIR("THE (quick) fox", "%((%a+)%)"),
    PAIR("THE (quick) (brown) fox", "%b()"),
    PAIR("f(a(b)c)d", "%b()"),
    PAIR("f(a(b)c", "%b()"),
    PAIR("[[x]]", "%b[]"),
    PAIR("aaa", "%baa"),
    PAIR("x(y)z", "%b()*"),
    PAIR("THE (quick) fox", "%f[%a]%a+"),
    PAIR("THE (quick) fox", "%f[%A]"),
    PAIR("hello", "%f[%l]"),
    PAIR("hello", "%f[%z]"),
    PAIR("hello", "%f[^%z]"),
    PAIR("hello world from lua", "%f[%w]%w+"),
    PAIR("aXb", "%f[%u]"),
    PAIR("abcabc", "(abc)%1"),
    PAIR("abab cdcd", "(%a%a)%1"),
    PAIR("xyzzy", "(.)%1"),
    PAIR("hello", "(l)%1"),
    PAIR("hello", "()%1"),
    PAIR("key = value", "(%w+)%s*=%s*(%w+)"),
    PAIR("  trim me  ", "^%s*(.-)%s*$"),
    PAIR("one two three", "(%w+) (%w+)"),
    PAIR("2024-01-15", "(%d+)-(%d+)-(%d+)"),
    PAIR("a,b,,c", "([^,]*)"),
    PAIR("a,b,,c", "[^,]*"),
    PAIR("a,b,,c", ","),
    PAIR("abc", ".-"),
    PAIR("abc", ".-$"),
    PAIR("abc", "a.-c"),
    PAIR("<a><b>", "<.->"),
    PAIR("<a><b>", "<.*>"),
    PAIR("aaa", "a-b"),
    PAIR("aaab", "a-b"),
    PAIR("aaab", "a*b"),
    PAIR("aaab", "a+b"),
    PAIR("aaab", "a?b"),
    PAIR("b", "a?b"),
    PAIR("ab", "a?a?ab"),
    PAIR("abc", "a*"),
    PAIR("abc", "x*"),
    PAIR("abc", ".*"),
    PAIR("abc", ".+"),
    PAIR("abc", "(.)"),
    PAIR("abc", "(.)(.)"),
    PAIR("a\0b\0c", "%z"),
    PAIR("a\0b\0c", "[%z]"),
    PAIR("a\0b\0c", "%Z+"),
    PAIR("a\0b\0c", "b\0"),
    PAIR("a\0b\0c", "\0"),
    PAIR("a\0b\0c", ".\0."),
    PAIR("a\0b", "[\0]"),
    PAIR("a\0b", "%f[%z]"),
    PAIR("\xff\xfe\x80", "[\x80-\xff]+"),
    PAIR("\xff\xfe\x80", "%a"),
    PAIR("caf\xc3\xa9", "[\xc3][\x80-\xbf]"),
    PAIR("abc", "abc%"),
    PAIR("abc", "x%"),
    PAIR("abc", "[a"),
    PAIR("abc", "[a%"),
    PAIR("abc", "[%]"),
    PAIR("abc", "[]"),
    PAIR("abc", "[^]"),
    PAIR("abc", "(a"),
    PAIR("abc", "a)"),
    PAIR("abc", ")"),
    PAIR("abc", "%1"),
    PAIR("abc", "(a)%2"),
    PAIR("abc", "(a%1)"),
    PAIR("abc", "%0"),
    PAIR("abc", "%b"),
    PAIR("abc", "%ba"),
    PAIR("abc", "%f"),
    PAIR("abc", "%fa"),
    PAIR("abc", "%f[a"),
    PAIR("abc", "a%"),
    PAIR("abc", "()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()"),
    PAIR("abc", "()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()"),
    PAIR("hello", "(h)(e)(l)(l)(o)%5"),
    PAIR("x = 1, y = 2", "(%w+) = (%w+)"),
    PAIR("abc", "%a-%d*"),
    PAIR("aaa", "^a-$"),
    PAIR("ab", "^(a)(b)$"),
    PAIR("ab", "b*$"),
    PAIR("the end.", "%.$"),
    PAIR("a$b", "a$b"),
    PAIR("%", "%%"),
    PAIR("aaa", "(a*(.)%w(%s*))"),
    PAIR("abcd", "(a)(b)(c)(d)"),
    PAIR("foo.bar.baz", "[^.]+"),
    PAIR("foo.bar.baz", "%.?[^.]+"),
    PAIR("  x", "^%s*"),
    PAIR("hello world", "[%w%s]+"),
    PAIR("12ab34", "%d*"),
    PAIR("abc", "[b-]"),
    PAIR("a-c", "[b-]"),
    PAIR("AbC", "[A-Z]"),
    PAIR("abc", "(.-)c"),
    PAIR("abc", "()(.)()"),
    PAIR("ab(c)d", "%(.-%)"),
    PAIR("hello", "[%w]-l"),
    PAIR("x", "[%]"),
    PAIR("abc", "[%a-z]"),
    PAIR("a-z", "[%a-z]+"),
    PAIR("abc", "%g-c"),
    PAIR("hello\nworld", "[^\n]+"),
    PAIR("a.b.c", "%.(.)"),
    PAIR("aXbXc", "X(.)X"),
    PAIR("2024 1 o", "%d+"),
    PAIR("a b x", "%a"),
    PAIR("aaa", "()a()"),
    PAIR("hello", "(l+)(o?)"),
    PAIR("hello", "(x?)"),
    PAIR("((a))", "%b()%b()"),
    PAIR("a(b)c", "(%b())"),
    PAIR("word1 word2", "%f[%w](%w+)%f[%W]"),
    PAIR("abc", "(a)(b)(c)%3%2%1"),
    PAIR("abccba", "(a)(b)(c)%3%2%1"),
    PAIR("abc", "[abc"),
    PAIR("abc", "b(c"),
    PAIR("abc", "(()"),
    PAIR("abc", "b)"),
    PAIR("abc", "%"),
    PAIR("a%", "%%%"),
    PAIR("a-b", "a-"),
    PAIR("a-b", "-"),
    PAIR("a*b", "*"),
    PAIR("a+b", "+b"),
    PAIR("a?b", "?"),
    PAIR("ab", "a**"),
    PAIR("aab", "a+?b"),
    PAIR("[x]", "[[]"),
    PAIR("a^", "[]^]+"),
};

START_TEST(test_diff_pairs)
{
    lua_State *ref = new_state(0), *drl = new_state(1);
    size_t n = sizeof PAIRS / sizeof PAIRS[0];
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        const struct pair *c = &PAIRS[i];
        size_t al, bl;
        const char *a = drive(ref, c->s, c->sl, c->p, c->pl, &al);
        const char *b = drive(drl, c->s, c->sl, c->p, c->pl, &bl);
        if (al != bl || memcmp(a, b, al) != 0) {
            if (bad++ < 10)
                fprintf(stderr, "pair %zu (%s, %s):\n--- stock\n%s\n--- drill\n%s\n", i, c->s, c->p,
                        a, b);
        }
    }
    printf("differential pairs: %zu pairs x %d calls, %d differ\n", n, DRIVE_VARIANTS, bad);
    lua_close(ref);
    lua_close(drl);
    ck_assert_int_eq(bad, 0);
    ck_assert_uint_ge(n, 150);
}
END_TEST

/* Whole expressions, for the arguments the pair driver does not vary. */
static const char *const EXPRS[] = {
    "string.find('abc', 'b', 1, true)",
    "string.find('a.c', '.', 1, true)",
    "string.find('a.c', '.', 3, true)",
    "string.find('abc', '', 4)",
    "string.find('abc', '', 5)",
    "string.find('abc', '', -1)",
    "string.find('abc', 'c', -1)",
    "string.find('abc', 'a', -10)",
    "string.find('abc', 'a', math.mininteger)",
    "string.find('abc', 'a', math.maxinteger)",
    "string.find('abc', 'a', 0)",
    "string.find('abc', 'b', 2.0)",
    "string.find('abc', 'b', 2.5)",
    "string.find('abc', 'b', '2')",
    "string.find('abc', 'b', 'x')",
    "string.find('abc', 'b', {})",
    "string.find('abc')",
    "string.find()",
    "string.find(nil, 'a')",
    "string.find({}, 'a')",
    "string.find(12345, 34)",
    "string.find(1.5, '.', 1, true)",
    "string.find('a+b', '+', 1, 1)",
    "string.find('a+b', 'a+', 1, false)",
    "string.find('a+b', 'a+', 1, nil)",
    "string.find('a(b', '(', 1, true)",
    "string.find('abc', 'a)')",
    "string.find('abc', 'bc', 2, true)",
    "string.find('', '', 1, true)",
    "string.find('', '', 2, true)",
    "string.find('abc', '(b)(c)')",
    "string.find('abc', '()b()')",
    "string.find('abc', '(b', 1)",
    "string.match('abc', 'a)')",
    "string.match('abc', 'b', -1)",
    "string.match('abc', '()', 4)",
    "string.match('abc', '()', 5)",
    "string.match('abc', '()', -1)",
    "string.match('abc', '^b', 2)",
    "string.match('key=val', '(%w+)=(%w+)')",
    "string.match('abc', 'b', 2, true)",
    "string.match()",
    "('hello'):find('l')",
    "('hello'):find('l', 4)",
    "('hello'):match('(h)(e)')",
    "('hello'):gsub('l', 'L')",
    "('hello'):find()",
    "select('#', ('hello'):gsub('l', 'L'))",
    "string.gsub('hello world', 'o', '0', 1)",
    "string.gsub('hello world', 'o', '0', 0)",
    "string.gsub('hello world', 'o', '0', -1)",
    "string.gsub('hello world', 'o', '0', 1.0)",
    "string.gsub('hello world', 'o', '0', 1.5)",
    "string.gsub('hello world', 'o', '0', '1')",
    "string.gsub('hello world', 'o', '0', 'x')",
    "string.gsub('hello', '', '-')",
    "string.gsub('hello', 'x*', '-')",
    "string.gsub('hello', 'l*', '-')",
    "string.gsub('abc', '%w', '%1%1')",
    "string.gsub('abc', '%w', '%%')",
    "string.gsub('abc', '%w', '%')",
    "string.gsub('abc', '%w', 'x%')",
    "string.gsub('abc', '%w', '%x')",
    "string.gsub('abc', '%w', '%2')",
    "string.gsub('abc', '(%w)', '%2')",
    "string.gsub('abc', '(%w)()', '%2')",
    "string.gsub('abc', '(%w)()', '%0%1%2%%')",
    "string.gsub('abc', '%w', '%9')",
    "string.gsub('abc', '%w', 5)",
    "string.gsub('abc', '%w', 1.5)",
    "string.gsub('abc', '%w', 2^53)",
    "string.gsub('abc', '%w')",
    "string.gsub('abc', '%w', true)",
    "string.gsub('abc', '%w', nil, 'x')",
    "string.gsub('abc', '%w', {a = 1, b = true})",
    "string.gsub('abc', '%w', {a = 1, b = {}})",
    "string.gsub('abc', '%w', {a = 1.0, b = 2^63})",
    "string.gsub('ab', '%w', setmetatable({}, {__index = function(_, k) return k..k end}))",
    "string.gsub('abc', '%w', function(c) if c == 'b' then return nil end return c .. c end)",
    "string.gsub('abc', '%w', function(c) return {} end)",
    "string.gsub('abc', '%w', function(c) return c == 'b' end)",
    "string.gsub('abc', '%w', function(c) error('boom') end)",
    "string.gsub('abc', '%w', function(c) error('boom', 0) end)",
    "string.gsub('abc', '%w', function() return string.gsub('xyz', 'y', 'Y') end)",
    "string.gsub('abc', '()', '%1')",
    "string.gsub('abc', '()', {[1] = 'one', [4] = 'four'})",
    "string.gsub('abc', '(%w)(%w)', function(a, b) return b .. a end)",
    "string.gsub('abc', '^a', 'X')",
    "string.gsub('aaa', '^a', 'X')",
    "string.gsub('abc', '^', 'X')",
    "string.gsub('abc', '$', 'X')",
    "string.gsub('abc', '^$', 'X')",
    "string.gsub('', '^$', 'X')",
    "string.gsub('', '', 'X')",
    "string.gsub('abc', 'b*', '-')",
    "string.gsub('a b c', '%s', '')",
    "string.gsub('hello', '(l)(l)', '%2%1')",
    "string.gsub('hello', 'l', {l = false})",
    "string.gsub('hello world', '%w+', '%0 %0', 1)",
    "string.gsub('abc', '(', 'x')",
    "string.gsub('abc', '(', '%1')",
    "string.gsub('abc', '(', {})",
    "string.gsub('abc', '.', {a = '%1'})",
    "string.gsub(123, 2, 9)",
    "string.gsub('x', 'x', '%0', math.maxinteger)",
    "string.gsub('x', 'x', '%0', math.mininteger)",
    "string.gsub('abc', '[', 'x')",
    "string.gsub('a\\0b', '%z', '0')",
    "string.gsub('a.b', '.', {['.'] = '!'})",
    "collect(string.gmatch('hello world', '%a+'))",
    "collect(string.gmatch('hello world', '%a+', 3))",
    "collect(string.gmatch('hello world', '%a+', -3))",
    "collect(string.gmatch('hello world', '%a+', 100))",
    "collect(string.gmatch('hello world', '%a+', 12))",
    "collect(string.gmatch('hello world', '%a*', 12))",
    "collect(string.gmatch('hello world', '%a+', 0))",
    "collect(string.gmatch('hello world', '%a+', 2.5))",
    "collect(string.gmatch('hello world', '%a+', -100))",
    "collect(string.gmatch('abc', ''))",
    "collect(string.gmatch('abc', 'x*'))",
    "collect(string.gmatch('^a^a', '^a'))",
    "collect(string.gmatch('k1=v1, k2=v2', '(%w+)=(%w+)'))",
    "collect(string.gmatch('abc', '()'))",
    "collect(string.gmatch('abc', '[a'))",
    "collect(string.gmatch('abc', '(a'))",
    "collect(string.gmatch(12321, 2))",
    "string.gmatch('abc')",
    "string.gmatch()",
    "type(string.gmatch('abc', '['))",
    "(function() local it = string.gmatch('ab', '.'); return it(), it(), it(), it() end)()",
    "(function() local it = string.gmatch('ab', '%f'); return pcall(it) end)()",
    "(function() local it = string.gmatch('ab', 'x'); it(); return it() end)()",
    "string.find(string.rep('a', 250), string.rep('a?', 199))",
    "string.find(string.rep('a', 250), string.rep('a?', 200))",
    "string.find(string.rep('a', 250), string.rep('a?', 201))",
    "string.match(string.rep('a', 250), string.rep('(a)', 32))",
    "string.match(string.rep('a', 250), string.rep('(a)', 33))",
    "string.find('abc', string.rep('()', 32))",
    "string.find('abc', string.rep('()', 33))",
    "string.match('abc', string.rep('(', 33) .. 'a' .. string.rep(')', 33))",
    "string.match('abc', string.rep('(', 32) .. 'a' .. string.rep(')', 32))",
    "select('#', string.match('abc', string.rep('()', 32)))",
    "string.gsub(string.rep('ab', 1000), '(a)(b)', '%2%1')",
    "#string.gsub(string.rep('x ', 50000), '%s+', '')",
    "string.gsub(string.rep('x ', 50000), '%s+', '', 5)",
    "string.match('  x  ', '^%s*(.-)%s*$')",
    "string.rep('x', 3):gsub('.', {x = 'y'})",
    "string.find(string.rep('ab', 100), string.rep('ab', 50), 1, true)",
    "string.find(string.rep('ab', 100), string.rep('ab', 50) .. 'c', 1, true)",
    "string.match(string.rep('(', 100) .. string.rep(')', 100), '%b()')",
    "string.find('aaa', 'a-', 4)",
    "string.find('aaa', '$', 4)",
    "string.find('a\\0b', '\\0', 1, true)",
    "string.find('a\\0b', 'b', 1, true)",
    "string.find('a\\0.b', '\\0.')",
};

START_TEST(test_diff_expressions)
{
    lua_State *ref = new_state(0), *drl = new_state(1);
    size_t n = sizeof EXPRS / sizeof EXPRS[0];
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        size_t al, bl;
        const char *a = eval(ref, EXPRS[i], &al);
        const char *b = eval(drl, EXPRS[i], &bl);
        if (al != bl || memcmp(a, b, al) != 0) {
            if (bad++ < 10)
                fprintf(stderr, "%s\n  stock: %.300s\n  drill: %.300s\n", EXPRS[i], a, b);
        }
    }
    printf("differential expressions: %zu, %d differ\n", n, bad);
    lua_close(ref);
    lua_close(drl);
    ck_assert_int_eq(bad, 0);
}
END_TEST

/* Random short patterns from a token alphabet built to reach the odd corners (stray '%', '['
 * and ')', quantifiers on anything, back-references), against short subjects. Sizes are kept
 * small so stock Lua cannot backtrack for long either. */
START_TEST(test_diff_random)
{
    static const char *const tokens[] = {
        "a",   "b",  ".",  "%a", "%d", "%s", "%w",  "%A",     "[ab]",  "[^a]", "[a-c]",  "[%d_]",
        "(",   ")",  "()", "*",  "+",  "-",  "?",   "^",      "$",     "%b()", "%f[%w]", "%f[%W]",
        "%1",  "%2", "%",  "[",  "]",  "x",  "%%",  "%.",     "%z",    "[]a]", "[^%s]",  "\0",
        "(a)", "a-", "b*", ".-", ".*", "a?", "%a+", "[a-z]*", "(%a*)", "a",    "b",      ".",
    };
    static const char alphabet[] = "aaabb b(c)1_\0.x%^$";
    size_t ntok = sizeof tokens / sizeof tokens[0];
    lua_State *ref = new_state(0), *drl = new_state(1);
    unsigned long rng = 12345;
    int bad = 0, cases = 6000;
    for (int i = 0; i < cases; i++) {
        char subj[128], pat[64];
        size_t sl = 0, pl = 0;
        rng = rng * 6364136223846793005UL + 1442695040888963407UL;
        /* one in four long: a scan past FIRST_SET_MIN bytes */
        size_t want_s = (rng >> 33) % 11 + (i % 4 == 3 ? 70 + (rng >> 50) % 40 : 0),
               want_p = 1 + (rng >> 45) % 6;
        for (size_t k = 0; k < want_s; k++) {
            rng = rng * 6364136223846793005UL + 1442695040888963407UL;
            subj[sl++] = alphabet[(rng >> 33) % (sizeof alphabet - 1)];
        }
        for (size_t k = 0; k < want_p; k++) {
            rng = rng * 6364136223846793005UL + 1442695040888963407UL;
            const char *t = tokens[(rng >> 33) % ntok];
            size_t tl = t[0] ? strlen(t) : 1;
            memcpy(pat + pl, t, tl);
            pl += tl;
        }
        size_t al, bl;
        const char *a = drive(ref, subj, sl, pat, pl, &al);
        const char *b = drive(drl, subj, sl, pat, pl, &bl);
        if (al != bl || memcmp(a, b, al) != 0) {
            if (bad++ < 5)
                fprintf(stderr, "random %d (%.*s, %.*s):\n--- stock\n%s\n--- drill\n%s\n", i,
                        (int)sl, subj, (int)pl, pat, a, b);
        }
    }
    printf("differential random: %d pairs x %d calls, %d differ\n", cases, DRIVE_VARIANTS, bad);
    lua_close(ref);
    lua_close(drl);
    ck_assert_int_eq(bad, 0);
}
END_TEST

/* ---------------------------------------------------------------- hostile cases */

/* Hostile calls: each must raise the step-limit error, quickly, and leave the state usable. */
static const char *const HOSTILE[] = {
    "string.find(string.rep('a', 40), string.rep('a?', 40) .. string.rep('a', 40))",
    "string.match(string.rep('a', 40), string.rep('a?', 40) .. string.rep('a', 40))",
    "(string.rep('x', 30)):find(string.rep('x?', 30) .. string.rep('x', 30))",
    "collect(string.gmatch(string.rep('a', 40), string.rep('a?', 40) .. string.rep('a', 40)))",
    "string.gsub(string.rep('a', 40), string.rep('a?', 40) .. string.rep('a', 40), '')",
    "string.find(string.rep('a', 5000), 'a*a*a*a*a*b')",
    "string.match(string.rep('a', 3000), '(.-)(.-)(.-)(.-)$b')",
    "string.find(string.rep('ab', 3000), '(.*)(.*)%1%2c')",
    "string.gsub(string.rep('(', 100000), '%b()', '')",
    "string.find(string.rep('a', 1 << 20), string.rep('a', 1 << 16) .. 'b', 1, true)",
    "string.gsub(string.rep('a', 1000), '.-.-.-.-b', 'x')",
    "string.find(string.rep('a', 10000), '[' .. string.rep('b', 100000) .. ']')",
    /* backtracking that a budget growing with the subject must still refuse */
    "string.find(string.rep('a', 5000), '.-.-.-.-.-b')",
    "string.find(string.rep('a', 30), 'a-a-a-a-a-a-a-a-a-a-b')",
    "string.find(string.rep('a', 1 << 16), '.-b')",
    "string.gsub(string.rep('a', 1 << 16), '%w-b', '')",
};

START_TEST(test_hostile)
{
    lua_State *L = new_state(1);
    size_t n = sizeof HOSTILE / sizeof HOSTILE[0];
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *r = eval(L, HOSTILE[i], &len);
        ck_assert_msg(strncmp(r, "(false,", 7) == 0, "%s: %s", HOSTILE[i], r);
        ck_assert_msg(strstr(r, DRILL_LPAT_STEPS_MESSAGE) != NULL, "%s: %s", HOSTILE[i], r);
        /* the next call gets a fresh budget */
        r = eval(L, "string.find('hello', 'l+')", &len);
        ck_assert_str_eq(r, "(true,integer:3,integer:4)");
    }
    lua_close(L);
}
END_TEST

/* The limit is generous enough for honest work on large text. */
START_TEST(test_budget_allows_real_work)
{
    lua_State *L = new_state(1);
    size_t len;
    const char *r = eval(L,
                         "select(2, string.gsub(string.rep('word, ', 200000), "
                         "'%f[%w]%w+', string.upper))",
                         &len);
    ck_assert_str_eq(r, "(true,integer:200000)");
    /* linear scans of 12 MiB, past what a fixed budget allowed: gsub, and gmatch to the end */
    r = eval(L, "select(2, string.gsub(string.rep('x', 12 * 2^20) .. ' ', '%s+', ''))", &len);
    ck_assert_str_eq(r, "(true,integer:1)");
    r = eval(L, "string.gmatch(string.rep('x', 12 * 2^20) .. '7', '%d')()", &len);
    ck_assert_str_eq(r, "(true,\"7\")");
    lua_close(L);
}
END_TEST

/* Without an error handler a step-limit error still unwinds as an ordinary Lua error. */
START_TEST(test_error_is_lua_error)
{
    lua_State *L = new_state(1);
    const char *code = "return string.find(string.rep('a', 40), string.rep('a?', 40) .. "
                       "string.rep('a', 40))";
    ck_assert_int_eq(luaL_loadstring(L, code), LUA_OK);
    ck_assert_int_eq(lua_pcall(L, 0, LUA_MULTRET, 0), LUA_ERRRUN);
    ck_assert_ptr_nonnull(strstr(lua_tostring(L, -1), DRILL_LPAT_STEPS_MESSAGE));
    lua_close(L);
}
END_TEST

static Suite *lpattern_suite(void)
{
    Suite *s = suite_create("lpattern");
    TCase *core = tcase_create("core");
    tcase_add_test(core, test_literals_and_quantifiers);
    tcase_add_test(core, test_anchors);
    tcase_add_test(core, test_classes_exhaustive);
    tcase_add_test(core, test_sets);
    tcase_add_test(core, test_sets_read_once);
    tcase_add_test(core, test_captures);
    tcase_add_test(core, test_balance_frontier_backrefs);
    tcase_add_test(core, test_embedded_nul);
    tcase_add_test(core, test_malformed);
    tcase_add_test(core, test_depth);
    tcase_add_test(core, test_steps);
    tcase_add_test(core, test_steps_catastrophic_core);
    tcase_add_test(core, test_lazy_literal_spends_alike);
    tcase_add_test(core, test_first_literal_spends_alike);
    tcase_add_test(core, test_first_set_spends_alike);
    tcase_add_test(core, test_find_plain);
    suite_add_tcase(s, core);

    TCase *diff = tcase_create("differential");
    tcase_set_timeout(diff, 120);
    tcase_add_test(diff, test_diff_pairs);
    tcase_add_test(diff, test_diff_expressions);
    tcase_add_test(diff, test_diff_random);
    suite_add_tcase(s, diff);

    TCase *hostile = tcase_create("hostile");
    tcase_set_timeout(hostile, 120);
    tcase_add_test(hostile, test_hostile);
    tcase_add_test(hostile, test_budget_allows_real_work);
    tcase_add_test(hostile, test_budget_scales);
    tcase_add_test(hostile, test_error_is_lua_error);
    suite_add_tcase(s, hostile);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(lpattern_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
