#define _GNU_SOURCE /* memmem */
#include "rxsrc.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "text.h"

/* ------------------------------------------------------------------ buffers */

struct buf {
    char *p;
    size_t n, cap;
    int oom;
};

static void put(struct buf *b, const char *s, size_t n)
{
    if (b->oom)
        return;
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *q = drill_mem_realloc(b->p, cap);
        if (!q) {
            b->oom = 1;
            return;
        }
        b->p = q;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static void puts_(struct buf *b, const char *s)
{
    put(b, s, strlen(s));
}

static int list_add(struct drill_rx_list *l, const char *s, size_t n)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 4;
        char **items = drill_mem_realloc(l->items, cap * sizeof *items);
        if (!items)
            return -1;
        l->items = items;
        l->cap = cap;
    }
    char *c = drill_mem_malloc(n + 1);
    if (!c)
        return -1;
    memcpy(c, s, n);
    c[n] = '\0';
    l->items[l->n++] = c;
    return 0;
}

void drill_rx_free_list(struct drill_rx_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        drill_mem_free(l->items[i]);
    drill_mem_free(l->items);
    l->items = NULL;
    l->n = l->cap = 0;
}

/* ------------------------------------------------------------------ tokens */

enum { T_LIT, T_RAW, T_OPEN, T_CLOSE, T_BAR, T_QUANT };

struct tok {
    int kind;
    const char *p; /* the token's text in the source (for T_LIT: the literal character) */
    size_t n;
    int w;     /* T_LIT: an ASCII letter or digit */
    int zero;  /* T_RAW: zero-width (\b, ^, (?i)) */
    int look;  /* T_OPEN: a lookaround */
    int min;   /* T_QUANT: the least repeat count */
    int bword; /* T_RAW: \b */
};

