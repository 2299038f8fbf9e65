/* Rubric-free answer similarity: Porter stemming, stop words, tf-idf vectors and cosine. */
#include "similar.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "drill_limits.h"
#include "text.h"

/* ================================================================ Porter stemmer
 *
 * Written from M. F. Porter, "An algorithm for suffix stripping", Program
 * 14(3), 1980. The word is b[0..k), lower-case ASCII letters only. Within a
 * step the longest matching suffix decides: if its condition fails, no
 * shorter suffix is tried. */

static int plain_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* A y is a consonant at the start of a word and after a vowel, a vowel after
 * a consonant; so along a run of y's the answer alternates from whatever
 * precedes the run (walked back iteratively: "yyyy..." must not recurse). */
static int is_cons(const char *b, size_t i)
{
    int flip = 0;
    while (b[i] == 'y') {
        if (i == 0)
            return !flip;
        flip ^= 1;
        i--;
    }
    return plain_vowel(b[i]) ? flip : !flip;
}

/* m in [C](VC)^m[V] for b[0..j). */
static int measure(const char *b, size_t j)
{
    int m = 0, prev_vowel = 0;
    for (size_t i = 0; i < j; i++) {
        int c = is_cons(b, i);
        if (c && prev_vowel)
            m++;
        prev_vowel = !c;
    }
    return m;
}

static int has_vowel(const char *b, size_t j)
{
    for (size_t i = 0; i < j; i++)
        if (!is_cons(b, i))
            return 1;
    return 0;
}

/* *d: b[0..j) ends in a double consonant. */
static int double_cons(const char *b, size_t j)
{
    return j >= 2 && b[j - 1] == b[j - 2] && is_cons(b, j - 1);
}

/* *o: b[0..j) ends consonant-vowel-consonant, the last not w, x or y. */
static int cvc(const char *b, size_t j)
{
    if (j < 3 || !is_cons(b, j - 3) || is_cons(b, j - 2) || !is_cons(b, j - 1))
        return 0;
    char c = b[j - 1];
    return c != 'w' && c != 'x' && c != 'y';
}

/* Compares from the end: most candidates fail on the last letter. */
static int suffix_is(const char *b, size_t k, const char *suf, size_t n)
{
    if (k < n)
        return 0;
    const char *p = b + k - n;
    for (size_t i = n; i-- > 0;)
        if (p[i] != suf[i])
            return 0;
    return 1;
}

#define ENDS(b, k, lit) suffix_is((b), (k), (lit), sizeof(lit) - 1)

struct rule {
    const char *suffix, *replacement;
    unsigned char slen, rlen;
};

#define R(suffix, replacement)                                                                     \
    {                                                                                              \
        suffix, replacement, sizeof(suffix) - 1, sizeof(replacement) - 1                           \
    }

static const struct rule step2_rules[] = {
    R("ational", "ate"), R("tional", "tion"), R("enci", "ence"),   R("anci", "ance"),
    R("izer", "ize"),    R("abli", "able"),   R("alli", "al"),     R("entli", "ent"),
    R("eli", "e"),       R("ousli", "ous"),   R("ization", "ize"), R("ation", "ate"),
    R("ator", "ate"),    R("alism", "al"),    R("iveness", "ive"), R("fulness", "ful"),
    R("ousness", "ous"), R("aliti", "al"),    R("iviti", "ive"),   R("biliti", "ble"),
    {NULL, NULL, 0, 0}};

static const struct rule step3_rules[] = {R("icate", "ic"), R("ative", ""),    R("alize", "al"),
                                          R("iciti", "ic"), R("ical", "ic"),   R("ful", ""),
                                          R("ness", ""),    {NULL, NULL, 0, 0}};

static const struct rule step4_rules[] = {
    R("al", ""),   R("ance", ""), R("ence", ""), R("er", ""),    R("ic", ""),
    R("able", ""), R("ible", ""), R("ant", ""),  R("ement", ""), R("ment", ""),
    R("ent", ""),  R("ion", ""),  R("ou", ""),   R("ism", ""),   R("ate", ""),
    R("iti", ""),  R("ous", ""),  R("ive", ""),  R("ize", ""),   {NULL, NULL, 0, 0}};

static const struct rule *longest_match(const char *b, size_t k, const struct rule *rules)
{
    const struct rule *best = NULL;
    size_t best_len = 0;
    for (const struct rule *r = rules; r->suffix; r++) {
        if (r->slen > best_len && suffix_is(b, k, r->suffix, r->slen)) {
            best = r;
            best_len = r->slen;
        }
    }
    return best;
}

/* Replaces the longest matching suffix when the stem's measure exceeds
 * min_m (and, for step 4's "ion", the stem ends in s or t). */
static size_t apply_rules(char *b, size_t k, const struct rule *rules, int min_m)
{
    const struct rule *r = longest_match(b, k, rules);
    if (!r)
        return k;
    size_t stem = k - r->slen;
    if (measure(b, stem) <= min_m)
        return k;
    if (rules == step4_rules && r->slen == 3 && memcmp(r->suffix, "ion", 3) == 0 &&
        (stem == 0 || (b[stem - 1] != 's' && b[stem - 1] != 't')))
        return k;
    memcpy(b + stem, r->replacement, r->rlen);
    return stem + r->rlen;
}

static size_t step1a(char *b, size_t k)
{
    if (ENDS(b, k, "sses") || ENDS(b, k, "ies"))
        return k - 2;
    if (ENDS(b, k, "ss"))
        return k;
    if (ENDS(b, k, "s"))
        return k - 1;
    return k;
}

