/* Pattern sources: widening through a thesaurus, swap-derived contrasts,
 * literals for the filter. */
#define _XOPEN_SOURCE 700

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "re.h"
#include "rxsrc.h"
#include "text.h"
#include "unit.h"

static struct drill_lexicon *lex;

static void setup(void)
{
    lex = drill_lexicon_new();
    const char *mean[] = {"mean", "average"};
    const char *gmm[] = {"gaussian mixture", "mixture of gaussians"};
    const char *sigma[] = {"sigma", "\xcf\x83"};
    ck_assert_int_eq(drill_lexicon_group(lex, mean, 2), 0);
    ck_assert_int_eq(drill_lexicon_group(lex, gmm, 2), 0);
    ck_assert_int_eq(drill_lexicon_group(lex, sigma, 2), 0);
    ck_assert_int_eq(drill_lexicon_swap(lex, "short", "long"), 0);
    ck_assert_int_eq(drill_lexicon_swap(lex, "long", "short"), 0);
    ck_assert_int_eq(drill_lexicon_swap(lex, "precision", "recall"), 0);
    ck_assert_int_eq(drill_lexicon_swap(lex, "recall", "precision"), 0);
    ck_assert_int_eq(drill_lexicon_swap(lex, "false positive", "false negative"), 0);
}

static void teardown(void)
{
    drill_lexicon_free(lex);
}

static void expect_widen(const char *src, const char *want)
{
    char *w = drill_rx_widen(lex, src, strlen(src));
    ck_assert_ptr_nonnull(w);
    ck_assert_msg(strcmp(w, want) == 0, "widen /%s/:\n  got  /%s/\n  want /%s/", src, w, want);
    drill_mem_free(w);
}

START_TEST(widen)
{
    expect_widen("subtract the mean", "subtract(?:e?s)? the (?:mean|average)");
    expect_widen("gaussian mixture", "(?:gaussian mixture|mixture of gaussians)");
    /* a quantified word is left as written, and so is a word inside a longer one */
    expect_widen("gaussian mixtures?", "gaussian(?:e?s)? mixtures?");
    expect_widen("\\bmeaning", "\\bmeaning");
    /* classes, escapes and symbols */
    expect_widen("[mean]+ x", "[mean]+ x");
    expect_widen("\\bmean\\b", "\\b(?:mean|average)\\b");
    expect_widen("\xcf\x83/n", "(?:sigma|\xcf\x83)/n");
    /* words that take no -s, and words already inflected */
    expect_widen("between trees", "between trees");
    expect_widen("reduced variance", "reduced variance(?:e?s)?");
    /* what this reader does not follow comes back unchanged */
    expect_widen("\\Qmean\\E", "\\Qmean\\E");
    expect_widen("(?x) mean", "(?x) mean");
}
END_TEST

START_TEST(widen_after_a_new_group)
{
    expect_widen("the mean", "the (?:mean|average)");
    /* what "mean" widens to is kept; a group added later widens it further, once each */
    const char *more[] = {"expected value", "average", "mean"};
    ck_assert_int_eq(drill_lexicon_group(lex, more, 3), 0);
    expect_widen("the mean", "the (?:mean|average|expected value)");
    expect_widen("the expected value", "the (?:expected value|average|mean)");
}
END_TEST

START_TEST(swapped)
{
    struct drill_rx_list l = {0};
    ck_assert_int_eq(drill_rx_swapped(lex, "short(?:er)? path", 17, &l), 0);
    ck_assert_uint_eq(l.n, 1);
    ck_assert_str_eq(l.items[0], "long(?:er)? path");
    drill_rx_free_list(&l);
    /* both sides present: swapping says the same thing */
    const char *both = "precision and recall";
    ck_assert_int_eq(drill_rx_swapped(lex, both, strlen(both), &l), 0);
    ck_assert_uint_eq(l.n, 0);
    const char *fp = "\\bfalse positives?";
    ck_assert_int_eq(drill_rx_swapped(lex, fp, strlen(fp), &l), 0);
    ck_assert_uint_eq(l.n, 0); /* "false positive" is followed by a quantifier */
    fp = "a false positive\\b";
    ck_assert_int_eq(drill_rx_swapped(lex, fp, strlen(fp), &l), 0);
    ck_assert_uint_eq(l.n, 1);
    ck_assert_str_eq(l.items[0], "a false negative\\b");
    drill_rx_free_list(&l);
    /* a phrase that is one choice of an alternation is left alone */
    const char *alt = "(?:short|brief) path";
    ck_assert_int_eq(drill_rx_swapped(lex, alt, strlen(alt), &l), 0);
    ck_assert_uint_eq(l.n, 0);
    alt = "short path|quick";
    ck_assert_int_eq(drill_rx_swapped(lex, alt, strlen(alt), &l), 0);
    ck_assert_uint_eq(l.n, 0);
    alt = "(?:very )?short (?:path|route)";
    ck_assert_int_eq(drill_rx_swapped(lex, alt, strlen(alt), &l), 0);
    ck_assert_uint_eq(l.n, 1);
    ck_assert_str_eq(l.items[0], "(?:very )?long (?:path|route)");
    drill_rx_free_list(&l);
}
END_TEST