static int is_w(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static int is_meta(char c)
{
    return c && strchr("^$().[]*+?{}|\\", c) != NULL;
}

static char lc(char c)
{
    return (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

static size_t seqlen(unsigned char c)
{
    return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

/* Tokens of `src`; 0 with *ntoks set, 1 when the pattern uses syntax this
 * reader leaves alone, -1 out of memory. */
static int tokenize(const char *s, size_t n, struct tok **out, size_t *ntoks)
{
    struct tok *t = drill_mem_malloc((n + 1) * sizeof *t);
    if (!t)
        return -1;
    size_t k = 0, i = 0;
    while (i < n) {
        struct tok x = {0};
        char c = s[i];
        if (c == '\\') {
            if (i + 1 >= n)
                goto leave;
            char d = s[i + 1];
            if ((d >= 0x21 && d <= 0x2F) || (d >= 0x3A && d <= 0x40) || (d >= 0x5B && d <= 0x60) ||
                (d >= 0x7B && d <= 0x7E) || d == ' ') {
                x = (struct tok){.kind = T_LIT, .p = s + i + 1, .n = 1};
                i += 2;
            } else if (d == 'Q' || d == 'E') {
                goto leave;
            } else if (strchr("pPxNgko", d) && i + 2 < n && s[i + 2] == '{') {
                const char *e = memchr(s + i + 3, '}', n - i - 3);
                if (!e)
                    goto leave;
                x = (struct tok){.kind = T_RAW, .p = s + i, .n = (size_t)(e - (s + i)) + 1};
                i += x.n;
            } else if ((d == 'g' || d == 'k') && i + 2 < n &&
                       (s[i + 2] == '<' || s[i + 2] == '\'')) {
                /* a named reference or subroutine call: \k<name>, \g'name' */
                char close = s[i + 2] == '<' ? '>' : '\'';
                const char *e = memchr(s + i + 3, close, n - i - 3);
                if (!e)
                    goto leave;
                x = (struct tok){.kind = T_RAW, .p = s + i, .n = (size_t)(e - (s + i)) + 1};
                i += x.n;
            } else {
                size_t m = 2;
                if (d == 'x')
                    while (m < 4 && i + m < n && strchr("0123456789abcdefABCDEF", s[i + m]))
                        m++;
                else if (d >= '0' && d <= '9')
                    while (i + m < n && s[i + m] >= '0' && s[i + m] <= '9')
                        m++;
                else if (d == 'g') {
                    /* \g1, \g-1, \g+1: a reference by number */
                    if (i + m < n && (s[i + m] == '-' || s[i + m] == '+'))
                        m++;
                    while (i + m < n && s[i + m] >= '0' && s[i + m] <= '9')
                        m++;
                } else if ((d == 'p' || d == 'P') && i + 2 < n)
                    m = 3; /* a one-letter property: \pL, \PP */
                else if (d == 'c' && i + 2 < n)
                    m = 3;
                /* \K takes no width either: it only moves where the match is said to begin, and
                 * what comes before it is still in the answer, read from where the try began */
                int zero = strchr("bBAzZGK", d) != NULL;
                x = (struct tok){
                    .kind = T_RAW, .p = s + i, .n = m, .zero = zero, .bword = d == 'b'};
                i += m;
            }
        } else if (c == '[') {
            size_t j = i + 1;
            if (j < n && s[j] == '^')
                j++;
            if (j < n && s[j] == ']')
                j++;
            while (j < n && s[j] != ']') {
                if (s[j] == '\\')
                    j += 2;
                else if (s[j] == '[' && j + 1 < n && s[j + 1] == ':') {
                    const char *e = NULL;
                    for (size_t q = j + 2; q + 1 < n && !e; q++)
                        if (s[q] == ':' && s[q + 1] == ']')
                            e = s + q;
                    j = e ? (size_t)(e - s) + 2 : j + 1;
                } else
                    j++;
            }
            if (j >= n)
                goto leave;
            x = (struct tok){.kind = T_RAW, .p = s + i, .n = j - i + 1};
            i = j + 1;
        } else if (c == '(') {
            size_t m = 1;
            int look = 0;
            if (i + 1 < n && s[i + 1] == '?') {
                char d = i + 2 < n ? s[i + 2] : 0;
                if (d && strchr(":=!>|", d)) {
                    m = 3;
                    look = d == '=' || d == '!';
                } else if (d == '<' && i + 3 < n && (s[i + 3] == '=' || s[i + 3] == '!')) {
                    m = 4;
                    look = 1;
                } else if (d == '<' || d == 'P' || d == '\'') {
                    size_t j = i + 3;
                    while (j < n && s[j] != '>' && s[j] != '\'')
                        j++;
                    if (j >= n)
                        goto leave;
                    m = j - i + 1;
                } else {
                    /* inline options: (?i) (?-i) (?^) */
                    size_t j = i + 2;
                    while (j < n && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') ||
                                     s[j] == '-' || s[j] == '^'))
                        j++;
                    if (j >= n || s[j] != ')' || memchr(s + i, 'x', j - i))
                        goto leave;
                    x = (struct tok){.kind = T_RAW, .p = s + i, .n = j - i + 1, .zero = 1};
                    i = j + 1;
                    t[k++] = x;
                    continue;
                }
            } else if (i + 1 < n && s[i + 1] == '*') {
                goto leave;
            }
            x = (struct tok){.kind = T_OPEN, .p = s + i, .n = m, .look = look};
            i += m;
        } else if (c == ')') {
            x = (struct tok){.kind = T_CLOSE, .p = s + i, .n = 1};
            i++;
        } else if (c == '|') {
            x = (struct tok){.kind = T_BAR, .p = s + i, .n = 1};
            i++;
        } else if (c == '?' || c == '*' || c == '+') {
            size_t m = 1;
            if (i + 1 < n && (s[i + 1] == '?' || s[i + 1] == '+'))
                m = 2;
            x = (struct tok){.kind = T_QUANT, .p = s + i, .n = m, .min = c == '+'};
            i += m;
        } else if (c == '{') {
            size_t j = i + 1;
            int lo = 0, digits = 0;
            while (j < n && s[j] >= '0' && s[j] <= '9') {
                lo = lo * 10 + (s[j] - '0');
                if (lo > 100000)
                    lo = 100000;
                j++;
                digits++;
            }
            int ok = digits > 0;
            if (ok && j < n && s[j] == ',') {
                j++;
                while (j < n && s[j] >= '0' && s[j] <= '9')
                    j++;
            }
            if (ok && j < n && s[j] == '}') {
                size_t m = j - i + 1;
                if (j + 1 < n && (s[j + 1] == '?' || s[j + 1] == '+'))
                    m++;
                x = (struct tok){.kind = T_QUANT, .p = s + i, .n = m, .min = lo};
                i += m;
            } else {
                x = (struct tok){.kind = T_LIT, .p = s + i, .n = 1};
                i++;
            }
        } else if (c == '.') {
            x = (struct tok){.kind = T_RAW, .p = s + i, .n = 1};
            i++;
        } else if (c == '^' || c == '$') {
            x = (struct tok){.kind = T_RAW, .p = s + i, .n = 1, .zero = 1};
            i++;
        } else {
            size_t m = seqlen((unsigned char)c);
            if (i + m > n)
                m = n - i;
            x = (struct tok){
                .kind = T_LIT, .p = s + i, .n = m, .w = m == 1 && is_w((unsigned char)c)};
            i += m;
        }
        t[k++] = x;
    }
    *out = t;
    *ntoks = k;
    return 0;
leave:
    drill_mem_free(t);
    return 1;
}

static int tw(const struct tok *t, size_t n, size_t i)
{
    return i < n && t[i].kind == T_LIT && t[i].w;
}

static void render_tok(struct buf *b, const struct tok *t)
{
    if (t->kind == T_LIT && t->n == 1 && is_meta(t->p[0]))
        put(b, "\\", 1);
    put(b, t->p, t->n);
}

/* ----------------------------------------------------------------- phrases */

struct phrase {
    char *text;
    size_t n;
    size_t *groups; /* thesaurus: the groups it is in */
    size_t ngroups;
    char *alt; /* thesaurus: what widening puts in its place, made on first use */
    size_t altlen;
    char *partner; /* swaps: what it is swapped with */
};

/* A set of phrases, found by their key: the first word, or the first
 * character when the phrase opens with a symbol. */
struct slot {
    char *key;
    struct phrase **list; /* longest first */
    size_t n;
};

struct pset {
    struct slot *slots;
    size_t cap, used;
    struct phrase **all;
    size_t nall;
};

struct drill_lexicon {
    struct pset th, sw;
    char ***groups; /* members of each thesaurus group */
    size_t *gsize;
    size_t ngroups;
    char *text; /* every group and swap added, in order (drill_lexicon_text) */
    size_t tlen, tcap;
};

static uint64_t hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

static size_t key_len(const char *p, size_t n)
{
    size_t k = 0;
    while (k < n && is_w((unsigned char)p[k]))
        k++;
    if (k == 0)
        k = seqlen((unsigned char)p[0]) <= n ? seqlen((unsigned char)p[0]) : n;
    return k;
}

static struct slot *find_slot(const struct pset *ps, const char *key, size_t n)
{
    if (!ps->cap)
        return NULL;
    size_t i = hash(key, n) & (ps->cap - 1);
    while (ps->slots[i].key) {
        if (strlen(ps->slots[i].key) == n && memcmp(ps->slots[i].key, key, n) == 0)
            return &ps->slots[i];
        i = (i + 1) & (ps->cap - 1);
    }
    return NULL;
}

static int grow_set(struct pset *ps)
{
    size_t cap = ps->cap ? ps->cap * 2 : 256;
    struct slot *s = drill_mem_calloc(cap, sizeof *s);
    if (!s)
        return -1;
    for (size_t i = 0; i < ps->cap; i++) {
        if (!ps->slots[i].key)
            continue;
        size_t j = hash(ps->slots[i].key, strlen(ps->slots[i].key)) & (cap - 1);
        while (s[j].key)
            j = (j + 1) & (cap - 1);
        s[j] = ps->slots[i];
    }
    drill_mem_free(ps->slots);
    ps->slots = s;
    ps->cap = cap;
    return 0;
}

/* The phrase `text` of the set, added when new. */
static struct phrase *intern(struct pset *ps, const char *text)
{
    size_t n = strlen(text), kn = key_len(text, n);
    struct slot *sl = find_slot(ps, text, kn); /* a phrase is in its key's slot */
    for (size_t i = 0; sl && i < sl->n; i++)
        if (sl->list[i]->n == n && memcmp(sl->list[i]->text, text, n) == 0)
            return sl->list[i];
    struct phrase *ph = drill_mem_calloc(1, sizeof *ph);
    struct phrase **all = drill_mem_realloc(ps->all, (ps->nall + 1) * sizeof *all);
    if (!ph || !all) {
        drill_mem_free(ph);
        if (all)
            ps->all = all;
        return NULL;
    }
    ps->all = all;
    ph->text = drill_mem_malloc(n + 1);
    if (!ph->text) {
        drill_mem_free(ph);
        return NULL;
    }
    memcpy(ph->text, text, n + 1);
    ph->n = n;
    if (!sl && (ps->used + 1) * 2 > ps->cap && grow_set(ps) < 0)
        return NULL;
    if (!sl) {
        size_t j = hash(text, kn) & (ps->cap - 1);
        while (ps->slots[j].key)
            j = (j + 1) & (ps->cap - 1);
        sl = &ps->slots[j];
        sl->key = drill_mem_malloc(kn + 1);
        if (!sl->key)
            return NULL;
        memcpy(sl->key, text, kn);
        sl->key[kn] = '\0';
        ps->used++;
    }
    struct phrase **l = drill_mem_realloc(sl->list, (sl->n + 1) * sizeof *l);
    if (!l)
        return NULL;
    sl->list = l;
    size_t at = sl->n;
    while (at > 0 && sl->list[at - 1]->n < n) {
        sl->list[at] = sl->list[at - 1];
        at--;
    }
    sl->list[at] = ph;
    sl->n++;
    ps->all[ps->nall++] = ph;
    return ph;
}

static void free_set(struct pset *ps)
{
    for (size_t i = 0; i < ps->cap; i++) {
        drill_mem_free(ps->slots[i].key);
        drill_mem_free(ps->slots[i].list);
    }
    drill_mem_free(ps->slots);
    for (size_t i = 0; i < ps->nall; i++) {
        drill_mem_free(ps->all[i]->text);
        drill_mem_free(ps->all[i]->groups);
        drill_mem_free(ps->all[i]->alt);
        drill_mem_free(ps->all[i]->partner);
        drill_mem_free(ps->all[i]);
    }
    drill_mem_free(ps->all);
}

struct drill_lexicon *drill_lexicon_new(void)
{
    return drill_mem_calloc(1, sizeof(struct drill_lexicon));
}

void drill_lexicon_free(struct drill_lexicon *lex)
{
    if (!lex)
        return;
    free_set(&lex->th);
    free_set(&lex->sw);
    for (size_t g = 0; g < lex->ngroups; g++) {
        for (size_t i = 0; i < lex->gsize[g]; i++)
            drill_mem_free(lex->groups[g][i]);
        drill_mem_free(lex->groups[g]);
    }
    drill_mem_free(lex->groups);
    drill_mem_free(lex->gsize);
    drill_mem_free(lex->text);
    drill_mem_free(lex);
}

const char *drill_lexicon_text(const struct drill_lexicon *lex, size_t *len)
{
    *len = lex->tlen;
    return lex->text ? lex->text : "";
}

/* Adds a group's or a swap's phrases to the lexicon's text, each ended by a NUL, after a letter
 * saying which it is. */
static int add_text(struct drill_lexicon *lex, char kind, const char *const *ph, size_t n)
{
    size_t need = 1;
    for (size_t i = 0; i < n; i++)
        need += strlen(ph[i]) + 1;
    if (lex->tlen + need > lex->tcap) {
        size_t cap = lex->tcap ? lex->tcap : 4096;
        while (cap < lex->tlen + need)
            cap *= 2;
        char *t = drill_mem_realloc(lex->text, cap);
        if (!t)
            return -1;
        lex->text = t;
        lex->tcap = cap;
    }
    lex->text[lex->tlen++] = kind;
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(ph[i]) + 1;
        memcpy(lex->text + lex->tlen, ph[i], l);
        lex->tlen += l;
    }
    return 0;
}

int drill_lexicon_group(struct drill_lexicon *lex, const char *const *phrases, size_t n)
{
    char ***g = drill_mem_realloc(lex->groups, (lex->ngroups + 1) * sizeof *g);
    if (!g)
        return -1;
    lex->groups = g;
    size_t *sz = drill_mem_realloc(lex->gsize, (lex->ngroups + 1) * sizeof *sz);
    if (!sz)
        return -1;
    lex->gsize = sz;
    char **members = drill_mem_calloc(n ? n : 1, sizeof *members);
    if (!members)
        return -1;
    size_t gi = lex->ngroups++;
    lex->groups[gi] = members;
    if (add_text(lex, 'G', phrases, n) < 0)
        return -1;
    lex->gsize[gi] = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(phrases[i]);
        char *m = drill_mem_malloc(len + 1);
        if (!m)
            return -1;
        for (size_t k = 0; k <= len; k++)
            m[k] = lc(phrases[i][k]);
        members[lex->gsize[gi]++] = m;
        struct phrase *ph = intern(&lex->th, m);
        if (!ph)
            return -1;
        size_t *gs = drill_mem_realloc(ph->groups, (ph->ngroups + 1) * sizeof *gs);
        if (!gs)
            return -1;
        ph->groups = gs;
        ph->groups[ph->ngroups++] = gi;
        /* in one more group, it widens to more */
        drill_mem_free(ph->alt);
        ph->alt = NULL;
    }
    return 0;
}

int drill_lexicon_swap(struct drill_lexicon *lex, const char *from, const char *to)
{
    const char *pair[2] = {from, to};
    if (add_text(lex, 'S', pair, 2) < 0)
        return -1;
    struct phrase *ph = intern(&lex->sw, from);
    if (!ph)
        return -1;
    if (ph->partner)
        return 0; /* the first partner given stands */
    size_t n = strlen(to);
    ph->partner = drill_mem_malloc(n + 1);
    if (!ph->partner)
        return -1;
    memcpy(ph->partner, to, n + 1);
    return 0;
}

/* Does phrase ph match the literal tokens from i, as a whole word or phrase
 * not followed by a quantifier? Returns the token after it, or 0. */
static size_t phrase_at(const struct tok *t, size_t nt, size_t i, const struct phrase *ph)
{
    size_t k = i, p = 0;
    while (p < ph->n) {
        size_t m = seqlen((unsigned char)ph->text[p]);
        if (k >= nt || t[k].kind != T_LIT || t[k].n != m)
            return 0;
        for (size_t q = 0; q < m; q++)
            if (lc(t[k].p[q]) != ph->text[p + q])
                return 0;
        p += m;
        k++;
    }
    if (k < nt && t[k].kind == T_QUANT)
        return 0;
    if (tw(t, nt, k - 1) && tw(t, nt, k))
        return 0;
    return k;
}

/* The phrase of `ps` that starts at token i, with *end after it; NULL if none. */
static struct phrase *phrase_from(const struct pset *ps, const struct tok *t, size_t nt, size_t i,
                                  size_t *end)
{
    char key[64];
    size_t kn = 0;
    if (tw(t, nt, i)) {
        if (i > 0 && tw(t, nt, i - 1))
            return NULL;
        for (size_t k = i; tw(t, nt, k) && kn < sizeof key; k++)
            key[kn++] = lc(t[k].p[0]);
        if (kn == sizeof key)
            return NULL;
    } else if (t[i].kind == T_LIT && t[i].n < sizeof key) {
        for (size_t q = 0; q < t[i].n; q++)
            key[kn++] = lc(t[i].p[q]);
    } else {
        return NULL;
    }
    const struct slot *sl = find_slot(ps, key, kn);
    for (size_t j = 0; sl && j < sl->n; j++) {
        size_t e = phrase_at(t, nt, i, sl->list[j]);
        if (e) {
            *end = e;
            return sl->list[j];
        }
    }
    return NULL;
}

static void put_escaped(struct buf *b, const char *s)
{
    for (; *s; s++) {
        if (is_meta(*s) || *s == '/')
            put(b, "\\", 1);
        put(b, s, 1);
    }
}

/* Sorted: takes_s looks a word up by bisection. */
static const char *const uninflected[] = {
    "about", "above",   "after",   "again", "also",    "although", "among", "because", "before",
    "being", "below",   "between", "both",  "cannot",  "could",    "does",  "down",    "during",
    "each",  "either",  "every",   "from",  "further", "half",     "have",  "having",  "here",
    "into",  "itself",  "just",    "more",  "most",    "much",     "must",  "neither", "never",
    "once",  "only",    "other",   "over",  "same",    "should",   "since", "some",    "such",
    "than",  "that",    "their",   "them",  "then",    "there",    "these", "they",    "this",
    "those", "through", "under",   "until", "upon",    "very",     "were",  "what",    "when",
    "where", "which",   "while",   "whom",  "whose",   "will",     "with",  "within",  "without",
    "would", "your",    "zero",
};

static int word_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int takes_s(const struct tok *t, size_t a, size_t b)
{
    size_t n = b - a;
    if (n < 4 || n > 40)
        return 0;
    char w[41];
    for (size_t i = 0; i < n; i++) {
        char c = lc(t[a + i].p[0]);
        if (c < 'a' || c > 'z')
            return 0;
        w[i] = c;
    }
    w[n] = '\0';
    if (w[n - 1] == 's' || (n > 2 && !strcmp(w + n - 2, "ed")) ||
        (n > 3 && !strcmp(w + n - 3, "ing")) || (n > 2 && !strcmp(w + n - 2, "ly")))
        return 0;
    const char *key = w;
    return bsearch(&key, uninflected, sizeof uninflected / sizeof *uninflected, sizeof *uninflected,
                   word_cmp) == NULL;
}

/* What a thesaurus phrase widens to: the members of every group it is in,
 * once each, as an alternation; made once and kept with the phrase. NULL when
 * out of memory. */
static const char *widened(const struct drill_lexicon *lex, struct phrase *ph, size_t *len)
{
    if (!ph->alt) {
        struct buf b = {0};
        put(&b, "(?:", 3);
        size_t count = 0;
        for (size_t g = 0; g < ph->ngroups; g++) {
            size_t gi = ph->groups[g];
            for (size_t m = 0; m < lex->gsize[gi]; m++) {
                const char *mem = lex->groups[gi][m];
                int seen = 0;
                for (size_t g2 = 0; g2 < g && !seen; g2++)
                    for (size_t m2 = 0; m2 < lex->gsize[ph->groups[g2]] && !seen; m2++)
                        seen = !strcmp(lex->groups[ph->groups[g2]][m2], mem);
                for (size_t m2 = 0; m2 < m && !seen; m2++)
                    seen = !strcmp(lex->groups[gi][m2], mem);
                if (seen)
                    continue;
                if (count++)
                    put(&b, "|", 1);
                put_escaped(&b, mem);
            }
        }
        put(&b, ")", 1);
        if (b.oom) {
            drill_mem_free(b.p);
            return NULL;
        }
        ph->alt = b.p;
        ph->altlen = b.n;
    }
    *len = ph->altlen;
    return ph->alt;
}

/* A rewritten pattern's source, tokenized: 0 with *t and *nt, 1 when the reader does not follow
 * it (then *out is a copy of it, or NULL out of memory), -1 out of memory. */
static int rewrite_start(const char *src, size_t len, struct tok **t, size_t *nt, char **out)
{
    int rc = tokenize(src, len, t, nt);
    *out = NULL;
    if (rc > 0) {
        struct buf b = {0};
        put(&b, src, len);
        put(&b, "", 0);
        *out = b.oom ? NULL : b.p;
    }
    return rc;
}

/* The rewritten pattern in b, NUL-terminated, and the tokens freed: the string, or NULL when out
 * of memory. */
static char *rewrite_end(struct buf *b, struct tok *t)
{
    put(b, "", 0);
    drill_mem_free(t);
    if (b->oom) {
        drill_mem_free(b->p);
        return NULL;
    }
    return b->p;
}

char *drill_rx_widen(struct drill_lexicon *lex, const char *src, size_t len)
{
    struct tok *t;
    size_t nt;
    char *copy;
    int rc = rewrite_start(src, len, &t, &nt, &copy);
    if (rc != 0)
        return copy;
    struct buf b = {0};
    size_t i = 0;
    while (i < nt) {
        size_t end;
        struct phrase *ph = phrase_from(&lex->th, t, nt, i, &end);
        if (ph) {
            size_t an;
            const char *alt = widened(lex, ph, &an);
            if (!alt)
                b.oom = 1;
            else
                put(&b, alt, an);
            i = end;
            continue;
        }
        if (tw(t, nt, i) && !(i > 0 && tw(t, nt, i - 1))) {
            size_t j = i;
            while (tw(t, nt, j))
                j++;
            for (size_t k = i; k < j; k++)
                render_tok(&b, &t[k]);
            int ends = j >= nt || t[j].kind == T_CLOSE || t[j].kind == T_BAR ||
                       (t[j].kind == T_LIT && !t[j].w) || (t[j].kind == T_RAW && t[j].bword);
            if (ends && takes_s(t, i, j))
                puts_(&b, "(?:e?s)?");
            i = j;
            continue;
        }
        render_tok(&b, &t[i]);
        i++;
    }
    return rewrite_end(&b, t);
}

int drill_rx_swapped(const struct drill_lexicon *lex, const char *src, size_t len,
                     struct drill_rx_list *out)
{
    struct tok *t;
    size_t nt;
    int rc = tokenize(src, len, &t, &nt);
    if (rc)
        return rc < 0 ? -1 : 0;
    /* where each swappable phrase occurs */
    struct occ {
        size_t i, end;
        const struct phrase *ph;
    } *occ = drill_mem_malloc((nt + 1) * sizeof *occ);
    if (!occ) {
        drill_mem_free(t);
        return -1;
    }
    /* a phrase inside an alternation is one choice among others: swapping it
     * leaves the others, which still say the right thing ("(?:at least|no
     * smaller than)" would contradict "at least"), so such a pair is left alone */
    size_t *alt = drill_mem_calloc(nt + 1, sizeof *alt);
    if (!alt) {
        drill_mem_free(occ);
        drill_mem_free(t);
        return -1;
    }
    {
        size_t depth = 0, open_at[64];
        int bar[65] = {0};
        for (size_t i = 0; i < nt; i++) {
            if (t[i].kind == T_OPEN && depth < 64) {
                open_at[depth++] = i;
                bar[depth] = 0;
            } else if (t[i].kind == T_CLOSE && depth > 0) {
                depth--;
                if (bar[depth + 1])
                    for (size_t k = open_at[depth]; k <= i; k++)
                        alt[k] = 1;
            } else if (t[i].kind == T_BAR) {
                bar[depth] = 1;
            }
        }
        if (bar[0])
            for (size_t k = 0; k < nt; k++)
                alt[k] = 1;
    }
    size_t no = 0;
    for (size_t i = 0; i < nt;) {
        size_t end;
        const struct phrase *ph = phrase_from(&lex->sw, t, nt, i, &end);
        if (ph) {
            occ[no++] = (struct occ){i, end, ph};
            i = end;
        } else {
            i++;
        }
    }
    int result = 0;
    for (size_t a = 0; a < no && result == 0; a++) {
        const struct phrase *ph = occ[a].ph;
        int skip = !ph->partner;
        for (size_t c = 0; c < no && !skip; c++)
            skip = !strcmp(occ[c].ph->text, ph->partner) || (c < a && occ[c].ph == ph) ||
                   (occ[c].ph == ph && alt[occ[c].i]);
        if (skip)
            continue;
        struct buf b = {0};
        size_t i = 0, next = 0;
        while (i < nt) {
            while (next < no && occ[next].i < i)
                next++;
            if (next < no && occ[next].i == i && occ[next].ph == ph) {
                put_escaped(&b, ph->partner);
                i = occ[next].end;
                continue;
            }
            render_tok(&b, &t[i]);
            i++;
        }
        put(&b, "", 0);
        if (b.oom || list_add(out, b.p, b.n) < 0)
            result = -1;
        drill_mem_free(b.p);
    }
    drill_mem_free(alt);
    drill_mem_free(occ);
    drill_mem_free(t);
    return result;
}

/* ---------------------------------------------------------------- literals */

/* The reading of one pattern allocates from blocks that are all given back
 * at its end: its many short-lived sets and literals cost no allocation each. */
struct scratch_block {
    struct scratch_block *next;
    size_t used, cap;
    max_align_t data[];
};

struct lparse {
    const struct tok *t;
    size_t n, pos;
    int oom;
    struct scratch_block *blocks;
};

static void *scratch(struct lparse *p, size_t n)
{
    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    struct scratch_block *b = p->blocks;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > 16384 ? n : 16384;
        b = drill_mem_malloc(sizeof *b + cap);
        if (!b) {
            p->oom = 1;
            return NULL;
        }
        b->cap = cap;
        b->used = 0;
        b->next = p->blocks;
        p->blocks = b;
    }
    void *r = (char *)b->data + b->used;
    b->used += n;
    return r;
}