static size_t step1b(char *b, size_t k)
{
    if (ENDS(b, k, "eed")) {
        if (measure(b, k - 3) > 0)
            k--;
        return k;
    }
    if (ENDS(b, k, "ed") && has_vowel(b, k - 2))
        k -= 2;
    else if (ENDS(b, k, "ing") && has_vowel(b, k - 3))
        k -= 3;
    else
        return k;
    /* the stem is left bare: restore an e, or undouble a consonant */
    if (ENDS(b, k, "at") || ENDS(b, k, "bl") || ENDS(b, k, "iz")) {
        b[k++] = 'e';
    } else if (double_cons(b, k)) {
        char c = b[k - 1];
        if (c != 'l' && c != 's' && c != 'z')
            k--;
    } else if (measure(b, k) == 1 && cvc(b, k)) {
        b[k++] = 'e';
    }
    return k;
}

static size_t step1c(char *b, size_t k)
{
    if (ENDS(b, k, "y") && has_vowel(b, k - 1))
        b[k - 1] = 'i';
    return k;
}

static size_t step5(char *b, size_t k)
{
    if (ENDS(b, k, "e")) {
        int m = measure(b, k - 1);
        if (m > 1 || (m == 1 && !cvc(b, k - 1)))
            k--;
    }
    if (ENDS(b, k, "ll") && measure(b, k) > 1)
        k--;
    return k;
}

size_t drill_stem(const char *word, size_t len, char *out)
{
    int letters = 1;
    for (size_t i = 0; i < len; i++) {
        char c = word[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c < 'a' || c > 'z')
            letters = 0;
        out[i] = c;
    }
    out[len] = '\0';
    if (!letters || len <= 2)
        return len;
    size_t k = len;
    k = step1a(out, k);
    k = step1b(out, k);
    k = step1c(out, k);
    size_t before = k;
    k = apply_rules(out, k, step2_rules, 0);
    /* the adverb's -ly, as the later Porter stemmer drops it: "randomly" is "random" */
    if (k == before && k >= 4 && ENDS(out, k, "li") && strchr("cdghkmnrt", out[k - 3]) &&
        measure(out, k - 2) > 0)
        k -= 2;
    k = apply_rules(out, k, step3_rules, 0);
    k = apply_rules(out, k, step4_rules, 1);
    k = step5(out, k);
    out[k] = '\0';
    return k;
}

/* British -ise/-isation and -yse to the -ize/-yze forms Porter's steps know,
 * so "regularisation" and "regularization" meet. A short stem ("raise",
 * "noise") is no such verb; -cise, -vise and -wise words ("precise",
 * "supervise", "otherwise") have no -ize form and derivatives in -sion. */
static void fold_spelling(char *b, size_t k)
{
    static const struct rule endings[] = {
        R("isations", ""), R("isation", ""), R("isers", ""), R("iser", ""),  R("ising", ""),
        R("ised", ""),     R("ises", ""),    R("ise", ""),   R("ysers", ""), R("yser", ""),
        R("ysing", ""),    R("ysed", ""),    R("yses", ""),  R("yse", "")};
    /* each ending has "is" or "ys" in the last eight letters: most words stop here */
    size_t j = k > 8 ? k - 8 : 0;
    while (j + 1 < k && !((b[j] == 'i' || b[j] == 'y') && b[j + 1] == 's'))
        j++;
    if (j + 1 >= k)
        return;
    for (size_t i = 0; i < k; i++)
        if (b[i] < 'a' || b[i] > 'z')
            return;
    for (size_t e = 0; e < sizeof endings / sizeof *endings; e++) {
        if (!suffix_is(b, k, endings[e].suffix, endings[e].slen))
            continue;
        size_t p = k - endings[e].slen; /* the i or y */
        if (p > 0 && b[p - 1] != 'c' && b[p - 1] != 'v' && b[p - 1] != 'w' && measure(b, p) > 0)
            b[p + 1] = 'z';
        return;
    }
}

/* ================================================================ stop words */

/* Sorted in byte order for the binary search (the unit suite checks it). */
static const char *const stopwords[] = {
    "about",      "above",    "after",    "again",     "against",   "all",     "also",
    "although",   "am",       "an",       "and",       "any",       "are",     "aren't",
    "as",         "at",       "be",       "because",   "been",      "before",  "being",
    "below",      "between",  "both",     "but",       "by",        "can",     "can't",
    "cannot",     "could",    "couldn't", "did",       "didn't",    "do",      "does",
    "doesn't",    "doing",    "don't",    "done",      "down",      "during",  "each",
    "either",     "else",     "etc",      "even",      "ever",      "every",   "few",
    "for",        "from",     "further",  "had",       "has",       "hasn't",  "have",
    "haven't",    "having",   "he",       "her",       "here",      "herself", "him",
    "himself",    "his",      "how",      "however",   "i'm",       "if",      "in",
    "into",       "is",       "isn't",    "it",        "it's",      "its",     "itself",
    "just",       "let",      "let's",    "may",       "me",        "might",   "more",
    "most",       "much",     "must",     "my",        "myself",    "neither", "no",
    "nor",        "not",      "now",      "of",        "off",       "often",   "on",
    "once",       "only",     "or",       "other",     "others",    "our",     "ourselves",
    "out",        "over",     "own",      "per",       "quite",     "rather",  "really",
    "same",       "she",      "should",   "shouldn't", "since",     "so",      "some",
    "such",       "than",     "that",     "that's",    "the",       "their",   "them",
    "themselves", "then",     "there",    "there's",   "therefore", "these",   "they",
    "they're",    "this",     "those",    "though",    "through",   "thus",    "to",
    "too",        "under",    "until",    "up",        "upon",      "us",      "very",
    "via",        "was",      "wasn't",   "we",        "we're",     "were",    "weren't",
    "what",       "when",     "where",    "whether",   "which",     "while",   "who",
    "whose",      "why",      "will",     "with",      "within",    "without", "won't",
    "would",      "wouldn't", "yet",      "you",       "you're",    "your",    "yourself",
    "yourselves"};

size_t drill_sim_stopwords(const char *const **list)
{
    *list = stopwords;
    return sizeof stopwords / sizeof *stopwords;
}