/* What fn (drill_rx_literals or drill_rx_prefixes) finds in src, joined with ",". */
static void expect_list(int (*fn)(const char *, size_t, struct drill_rx_list *), const char *what,
                        const char *src, const char *want)
{
    struct drill_rx_list l = {0};
    ck_assert_int_eq(fn(src, strlen(src), &l), 0);
    char got[512] = "";
    for (size_t i = 0; i < l.n; i++) {
        if (i)
            strcat(got, ",");
        strcat(got, l.items[i]);
    }
    ck_assert_msg(strcmp(got, want) == 0, "%s /%s/: got \"%s\", want \"%s\"", what, src, got, want);
    drill_rx_free_list(&l);
}

static void expect_literals(const char *src, const char *want)
{
    expect_list(drill_rx_literals, "literals", src, want);
}

START_TEST(literals)
{
    /* every set a match needs, separated by empty strings */
    expect_literals("\\bHarmonic (?:mean|average)", "harmonic ,,mean,average");
    expect_literals("\\bstratif\\w* (?:reduc\\w*|lower\\w*) bias", "stratif,,reduc,lower,, bias");
    /* an alternation at the top: one set, the union of the branches' best */
    expect_literals("harmonic mean|f1 score", "harmonic mean,f1 score");
    expect_literals("(?:gaussian mixture|gmm)", "gaussian mixture,gmm");
    expect_literals("(?:gaussian mixture|gm)", "");      /* a branch too short to say */
    expect_literals("tp\\s*/\\s*\\(\\s*tp", "");         /* nothing three long */
    expect_literals("(?:mean )?threshold", "threshold"); /* an optional group says nothing */
    expect_literals("ab+cde", "cde");
    expect_literals("\\x41bcd", "bcd");     /* \x41 is one character, not "41" */
    expect_literals("(?=abc)def", "def");   /* a lookahead is left out */
    expect_literals("caf\xc3\xa9s", "caf"); /* non-ASCII ends a literal */
    expect_literals("abc)", "");            /* unbalanced: leave it */
    /* escapes that stand for one character or none, not for the letters after them */
    expect_literals("\\PPppppp", "ppppp");       /* \PP: not punctuation, one character */
    expect_literals("\\pLabcd", "abcd");         /* \pL: a letter */
    expect_literals("(abc)xyz\\g1", "abc,,xyz"); /* \g1: a reference, not "1" */
    expect_literals("(?<n>abc) \\k<n>def", "abc,,def");
    /* \K takes no width: a try from "abcd" finds both halves in the answer */
    expect_literals("abcd\\Kefgh", "abcdefgh");
    expect_literals("(?:^|(?<=[.;]) )(?:(?!\\bnot\\b)[^.;]){0,80}\\Kguaranteed to beat",
                    "guaranteed to beat");
}
END_TEST

/* Many sets, and a literal run longer than a block of the reader's scratch space. */
START_TEST(literals_of_a_long_pattern)
{
    enum { GROUPS = 3000, RUN = 40000 };
    char *src = drill_mem_malloc(GROUPS * 11 + RUN + 1);
    ck_assert_ptr_nonnull(src);
    size_t n = 0;
    for (int i = 0; i < GROUPS; i++) {
        memcpy(src + n, "(?:abc|def)", 11);
        n += 11;
    }
    memset(src + n, 'x', RUN);
    n += RUN;
    src[n] = '\0';
    struct drill_rx_list l = {0};
    ck_assert_int_eq(drill_rx_literals(src, n, &l), 0);
    ck_assert_uint_eq(l.n, GROUPS * 3 + 1);
    for (size_t i = 0; i < GROUPS; i++) {
        ck_assert_str_eq(l.items[3 * i], "abc");
        ck_assert_str_eq(l.items[3 * i + 1], "def");
        ck_assert_str_eq(l.items[3 * i + 2], "");
    }
    ck_assert_uint_eq(strlen(l.items[3 * GROUPS]), RUN);
    drill_rx_free_list(&l);
    drill_mem_free(src);
}
END_TEST

/* Refuses every allocation after the first `left`. */
static int refuse_after(void *ud, long long delta)
{
    long *left = ud;
    if (delta <= 0)
        return 1;
    return (*left)-- > 0;
}

/* Out of memory at any point: -1 and an empty list, or the whole answer; nothing kept
 * (the sanitizer build finds a block left behind). */
