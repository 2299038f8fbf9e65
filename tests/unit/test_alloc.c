/* Check suite for alloc: charged allocation, and the core's plugin-driven allocations meeting a
 * cap. */
#define _XOPEN_SOURCE 700

#include <check.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "drill_limits.h"
#include "file.h"
#include "json.h"
#include "re.h"
#include "similar.h"
#include "text.h"
#include "unit.h"

/* ---------------------------------------------------------------- a test hook */

/* What the hook has allowed and not yet been told is released; its limit;
 * refusals; and whether it was ever told of more than it allowed. */
struct cap {
    long long held, limit;
    int refused, underflow;
};

static int cap_hook(void *ud, long long delta)
{
    struct cap *c = ud;
    if (delta > 0 && c->held + delta > c->limit) {
        c->refused++;
        return 0;
    }
    c->held += delta;
    if (c->held < 0)
        c->underflow = 1;
    return 1;
}

static struct cap cap;

static void install(long long limit)
{
    drill_re_release(); /* the shared match data is charged to whoever made it */
    memset(&cap, 0, sizeof cap);
    cap.limit = limit;
    drill_mem_set_hook(cap_hook, &cap);
}

/* The hook saw every byte come back, and never more than it gave. */
static void assert_balanced(void)
{
    drill_re_release();
    ck_assert_int_eq(cap.underflow, 0);
    ck_assert_int_eq(cap.held, 0);
}

/* ---------------------------------------------------------------- the allocator */

START_TEST(no_hook_allocates)
{
    size_t base = drill_mem_in_use();
    char *p = drill_mem_malloc(100);
    ck_assert_ptr_nonnull(p);
    memset(p, 'x', 100);
    ck_assert_uint_ge(drill_mem_in_use(), base + 100);
    int *z = drill_mem_calloc(50, sizeof *z);
    for (int i = 0; i < 50; i++)
        ck_assert_int_eq(z[i], 0);
    p = drill_mem_realloc(p, 100000);
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p[99], 'x');
    p = drill_mem_realloc(p, 10);
    ck_assert_int_eq(p[9], 'x');
    char *s = drill_mem_strdup("λ-regularised");
    ck_assert_str_eq(s, "λ-regularised");
    drill_mem_free(s);
    drill_mem_free(z);
    drill_mem_free(p);
    drill_mem_free(NULL);
    ck_assert_uint_eq(drill_mem_in_use(), base);
}
END_TEST

START_TEST(alignment_kept)
{
    for (size_t n = 1; n < 100; n += 7) {
        void *p = drill_mem_malloc(n);
        ck_assert_uint_eq((uintptr_t)p % _Alignof(max_align_t), 0);
        drill_mem_free(p);
    }
}
END_TEST

START_TEST(hook_sees_every_byte)
{
    install(1 << 20);
    char *p = drill_mem_malloc(1000);
    ck_assert_int_ge(cap.held, 1000);
    ck_assert_int_lt(cap.held, 1000 + 64); /* the header is small */
    long long one = cap.held;
    p = drill_mem_realloc(p, 3000);
    ck_assert_int_eq(cap.held, one + 2000);
    p = drill_mem_realloc(p, 500);
    ck_assert_int_eq(cap.held, one - 500);
    ck_assert_uint_eq(drill_mem_in_use(), (size_t)cap.held);
    drill_mem_free(p);
    assert_balanced();
    ck_assert_uint_eq(drill_mem_in_use(), 0);
}
END_TEST

START_TEST(refusal_is_out_of_memory)
{
    install(4096);
    errno = 0;
    ck_assert_ptr_null(drill_mem_malloc(8192));
    ck_assert_int_eq(errno, ENOMEM);
    ck_assert_int_eq(cap.refused, 1);
    char *p = drill_mem_malloc(1000);
    ck_assert_ptr_nonnull(p);
    strcpy(p, "kept");
    /* a refused realloc leaves the block as it was */
    ck_assert_ptr_null(drill_mem_realloc(p, 100000));
    ck_assert_str_eq(p, "kept");
    ck_assert_ptr_null(drill_mem_calloc(SIZE_MAX / 2, 4)); /* overflow, not a huge ask */
    ck_assert_ptr_null(drill_mem_malloc(SIZE_MAX - 4));
    drill_mem_free(p);
    assert_balanced();
}
END_TEST