/* Byte order of w[0..n) against a NUL-terminated word: <0, 0 or >0. */
static int compare_word(const char *w, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char a = (unsigned char)w[i], c = (unsigned char)s[i];
        if (c == 0)
            return 1;
        if (a != c)
            return a < c ? -1 : 1;
    }
    return s[n] ? -1 : 0;
}

int drill_sim_stopword(const char *w, size_t n)
{
    if (n == 0 || n == 1 || (n <= 4 && drill_utf8_seqlen(w, n) == n))
        return 1;
    if (n > 10)
        return 0; /* longer than any listed word */
    size_t lo = 0, hi = sizeof stopwords / sizeof *stopwords;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = compare_word(w, n, stopwords[mid]);
        if (c == 0)
            return 1;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

/* ================================================================ tokens */

static size_t part_end(const char *s, size_t i, size_t end)
{
    while (i < end && s[i] != '-' && s[i] != '_')
        i++;
    return i;
}

/* One code point (valid UTF-8 assumed: a lone byte is ASCII). */
static int one_char(const char *s, size_t n)
{
    return n == 1 || (n >= 2 && n <= 4 && drill_utf8_seqlen(s, n) == n);
}

/* The longest prefix of s[0..n) that fits `cap` bytes and ends on a character boundary. */
static size_t utf8_cut(const char *s, size_t n, size_t cap)
{
    if (n <= cap)
        return n;
    while (cap > 0 && ((unsigned char)s[cap] & 0xC0) == 0x80)
        cap--;
    return cap;
}

/* One part of a word as the text has it, before stop words and stemming. */
struct part {
    size_t start, end; /* the surface bytes */
    const char *raw;   /* the part: in the text, or in glued */
    size_t n;          /* bytes in raw */
    int cut;           /* raw is a truncated prefix: keep it as it is */
    int cjk;           /* a character bigram (or lone character) of CJK text */
    char glued[DRILL_SIM_WORD_BYTES];
};

/* Letters, digits and '_', as drill_text_next_word has them in ASCII. */
static int ascii_wordchar(char ch)
{
    /* clang-format off */
    static const unsigned char word[128] = {
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 0x00 */
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 0x10 */
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 0x20 */
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,  /* 0x30 */
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 0x40 */
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,  /* 0x50 */
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 0x60 */
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,  /* 0x70 */
    };
    /* clang-format on */
    unsigned char c = (unsigned char)ch;
    return c < 128 && word[c];
}

/* drill_text_next_word for text known to be ASCII, without decoding. */
static int ascii_next_word(const char *s, size_t n, size_t *pos, size_t *start, size_t *len)
{
    size_t i = *pos;
    while (i < n && !ascii_wordchar(s[i]))
        i++;
    if (i >= n) {
        *pos = n;
        return 0;
    }
    *start = i;
    for (;;) {
        while (i < n && ascii_wordchar(s[i]))
            i++;
        if (i + 1 < n && (s[i] == '\'' || s[i] == '-') && ascii_wordchar(s[i + 1]))
            i++;
        else
            break;
    }
    *len = i - *start;
    *pos = i;
    return 1;
}

/* The CJK character that ends at byte `at` of valid UTF-8, if one does. */
static int cjk_before(const char *s, size_t at)
{
    size_t i = at;
    while (i > 0 && at - i < 4 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
        i--;
    if (i == 0)
        return 0;
    i--;
    return drill_text_script(drill_utf8_next(s, at, &i)) != DRILL_SCRIPT_OTHER;
}

/* Chinese, Japanese and Korean text becomes overlapping character bigrams:
 * "正则化" gives 正则 and 则化. Most Chinese words are two characters, so a
 * bigram is the nearest thing to a word that needs no dictionary (the
 * classic choice of CJK search engines); single characters would not do, as
 * the commonest (的, 是, の, 는) occur in every text and would make
 * unrelated texts look alike. Korean is split the same way, as its
 * particles are written onto the word ("모델은", "모델이"). A run of one
 * character is a term of its own. Bigrams are taken as written: stop words,
 * spelling and stemming are English rules. Returns 0 for a character whose
 * terms the bigram before it already gave. */
static int cjk_part(const char *s, size_t n, size_t st, size_t *pos, struct part *p)
{
    size_t i = st;
    drill_utf8_next(s, n, &i);
    *pos = i; /* the next character starts the next bigram */
    size_t j = i;
    int next = i < n && drill_text_script(drill_utf8_next(s, n, &j)) != DRILL_SCRIPT_OTHER;
    if (!next && cjk_before(s, st))
        return 0;
    p->start = st;
    p->end = next ? j : i;
    p->raw = s + st;
    p->n = p->end - st;
    p->cut = 0;
    p->cjk = 1;
    return 1;
}

static int next_part(const char *s, size_t n, size_t *pos, struct part *p, int ascii)
{
    enum { CAP = DRILL_SIM_WORD_BYTES - 1 };
    size_t st, len;
    for (;;) {
        if (!(ascii ? ascii_next_word(s, n, pos, &st, &len)
                    : drill_text_next_word(s, n, pos, &st, &len)))
            return 0;
        if (ascii || (unsigned char)s[st] < 0xE1)
            break; /* no CJK character is encoded below U+1100 */
        size_t i = st;
        if (drill_text_script(drill_utf8_next(s, n, &i)) == DRILL_SCRIPT_OTHER)
            break;
        if (cjk_part(s, n, st, pos, p))
            return 1;
    }
    p->cjk = 0;
    size_t end = st + len, pe = part_end(s, st, end);
    if (pe < end)
        *pos = pe + 1; /* the rest of the compound is read as words of its own */
    p->start = st;
    p->end = pe;
    p->raw = s + st;
    p->n = utf8_cut(s + st, pe - st, CAP);
    p->cut = p->n < pe - st;
    if (pe < end && one_char(s + st, pe - st)) {
        size_t p2 = pe + 1, pe2 = part_end(s, p2, end);
        if (pe2 > p2) {
            size_t add = utf8_cut(s + p2, pe2 - p2, CAP - p->n);
            memcpy(p->glued, s + st, p->n);
            memcpy(p->glued + p->n, s + p2, add);
            p->raw = p->glued;
            p->n += add;
            p->cut = add < pe2 - p2;
            p->end = pe2;
            *pos = pe2 < end ? pe2 + 1 : end;
        }
    }
    return 1;
}

/* The name of the Greek letter s[0, n) (lower case, as the text is read), or NULL: a letter
 * standing alone is a symbol, read as the word a candidate who spells it out writes ("λ" is
 * "lambda"), where any other single character is dropped. */
static const char *greek_name(const char *s, size_t n)
{
    static const char *const names[] = {
        "alpha", "beta",   "gamma",   "delta", "epsilon", "zeta",    "eta",  "theta", "iota",
        "kappa", "lambda", "mu",      "nu",    "xi",      "omicron", "pi",   "rho",   "sigma",
        "sigma", "tau",    "upsilon", "phi",   "chi",     "psi",     "omega"};
    if (n != 2)
        return NULL;
    size_t i = 0;
    uint32_t c = drill_utf8_next(s, n, &i);
    if (c >= 0x3B1 && c <= 0x3C9)
        return names[c - 0x3B1];
    if (c == 0x3D1) /* ϑ */
        return "theta";
    if (c == 0x3D5) /* ϕ */
        return "phi";
    if (c == 0x3F5) /* ϵ */
        return "epsilon";
    return NULL;
}

/* The term a part stands for: 0 if it is dropped; else its stem (NUL-terminated, at most
 * p->n bytes, or the 7 of a Greek letter's name) and the bytes of possessive to trim from the
 * surface word. */
static int make_term(const struct part *p, char *stem, size_t *stemlen, size_t *trim)
{
    size_t n = p->n;
    *trim = 0;
    if (p->cjk) {
        memcpy(stem, p->raw, n);
        stem[n] = '\0';
        *stemlen = n;
        return 1;
    }
    const char *greek = greek_name(p->raw, n);
    if (greek) {
        n = strlen(greek);
        memcpy(stem, greek, n);
        fold_spelling(stem, n);
        *stemlen = drill_stem(stem, n, stem);
        return 1;
    }
    if (one_char(p->raw, n) || drill_sim_stopword(p->raw, n))
        return 0;
    if (!p->cut && n >= 2 && p->raw[n - 2] == '\'' && p->raw[n - 1] == 's') {
        n -= 2;
        *trim = 2;
        if (n == 0 || one_char(p->raw, n) || drill_sim_stopword(p->raw, n))
            return 0;
    }
    memcpy(stem, p->raw, n);
    if (p->cut) {
        stem[n] = '\0';
        *stemlen = n;
    } else {
        fold_spelling(stem, n);
        *stemlen = drill_stem(stem, n, stem);
    }
    return 1;
}

/* What a short word part turned into: the same few hundred words recur in every answer, and
 * stop-word lookup, spelling and stemming are most of the cost of reading one. Kept in
 * direct-mapped slots, by drill_sim_next_token and by each index's scratch (struct cached): a
 * collision just recomputes. */
#define MEMO_WORD   20
#define TOKEN_SLOTS 4096
struct token_memo {
    uint32_t hash;
    unsigned char used, keep, rawlen, stemlen, trim;
    char raw[MEMO_WORD], stem[MEMO_WORD];
};
static struct token_memo token_cache[TOKEN_SLOTS];
static uint32_t hash_bytes(const char *s, size_t n);

/* Slot c for part p (shorter than MEMO_WORD, not cut), whose bytes hash to h: filled anew
 * unless it holds p already. Returns 1 when filled anew. */
static int memo_fill(struct token_memo *c, uint32_t h, const struct part *p)
{
    if (c->used && c->hash == h && c->rawlen == p->n && memcmp(c->raw, p->raw, p->n) == 0)
        return 0;
    size_t len = 0, trim = 0;
    c->used = 1;
    c->hash = h;
    c->rawlen = (unsigned char)p->n;
    memcpy(c->raw, p->raw, p->n);
    c->keep = (unsigned char)make_term(p, c->stem, &len, &trim);
    c->stemlen = (unsigned char)len;
    c->trim = (unsigned char)trim;
    return 1;
}

int drill_sim_next_token(const char *s, size_t n, size_t *pos, struct drill_sim_token *tok)
{
    struct part p;
    size_t trim;
    /* every pass moves *pos forward by at least one byte */
    while (next_part(s, n, pos, &p, 0)) {
        if (p.cut || p.n >= MEMO_WORD) {
            if (!make_term(&p, tok->stem, &tok->stemlen, &trim))
                continue;
        } else {
            uint32_t h = hash_bytes(p.raw, p.n);
            struct token_memo *c = &token_cache[h & (TOKEN_SLOTS - 1)];
            memo_fill(c, h, &p);
            if (!c->keep)
                continue;
            memcpy(tok->stem, c->stem, c->stemlen + 1u);
            tok->stemlen = c->stemlen;
            trim = c->trim;
        }
        tok->start = p.start;
        tok->len = p.end - p.start - trim;
        return 1;
    }
    return 0;
}

/* ================================================================ index */

struct sim_term {
    uint32_t off, hash, df, len;
    size_t stamp; /* the last document counted, 1-based */
};

/* One term of a comparison. */
struct sim_ent {
    uint32_t off, hash, len; /* stem, in the scratch pool */
    uint32_t tf[2];          /* in the answer (or weighed text) and the reference */
    uint32_t df;
    uint32_t word, wordlen; /* first surface word in the reference, in the scratch text */
    uint32_t first;         /* order of first appearance in the reference */
    int inq;
    double w[2];
};

/* A word part's memo in an index's scratch, with its stem's hash and index term. */
#define CACHE_SLOTS 8192

struct cached {
    struct token_memo m;
    uint32_t stemhash;
    uint32_t id, gen; /* index term id + 1, or 0 if unknown when the index had gen terms */
};

struct sim_scratch {
    char *text; /* normalised inputs, one after another */
    char *pool; /* stems of the comparison */
    uint32_t *slots;
    struct sim_ent *ents;
    uint32_t *ids; /* the terms of a document being added */
    struct cached *cache;
    double *idf;     /* by document frequency, for idf_docs documents */
    size_t idf_docs; /* 0: not computed */
    size_t textcap, poolcap, slotcap, entcap, idcap, cachecap, idfcap;
    size_t nents, nslots, poollen, nout;
};

struct drill_sim_index {
    drill_sim_alloc alloc;
    void *ud;
    uint32_t *slots; /* 0 empty, else term id + 1 */
    size_t slotcap;  /* a power of two */
    struct sim_term *terms;
    size_t nterms, termcap;
    char *pool;
    size_t poollen, poolcap;
    size_t ndocs;
    struct sim_scratch *scr; /* behind a pointer: the const API writes to it */
};

/* Charged like the rest of what the core holds for a plugin (alloc.h). */
static void *std_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    (void)ud;
    (void)osize;
    if (nsize == 0) {
        drill_mem_free(ptr);
        return NULL;
    }
    return drill_mem_realloc(ptr, nsize);
}

/* Grows *p (cap elements of `size`) to hold `need` elements; 0 or -1. */
static int reserve(const struct drill_sim_index *idx, void **p, size_t *cap, size_t need,
                   size_t size)
{
    if (need <= *cap)
        return 0;
    size_t ncap = *cap ? *cap : 16;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2)
            return -1;
        ncap *= 2;
    }
    if (ncap > SIZE_MAX / size)
        return -1;
    void *q = idx->alloc(idx->ud, *p, *p ? *cap * size : 0, ncap * size);
    if (!q)
        return -1;
    *p = q;
    *cap = ncap;
    return 0;
}

