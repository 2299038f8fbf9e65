/* Lua 5.4 pattern matching (reference manual §6.4.1), written to count every step it takes. */
#include "lpattern.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Work proportional to a length costs extra steps, so that no single step can be made
 * arbitrarily expensive: a set is scanned twice per test (for its end and for the byte), a
 * comparison of bytes is memcmp. Both keep the cost of a step within a few nanoseconds. */
#define SET_BYTES_PER_STEP 8
#define CMP_BYTES_PER_STEP 32

static ptrdiff_t fail(struct drill_lpat *m, enum drill_lpat_status status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static ptrdiff_t fail(struct drill_lpat *m, enum drill_lpat_status status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(m->msg, sizeof m->msg, fmt, ap);
    va_end(ap);
    m->status = status;
    return DRILL_LPAT_ERROR;
}

static int spend(struct drill_lpat *m, size_t cost)
{
    if (*m->steps < (long)cost) {
        *m->steps = 0;
        fail(m, DRILL_LPAT_ESTEPS, "%s", DRILL_LPAT_STEPS_MESSAGE);
        return 0;
    }
    *m->steps -= (long)cost;
    return 1;
}

/* Pattern byte at p, or -1 past the end, so look-ahead needs no bounds test of its own. */
static int pat_at(const struct drill_lpat *m, size_t p)
{
    return p < m->patlen ? (unsigned char)m->pat[p] : -1;
}

/* Whether byte c belongs to class letter cl (%a, %D, ...); any other cl stands for itself. */
static int in_class(int cl, int c)
{
    int yes;
    switch (tolower(cl)) {
    case 'a':
        yes = isalpha(c);
        break;
    case 'c':
        yes = iscntrl(c);
        break;
    case 'd':
        yes = isdigit(c);
        break;
    case 'g':
        yes = isgraph(c);
        break;
    case 'l':
        yes = islower(c);
        break;
    case 'p':
        yes = ispunct(c);
        break;
    case 's':
        yes = isspace(c);
        break;
    case 'u':
        yes = isupper(c);
        break;
    case 'w':
        yes = isalnum(c);
        break;
    case 'x':
        yes = isxdigit(c);
        break;
    case 'z': /* deprecated in Lua, but stock 5.4 still accepts it */
        yes = c == 0;
        break;
    default:
        return cl == c;
    }
    if (isupper(cl))
        yes = !yes;
    return yes != 0;
}

static ptrdiff_t read_class_end(struct drill_lpat *m, size_t p);

/* Offset just past the single-character class that starts at p (p < patlen). */
static ptrdiff_t class_end(struct drill_lpat *m, size_t p)
{
    if (p < sizeof m->class_len && m->class_len[p])
        return (ptrdiff_t)(p + m->class_len[p]);
    ptrdiff_t r = read_class_end(m, p);
    if (r > 0 && p < sizeof m->class_len && (size_t)r - p <= 255)
        m->class_len[p] = (unsigned char)((size_t)r - p);
    return r;
}

static ptrdiff_t read_class_end(struct drill_lpat *m, size_t p)
{
    int c = pat_at(m, p++);
    if (c == '%') {
        if (p >= m->patlen)
            return fail(m, DRILL_LPAT_EPATTERN, "malformed pattern (ends with '%%')");
        return (ptrdiff_t)p + 1;
    }
    if (c != '[')
        return (ptrdiff_t)p;
    if (pat_at(m, p) == '^')
        p++;
    /* The first member is taken before looking for the closing bracket, which is how "[]]"
     * and "[^]]" come to hold ']'. */
    for (;;) {
        if (p >= m->patlen)
            return fail(m, DRILL_LPAT_EPATTERN, "malformed pattern (missing ']')");
        p += pat_at(m, p) == '%' ? 2 : 1;
        if (pat_at(m, p) == ']')
            return (ptrdiff_t)p + 1;
    }
}

/* Whether byte c is in the set whose '[' is at p and whose ']' is at close. */
static int in_set(const struct drill_lpat *m, int c, size_t p, size_t close)
{
    const unsigned char *pat = (const unsigned char *)m->pat;
    int want = 1;
    p++;
    if (pat[p] == '^') {
        want = 0;
        p++;
    }
    while (p < close) {
        if (pat[p] == '%') {
            /* class_end guarantees the escaped byte lies before close */
            if (in_class(pat[p + 1], c))
                return want;
            p += 2;
        } else if (p + 2 < close && pat[p + 1] == '-') {
            if (pat[p] <= c && c <= pat[p + 2])
                return want;
            p += 3;
        } else {
            if (pat[p] == c)
                return want;
            p++;
        }
    }
    return !want;
}

/* Whether the subject byte at s matches the class [p, ep); 1, 0 or DRILL_LPAT_ERROR. */
static int single_match(struct drill_lpat *m, size_t s, size_t p, size_t ep)
{
    size_t cost = 1;
    if (m->pat[p] == '[')
        cost += (ep - p) / SET_BYTES_PER_STEP;
    if (!spend(m, cost))
        return DRILL_LPAT_ERROR;
    if (s >= m->srclen)
        return 0;
    int c = (unsigned char)m->src[s];
    switch (m->pat[p]) {
    case '.':
        return 1;
    case '%':
        return in_class((unsigned char)m->pat[p + 1], c);
    case '[':
        return in_set(m, c, p, ep - 1);
    default:
        return (unsigned char)m->pat[p] == c;
    }
}

static ptrdiff_t match_here(struct drill_lpat *m, size_t s, size_t p);

static ptrdiff_t open_capture(struct drill_lpat *m, size_t s, size_t p, ptrdiff_t kind)
{
    if (m->ncap >= DRILL_LPAT_MAXCAPTURES)
        return fail(m, DRILL_LPAT_EPATTERN, "too many captures");
    m->cap[m->ncap].start = s;
    m->cap[m->ncap].len = kind;
    m->ncap++;
    ptrdiff_t r = match_here(m, s, p);
    if (r == DRILL_LPAT_NOMATCH)
        m->ncap--;
    return r;
}

static ptrdiff_t close_capture(struct drill_lpat *m, size_t s, size_t p)
{
    int i = m->ncap - 1;
    while (i >= 0 && m->cap[i].len != DRILL_LPAT_CAP_UNFINISHED)
        i--;
    if (i < 0)
        return fail(m, DRILL_LPAT_EPATTERN, "invalid pattern capture");
    m->cap[i].len = (ptrdiff_t)(s - m->cap[i].start);
    ptrdiff_t r = match_here(m, s, p);
    if (r == DRILL_LPAT_NOMATCH)
        m->cap[i].len = DRILL_LPAT_CAP_UNFINISHED;
    return r;
}

/* %1-%9: the text of a closed capture again. */
static ptrdiff_t back_reference(struct drill_lpat *m, size_t s, int digit)
{
    int i = digit - '1';
    if (i < 0 || i >= m->ncap || m->cap[i].len == DRILL_LPAT_CAP_UNFINISHED)
        return fail(m, DRILL_LPAT_EPATTERN, "invalid capture index %%%d", i + 1);
    /* a position capture has no text; in Lua it never matches */
    if (m->cap[i].len < 0)
        return DRILL_LPAT_NOMATCH;
    size_t len = (size_t)m->cap[i].len;
    if (!spend(m, 1 + len / CMP_BYTES_PER_STEP))
        return DRILL_LPAT_ERROR;
    if (m->srclen - s < len)
        return DRILL_LPAT_NOMATCH;
    if (len && memcmp(m->src + m->cap[i].start, m->src + s, len) != 0)
        return DRILL_LPAT_NOMATCH;
    return (ptrdiff_t)(s + len);
}

/* %bxy at pattern offset p (just past "%b"). */
static ptrdiff_t balance(struct drill_lpat *m, size_t s, size_t p)
{
    if (p + 1 >= m->patlen)
        return fail(m, DRILL_LPAT_EPATTERN, "malformed pattern (missing arguments to '%%b')");
    if (!spend(m, 1))
        return DRILL_LPAT_ERROR;
    if (s >= m->srclen || m->src[s] != m->pat[p])
        return DRILL_LPAT_NOMATCH;
    char open = m->pat[p], close = m->pat[p + 1];
    size_t open_count = 1;
    for (size_t i = s + 1; i < m->srclen; i++) {
        if (!spend(m, 1))
            return DRILL_LPAT_ERROR;
        /* the closer is tested first, so "%baa" pairs each 'a' with the next */
        if (m->src[i] == close) {
            if (--open_count == 0)
                return (ptrdiff_t)i + 1;
        } else if (m->src[i] == open) {
            open_count++;
        }
    }
    return DRILL_LPAT_NOMATCH;
}

/* Longest run of the class from `first` on, then give back one byte at a time down to
 * `floor` until the rest of the pattern matches. */
static ptrdiff_t expand_greedy(struct drill_lpat *m, size_t floor, size_t first, size_t p,
                               size_t ep)
{
    size_t i = first;
    for (;;) {
        int hit = single_match(m, i, p, ep);
        if (hit < 0)
            return DRILL_LPAT_ERROR;
        if (!hit)
            break;
        i++;
    }
    for (;;) {
        ptrdiff_t r = match_here(m, i, ep + 1);
        if (r != DRILL_LPAT_NOMATCH || i == floor)
            return r;
        i--;
    }
}

/* The byte every match of the pattern from offset p starts with: a plain byte or a %-escaped
 * punctuation mark that no '*', '?' or '-' makes optional; -1 when there is none. */
static int first_literal(const struct drill_lpat *m, size_t p)
{
    int c = pat_at(m, p);
    size_t len = 1;
    if (c == '%') {
        c = pat_at(m, p + 1);
        if (c < 0 || isalnum(c))
            return -1; /* a class, %b, %f or a back reference */
        len = 2;
    } else if (c < 0 || strchr("^$*+?.([)]-", c)) {
        return -1;
    }
    int quant = pat_at(m, p + len);
    return quant == '*' || quant == '?' || quant == '-' ? -1 : c;
}

/* first_literal of the rest of the pattern from q, past closing captures. *steps is what a
 * try of the rest at a subject byte that is not it spends: a step for each match_here and
 * one for the byte's test. */
static int lazy_literal(const struct drill_lpat *m, size_t q, size_t *steps)
{
    size_t k = 1;
    while (pat_at(m, q) == ')') {
        q++;
        k++;
    }
    *steps = k + 1;
    return first_literal(m, q);
}

/* Shortest run of the class from s on that lets the rest of the pattern match. */
static ptrdiff_t expand_lazy(struct drill_lpat *m, size_t s, size_t p, size_t ep)
{
    /* ".-" before a literal byte ("(.-)\n"): where the subject has another byte, the rest fails
     * as it did at the first try, so the run goes on to the next such byte at once, spending
     * the steps those tries (and the '.' tests) would have */
    size_t tried = 0;
    int lit = m->pat[p] == '.' ? lazy_literal(m, ep + 1, &tried) : -1;
    for (;;) {
        ptrdiff_t r = match_here(m, s, ep + 1);
        if (r != DRILL_LPAT_NOMATCH)
            return r;
        int hit = single_match(m, s, p, ep);
        if (hit <= 0)
            return hit < 0 ? DRILL_LPAT_ERROR : DRILL_LPAT_NOMATCH;
        s++;
        if (lit >= 0 && s < m->srclen && (unsigned char)m->src[s] != lit) {
            const char *next = memchr(m->src + s, lit, m->srclen - s);
            size_t to = next ? (size_t)(next - m->src) : m->srclen;
            if (!spend(m, (tried + 1) * (to - s)))
                return DRILL_LPAT_ERROR;
            s = to;
        }
    }
}

/* Matches the pattern from p against the subject from s. Items that cannot backtrack are
 * consumed in the loop; only captures and quantifiers recurse, which is also what
 * DRILL_LPAT_MAXDEPTH counts in stock Lua. */
static ptrdiff_t match_items(struct drill_lpat *m, size_t s, size_t p)
{
    for (;;) {
        if (p >= m->patlen)
            return (ptrdiff_t)s;
        ptrdiff_t r;
        switch (m->pat[p]) {
        case '(':
            if (pat_at(m, p + 1) == ')')
                return open_capture(m, s, p + 2, DRILL_LPAT_CAP_POSITION);
            return open_capture(m, s, p + 1, DRILL_LPAT_CAP_UNFINISHED);
        case ')':
            return close_capture(m, s, p + 1);
        case '$':
            if (p + 1 == m->patlen)
                return s == m->srclen ? (ptrdiff_t)s : DRILL_LPAT_NOMATCH;
            break; /* anywhere else '$' is an ordinary byte */
        case '%': {
            int what = pat_at(m, p + 1);
            if (what == 'b') {
                r = balance(m, s, p + 2);
                if (r < 0)
                    return r;
                s = (size_t)r;
                p += 4;
                continue;
            }
            if (what == 'f') {
                p += 2;
                if (pat_at(m, p) != '[')
                    return fail(m, DRILL_LPAT_EPATTERN, "missing '[' after '%%f' in pattern");
                r = class_end(m, p);
                if (r < 0)
                    return r;
                if (!spend(m, 2 + 2 * ((size_t)r - p) / SET_BYTES_PER_STEP))
                    return DRILL_LPAT_ERROR;
                /* the ends of the subject count as '\0' on either side */
                int before = s > 0 ? (unsigned char)m->src[s - 1] : 0;
                int here = s < m->srclen ? (unsigned char)m->src[s] : 0;
                if (in_set(m, before, p, (size_t)r - 1) || !in_set(m, here, p, (size_t)r - 1))
                    return DRILL_LPAT_NOMATCH;
                p = (size_t)r;
                continue;
            }
            if (what >= '0' && what <= '9') {
                r = back_reference(m, s, what);
                if (r < 0)
                    return r;
                s = (size_t)r;
                p += 2;
                continue;
            }
            break;
        }
        default:
            break;
        }

        /* a single-character class, perhaps followed by a quantifier */
        r = class_end(m, p);
        if (r < 0)
            return r;
        size_t ep = (size_t)r;
        int quant = pat_at(m, ep);
        int hit = single_match(m, s, p, ep);
        if (hit < 0)
            return DRILL_LPAT_ERROR;
        if (!hit) {
            if (quant != '*' && quant != '?' && quant != '-')
                return DRILL_LPAT_NOMATCH;
            p = ep + 1; /* zero repetitions */
            continue;
        }
        switch (quant) {
        case '?':
            r = match_here(m, s + 1, ep + 1);
            if (r != DRILL_LPAT_NOMATCH)
                return r;
            p = ep + 1;
            continue;
        case '*':
            return expand_greedy(m, s, s + 1, p, ep);
        case '+':
            return expand_greedy(m, s + 1, s + 1, p, ep);
        case '-':
            return expand_lazy(m, s, p, ep);
        default:
            s++;
            p = ep;
            continue;
        }
    }
}

static ptrdiff_t match_here(struct drill_lpat *m, size_t s, size_t p)
{
    if (m->depth >= DRILL_LPAT_MAXDEPTH)
        return fail(m, DRILL_LPAT_EDEPTH, "pattern too complex");
    if (!spend(m, 1))
        return DRILL_LPAT_ERROR;
    m->depth++;
    ptrdiff_t r = match_items(m, s, p);
    m->depth--;
    return r;
}

long drill_lpat_budget(size_t srclen)
{
    /* a scan must at least look at every byte once, so work in proportion to the subject
     * is allowed; what backtracking adds on top of that is not */
    long room = DRILL_LPAT_MAX_STEPS_CAP - DRILL_LPAT_MAX_STEPS;
    if (srclen >= (size_t)(room / DRILL_LPAT_STEPS_PER_BYTE))
        return DRILL_LPAT_MAX_STEPS_CAP;
    return DRILL_LPAT_MAX_STEPS + DRILL_LPAT_STEPS_PER_BYTE * (long)srclen;
}

void drill_lpat_init(struct drill_lpat *m, const char *src, size_t srclen, const char *pat,
                     size_t patlen, long *steps)
{
    m->src = src;
    m->srclen = srclen;
    m->pat = pat;
    m->patlen = patlen;
    m->own_steps = drill_lpat_budget(srclen);
    m->steps = steps ? steps : &m->own_steps;
    m->depth = 0;
    m->ncap = 0;
    m->status = DRILL_LPAT_OK;
    m->msg[0] = '\0';
    memset(m->class_len, 0, sizeof m->class_len);
    m->first_state = 0;
}

size_t drill_lpat_anchor(const struct drill_lpat *m)
{
    return pat_at(m, 0) == '^';
}

ptrdiff_t drill_lpat_match_at(struct drill_lpat *m, size_t at, size_t pat_from)
{
    /* The attempt itself costs no step (its first test does), so a scan with a simple pattern
     * costs about one step per byte and whole files fit the default budget. It is one level of
     * depth, as in Lua. */
    m->depth = 1;
    m->ncap = 0;
    return match_items(m, at, pat_from);
}

/* The bytes of the set whose '[' is at p and whose ']' is at close, a bit each in bits (zeroed
 * by the caller): what in_set says of each byte, read from the set once. */
static void set_bits(const struct drill_lpat *m, size_t p, size_t close, unsigned char bits[32])
{
    const unsigned char *pat = (const unsigned char *)m->pat;
    int negate = 0;
    p++;
    if (pat[p] == '^') {
        negate = 1;
        p++;
    }
    while (p < close) {
        int lo, hi;
        if (pat[p] == '%') {
            for (int b = 0; b < 256; b++)
                if (in_class(pat[p + 1], b))
                    bits[b >> 3] |= (unsigned char)(1u << (b & 7));
            p += 2;
            continue;
        }
        if (p + 2 < close && pat[p + 1] == '-') {
            lo = pat[p];
            hi = pat[p + 2];
            p += 3;
        } else {
            lo = hi = pat[p];
            p++;
        }
        for (int b = lo; b <= hi; b++)
            bits[b >> 3] |= (unsigned char)(1u << (b & 7));
    }
    if (negate)
        for (int i = 0; i < 32; i++)
            bits[i] = (unsigned char)~bits[i];
}

/* Whether the pattern from p opens with a set or a class that no '*', '?' or '-' makes
 * optional: then every match starts with one of its bytes, m->first holds them (a bit each),
 * and m->first_cost is what a try at any other byte spends (its one test). Worked out once a
 * session. */
static int first_set(struct drill_lpat *m, size_t p)
{
    if (m->first_state)
        return m->first_state > 0;
    m->first_state = -1;
    int c = pat_at(m, p), cl = pat_at(m, p + 1);
    if (c != '[' && !(c == '%' && cl > 0 && strchr("acdglpsuwxACDGLPSUWX", cl)))
        return 0;
    ptrdiff_t ep = class_end(m, p);
    if (ep < 0) {
        m->status = DRILL_LPAT_OK; /* the try itself says so */
        return 0;
    }
    int q = pat_at(m, (size_t)ep);
    if (q == '*' || q == '?' || q == '-')
        return 0;
    memset(m->first, 0, sizeof m->first);
    if (c == '[') {
        set_bits(m, p, (size_t)ep - 1, m->first);
    } else {
        for (int b = 0; b < 256; b++)
            if (in_class(cl, b))
                m->first[b >> 3] |= (unsigned char)(1u << (b & 7));
    }
    m->first_cost = 1 + (c == '[' ? ((size_t)ep - p) / SET_BYTES_PER_STEP : 0);
    m->first_state = 1;
    return 1;
}

/* Subjects shorter than this are tried byte by byte: reading a set for every byte value
 * would cost more than it saves. */
#define FIRST_SET_MIN 64

size_t drill_lpat_skip(struct drill_lpat *m, size_t at, size_t pat_from)
{
    int c = first_literal(m, pat_from);
    if (c < 0 && at < m->srclen && m->srclen - at >= FIRST_SET_MIN && first_set(m, pat_from)) {
        size_t to = at;
        while (to < m->srclen && !(m->first[(unsigned char)m->src[to] >> 3] &
                                   (1u << ((unsigned char)m->src[to] & 7))))
            to++;
        /* each try skipped would have failed at its first test */
        if (to > at && !spend(m, (to - at) * m->first_cost))
            return SIZE_MAX;
        return to;
    }
    if (c < 0 || at >= m->srclen || (unsigned char)m->src[at] == c)
        return at;
    const char *hit = memchr(m->src + at, c, m->srclen - at);
    size_t to = hit ? (size_t)(hit - m->src) : m->srclen;
    /* a try where the subject holds another byte fails at its first test: one step */
    if (!spend(m, to - at))
        return SIZE_MAX;
    return to;
}

int drill_lpat_find(struct drill_lpat *m, size_t init, size_t *start, size_t *end)
{
    size_t anchor = drill_lpat_anchor(m);
    for (size_t s = init;; s++) {
        if (!anchor && (s = drill_lpat_skip(m, s, 0)) == SIZE_MAX)
            return DRILL_LPAT_ERROR;
        ptrdiff_t r = drill_lpat_match_at(m, s, anchor);
        if (r == DRILL_LPAT_ERROR)
            return DRILL_LPAT_ERROR;
        if (r >= 0) {
            *start = s;
            *end = (size_t)r;
            return 1;
        }
        if (anchor || s >= m->srclen)
            return 0;
    }
}

int drill_lpat_find_plain(struct drill_lpat *m, size_t init, size_t *start, size_t *end)
{
    size_t n = m->patlen;
    if (n == 0) {
        *start = *end = init;
        return 1;
    }
    if (n > m->srclen - init)
        return 0;
    /* Each candidate is a memcmp that may run the length of the needle, so it costs in
     * proportion; otherwise a long near-miss needle would make this quadratic for free. */
    size_t cost = 1 + n / CMP_BYTES_PER_STEP;
    size_t last = m->srclen - n; /* last possible start */
    size_t s = init;
    while (s <= last) {
        const char *hit = memchr(m->src + s, m->pat[0], last - s + 1);
        if (!hit)
            return 0;
        s = (size_t)(hit - m->src);
        if (!spend(m, cost))
            return DRILL_LPAT_ERROR;
        if (memcmp(m->src + s + 1, m->pat + 1, n - 1) == 0) {
            *start = s;
            *end = s + n;
            return 1;
        }
        s++;
    }
    return 0;
}

int drill_lpat_capture(struct drill_lpat *m, int i, size_t s, size_t e, size_t *off, size_t *len)
{
    if (i < 0 || i >= m->ncap) {
        if (i != 0)
            return (int)fail(m, DRILL_LPAT_EPATTERN, "invalid capture index %%%d", i + 1);
        *off = s;
        *len = e - s;
        return DRILL_LPAT_TEXT;
    }
    const struct drill_lpat_capture *c = &m->cap[i];
    if (c->len == DRILL_LPAT_CAP_UNFINISHED)
        return (int)fail(m, DRILL_LPAT_EPATTERN, "unfinished capture");
    *off = c->start;
    if (c->len == DRILL_LPAT_CAP_POSITION) {
        *len = 0;
        return DRILL_LPAT_POSITION;
    }
    *len = (size_t)c->len;
    return DRILL_LPAT_TEXT;
}

int drill_lpat_has_specials(const char *pat, size_t patlen)
{
    static const char specials[] = "^$*+?.([%-";
    for (size_t i = 0; i < patlen; i++) {
        if (pat[i] != '\0' && strchr(specials, pat[i]))
            return 1;
    }
    return 0;
}
