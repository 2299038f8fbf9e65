#define _GNU_SOURCE /* memmem */
#include "evidence.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "cache.h"
#include "re.h"
#include "rxsrc.h"
#include "similar.h"
#include "text.h"

/* A regex that no literal starts is searched for at every place of an answer, and costs
 * tens of times what one tried only where its literals are costs: it is JIT-compiled when it
 * first runs. The others stay interpreted: most run a few times an answer over a few bytes,
 * and JIT code (about 4 KiB a pattern) would cost more to make than it saves, and memory in
 * every worker. Past this budget a process makes no more JIT code, so a run of any size keeps
 * its memory. The built-in banks make over 4.4 MiB of it, for the first kind alone; on 100
 * answer files of 50 answers, a budget of 2 MiB left the regexes met last interpreted and took
 * 36% more instructions (11,938 M against 8,774 M), 3 MiB 32% more; 4 MiB took 1.9% more than
 * 6 MiB on 40 files (7,203 M against 7,068 M) and kept a worker's peak memory 1.5 MiB lower (61.1
 * against 62.7 and 64.0 MiB, --jobs 2 on 200 files): each MiB of JIT code is about a MiB of a
 * worker's peak memory. JIT-compiling the second kind too, after 100 runs each, saved nothing
 * more. */
#define JIT_BUDGET ((size_t)4 << 20)
static size_t jit_made;
/* ev->present of a literal not yet looked for in this answer */
#define PRESENT_UNKNOWN 2
/* Matches kept per regex and answer; later ones are not needed to decide. */
#define MAX_MATCHES 64
/* Where a regex's matches can start, looked for at most this many times an
 * answer; past that it searches the whole answer. */
#define MAX_STARTS 64
/* A negation denies what follows it within this many bytes and words. */
#define NEG_WINDOW 60
#define NEG_WORDS  4
/* The marker a break between paragraphs or list items becomes: it ends a sentence. */
#define BREAK '\x1f'

/* Between two sets of a regex's literals. */
#define NO_LITERAL UINT32_MAX

struct span {
    size_t s, e;
};

struct rx {
    /* compiled when first tried (compile): most patterns never are. re for answers with
     * characters beyond ASCII, are (DRILL_RE_ASCII: cheaper to run) for the others */
    struct drill_re *re, *are;
    const char *src;
    const char *fallback; /* the author's own pattern, when src is a widened form of it */
    /* literals every match starts with (drill_rx_prefixes): the regex is tried
     * only where they are, anchored, not at every byte of the answer; read from its source
     * (pre, prelen), then kept as literals of ev (ev->rxlit[preat ...], npre of them) */
    struct drill_rx_list pre;
    size_t *prelen; /* the length of each */
    /* per answer (and ev->rxdone) */
    struct span *m; /* grown as matches come, to MAX_MATCHES: most patterns match once or never */
    /* counts and places in 32 bits, flags in bytes: a worker holds tens of thousands */
    uint32_t len, flen;
    uint32_t litat; /* the indices of its literals (lit) are ev->rxlit[litat ...], nlits of them */
    uint32_t nlits;
    uint32_t preat, npre;
    uint32_t capm, nm;
    signed char kept; /* DRILL_EV_KEEP_*: src or fallback is the caller's, not a copy to free */
    signed char denial;
    /* what the pattern itself says (says_turn): "but", "whereas", ... or "unlike"; a turn or an
     * aside inside a match is its own (worked out with the regex, when it first runs) */
    signed char turns;
    signed char jit_tried; /* 1: re's JIT code was tried for, 2: are's */
    /* what the regexes were compiled from: the author's own pattern, as the widened form did
     * not compile (fell_back); the widened form, since let go for the author's (narrowed): the
     * other of re and are is compiled from it widened again */
    signed char fell_back, narrowed;
    signed char analysed; /* its prefixes, the stops it never takes and its turns are known */
    /* the stops, '.' and ';', no match of it holds (drill_rx_untaken): its literals are
     * between where it starts and the next of them */
    signed char untaken;
};

struct item {
    size_t *pats[DRILL_EV_NROLES]; /* regex indices */
    size_t npats[DRILL_EV_NROLES];
    /* literals one of which the answer holds whenever the item has anything to say: a literal
     * set of each regex that can state or contradict it (subjects and rivals alone say nothing),
     * the one with the longest shortest literal, each literal once; worked out when first
     * judged; NO_GATE when one such regex has no literal */
    size_t *gate;
    size_t ngate;
    int gate_known;
    int blank; /* its result is the one for nothing said, from a run before */
};
#define NO_GATE ((size_t)-1)

/* A stretch of a sentence: clauses end at , ; : and before connectives. */
enum { CL_PLAIN = 0, CL_TURN = 1, CL_OTHER = 2 };
struct clause {
    size_t s, e;
    size_t sentence;
    int kind;
    int boundary; /* opens a sentence or follows a semicolon */
    int strong;   /* ... and not with a word that goes on about what came before */
};

struct mention {
    size_t s, e;
    int own; /* 1 the subject, 0 a rival */
    int alt;
    size_t shut; /* the ')' that closes a parenthesis around it, SIZE_MAX when none */
};

/* Own words (drill_ev_own): a stem is its bytes and their hash. */
struct own_target {
    size_t nwant, np;
    uint64_t *wh, *ph;
    char **w, **p;
    size_t *pof; /* the wanted stem each partner stands against */
};
struct own_sent {
    size_t s, e;     /* the sentence in the normalised answer */
    size_t first, n; /* its stems in ot, sorted by hash */
};
struct own_term {
    uint64_t h;
    size_t off, len; /* in opool */
};

/* A bitmap of the answer's three-byte windows (hashed): a literal whose
 * windows are all there is taken to be in the answer. Now and then one is
 * not (two windows share a bit), and its regex runs and finds nothing: the
 * filter only ever skips regexes that cannot match. One bitmap serves every
 * rubric: it holds the windows of the answer drill_ev_run is reading. */
#define TRI_BITS 32768
static unsigned long long tri[TRI_BITS / 64];
static unsigned tri_hash(const char *p)
{
    unsigned h = (unsigned char)p[0] * 961u + (unsigned char)p[1] * 31u + (unsigned char)p[2];
    return (h * 2654435761u) >> 17; /* 15 bits */
}

/* Where each window is, for the windows in the bitmap: tri_first[h] is the first place of
 * a window with hash h and tri_next[i] the next place after i with the same hash, -1 at the
 * end; a literal of three bytes or more is found by following its first window's places
 * instead of searching the whole answer. tri_first[h] is read only when bit h is set, so
 * it is never cleared. */
static int tri_first[TRI_BITS];
static int *tri_next;
static size_t tri_cap;
/* Counts the answers indexed: a rubric that read an answer under the current count still has
 * its windows in the bitmap. */
static unsigned long tri_gen;

/* Builds the bitmap and the places of the windows of s[0, n): 0 when memory cannot be had. */
static int index_windows(const char *s, size_t n)
{
    tri_gen++;
    memset(tri, 0, sizeof tri);
    if (n > tri_cap) {
        int *b = drill_mem_realloc(tri_next, n * sizeof *b);
        if (!b)
            return 0;
        tri_next = b;
        tri_cap = n;
    }
    for (size_t i = n >= 3 ? n - 3 + 1 : 0; i-- > 0;) {
        unsigned h = tri_hash(s + i);
        unsigned long long bit = 1ull << (h % 64);
        tri_next[i] = (tri[h / 64] & bit) ? tri_first[h] : -1;
        tri_first[h] = (int)i;
        tri[h / 64] |= bit;
    }
    return 1;
}

/* The first place of l's first window in the indexed text, -1 when there is none; the
 * places after it follow through tri_next. */
static int first_window(const char *l)
{
    unsigned h = tri_hash(l);
    return (tri[h / 64] >> (h % 64)) & 1 ? tri_first[h] : -1;
}

/* Whether l (n bytes) is at place p of s (s_len bytes). */
static int is_at(const char *s, size_t s_len, int p, const char *l, size_t n)
{
    return (size_t)p + n <= s_len && memcmp(s + p, l, n) == 0;
}

/* Whether every one of the n window hashes h is in the bitmap: false when what they are the
 * windows of is surely not in the answer. */
static int hashes_there(const uint16_t *h, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (!((tri[h[k] / 64] >> (h[k] % 64)) & 1))
            return 0;
    return 1;
}

/* A regex's index + 1 (0: an empty slot) under the hash of its pattern (pattern_hash). */
struct rx_slot {
    uint64_t h;
    uint32_t idx1;
};

struct drill_ev {
    struct rx *rx;
    size_t nrx, caprx;
    struct drill_lexicon *lex; /* what DRILL_EV_REWIDEN patterns are widened through again */
    drill_ev_widener widen;    /* and how (NULL: drill_rx_widen) */
    void *widen_ctx;
    int fitted; /* its arrays cut to their lengths at the first run (fit) */
    /* while the rubric is read (till fit): each regex under the hash of the pattern it was
     * added with, so that an identical pattern finds it at once */
    struct rx_slot *rxmap;
    size_t rxmapcap;
    unsigned char *rxdone; /* per answer: the regex's matches are found (matches) */
    size_t caprxdone;
    uint32_t *rxlit; /* each regex's literal indices, one regex after another (rx_lits) */
    size_t nrxlit, caprxlit;
    /* the literals, one after another in litpool: each one's bytes lower-cased, a NUL, and
     * (windows_of) the hashes of its three-byte windows; litoff[i] is where literal i is */
    char *litpool;
    size_t nlitpool, caplitpool;
    uint32_t *litoff; /* 32 bits each: a worker holds tens of thousands of literals */
    uint32_t *litlen;
    unsigned char *present; /* per answer: 1 a literal may be there, 0 not, PRESENT_UNKNOWN */
    long *last; /* per answer, once lit_present read the literal: where it is last, -1 nowhere,
                 * -2 not looked for yet */
    size_t nlits, caplits;
    uint32_t *litmap; /* open addressing over lits: index + 1, 0 for none */
    size_t litmapcap;
    struct item *items[2]; /* concepts, misconceptions */
    size_t nitems[2], capitems[2];
    struct drill_ev_result *res[2];
    int last_kind;
    /* per answer */
    char *buf, *norm, *lower;
    size_t cap, len;
    struct clause *cl;
    size_t ncl, capcl;
    struct mention *mn;
    size_t nmn, capmn;
    size_t ran, skipped, tries;
    int filter;
    int ascii; /* the answer read holds ASCII alone: the regexes' cheaper form runs (are) */
    /* per answer: where its stops, '.' and ';', are, found when first asked (nstops -1 till
     * then) */
    size_t *stops;
    long nstops;
    size_t capstops;
    /* own words: each concept's wanted stems, and the answer's sentences
     * read into stems on the first drill_ev_own of a run */
    struct own_target *own;
    size_t nown;
    int own_ready;
    const struct drill_stemmap *own_map;
    uint64_t own_hash; /* of the text the sentences were read from */
    /* the answer last read: its hash and length as given, the window index it left, and
     * whether the reading is whole */
    uint64_t in_hash;
    size_t in_len;
    unsigned long gen;
    int read;
    size_t own_len;
    struct own_sent *os;
    size_t nos, capos;
    struct own_term *ot;
    size_t nterms, capterms;
    char *opool;
    size_t npool, cappool;
    char *oscratch;
    size_t capscratch;
    struct drill_memo *memo; /* what analyse_kept reads back and keeps */
    /* a long list of items (the field's misconceptions): from each window's hash to the items
     * with a gate literal filed under it (gidx_off[h] .. gidx_off[h + 1] in gidx_items), so an
     * answer visits only the items one of whose gate literals can be there (item_index);
     * built once GIDX_SAMPLE answers have been read, dropped when an item or pattern is added,
     * gidx_built -1 when it could not be had */
    uint32_t *gidx_off, *gidx_items;
    int gidx_built;
    /* the windows with an item filed under them (a bit each, as tri); the items judged
     * whatever the answer holds (a bit each, gidx_always); the items an answer judges, those
     * and the ones it marks (gidx_mark, a bit each, and gidx_list, in order: mark_items); the
     * items whose result is not blank since the last answer (gidx_live); the DRILL_EV_PATTERN
     * regexes of all items, those of the items an answer does not judge being skipped
     * (gidx_pats) */
    unsigned long long *gidx_filed, *gidx_always, *gidx_mark;
    uint32_t *gidx_list, *gidx_live;
    size_t gidx_nlist, gidx_nlive, gidx_pats;
    /* before the index is built: how many answers read so far held each window, so a
     * literal is filed under the window the answers hold least often */
    uint16_t *gidx_freq;
    unsigned gidx_seen_answers;
};

static int grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 1;
    size_t n = *cap ? *cap : 8;
    while (n < need)
        n *= 2;
    void *q = drill_mem_realloc(*p, n * size);
    if (!q)
        return 0;
    *p = q;
    *cap = n;
    return 1;
}

void drill_ev_set_memo(struct drill_ev *ev, struct drill_memo *m)
{
    ev->memo = m;
}

struct drill_ev *drill_ev_new(void)
{
    struct drill_ev *ev = drill_mem_calloc(1, sizeof *ev);
    if (ev)
        ev->last_kind = -1;
    return ev;
}

static void own_target_clear(struct own_target *t);

void drill_ev_free(struct drill_ev *ev)
{
    if (!ev)
        return;
    for (size_t i = 0; i < ev->nrx; i++) {
        drill_re_free(ev->rx[i].re);
        drill_re_free(ev->rx[i].are);
        if (!(ev->rx[i].kept & DRILL_EV_KEEP_PATTERN))
            drill_mem_free((char *)ev->rx[i].src);
        if (!(ev->rx[i].kept & DRILL_EV_KEEP_FALLBACK))
            drill_mem_free((char *)ev->rx[i].fallback);
        drill_rx_free_list(&ev->rx[i].pre);
        drill_mem_free(ev->rx[i].prelen);
        drill_mem_free(ev->rx[i].m);
    }
    drill_mem_free(ev->rx);
    drill_mem_free(ev->rxmap);
    drill_mem_free(ev->rxdone);
    drill_mem_free(ev->rxlit);
    drill_mem_free(ev->litpool);
    drill_mem_free(ev->litoff);
    drill_mem_free(ev->litmap);
    drill_mem_free(ev->litlen);
    drill_mem_free(ev->present);
    drill_mem_free(ev->last);
    drill_mem_free(ev->stops);
    for (int k = 0; k < 2; k++) {
        for (size_t i = 0; i < ev->nitems[k]; i++) {
            for (int r = 0; r < DRILL_EV_NROLES; r++)
                drill_mem_free(ev->items[k][i].pats[r]);
            drill_mem_free(ev->items[k][i].gate);
        }
        drill_mem_free(ev->items[k]);
        drill_mem_free(ev->res[k]);
    }
    drill_mem_free(ev->buf);
    drill_mem_free(ev->cl);
    drill_mem_free(ev->mn);
    for (size_t i = 0; i < ev->nown; i++)
        own_target_clear(&ev->own[i]);
    drill_mem_free(ev->own);
    drill_mem_free(ev->os);
    drill_mem_free(ev->ot);
    drill_mem_free(ev->opool);
    drill_mem_free(ev->oscratch);
    drill_mem_free(ev->gidx_off);
    drill_mem_free(ev->gidx_items);
    drill_mem_free(ev->gidx_always);
    drill_mem_free(ev->gidx_mark);
    drill_mem_free(ev->gidx_filed);
    drill_mem_free(ev->gidx_list);
    drill_mem_free(ev->gidx_live);
    drill_mem_free(ev->gidx_freq);
    drill_mem_free(ev);
}

int drill_ev_add_item(struct drill_ev *ev, int misconception)
{
    int k = misconception ? 1 : 0;
    if (ev->nitems[k] == ev->capitems[k]) {
        /* items and their results grow together, and the room is counted once both have */
        size_t cap = ev->capitems[k] ? 2 * ev->capitems[k] : 8;
        struct item *it = drill_mem_realloc(ev->items[k], cap * sizeof *it);
        if (it)
            ev->items[k] = it;
        struct drill_ev_result *r = it ? drill_mem_realloc(ev->res[k], cap * sizeof *r) : NULL;
        if (!r)
            return -1;
        ev->res[k] = r;
        ev->capitems[k] = cap;
    }
    memset(&ev->items[k][ev->nitems[k]], 0, sizeof(struct item));
    ev->last_kind = k;
    ev->gidx_built = 0;
    return (int)ev->nitems[k]++;
}

/* The indices of x's literals, its sets separated by NO_LITERAL. */
static const uint32_t *rx_lits(const struct drill_ev *ev, const struct rx *x)
{
    return x->nlits ? ev->rxlit + x->litat : NULL; /* no pool yet without literals */
}

/* The literal indices of x's prefixes (prefixes_kept). */
static const uint32_t *rx_pre(const struct drill_ev *ev, const struct rx *x)
{
    return x->npre ? ev->rxlit + x->preat : NULL;
}

/* Literal i. */
static const char *lit(const struct drill_ev *ev, size_t i)
{
    return ev->litpool + ev->litoff[i];
}

/* The slot of the index of literals where s (n bytes) is, or would go. */
static uint32_t *lit_slot(const struct drill_ev *ev, const char *s, size_t n)
{
    for (size_t j = (size_t)drill_text_hash(s, n) & (ev->litmapcap - 1);;
         j = (j + 1) & (ev->litmapcap - 1)) {
        uint32_t v = ev->litmap[j];
        if (!v || (ev->litlen[v - 1] == n && memcmp(lit(ev, v - 1), s, n) == 0))
            return &ev->litmap[j];
    }
}

/* Where the hashes of a literal of n bytes start in its block: after its bytes and NUL, aligned. */
static size_t windows_at(size_t n)
{
    return (n + 2) & ~(size_t)1;
}

static const uint16_t *windows_of(const char *lit, size_t n)
{
    return (const uint16_t *)(const void *)(lit + windows_at(n));
}