static uint32_t hash_bytes(const char *s, size_t n)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

/* Lower-cases ASCII text into out, eight bytes at a time; 0 at the first byte
 * that is not ASCII. */
static int lower_ascii(const char *s, size_t n, char *out)
{
    const uint64_t high = 0x8080808080808080ull, ones = 0x0101010101010101ull;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & high)
            return 0;
        /* bytes are below 0x80, so these sums carry into bit 7 and no further */
        uint64_t from_a = w + ones * (0x80 - 'A'), past_z = w + ones * (0x80 - 'Z' - 1);
        w |= (from_a & ~past_z & high) >> 2;
        memcpy(out + i, &w, 8);
    }
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c & 0x80)
            return 0;
        out[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    out[n] = '\0';
    return 1;
}

/* drill_text_normalize(..., DRILL_NORM_LOWER), or for all-ASCII text just a
 * lower-cased copy: white space is never part of a word, so folding it
 * changes no term and no reported word. Sets *ascii accordingly. */
static size_t normalise(const char *s, size_t n, char *out, int *ascii)
{
    *ascii = lower_ascii(s, n, out);
    return *ascii ? n : drill_text_normalize(s, n, out, DRILL_NORM_LOWER);
}

struct drill_sim_index *drill_sim_index_new(void)
{
    return drill_sim_index_new_with(NULL, NULL);
}

