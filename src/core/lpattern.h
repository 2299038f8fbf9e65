/* Lua 5.4 pattern matching over bytes, bounded by a step budget and a recursion depth. */
#ifndef DRILL_LPATTERN_H
#define DRILL_LPATTERN_H

#include <stddef.h>

#include "drill_limits.h"

/* Lua's own bounds, kept because patterns must mean what they mean in stock Lua: a 33rd
 * capture is "too many captures" and nesting past 200 matcher calls is "pattern too complex".
 * They are part of the language, not policy, so they live here rather than in drill_limits.h. */
#define DRILL_LPAT_MAXCAPTURES 32
#define DRILL_LPAT_MAXDEPTH    200

/* Results of drill_lpat_match_at and friends; end offsets are >= 0. */
#define DRILL_LPAT_NOMATCH (-1)
#define DRILL_LPAT_ERROR   (-2)

/* Capture lengths that are not lengths. */
#define DRILL_LPAT_CAP_UNFINISHED (-1)
#define DRILL_LPAT_CAP_POSITION   (-2)

/* Kinds of capture value, returned by drill_lpat_capture. */
#define DRILL_LPAT_TEXT     1
#define DRILL_LPAT_POSITION 2

enum drill_lpat_status {
    DRILL_LPAT_OK = 0,
    DRILL_LPAT_EPATTERN, /* malformed pattern or a bad capture reference; message as Lua's */
    DRILL_LPAT_EDEPTH,   /* more than DRILL_LPAT_MAXDEPTH nested calls: "pattern too complex" */
    DRILL_LPAT_ESTEPS,   /* the step budget ran out */
};

#define DRILL_LPAT_STEPS_MESSAGE "pattern too complex (step limit exceeded)"

struct drill_lpat_capture {
    size_t start;  /* offset in the subject */
    ptrdiff_t len; /* >= 0, or DRILL_LPAT_CAP_POSITION, or DRILL_LPAT_CAP_UNFINISHED */
};

/* One matching session: a subject, a pattern, a budget, and the captures of the last attempt.
 * Lives wherever the caller puts it (the stack is fine: nothing here is allocated). */
struct drill_lpat {
    const char *src; /* borrowed from the caller, as is pat */
    size_t srclen;
    const char *pat;
    size_t patlen;
    long *steps;    /* budget being spent: the caller's, or own_steps */
    long own_steps; /* budget used when drill_lpat_init was given NULL */
    int depth;      /* matcher calls now active */
    int ncap;       /* captures opened by the last attempt */
    struct drill_lpat_capture cap[DRILL_LPAT_MAXCAPTURES];
    enum drill_lpat_status status; /* why the last call returned DRILL_LPAT_ERROR */
    char msg[64];                  /* and the message Lua would raise for it */
    /* where the single-character class at each of the pattern's first bytes
     * ends, less its start (0: not read yet): a class is read once a call,
     * not at every byte of the subject */
    unsigned char class_len[64];
    /* the bytes a match can start with (drill_lpat_skip), when worked out (first_state 1; -1:
     * none to tell) */
    int first_state;
    unsigned char first[32];
    size_t first_cost;
};

/* Prepares `m` to match `pat` (patlen bytes, NULs allowed) against `src` (srclen bytes). Both
 * are borrowed and must stay unchanged while `m` is used; `m` holds no other resources and
 * needs no cleanup. `steps` is the budget: it is decremented at least once per
 * single-character test and per backtracking step (more for work proportional to a set's or a
 * back-reference's length), and when it would go below zero the call under way fails with
 * DRILL_LPAT_ESTEPS, leaving *steps at 0. Several sessions may share one counter. NULL gives
 * the session its own budget, drill_lpat_budget(srclen). */
void drill_lpat_init(struct drill_lpat *m, const char *src, size_t srclen, const char *pat,
                     size_t patlen, long *steps);

/* The budget of one call over a subject of `srclen` bytes: DRILL_LPAT_MAX_STEPS plus
 * DRILL_LPAT_STEPS_PER_BYTE per byte, at most DRILL_LPAT_MAX_STEPS_CAP. A linear scan (a few
 * steps per byte) fits it on subjects of tens of MiB; a pattern that backtracks over
 * the subject from each start costs steps in proportion to its square and does not. */
long drill_lpat_budget(size_t srclen);

/* 1 if the pattern starts with '^', which find, match and gsub take as an anchor: pass it as
 * `pat_from` to skip it. gmatch does not, and passes 0 so that '^' matches itself. */
size_t drill_lpat_anchor(const struct drill_lpat *m);

/* Matches the pattern from byte `pat_from` on, against the subject at offset `at` only
 * (at <= srclen). Returns the end offset of the match, DRILL_LPAT_NOMATCH, or
 * DRILL_LPAT_ERROR with m->status and m->msg set. On a match m->cap[0 .. m->ncap-1] hold the
 * captures; an unfinished one is not an error here (see drill_lpat_capture). Malformed parts
 * of a pattern are reported only when matching reaches them, as Lua does. */
ptrdiff_t drill_lpat_match_at(struct drill_lpat *m, size_t at, size_t pat_from);

/* The first match starting at or after `init` (init <= srclen), honouring a leading '^' as an
 * anchor: on a match sets *start and *end (end is exclusive) and returns 1; returns 0 if none,
 * DRILL_LPAT_ERROR on error. */
int drill_lpat_find(struct drill_lpat *m, size_t init, size_t *start, size_t *end);

/* The first place from `at` on where a match of the pattern from offset pat_from may start,
 * when every match starts with one literal byte: the places before it are those where a try
 * fails at its first test, and their steps are spent, one each, as the tries would. `at`
 * itself otherwise. SIZE_MAX, with the step-limit error set, when the budget runs out. */
size_t drill_lpat_skip(struct drill_lpat *m, size_t at, size_t pat_from);

/* Like drill_lpat_find with the pattern taken as plain bytes (string.find's `plain`). The only
 * possible error is DRILL_LPAT_ESTEPS. */
int drill_lpat_find_plain(struct drill_lpat *m, size_t init, size_t *start, size_t *end);

/* Value `i` (0-based) of the match [s, e) just found: when the pattern made no captures,
 * value 0 is the whole match. Returns DRILL_LPAT_TEXT with the text at *off, *len bytes;
 * DRILL_LPAT_POSITION with the 0-based offset in *off; or DRILL_LPAT_ERROR for a capture that
 * does not exist ("invalid capture index %N") or never closed ("unfinished capture"). */
int drill_lpat_capture(struct drill_lpat *m, int i, size_t s, size_t e, size_t *off, size_t *len);

/* 1 if the pattern holds a byte that is special to find ("^$*+?.([%-"); if not, find may
 * search for it as plain text, as Lua does. */
int drill_lpat_has_specials(const char *pat, size_t patlen);

#endif