/* A set while the pattern is read: its literals live in the scratch blocks. */
struct lset {
    const char **items;
    size_t *lens;
    size_t n, cap;
};

static void set_add(struct lparse *p, struct lset *l, const char *s, size_t n)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 4;
        const char **items = scratch(p, cap * sizeof *items);
        size_t *lens = scratch(p, cap * sizeof *lens);
        if (!items || !lens)
            return;
        if (l->n) {
            memcpy(items, l->items, l->n * sizeof *items);
            memcpy(lens, l->lens, l->n * sizeof *lens);
        }
        l->items = items;
        l->lens = lens;
        l->cap = cap;
    }
    l->items[l->n] = s;
    l->lens[l->n++] = n;
}

/* The score of a literal set: its shortest literal, a little less for a long list. */
static double score(const struct lset *l)
{
    if (!l->n)
        return -1;
    size_t m = (size_t)-1;
    for (size_t i = 0; i < l->n; i++)
        if (l->lens[i] < m)
            m = l->lens[i];
    return (double)m - 0.01 * (double)l->n;
}

/* A candidate set: the best so far if it scores higher; every qualifying set
 * also goes to `all` (when given), behind an empty-string separator. */
static void take(struct lparse *p, struct lset *best, struct lset *cand, struct lset *all)
{
    double sc = score(cand);
    int good = cand->n && sc >= 2.5;
    if (good && all) {
        if (all->n)
            set_add(p, all, "", 0);
        for (size_t i = 0; i < cand->n; i++)
            set_add(p, all, cand->items[i], cand->lens[i]);
    }
    if (good && sc > score(best))
        *best = *cand;
    *cand = (struct lset){0};
}