struct drill_sim_index *drill_sim_index_new_with(drill_sim_alloc alloc, void *ud)
{
    if (!alloc)
        alloc = std_alloc;
    struct drill_sim_index *idx = alloc(ud, NULL, 0, sizeof *idx);
    if (!idx)
        return NULL;
    memset(idx, 0, sizeof *idx);
    idx->alloc = alloc;
    idx->ud = ud;
    idx->scr = alloc(ud, NULL, 0, sizeof *idx->scr);
    if (idx->scr)
        memset(idx->scr, 0, sizeof *idx->scr);
    void *slots = NULL;
    if (!idx->scr || reserve(idx, &slots, &idx->slotcap, 256, sizeof *idx->slots)) {
        drill_sim_index_free(idx);
        return NULL;
    }
    idx->slots = slots;
    memset(idx->slots, 0, idx->slotcap * sizeof *idx->slots);
    return idx;
}

static void release(const struct drill_sim_index *idx, void *p, size_t bytes)
{
    if (p)
        idx->alloc(idx->ud, p, bytes, 0);
}

void drill_sim_index_free(struct drill_sim_index *idx)
{
    if (!idx)
        return;
    struct sim_scratch *s = idx->scr;
    if (s) {
        release(idx, s->text, s->textcap);
        release(idx, s->pool, s->poolcap);
        release(idx, s->slots, s->slotcap * sizeof *s->slots);
        release(idx, s->ents, s->entcap * sizeof *s->ents);
        release(idx, s->ids, s->idcap * sizeof *s->ids);
        release(idx, s->cache, s->cachecap * sizeof *s->cache);
        release(idx, s->idf, s->idfcap * sizeof *s->idf);
        release(idx, s, sizeof *s);
    }
    release(idx, idx->slots, idx->slotcap * sizeof *idx->slots);
    release(idx, idx->terms, idx->termcap * sizeof *idx->terms);
    release(idx, idx->pool, idx->poolcap);
    release(idx, idx, sizeof *idx);
}

size_t drill_sim_index_ndocs(const struct drill_sim_index *idx)
{
    return idx->ndocs;
}

size_t drill_sim_index_nterms(const struct drill_sim_index *idx)
{
    return idx->nterms;
}

/* The slot holding the stem, or the empty slot where it would go. */
static size_t probe(const struct drill_sim_index *idx, const char *s, size_t n, uint32_t h)
{
    size_t mask = idx->slotcap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        uint32_t v = idx->slots[i];
        if (!v)
            return i;
        const struct sim_term *t = &idx->terms[v - 1];
        if (t->hash == h && t->len == n && memcmp(idx->pool + t->off, s, n) == 0)
            return i;
    }
}