START_TEST(literals_out_of_memory)
{
    const char *src = "\\bstratif\\w*(?:(?!\\bnot\\b|n't)[^.;]){0,60}(?:balance\\w* (?:the )?"
                      "classes|equal (?:numbers?|counts?) of|same number of (?:each|every))";
    struct drill_rx_list want = {0};
    ck_assert_int_eq(drill_rx_literals(src, strlen(src), &want), 0);
    ck_assert_uint_gt(want.n, 2);
    int failed = 0;
    for (long k = 0; k < 200; k++) {
        long left = k;
        struct drill_rx_list l = {0};
        drill_mem_set_hook(refuse_after, &left);
        int rc = drill_rx_literals(src, strlen(src), &l);
        drill_mem_set_hook(NULL, NULL);
        if (rc < 0) {
            failed++;
            ck_assert_uint_eq(l.n, 0);
            ck_assert_ptr_null(l.items);
            continue;
        }
        ck_assert_int_eq(rc, 0);
        ck_assert_uint_eq(l.n, want.n);
        for (size_t i = 0; i < l.n; i++)
            ck_assert_str_eq(l.items[i], want.items[i]);
        drill_rx_free_list(&l);
    }
    ck_assert_int_gt(failed, 0);
    drill_rx_free_list(&want);
}
END_TEST

static void expect_prefixes(const char *src, const char *want)
{
    expect_list(drill_rx_prefixes, "prefixes", src, want);
}

START_TEST(prefixes)
{
    /* what every match starts with, lower case, past what takes no width */
    expect_prefixes("\\bHarmonic (?:mean|average)", "harmonic ");
    expect_prefixes("(?:gaussian mixture|GMM)s?", "gaussian mixture,gmm");
    expect_prefixes("harmonic mean|f1 score", "harmonic mean,f1 score");
    expect_prefixes("(?:ab|(?:cd|ef)g)h", "ab,cd,ef");
    expect_prefixes("(?<!un)weighted", "weighted");
    expect_prefixes("(?=abc)def", "def");
    /* \K moves where the match is said to begin, not where a try does */
    expect_prefixes("abc\\Kdef", "abc");
    expect_prefixes("^(?i)abc", "abc");
    /* a quantified character ends the prefix; one that may be left out once is taken both
     * ways, with what follows it */
    expect_prefixes("colou?r", "color,colour");
    expect_prefixes("\\bk-?nn\\b", "knn,k-nn");
    expect_prefixes("p ?= ?0", "p=0,p =0,p= 0,p = 0");
    expect_prefixes("colou?rs?", "color,colour");
    expect_prefixes("colou?\\w", "colo"); /* nothing known after it: before it */
    expect_prefixes("colou*r", "colo");
    /* an answer's white space is one space at a time: \s* and \s? may be one, \s+ is one */
    expect_prefixes("\\bp\\s*\\(\\s*x", "p(x,p (x,p( x,p ( x");
    expect_prefixes("ab\\s+cd", "ab cd");
    expect_prefixes("ab\\s{1,3}cd", "ab");
    /* too many ways after a character that may be left out: the prefix ends before it */
    expect_prefixes("kl ?\\( ?q ?\\|\\|? ?p", "kl(,kl (");
    expect_prefixes("(?:ab)?-?cd", "ab,cd,-cd");
    expect_prefixes("ab+c", "ab");
    expect_prefixes("caf\xc3\xa9", "caf"); /* a letter that has case ends it too */
    /* symbols without case are found by their bytes; a single byte if not a letter */
    expect_prefixes("\xe2\x88\x87 ?log", "\xe2\x88\x87log,\xe2\x88\x87 log"); /* nabla */
    expect_prefixes("x\xc2\xb2 loss", "x\xc2\xb2 loss");                      /* superscript two */
    expect_prefixes("(?:=|\\bis|1 ?-)", "=,is,1-,1 -");
    /* a Greek letter has case: a match starts with any of its forms */
    expect_prefixes("\xcf\x83/n", "\xcf\x83,\xce\xa3,\xcf\x82"); /* sigma: capital, final */
    expect_prefixes("\xce\xbc\b", "\xce\xbc,\xce\x9c,\xc2\xb5"); /* mu: micro sign */
    expect_prefixes("\xce\xb8?x", "");                           /* one that may be left out */
    expect_prefixes("(?:a|bc)d", "");
    expect_prefixes(" ?x", "");
    /* a group that may be left out: it, or what follows */
    expect_prefixes("(?:mean )?threshold", "mean ,threshold");
    expect_prefixes("\\b(?:ada|xg)?boost", "ada,xg,boost");
    expect_prefixes("(?:ab)*(?:cd){0,2}\\bef", "ab,cd,ef");
    /* not known: then the regex searches the whole answer */
    expect_prefixes("(?:ab)?", ""); /* it may match nothing */
    expect_prefixes("(?:ab)?\\w+", "");
    expect_prefixes("(?:a|bc)?de", "");
    expect_prefixes("(?:ab|c)d", ""); /* a branch too short to look for */
    expect_prefixes("a\\w+", "");
    expect_prefixes("\\w+ing", "");
    expect_prefixes("[ab]cd", "");
    expect_prefixes("abc\\Gdef", ""); /* \G is where a search starts */
    expect_prefixes("\\Qabc\\E", "");
    expect_prefixes("abc)", "");
}
END_TEST

