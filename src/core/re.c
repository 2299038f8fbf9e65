/* Regular expressions over PCRE2, with limits so a hostile pattern fails instead of hanging. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "re.h"

#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "drill_limits.h"

struct drill_re {
    pcre2_code *code;
    int ncap;
    int jitted; /* JIT tried: 1 compiled, -1 failed or not wanted */
};

/* PCRE2's memory (the compiled pattern, match data and the heap frames a
 * match grows in it, contexts) comes from drill_mem_*, so a plugin that
 * compiles many patterns meets the memory cap. */
static void *re_malloc(PCRE2_SIZE n, void *ud)
{
    (void)ud;
    return drill_mem_malloc(n);
}

static void re_free(void *p, void *ud)
{
    (void)ud;
    drill_mem_free(p);
}

/* The limits every match runs under, with PCRE2's memory from drill_mem_*: one context for
 * every regex (a context each was 0.6 MiB in a grading worker), made when first wanted and
 * kept until drill_re_release. NULL when out of memory. */
static pcre2_match_context *limits;

static pcre2_match_context *the_limits(void)
{
    if (!limits) {
        pcre2_general_context *gc = pcre2_general_context_create(re_malloc, re_free, NULL);
        limits = gc ? pcre2_match_context_create(gc) : NULL;
        pcre2_general_context_free(gc);
        if (limits) {
            pcre2_set_match_limit(limits, DRILL_RE_MATCH_LIMIT);
            pcre2_set_depth_limit(limits, DRILL_RE_DEPTH_LIMIT);
            pcre2_set_heap_limit(limits, DRILL_RE_HEAP_LIMIT_KIB);
        }
    }
    return limits;
}

static void nomem(char *err, size_t errlen)
{
    snprintf(err, errlen, "out of memory");
}

struct drill_re *drill_re_compile(const char *pattern, size_t len, int flags, char *err,
                                  size_t errlen, size_t *erroffset)
{
    *erroffset = 0;
    if (len > DRILL_RE_MAX_PATTERN_BYTES) {
        snprintf(err, errlen, "pattern is longer than %u bytes", DRILL_RE_MAX_PATTERN_BYTES);
        return NULL;
    }
    uint32_t opts = flags & DRILL_RE_ASCII ? PCRE2_UTF : PCRE2_UTF | PCRE2_UCP;
    if (flags & DRILL_RE_CASELESS)
        opts |= PCRE2_CASELESS;
    if (flags & DRILL_RE_MULTILINE)
        opts |= PCRE2_MULTILINE;
    if (flags & DRILL_RE_DOTALL)
        opts |= PCRE2_DOTALL;
    if (flags & DRILL_RE_EXTENDED)
        opts |= PCRE2_EXTENDED;
    struct drill_re *re = drill_mem_calloc(1, sizeof *re);
    /* the contexts only carry the allocator: the pattern and match data copy it */
    pcre2_general_context *gc = pcre2_general_context_create(re_malloc, re_free, NULL);
    pcre2_compile_context *cc = gc ? pcre2_compile_context_create(gc) : NULL;
    if (!re || !cc) {
        pcre2_general_context_free(gc);
        drill_mem_free(re);
        nomem(err, errlen);
        return NULL;
    }
    int code;
    PCRE2_SIZE off;
    re->code = pcre2_compile((PCRE2_SPTR)pattern, len, opts, &code, &off, cc);
    pcre2_compile_context_free(cc);
    if (!re->code) {
        PCRE2_UCHAR buf[256];
        pcre2_get_error_message(code, buf, sizeof buf);
        /* PCRE2 names a failed allocation an internal error: say what it is */
        if (code == PCRE2_ERROR_HEAP_FAILED)
            nomem(err, errlen);
        else
            snprintf(err, errlen, "%s", (const char *)buf);
        *erroffset = off;
        pcre2_general_context_free(gc);
        drill_mem_free(re);
        return NULL;
    }
    pcre2_pattern_info(re->code, PCRE2_INFO_CAPTURECOUNT, &re->ncap);
    /* JIT makes rubric matching several times faster (scripts/bench-graders.lua);
     * it keeps the match limit. Where JIT is unavailable the interpreter runs.
     * PCRE2 maps the JIT code itself, so its size is charged to the regex. */
    if (!(flags & DRILL_RE_LAZY_JIT) && !drill_re_jit(re)) {
        pcre2_general_context_free(gc);
        drill_re_free(re);
        nomem(err, errlen);
        return NULL;
    }
    pcre2_general_context_free(gc);
    if (!the_limits()) {
        drill_re_free(re);
        nomem(err, errlen);
        return NULL;
    }
    return re;
}

void drill_re_free(struct drill_re *re)
{
    if (!re)
        return;
    pcre2_code_free(re->code);
    drill_mem_free(re);
}

size_t drill_re_jit_size(const struct drill_re *re)
{
    size_t jit = 0;
    if (re->jitted == 1)
        pcre2_pattern_info(re->code, PCRE2_INFO_JITSIZE, &jit);
    return jit;
}

size_t drill_re_code_size(const struct drill_re *re)
{
    size_t n = 0;
    pcre2_pattern_info(re->code, PCRE2_INFO_SIZE, &n);
    return n;
}