/* drill_sim_next_token through the scratch's word cache, which also keeps
 * each stem's hash and index term: sets *hash and *id (term id + 1, or 0
 * when the index does not know the stem). */
static int next_token_cached(const struct drill_sim_index *idx, const char *s, size_t n,
                             size_t *pos, int ascii, struct drill_sim_token *tok, uint32_t *hash,
                             uint32_t *id)
{
    struct sim_scratch *sc = idx->scr;
    struct part p;
    size_t trim;
    while (next_part(s, n, pos, &p, ascii)) {
        if (p.cut || p.n >= MEMO_WORD) {
            if (!make_term(&p, tok->stem, &tok->stemlen, &trim))
                continue;
            *hash = hash_bytes(tok->stem, tok->stemlen);
            *id = idx->slots[probe(idx, tok->stem, tok->stemlen, *hash)];
        } else {
            uint32_t h = hash_bytes(p.raw, p.n);
            struct cached *c = &sc->cache[h & (CACHE_SLOTS - 1)];
            if (memo_fill(&c->m, h, &p)) {
                c->stemhash = c->m.keep ? hash_bytes(c->m.stem, c->m.stemlen) : 0;
                c->id = 0;
                c->gen = UINT32_MAX;
            }
            if (!c->m.keep)
                continue;
            if (!c->id && c->gen != idx->nterms) {
                c->id = idx->slots[probe(idx, c->m.stem, c->m.stemlen, c->stemhash)];
                c->gen = (uint32_t)idx->nterms;
            }
            memcpy(tok->stem, c->m.stem, c->m.stemlen + 1u);
            tok->stemlen = c->m.stemlen;
            trim = c->m.trim;
            *hash = c->stemhash;
            *id = c->id;
        }
        tok->start = p.start;
        tok->len = p.end - p.start - trim;
        return 1;
    }
    return 0;
}

static uint32_t lookup_df(const struct drill_sim_index *idx, const char *s, size_t n, uint32_t h)
{
    uint32_t v = idx->slots[probe(idx, s, n, h)];
    return v ? idx->terms[v - 1].df : 0;
}

size_t drill_sim_df(const struct drill_sim_index *idx, const char *stem, size_t n)
{
    return lookup_df(idx, stem, n, hash_bytes(stem, n));
}

static double idf_of(size_t ndocs, size_t df)
{
    return log(((double)ndocs + 1.0) / ((double)df + 1.0)) + 1.0;
}

double drill_sim_idf(const struct drill_sim_index *idx, const char *stem, size_t n)
{
    return idf_of(idx->ndocs, drill_sim_df(idx, stem, n));
}

/* Keeps the table at most half full. */
static int rehash(struct drill_sim_index *idx)
{
    if ((idx->nterms + 1) * 2 <= idx->slotcap)
        return 0;
    size_t ncap = idx->slotcap * 2;
    uint32_t *slots = idx->alloc(idx->ud, NULL, 0, ncap * sizeof *slots);
    if (!slots)
        return -1;
    memset(slots, 0, ncap * sizeof *slots);
    for (size_t id = 0; id < idx->nterms; id++) {
        size_t i = idx->terms[id].hash & (ncap - 1);
        while (slots[i])
            i = (i + 1) & (ncap - 1);
        slots[i] = (uint32_t)id + 1;
    }
    release(idx, idx->slots, idx->slotcap * sizeof *idx->slots);
    idx->slots = slots;
    idx->slotcap = ncap;
    return 0;
}

static int intern(struct drill_sim_index *idx, const char *s, size_t n, uint32_t h, uint32_t *id)
{
    size_t at = probe(idx, s, n, h);
    if (idx->slots[at]) {
        *id = idx->slots[at] - 1;
        return 0;
    }
    if (idx->nterms >= UINT32_MAX - 1 || idx->poollen + n > UINT32_MAX)
        return -1;
    void *terms = idx->terms, *pool = idx->pool;
    int err = reserve(idx, &terms, &idx->termcap, idx->nterms + 1, sizeof *idx->terms);
    idx->terms = terms;
    if (!err)
        err = reserve(idx, &pool, &idx->poolcap, idx->poollen + n, 1);
    idx->pool = pool;
    if (err || rehash(idx))
        return -1;
    at = probe(idx, s, n, h);
    struct sim_term *t = &idx->terms[idx->nterms];
    t->off = (uint32_t)idx->poollen;
    t->hash = h;
    t->len = (uint32_t)n;
    t->df = 0;
    t->stamp = 0;
    memcpy(idx->pool + idx->poollen, s, n);
    idx->poollen += n;
    *id = (uint32_t)idx->nterms;
    idx->slots[at] = (uint32_t)++idx->nterms;
    return 0;
}

static int reserve_cache(const struct drill_sim_index *idx)
{
    struct sim_scratch *s = idx->scr;
    if (s->cache)
        return 0;
    void *c = NULL;
    if (reserve(idx, &c, &s->cachecap, CACHE_SLOTS, sizeof *s->cache))
        return -1;
    memset(c, 0, CACHE_SLOTS * sizeof *s->cache);
    s->cache = c;
    return 0;
}

/* Cuts text past the answer limit on a character boundary and checks it. */
static int clip(const char *s, size_t *n)
{
    if (!s) {
        *n = 0;
        return 0;
    }
    *n = utf8_cut(s, *n, DRILL_MAX_ANSWER_BYTES);
    return drill_utf8_valid(s, *n, NULL) ? 0 : -1;
}