static int parse_alt(struct lparse *p, struct lset *out);

/* The literal run cur (n bytes, in the scratch blocks) ends: a candidate when long enough. */
static void flush(struct lparse *p, char *cur, size_t *n, struct lset *best, struct lset *all)
{
    if (*n >= 3) {
        char *c = scratch(p, *n + 1);
        if (c) {
            memcpy(c, cur, *n);
            c[*n] = '\0';
            struct lset one = {0};
            set_add(p, &one, c, *n);
            take(p, best, &one, all);
        }
    }
    *n = 0;
}

/* A sequence up to | or ): its best literal set in `best`, and every set it
 * requires in `all` when given. */
static void parse_seq(struct lparse *p, struct lset *best, struct lset *all)
{
    /* no literal run is longer than the pattern */
    char *cur = scratch(p, p->n + 1);
    size_t n = 0;
    if (!cur)
        return;
    while (p->pos < p->n) {
        const struct tok *x = &p->t[p->pos];
        if (x->kind == T_BAR || x->kind == T_CLOSE)
            break;
        const struct tok *q =
            p->pos + 1 < p->n && p->t[p->pos + 1].kind == T_QUANT ? &p->t[p->pos + 1] : NULL;
        if (x->kind == T_LIT) {
            p->pos++;
            if ((unsigned char)x->p[0] >= 0x80) {
                flush(p, cur, &n, best, all);
            } else if (q) {
                if (q->min >= 1)
                    cur[n++] = lc(x->p[0]);
                flush(p, cur, &n, best, all);
                p->pos++;
            } else {
                cur[n++] = lc(x->p[0]);
            }
        } else if (x->kind == T_OPEN) {
            p->pos++;
            struct lset set = {0};
            int known = parse_alt(p, &set);
            if (p->pos < p->n && p->t[p->pos].kind == T_CLOSE)
                p->pos++;
            const struct tok *q2 =
                p->pos < p->n && p->t[p->pos].kind == T_QUANT ? &p->t[p->pos] : NULL;
            if (q2)
                p->pos++;
            flush(p, cur, &n, best, all);
            if (known && !x->look && !(q2 && q2->min == 0))
                take(p, best, &set, all);
        } else if (x->kind == T_RAW && x->zero) {
            p->pos += q ? 2 : 1;
        } else {
            p->pos += q ? 2 : 1;
            flush(p, cur, &n, best, all);
        }
    }
    flush(p, cur, &n, best, all);
}