static long add_literal(struct drill_ev *ev, const char *s, size_t n)
{
    /* places, lengths and indexes are kept in 32 bits: a pool of 2 GiB is out of memory */
    if (n > UINT32_MAX / 4 || ev->nlitpool > UINT32_MAX / 2 || ev->nlits > UINT32_MAX / 4)
        return -1;
    if (2 * (ev->nlits + 1) > ev->litmapcap) {
        size_t cap = ev->litmapcap ? 2 * ev->litmapcap : 64;
        uint32_t *m = drill_mem_calloc(cap, sizeof *m);
        if (!m)
            return -1;
        drill_mem_free(ev->litmap);
        ev->litmap = m;
        ev->litmapcap = cap;
        for (size_t i = 0; i < ev->nlits; i++)
            *lit_slot(ev, lit(ev, i), ev->litlen[i]) = (uint32_t)(i + 1);
    }
    uint32_t *slot = lit_slot(ev, s, n);
    if (*slot)
        return (long)*slot - 1;
    if (ev->nlits == ev->caplits) {
        /* the four arrays grow together, and caplits only once all have */
        size_t cap = ev->caplits ? 2 * ev->caplits : 8;
        uint32_t *ls = drill_mem_realloc(ev->litoff, cap * sizeof *ls);
        if (ls)
            ev->litoff = ls;
        uint32_t *l = ls ? drill_mem_realloc(ev->litlen, cap * sizeof *l) : NULL;
        if (l)
            ev->litlen = l;
        unsigned char *p = l ? drill_mem_realloc(ev->present, cap) : NULL;
        if (p)
            ev->present = p;
        long *at = p ? drill_mem_realloc(ev->last, cap * sizeof *at) : NULL;
        if (!at)
            return -1;
        ev->last = at;
        ev->caplits = cap;
    }
    /* the bytes, lower-cased, and after them (windows_of) the hashes of their windows; every
     * entry's size is even, so each begins at an even place */
    size_t nw = n >= 3 ? n - 2 : 0, off = windows_at(n);
    if (!grow((void **)&ev->litpool, &ev->caplitpool, ev->nlitpool + off + nw * sizeof(uint16_t),
              1))
        return -1;
    char *c = ev->litpool + ev->nlitpool;
    for (size_t i = 0; i < n; i++)
        c[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    c[n] = '\0';
    uint16_t *win = (uint16_t *)(void *)(c + off);
    for (size_t k = 0; k < nw; k++)
        win[k] = (uint16_t)tri_hash(c + k);
    ev->present[ev->nlits] = PRESENT_UNKNOWN; /* one added while an answer is read */
    ev->litoff[ev->nlits] = (uint32_t)ev->nlitpool;
    ev->nlitpool += off + nw * sizeof(uint16_t);
    ev->litlen[ev->nlits] = (uint32_t)n;
    *slot = (uint32_t)(ev->nlits + 1);
    return (long)ev->nlits++;
}

/* The words that turn a sentence from one claim to another: a match that runs across one joins
 * two clauses ("unbounded for over-prediction but capped for under"). */
static const char *const crossing_words[] = {"but", "whereas", "however", "although", NULL};

static int word_at(const char *s, size_t n, size_t i, const char *w);
static int is_alnum(unsigned char c);

/* What the pattern source says as words of its own (after a \b, or not inside a longer word:
 * "distribution" holds no "but"): TURN_SAID when it holds a turn word, OTHER_SAID when it holds
 * "unlike". */
enum { TURN_SAID = 1, OTHER_SAID = 2 };
static int says_turn(const char *src, size_t len)
{
    int said = 0;
    for (size_t i = 0; i < len; i++) {
        if (i > 0 && is_alnum((unsigned char)src[i - 1]) && !(i >= 2 && src[i - 2] == '\\'))
            continue;
        for (const char *const *w = crossing_words; *w; w++)
            if (word_at(src, len, i, *w))
                said |= TURN_SAID;
        if (word_at(src, len, i, "unlike"))
            said |= OTHER_SAID;
    }
    return said;
}

/* The words of a denial (drill_ev_denial), as rubric authors write them. */
static const char DENIAL[] = "\\bnot\\b|n't|\\bnever\\b|\\bwithout\\b|\\bcannot\\b|\\bno\\b|"
                             "\\bnone\\b|\\bneither\\b|\\bnor\\b|"
                             "\\(\\?:not\\||"
                             "\\bun\\b|\\brather than\\b|\\binstead of\\b|\\bas opposed to\\b";

int drill_ev_denial(const char *src, size_t len)
{
    static struct drill_re *re;
    char msg[200];
    size_t off;
    if (!re && !(re = drill_re_compile(DENIAL, sizeof DENIAL - 1, DRILL_RE_CASELESS, msg,
                                       sizeof msg, &off)))
        return -1;
    char *said = memmem(src, len, "(?!", 3) || memmem(src, len, "(?<!", 4)
                     ? drill_rx_unlooked(src, len)
                     : NULL;
    if (said) {
        src = said;
        len = strlen(said);
    }
    char *w = drill_mem_malloc(len + 1);
    if (!w) {
        drill_mem_free(said);
        return -1;
    }
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (src[i] == '\\' && i + 1 < len && strchr("bBAzZ", src[i + 1]) && src[i + 1]) {
            w[n++] = ' '; /* "\\bno" is the word "no" */
            i++;
        } else {
            w[n++] = src[i];
        }
    }
    drill_mem_free(said);
    struct drill_re_match m;
    int rc = drill_re_match(re, w, n, 0, 0, &m, msg, sizeof msg);
    drill_mem_free(w);
    return rc == DRILL_RE_MATCHED ? 1 : rc == DRILL_RE_ENOMEM ? -1 : 0;
}

int drill_ev_use_lexicon(struct drill_ev *ev, struct drill_lexicon *lex)
{
    if (ev->lex && ev->lex != lex)
        return -1;
    ev->lex = lex;
    return 0;
}

void drill_ev_set_widener(struct drill_ev *ev, drill_ev_widener widen, void *ctx)
{
    ev->widen = widen;
    ev->widen_ctx = ctx;
}

/* x's source where it was added without one (DRILL_EV_REWIDEN): its fallback widened again
 * through ev's lexicon, kept until it is compiled. 0, or -1 out of memory. */
static int rx_widened(const struct drill_ev *ev, struct rx *x)
{
    if (x->src)
        return 0;
    char *w = ev->widen ? ev->widen(ev->widen_ctx, ev->lex, x->fallback, x->flen)
                        : drill_rx_widen(ev->lex, x->fallback, x->flen);
    if (!w)
        return -1;
    size_t n = strlen(w);
    char *fit = drill_mem_realloc(w, n + 1); /* it was grown by doubling */
    x->src = fit ? fit : w;
    x->len = (uint32_t)n;
    return 0;
}

/* What an identical pattern is looked for under: its length, denial and ends (widened patterns
 * run to hundreds of bytes, and two that differ mostly differ near an end too: where they do
 * not, the look goes on to the next). */
static uint64_t pattern_hash(const char *pat, size_t len, int denial)
{
    size_t ends = 32;
    uint64_t h = drill_text_hash(pat, len < 2 * ends ? len : ends);
    if (len >= 2 * ends)
        h ^= drill_text_hash(pat + len - ends, ends) * 31;
    return h ^ ((uint64_t)len << 1) ^ (uint64_t)(denial != 0);
}

/* Whether regex o is the one pattern pat would add (its fallback widened again: rewiden). */
static int same_pattern(const struct rx *o, const char *pat, size_t len, const char *fallback,
                        size_t flen, int denial, int rewiden)
{
    if (o->denial != (denial != 0))
        return 0;
    return o->src ? o->len == len && memcmp(o->src, pat, len) == 0
                  : o->fallback && rewiden && o->flen == flen &&
                        memcmp(o->fallback, fallback, flen) == 0;
}

/* Files the last regex of ev under hash h in rxmap, grown as needed. 0, or -1 out of memory (the
 * map is then let go: an identical pattern is looked for one regex after another). */
static int rx_mapped(struct drill_ev *ev, uint64_t h)
{
    if (ev->nrx * 2 > ev->rxmapcap) {
        size_t cap = ev->rxmapcap ? ev->rxmapcap * 2 : 256;
        struct rx_slot *m = drill_mem_calloc(cap, sizeof *m);
        if (!m) {
            drill_mem_free(ev->rxmap);
            ev->rxmap = NULL;
            ev->rxmapcap = 0;
            return -1;
        }
        for (size_t i = 0; i < ev->rxmapcap; i++) {
            if (!ev->rxmap[i].idx1)
                continue;
            size_t j = ev->rxmap[i].h & (cap - 1);
            while (m[j].idx1)
                j = (j + 1) & (cap - 1);
            m[j] = ev->rxmap[i];
        }
        drill_mem_free(ev->rxmap);
        ev->rxmap = m;
        ev->rxmapcap = cap;
    }
    size_t j = h & (ev->rxmapcap - 1);
    while (ev->rxmap[j].idx1)
        j = (j + 1) & (ev->rxmapcap - 1);
    ev->rxmap[j].h = h;
    ev->rxmap[j].idx1 = (uint32_t)ev->nrx;
    return 0;
}

int drill_ev_add_pattern(struct drill_ev *ev, int role, const char *pat, size_t len,
                         const char *fallback, size_t flen, int denial, const char *const *lits,
                         const size_t *litlens, size_t nlits, int kept, char *err, size_t errlen)
{
    if (ev->last_kind < 0 || role < 0 || role >= DRILL_EV_NROLES ||
        (ev->last_kind == 1 && (role == DRILL_EV_REVERSED || role == DRILL_EV_CONTRAST))) {
        snprintf(err, errlen, "a pattern in role %d has no item to go to", role);
        return -1;
    }
    if (len > UINT32_MAX / 2 || flen > UINT32_MAX / 2 || ev->nrxlit + nlits > UINT32_MAX / 2) {
        snprintf(err, errlen, "a pattern of %zu bytes is too long", len > flen ? len : flen);
        return -1;
    }
    /* widened again when first tried: the fallback the caller keeps, and ev's lexicon */
    int rewiden =
        (kept & DRILL_EV_REWIDEN) && fallback && (kept & DRILL_EV_KEEP_FALLBACK) && ev->lex;
    kept &= ~DRILL_EV_REWIDEN;
    size_t idx = ev->nrx;
    uint64_t h = pattern_hash(pat, len, denial);
    if (ev->rxmapcap) {
        for (size_t j = h & (ev->rxmapcap - 1); ev->rxmap[j].idx1;
             j = (j + 1) & (ev->rxmapcap - 1)) {
            size_t i = ev->rxmap[j].idx1 - 1;
            if (ev->rxmap[j].h == h && (idx == ev->nrx || i > idx) &&
                same_pattern(&ev->rx[i], pat, len, fallback, flen, denial, rewiden))
                idx = i;
        }
    } else {
        for (size_t i = 0; i < ev->nrx; i++)
            if (same_pattern(&ev->rx[i], pat, len, fallback, flen, denial, rewiden))
                idx = i;
    }
    if (idx == ev->nrx) {
        if (!grow((void **)&ev->rx, &ev->caprx, ev->nrx + 1, sizeof(struct rx)) ||
            !grow((void **)&ev->rxdone, &ev->caprxdone, ev->nrx + 1, 1)) {
            snprintf(err, errlen, "out of memory");
            return -1;
        }
        struct rx *x = &ev->rx[ev->nrx];
        memset(x, 0, sizeof *x);
        if (!fallback)
            kept &= ~DRILL_EV_KEEP_FALLBACK;
        /* a worker holds thousands of patterns: those the caller keeps are not copied */
        char *src = kept & DRILL_EV_KEEP_PATTERN || rewiden ? NULL : drill_mem_malloc(len + 1);
        char *fb = fallback && !(kept & DRILL_EV_KEEP_FALLBACK) ? drill_mem_malloc(flen + 1) : NULL;
        if ((!(kept & DRILL_EV_KEEP_PATTERN) && !rewiden && !src) ||
            (fallback && !(kept & DRILL_EV_KEEP_FALLBACK) && !fb) ||
            !grow((void **)&ev->rxlit, &ev->caprxlit, ev->nrxlit + nlits, sizeof *ev->rxlit)) {
            drill_mem_free(src);
            drill_mem_free(fb);
            snprintf(err, errlen, "out of memory");
            return -1;
        }
        if (src) {
            memcpy(src, pat, len);
            src[len] = '\0';
        }
        if (fb) {
            memcpy(fb, fallback, flen);
            fb[flen] = '\0';
        }
        x->src = src ? src : rewiden ? NULL : pat;
        x->len = rewiden ? 0 : (uint32_t)len;
        x->fallback = fb ? fb : fallback;
        x->flen = fallback ? (uint32_t)flen : 0;
        x->kept = (signed char)kept;
        x->denial = (signed char)(denial != 0);
        /* sets separated by empty strings: a separator is kept as NO_LITERAL */
        x->litat = (uint32_t)ev->nrxlit;
        uint32_t *xl = nlits ? ev->rxlit + x->litat : NULL; /* no pool yet without literals */
        ev->nrxlit += nlits;
        for (size_t i = 0; i < nlits; i++) {
            if (litlens[i] == 0) {
                xl[i] = NO_LITERAL;
                continue;
            }
            long l = add_literal(ev, lits[i], litlens[i]);
            if (l < 0 || (unsigned long)l >= NO_LITERAL) {
                snprintf(err, errlen, "out of memory");
                nlits = 0;
                break;
            }
            xl[i] = (uint32_t)l;
        }
        x->nlits = (uint32_t)nlits;
        ev->nrx++;
        if (!ev->fitted && rx_mapped(ev, h) < 0) {
            snprintf(err, errlen, "out of memory");
            return -1;
        }
    }
    struct item *it = &ev->items[ev->last_kind][ev->nitems[ev->last_kind] - 1];
    size_t *p = drill_mem_realloc(it->pats[role], (it->npats[role] + 1) * sizeof *p);
    if (!p) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    p[it->npats[role]++] = idx;
    it->pats[role] = p;
    it->gate_known = 0;
    ev->gidx_built = 0;
    return 0;
}

const char *drill_ev_source(const struct drill_ev *ev, int misconception, size_t item, int role,
                            size_t alt, size_t *len)
{
    int k = misconception ? 1 : 0;
    if (role < 0 || role >= DRILL_EV_NROLES || item >= ev->nitems[k])
        return NULL;
    const struct item *it = &ev->items[k][item];
    if (alt >= it->npats[role])
        return NULL;
    const struct rx *x = &ev->rx[it->pats[role][alt]];
    if (x->fallback) {
        *len = x->flen;
        return x->fallback;
    }
    *len = x->len;
    return x->src;
}

size_t drill_ev_nconcepts(const struct drill_ev *ev)
{
    return ev->nitems[0];
}

size_t drill_ev_nmisconceptions(const struct drill_ev *ev)
{
    return ev->nitems[1];
}

const struct drill_ev_result *drill_ev_concept(const struct drill_ev *ev, size_t i)
{
    return i < ev->nitems[0] ? &ev->res[0][i] : NULL;
}

const struct drill_ev_result *drill_ev_misconception(const struct drill_ev *ev, size_t i)
{
    return i < ev->nitems[1] ? &ev->res[1][i] : NULL;
}

const char *drill_ev_text(const struct drill_ev *ev, size_t *len)
{
    *len = ev->len;
    return ev->norm ? ev->norm : "";
}

size_t drill_ev_tries(const struct drill_ev *ev)
{
    return ev->tries;
}

size_t drill_ev_jitted(const struct drill_ev *ev)
{
    size_t n = 0;
    for (size_t i = 0; i < ev->nrx; i++)
        n += (ev->rx[i].re && drill_re_jit_size(ev->rx[i].re) > 0) ||
             (ev->rx[i].are && drill_re_jit_size(ev->rx[i].are) > 0);
    return n;
}

void drill_ev_counts(const struct drill_ev *ev, size_t *ran, size_t *skipped)
{
    *ran = ev->ran;
    *skipped = ev->skipped;
}

/* ------------------------------------------------------------------ words */

static int is_alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static char lc(char c)
{
    return (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

/* Does the word starting at s[i] (case-insensitively) spell `w`, followed by a non-word byte? */
static int word_at(const char *s, size_t n, size_t i, const char *w)
{
    if (lc(s[i]) != w[0])
        return 0;
    size_t k = 0;
    for (; w[k]; k++)
        if (i + k >= n || lc(s[i + k]) != w[k])
            return 0;
    return i + k == n || !is_alnum((unsigned char)s[i + k]);
}

static int in_list(const char *s, size_t n, const char *const *list)
{
    for (const char *const *w = list; *w; w++)
        if (strlen(*w) == n && memcmp(*w, s, n) == 0)
            return 1;
    return 0;
}

/* A dash between spaces (" - ", as an em dash reads once normalised) sets
 * off an aside, and an arrow ("→", "⇒") leads to what follows: both end a
 * clause as a comma does. True at the byte that starts one. */
static int aside_or_arrow(const char *t, size_t n, size_t i)
{
    if (t[i] == '-')
        return i > 0 && t[i - 1] == ' ' && i + 1 < n && t[i + 1] == ' ';
    return i + 2 < n && (unsigned char)t[i] == 0xE2 &&
           (((unsigned char)t[i + 1] == 0x86 && (unsigned char)t[i + 2] == 0x92) ||
            ((unsigned char)t[i + 1] == 0x87 && (unsigned char)t[i + 2] == 0x92));
}

/* Contractions of not typed without their apostrophe, as chat answers do ("doesnt", "isnt"). */
static const char *const bare_nts[] = {"dont",    "doesnt",   "didnt", "isnt",   "arent",
                                       "wasnt",   "werent",   "cant",  "wont",   "wouldnt",
                                       "couldnt", "shouldnt", "hasnt", "havent", "hadnt",
                                       "mustnt",  "neednt",   "aint",  NULL};

/* A word joined by a hyphen to the next is part of a name, not a word of its own: "no" in
 * "no-free-lunch" denies nothing. t[e] is the byte after the word; t may be read below n. */
static int hyphened(const char *t, size_t n, size_t e)
{
    return e + 1 < n && t[e] == '-' && is_alnum((unsigned char)t[e + 1]);
}

/* A word joined by a slash to another is one of a pair of choices, not a word of its own: "no"
 * in "a yes/no question" or "no/low risk" denies nothing. The word of n bytes at s of t, which
 * holds at least s + n + 1 bytes; "w/o" is without (written_without), not a pair. */
static int slashed(const char *t, size_t s, size_t n)
{
    return (t[s + n] == '/' && is_alnum((unsigned char)t[s + n + 1])) ||
           (s >= 2 && t[s - 1] == '/' && is_alnum((unsigned char)t[s - 2]));
}

/* "w/o", read word by word as "w" and "o": without. The word of n bytes at s of t. */
static int written_without(const char *t, size_t s, size_t n)
{
    return n == 1 && t[s] == 'o' && s >= 2 && t[s - 1] == '/' && lc(t[s - 2]) == 'w' &&
           (s == 2 || !is_alnum((unsigned char)t[s - 3]));
}

static int word_ends_at(const char *t, size_t at, const char *w);

/* Whether the word at i (its n bytes lower-cased in w) opens a question that asks the
 * interviewer to agree ("Isn't that when the inputs drift?", "Doesn't every layer see it?"): a
 * negative auxiliary first in its sentence or clause, and the sentence, past s, ending in a
 * question mark. It states what it asks. */
static int asks_to_agree(const char *text, size_t i, const char *w, size_t n, size_t s)
{
    int nt = (n >= 3 && memcmp(w + n - 3, "n't", 3) == 0) || in_list(w, n, bare_nts);
    if (!nt)
        return 0;
    static const char *const joins[] = {"so", "and", "but", "or", "then", NULL};
    size_t b = i;
    while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '"' || text[b - 1] == '('))
        b--;
    /* or first in a clause of its own: after a semicolon or a colon, or after a joining word
     * that follows a comma ("...; isn't it then just solving that once?", "..., so isn't that
     * overfitting?") */
    if (b > 0 && !strchr(".?!;:", text[b - 1]) && text[b - 1] != BREAK) {
        const char *const *j = joins;
        while (*j && !word_ends_at(text, b, *j))
            j++;
        if (!*j)
            return 0;
        b -= strlen(*j);
        while (b > 0 && text[b - 1] == ' ')
            b--;
        if (b > 0 && !strchr(".?!;:,", text[b - 1]) && text[b - 1] != BREAK)
            return 0;
    }
    for (size_t e = s; text[e]; e++) {
        if (text[e] == '?')
            return 1;
        if (text[e] == '.' || text[e] == '!' || text[e] == ';' || text[e] == BREAK)
            return 0;
    }
    return 0;
}

/* Is the "not" at text[i] a "why not", which suggests what follows ("or why not try the
 * routes you are least sure of") rather than denying it? */
static int why_not(const char *text, size_t i)
{
    while (i > 0 && text[i - 1] == ' ')
        i--;
    return i >= 3 && (i == 3 || !is_alnum((unsigned char)text[i - 4])) && lc(text[i - 3]) == 'w' &&
           lc(text[i - 2]) == 'h' && lc(text[i - 1]) == 'y';
}

/* Does t[at, n) open with one of words, past one joining word ("so if ...")? */
static int condition_at(const char *t, size_t n, size_t at, const char *const *words)
{
    static const char *const joins[] = {"so", "and", "but", "then", "thus", "hence", "also", NULL};
    for (int pass = 0; pass < 2; pass++) {
        while (at < n && !is_alnum((unsigned char)t[at]))
            at++;
        for (const char *const *w = words; *w; w++)
            if (word_at(t, n, at, *w))
                return 1;
        const char *const *j = joins;
        while (*j && !word_at(t, n, at, *j))
            j++;
        if (!*j)
            return 0;
        at += strlen(*j);
    }
    return 0;
}

/* What opens a condition whose negation does not reach the main clause after it. */
static const char *const conditions[] = {"if", "unless", "when", "once", NULL};

/* Does a pronoun that opens a main clause after a condition ("if it isn't needed it goes")
 * start at t[j], another word after it, before n? */