int drill_sim_index_add(struct drill_sim_index *idx, const char *text, size_t len)
{
    if (clip(text, &len))
        return DRILL_SIM_EUTF8;
    struct sim_scratch *s = idx->scr;
    void *buf = s->text, *ids = s->ids;
    int err = reserve(idx, &buf, &s->textcap, len + 1, 1);
    s->text = buf;
    if (!err)
        err = reserve(idx, &ids, &s->idcap, len / 2 + 1, sizeof *s->ids);
    s->ids = ids;
    if (err || reserve_cache(idx))
        return DRILL_SIM_ENOMEM;
    int ascii;
    size_t n = normalise(text, len, s->text, &ascii);
    /* intern first, count after: a failure leaves only unseen terms with df 0 */
    size_t pos = 0, nids = 0;
    struct drill_sim_token tok;
    uint32_t h, known;
    while (next_token_cached(idx, s->text, n, &pos, ascii, &tok, &h, &known) && nids < s->idcap) {
        if (known)
            s->ids[nids] = known - 1;
        else if (intern(idx, tok.stem, tok.stemlen, h, &s->ids[nids]))
            return DRILL_SIM_ENOMEM;
        nids++;
    }
    size_t stamp = ++idx->ndocs;
    for (size_t i = 0; i < nids; i++) {
        struct sim_term *t = &idx->terms[s->ids[i]];
        if (t->stamp != stamp) {
            t->stamp = stamp;
            t->df++;
        }
    }
    return DRILL_SIM_OK;
}

/* ================================================================ vectors */

enum { ROLE_ANSWER = 0, ROLE_REFERENCE = 1, ROLE_QUESTION = 2 };

/* idf by document frequency, computed once per corpus size rather than a
 * logarithm per term per comparison. Past 65536 documents weigh() takes the
 * logarithm itself. */
static int idf_table(const struct drill_sim_index *idx)
{
    struct sim_scratch *s = idx->scr;
    size_t n = idx->ndocs + 1;
    if (n > 65536 || s->idf_docs == n)
        return 0;
    void *t = s->idf;
    int err = reserve(idx, &t, &s->idfcap, n, sizeof *s->idf);
    s->idf = t;
    if (err)
        return -1;
    for (size_t df = 0; df < n; df++)
        s->idf[df] = idf_of(idx->ndocs, df);
    s->idf_docs = n;
    return 0;
}

/* Sizes the scratch for `total` input bytes and clears the comparison's
 * table. Every term starts at a byte no other term of its text starts at and
 * owns at least two bytes from there (a word part of two or more bytes, or a
 * CJK character of three or four), so total / 2 + 3 entries suffice for
 * three texts. A stem is at most three times the bytes it owns (a bigram of
 * up to eight bytes starts at a character of three or more). */
static int scratch_begin(const struct drill_sim_index *idx, size_t total)
{
    struct sim_scratch *s = idx->scr;
    size_t nents = total / 2 + 3, nslots = 16;
    while (nslots < 2 * nents)
        nslots *= 2;
    void *text = s->text, *pool = s->pool, *slots = s->slots, *ents = s->ents;
    int err = reserve(idx, &text, &s->textcap, total + 3, 1);
    s->text = text;
    if (!err)
        err = reserve(idx, &pool, &s->poolcap, 3 * total + 1, 1);
    s->pool = pool;
    if (!err)
        err = reserve(idx, &slots, &s->slotcap, nslots, sizeof *s->slots);
    s->slots = slots;
    if (!err)
        err = reserve(idx, &ents, &s->entcap, nents, sizeof *s->ents);
    s->ents = ents;
    if (err || reserve_cache(idx) || idf_table(idx))
        return DRILL_SIM_ENOMEM;
    memset(s->slots, 0, nslots * sizeof *s->slots);
    s->nslots = nslots;
    s->nents = 0;
    s->poollen = 0;
    s->nout = 0;
    return DRILL_SIM_OK;
}

static struct sim_ent *local_term(const struct drill_sim_index *idx, const char *stem, size_t n,
                                  uint32_t h, uint32_t id)
{
    struct sim_scratch *s = idx->scr;
    size_t mask = s->nslots - 1, i = h & mask;
    for (;; i = (i + 1) & mask) {
        uint32_t v = s->slots[i];
        if (!v)
            break;
        struct sim_ent *e = &s->ents[v - 1];
        if (e->hash == h && e->len == n && memcmp(s->pool + e->off, stem, n) == 0)
            return e;
    }
    if (s->nents >= s->entcap || s->poollen + n > s->poolcap)
        return NULL; /* cannot happen with scratch_begin's sizes */
    struct sim_ent *e = &s->ents[s->nents];
    memset(e, 0, sizeof *e);
    e->off = (uint32_t)s->poollen;
    e->hash = h;
    e->len = (uint32_t)n;
    e->df = id ? idx->terms[id - 1].df : 0;
    memcpy(s->pool + s->poollen, stem, n);
    s->poollen += n;
    s->slots[i] = (uint32_t)++s->nents;
    return e;
}

/* Normalises text into the scratch at *at and counts its terms for `role`. */
static void add_text(const struct drill_sim_index *idx, const char *text, size_t len, int role,
                     size_t *at)
{
    struct sim_scratch *s = idx->scr;
    if (!text || !len)
        return;
    char *t = s->text + *at;
    int ascii;
    size_t n = normalise(text, len, t, &ascii);
    size_t pos = 0;
    uint32_t order = 0;
    struct drill_sim_token tok;
    uint32_t h, id;
    while (next_token_cached(idx, t, n, &pos, ascii, &tok, &h, &id)) {
        struct sim_ent *e = local_term(idx, tok.stem, tok.stemlen, h, id);
        if (!e)
            break;
        if (role == ROLE_QUESTION) {
            e->inq = 1;
            continue;
        }
        if (role == ROLE_REFERENCE && e->tf[1] == 0) {
            e->word = (uint32_t)(*at + tok.start);
            e->wordlen = (uint32_t)tok.len;
            e->first = order++;
        }
        e->tf[role]++;
    }
    *at += n + 1;
}