int drill_re_jit(struct drill_re *re)
{
    if (re->jitted)
        return 1;
    re->jitted = -1;
    if (getenv("DRILL_NO_JIT") || pcre2_jit_compile(re->code, PCRE2_JIT_COMPLETE) != 0)
        return 1; /* the interpreter runs */
    size_t jit = 0;
    pcre2_pattern_info(re->code, PCRE2_INFO_JITSIZE, &jit);
    if (!drill_mem_account(re, jit))
        return 0;
    re->jitted = 1;
    return 1;
}

int drill_re_captures(const struct drill_re *re)
{
    return re->ncap;
}

static int match(struct drill_re *re, const char *subject, size_t len, size_t start, uint32_t opts,
                 struct drill_re_match *m, char *err, size_t errlen);

int drill_re_match(struct drill_re *re, const char *subject, size_t len, size_t start, int checked,
                   struct drill_re_match *m, char *err, size_t errlen)
{
    return match(re, subject, len, start, checked ? PCRE2_NO_UTF_CHECK : 0, m, err, errlen);
}

int drill_re_match_anchored(struct drill_re *re, const char *subject, size_t len, size_t start,
                            int checked, struct drill_re_match *m, char *err, size_t errlen)
{
    return match(re, subject, len, start, PCRE2_ANCHORED | (checked ? PCRE2_NO_UTF_CHECK : 0), m,
                 err, errlen);
}

/* One match data for every regex: the interpreter keeps its backtracking
 * frames in the match data, at their largest, so a rubric of thousands of
 * regexes with one each would hold thousands of those; drill matches one
 * regex at a time. Groups past the 32 reported are not kept. */
#define SHARED_PAIRS 33
static pcre2_match_data *shared;

void drill_re_release(void)
{
    pcre2_match_data_free(shared);
    shared = NULL;
    pcre2_match_context_free(limits);
    limits = NULL;
}

static pcre2_match_data *shared_md(void)
{
    if (!shared) {
        pcre2_general_context *gc = pcre2_general_context_create(re_malloc, re_free, NULL);
        if (gc)
            shared = pcre2_match_data_create(SHARED_PAIRS, gc);
        pcre2_general_context_free(gc);
    }
    return shared;
}

static int match(struct drill_re *re, const char *subject, size_t len, size_t start, uint32_t opts,
                 struct drill_re_match *m, char *err, size_t errlen)
{
    if (start > len)
        return DRILL_RE_NOMATCH;
    pcre2_match_data *md = shared_md();
    if (!md || !the_limits()) {
        snprintf(err, errlen, "out of memory");
        return DRILL_RE_ENOMEM;
    }
    int rc = pcre2_match(re->code, (PCRE2_SPTR)subject, len, start, opts, md, limits);
    if (rc == 0)
        rc = SHARED_PAIRS; /* more groups than the match data holds: the first ones are there */
    if (rc == PCRE2_ERROR_NOMATCH)
        return DRILL_RE_NOMATCH;
    if (rc < 0) {
        PCRE2_UCHAR buf[256];
        pcre2_get_error_message(rc, buf, sizeof buf);
        if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
            rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT) {
            snprintf(err, errlen, "regex limit reached: %s", (const char *)buf);
            return DRILL_RE_ELIMIT;
        }
        if (rc == PCRE2_ERROR_NOMEMORY) {
            snprintf(err, errlen, "out of memory");
            return DRILL_RE_ENOMEM;
        }
        if (rc <= PCRE2_ERROR_UTF8_ERR1 && rc >= PCRE2_ERROR_UTF8_ERR21) {
            snprintf(err, errlen, "subject is not valid UTF-8 at byte %zu: %s",
                     (size_t)pcre2_get_startchar(md), (const char *)buf);
            return DRILL_RE_EUTF;
        }
        snprintf(err, errlen, "%s", (const char *)buf);
        return DRILL_RE_EOTHER;
    }
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    int n = re->ncap + 1;
    if (n > 32)
        n = 32;
    m->ngroups = n;
    for (int i = 0; i < n; i++) {
        if (i < rc && ov[2 * i] != PCRE2_UNSET) {
            m->start[i] = ov[2 * i];
            m->end[i] = ov[2 * i + 1];
        } else {
            m->start[i] = (size_t)-1;
            m->end[i] = (size_t)-1;
        }
    }
    return DRILL_RE_MATCHED;
}

int drill_re_matches_empty(struct drill_re *re)
{
    /* A zero-width match in any of these means the pattern can be satisfied
     * without the answer saying anything: "", a word, words and punctuation. */
    static const char *const probes[] = {"", "x", "a b. 1"};
    for (size_t k = 0; k < sizeof probes / sizeof *probes; k++) {
        struct drill_re_match m;
        char err[128];
        size_t n = strlen(probes[k]);
        for (size_t at = 0; at <= n; at++) {
            int rc = drill_re_match(re, probes[k], n, at, 1, &m, err, sizeof err);
            if (rc < 0)
                return rc;
            if (rc == DRILL_RE_NOMATCH)
                break;
            if (m.start[0] == m.end[0])
                return 1;
            at = m.end[0] > at ? m.end[0] - 1 : at;
        }
    }
    return 0;
}
