/* Text primitives: UTF-8 validation, normalisation, words, edit distance. */
#include "text.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"

size_t drill_utf8_seqlen(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    if (n == 0)
        return 0;
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    if (c < 0xC2)
        return 0; /* continuation byte, or overlong 2-byte lead */
    if (c < 0xE0) {
        return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
    }
    if (c < 0xF0) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        if (c == 0xE0 && s[1] < 0xA0)
            return 0; /* overlong */
        if (c == 0xED && s[1] >= 0xA0)
            return 0; /* surrogate */
        return 3;
    }
    if (c < 0xF5) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && s[1] < 0x90)
            return 0; /* overlong */
        if (c == 0xF4 && s[1] >= 0x90)
            return 0; /* past U+10FFFF */
        return 4;
    }
    return 0;
}

int drill_utf8_valid(const char *s, size_t n, size_t *bad)
{
    size_t i = 0;
    while (i < n) {
        /* ASCII runs are the common case: skip them eight bytes at a time */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        size_t k = drill_utf8_seqlen(s + i, n - i);
        if (!k) {
            if (bad)
                *bad = i;
            return 0;
        }
        i += k;
    }
    return 1;
}

uint32_t drill_utf8_next(const char *str, size_t n, size_t *i)
{
    const unsigned char *s = (const unsigned char *)str + *i;
    size_t k = drill_utf8_seqlen(str + *i, n - *i);
    uint32_t cp;
    switch (k) {
    case 2:
        cp = ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
        break;
    case 3:
        cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        break;
    case 4:
        cp = ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
             ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
        break;
    default:
        k = 1;
        cp = s[0];
    }
    *i += k;
    return cp;
}

size_t drill_utf8_length(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            k++;
    return k;
}

static int wrap_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/* Appends n bytes at out + *o, or only counts them when out is NULL. */
static void wrap_put(char *out, size_t *o, const char *s, size_t n)
{
    if (out && n)
        memcpy(out + *o, s, n);
    *o += n;
}

size_t drill_text_wrap(const char *s, size_t n, size_t width, const char *indent, size_t ilen,
                       char *out)
{
    size_t o = 0, i = 0;
    for (;;) {
        size_t e = i;
        while (e < n && s[e] != '\n')
            e++;
        wrap_put(out, &o, indent, ilen);
        size_t len = 0; /* characters on the line so far */
        for (size_t j = i; j < e;) {
            while (j < e && wrap_space(s[j]))
                j++;
            if (j == e)
                break;
            size_t w = j;
            while (j < e && !wrap_space(s[j]))
                j++;
            size_t wl = drill_utf8_length(s + w, j - w);
            if (len > 0 && len + 1 + wl > width) {
                wrap_put(out, &o, "\n", 1);
                wrap_put(out, &o, indent, ilen);
                len = 0;
            }
            if (len > 0) {
                wrap_put(out, &o, " ", 1);
                len++;
            }
            wrap_put(out, &o, s + w, j - w);
            len += wl;
        }
        if (e == n)
            return o;
        wrap_put(out, &o, "\n", 1);
        i = e + 1;
    }
}

size_t drill_utf8_put(char *out, uint32_t cp)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

static int is_space(uint32_t cp)
{
    return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
           cp == 0x205F || cp == 0x3000;
}

static uint32_t fold(uint32_t cp)
{
    if (cp >= 'A' && cp <= 'Z')
        return cp + 32;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
        return cp + 32;
    if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2)
        return cp + 32;
    return cp;
}

/* The typographic forms people paste from editors, mapped to what a rubric
 * author types; 0 drops the character. */
static uint32_t plain(uint32_t cp)
{
    switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
        return '\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2033:
        return '"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
        return '-';
    case 0x00D7:
    case 0x22C5:
        return '*';
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
    case 0x00AD:
        return 0;
    default:
        return cp;
    }
}

uint64_t drill_text_hash(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ull; /* the FNV-1a offset basis */
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001b3ull;
    return h;
}

/* ------------------------------------------------------------ corrections */