static int subject_at(const char *t, size_t n, size_t j)
{
    static const char *const subjects[] = {"it", "they", "we", "you", "he", "she", "this", NULL};
    for (const char *const *w = subjects; *w; w++) {
        size_t k = j + strlen(*w);
        if (word_at(t, n, j, *w) && k + 1 < n && t[k] == ' ' && is_alnum((unsigned char)t[k + 1]))
            return 1;
    }
    return 0;
}

static size_t past_word(const char *t, size_t n, size_t at, const char *const *words, int commas);

/* Words that set aside what follows them, as a denial does: "skip calibration". */
static const char *const dismissing[] = {"skip", "skips", "skipping", "skipped", NULL};
static const char *const determiners[] = {"the",  "a",     "an",  "any", "all",
                                          "your", "their", "its", NULL};

/* Does the match at s name what "skip" is part of ("skip connections", "skip-gram")? */
static int skip_names(const char *t, size_t s)
{
    static const char *const names[] = {"connection", "connections", "gram",   "grams", "list",
                                        "lists",      "layer",       "layers", NULL};
    size_t n = s;
    while (t[n] && n < s + 16)
        n++;
    for (const char *const *w = names; *w; w++)
        if (word_at(t, n, s, *w))
            return 1;
    return 0;
}

/* Is what ends at e set aside by what its clause says of it next, at most two words of its name
 * on: "calibration is pointless", "the time split isn't needed", "drift doesn't matter", "it can
 * be skipped"? Not past a word that opens a clause of its own ("weights that don't matter", "do
 * nothing if it isn't needed"). */
static int dismissed_after(const char *t, size_t e)
{
    static const char *const be[] = {"is",   "are",     "was", "were", "seems",
                                     "seem", "becomes", "'s",  NULL};
    static const char *const adverbs[] = {"totally", "completely", "entirely", "just",
                                          "really",  "simply",     "usually",  "largely",
                                          "mostly",  "basically",  "often",    "generally",
                                          "frankly", "honestly",   NULL};
    static const char *const idle[] = {"unnecessary", "pointless", "useless",  "irrelevant",
                                       "overkill",    "optional",  "unneeded", "redundant",
                                       "worthless",   "needless",  "a waste",  NULL};
    static const char *const not_[] = {"not", NULL}, *const matter[] = {"matter", NULL};
    static const char *const safely[] = {"safely", NULL}, *const be_[] = {"be", NULL};
    static const char *const nots[] = {"isn't", "aren't", "wasn't", "isnt", "arent", NULL};
    static const char *const needed[] = {"needed",    "necessary", "required", "important",
                                         "essential", "worth",     "relevant", NULL};
    static const char *const dont[] = {"doesn't", "don't", "doesnt", "dont", "won't", "wont", NULL};
    static const char *const may[] = {"can", "could", "may", "should", NULL};
    static const char *const set_aside_as[] = {"skipped", "ignored", "dropped", "left out", NULL};
    static const char *const stops[] = {
        "that", "which", "who", "if",   "when", "unless", "because", "since", "as",  "so", "and",
        "or",   "but",   "it",  "they", "this", "these",  "those",   "we",    "you", "i",  NULL};
    size_t n = e; /* the end of the clause */
    while (t[n] && !strchr(".;:!?,()", t[n]) && t[n] != BREAK && n < e + 80)
        n++;
    size_t i = e;
    for (int words = 0; words <= 2; words++) {
        while (i < n && t[i] == ' ')
            i++;
        if (i >= n)
            return 0;
        size_t j = past_word(t, n, i, be, 0), m;
        if (j != i) {
            j = past_word(t, n, j, adverbs, 0);
            if (past_word(t, n, j, idle, 0) != j)
                return 1;
            m = past_word(t, n, j, not_, 0);
            return m != j && past_word(t, n, m, needed, 0) != m;
        }
        if ((j = past_word(t, n, i, nots, 0)) != i)
            return past_word(t, n, j, needed, 0) != j;
        if ((j = past_word(t, n, i, dont, 0)) != i)
            return past_word(t, n, j, matter, 0) != j;
        if ((j = past_word(t, n, i, may, 0)) != i) {
            j = past_word(t, n, j, adverbs, 0);
            j = past_word(t, n, j, safely, 0);
            m = past_word(t, n, j, be_, 0);
            return m != j && past_word(t, n, m, set_aside_as, 0) != m;
        }
        if (past_word(t, n, i, stops, 0) != i)
            return 0;
        while (i < n && (is_alnum((unsigned char)t[i]) || t[i] == '-' || t[i] == '\''))
            i++; /* a word more of what it names: "the calibration step is ..." */
    }
    return 0;
}

/* The words that deny what follows them in a clause. */
static const char *const negators[] = {"not",     "no",      "never",  "none",     "neither",
                                       "nor",     "without", "cannot", "hardly",   "barely",
                                       "nothing", "rarely",  "seldom", "scarcely", NULL};

/* Is the lower-case word w (n bytes) one that denies: a negator, or a verb with "n't" (typed with
 * or without its apostrophe)? */
static int denying_word(const char *w, size_t n)
{
    return in_list(w, n, negators) || in_list(w, n, bare_nts) ||
           (n >= 3 && memcmp(w + n - 3, "n't", 3) == 0);
}

int drill_ev_negated(const char *text, size_t s)
{
    static const char *const not_denials[] = {"only", "just", "merely", NULL};
    static const char *const predicates[] = {
        "is",      "are",    "was",   "were",  "has",  "have",   "had",     "can",
        "will",    "would",  "does",  "do",    "did",  "gets",   "becomes", "stays",
        "remains", "equals", "gives", "makes", "must", "should", "may",     NULL};
    static const char *const turns[] = {"but",     "however", "whereas", "while", "although",
                                        "because", "since",   "so",      NULL};
    size_t start = s > NEG_WINDOW ? s - NEG_WINDOW : 0;
    while (start < s && ((unsigned char)text[start] & 0xC0) == 0x80)
        start++;
    /* the clause starts after the last break before s */
    size_t cut = start;
    for (size_t i = start; i < s; i++) {
        char c = text[i];
        if (c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ',' || c == BREAK ||
            aside_or_arrow(text, s, i))
            cut = i + 1;
        else if ((i == start || !is_alnum((unsigned char)text[i - 1])) &&
                 is_alnum((unsigned char)c)) {
            for (const char *const *t = turns; *t; t++)
                if (word_at(text, s, i, *t))
                    cut = i + strlen(*t);
            /* "and" before a verb of its own starts another predicate: "never negative and is
             * zero only when q is the posterior" */
            if (word_at(text, s, i, "and") && i + 4 < s && text[i + 3] == ' ')
                for (const char *const *v = predicates; *v; v++)
                    if (word_at(text, s, i + 4, *v))
                        cut = i + 3;
        }
    }
    /* the last few words of the clause, lower-cased */
    struct {
        size_t s, n;
    } w[NEG_WORDS + 1];
    int nw = 0;
    char low[NEG_WINDOW + 1];
    size_t ln = s - cut;
    for (size_t i = 0; i < ln; i++)
        low[i] = lc(text[cut + i]);
    size_t i = 0;
    while (i < ln) {
        while (i < ln && !(is_alnum((unsigned char)low[i]) || low[i] == '\''))
            i++;
        size_t b = i;
        while (i < ln && (is_alnum((unsigned char)low[i]) || low[i] == '\''))
            i++;
        if (i > b) {
            if (nw == NEG_WORDS + 1) {
                memmove(w, w + 1, sizeof w[0] * NEG_WORDS);
                nw--;
            }
            w[nw].s = b;
            w[nw].n = i - b;
            nw++;
        }
    }
    /* a clause opening with "if", "unless", "when" or "once" is a condition: a subject of
     * its own after the negated words in it starts the main clause, which the negation does not
     * reach */
    int conditional = ln > 0 && condition_at(low, ln, 0, conditions);
    size_t end = s; /* far enough past s to read the match's first word */
    while (end < s + 8 && text[end])
        end++;
    /* the word right after the window's words is the match's own first word */
    for (int k = nw - 1; k >= 0 && k >= nw - NEG_WORDS; k--) {
        const char *word = low + w[k].s;
        size_t n = w[k].n;
        int neg = denying_word(word, n) || written_without(low, w[k].s, n);
        /* "skip" sets aside only its object, right after it ("skip calibration", "skipping
         * the time split"); "don't skip calibration" keeps it */
        if (!neg && in_list(word, n, dismissing) && !skip_names(text, s) &&
            (k == nw - 1 || (k == nw - 2 && in_list(low + w[k + 1].s, w[k + 1].n, determiners)))) {
            if (k > 0 && denying_word(low + w[k - 1].s, w[k - 1].n))
                return 0;
            neg = 1;
        }
        if (!neg || hyphened(text, s + 1, cut + w[k].s + n) ||
            (slashed(text, cut + w[k].s, n) && !written_without(low, w[k].s, n)))
            continue;
        if (k + 1 < nw && in_list(low + w[k + 1].s, w[k + 1].n, not_denials))
            continue;
        if (asks_to_agree(text, cut + w[k].s, word, n, s))
            continue;
        if (n == 3 && memcmp(word, "not", 3) == 0 && why_not(text, cut + w[k].s))
            continue;
        if (conditional && ((k + 2 < nw && subject_at(text, end, cut + w[nw - 1].s)) ||
                            (k + 1 < nw && subject_at(text, end, s))))
            continue; /* the main clause after it: "if it isn't earning its keep it goes" */
        return 1;
    }
    return 0;
}

/* ------------------------------------------------------------- preparing */

/* Room for an answer of len bytes in ev->buf: the raw copy, then the normalised and the lower-case
 * one (ev->norm, ev->lower), each with its NUL. 0 when memory cannot be had. */
static int make_room(struct drill_ev *ev, size_t len)
{
    size_t need = 3 * (len + 1);
    if (need > ev->cap) {
        char *b = drill_mem_realloc(ev->buf, need);
        if (!b)
            return 0;
        ev->buf = b;
        ev->cap = need;
    }
    ev->norm = ev->buf + len + 1;
    ev->lower = ev->norm + len + 1;
    return 1;
}

/* Copies the answer with each line break that separates paragraphs or list items turned into
 * BREAK, so sentences end there, and each bar between spaces outside brackets into a semicolon,
 * then normalises it and drops what it takes back in passing. TeX in it is read first. */
static int prepare(struct drill_ev *ev, const char *text, size_t len)
{
    /* maths typed in TeX is read as it is said in plain text; the reading is let go once it is
     * copied, so no rubric keeps a buffer for it */
    char *tex = NULL;
    if (memchr(text, '\\', len) || memchr(text, '{', len)) {
        size_t need = 2 * len + 16;
        if (!(tex = drill_mem_malloc(need)))
            return 0;
        size_t n = drill_text_tex(text, len, tex, need);
        if (n != (size_t)-1) {
            text = tex;
            len = n;
        }
    }
    if (!make_room(ev, len)) {
        drill_mem_free(tex);
        return 0;
    }
    char *raw = ev->buf;
    int depth = 0; /* brackets open on this line */
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        raw[i] = c == BREAK ? ' ' : c;
        if (c == '(' || c == '[' || c == '{')
            depth++;
        else if ((c == ')' || c == ']' || c == '}') && depth > 0)
            depth--;
        /* a bar between spaces, outside brackets, parts items typed on one line ("L2 shrinks |
         * L1 zeroes"), as a semicolon does: no match, gap or claim runs across it; "p(x | y)"
         * keeps its bar */
        if (c == '|' && depth == 0 && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t') &&
            (i + 1 == len || text[i + 1] == ' ' || text[i + 1] == '\t' || text[i + 1] == '\n' ||
             text[i + 1] == '\r'))
            raw[i] = ';';
        if (c != '\n')
            continue;
        depth = 0;
        size_t j = i + 1;
        while (j < len && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r'))
            j++;
        int brk = j >= len || text[j] == '\n' || text[j] == '#' || text[j] == '>' || text[j] == '|';
        if (!brk && j + 1 < len && (text[j] == '-' || text[j] == '*' || text[j] == '+') &&
            text[j + 1] == ' ')
            brk = 1;
        if (!brk && j + 2 < len && (unsigned char)text[j] == 0xE2 &&
            (unsigned char)text[j + 1] == 0x80 && (unsigned char)text[j + 2] == 0xA2)
            brk = 1; /* • */
        if (!brk && text[j] >= '0' && text[j] <= '9') {
            size_t k = j;
            while (k < len && text[k] >= '0' && text[k] <= '9')
                k++;
            brk = k + 1 < len && (text[k] == '.' || text[k] == ')') && text[k + 1] == ' ';
        }
        if (brk)
            raw[i] = BREAK;
    }
    drill_mem_free(tex);
    ev->len = drill_text_normalize(raw, len, ev->norm, DRILL_NORM_UNQUOTE);
    ev->len = drill_text_retract(ev->norm, ev->len); /* "y minus p, sorry, p minus y" */
    ev->filter = 1;
    unsigned char high = 0;
    for (size_t i = 0; i < ev->len; i++) {
        unsigned char c = (unsigned char)ev->norm[i];
        high |= c;
        ev->lower[i] = lc((char)c);
        /* characters that match an ASCII letter caselessly: no filter then */
        if (c == 0xE2 && i + 2 < ev->len && (unsigned char)ev->norm[i + 1] == 0x84 &&
            (unsigned char)ev->norm[i + 2] == 0xAA)
            ev->filter = 0;
        if (c == 0xC5 && i + 1 < ev->len && (unsigned char)ev->norm[i + 1] == 0xBF)
            ev->filter = 0;
        /* dotted capital I and dotless i */
        if (c == 0xC4 && i + 1 < ev->len &&
            ((unsigned char)ev->norm[i + 1] == 0xB0 || (unsigned char)ev->norm[i + 1] == 0xB1))
            ev->filter = 0;
    }
    ev->lower[ev->len] = '\0';
    ev->ascii = high < 0x80;
    return 1;
}

/* Connectives that open a clause: the first kind turns to something about
 * the same subject ("but it ..."), the second brings in another subject
 * ("unlike X", "whereas Y"), so what is said there is not said of the last
 * subject named. */
static const char *const turn_words[] = {"but", "however", "although", "though",  "while",
                                         "yet", "so",      "which",    "because", NULL};
static const char *const other_words[] = {"unlike",
                                          "whereas",
                                          "rather than",
                                          "instead of",
                                          "as opposed to",
                                          "compared with",
                                          "compared to",
                                          "in contrast",
                                          "on the other hand",
                                          "versus",
                                          "vs",
                                          "conversely",
                                          NULL};

/* Words that open a clause going on about what came before ("it", "which",
 * "is"): after a full stop or a semicolon, any other word opens a clause
 * with a subject of its own ("Normal points need long paths"). */
static const char *const going_on[] = {
    "it",        "its",      "it's",   "they",      "their",   "them",  "this", "that",  "these",
    "those",     "which",    "who",    "whose",     "where",   "when",  "so",   "thus",  "hence",
    "therefore", "then",     "and",    "or",        "i.e",     "e.g",   "ie",   "eg",    "namely",
    "meaning",   "in",       "also",   "plus",      "because", "since", "as",   "while", "but",
    "though",    "although", "yet",    "however",   "is",      "are",   "was",  "were",  "be",
    "being",     "has",      "have",   "had",       "can",     "could", "will", "would", "may",
    "might",     "must",     "should", "does",      "do",      "did",   "not",  "never", "only",
    "always",    "usually",  "often",  "typically", "mostly",  "both",  "each", "with",  "such",
    "here",      "there",    "one",    "he",        "she",     NULL};

/* A list of lower-case words grouped by first letter, so the word at a
 * place is looked for only among those it could be, in the list's order. */
#define BY_LETTER_MAX 24
struct by_letter {
    const char *const *list;
    int ready, whole; /* whole: a letter had too many words; use the list */
    const char *w[26][BY_LETTER_MAX + 1];
};

static const char *const *words_from(struct by_letter *b, char c)
{
    static const char *const none[] = {NULL};
    if (!b->ready) {
        size_t n[26] = {0};
        for (const char *const *w = b->list; *w && !b->whole; w++) {
            int k = (*w)[0] - 'a';
            if (k < 0 || k >= 26 || n[k] == BY_LETTER_MAX)
                b->whole = 1;
            else
                b->w[k][n[k]++] = *w;
        }
        b->ready = 1;
    }
    if (b->whole)
        return b->list;
    c = lc(c);
    return c >= 'a' && c <= 'z' ? b->w[c - 'a'] : none;
}

static struct by_letter going_on_by = {going_on, 0, 0, {{0}}};
static struct by_letter other_by = {other_words, 0, 0, {{0}}};
static struct by_letter turn_by = {turn_words, 0, 0, {{0}}};

static int goes_on(const char *t, size_t n, size_t at)
{
    while (at < n && !is_alnum((unsigned char)t[at]))
        at++;
    if (at >= n)
        return 1;
    for (const char *const *w = words_from(&going_on_by, t[at]); *w; w++)
        if (word_at(t, n, at, *w))
            return 1;
    return 0;
}

/* Past a word of `words` that opens t at `at`, and the spaces after it (and commas, when
 * `commas`): the place the next word may open; `at` when no word of them opens there. */
static size_t past_word(const char *t, size_t n, size_t at, const char *const *words, int commas)
{
    if (at >= n)
        return at;
    for (const char *const *w = words; *w; w++)
        if (word_at(t, n, at, *w)) {
            at += strlen(*w);
            while (at < n && (t[at] == ' ' || (commas && t[at] == ',')))
                at++;
            break;
        }
    return at;
}

/* Words that may come before a clause's "the first ...", "the former ...": "in the second ...". */
static const char *const leading_in[] = {"in", "for", "with", "under", NULL};

/* Does the clause at [at, n) open by counting off the things it compares ("one ...",
 * "another ...", "the other ...", "the first ...", "the latter ...", "in the second ...", after
 * a joining word too: "..., and the second ...")? */
static int counts_off(const char *t, size_t n, size_t at)
{
    static const char *const the[] = {"other",  "first",  "second", "third",
                                      "former", "latter", NULL};
    static const char *const joins[] = {"and", "but", "while", "whereas", NULL};
    static const char *const article[] = {"the", NULL};
    while (at < n && !is_alnum((unsigned char)t[at]))
        at++;
    at = past_word(t, n, at, joins, 1);
    if (at >= n)
        return 0;
    if (word_at(t, n, at, "one") || word_at(t, n, at, "another"))
        return 1;
    at = past_word(t, n, at, leading_in, 0);
    size_t after = past_word(t, n, at, article, 0);
    if (after == at)
        return 0;
    for (const char *const *w = the; *w; w++)
        if (after < n && word_at(t, n, after, *w))
            return 1;
    return 0;
}

static int abbreviation_before(const char *s, size_t dot)
{
    static const char *const abbr[] = {"e.g", "i.e", "etc",  "vs", "cf", "approx",
                                       "fig", "eq",  "resp", "al", "dr", NULL};
    size_t b = dot;
    while (b > 0 && (is_alnum((unsigned char)s[b - 1]) || s[b - 1] == '.'))
        b--;
    for (const char *const *a = abbr; *a; a++) {
        size_t n = strlen(*a);
        if (dot - b == n) {
            size_t k = 0;
            while (k < n && lc(s[b + k]) == (*a)[k])
                k++;
            if (k == n)
                return 1;
        }
    }
    return 0;
}

/* "one-vs-rest": a connective inside a hyphenated word is not one */
static int hyphen_after(const char *t, size_t n, size_t at)
{
    return at < n && t[at] == '-';
}

/* Where "vs" or "versus" at `at` stops bringing in its other subject: it
 * pairs two terms ("the TPR vs FPR curve = ..."), so only the few words
 * after it belong to the other side, up to one that goes on about what
 * came before ("is", "which"), punctuation or a third word; what follows
 * is said as the sentence was saying it ("A learns X vs B learns Y" still
 * gives Y to B, the last subject named). */
