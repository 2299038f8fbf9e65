/* The grading engine's evidence: one call reads an answer against a whole
 * compiled rubric and says, for each concept, whether the answer states it,
 * by which alternative and where, whether a match was only denied, and
 * whether the answer contradicts it (a contrast said of the concept's
 * subject, or a reversed statement). Claims bind what is said to the
 * subject it is said of, within clauses and sentences (docs/banks.md,
 * "Rubric format v2"). The verdict — score, pass, feedback — is the
 * grader's, in Lua. */
#ifndef DRILL_EVIDENCE_H
#define DRILL_EVIDENCE_H

#include <stddef.h>

/* The roles a pattern plays in a concept. */
enum drill_ev_role {
    DRILL_EV_PATTERN = 0,  /* states the concept wherever it matches */
    DRILL_EV_REVERSED = 1, /* states it the wrong way round, wherever it matches */
    DRILL_EV_SUBJECT = 2,  /* a mention of the claim's subject */
    DRILL_EV_RIVAL = 3,    /* a mention of what the claim could be confused with */
    DRILL_EV_SAYS = 4,     /* what must be said of the subject */
    DRILL_EV_CONTRAST = 5, /* what, said of the subject, is wrong */
    DRILL_EV_NROLES = 6
};

/* A match: byte offsets into the normalised answer (drill_ev_text), and the
 * alternative (0-based index within its role) that made it; alt < 0 for none. */
struct drill_ev_hit {
    int alt;
    size_t start, end;
};

enum drill_ev_state {
    DRILL_EV_MISSING = 0,
    DRILL_EV_STATED = 1,
    DRILL_EV_CONTRADICTED = 2,
};

struct drill_ev_result {
    int state;                 /* enum drill_ev_state */
    int via;                   /* DRILL_EV_PATTERN or DRILL_EV_SAYS when stated */
    struct drill_ev_hit hit;   /* the stating match */
    struct drill_ev_hit about; /* the subject mention it was said of (alt -1: the question's) */
    int negated;               /* a stating match was found, but only denied */
    int rival;                 /* says matched, but only of a rival: alt of that rival, else -1 */
    struct drill_ev_hit rival_hit;
    int contra_via;                   /* DRILL_EV_CONTRAST or DRILL_EV_REVERSED when contradicted */
    struct drill_ev_hit contra;       /* the contradicting match */
    struct drill_ev_hit contra_about; /* its subject mention (alt -1: the question's) */
};

struct drill_ev;

/* A new, empty rubric; NULL when out of memory. Memory is charged through
 * drill_mem_* (alloc.h). */
struct drill_ev *drill_ev_new(void);
void drill_ev_free(struct drill_ev *ev);

/* What a pattern's source says of its matches, worked out when it is first tried (the literals
 * every match starts with, the stops none holds, whether it says a turn itself), is read back
 * from memo m (cache.h) when a run before worked it out, and kept there when not. m outlives
 * every run of ev; NULL: worked out each time. */
struct drill_memo;
struct drill_lexicon;
void drill_ev_set_memo(struct drill_ev *ev, struct drill_memo *m);

/* Starts a concept (misconception = 0) or a misconception (1); returns its
 * index among its kind, or -1 when out of memory. */
int drill_ev_add_item(struct drill_ev *ev, int misconception);

/* Does the pattern itself state a denial (the `denial` of drill_ev_add_pattern)? It does when
 * the words it says, its negative lookarounds left out and \b, \B, \A, \z, \Z read as spaces,
 * hold "not", "n't", "never", "without", "cannot", "no", "un", "rather than", "instead of" or
 * "as opposed to" (whole words, any case), or an alternation opening with "not|". 1 or 0, or
 * -1 when out of memory. */
int drill_ev_denial(const char *src, size_t len);

/* Adds a pattern in `role` to the last item. A misconception takes patterns
 * and a claim (DRILL_EV_PATTERN, _SUBJECT, _RIVAL, _SAYS), its claim stated
 * where what it says is held of a mention of its subject in the same sentence,
 * or in the one before when this one points back at it ("They ...").
 * `fallback` (NULL for none) is the author's own pattern when `pat` is a
 * widened form of it, used if `pat` does not compile.
 * Patterns are compiled when first needed, so a pattern that does not
 * compile is an error of drill_ev_run (lint checks every pattern).
 * `denial`: the pattern itself states a denial ("not available at prediction
 * time"), so a negation before or inside its match does not cancel it.
 * `lits` are sets of lower-case ASCII literals separated by empty strings
 * (drill_rx_literals): a match holds one literal of every set (nlits 0: no
 * literal is known); they let the engine skip a regex whose literals are
 * absent. Identical patterns share one regex. `kept` (DRILL_EV_KEEP_*) names the strings the
 * caller keeps, unchanged and NUL-terminated, for as long as ev lives: the engine reads those
 * in place where it would copy them. DRILL_EV_REWIDEN, with a kept `fallback` and ev's lexicon
 * (drill_ev_use_lexicon): `pat` is drill_rx_widen of `fallback` through it, so the engine keeps
 * no copy of `pat` and widens `fallback` again when it first tries the pattern (most never are).
 * Returns 0, or -1 with a message in err. */
enum { DRILL_EV_KEEP_PATTERN = 1, DRILL_EV_KEEP_FALLBACK = 2, DRILL_EV_REWIDEN = 4 };
/* The lexicon the patterns added with DRILL_EV_REWIDEN were widened through: one for the life of
 * ev, which the caller keeps unchanged as long as ev lives. 0, or -1 when ev has another. */