/* An ASCII letter, either case. */
static int letter(char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* Does t[i, n) start with word w (ASCII, any case), ending where a word ends? */
static int word_is(const char *t, size_t n, size_t i, const char *w)
{
    size_t k = 0;
    for (; w[k]; k++)
        if (i + k >= n || (t[i + k] | 0x20) != w[k])
            return 0;
    return i + k == n || !letter(t[i + k]);
}

/* The words a correction is made of, and whether each says one on its own. */
static const struct {
    const char *w;
    int says; /* 1: a correction; 0: only with one ("no", "I mean") */
} correction_words[] = {
    {"sorry", 1},
    {"scratch that", 1},
    {"or rather", 1},
    {"i misspoke", 1},
    {"correction", 1},
    {"no wait", 1},
    {"wait no", 1},
    {"no other way", 1},
    {"the other way round", 0},
    {"the other way around", 0},
    {"other way round", 0},
    {"other way around", 0},
    {"other way", 0},
    {"no", 0},
    {"wait", 0},
    {"i mean", 0},
    {"actually", 0},
};

/* The length of a correction starting at t[i] ("no, sorry, the other way round, "), with the
 * separators after it; 0 when there is none. Words may be parted by ", " or " ". */
static size_t correction_at(const char *t, size_t n, size_t i)
{
    size_t at = i, end = 0;
    int says = 0, parted = 0, rather = 0;
    if (!memchr("acinostw", t[i] | 0x20, 8)) /* no correction word starts otherwise */
        return 0;
    for (;;) {
        size_t k = 0, nw = sizeof correction_words / sizeof *correction_words;
        while (k < nw) {
            /* a word of two parts may be written with a comma between them ("no, wait") */
            const char *w = correction_words[k].w;
            size_t j = at, q = 0;
            int ok = 1;
            for (; w[q] && ok; q++) {
                if (w[q] == ' ') {
                    if (j < n && t[j] == ',')
                        j++;
                    ok = j < n && t[j] == ' ';
                    j++;
                } else {
                    ok = j < n && (t[j] | 0x20) == w[q];
                    j++;
                }
            }
            if (ok && (j == n || !letter(t[j]))) {
                says |= correction_words[k].says;
                rather = strcmp(w, "or rather") == 0;
                at = j;
                break;
            }
            k++;
        }
        if (k == nw)
            break;
        parted = at < n && (t[at] == ',' || t[at] == ':' || t[at] == '-');
        if (parted)
            at++;
        if (at < n && t[at] == ' ')
            at++;
        end = at;
    }
    /* "sorry if that is basic" apologises: a correction is parted from what it puts right,
     * but for "or rather" */
    return says && (parted || rather) && end > i ? end - i : 0;
}

/* Words after which a clause's claim begins: a phrase taken back starts after them. */
static const char *const claim_openers[] = {
    "is",  "are",  "was",   "were",  "when", "where", "if",    "because", "so", "and",
    "but", "that", "which", "while", "then", "means", "gives", "equals",  "to", NULL};

/* Where the phrase that ends at t[e] (its last byte before the correction's separator) starts,
 * or (size_t)-1 when its start is over 100 bytes back. */
static size_t retracted_from(const char *t, size_t e)
{
    size_t lim = e > 100 ? e - 100 : 0;
    for (size_t j = e; j > lim; j--) {
        char c = t[j - 1];
        if (c == ',' || c == ';' || c == ':' || c == '.' || c == '?' || c == '!' || c == '=')
            return j < e && t[j] == ' ' ? j + 1 : j;
        if (c == ' ' && j - 1 > 0) {
            size_t ws = j - 1; /* the word before this space ends at ws */
            size_t b = ws;
            while (b > 0 && letter(t[b - 1]))
                b--;
            for (const char *const *w = claim_openers; *w && b < ws; w++)
                if (word_is(t, ws, b, *w)) /* the whole word: it ends at ws */
                    return j;
        }
    }
    return lim == 0 ? 0 : (size_t)-1;
}

/* Does a clause end at t[j]: ',', ';', ':', '?', '!', or '.' ending a sentence? */
static int clause_end(const char *t, size_t n, size_t j)
{
    char c = t[j];
    return c == ',' || c == ';' || c == ':' || c == '?' || c == '!' ||
           (c == '.' && (j + 1 == n || t[j + 1] == ' '));
}

size_t drill_text_retract(char *t, size_t n)
{
    size_t i = 2;
    while (i < n) {
        /* a correction comes after ", ", "; " or "- " */
        if (!(t[i - 1] == ' ' && (t[i - 2] == ',' || t[i - 2] == ';' || t[i - 2] == '-')) ||
            (i >= 3 && t[i - 2] == '-' && t[i - 3] != ' ')) {
            i++;
            continue;
        }
        size_t len = correction_at(t, n, i);
        size_t e = i - 2; /* the phrase taken back ends before the separator */
        while (e > 0 && t[e - 1] == ' ')
            e--;
        size_t cut = i + len;
        size_t s = len && e > 0 ? retracted_from(t, e) : (size_t)-1;
        if (len && e > 0) {
            /* a correction says again as many words as it takes back ("y minus p" for
             * "p minus y"): no more are taken back than it has up to its clause's end */
            size_t words = 1, w = e;
            for (size_t j = cut; j < n && !clause_end(t, n, j); j++)
                words += t[j] == ' ' && j + 1 < n && !clause_end(t, n, j + 1);
            while (words-- > 0 && w > 0) {
                while (w > 0 && t[w - 1] != ' ')
                    w--;
                if (words && w > 0)
                    w--;
            }
            if (e - w <= 100 && (s == (size_t)-1 || w > s))
                s = w;
        }
        if (s == (size_t)-1 || s >= e || cut >= n) {
            i++;
            continue;
        }
        memmove(t + s, t + cut, n - cut + 1); /* the NUL too */
        n -= cut - s;
        i = s + 2;
    }
    return n;
}

/* A letter or digit, or a byte of a character beyond ASCII. */
static int wordish(unsigned char c)
{
    return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Is the quote about to be written after out[0, o) (a space first when pending) and followed
 * by s[i, n) a quotation mark that opens a quotation: a word follows it and none comes right
 * before ("it doesn't mean 'no parameters'")? An apostrophe ("doesn't") or a prime (f'(x))
 * never is. The closing mark stays: it ends a phrase as punctuation does. */
static int opening_quote(const char *out, size_t o, int space, const char *s, size_t i, size_t n)
{
    return (o == 0 || space || !wordish((unsigned char)out[o - 1])) && i < n &&
           wordish((unsigned char)s[i]);
}

size_t drill_text_normalize(const char *s, size_t n, char *out, int flags)
{
    size_t i = 0, o = 0;
    int pending_space = 0;
    while (i < n) {
        unsigned char b = (unsigned char)s[i];
        /* most answers are ASCII: copy it without decoding */
        if (b > ' ' && b < 0x7F) {
            if ((flags & DRILL_NORM_UNQUOTE) && (b == '\'' || b == '"') &&
                opening_quote(out, o, pending_space, s, i + 1, n)) {
                i++;
                continue;
            }
            if (pending_space) {
                out[o++] = ' ';
                pending_space = 0;
            }
            out[o++] = (char)((flags & DRILL_NORM_LOWER) && b >= 'A' && b <= 'Z' ? b + 32 : b);
            i++;
            continue;
        }
        if (b == ' ' || (b >= 0x09 && b <= 0x0D)) {
            pending_space = o > 0;
            i++;
            continue;
        }
        uint32_t cp = drill_utf8_next(s, n, &i);
        if (is_space(cp)) {
            pending_space = o > 0;
            continue;
        }
        cp = plain(cp);
        if (!cp)
            continue;
        if ((flags & DRILL_NORM_UNQUOTE) && (cp == '\'' || cp == '"') &&
            opening_quote(out, o, pending_space, s, i, n))
            continue;
        if (flags & DRILL_NORM_LOWER)
            cp = fold(cp);
        if (pending_space) {
            out[o++] = ' ';
            pending_space = 0;
        }
        o += drill_utf8_put(out + o, cp);
    }
    out[o] = '\0';
    return o;
}

int drill_text_script(uint32_t cp)
{
    if (cp < 0x1100)
        return DRILL_SCRIPT_OTHER;
    /* Han, with the iteration and closing marks and the ideographic zero (々 〆 〇) */
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
        (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F) ||
        (cp >= 0x3005 && cp <= 0x3007))
        return DRILL_SCRIPT_UNSPACED;
    if ((cp >= 0x3041 && cp <= 0x309F) || (cp >= 0x30A1 && cp <= 0x30FF && cp != 0x30FB) ||
        (cp >= 0x31F0 && cp <= 0x31FF) || (cp >= 0xFF66 && cp <= 0xFF9F))
        return DRILL_SCRIPT_UNSPACED; /* Hiragana, Katakana (the middle dot is punctuation) */
    if ((cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp <= 0x11FF) ||
        (cp >= 0x3131 && cp <= 0x318E) || (cp >= 0xA960 && cp <= 0xA97F) ||
        (cp >= 0xD7B0 && cp <= 0xD7FF))
        return DRILL_SCRIPT_HANGUL;
    return DRILL_SCRIPT_OTHER;
}

/* Letters and digits: ASCII alphanumerics and, beyond ASCII, everything that
 * is not punctuation, a symbol or white space in the ranges text here uses. */
static int is_wordchar(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
               cp == '_';
    if (cp < 0xC0)
        return cp == 0xAA || cp == 0xB5 || cp == 0xBA || cp == 0xB2 || cp == 0xB3 || cp == 0xB9;
    if (cp == 0xD7 || cp == 0xF7)
        return 0;
    if (cp >= 0x2000 && cp <= 0x2BFF)
        return 0; /* punctuation, arrows, math operators, box drawing */
    if (cp >= 0x3000 && cp <= 0x303F)
        return cp >= 0x3005 && cp <= 0x3007; /* CJK punctuation, but for 々 〆 〇 */
    if (cp == 0x30A0 || cp == 0x30FB)
        return 0; /* Katakana hyphen and middle dot */
    if ((cp >= 0xFE10 && cp <= 0xFE1F) || (cp >= 0xFE30 && cp <= 0xFE6F))
        return 0; /* vertical, compatibility and small forms of punctuation */
    if (cp >= 0xFF00 && cp <= 0xFF65)
        /* fullwidth forms: digits and Latin letters are letters, the rest punctuation */
        return (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
               (cp >= 0xFF41 && cp <= 0xFF5A);
    return !is_space(cp);
}

/* Which characters may stand in one word together: a Han or Kana character
 * stands alone; Hangul and everything else form runs of their own kind, so
 * "ReLU는" is "ReLU" and "는". */
static int word_class(uint32_t cp)
{
    int k = drill_text_script(cp);
    return k == DRILL_SCRIPT_UNSPACED ? -1 : k;
}

static int ascii_wordchar(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

int drill_text_next_word(const char *s, size_t n, size_t *pos, size_t *start, size_t *len)
{
    size_t i = *pos;
    while (i < n) {
        size_t at = i;
        /* ASCII, most of any text, without decoding */
        if ((unsigned char)s[i] < 0x80 && !ascii_wordchar((unsigned char)s[i])) {
            i++;
            continue;
        }
        int cls;
        if ((unsigned char)s[i] < 0x80) {
            i++; /* an ASCII letter or digit: of the class ASCII letters are */
            cls = DRILL_SCRIPT_OTHER;
        } else {
            uint32_t cp = drill_utf8_next(s, n, &i);
            if (!is_wordchar(cp))
                continue;
            cls = word_class(cp);
        }
        size_t end = i;
        while (i < n && cls >= 0) {
            unsigned char b = (unsigned char)s[i];
            if (cls == DRILL_SCRIPT_OTHER && ascii_wordchar(b)) {
                end = ++i;
                continue;
            }
            if (b < 0x80 && b != '\'' && b != '-')
                break; /* ASCII that is neither a word character nor a joiner ends any word */
            size_t j = i;
            uint32_t c = drill_utf8_next(s, n, &j);
            if (is_wordchar(c) && word_class(c) == cls) {
                i = j;
                end = i;
                continue;
            }
            /* an apostrophe or hyphen joins two word characters: don't, k-means */
            if ((c == '\'' || c == '-') && j < n) {
                size_t k = j;
                uint32_t after = drill_utf8_next(s, n, &k);
                if (is_wordchar(after) && word_class(after) == cls) {
                    i = k;
                    end = i;
                    continue;
                }
            }
            break;
        }
        *start = at;
        *len = end - at;
        *pos = end;
        return 1;
    }
    *pos = n;
    return 0;
}

size_t drill_text_count_words(const char *s, size_t n)
{
    size_t pos = 0, st, len, k = 0;
    while (drill_text_next_word(s, n, &pos, &st, &len))
        k++;
    return k;
}

size_t drill_text_count_sentences(const char *s, size_t n)
{
    size_t k = 0, i = 0, wordlen = 0;
    int words = 0, letter = 0;
    while (i < n) {
        uint32_t cp = drill_utf8_next(s, n, &i);
        if (is_wordchar(cp)) {
            words = 1;
            letter = !(cp >= '0' && cp <= '9');
            wordlen++;
            continue;
        }
        /* "e.g.", "i.e." and initials: a one-letter word before a period ends no sentence */
        int abbrev = cp == '.' && wordlen == 1 && letter;
        wordlen = 0;
        /* the ideographic full stop and fullwidth marks need no space after them */
        if ((cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF0E || cp == 0xFF61) &&
            words) {
            k++;
            words = 0;
            continue;
        }
        if ((cp == '.' || cp == '!' || cp == '?') && words && !abbrev) {
            /* "3.5" does not end a sentence: the next character must be space or the end */
            if (i >= n || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r') {
                k++;
                words = 0;
            }
        }
    }
    return k + (size_t)words;
}

#define DRILL_EDIT_MAX_CP 256

static size_t decode_all(const char *s, size_t n, uint32_t *out, size_t cap)
{
    size_t i = 0, k = 0;
    while (i < n) {
        if (k == cap)
            return cap + 1;
        out[k++] = drill_utf8_next(s, n, &i);
    }
    return k;
}

int drill_text_edit_distance(const char *a, size_t an, const char *b, size_t bn, int max)
{
    if (an == bn && memcmp(a, b, an) == 0)
        return 0;
    if (max < 0)
        return max + 1;
    uint32_t x[DRILL_EDIT_MAX_CP], y[DRILL_EDIT_MAX_CP];
    size_t m = decode_all(a, an, x, DRILL_EDIT_MAX_CP);
    size_t n = decode_all(b, bn, y, DRILL_EDIT_MAX_CP);
    if (m > DRILL_EDIT_MAX_CP || n > DRILL_EDIT_MAX_CP)
        return max + 1;
    if ((m > n ? m - n : n - m) > (size_t)max)
        return max + 1;
    /* three rolling rows: two back for transpositions */
    int rows[3][DRILL_EDIT_MAX_CP + 1];
    int *pp = rows[0], *prev = rows[1], *cur = rows[2];
    for (size_t j = 0; j <= n; j++)
        prev[j] = (int)j;
    for (size_t i = 1; i <= m; i++) {
        cur[0] = (int)i;
        int best = cur[0];
        for (size_t j = 1; j <= n; j++) {
            int cost = x[i - 1] != y[j - 1];
            int v = prev[j - 1] + cost;
            if (prev[j] + 1 < v)
                v = prev[j] + 1;
            if (cur[j - 1] + 1 < v)
                v = cur[j - 1] + 1;
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1] && pp[j - 2] + 1 < v)
                v = pp[j - 2] + 1;
            cur[j] = v;
            if (v < best)
                best = v;
        }
        if (best > max)
            return max + 1;
        int *t = pp;
        pp = prev;
        prev = cur;
        cur = t;
    }
    return prev[n] > max ? max + 1 : prev[n];
}

struct vocab_word {
    char *text;   /* in the pool */
    size_t len;   /* bytes */
    size_t chars; /* code points */
};

struct drill_vocab {
    struct vocab_word *w;
    size_t n;
    char *pool; /* every word, NUL-terminated, in one charged block */
    /* word indexes grouped by first byte: a typo almost never changes the
     * first letter (a swap of the first two is looked up under the second) */
    size_t *by_first;
    size_t start[257];
    /* open addressing by drill_text_hash, for whether a word is there: index
     * + 1, 0 empty; cap a power of two, at least twice n */
    size_t *slot;
    size_t cap;
};

int drill_typo_budget(size_t n)
{
    return n < DRILL_TYPO_MIN_CHARS ? 0 : n < 8 ? 1 : 2;
}

struct drill_vocab *drill_vocab_new(const char *const *words, const size_t *lens, size_t n)
{
    size_t bytes = 0;
    for (size_t i = 0; i < n; i++) {
        if (lens[i] >= SIZE_MAX - bytes)
            return NULL;
        bytes += lens[i] + 1;
    }
    if (n > SIZE_MAX / sizeof(struct vocab_word))
        return NULL;
    struct drill_vocab *v = drill_mem_calloc(1, sizeof *v);
    if (!v)
        return NULL;
    v->w = drill_mem_malloc((n ? n : 1) * sizeof *v->w);
    v->pool = drill_mem_malloc(bytes ? bytes : 1);
    v->by_first = drill_mem_malloc((n ? n : 1) * sizeof *v->by_first);
    if (!v->w || !v->pool || !v->by_first) {
        drill_vocab_free(v);
        return NULL;
    }
    char *at = v->pool;
    for (size_t i = 0; i < n; i++) {
        memcpy(at, words[i], lens[i]);
        at[lens[i]] = '\0';
        v->w[i].text = at;
        v->w[i].len = lens[i];
        v->w[i].chars = drill_utf8_length(words[i], lens[i]);
        at += lens[i] + 1;
    }
    v->n = n;
    size_t count[256] = {0};
    for (size_t i = 0; i < n; i++)
        count[(unsigned char)v->w[i].text[0]]++;
    v->start[0] = 0;
    for (int b = 0; b < 256; b++)
        v->start[b + 1] = v->start[b] + count[b];
    size_t fill[256];
    memcpy(fill, v->start, sizeof fill);
    for (size_t i = 0; i < n; i++)
        v->by_first[fill[(unsigned char)v->w[i].text[0]]++] = i;
    v->cap = 16;
    while (v->cap < 2 * n)
        v->cap *= 2;
    v->slot = drill_mem_calloc(v->cap, sizeof *v->slot);
    if (!v->slot) {
        drill_vocab_free(v);
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        size_t k = (size_t)drill_text_hash(v->w[i].text, v->w[i].len) & (v->cap - 1);
        while (v->slot[k])
            k = (k + 1) & (v->cap - 1);
        v->slot[k] = i + 1;
    }
    return v;
}

void drill_vocab_free(struct drill_vocab *v)
{
    if (!v)
        return;
    drill_mem_free(v->w);
    drill_mem_free(v->pool);
    drill_mem_free(v->by_first);
    drill_mem_free(v->slot);
    drill_mem_free(v);
}

const char *drill_vocab_word(const struct drill_vocab *v, size_t index, size_t *len)
{
    if (index >= v->n)
        return NULL;
    *len = v->w[index].len;
    return v->w[index].text;
}

int drill_vocab_has(const struct drill_vocab *v, const char *word, size_t len)
{
    if (len == 0)
        return 0;
    for (size_t k = (size_t)drill_text_hash(word, len) & (v->cap - 1); v->slot[k];
         k = (k + 1) & (v->cap - 1)) {
        const struct vocab_word *c = &v->w[v->slot[k] - 1];
        if (c->len == len && memcmp(c->text, word, len) == 0)
            return 1;
    }
    return 0;
}

long drill_vocab_correct(const struct drill_vocab *v, const char *word, size_t len)
{
    if (len < 2 || drill_vocab_has(v, word, len))
        return -1; /* a known word is no typo */
    size_t chars = drill_utf8_length(word, len);
    int max = drill_typo_budget(chars);
    long best = -1;
    int bestd = max + 1;
    /* the bucket of the first byte, then that of the second (first two swapped) */
    for (int pass = 0; pass < 2; pass++) {
        unsigned char b = (unsigned char)word[pass];
        for (size_t j = v->start[b]; j < v->start[b + 1]; j++) {
            const struct vocab_word *c = &v->w[v->by_first[j]];
            if (max == 0 || c->len < 2 || (pass == 1 && c->text[1] != word[0]))
                continue;
            size_t diff = c->chars > chars ? c->chars - chars : chars - c->chars;
            if (diff > (size_t)max)
                continue;
            int allowed = drill_typo_budget(c->chars) < max ? drill_typo_budget(c->chars) : max;
            if (allowed == 0)
                continue;
            int d = drill_text_edit_distance(word, len, c->text, c->len,
                                             bestd - 1 < allowed ? bestd - 1 : allowed);
            if (d < bestd && d <= allowed) {
                bestd = d;
                best = (long)v->by_first[j];
            }
        }
        if (max == 0)
            break;
    }
    return best;
}

/* ---------------------------------------------------------------- TeX */

/* What a TeX control word says, read as an answer typed in plain text would say it. */
enum { TEX_WORD, TEX_SYM, TEX_GLUE, TEX_DROP, TEX_WRAP, TEX_ACCENT, TEX_FRAC, TEX_SQRT };

static const struct {
    const char *name;
    int kind;
    const char *as; /* TEX_WORD: the word, NULL for the name itself; TEX_SYM, TEX_GLUE: the text;
                     * TEX_ACCENT: the suffix */
} tex_words[] = {
    {"le", TEX_SYM, "<="},
    {"leq", TEX_SYM, "<="},
    {"leqslant", TEX_SYM, "<="},
    {"ge", TEX_SYM, ">="},
    {"geq", TEX_SYM, ">="},
    {"geqslant", TEX_SYM, ">="},
    {"ne", TEX_SYM, "!="},
    {"neq", TEX_SYM, "!="},
    {"ll", TEX_SYM, "<<"},
    {"gg", TEX_SYM, ">>"},
    {"to", TEX_SYM, "->"},
    {"rightarrow", TEX_SYM, "->"},
    {"Rightarrow", TEX_SYM, "->"},
    {"longrightarrow", TEX_SYM, "->"},
    {"implies", TEX_SYM, "->"},
    {"mapsto", TEX_SYM, "->"},
    {"leftarrow", TEX_SYM, "<-"},
    {"gets", TEX_SYM, "<-"},
    {"approx", TEX_SYM, "≈"},
    {"simeq", TEX_SYM, "≈"},
    {"propto", TEX_SYM, "∝"},
    {"sim", TEX_SYM, "~"},
    {"in", TEX_SYM, "∈"},
    {"notin", TEX_SYM, "∉"},
    {"infty", TEX_SYM, "∞"},
    {"pm", TEX_SYM, "±"},
    {"cdot", TEX_SYM, "*"},
    {"times", TEX_SYM, "*"},
    {"ast", TEX_SYM, "*"},
    {"odot", TEX_SYM, "⊙"},
    {"otimes", TEX_SYM, "⊗"},
    {"oplus", TEX_SYM, "⊕"},
    {"circ", TEX_SYM, "∘"},
    {"mid", TEX_SYM, "|"},
    {"vert", TEX_SYM, "|"},
    {"lvert", TEX_SYM, "|"},
    {"rvert", TEX_SYM, "|"},
    {"Vert", TEX_SYM, "||"},
    {"lVert", TEX_SYM, "||"},
    {"rVert", TEX_SYM, "||"},
    {"langle", TEX_SYM, "<"},
    {"rangle", TEX_SYM, ">"},
    {"dots", TEX_SYM, "..."},
    {"ldots", TEX_SYM, "..."},
    {"cdots", TEX_SYM, "..."},
    {"quad", TEX_SYM, " "},
    {"qquad", TEX_SYM, " "},
    {"top", TEX_GLUE, "T"},
    {"intercal", TEX_GLUE, "T"},
    {"prime", TEX_GLUE, "'"},
    {"partial", TEX_GLUE, "∂"},
    {"nabla", TEX_GLUE, "∇"},
    {"int", TEX_GLUE, "∫"},
    {"ell", TEX_WORD, "l"},
    {"varepsilon", TEX_WORD, "epsilon"},
    {"vartheta", TEX_WORD, "theta"},
    {"varphi", TEX_WORD, "phi"},
    {"varrho", TEX_WORD, "rho"},
    {"varsigma", TEX_WORD, "sigma"},
    {"left", TEX_DROP, NULL},
    {"right", TEX_DROP, NULL},
    {"big", TEX_DROP, NULL},
    {"Big", TEX_DROP, NULL},
    {"bigg", TEX_DROP, NULL},
    {"Bigg", TEX_DROP, NULL},
    {"bigl", TEX_DROP, NULL},
    {"bigr", TEX_DROP, NULL},
    {"Bigl", TEX_DROP, NULL},
    {"Bigr", TEX_DROP, NULL},
    {"biggl", TEX_DROP, NULL},
    {"biggr", TEX_DROP, NULL},
    {"displaystyle", TEX_DROP, NULL},
    {"textstyle", TEX_DROP, NULL},
    {"limits", TEX_DROP, NULL},
    {"nolimits", TEX_DROP, NULL},
    {"mathbb", TEX_WRAP, NULL},
    {"mathbf", TEX_WRAP, NULL},
    {"mathrm", TEX_WRAP, NULL},
    {"mathcal", TEX_WRAP, NULL},
    {"mathit", TEX_WRAP, NULL},
    {"mathsf", TEX_WRAP, NULL},
    {"mathtt", TEX_WRAP, NULL},
    {"mathop", TEX_WRAP, NULL},
    {"boldsymbol", TEX_WRAP, NULL},
    {"bm", TEX_WRAP, NULL},
    {"vec", TEX_WRAP, NULL},
    {"text", TEX_WRAP, NULL},
    {"textrm", TEX_WRAP, NULL},
    {"textbf", TEX_WRAP, NULL},
    {"textit", TEX_WRAP, NULL},
    {"textsf", TEX_WRAP, NULL},
    {"texttt", TEX_WRAP, NULL},
    {"mbox", TEX_WRAP, NULL},
    {"operatorname", TEX_WRAP, NULL},
    {"hat", TEX_ACCENT, "_hat"},
    {"widehat", TEX_ACCENT, "_hat"},
    {"bar", TEX_ACCENT, "_bar"},
    {"overline", TEX_ACCENT, "_bar"},
    {"tilde", TEX_ACCENT, "_tilde"},
    {"widetilde", TEX_ACCENT, "_tilde"},
    {"dot", TEX_ACCENT, "_dot"},
    {"frac", TEX_FRAC, NULL},
    {"tfrac", TEX_FRAC, NULL},
    {"dfrac", TEX_FRAC, NULL},
    {"cfrac", TEX_FRAC, NULL},
    {"sqrt", TEX_SQRT, NULL},
};

/* How deep arguments may nest before the rest is kept as it is. */
#define TEX_DEPTH 32

struct tex {
    const char *s;
    char *out;
    size_t o, cap;
    int full;  /* out had no room left */
    int depth; /* arguments open */
};

static void tex_put(struct tex *t, const char *b, size_t k)
{
    if (t->o + k > t->cap) {
        t->full = 1;
        return;
    }
    memcpy(t->out + t->o, b, k);
    t->o += k;
}

static int tex_letter(char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static int tex_alnum(char c)
{
    return tex_letter(c) || (c >= '0' && c <= '9');
}

/* The end of the argument at s[i, e): a brace group (its braces included), a control sequence or
 * one character; spaces before it are skipped and *from is where it starts. */
static size_t tex_arg(const char *s, size_t i, size_t e, size_t *from)
{
    while (i < e && s[i] == ' ')
        i++;
    *from = i;
    if (i >= e)
        return i;
    if (s[i] == '{') {
        int depth = 0;
        for (size_t j = i; j < e; j++) {
            if (s[j] == '\\' && j + 1 < e) {
                j++;
                continue;
            }
            if (s[j] == '{')
                depth++;
            else if (s[j] == '}' && --depth == 0)
                return j + 1;
        }
        return e; /* unclosed: to the end */
    }
    if (s[i] == '\\' && i + 1 < e) {
        size_t j = i + 1;
        if (!tex_letter(s[j]))
            return j + 1;
        while (j < e && tex_letter(s[j]))
            j++;
        return j;
    }
    return i + drill_utf8_seqlen(s + i, e - i) + !drill_utf8_seqlen(s + i, e - i);
}

static void tex_run(struct tex *t, size_t i, size_t e);

/* Rewrites the argument s[from, end) without its braces. */
static void tex_inner(struct tex *t, size_t from, size_t end)
{
    if (t->depth >= TEX_DEPTH) { /* nested deeper than any formula: kept as it is */
        tex_put(t, t->s + from, end - from);
        return;
    }
    t->depth++;
    if (from < end && t->s[from] == '{')
        tex_run(t, from + 1, end > from + 1 && t->s[end - 1] == '}' ? end - 1 : end);
    else
        tex_run(t, from, end);
    t->depth--;
}

/* Does out[a, b) stand as one term: no space and no operator outside brackets but a leading
 * sign ("d_k", "-1", "sqrt(d_k)", "∂L")? */
static int tex_atom(const char *out, size_t a, size_t b)
{
    int depth = 0;
    if (a == b)
        return 0;
    for (size_t j = a; j < b; j++) {
        char c = out[j];
        if (c == '(' || c == '[')
            depth++;
        else if ((c == ')' || c == ']') && depth > 0)
            depth--;
        else if (depth == 0 &&
                 (c == ' ' || c == '+' || c == '*' || c == '/' || c == '=' || c == ',' ||
                  c == '<' || c == '>' || c == '|' || (c == '-' && j > a)))
            return 0;
    }
    return 1;
}

/* Rewrites the argument s[from, end) into out, in brackets (of the kind `open` says) unless it
 * stands as one term. */
static void tex_term(struct tex *t, size_t from, size_t end, const char *open)
{
    size_t at = t->o;
    tex_put(t, open, 1);
    tex_inner(t, from, end);
    if (t->full)
        return;
    if (tex_atom(t->out, at + 1, t->o)) {
        memmove(t->out + at, t->out + at + 1, t->o - at - 1);
        t->o--;
    } else {
        tex_put(t, *open == '{' ? "}" : ")", 1);
    }
}

/* A word written after a word or number is set apart from it by a space ("2\sigma" is
 * "2 sigma"). */
static void tex_word(struct tex *t, const char *w, size_t k)
{
    if (t->o > 0 && tex_alnum(t->out[t->o - 1]) && k > 0 && tex_alnum(w[0]))
        tex_put(t, " ", 1);
    tex_put(t, w, k);
}

static void tex_run(struct tex *t, size_t i, size_t e)
{
    const char *s = t->s;
    while (i < e && !t->full) {
        char c = s[i];
        if ((c == '_' || c == '^') && i + 1 < e && s[i + 1] == '{') {
            size_t from, end = tex_arg(s, i + 1, e, &from);
            tex_put(t, &c, 1);
            tex_term(t, from, end, "{");
            i = end;
            continue;
        }
        if (c != '\\' || i + 1 >= e) {
            tex_put(t, &c, 1);
            i++;
            continue;
        }
        char d = s[i + 1];
        if (!tex_letter(d)) {
            /* a control symbol */
            if (d == '{' || d == '}' || d == '_' || d == '%' || d == '&' || d == '#' || d == '$')
                tex_put(t, &d, 1);
            else if (d == '|')
                tex_put(t, "||", 2);
            else if (d == ',' || d == ';' || d == ':' || d == ' ' || d == '\\')
                tex_put(t, " ", 1);
            else if (d != '!')
                tex_put(t, s + i, 2); /* not TeX: kept as it is */
            i += 2;
            continue;
        }
        size_t j = i + 1;
        while (j < e && tex_letter(s[j]))
            j++;
        size_t k = j - i - 1;
        int kind = TEX_WORD;
        const char *as = NULL;
        for (size_t w = 0; w < sizeof tex_words / sizeof tex_words[0]; w++)
            if (strlen(tex_words[w].name) == k && memcmp(tex_words[w].name, s + i + 1, k) == 0) {
                kind = tex_words[w].kind;
                as = tex_words[w].as;
                break;
            }
        i = j;
        size_t from, end;
        switch (kind) {
        case TEX_SYM:
            tex_put(t, as, strlen(as));
            break;
        case TEX_GLUE:
            tex_put(t, as, strlen(as));
            while (i < e && s[i] == ' ')
                i++;
            break;
        case TEX_DROP:
            /* \left. and \right. show nothing */
            if (i < e && s[i] == '.' &&
                ((k == 4 && memcmp(s + j - k, "left", 4) == 0) ||
                 (k == 5 && memcmp(s + j - k, "right", 5) == 0)))
                i++;
            break;
        case TEX_WRAP:
            i += i < e && s[i] == '*'; /* \operatorname*{argmax} */
            end = tex_arg(s, i, e, &from);
            tex_inner(t, from, end);
            i = end;
            break;
        case TEX_ACCENT:
            end = tex_arg(s, i, e, &from);
            tex_inner(t, from, end);
            tex_put(t, as, strlen(as));
            i = end;
            break;
        case TEX_FRAC:
            end = tex_arg(s, i, e, &from);
            tex_term(t, from, end, "(");
            tex_put(t, "/", 1);
            i = end;
            end = tex_arg(s, i, e, &from);
            tex_term(t, from, end, "(");
            i = end;
            break;
        case TEX_SQRT:
            if (i < e && s[i] == '[') { /* the n of an n-th root */
                while (i < e && s[i] != ']')
                    i++;
                i += i < e;
            }
            end = tex_arg(s, i, e, &from);
            tex_word(t, "sqrt(", 5);
            tex_inner(t, from, end);
            tex_put(t, ")", 1);
            i = end;
            break;
        default:
            tex_word(t, as ? as : s + j - k, as ? strlen(as) : k);
            if (k == 3 && memcmp(s + j - k, "arg", 3) == 0 && i + 4 <= e &&
                (memcmp(s + i, "\\max", 4) == 0 || memcmp(s + i, "\\min", 4) == 0) &&
                (i + 4 == e || !tex_letter(s[i + 4]))) {
                tex_put(t, s + i + 1, 3); /* \arg\max is "argmax" */
                i += 4;
            }
            /* the spaces that end a control word are TeX's: one is kept, to keep it apart from
             * what follows, but before a bracket, sub- or superscript or punctuation */
            size_t sp = i;
            while (i < e && s[i] == ' ')
                i++;
            if (i > sp && i < e && !strchr("_^()[]{},.;:", s[i]))
                tex_put(t, " ", 1);
            else if (i == sp && i < e && tex_alnum(s[i]))
                tex_put(t, " ", 1);
        }
    }
}

size_t drill_text_tex(const char *s, size_t n, char *out, size_t cap)
{
    struct tex t = {s, out, 0, cap, 0, 0};
    tex_run(&t, 0, n);
    return t.full ? (size_t)-1 : t.o;
}