static size_t pair_end(const char *t, size_t n, size_t at)
{
    size_t p = at, end = at;
    if (p < n && t[p] == '.')
        p++;
    for (int words = 0; words < 3; words++) {
        while (p < n && t[p] == ' ')
            p++;
        if (p >= n || memchr(",;:.!?=\x1f", t[p], 8) || goes_on(t, n, p))
            break;
        int connective = 0;
        for (const char *const *w = words_from(&other_by, t[p]); *w && !connective; w++)
            connective = word_at(t, n, p, *w);
        for (const char *const *w = words_from(&turn_by, t[p]); *w && !connective; w++)
            connective = word_at(t, n, p, *w);
        if (connective)
            break;
        while (p < n && t[p] != ' ' && !memchr(",;:!?=\x1f", t[p], 7) &&
               !(t[p] == '.' && (p + 1 == n || t[p + 1] == ' ')))
            p++;
        end = p;
    }
    return end;
}

static int add_clause(struct drill_ev *ev, size_t s, size_t e, size_t sentence, int kind,
                      int strong)
{
    if (!grow((void **)&ev->cl, &ev->capcl, ev->ncl + 1, sizeof *ev->cl))
        return 0;
    ev->cl[ev->ncl++] =
        (struct clause){s, e, sentence, kind, strong, strong && !goes_on(ev->norm, e, s)};
    return 1;
}

static int segment(struct drill_ev *ev)
{
    const char *t = ev->norm;
    size_t n = ev->len, start = 0, sentence = 0;
    int kind = CL_PLAIN, strong = 1, resume = CL_PLAIN;
    size_t pair = (size_t)-1; /* where a "vs" pair ends and the clause resumes */
    ev->ncl = 0;
    for (size_t i = 0; i < n; i++) {
        char c = t[i];
        int end_sentence = 0, end_clause = 0;
        if (i == pair) {
            pair = (size_t)-1;
            if (!add_clause(ev, start, i, sentence, kind, strong))
                return 0;
            start = i;
            strong = 0;
            kind = resume;
        }
        if (c == BREAK) {
            end_sentence = 1;
        } else if ((c == '.' || c == '!' || c == '?') &&
                   (i + 1 == n || t[i + 1] == ' ' || t[i + 1] == BREAK)) {
            end_sentence = !(c == '.' && abbreviation_before(t, i));
        } else if (c == ',' || c == ';' || c == ':' || aside_or_arrow(t, n, i)) {
            end_clause = c == ';' ? 2 : 1;
        } else if ((i == 0 || (!is_alnum((unsigned char)t[i - 1]) && t[i - 1] != '-')) &&
                   is_alnum((unsigned char)c)) {
            int k = CL_PLAIN;
            size_t pairs = (size_t)-1;
            for (const char *const *w = words_from(&other_by, c); *w && !k; w++)
                if (word_at(t, n, i, *w) && !hyphen_after(t, n, i + strlen(*w))) {
                    k = CL_OTHER;
                    if (**w == 'v')
                        pairs = pair_end(t, n, i + strlen(*w));
                }
            for (const char *const *w = words_from(&turn_by, c); *w && !k; w++)
                if (word_at(t, n, i, *w) && !hyphen_after(t, n, i + strlen(*w)))
                    k = CL_TURN;
            if (k) {
                size_t b = start;
                while (b < i && t[b] == ' ')
                    b++;
                if (b < i) {
                    if (!add_clause(ev, start, i, sentence, kind, strong))
                        return 0;
                    start = i;
                    strong = 0;
                }
                if (pairs != (size_t)-1 && pair == (size_t)-1)
                    resume = kind;
                pair = pairs;
                kind = k;
            }
            continue;
        }
        if (end_sentence || end_clause) {
            pair = (size_t)-1;
            if (!add_clause(ev, start, i, sentence, kind, strong))
                return 0;
            start = i + 1;
            kind = CL_PLAIN;
            strong = end_sentence || end_clause == 2;
            if (end_sentence)
                sentence++;
        }
    }
    if (!add_clause(ev, start, n, sentence, kind, strong))
        return 0;
    return 1;
}

static size_t clause_of(const struct drill_ev *ev, size_t pos)
{
    size_t lo = 0, hi = ev->ncl;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (ev->cl[mid].s <= pos)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* -------------------------------------------------------------- matching */

/* Where a literal of one or two bytes (ln) first is in s[0, n), NULL where nowhere: found by
 * its first byte, most often a symbol, a digit or a Greek letter's first byte, which few places
 * of an answer hold. */
static const char *find_short(const char *s, size_t n, const char *l, size_t ln)
{
    const char *end = s + n;
    while ((s = memchr(s, l[0], (size_t)(end - s))) != NULL) {
        if (ln == 1 || (s + 1 < end && s[1] == l[1]))
            return s;
        s++;
    }
    return NULL;
}

static int lit_present(struct drill_ev *ev, size_t i);

/* Where x's matches may start: every place one of its prefixes is in the
 * answer (the lower-case copy has the answer's offsets, and an ASCII prefix
 * never starts inside a character), in order and each once. -1 when x has no
 * known prefixes, the filter is off, or there are over MAX_STARTS: search. */
static long starts_of(struct drill_ev *ev, const struct rx *x, size_t *starts)
{
    if (!ev->filter || x->npre == 0)
        return -1;
    size_t ns = 0;
    for (size_t i = 0; i < x->npre; i++) {
        size_t li = rx_pre(ev, x)[i];
        if (!lit_present(ev, li))
            continue;
        const char *l = lit(ev, li);
        size_t ln = ev->litlen[li];
        if (ln >= 3) {
            for (int p = first_window(l); p >= 0; p = tri_next[p]) {
                if (!is_at(ev->lower, ev->len, p, l, ln))
                    continue;
                if (ns == MAX_STARTS)
                    return -1;
                starts[ns++] = (size_t)p;
            }
            continue;
        }
        for (const char *p = ev->lower, *end = ev->lower + ev->len;
             (p = find_short(p, (size_t)(end - p), l, ln)) != NULL; p++) {
            if (ns == MAX_STARTS)
                return -1;
            starts[ns++] = (size_t)(p - ev->lower);
        }
    }
    for (size_t i = 1; i < ns; i++) {
        size_t v = starts[i], j = i;
        while (j > 0 && starts[j - 1] > v) {
            starts[j] = starts[j - 1];
            j--;
        }
        starts[j] = v;
    }
    size_t k = 0;
    for (size_t i = 0; i < ns; i++)
        if (k == 0 || starts[i] != starts[k - 1])
            starts[k++] = starts[i];
    return (long)k;
}

/* Where literal i is last in the answer, -1 nowhere; found once an answer. */
static long last_at(struct drill_ev *ev, size_t i)
{
    if (ev->last[i] == -2) {
        const char *l = lit(ev, i), *end = ev->lower + ev->len, *at = NULL;
        size_t n = ev->litlen[i];
        if (n >= 3) {
            long last = -1;
            for (int p = first_window(l); p >= 0; p = tri_next[p])
                if (is_at(ev->lower, ev->len, p, l, n))
                    last = p;
            ev->last[i] = last;
            return last;
        }
        for (const char *p = ev->lower; (p = find_short(p, (size_t)(end - p), l, n)) != NULL; p++)
            at = p;
        ev->last[i] = at ? (long)(at - ev->lower) : -1;
    }
    return ev->last[i];
}

/* Can literal i be in the answer (all its three-byte windows are)? Worked out when first
 * asked in a run: a regex whose earlier set fails is never asked about the rest. */
static int lit_present(struct drill_ev *ev, size_t i)
{
    if (ev->present[i] == PRESENT_UNKNOWN) {
        size_t n = ev->litlen[i];
        ev->present[i] =
            n <= ev->len && hashes_there(windows_of(lit(ev, i), n), n >= 3 ? n - 2 : 0);
        ev->last[i] = ev->present[i] ? -2 : -1;
    }
    return ev->present[i];
}

/* Whether literal i is in the answer between s and stop. */
static int lit_within(const struct drill_ev *ev, size_t i, size_t s, size_t stop)
{
    const char *l = lit(ev, i);
    size_t n = ev->litlen[i];
    if (stop < s || stop - s < n)
        return 0;
    if (n >= 3) {
        for (int p = first_window(l); p >= 0 && (size_t)p + n <= stop; p = tri_next[p])
            if ((size_t)p >= s && memcmp(ev->lower + p, l, n) == 0)
                return 1;
        return 0;
    }
    return find_short(ev->lower + s, stop - s, l, n) != NULL;
}

/* Whether literal i may be in the answer; at s or after it; between s and stop. */
static int lit_anywhere(struct drill_ev *ev, size_t i, size_t s, size_t stop)
{
    (void)s, (void)stop;
    return lit_present(ev, i);
}

static int lit_after(struct drill_ev *ev, size_t i, size_t s, size_t stop)
{
    (void)stop;
    return lit_present(ev, i) && last_at(ev, i) >= (long)s;
}

static int lit_before_stop(struct drill_ev *ev, size_t i, size_t s, size_t stop)
{
    return lit_present(ev, i) && lit_within(ev, i, s, stop);
}

/* Has every literal set of x a literal that passes `has`? A set's literals are tried in turn
 * until one passes. */
static int every_set(struct drill_ev *ev, const struct rx *x,
                     int (*has)(struct drill_ev *, size_t, size_t, size_t), size_t s, size_t stop)
{
    const uint32_t *l = rx_lits(ev, x);
    int any = 0;
    for (size_t i = 0; i <= x->nlits; i++) {
        if (i == x->nlits || l[i] == NO_LITERAL) {
            if (!any)
                return 0;
            any = 0;
        } else if (!any) {
            any = has(ev, l[i], s, stop);
        }
    }
    return 1;
}

/* Can a match of x start at s? It holds one literal of every set, so each
 * set has one at s or after. */
static int reaches(struct drill_ev *ev, const struct rx *x, size_t s)
{
    return every_set(ev, x, lit_after, s, 0);
}

/* Where the first of the stops in mask (DRILL_RX_DOT, DRILL_RX_SEMI) at or after s is in the
 * answer (its length when none); -1 when memory cannot be had. */
static long stop_after(struct drill_ev *ev, size_t s, int mask)
{
    if (ev->nstops < 0) {
        size_t n = 0;
        for (size_t i = 0; i < ev->len; i++) {
            if (ev->lower[i] != '.' && ev->lower[i] != ';')
                continue;
            if (n == ev->capstops) {
                size_t cap = ev->capstops ? 2 * ev->capstops : 32;
                size_t *b = drill_mem_realloc(ev->stops, cap * sizeof *b);
                if (!b)
                    return -1;
                ev->stops = b;
                ev->capstops = cap;
            }
            ev->stops[n++] = i;
        }
        ev->nstops = (long)n;
    }
    size_t lo = 0, hi = (size_t)ev->nstops; /* the first stop at or after s */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ev->stops[mid] < s)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < (size_t)ev->nstops; lo++)
        if (mask & (ev->lower[ev->stops[lo]] == '.' ? DRILL_RX_DOT : DRILL_RX_SEMI))
            return (long)ev->stops[lo];
    return (long)ev->len;
}

/* Can a match of x start at s? One literal of every set is between s and the next stop that
 * no match of x holds. */
static int fits(struct drill_ev *ev, const struct rx *x, size_t s)
{
    long stop = stop_after(ev, s, x->untaken);
    return stop < 0 ||
           every_set(ev, x, lit_before_stop, s, (size_t)stop); /* out of memory: tried */
}

/* What x's source says of its matches, read before it is compiled: the literals they start
 * with, and the stops they never hold. 0, or -1 out of memory. */
static int analyse(struct rx *x, const char *src, size_t len)
{
    drill_rx_free_list(&x->pre);
    drill_mem_free(x->prelen);
    x->prelen = NULL;
    if (drill_rx_prefixes(src, len, &x->pre) < 0 ||
        (x->pre.n && !(x->prelen = drill_mem_malloc(x->pre.n * sizeof *x->prelen)))) {
        drill_rx_free_list(&x->pre); /* no prefixes: the whole answer is searched */
        return -1;
    }
    for (size_t i = 0; i < x->pre.n; i++)
        x->prelen[i] = strlen(x->pre.items[i]);
    /* needed only to skip starts, by the literals: without either there is nothing to skip */
    x->untaken = (signed char)(x->pre.n && x->nlits ? drill_rx_untaken(src, len) : 0);
    return x->untaken < 0 ? -1 : 0;
}

/* x's turns, read from its source: a word a negative lookaround keeps out of the match is no
 * word it says. -1 out of memory. */
static int turns_of(const struct rx *x)
{
    if (!memmem(x->src, x->len, "(?!", 3) && !memmem(x->src, x->len, "(?<!", 4))
        return says_turn(x->src, x->len);
    char *said = drill_rx_unlooked(x->src, x->len);
    int turns = said ? says_turn(said, strlen(said)) : says_turn(x->src, x->len);
    drill_mem_free(said);
    return turns;
}

/* The memo key of x's analysis: 'A' and its source. */
static char *analysis_key(const struct rx *x)
{
    char *key = drill_mem_malloc(x->len + 1);
    if (key) {
        key[0] = 'A';
        memcpy(key + 1, x->src, x->len);
    }
    return key;
}

/* x's analysis read back from a memo value: u8 turns, u8 untaken, u8 count of prefixes, each
 * as u8 length and bytes. 1, 0 when the value is damaged (x as it was), -1 out of memory. */
static int analysis_read(struct rx *x, const unsigned char *v, size_t vlen)
{
    if (vlen < 3 || v[0] > 1 || v[1] > (DRILL_RX_DOT | DRILL_RX_SEMI))
        return 0;
    size_t n = v[2], at = 3;
    for (size_t i = 0; i < n; i++) {
        if (at >= vlen || vlen - at - 1 < v[at])
            return 0;
        at += 1 + (size_t)v[at];
    }
    if (at != vlen)
        return 0;
    struct drill_rx_list pre = {0};
    size_t *prelen = n ? drill_mem_malloc(n * sizeof *prelen) : NULL;
    pre.items = n ? drill_mem_malloc(n * sizeof *pre.items) : NULL;
    pre.cap = n;
    if (n && (!prelen || !pre.items)) {
        drill_mem_free(prelen);
        drill_mem_free(pre.items);
        return -1;
    }
    at = 3;
    for (size_t i = 0; i < n; i++) {
        char *item = drill_mem_malloc((size_t)v[at] + 1);
        if (!item) {
            drill_mem_free(prelen);
            drill_rx_free_list(&pre);
            return -1;
        }
        memcpy(item, v + at + 1, v[at]);
        item[v[at]] = '\0';
        prelen[pre.n] = v[at];
        pre.items[pre.n++] = item;
        at += 1 + (size_t)v[at];
    }
    drill_rx_free_list(&x->pre);
    drill_mem_free(x->prelen);
    x->pre = pre;
    x->prelen = prelen;
    x->untaken = (signed char)(x->pre.n && x->nlits ? v[1] : 0);
    x->turns = (signed char)v[0];
    return 1;
}

/* Works out x's prefixes, stops untaken and turns when it is first tried, or reads them back from
 * the memo. 0, or -1 out of memory. */
static int analyse_kept(struct drill_ev *ev, struct rx *x)
{
    char *key = ev->memo ? analysis_key(x) : NULL;
    size_t vlen;
    const char *v = key ? drill_memo_get(ev->memo, key, x->len + 1, &vlen) : NULL;
    int rc = v ? analysis_read(x, (const unsigned char *)v, vlen) : 0;
    if (rc != 0) {
        drill_mem_free(key);
        return rc < 0 ? -1 : 0;
    }
    int turns = analyse(x, x->src, x->len) < 0 ? -1 : turns_of(x);
    if (turns < 0) {
        drill_mem_free(key);
        return -1;
    }
    x->turns = (signed char)turns;
    /* kept whole: the stops untaken as though x had literals, each prefix under 256 bytes */
    int untaken = x->pre.n && !x->nlits ? drill_rx_untaken(x->src, x->len) : x->untaken;
    size_t need = 3;
    for (size_t i = 0; i < x->pre.n; i++)
        need += 1 + x->prelen[i];
    unsigned char *val = key && untaken >= 0 && x->pre.n < 256 ? drill_mem_malloc(need) : NULL;
    if (val) {
        val[0] = (unsigned char)turns;
        val[1] = (unsigned char)untaken;
        val[2] = (unsigned char)x->pre.n;
        size_t at = 3;
        for (size_t i = 0; i < x->pre.n && val; i++) {
            if (x->prelen[i] > 255) {
                drill_mem_free(val);
                val = NULL;
                break;
            }
            val[at++] = (unsigned char)x->prelen[i];
            memcpy(val + at, x->pre.items[i], x->prelen[i]);
            at += x->prelen[i];
        }
        if (val) /* a memo that cannot keep it works it out again */
            drill_memo_put(ev->memo, key, x->len + 1, val, need);
    }
    drill_mem_free(val);
    drill_mem_free(key);
    return 0;
}

/* Keeps x's prefixes as literals of ev, whose filter then knows of them answer by answer, and
 * lets their strings go. 0, or -1 out of memory. */
static int prefixes_kept(struct drill_ev *ev, struct rx *x)
{
    size_t n = x->pre.n;
    if (n && !grow((void **)&ev->rxlit, &ev->caprxlit, ev->nrxlit + n, sizeof *ev->rxlit))
        return -1;
    for (size_t i = 0; i < n; i++) {
        long l = add_literal(ev, x->pre.items[i], x->prelen[i]);
        if (l < 0 || (unsigned long)l >= NO_LITERAL)
            return -1;
        ev->rxlit[ev->nrxlit + i] = (uint32_t)l;
    }
    x->preat = (uint32_t)ev->nrxlit;
    x->npre = (uint32_t)n;
    ev->nrxlit += n;
    drill_rx_free_list(&x->pre);
    drill_mem_free(x->prelen);
    x->prelen = NULL;
    return 0;
}

/* Pattern s (n bytes) compiled, its long repeated lookaheads made calls first
 * (drill_rx_called_looks): as it is where that form does not compile. */
static struct drill_re *compile_form(const char *s, size_t n, int ascii, char *msg, size_t msglen,
                                     size_t *off)
{
    char *called = NULL;
    struct drill_re *re = NULL;
    int flags = DRILL_RE_CASELESS | DRILL_RE_LAZY_JIT | (ascii ? DRILL_RE_ASCII : 0);
    if (drill_rx_called_looks(s, n, &called) > 0)
        re = drill_re_compile(called, strlen(called), flags, msg, msglen, off);
    drill_mem_free(called);
    if (!re)
        re = drill_re_compile(s, n, flags, msg, msglen, off);
    return re;
}

/* Pattern s (n bytes) compiled as compile does it: its tempered gaps rewritten first, as it is
 * where that form does not compile. NULL with msg and off when it does not compile, or, with
 * *oom set, when memory cannot be had. */
static struct drill_re *compile_tempered(const char *s, size_t n, int ascii, char *msg,
                                         size_t msglen, size_t *off, int *oom)
{
    char *tempered;
    *oom = 0;
    if (drill_rx_tempered(s, n, &tempered) < 0) {
        *oom = 1;
        return NULL;
    }
    struct drill_re *re =
        tempered ? compile_form(tempered, strlen(tempered), ascii, msg, msglen, off) : NULL;
    drill_mem_free(tempered);
    return re ? re : compile_form(s, n, ascii, msg, msglen, off);
}

/* The other of x's two forms, re or are (ascii), compiled as the first was, from the same
 * source: 0, or -1 with err. */
static int compile_other(struct drill_ev *ev, struct rx *x, int ascii, char *err, size_t errlen)
{
    char msg[256];
    size_t off;
    int oom = 0;
    struct drill_re *re = NULL;
    if (x->fell_back) {
        re = compile_form(x->fallback, x->flen, ascii, msg, sizeof msg, &off);
    } else if (x->narrowed) {
        char *w = drill_rx_widen(ev->lex, x->src, x->len);
        if (!w) {
            snprintf(err, errlen, "out of memory");
            return -1;
        }
        re = compile_tempered(w, strlen(w), ascii, msg, sizeof msg, &off, &oom);
        drill_mem_free(w);
    } else {
        re = compile_tempered(x->src, x->len, ascii, msg, sizeof msg, &off, &oom);
    }
    if (!re) {
        if (oom)
            snprintf(err, errlen, "out of memory");
        else
            snprintf(err, errlen, "pattern /%s/ does not compile: %s at offset %zu", x->src, msg,
                     off);
        return -1;
    }
    if (ascii) {
        x->are = re;
    } else { /* the full form serves both from now on */
        x->re = re;
        drill_re_free(x->are);
        x->are = NULL;
        x->jit_tried &= ~2;
    }
    return 0;
}