int drill_ev_use_lexicon(struct drill_ev *ev, struct drill_lexicon *lex);
/* How ev widens a DRILL_EV_REWIDEN pattern's fallback again when it first tries it: `widen`
 * returns what drill_rx_widen(lex, src, len) returns (a string from drill_mem_*, NULL out of
 * memory), read back from where the caller kept it or worked out again; ctx is the caller's and
 * lives as long as ev. Without one, drill_rx_widen itself. */
typedef char *(*drill_ev_widener)(void *ctx, struct drill_lexicon *lex, const char *src,
                                  size_t len);
void drill_ev_set_widener(struct drill_ev *ev, drill_ev_widener widen, void *ctx);

int drill_ev_add_pattern(struct drill_ev *ev, int role, const char *pat, size_t len,
                         const char *fallback, size_t flen, int denial, const char *const *lits,
                         const size_t *litlens, size_t nlits, int kept, char *err, size_t errlen);

/* Reads `text` (valid UTF-8) against the rubric. Results stay valid until
 * the next run: drill_ev_concept(ev, i) for each concept,
 * drill_ev_misconception(ev, i) (a struct whose state is STATED when found)
 * and drill_ev_text (the normalised answer all offsets point into). Returns
 * 0, or -1 with a message in err when a pattern does not compile, hits the
 * regex limits or memory runs out. */
int drill_ev_run(struct drill_ev *ev, const char *text, size_t len, char *err, size_t errlen);

/* drill_ev_run, reading the answer as `from` read it when `from`'s last run was of the same
 * `text`: the normalised answer, its clauses and its windows are taken over, not worked out
 * again. Any other `from` (NULL included) and it is drill_ev_run. */
int drill_ev_run_like(struct drill_ev *ev, const struct drill_ev *from, const char *text,
                      size_t len, char *err, size_t errlen);

size_t drill_ev_nconcepts(const struct drill_ev *ev);
size_t drill_ev_nmisconceptions(const struct drill_ev *ev);
const struct drill_ev_result *drill_ev_concept(const struct drill_ev *ev, size_t i);
const struct drill_ev_result *drill_ev_misconception(const struct drill_ev *ev, size_t i);
const char *drill_ev_text(const struct drill_ev *ev, size_t *len);

/* The source of alternative `alt` (0-based) in `role` of item `item` (a concept, or a
 * misconception when `misconception`), as the rubric gave it: the author's own pattern where
 * the engine holds a widened form of it. NULL where there is none. */
const char *drill_ev_source(const struct drill_ev *ev, int misconception, size_t item, int role,
                            size_t alt, size_t *len);

/* Regex runs of the last drill_ev_run, and the regexes it skipped because
 * none of their literals occurs in the answer (for benchmarks). */
void drill_ev_counts(const struct drill_ev *ev, size_t *ran, size_t *skipped);

/* The regex calls of the last drill_ev_run: a regex tried at several places
 * counts each (for tests and benchmarks). */
size_t drill_ev_tries(const struct drill_ev *ev);
/* How many of its regexes run JIT-compiled code (those no literal starts, once they have run). */
size_t drill_ev_jitted(const struct drill_ev *ev);

/* Is the match starting at byte `s` of normalised text denied by a
 * negation shortly before it in its clause ("does not overfit")? "not only"
 * and "no longer" do not deny. */
int drill_ev_negated(const char *text, size_t s);

/* ----------------------------------------------------------- own words
 * A concept's statement said in the answer's own words: a sentence holding
 * most of the statement's content stems (drill_sim_next_token's terms,
 * each read through a stem map such as the thesaurus's), and none of the
 * stems a wanted stem is swapped with instead of it. */

/* A map from stems to the stems they stand for ("averag" -> "mean"),
 * immutable once built. */
struct drill_stemmap;
struct drill_stemmap *drill_stemmap_new(void);
void drill_stemmap_free(struct drill_stemmap *m);
/* Adds from -> to; 0, or -1 when out of memory. A stem added twice keeps its first. */
int drill_stemmap_put(struct drill_stemmap *m, const char *from, const char *to);
/* The stem `s[0..n)` stands for: itself when the map has no entry. */
const char *drill_stemmap_get(const struct drill_stemmap *m, const char *s, size_t n,
                              size_t *outlen);

/* Sets concept i's wanted stems (nwant of them, as the map reads them) and,
 * for each, the stems that say its swapped partner instead: partners[j]
 * wanted stem partner_of[j]. Replaces what the concept had; 0 or -1. */
int drill_ev_own_target(struct drill_ev *ev, size_t i, const char *const *want, size_t nwant,
                        const char *const *partners, const size_t *partner_of, size_t npartners);

/* The first sentence of text[0..len) (split at . ! ? ; and line ends;
 * normally drill_ev_text of a run) that holds at least `min` of concept i's
 * wanted stems and at least `share` of them, and no partner of a wanted
 * stem it lacks. Returns 1 with the sentence's span in *out, 0 when none
 * (or the concept has fewer than `min` wanted stems), -1 when out of
 * memory. The sentences read are kept for the next call on the same text. */
int drill_ev_own(struct drill_ev *ev, size_t i, const char *text, size_t len,
                 const struct drill_stemmap *map, size_t min, double share,
                 struct drill_ev_hit *out);

/* drill_ev_own, told whether text is the one its last call read (`same`, which the caller
 * knows when it holds that very text): then the text is not hashed again to find out. A call
 * for a concept drill_ev_own_wanted turns down reads nothing: it is no call to count. */
int drill_ev_own_again(struct drill_ev *ev, size_t i, const char *text, size_t len,
                       const struct drill_stemmap *map, size_t min, double share, int same,
                       struct drill_ev_hit *out);

/* Whether concept i has at least `min` wanted stems (and any): drill_ev_own can find it. */
int drill_ev_own_wanted(const struct drill_ev *ev, size_t i, size_t min);

#endif