START_TEST(realloc_zero_frees)
{
    install(1 << 20);
    void *p = drill_mem_malloc(100);
    ck_assert_ptr_null(drill_mem_realloc(p, 0));
    assert_balanced();
    p = drill_mem_realloc(NULL, 64);
    ck_assert_ptr_nonnull(p);
    drill_mem_free(p);
    assert_balanced();
}
END_TEST

/* On the way out, blocks are left to the system (Check runs each test in a process of its
 * own; this one is also the last). Sanitizer builds go on freeing. */
START_TEST(leaving_frees_nothing)
{
    void *kept = drill_mem_malloc(1000);
    void *gone = drill_mem_malloc(1000);
    size_t before = drill_mem_in_use();
    int leaving = drill_mem_leave();
    drill_mem_free(gone);
    ck_assert_ptr_null(drill_mem_realloc(kept, 0));
    if (leaving)
        ck_assert_uint_eq(drill_mem_in_use(), before);
    else
        ck_assert_uint_lt(drill_mem_in_use(), before);
}
END_TEST

START_TEST(blocks_outlive_a_hook_change)
{
    /* a block from before the hook is never told to it */
    void *before = drill_mem_malloc(5000);
    install(1 << 20);
    void *during = drill_mem_malloc(100);
    drill_mem_free(before);
    ck_assert_int_gt(cap.held, 0);
    ck_assert_int_eq(cap.underflow, 0);
    /* growing an uncounted block asks for all of it */
    void *old = NULL;
    drill_mem_set_hook(NULL, NULL);
    old = drill_mem_malloc(10);
    drill_mem_set_hook(cap_hook, &cap);
    long long held = cap.held;
    old = drill_mem_realloc(old, 200);
    ck_assert_int_ge(cap.held, held + 200);
    drill_mem_free(old);
    ck_assert_int_eq(cap.held, held);
    /* removing the hook: what it counted is released without telling anyone */
    drill_mem_set_hook(NULL, NULL);
    drill_mem_free(during);
    ck_assert_int_eq(cap.held, held);
    ck_assert_uint_eq(drill_mem_in_use(), 0);
}
END_TEST

START_TEST(account_extra_bytes)
{
    install(10000);
    void *p = drill_mem_malloc(100);
    long long one = cap.held;
    ck_assert_int_eq(drill_mem_account(p, 5000), 1);
    ck_assert_int_eq(cap.held, one + 5000);
    ck_assert_int_eq(drill_mem_account(p, 8000), 0); /* refused: nothing changes */
    ck_assert_int_eq(cap.held, one + 5000);
    p = drill_mem_realloc(p, 200); /* the extra bytes stay with the block */
    ck_assert_int_eq(cap.held, one + 5100);
    drill_mem_free(p);
    assert_balanced();
    ck_assert_uint_eq(drill_mem_in_use(), 0);
}
END_TEST

/* ---------------------------------------------------------------- what plugins cause */

/* A JSON array of n objects, each with a string: about 40 bytes apiece. */
static char *big_json(size_t n, size_t *len)
{
    char *s = malloc(n * 48 + 16);
    size_t k = 0;
    s[k++] = '[';
    for (size_t i = 0; i < n; i++)
        k += (size_t)sprintf(s + k, "%s{\"k\": \"value number %zu\"}", i ? "," : "", i);
    s[k++] = ']';
    *len = k;
    return s;
}

START_TEST(json_decode_meets_the_cap)
{
    size_t len;
    char *text = big_json(100000, &len); /* 4 MB of text, far more as a tree */
    install(1 << 20);
    struct drill_diags d;
    drill_diags_init(&d);
    ck_assert_ptr_null(drill_json_parse(text, len, "big.json", &d));
    ck_assert_int_eq(d.n, 1);
    ck_assert_int_eq(d.status, DRILL_EXIT_INTERNAL);
    ck_assert_str_eq(d.msg[0], "big.json: out of memory");
    ck_assert_int_gt(cap.refused, 0);
    assert_balanced();
    /* with room, the same text parses, is charged while held and released after */
    cap.limit = 1LL << 40;
    drill_diags_init(&d);
    struct drill_json *doc = drill_json_parse(text, len, "big.json", &d);
    ck_assert_ptr_nonnull(doc);
    ck_assert_int_gt(cap.held, (long long)len);
    drill_json_free(doc);
    assert_balanced();
    free(text);
}
END_TEST

