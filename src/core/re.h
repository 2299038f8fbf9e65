/* Regular expressions: PCRE2 compiled once with UTF and Unicode properties,
 * matched under match, depth and heap limits. */
#ifndef DRILL_RE_H
#define DRILL_RE_H

#include <stddef.h>

struct drill_re;

enum {
    DRILL_RE_CASELESS = 1,
    DRILL_RE_MULTILINE = 2,
    DRILL_RE_DOTALL = 4,
    DRILL_RE_EXTENDED = 8,
    DRILL_RE_LAZY_JIT = 16, /* no JIT code until drill_re_jit: for patterns that may never run */
    /* \b, \w, \d, \s and the POSIX classes know ASCII only, not Unicode's properties: cheaper
     * to run, and the same on subjects of ASCII alone (caseless matching is Unicode's either
     * way). Only for such subjects. */
    DRILL_RE_ASCII = 32,
};

/* Compiles `pattern` (UTF-8, `len` bytes). On failure returns NULL, writes a
 * message to err (errlen bytes; exactly "out of memory" when the memory hook
 * refused) and the offset in the pattern where the error was found to
 * *erroffset. Everything the regex holds, its JIT code included, is
 * allocated or charged through drill_mem_* (alloc.h). The caller owns the
 * result. */
struct drill_re *drill_re_compile(const char *pattern, size_t len, int flags, char *err,
                                  size_t errlen, size_t *erroffset);
void drill_re_free(struct drill_re *re);

/* Every regex matches with one match data, which keeps the interpreter's
 * backtracking frames at their largest, and under one context of limits; this
 * frees both (the next match makes them anew). */
void drill_re_release(void);

/* JIT-compiles a regex compiled with DRILL_RE_LAZY_JIT (once; later calls do
 * nothing). Returns 1, or 0 when out of memory (the regex still matches,
 * without JIT). */
int drill_re_jit(struct drill_re *re);

/* Bytes of JIT code the regex holds (0 without). */
size_t drill_re_jit_size(const struct drill_re *re);
/* The bytes of its compiled code, JIT code apart. */
size_t drill_re_code_size(const struct drill_re *re);

/* Number of capture groups. */
int drill_re_captures(const struct drill_re *re);

/* The result of a match: byte offsets of the whole match (group 0) and of
 * each group, start == (size_t)-1 for a group that did not take part. */
struct drill_re_match {
    int ngroups; /* groups filled, including group 0 */
    size_t start[32];
    size_t end[32];
};

enum {
    DRILL_RE_NOMATCH = 0,
    DRILL_RE_MATCHED = 1,
    DRILL_RE_ELIMIT = -1, /* match, depth or heap limit reached */
    DRILL_RE_EUTF = -2,   /* subject is not valid UTF-8 */
    DRILL_RE_EOTHER = -3, /* anything else; see err */
    DRILL_RE_ENOMEM = -4, /* the memory hook (alloc.h) refused the match's heap */
};

/* Searches `subject` from byte `start`. Returns DRILL_RE_MATCHED and fills
 * `m` (groups past 31 are not reported), DRILL_RE_NOMATCH, or a negative
 * error with a message in err. `checked` says the subject is known to be
 * valid UTF-8, so it is not checked again. Not safe to call on one regex from
 * two threads at once. */
int drill_re_match(struct drill_re *re, const char *subject, size_t len, size_t start, int checked,
                   struct drill_re_match *m, char *err, size_t errlen);

/* As drill_re_match, but the match must start exactly at `start`. */
int drill_re_match_anchored(struct drill_re *re, const char *subject, size_t len, size_t start,
                            int checked, struct drill_re_match *m, char *err, size_t errlen);

/* 1 if the pattern can match an empty string (a zero-width match in a few
 * probe texts), 0 if not, negative on error. */
int drill_re_matches_empty(struct drill_re *re);

#endif