/* Compiles x when it is first tried: most patterns whose literals are in an answer are never
 * tried, their literals not being where a match could hold them. With its tempered gaps
 * rewritten to run faster and its long repeated lookaheads called (compile_form): what it
 * matches is the same. Where the widened form does not compile, the author's own pattern, read
 * again. 0, 1 when it was read again (what it said before no longer holds), -1 with err. */
static int compile(struct drill_ev *ev, struct rx *x, int ascii, char *err, size_t errlen)
{
    if (x->re || x->are)
        return compile_other(ev, x, ascii, err, errlen);
    char msg[256];
    size_t off;
    int oom;
    struct drill_re **re = ascii ? &x->are : &x->re;
    *re = compile_tempered(x->src, x->len, ascii, msg, sizeof msg, &off, &oom);
    if (oom) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    if (*re) {
        /* the author's own form is wanted no more: a worker holds thousands of patterns. Where
         * the caller keeps it, it names the regex from now on instead of the widened form, whose
         * copy goes: compiled and read, that is wanted for nothing else, but the other form of
         * the regex, which widens it again through ev's lexicon (without one, the copy stays) */
        if (x->fallback && (x->kept & DRILL_EV_KEEP_FALLBACK) &&
            !(x->kept & DRILL_EV_KEEP_PATTERN) && ev->lex) {
            drill_mem_free((char *)x->src);
            x->src = x->fallback;
            x->len = x->flen;
            x->kept |= DRILL_EV_KEEP_PATTERN;
            x->narrowed = 1;
            x->fallback = NULL;
            x->flen = 0;
        } else if (!(x->kept & DRILL_EV_KEEP_FALLBACK)) {
            drill_mem_free((char *)x->fallback);
            x->fallback = NULL;
            x->flen = 0;
        }
        return 0;
    }
    if (x->fallback) /* the widened form failed: the author's own may not */
        *re = compile_form(x->fallback, x->flen, ascii, msg, sizeof msg, &off);
    if (!*re) {
        snprintf(err, errlen, "pattern /%s/ does not compile: %s at offset %zu",
                 x->fallback ? x->fallback : x->src, msg, off);
        return -1;
    }
    x->fell_back = 1;
    if (analyse(x, x->fallback, x->flen) < 0 || prefixes_kept(ev, x) < 0) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    return 1;
}

/* Every match of regex x in the answer (at most MAX_MATCHES): 0, or -1 with err. */
static int matches(struct drill_ev *ev, struct rx *x, char *err, size_t errlen)
{
    unsigned char *done = &ev->rxdone[x - ev->rx];
    if (*done)
        return 0;
    *done = 1;
    x->nm = 0;
    if (ev->filter && x->nlits && !every_set(ev, x, lit_anywhere, 0, 0)) {
        ev->skipped++; /* one literal of every set must be there */
        return 0;
    }
    ev->ran++;
    if (!x->analysed) {
        if (rx_widened(ev, x) < 0 || analyse_kept(ev, x) < 0 || prefixes_kept(ev, x) < 0) {
            snprintf(err, errlen, "out of memory");
            return -1;
        }
        x->analysed = 1;
    }
again:;
    struct drill_re_match m;
    char msg[200];
    size_t starts[MAX_STARTS], next = 0;
    long ns = starts_of(ev, x, starts);
    int anchored = ns >= 0;
    /* an answer of ASCII alone runs the full form where that is compiled already: it matches
     * the same there, and one form a regex is less memory */
    struct drill_re **re = ev->ascii && (x->are || !x->re) ? &x->are : &x->re;
    if (!anchored && !*re) {
        int rc = compile(ev, x, ev->ascii, err, errlen);
        if (rc < 0)
            return -1;
        if (rc > 0)
            goto again;
    }
    int jit = re == &x->are ? 2 : 1;
    if (!(x->jit_tried & jit) && x->npre == 0 && jit_made < JIT_BUDGET) {
        x->jit_tried |= jit;
        if (!drill_re_jit(*re)) {
            snprintf(err, errlen, "out of memory");
            return -1;
        }
        jit_made += drill_re_jit_size(*re);
    }
    size_t at = 0;
    while (at <= ev->len && x->nm < MAX_MATCHES) {
        int rc;
        if (anchored) {
            while (next < (size_t)ns && starts[next] < at)
                next++;
            if (next == (size_t)ns)
                break;
            if (x->nlits && !reaches(ev, x, starts[next]))
                break; /* nor from any later start */
            if (x->nlits && x->untaken && !fits(ev, x, starts[next])) {
                next++;
                continue;
            }
            if (!*re) {
                rc = compile(ev, x, ev->ascii, err, errlen);
                if (rc < 0)
                    return -1;
                if (rc > 0)
                    goto again;
            }
            ev->tries++;
            rc = drill_re_match_anchored(*re, ev->norm, ev->len, starts[next++], 1, &m, msg,
                                         sizeof msg);
            if (rc == DRILL_RE_NOMATCH)
                continue;
        } else {
            ev->tries++;
            rc = drill_re_match(*re, ev->norm, ev->len, at, 1, &m, msg, sizeof msg);
            if (rc == DRILL_RE_NOMATCH)
                break;
        }
        if (rc < 0) {
            snprintf(err, errlen, "pattern /%s/: %s", x->src, msg);
            return -1;
        }
        if (x->nm == x->capm) {
            size_t cap = x->capm ? 2 * x->capm : 2;
            if (cap > MAX_MATCHES)
                cap = MAX_MATCHES;
            struct span *g = drill_mem_realloc(x->m, cap * sizeof *x->m);
            if (!g) {
                snprintf(err, errlen, "out of memory");
                return -1;
            }
            x->m = g;
            x->capm = (uint32_t)cap;
        }
        x->m[x->nm++] = (struct span){m.start[0], m.end[0]};
        at = m.end[0] > m.start[0] ? m.end[0] : m.start[0] + 1;
        /* a match never starts inside a character */
        while (at < ev->len && ((unsigned char)ev->norm[at] & 0xC0) == 0x80)
            at++;
    }
    return 0;
}

static int role_matches(struct drill_ev *ev, const struct item *it, int role, char *err,
                        size_t errlen)
{
    for (size_t j = 0; j < it->npats[role]; j++)
        if (matches(ev, &ev->rx[it->pats[role][j]], err, errlen) < 0)
            return -1;
    return 0;
}

/* Did a regex of the role match (role_matches ran)? */
static int role_matched(const struct drill_ev *ev, const struct item *it, int role)
{
    for (size_t j = 0; j < it->npats[role]; j++)
        if (ev->rx[it->pats[role][j]].nm)
            return 1;
    return 0;
}

/* Where an aside that opens at the comma at t[c] closes, when it opens with a negation or a
 * "which", "who" or "whose" and closes with a comma before e that the match goes on past: "L1,
 * not L2, gives sparse weights", "L1, which is not smooth at zero, gives ...", "fast, not slow,
 * and ..." deny nothing of the match around them. 0 when it is no such aside ("L1, however,
 * does not, in practice, give ..." opens with no negation: its "does not" denies). */
static size_t comma_aside_end(const char *t, size_t c, size_t e, const char *const *negations)
{
    static const char *const relatives[] = {"which", "who", "whose", NULL};
    size_t i = c + 1;
    while (i < e && t[i] == ' ')
        i++;
    int opens = 0;
    for (const char *const *w = negations; *w && !opens; w++)
        opens = word_at(t, e, i, *w) && !hyphened(t, e, i + strlen(*w));
    for (const char *const *w = relatives; *w && !opens; w++)
        opens = word_at(t, e, i, *w);
    for (const char *const *w = bare_nts; *w && !opens; w++)
        opens = word_at(t, e, i, *w);
    if (!opens)
        return 0;
    for (size_t j = i; j < e; j++) {
        if (t[j] == ';' || t[j] == '(' || t[j] == ')' || t[j] == BREAK)
            return 0;
        if (t[j] == ',')
            return j + 1 < e ? j : 0;
    }
    return 0;
}

/* Where the main clause after a condition starts, when the negation at t[i] (n bytes) is in
 * a clause that opens with "if", "unless", "when" or "once" and a subject of its own follows a
 * word or more after it, before e and before any break ("if it isn't earning its keep it goes
 * to zero"); 0 when not. */
static size_t after_condition(const char *t, size_t i, size_t n, size_t e)
{
    size_t c = i; /* the clause's start */
    while (c > 0 && !strchr(".;:!?,", t[c - 1]) && t[c - 1] != BREAK && i - c < NEG_WINDOW)
        c--;
    if (!condition_at(t, i, c, conditions))
        return 0;
    size_t j = i + n, words = 0;
    while (j < e && !strchr(".;:!?,", t[j]) && t[j] != BREAK) {
        while (j < e && t[j] == ' ')
            j++;
        if (words > 0 && subject_at(t, e, j))
            return j;
        size_t b = j;
        while (j < e && (is_alnum((unsigned char)t[j]) || t[j] == '\''))
            j++;
        if (j == b)
            j++;
        else
            words++;
    }
    return 0;
}

/* Does [s, e) hold a negation as a word of its own? A pattern with a gap
 * ("bagging[^.]{0,60}bias") can swallow one: "bagging does not reduce bias". One inside a
 * parenthesis that closes within [s, e) is the aside's own: "inverting XᵀX (it exists when no
 * column is redundant) gives w"; nor one in a condition, of what the main clause
 * after it says (after_condition). */
static int negation_inside(const char *t, size_t s, size_t e)
{
    static const char *const words[] = {"not",    "no",      "never", "without",
                                        "cannot", "neither", "nor",   NULL};
    for (size_t i = s; i < e; i++) {
        if (t[i] == ',' && i > s) { /* nor one in an aside between commas */
            size_t j = comma_aside_end(t, i, e, words);
            if (j) {
                i = j; /* at its closing ',' */
                continue;
            }
        }
        if (t[i] == '(') { /* an aside that closes inside the match denies nothing of it */
            size_t j = i + 1;
            int depth = 1;
            for (; j < e && depth > 0; j++)
                depth += t[j] == '(' ? 1 : t[j] == ')' ? -1 : 0;
            if (depth == 0) {
                i = j - 1; /* at its ')' */
                continue;
            }
        }
        size_t neg = 0; /* the negation's length, where one starts at i */
        if (t[i] == '\'' && i + 1 < e && t[i + 1] == 't' && i > s && t[i - 1] == 'n' &&
            (i + 2 >= e || !is_alnum((unsigned char)t[i + 2])))
            neg = 2; /* n't */
        else if (i > s && is_alnum((unsigned char)t[i - 1]))
            continue;
        else if (i + 3 <= e && lc(t[i]) == 'w' && t[i + 1] == '/' && t[i + 2] == 'o' &&
                 (i + 3 == e || !is_alnum((unsigned char)t[i + 3])))
            neg = 3; /* w/o */
        for (const char *const *w = words; *w && !neg; w++)
            if (word_at(t, e, i, *w) && !hyphened(t, e, i + strlen(*w)) &&
                !(i + strlen(*w) < e && slashed(t, i, strlen(*w))) &&
                !(strcmp(*w, "not") == 0 && why_not(t, i)))
                neg = strlen(*w);
        for (const char *const *w = bare_nts; *w && !neg; w++)
            if (word_at(t, e, i, *w))
                neg = strlen(*w);
        if (!neg)
            continue;
        size_t main = after_condition(t, i, neg, e);
        if (!main)
            return 1;
        i = main - 1; /* the main clause: what it says is not denied */
    }
    return 0;
}

/* Does [s, e) end on what a "rather than" inside it turns down? "a linear autoencoder is
 * equivalent to LDA rather than PCA" says nothing for "autoencoder ... PCA"; past a
 * clause's end the statement goes on ("by norm rather than by value, which keeps the
 * direction"). */
static int turned_down(const char *t, size_t s, size_t e)
{
    static const char *const words[] = {"rather than", "instead of", "as opposed to", NULL};
    for (size_t i = s + 1; i < e; i++) {
        if (is_alnum((unsigned char)t[i - 1]))
            continue;
        for (const char *const *w = words; *w; w++) {
            if (!word_at(t, e, i, *w))
                continue;
            size_t j = i + strlen(*w);
            while (j < e && !strchr(",;:()", t[j]) && t[j] != BREAK)
                j++;
            if (j == e)
                return 1;
        }
    }
    return 0;
}

/* Is there a turn word inside [s, e), after its first word? */
static int turn_inside(const char *t, size_t s, size_t e)
{
    for (size_t i = s + 1; i < e; i++) {
        if (is_alnum((unsigned char)t[i - 1]))
            continue;
        for (const char *const *w = crossing_words; *w; w++)
            if (word_at(t, e, i, *w) && i + strlen(*w) < e)
                return 1;
    }
    return 0;
}

/* Does [s, e) bring in another subject after its first word, "unlike", and end before anything
 * closes that aside (a comma, colon, parenthesis or dash)? Then what it ends on is said of the
 * other subject: "Thompson sampling, unlike a greedy rule that always plays the highest mean"
 * says nothing of Thompson sampling, where "X, unlike Y, always plays ..." does. */
static int other_inside(const char *t, size_t s, size_t e)
{
    for (size_t i = s + 1; i + 6 < e; i++) {
        if (is_alnum((unsigned char)t[i - 1]) || !word_at(t, e, i, "unlike"))
            continue;
        size_t j = i + 6;
        while (j < e && t[j] != ',' && t[j] != ':' && t[j] != '(' && t[j] != ')' &&
               !(t[j] == '-' && t[j - 1] == ' '))
            j++;
        if (j == e)
            return 1;
    }
    return 0;
}

/* Does match k of x state what it says? Not when negated, nor when what it ends on is turned
 * down; and a match that would hold an answer wrong (contra) not when it runs across a turn
 * word the pattern does not say itself, nor when it ends inside an aside about another subject
 * (other_inside) that the pattern does not open itself. */
static int stands(const struct drill_ev *ev, const struct rx *x, size_t k, int contra)
{
    if (contra && !(x->turns & TURN_SAID) && turn_inside(ev->norm, x->m[k].s, x->m[k].e))
        return 0;
    if (contra && !(x->turns & OTHER_SAID) && other_inside(ev->norm, x->m[k].s, x->m[k].e))
        return 0;
    if (x->denial)
        return 1;
    return !drill_ev_negated(ev->norm, x->m[k].s) &&
           !negation_inside(ev->norm, x->m[k].s, x->m[k].e) &&
           !dismissed_after(ev->norm, x->m[k].e) && !turned_down(ev->norm, x->m[k].s, x->m[k].e);
}

/* The mentions of an item's subject and rivals, in order, a mention inside a
 * longer one of the other side dropped ("type i" inside "type ii"). */
/* Where the parenthesis around [s, e) closes: an aside ("(Kaplan used a fixed schedule)")
 * names a subject for itself, not for what the sentence goes on to say. SIZE_MAX when
 * [s, e) is in no parenthesis of its sentence, or it never closes. */
static size_t aside_end(const char *t, size_t n, size_t s, size_t e)
{
    int depth = 0, open = 0;
    for (size_t i = s; i > 0 && !open;) {
        char c = t[--i];
        if (c == BREAK || ((c == '.' || c == '!' || c == '?') && t[i + 1] == ' '))
            return SIZE_MAX;
        if (c == ')')
            depth++;
        else if (c == '(' && depth-- == 0)
            open = 1;
    }
    if (!open)
        return SIZE_MAX;
    depth = 0;
    for (size_t j = e; j < n && t[j] != BREAK; j++) {
        if (t[j] == '(')
            depth++;
        else if (t[j] == ')' && depth-- == 0)
            return j;
    }
    return SIZE_MAX;
}

/* Can mention i be the subject of what is said at s: not when it is in an aside closed before. */
static int in_view(const struct drill_ev *ev, size_t i, size_t s)
{
    return ev->mn[i].shut == SIZE_MAX || ev->mn[i].shut > s;
}

static int collect_mentions(struct drill_ev *ev, const struct item *it)
{
    ev->nmn = 0;
    for (int own = 1; own >= 0; own--) {
        int role = own ? DRILL_EV_SUBJECT : DRILL_EV_RIVAL;
        for (size_t j = 0; j < it->npats[role]; j++) {
            const struct rx *x = &ev->rx[it->pats[role][j]];
            for (size_t k = 0; k < x->nm; k++) {
                if (!grow((void **)&ev->mn, &ev->capmn, ev->nmn + 1, sizeof *ev->mn))
                    return 0;
                ev->mn[ev->nmn++] =
                    (struct mention){x->m[k].s, x->m[k].e, own, (int)j,
                                     aside_end(ev->norm, ev->len, x->m[k].s, x->m[k].e)};
            }
        }
    }
    /* drop overlapped shorter mentions */
    size_t out = 0;
    for (size_t i = 0; i < ev->nmn; i++) {
        const struct mention *a = &ev->mn[i];
        int keep = 1;
        for (size_t j = 0; j < ev->nmn && keep; j++) {
            const struct mention *b = &ev->mn[j];
            if (i == j || a->own == b->own || b->s >= a->e || a->s >= b->e)
                continue;
            size_t la = a->e - a->s, lb = b->e - b->s;
            if (lb > la || (lb == la && !a->own))
                keep = 0;
        }
        if (keep)
            ev->mn[out++] = *a;
    }
    ev->nmn = out;
    /* in order of position (insertion sort: a handful of mentions) */
    for (size_t i = 1; i < ev->nmn; i++) {
        struct mention m = ev->mn[i];
        size_t j = i;
        while (j > 0 && ev->mn[j - 1].s > m.s) {
            ev->mn[j] = ev->mn[j - 1];
            j--;
        }
        ev->mn[j] = m;
    }
    return 1;
}

/* Words that bring in what another subject is compared with, and only that: "unlike X, ...",
 * "compared with X, ..." name X for the comparison, not as who the sentence goes on about
 * (where "whereas X ..." opens a clause of X's own). */
static const char *const compared_words[] = {
    "unlike",      "compared with", "compared to",    "as opposed to",
    "rather than", "instead of",    "in contrast to", NULL};

/* Does clause j, of kind `kind` (-1: any), open with a word of `words` (after the punctuation
 * that ends the clause before it)? */
static int opens_with(const struct drill_ev *ev, size_t j, int kind, const char *const *words)
{
    const struct clause *p = &ev->cl[j];
    if (kind >= 0 && p->kind != kind)
        return 0;
    size_t i = p->s;
    while (i < p->e && !is_alnum((unsigned char)ev->norm[i]))
        i++;
    return i < p->e && past_word(ev->norm, p->e, i, words, 0) != i;
}

static int words_in(const char *t, size_t s, size_t e);

/* Does clause j only name what something is compared with? Looking back from a later clause
 * of its sentence, its mention is not who that clause is about ("Unlike a linear autoencoder,
 * a deep one learns another representation"), but for a "which" or "who" right after it. */
static int compared_only(const struct drill_ev *ev, size_t j)
{
    static const char *const not_[] = {"not", NULL};
    if (opens_with(ev, j, CL_OTHER, compared_words))
        return 1;
    /* "L1, not L2, gives sparse weights": a few words after a comma that open with "not" name
     * what the sentence is not about */
    const struct clause *p = &ev->cl[j];
    return p->s > 0 && ev->norm[p->s - 1] == ',' && opens_with(ev, j, -1, not_) &&
           words_in(ev->norm, p->s, p->e) <= 4;
}

/* Does clause j open with a word that turns from what came before ("but", "however",
 * "although", "though", "yet")? A contradiction is not said of a subject named only after it:
 * "It's like tuning on the rig but certifying on a test flight" says no tuning of the test. */
static int turns_away(const struct drill_ev *ev, size_t j)
{
    static const char *const away[] = {"but", "however", "although", "though", "yet", NULL};
    return opens_with(ev, j, CL_TURN, away);
}