START_TEST(json_refused_at_every_step)
{
    /* however little is allowed, a parse fails cleanly and gives it all back */
    const char *text = "{\"a\": [1, 2, {\"b\": \"c\"}], \"d\": {\"e\": null, \"f\": \"\xC3\xA9\"}}";
    for (long long limit = 0; limit < 4096; limit += 16) {
        install(limit);
        struct drill_diags d;
        drill_diags_init(&d);
        struct drill_json *doc = drill_json_parse(text, strlen(text), "t.json", &d);
        if (doc) {
            drill_json_free(doc);
        } else {
            ck_assert_int_eq(d.status, DRILL_EXIT_INTERNAL);
            ck_assert_str_eq(d.msg[0], "t.json: out of memory");
        }
        assert_balanced();
    }
    ck_assert_uint_eq(drill_mem_in_use(), 0);
}
END_TEST

START_TEST(regexes_meet_the_cap)
{
    install(2 << 20);
    enum { MAX = 100000 };
    struct drill_re **res = calloc(MAX, sizeof *res);
    char err[128];
    char pat[64];
    size_t off, n = 0;
    for (; n < MAX; n++) {
        snprintf(pat, sizeof pat, "(?:alpha|beta|gamma|delta)+ %zu [a-z]{2,9}\\d*", n);
        res[n] = drill_re_compile(pat, strlen(pat), DRILL_RE_CASELESS, err, sizeof err, &off);
        if (!res[n])
            break;
    }
    ck_assert_uint_lt(n, MAX);
    ck_assert_str_eq(err, "out of memory");
    ck_assert_int_le(cap.held, cap.limit);
    for (size_t i = 0; i < n; i++)
        drill_re_free(res[i]);
    free(res);
    assert_balanced();
    ck_assert_uint_eq(drill_mem_in_use(), 0);
}
END_TEST

START_TEST(regex_refused_at_every_step)
{
    const char *pat = "(?i)\\b(bias|variance)[- ]trade-?off\\b";
    for (long long limit = 0; limit < 64 * 1024; limit += 256) {
        install(limit);
        char err[128];
        size_t off;
        struct drill_re *re = drill_re_compile(pat, strlen(pat), 0, err, sizeof err, &off);
        if (re) {
            struct drill_re_match m;
            const char *s = "the bias-variance tradeoff";
            int rc = drill_re_match(re, s, strlen(s), 0, 1, &m, err, sizeof err);
            ck_assert(rc == DRILL_RE_MATCHED || rc == DRILL_RE_ENOMEM);
            drill_re_free(re);
        } else {
            ck_assert_str_eq(err, "out of memory");
        }
        assert_balanced();
    }
}
END_TEST

START_TEST(match_heap_is_charged)
{
    /* the interpreter keeps backtracking frames in the match data: charged */
    setenv("DRILL_NO_JIT", "1", 1);
    install(1LL << 30);
    char err[128];
    size_t off;
    const char *pat = "(a|b|c)*(?:x|y)"; /* no required character: it must backtrack */
    struct drill_re *re = drill_re_compile(pat, strlen(pat), 0, err, sizeof err, &off);
    ck_assert_ptr_nonnull(re);
    long long compiled = cap.held;
    size_t n = 200000;
    char *s = malloc(n);
    for (size_t i = 0; i < n; i++)
        s[i] = "abc"[i % 3];
    struct drill_re_match m;
    int rc = drill_re_match(re, s, n, 0, 1, &m, err, sizeof err);
    ck_assert(rc == DRILL_RE_NOMATCH || rc == DRILL_RE_ELIMIT);
    ck_assert_int_gt(cap.held, compiled);
    /* and refused when there is no room: an error, never a silent no match */
    drill_re_release();
    cap.limit = cap.held + 64 * 1024;
    struct drill_re *re2 = drill_re_compile(pat, strlen(pat), 0, err, sizeof err, &off);
    ck_assert_ptr_nonnull(re2);
    rc = drill_re_match(re2, s, n, 0, 1, &m, err, sizeof err);
    ck_assert_int_eq(rc, DRILL_RE_ENOMEM);
    ck_assert_str_eq(err, "out of memory");
    drill_re_free(re2);
    drill_re_free(re);
    drill_re_release();
    free(s);
    assert_balanced();
}
END_TEST