/* 1 with the union of the branches' literals in out, 0 when some branch has none. */
static int parse_alt(struct lparse *p, struct lset *out)
{
    int ok = 1;
    for (;;) {
        struct lset best = {0};
        parse_seq(p, &best, NULL);
        if (!best.n)
            ok = 0;
        for (size_t i = 0; i < best.n && ok; i++)
            set_add(p, out, best.items[i], best.lens[i]);
        if (p->pos < p->n && p->t[p->pos].kind == T_BAR)
            p->pos++;
        else
            break;
    }
    if (!ok || out->n > 24) {
        *out = (struct lset){0};
        return 0;
    }
    return 1;
}

int drill_rx_literals(const char *src, size_t len, struct drill_rx_list *out)
{
    struct tok *t;
    size_t nt;
    int rc = tokenize(src, len, &t, &nt);
    if (rc)
        return rc < 0 ? -1 : 0;
    /* one sequence: every set it requires; else the union of the branches' best */
    struct lparse p = {t, nt, 0, 0, NULL};
    struct lset best = {0}, all = {0}, set = {0};
    parse_seq(&p, &best, &all);
    int known;
    if (p.pos >= nt) {
        set = all;
        known = set.n > 0;
    } else {
        p.pos = 0;
        known = parse_alt(&p, &set);
    }
    drill_mem_free(t);
    /* an unbalanced ')' (p.pos < nt): leave it */
    int ok = !p.oom;
    if (ok && known && p.pos >= nt)
        for (size_t i = 0; i < set.n && ok; i++)
            ok = list_add(out, set.items[i], set.lens[i]) == 0;
    while (p.blocks) {
        struct scratch_block *next = p.blocks->next;
        drill_mem_free(p.blocks);
        p.blocks = next;
    }
    if (!ok) {
        drill_rx_free_list(out);
        return -1;
    }
    return 0;
}

/* ---------------------------------------------------------------- prefixes */

/* The index of the ')' that closes the group opened at t[i], or n. */
static size_t group_end(const struct tok *t, size_t n, size_t i)
{
    int depth = 0;
    for (size_t j = i; j < n; j++) {
        if (t[j].kind == T_OPEN)
            depth++;
        else if (t[j].kind == T_CLOSE && --depth == 0)
            return j;
    }
    return n;
}

static int prefix_alt(const struct tok *t, size_t i, size_t end, struct drill_rx_list *out);

/* The code point of a one-character literal token, or 0 when it is not one. */
static uint32_t tok_cp(const struct tok *x)
{
    size_t i = 0;
    uint32_t c = drill_utf8_next(x->p, x->n, &i);
    return i == x->n ? c : 0;
}