/* Does clause j open with "while" or "whereas", turning to another subject ("..., so weak
 * weights get clamped to zero, while the squared penalty's push dies away")? What was said
 * before it is not said of a subject named after it. */
static int turns_to_another(const struct drill_ev *ev, size_t j)
{
    static const char *const other[] = {"while", "whereas", "where", NULL};
    return opens_with(ev, j, -1, other);
}

/* Does clause k open with "which", "who" or "whose", going on about the one before it? */
static int relative_opens(const struct drill_ev *ev, size_t k)
{
    static const char *const relative[] = {"which", "who", "whose", NULL};
    return opens_with(ev, k, -1, relative);
}

/* The last mention inside clause j, and the first unless the clause brings
 * in another subject ("It is TP / (TP + FP), unlike recall"); -1 when none.
 * Looking back, a clause about another subject is what a later "which" or
 * "so it" goes on about ("Unlike boosting, which reduces bias, ..."). */
static long last_mention(const struct drill_ev *ev, size_t j, size_t s)
{
    const struct clause *p = &ev->cl[j];
    long last = -1;
    for (size_t i = 0; i < ev->nmn; i++)
        if (ev->mn[i].s >= p->s && ev->mn[i].e <= p->e && in_view(ev, i, s))
            last = (long)i;
    return last;
}

static int compared_mention(const struct drill_ev *ev, size_t i);

static long first_mention(const struct drill_ev *ev, size_t j)
{
    const struct clause *p = &ev->cl[j];
    if (p->kind == CL_OTHER)
        return -1;
    for (size_t i = 0; i < ev->nmn; i++)
        if (ev->mn[i].s >= p->s && ev->mn[i].e <= p->e && !compared_mention(ev, i))
            return (long)i;
    return -1;
}

/* A clause that only names what the one before it described: ", which is
 * variance", ", i.e. overfitting", ", that's called bagging". Returns where
 * the naming words end, or 0 when the clause at [s, e) does not open so. */
static size_t label_end(const char *t, size_t s, size_t e)
{
    static const char *const labels[] = {"which is called",
                                         "which is known as",
                                         "which we call",
                                         "that's called",
                                         "that is called",
                                         "what we call",
                                         "which is",
                                         "which are",
                                         "that's",
                                         "that is",
                                         "this is",
                                         "i.e",
                                         "ie",
                                         "aka",
                                         "a.k.a",
                                         "known as",
                                         "called",
                                         "like",
                                         "such as",
                                         "e.g",
                                         "eg",
                                         "for example",
                                         "for instance",
                                         NULL};
    while (s < e && (t[s] == ' ' || t[s] == '(' || t[s] == '-'))
        s++;
    for (const char *const *l = labels; *l; l++)
        if (word_at(t, e, s, *l))
            return s + strlen(*l);
    return 0;
}

/* Words (runs of letters and digits) in t[s, e). */
static int words_in(const char *t, size_t s, size_t e)
{
    int n = 0;
    for (size_t p = s; p < e; p++)
        if (is_alnum((unsigned char)t[p]) && (p == s || !is_alnum((unsigned char)t[p - 1])))
            n++;
    return n;
}

/* The subject or rival a label clause k names, or -1: a mention within its
 * first few words that all but ends it (", i.e. MLE plus a log-prior term"
 * goes on to explain, and names nothing). */
static long label_mention(const struct drill_ev *ev, size_t k)
{
    const struct clause *c = &ev->cl[k];
    size_t at = label_end(ev->norm, c->s, c->e);
    if (!at)
        return -1;
    for (size_t i = 0; i < ev->nmn; i++) {
        const struct mention *m = &ev->mn[i];
        if (m->s >= at && m->e <= c->e && words_in(ev->norm, at, m->s) <= 2 &&
            words_in(ev->norm, m->e, c->e) <= 2)
            return (long)i;
    }
    return -1;
}

static int set_aside(const char *t, size_t s);

/* Does the word w end at t[at] (a word boundary before it)? */
static int word_ends_at(const char *t, size_t at, const char *w)
{
    size_t n = strlen(w);
    return n <= at && (n == at || !is_alnum((unsigned char)t[at - n - 1])) &&
           word_at(t, at, at - n, w);
}

/* Where the spaces before t[at] begin. */
static size_t back_past(const char *t, size_t at)
{
    while (at > 0 && t[at - 1] == ' ')
        at--;
    return at;
}

/* Where the word before t[at] ends, past spaces and one article ("like the sigmoid"). */
static size_t before_article(const char *t, size_t at)
{
    static const char *const articles[] = {"the", "a", "an", NULL};
    at = back_past(t, at);
    for (const char *const *w = articles; *w; w++)
        if (word_ends_at(t, at, *w))
            return back_past(t, at - strlen(*w));
    return at;
}

/* Does "the way" end at t[at]? */
static int the_way_ends_at(const char *t, size_t at)
{
    return word_ends_at(t, at, "way") && word_ends_at(t, back_past(t, at - 3), "the");
}

/* Is mention k + 1 joined to mention k by "and", "or" or a slash ("sigmoid and tanh")? */
static int joined_next(const struct drill_ev *ev, size_t k)
{
    if (k + 1 >= ev->nmn || ev->mn[k + 1].s < ev->mn[k].e)
        return 0;
    const char *t = ev->norm;
    size_t j = ev->mn[k].e, to = ev->mn[k + 1].s;
    while (j < to && t[j] == ' ')
        j++;
    if (j < to && t[j] == '(') { /* past an aside: "sigmoid (at most 0.25) or tanh" */
        const char *close = memchr(t + j, ')', to - j);
        if (!close)
            return 0;
        j = (size_t)(close - t) + 1;
        while (j < to && t[j] == ' ')
            j++;
    }
    size_t rest = to - j;
    return (rest == 4 && word_at(t, ev->len, j, "and")) ||
           (rest == 3 && word_at(t, ev->len, j, "or")) || (rest == 1 && t[j] == '/');
}

/* Is mention i only what the clause compares with: set aside ("faster than SGD", "unlike
 * sigmoid") or brought in by "like", "as" or "the way" with a verb of its own that ends the
 * clause ("it doesn't saturate like sigmoid does", "the way sigmoid and tanh don't")? A mention
 * joined to one of those ("sigmoid and tanh") is as it is. */
static int compared_mention(const struct drill_ev *ev, size_t i)
{
    static const char *const like[] = {"like", "as", NULL};
    static const char *const prep[] = {"with", "in", "for", NULL};
    static const char *const pron[] = {"they", "it", "you", "we", NULL};
    static const char *const aux[] = {"does",  "do",    "did",     "is",     "are",   "was",
                                      "were",  "can",   "could",   "would",  "will",  "has",
                                      "have",  "don't", "doesn't", "didn't", "can't", "cannot",
                                      "won't", "isn't", "aren't",  NULL};
    const char *t = ev->norm;
    size_t first = i;
    while (first > 0 && joined_next(ev, first - 1))
        first--;
    if (set_aside(t, ev->mn[first].s))
        return 1;
    size_t at = before_article(t, ev->mn[first].s);
    /* "like with sigmoid", "as in tanh", "the way they do with sigmoid": compared, wherever
     * the clause goes on */
    for (const char *const *p = prep; *p; p++)
        if (word_ends_at(t, at, *p)) {
            size_t b = back_past(t, at - strlen(*p));
            for (const char *const *w = like; *w; w++)
                if (word_ends_at(t, b, *w))
                    return 1;
            for (const char *const *x = aux; *x; x++)
                if (word_ends_at(t, b, *x)) {
                    size_t c = back_past(t, b - strlen(*x));
                    for (const char *const *w = pron; *w; w++)
                        if (word_ends_at(t, c, *w) &&
                            the_way_ends_at(t, back_past(t, c - strlen(*w))))
                            return 1;
                    break;
                }
            break;
        }
    int brought = 0;
    for (const char *const *w = like; *w && !brought; w++)
        brought = word_ends_at(t, at, *w);
    if (!brought)
        brought = the_way_ends_at(t, at);
    if (!brought)
        return 0;
    size_t last = first;
    while (joined_next(ev, last))
        last++;
    size_t end = ev->mn[last].e;
    if (end >= ev->len || t[end] != ' ')
        return 0;
    for (const char *const *w = aux; *w; w++) {
        size_t j = end + 1, n = strlen(*w);
        if (word_at(t, ev->len, j, *w) &&
            (j + n == ev->len || strchr(",.;:!?", t[j + n]) || t[j + n] == BREAK))
            return 1;
    }
    return 0;
}

static int opens_condition(const struct drill_ev *ev, size_t k);

/* Is the subject of the clause at [from, s) a word that points back at what was named before:
 * "it", "its", "they", ... among its first four words ("its derivative is one", "so it
 * doesn't saturate", "mainly because it ...")? */
static int pronoun_opens(const struct drill_ev *ev, size_t from, size_t s)
{
    static const char *const back[] = {"it", "its", "it's", "they", "their", NULL};
    const char *t = ev->norm;
    int words = 0;
    for (size_t p = from; p < s && words < 4; p++) {
        if (!is_alnum((unsigned char)t[p]) || (p > from && is_alnum((unsigned char)t[p - 1])))
            continue;
        words++;
        for (const char *const *w = back; *w; w++)
            if (word_at(t, s, p, *w))
                return 1;
    }
    return 0;
}

/* Is mention i named as what something is ("... is overfitting", "that's variance", "we call
 * it bagging"), right after a verb that names it (an article between)? */
static int named_mention(const struct drill_ev *ev, size_t i)
{
    static const char *const naming[] = {"is",    "are",    "was",    "were", "be",    "been",
                                         "it's",  "that's", "called", "call", "calls", "it",
                                         "means", "namely", "i.e",    "ie",   "as",    NULL};
    const char *t = ev->norm;
    size_t at = before_article(t, ev->mn[i].s);
    for (const char *const *w = naming; *w; w++)
        if (word_ends_at(t, at, *w))
            return 1;
    return 0;
}

/* Does clause k open with "instead" (not "instead of") or "alternatively"? */
static int opens_instead(const struct drill_ev *ev, size_t k)
{
    static const char *const words[] = {"instead", "alternatively", NULL};
    const char *t = ev->norm;
    size_t at = ev->cl[k].s, e = ev->cl[k].e;
    while (at < e && !is_alnum((unsigned char)t[at]))
        at++;
    size_t past = past_word(t, e, at, words, 1);
    return past != at && !word_at(t, e, past, "of");
}

/* Does clause k open with "the former" or "the latter" ("..., and the latter ...", "in the
 * former ...")? 1 for the former, 2 for the latter, else 0. */
static int opens_former_latter(const struct drill_ev *ev, size_t k)
{
    static const char *const joins[] = {"and", "but", "while", "whereas", "so", "then", NULL};
    static const char *const article[] = {"the", NULL};
    const char *t = ev->norm;
    size_t at = ev->cl[k].s, e = ev->cl[k].e;
    while (at < e && !is_alnum((unsigned char)t[at]))
        at++;
    at = past_word(t, e, at, joins, 1);
    at = past_word(t, e, at, leading_in, 0);
    size_t after = past_word(t, e, at, article, 0);
    if (after == at)
        return 0;
    if (word_at(t, e, after, "former"))
        return 1;
    if (word_at(t, e, after, "latter"))
        return 2;
    static const char *const ordinal[] = {"first", "second", NULL};
    static const char *const then[] = {"is", "was", "one", "has", "gives", "means", NULL};
    size_t past = past_word(t, e, after, ordinal, 0);
    if (past == after)
        return 0;
    /* standing for a noun: "the first is ...", "the second one ...", "the first, ..." */
    if (!(past < ev->len && (t[past] == ',' || t[past] == ':')) &&
        past_word(t, e, past, then, 0) == past)
        return 0;
    return word_at(t, e, after, "first") ? 1 : 2;
}

/* What "the former" (which 1) or "the latter" (2) opening clause k points back to: the first
 * thing named in the nearest sentence before it (its own, up to k, or an earlier one) that names
 * both the subject and a rival, or the first of the other kind named after that; -1 when no
 * sentence names both. */
static long former_latter(const struct drill_ev *ev, size_t k, int which)
{
    const struct mention *mn = ev->mn;
    size_t end = 0; /* the mentions before clause k: mn[0 .. end) */
    while (end < ev->nmn && mn[end].e <= ev->cl[k].s)
        end++;
    while (end > 0) {
        size_t sentence = ev->cl[clause_of(ev, mn[end - 1].s)].sentence, first = end - 1;
        while (first > 0 && ev->cl[clause_of(ev, mn[first - 1].s)].sentence == sentence)
            first--;
        for (size_t i = first + 1; i < end; i++)
            if (mn[i].s >= mn[first].e && mn[i].own != mn[first].own)
                return which == 1 ? (long)first : (long)i;
        end = first;
    }
    return -1;
}

/* Who the stretch of s points back to with "the former" or "the latter", when it opens a clause
 * of it up to s and nothing is named between: "Type I and type II: the former is a false
 * positive"; else -1. */
static long pointed_back_to(const struct drill_ev *ev, size_t k, size_t seg, size_t s)
{
    for (size_t j = k + 1; j-- > seg;) {
        int which = opens_former_latter(ev, j);
        if (which)
            return former_latter(ev, j, which);
        for (size_t i = 0; i < ev->nmn; i++)
            if (ev->mn[i].s >= ev->cl[j].s && ev->mn[i].s < s)
                return -1;
    }
    return -1;
}

/* Whose is what is said at [s, e)? A mention index, -1 for the question's own
 * subject (nothing else is named), -2 for no one (said in a clause that
 * brings in another subject). */
static long owner(const struct drill_ev *ev, size_t s, size_t e, int strict)
{
    const struct mention *mn = ev->mn;
    size_t n = ev->nmn;
    for (size_t i = 0; i < n; i++)
        if (mn[i].s < e && s < mn[i].e)
            return (long)i;
    size_t k = clause_of(ev, s);
    const struct clause *c = &ev->cl[k];
    size_t seg = k;
    while (seg > 0 && !ev->cl[seg].boundary)
        seg--;
    /* said in a clause whose subject is a word pointing back ("its derivative is one, so it
     * doesn't saturate like sigmoid, whose ..."), but for a condition: a subject named later
     * owns it only where it is named as what something is ("because it memorises the noise,
     * it is overfitting"); a condition belongs to what follows it ("if it cannot fit the
     * training data, the model underfits") */
    int back = n > 0 && !opens_condition(ev, k) && pronoun_opens(ev, c->s, s);
    long before = -1, after = -1;
    for (size_t i = 0; i < n; i++) {
        if (mn[i].s >= c->s && mn[i].e <= s && in_view(ev, i, s))
            before = (long)i;
        if (after < 0 && mn[i].s >= e && mn[i].s < c->e && !compared_mention(ev, i) &&
            (!back || named_mention(ev, i)))
            after = (long)i;
    }
    if (before >= 0)
        return before;
    long pointed = pointed_back_to(ev, k, seg, s);
    if (pointed >= 0)
        return pointed;
    if (after >= 0)
        return after;
    /* a clause that brings in another subject says nothing of this one; when the answer names
     * no subject or rival at all, though, what it credits is about the question's ("whereas
     * ReLU doesn't squash positive inputs"), and only a contradiction stays out */
    if (c->kind == CL_OTHER)
        return strict || n > 0 ? -2 : -1;
    /* a stretch that opens with "instead" or "alternatively" is about the other choice: a
     * contradiction in it, before a subject is named there, is said of no one ("Retraining
     * everything is costly. Instead freeze the model ...") */
    if (strict && opens_instead(ev, seg)) {
        int named = 0;
        for (size_t i = 0; i < n && !named; i++)
            named = mn[i].s >= ev->cl[seg].s && mn[i].e <= s;
        if (!named)
            return -2;
    }
    /* named right after: "... chases the noise, which is variance" */
    if (k + 1 < ev->ncl && ev->cl[k + 1].sentence == c->sentence) {
        long named = label_mention(ev, k + 1);
        if (named >= 0)
            return named;
    }
    if (n == 0) {
        /* the answer names no subject: it is about the question's, but for what comes after a
         * clause that brought in another one in this stretch ("unlike the sigmoid, which
         * saturates") */
        for (size_t j = k; strict && j-- > 0 && !ev->cl[j + 1].boundary;)
            if (ev->cl[j].kind == CL_OTHER)
                return -2;
        /* nor what a stretch that counts them off says ("one asks ...; the other asks ..."):
         * which of the question's subjects each is, it does not say, and answers do not keep
         * the question's order; it credits, but contradicts nothing */
        for (size_t j = k + 1; strict && j-- > 0;) {
            if (counts_off(ev->norm, ev->cl[j].e, ev->cl[j].s))
                return -2;
            if (ev->cl[j].boundary)
                break;
        }
        return -1;
    }
    /* the last mention in the earlier clauses of this stretch (up to a full stop or a
     * semicolon), else the first in its later clauses: "if it cannot fit the training
     * data, you are underfitting" */
    for (size_t j = k; j-- > seg;) {
        if (compared_only(ev, j) && !(j + 1 == k && relative_opens(ev, k)))
            continue;
        long last = last_mention(ev, j, s);
        if (last >= 0)
            return last;
    }
    for (size_t j = k + 1; j < ev->ncl && !ev->cl[j].boundary; j++) {
        if (strict && turns_away(ev, j))
            break; /* nor past a turn away, for a contradiction */
        if (turns_to_another(ev, j))
            break;
        long first = first_mention(ev, j);
        if (first >= 0 && (!back || named_mention(ev, (size_t)first)))
            return first;
        if (first >= 0)
            break;
    }
    /* else across the stretch's start: what came before, unless a contradiction would
     * cross into a clause with a subject of its own */
    if (strict && ev->cl[seg].strong && n > 0)
        return -2;
    for (size_t j = seg; j-- > 0;) {
        long last = compared_only(ev, j) ? -1 : last_mention(ev, j, s);
        if (last >= 0)
            return last;
        if (strict && ev->cl[j].strong)
            return -2;
    }
    /* else the first mention later in the sentence, short of a semicolon (what comes after one
     * is a sentence of its own: "when only the direction matters, ...; Euclidean ..."); for a
     * contradiction, no one when that is past a turn away */
    int turned = 0;
    for (size_t j = k + 1; j < ev->ncl && ev->cl[j].sentence == c->sentence; j++) {
        if (ev->cl[j].boundary || turns_to_another(ev, j))
            break;
        turned |= strict && turns_away(ev, j);
        long first = first_mention(ev, j);
        if (first >= 0 && !turned && back && !named_mention(ev, (size_t)first))
            return strict ? -2 : -1; /* what the word pointing back is about, for a credit */
        if (first >= 0)
            return turned ? -2 : first;
    }
    return -1;
}

static struct drill_ev_hit hit_of(int alt, struct span sp)
{
    return (struct drill_ev_hit){alt, sp.s, sp.e};
}

static struct drill_ev_hit mention_hit(const struct drill_ev *ev, long o)
{
    if (o < 0)
        return (struct drill_ev_hit){-1, 0, 0};
    return (struct drill_ev_hit){ev->mn[o].alt, ev->mn[o].s, ev->mn[o].e};
}

static int is_own(const struct drill_ev *ev, long o)
{
    return o == -1 || (o >= 0 && ev->mn[o].own);
}

/* Does the mention at s come right after words that set it aside ("unlike X", "compared with
 * the X", "faster than X", "instead of X")? */
static int set_aside(const char *t, size_t s)
{
    static const char *const aside[] = {
        "than", "unlike",     "compared with", "compared to",    "versus", "vs",
        "vs.",  "instead of", "as opposed to", "in contrast to", NULL};
    static const char *const articles[] = {"the", "a", "an", NULL};
    size_t at = s;
    for (int pass = 0; pass < 2; pass++) {
        while (at > 0 && t[at - 1] == ' ')
            at--;
        for (const char *const *w = aside; *w; w++) {
            size_t n = strlen(*w);
            if (n <= at && (n == at || !is_alnum((unsigned char)t[at - n - 1])) &&
                word_at(t, at, at - n, *w))
                return 1;
        }
        /* one article between: "unlike the sigmoid" */
        int art = 0;
        for (const char *const *w = articles; *w && !art; w++) {
            size_t n = strlen(*w);
            if (n <= at && (n == at || !is_alnum((unsigned char)t[at - n - 1])) &&
                word_at(t, at, at - n, *w)) {
                at -= n;
                art = 1;
            }
        }
        if (!art)
            break;
    }
    return 0;
}