static int cp_cmp(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* A Greek letter's prefixes are exactly the characters PCRE2 matches it with caselessly: the
 * letter is matched against every code point there is. */
START_TEST(greek_prefixes_are_pcre2s_caseless_forms)
{
    char *all = malloc((size_t)0x110000 * 4);
    ck_assert_ptr_nonnull(all);
    size_t n = 0;
    for (uint32_t c = 1; c < 0x110000; c++)
        if (c < 0xD800 || c > 0xDFFF)
            n += drill_utf8_put(all + n, c);
    /* every small letter, some capitals, and the other forms */
    uint32_t letters[40];
    size_t nl = 0;
    for (uint32_t c = 0x3B1; c <= 0x3C9; c++)
        letters[nl++] = c;
    static const uint32_t more[] = {0x3A3, 0x398, 0x3D1, 0x3F4, 0xB5, 0x2126, 0x345, 0x1FBE};
    for (size_t i = 0; i < sizeof more / sizeof *more; i++)
        letters[nl++] = more[i];
    for (size_t i = 0; i < nl; i++) {
        char src[8];
        size_t len = drill_utf8_put(src, letters[i]);
        uint32_t c = letters[i];
        src[len] = '\0';
        uint32_t want[16], got[16];
        size_t nw = 0, ng = 0;
        char err[200];
        size_t off;
        struct drill_re *re = drill_re_compile(src, len, DRILL_RE_CASELESS, err, sizeof err, &off);
        ck_assert_msg(re != NULL, "U+%04X: %s", (unsigned)c, err);
        struct drill_re_match m;
        for (size_t at = 0;
             drill_re_match(re, all, n, at, 1, &m, err, sizeof err) == DRILL_RE_MATCHED;
             at = m.end[0]) {
            ck_assert_uint_lt(nw, 16);
            size_t from = m.start[0];
            want[nw++] = drill_utf8_next(all, n, &from);
        }
        drill_re_free(re);
        struct drill_rx_list l = {0};
        ck_assert_int_eq(drill_rx_prefixes(src, len, &l), 0);
        for (size_t k = 0; k < l.n; k++) {
            size_t from = 0, bytes = strlen(l.items[k]);
            ck_assert_uint_lt(ng, 16);
            got[ng++] = drill_utf8_next(l.items[k], bytes, &from);
            ck_assert_uint_eq(from, bytes); /* one character each */
        }
        drill_rx_free_list(&l);
        qsort(want, nw, sizeof *want, cp_cmp);
        qsort(got, ng, sizeof *got, cp_cmp);
        ck_assert_msg(nw == ng && memcmp(want, got, nw * sizeof *want) == 0,
                      "U+%04X: PCRE2 matches %zu characters, the prefixes are %zu", (unsigned)c, nw,
                      ng);
    }
    free(all);
}
END_TEST

static void expect_unlooked(const char *src, const char *want)
{
    char *got = drill_rx_unlooked(src, strlen(src));
    ck_assert_ptr_nonnull(got);
    ck_assert_str_eq(got, want);
    drill_mem_free(got);
}

/* A lexicon's text: every group and swap added, in order, so that lexicons built alike have
 * the same and any difference shows. */
START_TEST(untaken_stops)
{
    static const struct {
        const char *src;
        int untaken;
    } cases[] = {
        {"\\bstratif\\w*(?:(?!\\bnot\\b)[^.;]){0,60}balanced", DRILL_RX_DOT | DRILL_RX_SEMI},
        {"stop\\w*[^.]{0,40}val", DRILL_RX_DOT},
        {"one[- ](?:vs\\.?|versus) rest", DRILL_RX_SEMI},
        {"a.b", 0},
        {"x\\Wy", 0},
        {"[\\w'()/-]+ z", DRILL_RX_DOT | DRILL_RX_SEMI},
        {"[a-z]+;", DRILL_RX_DOT},
        {"[!-/]", DRILL_RX_SEMI},
        {"[0-z]", DRILL_RX_DOT},
        {"(?=.*\\.)abc", DRILL_RX_DOT | DRILL_RX_SEMI},
        {"(?<!\\.)abc(?![^.;]*;)", DRILL_RX_DOT | DRILL_RX_SEMI},
        {"[[:punct:]]", 0},
        {"\\p{P}", 0},
        {"(a)\\1", 0},
        {"\\x2e", 0},
        {"[^.]", DRILL_RX_DOT},
        {"[^;.]x", DRILL_RX_DOT | DRILL_RX_SEMI},
        {"[^\\.\\;]+", DRILL_RX_DOT | DRILL_RX_SEMI},
        {"[^a-z]", 0},
        {"a\\s+b\\d", DRILL_RX_DOT | DRILL_RX_SEMI},
        {"(?i)abc", DRILL_RX_DOT | DRILL_RX_SEMI},
        {"\\Qa.b\\E", 0},
    };
    /* what the patterns would take if they could: each match of one is looked at */
    static const char *const subjects[] = {
        "abc. abc; a.b x.y x;y 1.2 (a;b) one vs. rest one vs; rest",
        "stratified. balanced; stratified; then balanced. stop. val; stop; val",
        "a.a a;a aa; b.1 a b1 z. z; (x)/y-z' z .;.; abcabc",
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *src = cases[i].src;
        int u = drill_rx_untaken(src, strlen(src));
        ck_assert_msg(u == cases[i].untaken, "/%s/: %d, not %d", src, u, cases[i].untaken);
        char err[200];
        size_t off;
        struct drill_re *re = drill_re_compile(src, strlen(src), 0, err, sizeof err, &off);
        ck_assert_msg(re != NULL, "/%s/: %s", src, err);
        for (size_t k = 0; k < sizeof subjects / sizeof *subjects; k++) {
            const char *t = subjects[k];
            size_t n = strlen(t);
            struct drill_re_match m;
            for (size_t at = 0; at <= n; at++) {
                if (drill_re_match(re, t, n, at, 1, &m, err, sizeof err) != DRILL_RE_MATCHED)
                    break;
                for (size_t j = m.start[0]; j < m.end[0]; j++)
                    ck_assert_msg(!((u & DRILL_RX_DOT) && t[j] == '.') &&
                                      !((u & DRILL_RX_SEMI) && t[j] == ';'),
                                  "/%s/ took \"%.*s\"", src, (int)(m.end[0] - m.start[0]),
                                  t + m.start[0]);
                at = m.start[0];
            }
        }
        drill_re_free(re);
    }
}
END_TEST

START_TEST(lexicon_text)
{
    const char *g1[] = {"mean", "average"}, *g2[] = {"mean", "expected value"};
    struct drill_lexicon *a = drill_lexicon_new(), *b = drill_lexicon_new(),
                         *c = drill_lexicon_new();
    size_t la, lb, lc;
    ck_assert_int_eq(drill_lexicon_text(a, &la)[0], '\0');
    ck_assert_uint_eq(la, 0);
    for (int i = 0; i < 2; i++) {
        struct drill_lexicon *x = i ? b : a;
        ck_assert_int_eq(drill_lexicon_group(x, g1, 2), 0);
        ck_assert_int_eq(drill_lexicon_swap(x, "precision", "recall"), 0);
        ck_assert_int_eq(drill_lexicon_swap(x, "precision", "accuracy"), 0); /* first stands */
    }
    ck_assert_int_eq(drill_lexicon_group(c, g2, 2), 0);
    ck_assert_int_eq(drill_lexicon_swap(c, "precision", "recall"), 0);
    const char *ta = drill_lexicon_text(a, &la), *tb = drill_lexicon_text(b, &lb);
    const char *tc = drill_lexicon_text(c, &lc);
    ck_assert(la == lb && memcmp(ta, tb, la) == 0);
    ck_assert(la != lc || memcmp(ta, tc, la) != 0);
    static const char want[] = "Gmean\0average\0Sprecision\0recall\0Sprecision\0accuracy";
    ck_assert(la == sizeof want && memcmp(ta, want, la) == 0);
    drill_lexicon_free(a);
    drill_lexicon_free(b);
    drill_lexicon_free(c);
}
END_TEST

START_TEST(unlooked)
{
    /* negative lookarounds go, with what they hold; the rest is as it was */
    expect_unlooked("(?<!rather than )(?<!not )\\bcomput\\w* explicitly",
                    "  \\bcomput\\w* explicitly");
    expect_unlooked("a(?:(?!\\bnot\\b|n't\\b|(?:but|never))[^.;]){0,60}b", "a(?: [^.;]){0,60}b");
    expect_unlooked("x(?!\\(y\\)|[()])z", "x z");
    /* positive ones stay: a match holds what they hold */
    expect_unlooked("(?<=not )a(?=b)", "(?<=not )a(?=b)");
    expect_unlooked("no \\(lookaround\\)", "no \\(lookaround\\)");
    /* a pattern the reader does not follow comes back as it is */
    expect_unlooked("\\Qa(?!b)\\E", "\\Qa(?!b)\\E");
}
END_TEST

/* What rewriter fn makes of src: want, or NULL for nothing to rewrite. */
static void expect_rewrite(int (*fn)(const char *, size_t, char **), const char *src,
                           const char *want)
{
    char *got;
    int rc = fn(src, strlen(src), &got);
    if (!want) {
        ck_assert_msg(rc == 0 && !got, "%s: rewritten to %s", src, got ? got : "?");
        return;
    }
    ck_assert_int_eq(rc, 1);
    ck_assert_str_eq(got, want);
    drill_mem_free(got);
}

static void expect_tempered(const char *src, const char *want)
{
    expect_rewrite(drill_rx_tempered, src, want);
}

START_TEST(tempered)
{
    /* a character none of the lookahead's words can start with is taken without trying them */
    expect_tempered("\\bprecision\\b(?:(?!recall)[^.]){0,25}\\bfraction",
                    "\\bprecision\\b(?>[^.r]|(?!recall)[^.]){0,25}\\bfraction");
    expect_tempered("a(?:(?!\\b(?:not|n't)\\b|\\bnever\\b|\\bwithout\\b|\\bbut\\b)[^.;]){0,60}b",
                    "a(?>[^.;nwb]|(?!\\b(?:not|n't)\\b|\\bnever\\b|\\bwithout\\b|\\bbut\\b)[^.;])"
                    "{0,60}b");
    /* symbols escaped in the class; a word after a lookbehind starts where the word does */
    expect_tempered("x(?:(?!-y|\\]z| but|(?<=a)q)[^.;]){0,9}?w",
                    "x(?>[^.;\\-\\]\\ q]|(?!-y|\\]z| but|(?<=a)q)[^.;]){0,9}?w");
    /* every gap of the pattern, and one in a group */
    expect_tempered("(?:a(?:(?!no)[^.]){0,5}b|c(?:(?!yes)[^;]){0,5}d)",
                    "(?:a(?>[^.n]|(?!no)[^.]){0,5}b|c(?>[^;y]|(?!yes)[^;]){0,5}d)");
    /* a class's closing '-' escaped before them, which would otherwise make a range
     * (tests/fixtures/fuzz/rubric/tempered-class-dash), also where it ends a range
     * (tests/fixtures/fuzz/rubric/tempered-class-dash-range) */
    expect_tempered("a(?:(?!, x|y)[^.-]){0,5}b", "a(?>[^.\\-\\,y]|(?!, x|y)[^.-]){0,5}b");
    expect_tempered("a(?:(?!y)[^.\\-]){0,5}b", "a(?>[^.\\-y]|(?!y)[^.\\-]){0,5}b");
    expect_tempered("a(?:(?!y)[^.\\\\-]){0,5}b", "a(?>[^.\\\\\\-y]|(?!y)[^.\\\\-]){0,5}b");
    expect_tempered("a(?:(?!, x)[^---------]){0,5}b",
                    "a(?>[^--------\\-\\,]|(?!, x)[^---------]){0,5}b");
    expect_tempered("a(?:(?!y)[^+--]){0,5}b", "a(?>[^+-\\-y]|(?!y)[^+--]){0,5}b");
    /* a Greek letter's forms, each of which it matches caselessly */
    expect_tempered("a(?:(?!\xcf\x83)[^.]){0,5}b",
                    "a(?>[^.\xcf\x83\xce\xa3\xcf\x82]|(?!\xcf\x83)[^.]){0,5}b");
    /* left alone: first characters not known (a class, an optional word, a letter with case
     * beyond ASCII but Greek, nothing), an inline option, a class that is not negated, no gap
     * at all */
    expect_tempered("a(?:(?!\xc3\xa9t\xc3\xa9)[^.]){0,5}b", NULL);
    expect_tempered("a(?:(?!\\w+ing)[^.]){0,5}b", NULL);
    expect_tempered("a(?:(?!no|x?)[^.]){0,5}b", NULL);
    expect_tempered("a(?:(?!)[^.]){0,5}b", NULL);
    expect_tempered("(?-i)a(?:(?!No)[^.]){0,5}b", NULL);
    expect_tempered("a(?:(?!no)[a-z]){0,5}b", NULL);
    expect_tempered("a(?:(?!no)[^.]x){0,5}b", NULL);
    expect_tempered("plain \\bwords\\b", NULL);
}
END_TEST

/* Patterns pa and pb find the same match from every place of every text: how many they find. */
static size_t same_matches(const char *pa, const char *pb, const char *const *texts, size_t ntexts)
{
    char err[200];
    size_t off;
    struct drill_re *a = drill_re_compile(pa, strlen(pa), DRILL_RE_CASELESS, err, sizeof err, &off);
    struct drill_re *b = drill_re_compile(pb, strlen(pb), DRILL_RE_CASELESS, err, sizeof err, &off);
    ck_assert_msg(a && b, "%s: %s", pb, err);
    size_t found = 0;
    for (size_t k = 0; k < ntexts; k++) {
        size_t n = strlen(texts[k]);
        for (size_t at = 0; at <= n; at++) {
            struct drill_re_match ma, mb;
            int ra = drill_re_match(a, texts[k], n, at, 0, &ma, err, sizeof err);
            int rb = drill_re_match(b, texts[k], n, at, 0, &mb, err, sizeof err);
            ck_assert_int_eq(ra, rb);
            if (ra == DRILL_RE_MATCHED) {
                ck_assert_msg(ma.start[0] == mb.start[0] && ma.end[0] == mb.end[0],
                              "%s on \"%s\" from %zu: [%zu, %zu) and [%zu, %zu)", pa, texts[k], at,
                              ma.start[0], ma.end[0], mb.start[0], mb.end[0]);
                found++;
            }
        }
    }
    drill_re_free(a);
    drill_re_free(b);
    return found;
}

/* The rewritten pattern finds what the pattern finds, where it does, every match of a text. */
START_TEST(tempered_matches_alike)
{
    static const char *const pats[] = {
        "\\bstratif\\w*(?:(?!\\b(?:not|n't)\\b|\\bnever\\b|\\bno\\b|\\bwithout\\b|\\bbut\\b|"
        "\\bgroup\\w*)[^.;]){0,60}(?:balance|same)",
        "\\bprecision\\b(?:(?!recall)[^.]){0,25}\\b(?:fraction|share) of",
        "(?:bag|boost)\\w*(?:(?!unlike|whereas|but\\b|rather than|-)[^.;]){0,40}?variance",
        "a(?:(?!b)[^.]){2,4}c",
        "\xcf\x83(?:(?!\xcf\x83|x)[^.]){0,9}n", /* sigma, any of its forms */
        "a(?:(?!, x|b)[^.-]){2,4}c",
    };
    static const char *const starts[] = {"stratified ", "precision ", "bagging ",
                                         "a",           "\xcf\x83",   "a"};
    static const char *const texts[] = {
        "Stratified splits keep the same class balance in each fold.",
        "Stratified splits do not balance; STRATIFIED sampling keeps the same ratio. Stratify, no.",
        "Stratification, grouped by patient, but same folds; stratified - the same.",
        "Precision is the fraction of predicted positives; precision, unlike recall, is a share of",
        "Precision and recall: precision is the share of flagged items. PRECISION IS THE SHARE OF "
        "x",
        "Bagging reduces variance; boosting - unlike bagging - reduces bias, but variance too.",
        "Bagged trees average out variance whereas boosting does not. BOOSTED MODELS VARIANCE",
        "abc abbc axc axxxc aXXc ab.c a..c abxc",
        "\xce\xa3 a \xcf\x82 n. \xcf\x83\xcf\x83 n \xce\xa3Xn \xcf\x83 \xce\xa3 n",
        "",
    };
    for (size_t i = 0; i < sizeof pats / sizeof *pats; i++) {
        char *rw, err[200];
        ck_assert_int_eq(drill_rx_tempered(pats[i], strlen(pats[i]), &rw), 1);
        ck_assert_msg(same_matches(pats[i], rw, texts, sizeof texts / sizeof *texts) > 0,
                      "%s matches none of the texts", pats[i]);
        struct drill_re *b =
            drill_re_compile(rw, strlen(rw), DRILL_RE_CASELESS, err, sizeof err, &(size_t){0});
        ck_assert_ptr_nonnull(b);
        /* one character either way: a match that fails tries the gap's lengths, not both
         * branches at every character (which would take 2^n steps and hit the match limit) */
        char longer[400];
        memset(longer, 'x', sizeof longer - 1);
        longer[sizeof longer - 1] = '\0';
        memcpy(longer, starts[i], strlen(starts[i]));
        struct drill_re_match m;
        ck_assert_int_eq(drill_re_match(b, longer, strlen(longer), 0, 0, &m, err, sizeof err),
                         DRILL_RE_NOMATCH);
        drill_re_free(b);
        drill_mem_free(rw);
    }
}
END_TEST

static void expect_called(const char *src, const char *want)
{
    expect_rewrite(drill_rx_called_looks, src, want);
}

START_TEST(called_looks)
{
    /* a long lookahead in a group repeated many times is called, from one definition */
    expect_called("a(?:(?!\\bbut\\b|\\bwhereas\\b|\\bunlike\\b)[^.;]){0,80}b",
                  "a(?:(?!(?&drill_look1))[^.;]){0,80}b"
                  "(?(DEFINE)(?<drill_look1>\\bbut\\b|\\bwhereas\\b|\\bunlike\\b))");
    /* one definition for the same lookahead twice, another for a second; in a tempered gap;
     * a lazy repeat */
    expect_called("(?>[^.nb]|(?!\\bnever\\b|\\bbut\\b|\\bnot\\b)[^.]){0,40}x"
                  "(?:(?!\\bnever\\b|\\bbut\\b|\\bnot\\b)[^.]){0,9}?y"
                  "(?:(?!\\bunless\\b|\\bwhile\\b|\\bif\\b)[^.]){5,}z",
                  "(?>[^.nb]|(?!(?&drill_look1))[^.]){0,40}x"
                  "(?:(?!(?&drill_look1))[^.]){0,9}?y"
                  "(?:(?!(?&drill_look2))[^.]){5,}z"
                  "(?(DEFINE)(?<drill_look1>\\bnever\\b|\\bbut\\b|\\bnot\\b)"
                  "(?<drill_look2>\\bunless\\b|\\bwhile\\b|\\bif\\b))");
    /* a capturing group elsewhere keeps its number: the definitions come last */
    expect_called("(a|b)(?:(?!\\bbut\\b|\\bwhereas\\b|\\bunlike\\b)[^.]){0,80}\\1?c",
                  NULL); /* a reference: left alone */
    expect_called("(a|b)(?:(?=[^,]{0,200}\\bbecause\\b|nothing)[^.]){0,80}c",
                  "(a|b)(?:(?=(?&drill_look1))[^.]){0,80}c"
                  "(?(DEFINE)(?<drill_look1>[^,]{0,200}\\bbecause\\b|nothing))");
    /* left alone: a short lookahead, a group repeated a few times or without a bound (PCRE2
     * copies neither), a lookahead in no repeated group, a lookbehind, a lookahead that
     * captures, inline options, a named group, no repeat at all */
    expect_called("a(?:(?!\\bbut\\b)[^.;]){0,80}b", NULL);
    expect_called("a(?:(?!\\bbut\\b|\\bwhereas\\b|\\bunlike\\b)[^.;]){0,4}b", NULL);
    expect_called("a(?:(?!\\bbut\\b|\\bwhereas\\b|\\bunlike\\b)[^.;])*b", NULL);
    expect_called("a(?!\\bbut\\b|\\bwhereas\\b|\\bunlike\\b)[^.;]{0,80}b", NULL);
    expect_called("a(?:(?<!\\bbut\\b|\\bwhereas\\b|\\bunlike\\b)[^.;]){0,80}b", NULL);
    expect_called("a(?:(?!(but|whereas|unlike|although|however))[^.;]){0,80}b", NULL);
    expect_called("(?i)a(?:(?!\\bbut\\b|\\bwhereas\\b|\\bunlike\\b)[^.;]){0,80}b", NULL);
    expect_called("(?<x>a)(?:(?!\\bbut\\b|\\bwhereas\\b|\\bunlike\\b)[^.;]){0,80}b", NULL);
    expect_called("plain \\bwords\\b{2}", NULL);
}
END_TEST

/* The called form finds what the pattern finds, where it does, at every place of every text;
 * and its compiled code is smaller. */
START_TEST(called_looks_match_alike)
{
    static const char *const pats[] = {
        "\\bstratif\\w*(?:(?!\\b(?:not|n't)\\b|\\bnever\\b|\\bno\\b|\\bwithout\\b|\\bbut\\b|"
        "\\bgroup\\w*)[^.;]){0,60}(?:balance|same)",
        "(?:bag|boost)\\w*(?:(?!unlike|whereas|but\\b|rather than|-)[^.;]){0,40}?variance",
        "(?:^|(?<=[.;] ))(?>[^.;nwb]|(?!\\b(?:not|n't)\\b|\\bnever\\b|\\bwhile\\b|\\bbut\\b)[^.;])"
        "{0,80}\\K\\bprecision\\b(?>[^.;uw]|(?!\\bunlike\\b|\\bwhereas\\b|\\bversus\\b)[^.;])"
        "{0,30}(?:fraction|share)",
        "a(?:(?!b|xx|\\bq\\w+|\\bquiet\\b|\\byyy\\b)[^.]){2,9}c",
    };
    static const char *const texts[] = {
        "Stratified splits keep the same class balance in each fold.",
        "Stratified splits do not balance; STRATIFIED sampling keeps the same ratio. Stratify, no.",
        "Stratification, grouped by patient, but same folds; stratified - the same.",
        "Precision is the fraction of predicted positives; precision, unlike recall, is a share",
        "We never said so; precision is the share of flagged items. PRECISION versus the fraction",
        "Bagging reduces variance; boosting - unlike bagging - reduces bias, but variance too.",
        "Bagged trees average out variance whereas boosting does not. BOOSTED MODELS VARIANCE",
        "abc abbc axc axxxc aXXc ab.c a..c abxc ayyc a qq c azzzzzzzzc a quite c",
        "",
    };
    for (size_t i = 0; i < sizeof pats / sizeof *pats; i++) {
        char *rw, err[200];
        size_t off;
        ck_assert_int_eq(drill_rx_called_looks(pats[i], strlen(pats[i]), &rw), 1);
        ck_assert_msg(same_matches(pats[i], rw, texts, sizeof texts / sizeof *texts) > 0,
                      "%s matches none of the texts", pats[i]);
        struct drill_re *a =
            drill_re_compile(pats[i], strlen(pats[i]), DRILL_RE_CASELESS, err, sizeof err, &off);
        struct drill_re *b =
            drill_re_compile(rw, strlen(rw), DRILL_RE_CASELESS, err, sizeof err, &off);
        ck_assert_msg(drill_re_code_size(b) < drill_re_code_size(a), "%s: %zu bytes, was %zu", rw,
                      drill_re_code_size(b), drill_re_code_size(a));
        drill_re_free(a);
        drill_re_free(b);
        drill_mem_free(rw);
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("rxsrc");
    TCase *tc = tcase_create("rxsrc");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, widen);
    tcase_add_test(tc, widen_after_a_new_group);
    tcase_add_test(tc, swapped);
    tcase_add_test(tc, literals);
    tcase_add_test(tc, literals_of_a_long_pattern);
    tcase_add_test(tc, literals_out_of_memory);
    tcase_add_test(tc, prefixes);
    tcase_add_test(tc, greek_prefixes_are_pcre2s_caseless_forms);
    tcase_add_test(tc, unlooked);
    tcase_add_test(tc, tempered);
    tcase_add_test(tc, tempered_matches_alike);
    tcase_add_test(tc, called_looks);
    tcase_add_test(tc, called_looks_match_alike);
    tcase_add_test(tc, lexicon_text);
    tcase_add_test(tc, untaken_stops);
    suite_add_tcase(s, tc);
    return unit_run(s);
}