/* Whether a literal is found by its own bytes in an answer with ASCII lower
 * case: ASCII, or a symbol with no case (superscripts, arrows, mathematical
 * operators, ...); a letter such as σ also matches Σ caselessly. */
static int caseless(const struct tok *x)
{
    uint32_t c = tok_cp(x);
    return (c && c < 0x80) || c == 0xAC || c == 0xB0 || c == 0xB1 || c == 0xB2 || c == 0xB3 ||
           c == 0xB7 || c == 0xB9 || c == 0xD7 || c == 0xF7 || (c >= 0x2010 && c <= 0x2027) ||
           (c >= 0x2030 && c <= 0x205E) || c == 0x2070 || (c >= 0x2074 && c <= 0x207E) ||
           (c >= 0x2080 && c <= 0x208E) || (c >= 0x2190 && c <= 0x23FF);
}

/* The forms of a Greek letter beyond its capital, which it matches caselessly as PCRE2 does
 * (Unicode's simple case folding): sigma's final form, the symbol forms of theta, beta and
 * the others, the micro sign, the ohm sign, the iota subscript. tests/unit/test_rxsrc.c checks
 * them against PCRE2 over every code point. */
static const struct {
    uint16_t letter, forms[3];
} greek_forms[] = {
    {0x3C3, {0x3C2}}, {0x3B8, {0x3D1, 0x3F4}}, {0x3B2, {0x3D0}},         {0x3B5, {0x3F5}},
    {0x3BA, {0x3F0}}, {0x3C0, {0x3D6}},        {0x3C1, {0x3F1}},         {0x3C6, {0x3D5}},
    {0x3BC, {0xB5}},  {0x3C9, {0x2126}},       {0x3B9, {0x345, 0x1FBE}},
};

/* The characters a Greek letter (of α..ω, their capitals and the forms above) matches
 * caselessly, in out (room for 6): how many, 0 when c is no such letter. */
static size_t greek_caseless(uint32_t c, uint32_t *out)
{
    if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2)
        c += 0x20; /* a capital: its small letter */
    for (size_t i = 0; i < sizeof greek_forms / sizeof *greek_forms; i++)
        for (size_t k = 0; k < 3 && greek_forms[i].forms[k]; k++)
            if (c == greek_forms[i].forms[k])
                c = greek_forms[i].letter;
    if (c < 0x3B1 || c > 0x3C9 || c == 0x3C2)
        return 0;
    size_t n = 0;
    out[n++] = c;
    out[n++] = c - 0x20;
    for (size_t i = 0; i < sizeof greek_forms / sizeof *greek_forms; i++)
        if (greek_forms[i].letter == c)
            for (size_t k = 0; k < 3 && greek_forms[i].forms[k]; k++)
                out[n++] = greek_forms[i].forms[k];
    return n;
}

static int prefix_seq(const struct tok *t, size_t i, size_t end, struct drill_rx_list *out);

/* Is x \s, which matches a space, the one kind of white space an answer holds once normalised? */
static int space_tok(const struct tok *x)
{
    return x->kind == T_RAW && x->n == 2 && x->p[0] == '\\' && x->p[1] == 's';
}

/* How many prefixes a character that may be left out may make: past that, the prefix ends
 * before it. */
#define OPTIONAL_PREFIXES 12

/* The prefixes of lit (k bytes) then t[i], a character that may be left out ('k-?nn': knn and
 * k-nn), then what follows it, each with the character and without: 1 with them added to out,
 * 0 when what follows has none, -1 out of memory. */
static int prefix_optional(const struct tok *t, size_t i, size_t end, const char *lit, size_t k,
                           struct drill_rx_list *out)
{
    struct drill_rx_list rest = {0};
    int rc = prefix_seq(t, i + 2, end, &rest);
    if (rc > 0 && 2 * rest.n > OPTIONAL_PREFIXES)
        rc = 0;
    for (size_t r = 0; rc > 0 && r < rest.n; r++) {
        char b[64];
        size_t n = strlen(rest.items[r]);
        for (int with = 0; rc > 0 && with < 2; with++) {
            size_t m = k;
            memcpy(b, lit, k);
            if (with)
                b[m++] = space_tok(&t[i]) ? ' ' : lc(t[i].p[0]);
            if (m + n > sizeof b)
                n = sizeof b - m;
            memcpy(b + m, rest.items[r], n);
            if (list_add(out, b, m + n) < 0)
                rc = -1;
        }
    }
    drill_rx_free_list(&rest);
    return rc;
}

/* The literals one of which every match of t[i, end) starts with: 1 with them
 * added to out, 0 when not known, -1 out of memory. */
static int prefix_seq(const struct tok *t, size_t i, size_t end, struct drill_rx_list *out)
{
    /* what takes no width (\b, ^, lookarounds) decides nothing about where a match starts */
    while (i < end) {
        if (t[i].kind == T_RAW && t[i].zero)
            i++;
        else if (t[i].kind == T_OPEN && t[i].look)
            i = group_end(t, end, i) + 1;
        else
            break;
        if (i < end && t[i].kind == T_QUANT)
            i++;
    }
    char lit[64];
    size_t k = 0;
    while (i < end && ((t[i].kind == T_LIT && caseless(&t[i])) || space_tok(&t[i])) &&
           k + t[i].n <= sizeof lit) {
        const struct tok *q = i + 1 < end && t[i + 1].kind == T_QUANT ? &t[i + 1] : NULL;
        int space = space_tok(&t[i]);
        /* an answer's spaces are single: \s* and \s? are ' ?', \s+ is ' ' */
        if (q && (q->min == 0 || space) && q->p[0] != '+') {
            if (q->p[0] == '?' || (space && q->p[0] == '*')) {
                int rc = prefix_optional(t, i, end, lit, k, out);
                if (rc != 0 || k == 0)
                    return rc;
            }
            break;
        }
        if (space || t[i].n == 1)
            lit[k++] = space ? ' ' : lc(t[i].p[0]);
        else
            for (size_t b = 0; b < t[i].n; b++)
                lit[k++] = t[i].p[b];
        if (q && !space)
            break;
        i += q ? 2 : 1;
    }
    if (k > 0)
        return list_add(out, lit, k) < 0 ? -1 : 1;
    uint32_t forms[6];
    size_t nf = i < end && t[i].kind == T_LIT ? greek_caseless(tok_cp(&t[i]), forms) : 0;
    if (nf && !(i + 1 < end && t[i + 1].kind == T_QUANT && t[i + 1].min == 0)) {
        /* a Greek letter, which has case: a match starts with any of its forms */
        for (size_t f = 0; f < nf; f++) {
            char b[4];
            if (list_add(out, b, drill_utf8_put(b, forms[f])) < 0)
                return -1;
        }
        return 1;
    }
    if (i < end && t[i].kind == T_OPEN) {
        size_t close = group_end(t, end, i);
        if (close >= end)
            return 0;
        if (close + 1 < end && t[close + 1].kind == T_QUANT && t[close + 1].min == 0) {
            /* a group that may be left out: a match starts with it or with what follows */
            int rc = prefix_alt(t, i + 1, close, out);
            return rc <= 0 ? rc : prefix_seq(t, close + 2, end, out);
        }
        return prefix_alt(t, i + 1, close, out);
    }
    return 0;
}