/* Words that open a sentence about what the one before named ("They also generalise better"). */
static const char *const pointing_back[] = {"it",   "its",  "it's", "they",  "their",
                                            "them", "this", "that", "these", "those",
                                            "such", "both", NULL};

/* Is mention o joined to a rival's ("precision and recall", "recall/precision")? What a later
 * clause says may then be said of either ("precision and recall: of those we flag, how many are
 * fraud, and of all fraud, how much we catch"), while "both L1 and L2 give sparse weights" says
 * it of both. */
static int paired_with_rival(const struct drill_ev *ev, long o)
{
    static const char *const joins[] = {"and", "or", "&", "/", ", and", ", or", NULL};
    const struct mention *m = &ev->mn[o];
    for (size_t i = 0; i < ev->nmn; i++) {
        const struct mention *r = &ev->mn[i];
        if (r->own)
            continue;
        size_t a = r->e <= m->s ? r->e : m->e, b = r->e <= m->s ? m->s : r->s;
        if (b < a || b - a > 7)
            continue;
        while (a < b && ev->lower[a] == ' ')
            a++;
        while (b > a && ev->lower[b - 1] == ' ')
            b--;
        for (const char *const *j = joins; *j; j++)
            if (b - a == strlen(*j) && memcmp(ev->lower + a, *j, b - a) == 0)
                return 1;
    }
    return 0;
}

/* Does the sentence whose first clause is k open with a word pointing back? */
static int points_back(const struct drill_ev *ev, size_t k)
{
    size_t at = ev->cl[k].s;
    while (at < ev->len && !is_alnum((unsigned char)ev->norm[at]))
        at++;
    for (const char *const *w = pointing_back; *w; w++)
        if (word_at(ev->norm, ev->len, at, *w))
            return 1;
    return 0;
}

/* Does clause k open with a condition ("if", "when", "whenever", "once")? */
static int opens_condition(const struct drill_ev *ev, size_t k)
{
    static const char *const words[] = {"if", "when", "whenever", "once", NULL};
    return condition_at(ev->norm, ev->len, ev->cl[k].s, words);
}

/* The first clause of the sentence clause k is in. */
static size_t sentence_start(const struct drill_ev *ev, size_t k)
{
    while (k > 0 && ev->cl[k - 1].sentence == ev->cl[k].sentence)
        k--;
    return k;
}

/* Whose is what a misconception's claim says at [s, e)? As owner() reads it, strictly, but a
 * sentence that opens pointing back and names nothing before s is about the last mention of
 * the sentence before ("I prefer grid search. It guarantees the best settings, while random
 * search may miss them"), and a mention later than s owns it only in s's own clause. */
static long misc_owner(const struct drill_ev *ev, size_t s, size_t e)
{
    long o = owner(ev, s, e, 1);
    if (o >= 0 && ev->mn[o].s < e)
        return o; /* named before it, or in it */
    size_t k = clause_of(ev, s);
    size_t first = sentence_start(ev, k);
    int named_before = 0;
    for (size_t i = 0; i < ev->nmn; i++)
        named_before |= ev->mn[i].s >= ev->cl[first].s && ev->mn[i].s < s;
    if (first > 0 && !named_before && points_back(ev, first)) {
        long back = -1;
        for (size_t i = 0; i < ev->nmn; i++)
            if (ev->mn[i].e <= ev->cl[first].s)
                back = (long)i;
        if (back >= 0)
            return back;
    }
    /* named only in a later clause ("that noise sometimes generalises better, while large
     * batches ..."): the claim is not said of it, unless it is a condition of what follows ("if
     * your features are correlated, the iid assumption is violated") */
    if (o >= 0 && clause_of(ev, ev->mn[o].s) != k && !opens_condition(ev, k))
        return -2;
    return o;
}

/* A misconception's claim is held only where the answer names its subject: owner o a mention
 * of the subject, neither denied ("saddles, not local minima, are the obstacle") nor set aside
 * ("compared with k-means it gives soft assignments") nor, for a later clause, paired with a
 * rival's ("precision and recall: ..."), in the sentence said at s, or in the one before it
 * when this one opens with a word pointing back at it; no question's subject stands in. */
static int own_near(const struct drill_ev *ev, long o, size_t s)
{
    if (o < 0 || !ev->mn[o].own || drill_ev_negated(ev->norm, ev->mn[o].s) ||
        set_aside(ev->norm, ev->mn[o].s))
        return 0;
    size_t k = clause_of(ev, s);
    if (clause_of(ev, ev->mn[o].s) != k && paired_with_rival(ev, o))
        return 0; /* a pair named, then said of in a clause of its own: of which? */
    size_t said = ev->cl[k].sentence;
    size_t named = ev->cl[clause_of(ev, ev->mn[o].s)].sentence;
    if (named == said)
        return 1;
    return named + 1 == said && points_back(ev, sentence_start(ev, k));
}

/* Words that name another subject to compare with (not another way of doing a thing, as
 * "instead of" and "rather than" do). */
static const char *const compared_subjects[] = {"unlike",        "compared with",  "compared to",
                                                "as opposed to", "in contrast to", NULL};

/* Does clause k open with "which" going on about the whole of what came before ("which is why",
 * "which means")? */
static int says_why(const struct drill_ev *ev, size_t k)
{
    static const char *const why[] = {"which is why",   "which means", "which makes", "which leads",
                                      "which explains", "which gives", NULL};
    return opens_with(ev, k, -1, why);
}

/* Is [s, e) in a clause that only names what something is compared with, closed by a comma or
 * a colon ("unlike a random forest trained on bootstrap samples, ...") or after a word that opens
 * a clause of its own in it ("..., unlike a random forest where the trees are independent."), or in
 * one opening with "where", "which", "who" or "whose" right after such a clause ("unlike a random
 * forest, where the trees are trained independently")? What is said there is said of the other;
 * not so in "unlike k-means you don't need restarts", which goes on to say what the answer holds.
 * With subjects_only, the clause must name another subject ("unlike", "compared with", ...), not
 * another way of doing it ("instead of", "rather than"), in the first case as in the second. */
static int in_comparison(const struct drill_ev *ev, size_t s, size_t e, int subjects_only)
{
    static const char *const where[] = {"where", NULL};
    static const char *const relative[] = {"where", "which", "who", "whose", "that", NULL};
    static const char *const subjects[] = {"you", "we", "i", "it", "its", "they", "their", NULL};
    const char *t = ev->norm;
    size_t k = clause_of(ev, s);
    if (e > s && clause_of(ev, e - 1) != k)
        return 0; /* it runs on into what the sentence says: "instead of X, it does Y" */
    const struct clause *c = &ev->cl[k];
    if (subjects_only ? opens_with(ev, k, CL_OTHER, compared_subjects) : compared_only(ev, k)) {
        for (size_t i = c->s + 1; i < s; i++) {
            if (is_alnum((unsigned char)t[i - 1]))
                continue;
            if (past_word(t, s, i, relative, 0) != i)
                return 1;
            if (past_word(t, s, i, subjects, 0) != i)
                return 0; /* a subject of its own: "unlike k-means you don't need restarts" */
        }
        return c->e < ev->len && (t[c->e] == ',' || t[c->e] == ':');
    }
    /* after another subject named for the comparison (not another way of doing it: "instead of
     * mapping into a bigger space, which is why ..." goes on about the answer's own) */
    return k > 0 && ev->cl[k - 1].sentence == c->sentence &&
           opens_with(ev, k - 1, CL_OTHER, compared_subjects) &&
           ((relative_opens(ev, k) && !says_why(ev, k)) || opens_with(ev, k, -1, where));
}

static int judge(struct drill_ev *ev, const struct item *it, int misconception,
                 struct drill_ev_result *r, char *err, size_t errlen)
{
    memset(r, 0, sizeof *r);
    r->hit.alt = r->about.alt = r->contra.alt = r->contra_about.alt = r->rival_hit.alt = -1;
    r->rival = -1;
    /* statements that need no subject */
    for (size_t j = 0; j < it->npats[DRILL_EV_PATTERN] && r->state == DRILL_EV_MISSING; j++) {
        struct rx *x = &ev->rx[it->pats[DRILL_EV_PATTERN][j]];
        if (matches(ev, x, err, errlen) < 0)
            return -1;
        for (size_t k = 0; k < x->nm; k++) {
            if (!stands(ev, x, k, misconception)) {
                r->negated = 1;
                continue;
            }
            r->state = DRILL_EV_STATED;
            r->via = DRILL_EV_PATTERN;
            r->hit = hit_of((int)j, x->m[k]);
            break;
        }
    }
    /* a claim: what it says, unless a pattern stated it already, and what contradicts it; the
     * subject's and rivals' mentions only for those */
    int says = it->npats[DRILL_EV_SAYS] > 0 && r->state == DRILL_EV_MISSING;
    int contra = it->npats[DRILL_EV_SAYS] > 0 && it->npats[DRILL_EV_CONTRAST] > 0;
    if (says || contra) {
        if ((says && role_matches(ev, it, DRILL_EV_SAYS, err, errlen) < 0) ||
            (contra && role_matches(ev, it, DRILL_EV_CONTRAST, err, errlen) < 0))
            return -1;
        /* whose it is matters only for what was said */
        says = says && role_matched(ev, it, DRILL_EV_SAYS);
        contra = contra && role_matched(ev, it, DRILL_EV_CONTRAST);
    }
    if (says || contra) {
        if (role_matches(ev, it, DRILL_EV_SUBJECT, err, errlen) < 0 ||
            role_matches(ev, it, DRILL_EV_RIVAL, err, errlen) < 0)
            return -1;
        if (!collect_mentions(ev, it)) {
            snprintf(err, errlen, "out of memory");
            return -1;
        }
        for (size_t j = 0; j < it->npats[DRILL_EV_SAYS] && r->state == DRILL_EV_MISSING; j++) {
            const struct rx *x = &ev->rx[it->pats[DRILL_EV_SAYS][j]];
            for (size_t k = 0; k < x->nm; k++) {
                if (!stands(ev, x, k, misconception)) {
                    r->negated = 1;
                    continue;
                }
                long o = misconception ? misc_owner(ev, x->m[k].s, x->m[k].e)
                                       : owner(ev, x->m[k].s, x->m[k].e, 0);
                if (misconception ? own_near(ev, o, x->m[k].s) : is_own(ev, o)) {
                    r->state = DRILL_EV_STATED;
                    r->via = DRILL_EV_SAYS;
                    r->hit = hit_of((int)j, x->m[k]);
                    r->about = mention_hit(ev, o);
                    /* said of the subject after all: an earlier match said of a rival no longer
                     * counts */
                    r->rival = -1;
                    r->rival_hit.alt = -1;
                    break;
                }
                if (o >= 0 && r->rival < 0 && !(misconception && ev->mn[o].own)) {
                    r->rival = ev->mn[o].alt;
                    r->rival_hit = mention_hit(ev, o);
                    r->hit = hit_of((int)j, x->m[k]);
                }
            }
        }
        for (size_t j = 0; j < it->npats[DRILL_EV_CONTRAST] && !r->contra_via; j++) {
            const struct rx *x = &ev->rx[it->pats[DRILL_EV_CONTRAST][j]];
            for (size_t k = 0; k < x->nm; k++) {
                if (!stands(ev, x, k, 1))
                    continue;
                long o = owner(ev, x->m[k].s, x->m[k].e, 1);
                /* said in what only names what the subject is compared with, of no one or of a
                 * word there other than the thing compared: "unlike a GAN, which generates in
                 * one pass" says the one pass of the GAN */
                if (in_comparison(ev, x->m[k].s, x->m[k].e, 1) &&
                    (o == -1 || (o >= 0 && !set_aside(ev->norm, ev->mn[o].s) &&
                                 in_comparison(ev, ev->mn[o].s, ev->mn[o].e, 1))))
                    continue;
                if (is_own(ev, o)) {
                    r->contra_via = DRILL_EV_CONTRAST;
                    r->contra = hit_of((int)j, x->m[k]);
                    r->contra_about = mention_hit(ev, o);
                    break;
                }
            }
        }
    }
    for (size_t j = 0; j < it->npats[DRILL_EV_REVERSED] && !r->contra_via; j++) {
        struct rx *x = &ev->rx[it->pats[DRILL_EV_REVERSED][j]];
        if (matches(ev, x, err, errlen) < 0)
            return -1;
        for (size_t k = 0; k < x->nm; k++) {
            if (stands(ev, x, k, 1) && !in_comparison(ev, x->m[k].s, x->m[k].e, 0)) {
                r->contra_via = DRILL_EV_REVERSED;
                r->contra = hit_of((int)j, x->m[k]);
                r->contra_about.alt = -1;
                break;
            }
        }
    }
    if (r->contra_via)
        r->state = DRILL_EV_CONTRADICTED;
    return 0;
}

/* Works out the gate of item it: 0, or -1 when memory cannot be had. */
static int gate_of(struct drill_ev *ev, struct item *it)
{
    static const int says[] = {DRILL_EV_PATTERN, DRILL_EV_SAYS, DRILL_EV_CONTRAST,
                               DRILL_EV_REVERSED};
    size_t n = 0, cap = 0;
    size_t *g = NULL;
    for (size_t r = 0; r < sizeof says / sizeof *says; r++)
        for (size_t j = 0; j < it->npats[says[r]]; j++) {
            const struct rx *x = &ev->rx[it->pats[says[r]][j]];
            const uint32_t *l = rx_lits(ev, x);
            if (x->nlits == 0 || l[0] == NO_LITERAL) {
                drill_mem_free(g);
                g = NULL;
                n = NO_GATE;
                goto done;
            }
            /* every match holds a literal of each of its sets: the set whose shortest literal
             * is longest is the one an answer lacks most often */
            size_t best = 0, best_min = 0;
            for (size_t k = 0; k < x->nlits;) {
                size_t e = k, min = SIZE_MAX;
                for (; e < x->nlits && l[e] != NO_LITERAL; e++)
                    if (ev->litlen[l[e]] < min)
                        min = ev->litlen[l[e]];
                if (e > k && min > best_min) {
                    best = k;
                    best_min = min;
                }
                k = e + 1;
            }
            for (size_t k = best; k < x->nlits && l[k] != NO_LITERAL; k++) {
                size_t have = 0;
                while (have < n && g[have] != l[k])
                    have++;
                if (have < n)
                    continue; /* another regex of the item gates on it already */
                if (!grow((void **)&g, &cap, n + 1, sizeof *g)) {
                    drill_mem_free(g);
                    return -1;
                }
                g[n++] = l[k];
            }
        }
done:
    drill_mem_free(it->gate);
    it->gate = g;
    it->ngate = n;
    it->gate_known = 1;
    return 0;
}

/* Can item it have anything to say of the answer: does it hold one of its gate's literals, and
 * then, for one of its regexes, a literal of each of its sets? A regex holds one of each set
 * wherever it matches. */
static int may_say(struct drill_ev *ev, struct item *it)
{
    static const int says[] = {DRILL_EV_PATTERN, DRILL_EV_SAYS, DRILL_EV_CONTRAST,
                               DRILL_EV_REVERSED};
    if (!ev->filter || it->ngate == NO_GATE)
        return 1;
    size_t i = 0;
    while (i < it->ngate && !lit_present(ev, it->gate[i]))
        i++;
    if (i == it->ngate)
        return 0;
    /* a literal of the gate is there: the item says something only if one of its regexes
     * finds a literal of each of its sets (as matches asks before it runs one) */
    for (size_t r = 0; r < sizeof says / sizeof *says; r++)
        for (size_t j = 0; j < it->npats[says[r]]; j++)
            if (every_set(ev, &ev->rx[it->pats[says[r]][j]], lit_anywhere, 0, 0))
                return 1;
    return 0;
}

static void blank_item(struct drill_ev *ev, struct item *it, struct drill_ev_result *r);

/* Judges item it, or, when it can have nothing to say, finds it missing as judge would. */
static int judge_gated(struct drill_ev *ev, struct item *it, int misconception,
                       struct drill_ev_result *r, char *err, size_t errlen)
{
    if (!it->gate_known && gate_of(ev, it) < 0) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    if (may_say(ev, it)) {
        it->blank = 0;
        return judge(ev, it, misconception, r, err, errlen);
    }
    blank_item(ev, it, r);
    return 0;
}

/* Finds item it missing, as judge would when it has nothing to say. */
static void blank_result(struct item *it, struct drill_ev_result *r)
{
    if (!it->blank) { /* most items of most answers: written once, not for each */
        memset(r, 0, sizeof *r);
        r->hit.alt = r->about.alt = r->contra.alt = r->contra_about.alt = r->rival_hit.alt = -1;
        r->rival = -1;
        it->blank = 1;
    }
}

static void blank_item(struct drill_ev *ev, struct item *it, struct drill_ev_result *r)
{
    blank_result(it, r);
    ev->skipped += it->npats[DRILL_EV_PATTERN]; /* each would have been skipped */
}

/* The 64-bit words of a set of n items, a bit each. */
static size_t item_words(size_t n)
{
    return (n + 63) / 64;
}

/* Lists of fewer items are judged item by item: an index would cost more than it saves. */
#define GIDX_MIN_ITEMS 64
/* How many answers are read, their windows counted, before the index is built. */
#define GIDX_SAMPLE 32

/* Counts the windows of the answer indexed (tri) towards ev->gidx_freq: 0, or -1 when memory
 * cannot be had (then the first windows serve). */
static int count_windows(struct drill_ev *ev)
{
    if (!ev->gidx_freq && !(ev->gidx_freq = drill_mem_calloc(TRI_BITS, sizeof *ev->gidx_freq)))
        return -1;
    for (size_t w = 0; w < TRI_BITS / 64; w++)
        for (unsigned long long bits = tri[w]; bits; bits &= bits - 1)
            ev->gidx_freq[w * 64 + (size_t)__builtin_ctzll(bits)]++;
    ev->gidx_seen_answers++;
    return 0;
}

/* The window of literal li the answers read so far held least often (its first without a
 * count): every window of a literal in the answer is in it, so any one of them files it. */
static unsigned filed_window(const struct drill_ev *ev, size_t li)
{
    size_t n = ev->litlen[li], nw = n - 2;
    const uint16_t *w = windows_of(lit(ev, li), n);
    size_t best = 0;
    for (size_t k = 1; ev->gidx_freq && k < nw; k++)
        if (ev->gidx_freq[w[k]] < ev->gidx_freq[w[best]])
            best = k;
    return w[best];
}

/* Whether item it is judged whatever the answer holds: it has no gate, or a gate literal too
 * short to have a window (taken to be there). */
static int ungated(const struct drill_ev *ev, const struct item *it)
{
    if (it->ngate == NO_GATE)
        return 1;
    for (size_t j = 0; j < it->ngate; j++)
        if (ev->litlen[it->gate[j]] < 3)
            return 1;
    return 0;
}

/* Builds ev's item index when it has a long list of items and has none: 1 when there is one,
 * 0 when there is none (a short list, answers still being sampled, or out of memory: the
 * items are then judged one by one, as ever). */