START_TEST(vocab_meets_the_cap)
{
    enum { N = 200000 };
    const char **words = malloc(N * sizeof *words);
    size_t *lens = malloc(N * sizeof *lens);
    static char text[N][12];
    for (size_t i = 0; i < N; i++) {
        lens[i] = (size_t)snprintf(text[i], sizeof text[i], "word%zu", i);
        words[i] = text[i];
    }
    install(1 << 20);
    ck_assert_ptr_null(drill_vocab_new(words, lens, N));
    ck_assert_int_gt(cap.refused, 0);
    assert_balanced();
    cap.limit = 1LL << 40;
    struct drill_vocab *v = drill_vocab_new(words, lens, N);
    ck_assert_ptr_nonnull(v);
    ck_assert_int_gt(cap.held, (long long)N * 8);
    size_t len;
    ck_assert_str_eq(drill_vocab_word(v, N - 1, &len), "word199999");
    ck_assert_int_eq(drill_vocab_correct(v, "wrd199999", 9), N - 1);
    drill_vocab_free(v);
    assert_balanced();
    free(words);
    free(lens);
}
END_TEST

START_TEST(similarity_index_meets_the_cap)
{
    install(64 * 1024);
    struct drill_sim_index *idx = drill_sim_index_new();
    int rc = DRILL_SIM_OK;
    char doc[128];
    for (int i = 0; idx && i < 100000 && rc == DRILL_SIM_OK; i++) {
        snprintf(doc, sizeof doc, "term%d other%d words%d", i, i * 7, i * 13);
        rc = drill_sim_index_add(idx, doc, strlen(doc));
    }
    ck_assert(idx == NULL || rc == DRILL_SIM_ENOMEM);
    ck_assert_int_gt(cap.refused, 0);
    drill_sim_index_free(idx);
    assert_balanced();
}
END_TEST

START_TEST(file_read_charged)
{
    char path[256];
    snprintf(path, sizeof path, "%s/alloc-%d.txt", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp",
             (int)getpid());
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    for (int i = 0; i < 20000; i++)
        fputs("a line of text\n", f);
    fclose(f);
    install(64 * 1024);
    struct drill_diags d;
    drill_diags_init(&d);
    char *text;
    size_t len;
    ck_assert_int_eq(drill_file_read_charged(path, DRILL_MAX_FILE_BYTES, &text, &len, &d),
                     DRILL_EXIT_INTERNAL);
    ck_assert_ptr_null(text);
    ck_assert_str_eq(d.msg[0] + strlen(path), ": out of memory");
    assert_balanced();
    cap.limit = 1 << 20;
    drill_diags_init(&d);
    ck_assert_int_eq(drill_file_read_charged(path, DRILL_MAX_FILE_BYTES, &text, &len, &d),
                     DRILL_OK);
    ck_assert_uint_eq(len, 20000 * 15);
    ck_assert_int_gt(cap.held, (long long)len);
    drill_mem_free(text);
    assert_balanced();
    /* the plain read stays plain: free(), and nothing charged */
    ck_assert_int_eq(drill_file_read(path, DRILL_MAX_FILE_BYTES, &text, &len, &d), DRILL_OK);
    ck_assert_int_eq(cap.held, 0);
    free(text);
    remove(path);
}
END_TEST

static Suite *alloc_suite(void)
{
    Suite *s = suite_create("alloc");
    TCase *tc = tcase_create("allocator");
    tcase_add_test(tc, no_hook_allocates);
    tcase_add_test(tc, alignment_kept);
    tcase_add_test(tc, hook_sees_every_byte);
    tcase_add_test(tc, refusal_is_out_of_memory);
    tcase_add_test(tc, realloc_zero_frees);
    tcase_add_test(tc, blocks_outlive_a_hook_change);
    tcase_add_test(tc, account_extra_bytes);
    suite_add_tcase(s, tc);

    tc = tcase_create("charged");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, json_decode_meets_the_cap);
    tcase_add_test(tc, json_refused_at_every_step);
    tcase_add_test(tc, regexes_meet_the_cap);
    tcase_add_test(tc, regex_refused_at_every_step);
    tcase_add_test(tc, match_heap_is_charged);
    tcase_add_test(tc, vocab_meets_the_cap);
    tcase_add_test(tc, similarity_index_meets_the_cap);
    tcase_add_test(tc, file_read_charged);
    suite_add_tcase(s, tc);

    tc = tcase_create("leaving");
    tcase_add_test(tc, leaving_frees_nothing);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return unit_run(alloc_suite());
}