/* The union of the branches' prefixes: 1, 0 when some branch has none, -1. */
static int prefix_alt(const struct tok *t, size_t i, size_t end, struct drill_rx_list *out)
{
    int depth = 0;
    size_t from = i;
    for (size_t j = i; j <= end; j++) {
        if (j < end && t[j].kind == T_OPEN)
            depth++;
        else if (j < end && t[j].kind == T_CLOSE)
            depth--;
        else if (j == end || (t[j].kind == T_BAR && depth == 0)) {
            int rc = prefix_seq(t, from, j, out);
            if (rc <= 0)
                return rc;
            from = j + 1;
        }
    }
    return 1;
}

int drill_rx_prefixes(const char *src, size_t len, struct drill_rx_list *out)
{
    struct tok *t;
    size_t nt;
    int rc = tokenize(src, len, &t, &nt);
    if (rc)
        return rc < 0 ? -1 : 0;
    /* \G is where the search starts: a match tried at each prefix would move it;
     * and an unbalanced ')' is left alone */
    int depth = 0;
    for (size_t i = 0; i < nt && depth >= 0; i++) {
        depth += t[i].kind == T_OPEN ? 1 : t[i].kind == T_CLOSE ? -1 : 0;
        if (t[i].kind == T_RAW && t[i].n == 2 && t[i].p[1] == 'G')
            depth = -1;
    }
    if (depth != 0) {
        drill_mem_free(t);
        return 0;
    }
    struct drill_rx_list l = {0};
    rc = prefix_alt(t, 0, nt, &l);
    drill_mem_free(t);
    for (size_t i = 0; rc > 0 && i < l.n; i++)
        if (!l.items[i][1] &&
            ((l.items[i][0] >= 'a' && l.items[i][0] <= 'z') || l.items[i][0] == ' '))
            rc = 0; /* a letter or a space alone is too common to look for */
    if (rc > 0 && l.n > 24)
        rc = 0;
    if (rc <= 0) {
        drill_rx_free_list(&l);
        return rc < 0 ? -1 : 0;
    }
    *out = l;
    return 0;
}

/* ------------------------------------------------------------ tempered gaps */

int drill_rx_tempered(const char *src, size_t len, char **out)
{
    struct tok *t;
    size_t nt;
    *out = NULL;
    if (!memmem(src, len, "(?:(?!", 6)) /* most patterns have no gap: not read any further */
        return 0;
    int rc = tokenize(src, len, &t, &nt);
    if (rc)
        return rc < 0 ? -1 : 0;
    /* an inline option could make the pattern tell case apart, and the first letters below
     * are lower case */
    for (size_t i = 0; i < nt; i++)
        if (t[i].kind == T_RAW && t[i].p[0] == '(') {
            drill_mem_free(t);
            return 0;
        }
    struct buf b = {0};
    int changed = 0;
    for (size_t i = 0; i < nt; i++) {
        /* (?:(?!ALTS)[^...]): the lookahead ends at a, the class is t[a + 1], the group ends
         * right after it */
        size_t a = i + 1 < nt && t[i].kind == T_OPEN && !t[i].look && t[i].n == 3 &&
                           t[i].p[2] == ':' && t[i + 1].kind == T_OPEN && t[i + 1].look &&
                           t[i + 1].n == 3 && t[i + 1].p[2] == '!'
                       ? group_end(t, nt, i + 1)
                       : nt;
        if (a + 2 < nt && t[a + 1].kind == T_RAW && t[a + 1].n >= 4 && t[a + 1].p[0] == '[' &&
            t[a + 1].p[1] == '^' && t[a + 2].kind == T_CLOSE) {
            struct drill_rx_list first = {0};
            int pr = prefix_alt(t, i + 2, a, &first);
            if (pr < 0) {
                drill_rx_free_list(&first);
                b.oom = 1;
                break;
            }
            if (pr > 0 && first.n > 0) {
                /* (?>[^...F]|(?!ALTS)[^...]): a character none of ALTS can start with is
                 * taken without trying them (rxsrc.h says why atomic) */
                const struct tok *cls = &t[a + 1];
                puts_(&b, "(?>");
                /* a closing '-' is written escaped before the first characters, which would
                 * otherwise make it a range ("[^.-" then "," is the range from '.' to ','); as
                 * the end of a range ("[^+--]") it ends the same range escaped */
                size_t body = cls->n - 1, slashes = 0;
                while (body - 1 - slashes > 2 && cls->p[body - 2 - slashes] == '\\')
                    slashes++;
                int dash = cls->p[body - 1] == '-' && slashes % 2 == 0;
                put(&b, cls->p, body - (size_t)dash);
                if (dash)
                    puts_(&b, "\\-");
                unsigned char seen[128] = {0};
                for (size_t k = 0; k < first.n; k++) {
                    const unsigned char c = (unsigned char)first.items[k][0];
                    if (c < 0x80 && seen[c]++)
                        continue;
                    size_t w = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                    if (c < 0x80 && !is_w(c))
                        put(&b, "\\", 1);
                    put(&b, first.items[k], strnlen(first.items[k], w));
                }
                puts_(&b, "]|");
                for (size_t k = i + 1; k <= a + 1; k++)
                    render_tok(&b, &t[k]);
                puts_(&b, ")");
                changed = 1;
                i = a + 2;
                drill_rx_free_list(&first);
                continue;
            }
            drill_rx_free_list(&first);
        }
        render_tok(&b, &t[i]);
    }
    if (!changed || b.oom) {
        drill_mem_free(t);
        drill_mem_free(b.p);
        return b.oom ? -1 : 0;
    }
    *out = rewrite_end(&b, t);
    return *out ? 1 : -1;
}

/* ------------------------------------------------------------ stops untaken */

/* The stops a class token ([...]) may take (DRILL_RX_DOT, DRILL_RX_SEMI): those a negated class
 * does not name; those any other class names, holds in a range, or may hold in a class it
 * names (\W, \p{..}, [:punct:], ...). */
static int class_takes(const struct tok *x)
{
    const unsigned char *p = (const unsigned char *)x->p + 1;
    const unsigned char *end = (const unsigned char *)x->p + x->n - 1; /* its ']' */
    const int all = DRILL_RX_DOT | DRILL_RX_SEMI;
    int neg = p < end && *p == '^';
    p += neg;
    int named = 0;
    while (p < end) {
        unsigned c = *p;
        int esc = 0;
        if (c == '[')
            return all; /* [:punct:] and the like */
        if (c == '\\' && p + 1 < end) {
            esc = 1;
            c = *++p;
        }
        p++;
        if (esc && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
            if (!neg && !strchr("wdsh", (int)c))
                return all;
            continue;
        }
        if (p + 1 < end && *p == '-') { /* a range c-d */
            unsigned d = p[1];
            if (d == '\\' || c >= 0x80 || d >= 0x80) {
                if (!neg)
                    return all;
            } else {
                named |= (c <= '.' && d >= '.') ? DRILL_RX_DOT : 0;
                named |= (c <= ';' && d >= ';') ? DRILL_RX_SEMI : 0;
            }
            p += 2;
            continue;
        }
        named |= c == '.' ? DRILL_RX_DOT : c == ';' ? DRILL_RX_SEMI : 0;
    }
    return neg ? all & ~named : named;
}