/* Sets every entry's weights for both roles and returns the squared norms. */
static void weigh(const struct drill_sim_index *idx, double norm2[2])
{
    struct sim_scratch *s = idx->scr;
    norm2[0] = norm2[1] = 0.0;
    for (size_t i = 0; i < s->nents; i++) {
        struct sim_ent *e = &s->ents[i];
        double idf = s->idf_docs == idx->ndocs + 1 && e->df <= idx->ndocs
                         ? s->idf[e->df]
                         : idf_of(idx->ndocs, e->df);
        if (e->inq)
            idf *= DRILL_SIM_QUESTION_WEIGHT;
        for (int r = 0; r < 2; r++) {
            uint32_t tf = e->tf[r];
            e->w[r] = tf == 0 ? 0.0 : tf == 1 ? idf : (1.0 + log((double)tf)) * idf;
            norm2[r] += e->w[r] * e->w[r];
        }
    }
}

static int check_inputs(const char *a, size_t *alen, const char *r, size_t *rlen, const char *q,
                        size_t *qlen)
{
    if (clip(a, alen) || clip(r, rlen) || clip(q, qlen))
        return DRILL_SIM_EUTF8;
    return DRILL_SIM_OK;
}

/* Heavier first, then earlier in the reference. */
static int heavier(const struct sim_ent *x, const struct sim_ent *y)
{
    return x->w[1] > y->w[1] || (x->w[1] == y->w[1] && x->first < y->first);
}

static void keep_top(const struct sim_ent **top, size_t *n, const struct sim_ent *e)
{
    size_t i = *n;
    if (i == DRILL_SIM_REPORT) {
        if (!heavier(e, top[i - 1]))
            return;
        i--;
    } else {
        (*n)++;
    }
    while (i > 0 && heavier(e, top[i - 1])) {
        top[i] = top[i - 1];
        i--;
    }
    top[i] = e;
}

static void copy_cut(char *dst, const char *src, size_t n)
{
    n = utf8_cut(src, n, DRILL_SIM_WORD_BYTES - 1);
    memcpy(dst, src, n);
    dst[n] = '\0';
}

static void report(const struct sim_scratch *s, const struct sim_ent *e, double norm,
                   struct drill_sim_term *out)
{
    copy_cut(out->stem, s->pool + e->off, e->len);
    copy_cut(out->word, s->text + e->word, e->wordlen);
    out->weight = norm > 0 ? e->w[1] / norm : 0.0;
}

int drill_sim_compare(const struct drill_sim_index *idx, const char *answer, size_t alen,
                      const char *reference, size_t rlen, const char *question, size_t qlen,
                      struct drill_sim_result *out)
{
    out->similarity = out->coverage = 0.0;
    out->nshared = out->nmissing = 0;
    int err = check_inputs(answer, &alen, reference, &rlen, question, &qlen);
    if (err)
        return err;
    if ((err = scratch_begin(idx, alen + rlen + qlen)))
        return err;
    size_t at = 0;
    add_text(idx, question, qlen, ROLE_QUESTION, &at);
    add_text(idx, reference, rlen, ROLE_REFERENCE, &at);
    add_text(idx, answer, alen, ROLE_ANSWER, &at);
    double norm2[2], dot = 0.0, total = 0.0, found = 0.0;
    weigh(idx, norm2);
    const struct sim_scratch *s = idx->scr;
    const struct sim_ent *shared[DRILL_SIM_REPORT], *missing[DRILL_SIM_REPORT];
    for (size_t i = 0; i < s->nents; i++) {
        const struct sim_ent *e = &s->ents[i];
        if (!e->tf[1])
            continue;
        dot += e->w[0] * e->w[1];
        total += e->w[1];
        if (e->tf[0]) {
            found += e->w[1];
            keep_top(shared, &out->nshared, e);
        } else {
            keep_top(missing, &out->nmissing, e);
        }
    }
    if (norm2[0] > 0 && norm2[1] > 0) {
        double c = dot / (sqrt(norm2[0]) * sqrt(norm2[1]));
        out->similarity = c > 1.0 ? 1.0 : c < 0.0 ? 0.0 : c;
    }
    if (total > 0) {
        double c = found / total;
        out->coverage = c > 1.0 ? 1.0 : c;
    }
    double rnorm = sqrt(norm2[1]);
    for (size_t i = 0; i < out->nshared; i++)
        report(s, shared[i], rnorm, &out->shared[i]);
    for (size_t i = 0; i < out->nmissing; i++)
        report(s, missing[i], rnorm, &out->missing[i]);
    return DRILL_SIM_OK;
}

int drill_sim_weights(const struct drill_sim_index *idx, const char *text, size_t len,
                      const char *question, size_t qlen, size_t *nterms)
{
    *nterms = 0;
    int err = check_inputs(text, &len, NULL, &(size_t){0}, question, &qlen);
    if (err)
        return err;
    if ((err = scratch_begin(idx, len + qlen)))
        return err;
    size_t at = 0;
    add_text(idx, question, qlen, ROLE_QUESTION, &at);
    add_text(idx, text, len, ROLE_ANSWER, &at);
    double norm2[2];
    weigh(idx, norm2);
    struct sim_scratch *s = idx->scr;
    /* keep the text's own terms, in order of first appearance */
    size_t k = 0;
    double norm = sqrt(norm2[0]);
    for (size_t i = 0; i < s->nents; i++) {
        if (!s->ents[i].tf[0])
            continue;
        s->ents[k] = s->ents[i];
        s->ents[k].w[0] /= norm;
        k++;
    }
    s->nout = k;
    *nterms = k;
    return DRILL_SIM_OK;
}

void drill_sim_weight_at(const struct drill_sim_index *idx, size_t i, const char **stem,
                         size_t *len, double *weight)
{
    const struct sim_scratch *s = idx->scr;
    if (i >= s->nout) {
        *stem = "";
        *len = 0;
        *weight = 0.0;
        return;
    }
    const struct sim_ent *e = &s->ents[i];
    *stem = s->pool + e->off;
    *len = e->len;
    *weight = e->w[0];
}