static int item_index(struct drill_ev *ev)
{
    size_t n = ev->nitems[0] + ev->nitems[1];
    if (ev->gidx_built)
        return ev->gidx_built > 0;
    if (n < GIDX_MIN_ITEMS || n >= UINT32_MAX)
        return 0;
    if (ev->gidx_seen_answers < GIDX_SAMPLE) {
        if (count_windows(ev) == 0)
            return 0;
        ev->gidx_seen_answers = GIDX_SAMPLE;
    }
    drill_mem_free(ev->gidx_off);
    drill_mem_free(ev->gidx_items);
    drill_mem_free(ev->gidx_always);
    drill_mem_free(ev->gidx_mark);
    drill_mem_free(ev->gidx_filed);
    drill_mem_free(ev->gidx_list);
    drill_mem_free(ev->gidx_live);
    ev->gidx_off = drill_mem_calloc(TRI_BITS + 1, sizeof *ev->gidx_off);
    ev->gidx_always = drill_mem_calloc(item_words(n), sizeof *ev->gidx_always);
    ev->gidx_mark = drill_mem_calloc(item_words(n), sizeof *ev->gidx_mark);
    ev->gidx_filed = drill_mem_calloc(TRI_BITS / 64, sizeof *ev->gidx_filed);
    ev->gidx_list = drill_mem_malloc(n * sizeof *ev->gidx_list);
    ev->gidx_live = drill_mem_malloc(n * sizeof *ev->gidx_live);
    ev->gidx_items = NULL;
    ev->gidx_nlive = ev->gidx_pats = 0;
    ev->gidx_built = -1;   /* till it is whole */
    uint32_t *next = NULL; /* while the items are placed: each window's next place */
    if (!ev->gidx_off || !ev->gidx_always || !ev->gidx_mark || !ev->gidx_filed || !ev->gidx_list ||
        !ev->gidx_live)
        return 0;
    /* twice over the items: count each window's items, then place them */
    for (int pass = 0; pass < 2; pass++) {
        for (int k = 0; k < 2; k++)
            for (size_t i = 0; i < ev->nitems[k]; i++) {
                struct item *it = &ev->items[k][i];
                size_t g = k ? ev->nitems[0] + i : i;
                if (!it->gate_known && gate_of(ev, it) < 0) {
                    drill_mem_free(next);
                    return 0;
                }
                if (pass == 0) {
                    ev->gidx_pats += it->npats[DRILL_EV_PATTERN];
                    if (!it->blank) /* judged by an answer before the index */
                        ev->gidx_live[ev->gidx_nlive++] = (uint32_t)g;
                }
                if (ungated(ev, it)) {
                    ev->gidx_always[g / 64] |= 1ull << (g % 64);
                    continue;
                }
                for (size_t j = 0; j < it->ngate; j++) {
                    unsigned h = filed_window(ev, it->gate[j]);
                    if (pass == 0)
                        ev->gidx_off[h + 1]++;
                    else
                        ev->gidx_items[next[h]++] = (uint32_t)g;
                }
            }
        if (pass == 0) {
            for (size_t h = 0; h < TRI_BITS; h++)
                ev->gidx_off[h + 1] += ev->gidx_off[h];
            size_t total = ev->gidx_off[TRI_BITS];
            ev->gidx_items = drill_mem_malloc((total ? total : 1) * sizeof *ev->gidx_items);
            next = drill_mem_malloc(TRI_BITS * sizeof *next);
            if (!ev->gidx_items || !next) {
                drill_mem_free(next);
                return 0;
            }
            memcpy(next, ev->gidx_off, TRI_BITS * sizeof *next);
        }
    }
    drill_mem_free(next);
    drill_mem_free(ev->gidx_freq);
    ev->gidx_freq = NULL;
    for (size_t h = 0; h < TRI_BITS; h++)
        if (ev->gidx_off[h + 1] > ev->gidx_off[h])
            ev->gidx_filed[h / 64] |= 1ull << (h % 64);
    ev->gidx_built = 1;
    return 1;
}

/* Marks every item of ev's index with a gate literal filed under a window of the answer
 * indexed (tri), and those judged whatever the answer holds, and lists them in their order: the
 * items to judge. */
static void mark_items(struct drill_ev *ev)
{
    size_t words = item_words(ev->nitems[0] + ev->nitems[1]);
    memcpy(ev->gidx_mark, ev->gidx_always, words * sizeof *ev->gidx_mark);
    for (size_t w = 0; w < TRI_BITS / 64; w++)
        for (unsigned long long bits = tri[w] & ev->gidx_filed[w]; bits; bits &= bits - 1) {
            size_t h = w * 64 + (size_t)__builtin_ctzll(bits);
            for (uint32_t e = ev->gidx_off[h]; e < ev->gidx_off[h + 1]; e++) {
                uint32_t g = ev->gidx_items[e];
                ev->gidx_mark[g / 64] |= 1ull << (g % 64);
            }
        }
    size_t n = 0;
    for (size_t w = 0; w < words; w++)
        for (unsigned long long bits = ev->gidx_mark[w]; bits; bits &= bits - 1)
            ev->gidx_list[n++] = (uint32_t)(w * 64 + (size_t)__builtin_ctzll(bits));
    ev->gidx_nlist = n;
}

/* Judges the items ev's index lists for the answer (mark_items), and finds the others
 * missing without a look, as judge_gated would: none of their gate's literals can be there. */
static int judge_listed(struct drill_ev *ev, char *err, size_t errlen)
{
    size_t n0 = ev->nitems[0], pats = 0;
    mark_items(ev);
    /* what an item judged before has to say no longer holds when it is not listed now */
    for (size_t j = 0; j < ev->gidx_nlive; j++) {
        uint32_t g = ev->gidx_live[j];
        if (!((ev->gidx_mark[g / 64] >> (g % 64)) & 1)) {
            int k = g >= n0;
            size_t i = k ? g - n0 : g;
            blank_result(&ev->items[k][i], &ev->res[k][i]);
        }
    }
    ev->gidx_nlive = 0;
    for (size_t j = 0; j < ev->gidx_nlist; j++) {
        uint32_t g = ev->gidx_list[j];
        int k = g >= n0;
        size_t i = k ? g - n0 : g;
        struct item *it = &ev->items[k][i];
        pats += it->npats[DRILL_EV_PATTERN];
        if (judge_gated(ev, it, k, &ev->res[k][i], err, errlen) < 0)
            return -1;
        if (!it->blank)
            ev->gidx_live[ev->gidx_nlive++] = g;
    }
    ev->skipped += ev->gidx_pats - pats; /* each would have been skipped */
    return 0;
}

/* Judges every item against the answer prepared in ev. */
static int judge_all(struct drill_ev *ev, char *err, size_t errlen)
{
    /* what lit_present finds of a literal it also makes known of where it is last */
    if (ev->nlits)
        memset(ev->present, PRESENT_UNKNOWN, ev->nlits);
    if (ev->nrx)
        memset(ev->rxdone, 0, ev->nrx);
    ev->ran = ev->skipped = ev->tries = 0;
    ev->nstops = -1;
    if (ev->filter && item_index(ev) > 0)
        return judge_listed(ev, err, errlen);
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; i < ev->nitems[k]; i++)
            if (judge_gated(ev, &ev->items[k][i], k, &ev->res[k][i], err, errlen) < 0)
                return -1;
    /* an answer read with the filter off, once the index is built: the items with something
     * to say, listed anew for the next answer judge_listed reads */
    if (ev->gidx_built > 0) {
        ev->gidx_nlive = 0;
        for (int k = 0; k < 2; k++)
            for (size_t i = 0; i < ev->nitems[k]; i++)
                if (!ev->items[k][i].blank)
                    ev->gidx_live[ev->gidx_nlive++] = (uint32_t)(k ? ev->nitems[0] + i : i);
    }
    return 0;
}

/* Cuts an array of *cap elements of `size` bytes, grown by doubling, to the n it holds; one
 * that cannot be cut stays as it was. Its capacity is then n either way: the block is at least
 * that. */
static void cut(void **p, size_t *cap, size_t n, size_t size)
{
    if (n && *cap > n) {
        void *q = drill_mem_realloc(*p, n * size);
        if (q)
            *p = q;
    }
    if (n)
        *cap = n;
}

/* Cuts the arrays a rubric grew by doubling while it was read to what they hold, once: a worker
 * holds thousands of regexes and their literals in hundreds of rubrics. The four arrays of
 * literals share caplits, and each is cut alone: caplits is at most the size of each after. */
static void fit(struct drill_ev *ev)
{
    if (ev->fitted)
        return;
    ev->fitted = 1;
    drill_mem_free(ev->rxmap); /* wanted while patterns are added, and they are no more */
    ev->rxmap = NULL;
    ev->rxmapcap = 0;
    cut((void **)&ev->rx, &ev->caprx, ev->nrx, sizeof *ev->rx);
    cut((void **)&ev->rxdone, &ev->caprxdone, ev->nrx, 1);
    cut((void **)&ev->rxlit, &ev->caprxlit, ev->nrxlit, sizeof *ev->rxlit);
    cut((void **)&ev->litpool, &ev->caplitpool, ev->nlitpool, 1);
    size_t cap = ev->caplits;
    cut((void **)&ev->litoff, &cap, ev->nlits, sizeof *ev->litoff);
    cap = ev->caplits;
    cut((void **)&ev->litlen, &cap, ev->nlits, sizeof *ev->litlen);
    cap = ev->caplits;
    cut((void **)&ev->present, &cap, ev->nlits, sizeof *ev->present);
    cut((void **)&ev->last, &ev->caplits, ev->nlits, sizeof *ev->last);
}

int drill_ev_run(struct drill_ev *ev, const char *text, size_t len, char *err, size_t errlen)
{
    fit(ev);
    ev->read = 0;
    if (!prepare(ev, text, len) || !segment(ev)) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    if (!index_windows(ev->lower, ev->len)) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    ev->in_hash = drill_text_hash(text, len);
    ev->in_len = len;
    ev->gen = tri_gen;
    ev->read = 1;
    return judge_all(ev, err, errlen);
}

int drill_ev_run_like(struct drill_ev *ev, const struct drill_ev *from, const char *text,
                      size_t len, char *err, size_t errlen)
{
    if (!from || from == ev || !from->read || from->in_len != len ||
        from->in_hash != drill_text_hash(text, len))
        return drill_ev_run(ev, text, len, err, errlen);
    fit(ev);
    ev->read = 0;
    if (!make_room(ev, len)) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    memcpy(ev->norm, from->norm, from->len + 1);
    memcpy(ev->lower, from->lower, from->len + 1);
    ev->len = from->len;
    ev->filter = from->filter;
    ev->ascii = from->ascii;
    if (!grow((void **)&ev->cl, &ev->capcl, from->ncl, sizeof *ev->cl)) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    if (from->ncl)
        memcpy(ev->cl, from->cl, from->ncl * sizeof *ev->cl);
    ev->ncl = from->ncl;
    if (from->gen != tri_gen && !index_windows(ev->lower, ev->len)) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    ev->in_hash = from->in_hash;
    ev->in_len = len;
    ev->gen = tri_gen;
    ev->read = 1;
    return judge_all(ev, err, errlen);
}

/* ----------------------------------------------------------- own words */

struct stemslot {
    uint64_t h;
    char *from, *to;
    size_t flen, tlen;
};

struct drill_stemmap {
    struct stemslot *slot;
    size_t cap, n; /* cap a power of two, at most half full */
};

struct drill_stemmap *drill_stemmap_new(void)
{
    return drill_mem_calloc(1, sizeof(struct drill_stemmap));
}

void drill_stemmap_free(struct drill_stemmap *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->cap; i++) {
        drill_mem_free(m->slot[i].from);
        drill_mem_free(m->slot[i].to);
    }
    drill_mem_free(m->slot);
    drill_mem_free(m);
}

static struct stemslot *stemmap_find(const struct drill_stemmap *m, uint64_t h, const char *s,
                                     size_t n)
{
    if (!m->cap)
        return NULL;
    for (size_t i = (size_t)h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        struct stemslot *x = &m->slot[i];
        if (!x->from)
            return x;
        if (x->h == h && x->flen == n && memcmp(x->from, s, n) == 0)
            return x;
    }
}

int drill_stemmap_put(struct drill_stemmap *m, const char *from, const char *to)
{
    if (2 * (m->n + 1) > m->cap) {
        size_t cap = m->cap ? 2 * m->cap : 64;
        struct stemslot *old = m->slot;
        size_t oldcap = m->cap;
        m->slot = drill_mem_calloc(cap, sizeof *m->slot);
        if (!m->slot) {
            m->slot = old;
            return -1;
        }
        m->cap = cap;
        for (size_t i = 0; i < oldcap; i++)
            if (old[i].from)
                *stemmap_find(m, old[i].h, old[i].from, old[i].flen) = old[i];
        drill_mem_free(old);
    }
    size_t n = strlen(from);
    uint64_t h = drill_text_hash(from, n);
    struct stemslot *x = stemmap_find(m, h, from, n);
    if (x->from)
        return 0;
    char *f = drill_mem_strdup(from), *t = drill_mem_strdup(to);
    if (!f || !t) {
        drill_mem_free(f);
        drill_mem_free(t);
        return -1;
    }
    *x = (struct stemslot){h, f, t, n, strlen(to)};
    m->n++;
    return 0;
}

const char *drill_stemmap_get(const struct drill_stemmap *m, const char *s, size_t n,
                              size_t *outlen)
{
    struct stemslot *x = m ? stemmap_find(m, drill_text_hash(s, n), s, n) : NULL;
    if (x && x->from) {
        *outlen = x->tlen;
        return x->to;
    }
    *outlen = n;
    return s;
}

static void own_target_clear(struct own_target *t)
{
    for (size_t j = 0; j < t->nwant; j++)
        drill_mem_free(t->w[j]);
    for (size_t j = 0; j < t->np; j++)
        drill_mem_free(t->p[j]);
    drill_mem_free(t->w);
    drill_mem_free(t->p);
    drill_mem_free(t->wh);
    drill_mem_free(t->ph);
    drill_mem_free(t->pof);
    memset(t, 0, sizeof *t);
}

int drill_ev_own_target(struct drill_ev *ev, size_t i, const char *const *want, size_t nwant,
                        const char *const *partners, const size_t *partner_of, size_t npartners)
{
    if (i >= ev->nown) {
        struct own_target *o = drill_mem_realloc(ev->own, (i + 1) * sizeof *o);
        if (!o)
            return -1;
        memset(o + ev->nown, 0, (i + 1 - ev->nown) * sizeof *o);
        ev->own = o;
        ev->nown = i + 1;
    }
    struct own_target *t = &ev->own[i];
    own_target_clear(t);
    size_t nw = nwant ? nwant : 1, np = npartners ? npartners : 1;
    t->w = drill_mem_calloc(nw, sizeof *t->w);
    t->wh = drill_mem_calloc(nw, sizeof *t->wh);
    t->p = drill_mem_calloc(np, sizeof *t->p);
    t->ph = drill_mem_calloc(np, sizeof *t->ph);
    t->pof = drill_mem_calloc(np, sizeof *t->pof);
    if (!t->w || !t->wh || !t->p || !t->ph || !t->pof) {
        own_target_clear(t);
        return -1;
    }
    for (size_t j = 0; j < nwant; j++, t->nwant++) {
        if (!(t->w[j] = drill_mem_strdup(want[j]))) {
            own_target_clear(t);
            return -1;
        }
        t->wh[j] = drill_text_hash(want[j], strlen(want[j]));
    }
    for (size_t j = 0; j < npartners; j++, t->np++) {
        if (!(t->p[j] = drill_mem_strdup(partners[j]))) {
            own_target_clear(t);
            return -1;
        }
        t->ph[j] = drill_text_hash(partners[j], strlen(partners[j]));
        t->pof[j] = partner_of[j];
    }
    return 0;
}

static int term_cmp(const void *a, const void *b)
{
    const struct own_term *x = a, *y = b;
    return (x->h > y->h) - (x->h < y->h);
}

/* Does sentence `st` hold the stem s (hash h)? */
static int own_has(const struct drill_ev *ev, const struct own_sent *st, uint64_t h, const char *s)
{
    size_t lo = st->first, hi = st->first + st->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ev->ot[mid].h < h)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t n = strlen(s);
    for (; lo < st->first + st->n && ev->ot[lo].h == h; lo++)
        if (ev->ot[lo].len == n && memcmp(ev->opool + ev->ot[lo].off, s, n) == 0)
            return 1;
    return 0;
}

/* The sentences of t[0..len) as sets of stems read through `map`. */
static int own_read(struct drill_ev *ev, const char *t, size_t len, const struct drill_stemmap *map)
{
    ev->own_ready = 0;
    ev->nos = ev->nterms = ev->npool = 0;
    size_t s = 0;
    while (s < len) {
        size_t e = s;
        while (e < len && !memchr(".!?;\n\x1f", t[e], 6))
            e++;
        int any = 0;
        for (size_t k = s; k < e && !any; k++)
            any = !memchr(" \t\n\v\f\r", t[k], 6);
        if (any) {
            if (!grow((void **)&ev->os, &ev->capos, ev->nos + 1, sizeof *ev->os) ||
                !grow((void **)&ev->oscratch, &ev->capscratch, e - s + 8, 1))
                return -1;
            struct own_sent *st = &ev->os[ev->nos++];
            st->s = s, st->e = e, st->first = ev->nterms, st->n = 0;
            size_t nl = drill_text_normalize(t + s, e - s, ev->oscratch, DRILL_NORM_LOWER);
            size_t pos = 0;
            struct drill_sim_token tok;
            while (drill_sim_next_token(ev->oscratch, nl, &pos, &tok)) {
                size_t ml;
                const char *m = drill_stemmap_get(map, tok.stem, tok.stemlen, &ml);
                if (!grow((void **)&ev->ot, &ev->capterms, ev->nterms + 1, sizeof *ev->ot) ||
                    !grow((void **)&ev->opool, &ev->cappool, ev->npool + ml + 1, 1))
                    return -1;
                memcpy(ev->opool + ev->npool, m, ml);
                ev->opool[ev->npool + ml] = '\0';
                ev->ot[ev->nterms++] = (struct own_term){drill_text_hash(m, ml), ev->npool, ml};
                ev->npool += ml + 1;
            }
            st->n = ev->nterms - st->first;
            if (st->n > 1)
                qsort(ev->ot + st->first, st->n, sizeof *ev->ot, term_cmp);
        }
        s = e + 1;
    }
    ev->own_ready = 1;
    ev->own_map = map;
    return 0;
}

int drill_ev_own(struct drill_ev *ev, size_t i, const char *text, size_t len,
                 const struct drill_stemmap *map, size_t min, double share,
                 struct drill_ev_hit *out)
{
    return drill_ev_own_again(ev, i, text, len, map, min, share, 0, out);
}

int drill_ev_own_wanted(const struct drill_ev *ev, size_t i, size_t min)
{
    return i < ev->nown && ev->own[i].nwant >= min && ev->own[i].nwant > 0;
}

int drill_ev_own_again(struct drill_ev *ev, size_t i, const char *text, size_t len,
                       const struct drill_stemmap *map, size_t min, double share, int same,
                       struct drill_ev_hit *out)
{
    if (!drill_ev_own_wanted(ev, i, min))
        return 0;
    int known = same && ev->own_ready && ev->own_map == map && ev->own_len == len;
    uint64_t h = known ? ev->own_hash : drill_text_hash(text, len);
    if (!ev->own_ready || ev->own_map != map || ev->own_hash != h || ev->own_len != len) {
        if (own_read(ev, text, len, map) < 0)
            return -1;
        ev->own_hash = h;
        ev->own_len = len;
    }
    const struct own_target *t = &ev->own[i];
    /* the fewest stems a sentence says it with: a sentence that can no longer have them, or
     * that says a stem swapped for a wanted one, is left at once; a share no sentence can
     * reach (over 1, or not a number) finds none */
    double want = share * (double)t->nwant;
    if (!(want <= (double)t->nwant))
        return 0;
    size_t need = min;
    while ((double)need < want)
        need++;
    for (size_t k = 0; k < ev->nos; k++) {
        const struct own_sent *st = &ev->os[k];
        size_t got = 0;
        int swapped = 0;
        for (size_t j = 0; j < t->nwant && !swapped && got + (t->nwant - j) >= need; j++) {
            if (own_has(ev, st, t->wh[j], t->w[j])) {
                got++;
                continue;
            }
            for (size_t q = 0; q < t->np && !swapped; q++)
                if (t->pof[q] == j && own_has(ev, st, t->ph[q], t->p[q]))
                    swapped = 1;
        }
        if (!swapped && got >= need) {
            *out = (struct drill_ev_hit){0, st->s, st->e};
            return 1;
        }
    }
    return 0;
}