int drill_rx_untaken(const char *src, size_t len)
{
    struct tok *t;
    size_t nt;
    int rc = tokenize(src, len, &t, &nt);
    if (rc)
        return rc < 0 ? -1 : 0;
    const int all = DRILL_RX_DOT | DRILL_RX_SEMI;
    int taken = 0;
    for (size_t i = 0; i < nt && taken != all; i++) {
        const struct tok *x = &t[i];
        switch (x->kind) {
        case T_LIT:
            taken |= x->p[0] == '.' ? DRILL_RX_DOT : x->p[0] == ';' ? DRILL_RX_SEMI : 0;
            break;
        case T_OPEN:
            if (x->look)
                i = group_end(t, nt, i); /* it looks at what is around: takes nothing */
            break;
        case T_RAW:
            if (x->zero)
                break;
            if (x->p[0] == '[')
                taken |= class_takes(x);
            else if (!(x->p[0] == '\\' && x->n == 2 && strchr("wdsh", x->p[1])))
                taken = all; /* '.', \W, \p{..}, \x{..}, a reference: may be anything */
            break;
        default:
            break;
        }
    }
    drill_mem_free(t);
    return all & ~taken;
}

/* ------------------------------------------------------ negative lookarounds */

char *drill_rx_unlooked(const char *src, size_t len)
{
    struct tok *t;
    size_t nt;
    char *copy;
    int rc = rewrite_start(src, len, &t, &nt, &copy);
    if (rc != 0)
        return copy;
    struct buf b = {0};
    for (size_t i = 0; i < nt; i++) {
        if (t[i].kind == T_OPEN && t[i].look && t[i].p[t[i].n - 1] == '!') {
            i = group_end(t, nt, i); /* to its ')' (or the end, unbalanced) */
            put(&b, " ", 1);
            continue;
        }
        render_tok(&b, &t[i]);
    }
    return rewrite_end(&b, t);
}

/* ------------------------------------------------------ lookaheads called */

/* PCRE2 compiles a group repeated up to n times as n copies of it, so a gap such as
 * (?:(?!ALTS)[^.;]){0,80} holds ALTS 80 times: a few such patterns were most of a worker's
 * compiled code. A long lookahead in a group PCRE2 copies REPEAT_MIN times or more becomes a
 * call of one definition of it, at the pattern's end. */
#define REPEAT_MIN 5
#define LOOK_MIN   24

/* How many copies of its item PCRE2 compiles for quantifier q: n for {m,n}, m for {m}, m + 1
 * for {m,} (the last one repeated); one or two for ?, * and +. */
static int quant_copies(const struct tok *q)
{
    if (q->p[0] != '{')
        return q->p[0] == '+' ? 2 : 1;
    const char *comma = memchr(q->p, ',', q->n);
    if (!comma)
        return q->min;
    if (comma[1] == '}')
        return q->min + 1;
    int n = 0;
    for (const char *d = comma + 1; *d >= '0' && *d <= '9'; d++)
        n = n < 100000 ? n * 10 + (*d - '0') : n;
    return n;
}

int drill_rx_called_looks(const char *src, size_t len, char **out)
{
    struct tok *t;
    size_t nt;
    *out = NULL;
    /* most patterns have no repeated group, or no lookahead: not read any further */
    if (!memmem(src, len, "){", 2) || (!memmem(src, len, "(?!", 3) && !memmem(src, len, "(?=", 3)))
        return 0;
    int rc = tokenize(src, len, &t, &nt);
    if (rc)
        return rc < 0 ? -1 : 0;
    /* left as it is: a pattern with inline options (a definition at the end would be read
     * under the options in force there), with groups that have names, or with references */
    for (size_t i = 0; i < nt; i++) {
        const struct tok *x = &t[i];
        if ((x->kind == T_RAW && (x->p[0] == '(' || (x->p[0] == '\\' && x->n > 1 &&
                                                     strchr("0123456789gk", x->p[1])))) ||
            (x->kind == T_OPEN && !x->look && x->n != 1 &&
             !(x->n == 3 && (x->p[2] == ':' || x->p[2] == '>')))) {
            drill_mem_free(t);
            return 0;
        }
    }
    /* rep[i]: how many groups copied REPEAT_MIN times or more hold token i */
    int *rep = drill_mem_calloc(nt + 1, sizeof *rep);
    if (!rep) {
        drill_mem_free(t);
        return -1;
    }
    for (size_t i = 0; i < nt; i++) {
        if (t[i].kind != T_OPEN || t[i].look)
            continue;
        size_t e = group_end(t, nt, i);
        if (e + 1 < nt && t[e + 1].kind == T_QUANT && quant_copies(&t[e + 1]) >= REPEAT_MIN) {
            rep[i]++;
            rep[e]--;
        }
    }
    struct buf b = {0}, defs = {0};
    const char **body = NULL; /* each definition's text, and its length */
    size_t *blen = NULL, nbody = 0;
    int depth = 0;
    for (size_t i = 0; i < nt && !b.oom && !defs.oom; i++) {
        depth += rep[i];
        size_t e;
        if (depth > 0 && t[i].kind == T_OPEN && t[i].look && t[i].n == 3 &&
            (e = group_end(t, nt, i)) < nt) {
            const char *s = t[i].p + t[i].n;
            size_t n = (size_t)(t[e].p - s);
            int captures = 0;
            for (size_t k = i + 1; k < e; k++)
                captures |= t[k].kind == T_OPEN && t[k].n == 1;
            if (n >= LOOK_MIN && !captures) {
                size_t k = 0;
                while (k < nbody && !(blen[k] == n && memcmp(body[k], s, n) == 0))
                    k++;
                if (k == nbody) {
                    const char **nb = drill_mem_realloc(body, (nbody + 1) * sizeof *nb);
                    size_t *nl = nb ? drill_mem_realloc(blen, (nbody + 1) * sizeof *nl) : NULL;
                    if (nb)
                        body = nb;
                    if (!nl) {
                        b.oom = 1;
                        break;
                    }
                    blen = nl;
                    body[nbody] = s;
                    blen[nbody++] = n;
                    char name[40];
                    int m = snprintf(name, sizeof name, "(?<drill_look%zu>", k + 1);
                    put(&defs, name, (size_t)m);
                    put(&defs, s, n);
                    put(&defs, ")", 1);
                }
                char call[40];
                int m = snprintf(call, sizeof call, "%.3s(?&drill_look%zu))", t[i].p, k + 1);
                put(&b, call, (size_t)m);
                for (size_t j = i + 1; j <= e; j++)
                    depth += rep[j];
                i = e;
                continue;
            }
        }
        render_tok(&b, &t[i]);
    }
    drill_mem_free(rep);
    drill_mem_free(body);
    drill_mem_free(blen);
    if (nbody == 0 || b.oom || defs.oom) {
        int oom = b.oom || defs.oom;
        drill_mem_free(t);
        drill_mem_free(b.p);
        drill_mem_free(defs.p);
        return oom ? -1 : 0;
    }
    put(&b, "(?(DEFINE)", 10);
    put(&b, defs.p, defs.n);
    put(&b, ")", 1);
    drill_mem_free(defs.p);
    *out = rewrite_end(&b, t);
    return *out ? 1 : -1;
}
