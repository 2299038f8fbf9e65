/* Answer files parsed in one pass: Markdown sections after CommonMark's block rules, and JSON. */
#define _GNU_SOURCE /* memrchr */
#include "answers.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drill_limits.h"
#include "json.h"
#include "text.h"

void drill_answers_init(struct drill_answers *a)
{
    memset(a, 0, sizeof *a);
}

void drill_answers_free(struct drill_answers *a)
{
    if (!a)
        return;
    for (size_t i = 0; i < a->n; i++) {
        free(a->entries[i].id);
        free(a->entries[i].text);
    }
    free(a->entries);
    free(a->errors);
    drill_answers_init(a);
}

static int add_error(struct drill_answers *a, unsigned line, unsigned col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Returns 0 only when out of memory. */
static int add_error(struct drill_answers *a, unsigned line, unsigned col, const char *fmt, ...)
{
    if (a->nerrors >= DRILL_ANSWERS_MAX_ERRORS) {
        a->dropped++;
        return 1;
    }
    if (a->nerrors == a->errcap) {
        size_t cap = a->errcap ? a->errcap * 2 : 4;
        struct drill_answer_error *e = realloc(a->errors, cap * sizeof *e);
        if (!e)
            return 0;
        a->errors = e;
        a->errcap = cap;
    }
    struct drill_answer_error *e = &a->errors[a->nerrors++];
    e->line = line;
    e->col = col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->message, sizeof e->message, fmt, ap);
    va_end(ap);
    return 1;
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/* Copies at most `max` bytes of valid UTF-8 `s` into `out` for a message:
 * cut on a character boundary (with "..." after), control bytes as '?'. */
static const char *excerpt(char *out, size_t outsize, const char *s, size_t n, size_t max)
{
    size_t k = 0, i = 0;
    while (i < n && k + 4 < outsize) {
        size_t step = drill_utf8_seqlen(s + i, n - i);
        if (!step)
            step = 1;
        if (i + step > max)
            break;
        if (step == 1) {
            unsigned char c = (unsigned char)s[i];
            out[k++] = c < 0x20 || c == 0x7F ? '?' : (char)c;
        } else {
            memcpy(out + k, s + i, step);
            k += step;
        }
        i += step;
    }
    if (i < n && k + 4 <= outsize) {
        memcpy(out + k, "...", 3);
        k += 3;
    }
    out[k] = '\0';
    return out;
}

/* An answer's final form: HTML comments removed (when `strip`), white space
 * trimmed at both ends. Writes into `s` itself and returns the new length. */
static size_t finish_text(char *s, size_t n, int strip)
{
    if (strip) {
        size_t w = 0;
        for (size_t r = 0; r < n;) {
            if (n - r >= 4 && memcmp(s + r, "<!--", 4) == 0) {
                const char *end = NULL;
                for (size_t k = r + 4; k + 3 <= n; k++) {
                    if (s[k] == '-' && s[k + 1] == '-' && s[k + 2] == '>') {
                        end = s + k;
                        break;
                    }
                }
                if (end) {
                    r = (size_t)(end - s) + 3;
                    continue;
                }
                /* unclosed: the rest is text; copy it all */
                memmove(s + w, s + r, n - r);
                w += n - r;
                break;
            }
            s[w++] = s[r++];
        }
        n = w;
    }
    size_t a = 0;
    while (a < n && is_space(s[a]))
        a++;
    while (n > a && is_space(s[n - 1]))
        n--;
    memmove(s, s + a, n - a);
    s[n - a] = '\0';
    return n - a;
}

/* Takes ownership of `text` (freed on failure). Returns 0 only when out of memory. */
static int add_entry(struct drill_answers *a, const char *id, size_t idlen, char *text, size_t len,
                     unsigned line, unsigned col)
{
    char ex[160];
    if (len > DRILL_MAX_ANSWER_BYTES) {
        free(text);
        return add_error(a, line, col,
                         "the answer to \"%s\" is over %u KiB (%zu bytes): shorten it",
                         excerpt(ex, sizeof ex, id, idlen, DRILL_MAX_ID_BYTES),
                         DRILL_MAX_ANSWER_BYTES / 1024u, len);
    }
    if (a->n == a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 16;
        struct drill_answer *e = realloc(a->entries, cap * sizeof *e);
        if (!e) {
            free(text);
            return 0;
        }
        a->entries = e;
        a->cap = cap;
    }
    char *idc = malloc(idlen + 1);
    if (!idc) {
        free(text);
        return 0;
    }
    memcpy(idc, id, idlen);
    idc[idlen] = '\0';
    struct drill_answer *e = &a->entries[a->n++];
    e->id = idc;
    e->idlen = idlen;
    e->text = text;
    e->len = len;
    e->line = line;
    e->col = col;
    return 1;
}

/* Line of byte `offset`: 1 + the newlines before it. */
static unsigned line_at(const char *s, size_t offset)
{
    unsigned line = 1;
    for (const char *p = s; (p = memchr(p, '\n', (size_t)(s + offset - p))); p++)
        line++;
    return line;
}

static int check_utf8(const char *text, size_t len, struct drill_answers *out, int *ok)
{
    size_t bad;
    *ok = drill_utf8_valid(text, len, &bad);
    if (*ok)
        return 1;
    return add_error(out, line_at(text, bad), 0, "invalid UTF-8 at byte offset %zu", bad);
}

/* ---- Markdown ------------------------------------------------------------------------------ */

/* A growing byte buffer for the answer being read. */
struct buf {
    char *p;
    size_t n, cap;
};

static int buf_add(struct buf *b, const char *s, size_t n)
{
    if (b->cap - b->n < n + 1) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap - b->n < n + 1)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p)
            return 0;
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    return 1;
}

/* Up to three spaces of indent, as CommonMark allows before a heading or a fence. */
static size_t indent(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && i < 4 && s[i] == ' ')
        i++;
    return i;
}

/* An opening code fence: three or more backticks or tildes; a backtick
 * fence's info string may not hold a backtick (CommonMark 4.5). */
static int fence_open(const char *s, size_t n, char *ch, size_t *flen)
{
    size_t i = indent(s, n);
    if (i > 3 || i >= n || (s[i] != '`' && s[i] != '~'))
        return 0;
    size_t k = i;
    while (k < n && s[k] == s[i])
        k++;
    if (k - i < 3)
        return 0;
    if (s[i] == '`' && memchr(s + k, '`', n - k))
        return 0;
    *ch = s[i];
    *flen = k - i;
    return 1;
}

/* A closing fence: the same character, at least as many, then only spaces. */
static int fence_close(const char *s, size_t n, char ch, size_t flen)
{
    size_t i = indent(s, n);
    if (i > 3)
        return 0;
    size_t k = i;
    while (k < n && s[k] == ch)
        k++;
    if (k - i < flen)
        return 0;
    while (k < n && (s[k] == ' ' || s[k] == '\t'))
        k++;
    return k == n;
}

/* A level-2 ATX heading; sets its content [*cs, *ce) without the closing sequence. */
static int heading2(const char *s, size_t n, size_t *cs, size_t *ce)
{
    size_t i = indent(s, n);
    if (i > 3 || n - i < 2 || s[i] != '#' || s[i + 1] != '#')
        return 0;
    i += 2;
    if (i < n && s[i] != ' ' && s[i] != '\t')
        return 0; /* "###" is another level, "##x" is text */
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    size_t e = n;
    while (e > i && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        e--;
    size_t k = e;
    while (k > i && s[k - 1] == '#')
        k--;
    if (k < e && (k == i || s[k - 1] == ' ' || s[k - 1] == '\t')) {
        e = k;
        while (e > i && (s[e - 1] == ' ' || s[e - 1] == '\t'))
            e--;
    }
    *cs = i;
    *ce = e;
    return 1;
}

static int id_shaped(const char *s, size_t n)
{
    if (n == 0)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == '-'))
            return 0;
    }
    return 1;
}

/* Start of "-->" at or after `from` within [s, s + n), or n. */
static size_t find_close(const char *s, size_t n, size_t from)
{
    for (size_t k = from; k + 3 <= n; k++) {
        const char *p = memchr(s + k, '-', n - k);
        if (!p)
            return n;
        k = (size_t)(p - s);
        if (k + 3 <= n && p[1] == '-' && p[2] == '>')
            return k;
    }
    return n;
}

struct md {
    const char *s; /* the whole text */
    size_t n;
    size_t last_close; /* start of the last "-->" in the text, or SIZE_MAX */
    int in_comment;
    int has_entry; /* an answer is open and its body goes to `body` */
    const char *id;
    size_t idlen;
    unsigned id_line;
    struct buf body;
    int body_lines; /* lines added so far, for the separators */
    int join;       /* the next line continues a comment: no separator before it */
};

/* Appends a line of prose to the open answer, HTML comments left out, and
 * follows comments across lines so that what they hide is not structure.
 * A "<!--" with no "-->" anywhere after it is text, as in CommonMark. */
static int prose(struct md *m, size_t a, size_t b)
{
    size_t i = a;
    while (i < b) {
        if (m->in_comment) {
            size_t c = find_close(m->s, b, i);
            if (c >= b)
                return 1; /* the comment goes on past this line */
            m->in_comment = 0;
            i = c + 3;
            continue;
        }
        const char *p = NULL;
        for (size_t k = i; k + 4 <= b; k++) {
            const char *q = memchr(m->s + k, '<', b - k);
            if (!q)
                break;
            k = (size_t)(q - m->s);
            if (k + 4 <= b && memcmp(q, "<!--", 4) == 0 && m->last_close != (size_t)-1 &&
                m->last_close >= k + 4) {
                p = q;
                break;
            }
        }
        size_t upto = p ? (size_t)(p - m->s) : b;
        if (m->has_entry && !buf_add(&m->body, m->s + i, upto - i))
            return 0;
        if (!p)
            break;
        m->in_comment = 1;
        i = upto + 4;
    }
    return 1;
}

static int start_line(struct md *m)
{
    if (m->has_entry && m->body_lines++ > 0 && !m->join)
        return buf_add(&m->body, "\n", 1);
    return 1;
}

static int close_entry(struct md *m, struct drill_answers *out)
{
    if (!m->has_entry)
        return 1;
    m->has_entry = 0;
    char *text = m->body.p;
    size_t len = m->body.n;
    if (!text) {
        text = malloc(1);
        if (!text)
            return 0;
    }
    text[len] = '\0';
    m->body.p = NULL;
    m->body.n = m->body.cap = 0;
    len = finish_text(text, len, 0);
    return add_entry(out, m->id, m->idlen, text, len, m->id_line, 0);
}

/* A "## ..." line outside code and comments: opens an answer or says why not. */
static int heading(struct md *m, struct drill_answers *out, unsigned line, size_t cs, size_t ce)
{
    char ex[160];
    if (!close_entry(m, out))
        return 0;
    const char *c = m->s + cs;
    size_t n = ce - cs, tok = 0;
    while (tok < n && c[tok] != ' ' && c[tok] != '\t')
        tok++;
    if (n == 0)
        return add_error(out, line, 0,
                         "a '## ' heading with no question id: write \"## <question-id>\"; "
                         "the text under it is not checked");
    if (tok < n) {
        char id[DRILL_MAX_ID_BYTES * 2 + 8];
        if (id_shaped(c, tok))
            return add_error(out, line, 0,
                             "heading \"## %s\" has more than a question id: put the id alone "
                             "on the line (\"## %s\"); this answer is not checked",
                             excerpt(ex, sizeof ex, c, n, 80),
                             excerpt(id, sizeof id, c, tok, DRILL_MAX_ID_BYTES));
        return add_error(out, line, 0,
                         "heading \"## %s\" is not a question id: '## ' headings open answers "
                         "(\"## <question-id>\"); the text under it is not checked",
                         excerpt(ex, sizeof ex, c, n, 80));
    }
    if (tok > DRILL_MAX_ID_BYTES)
        return add_error(out, line, 0,
                         "heading \"## %s\" is not a question id (ids are at most %d bytes); "
                         "the text under it is not checked",
                         excerpt(ex, sizeof ex, c, n, 80), DRILL_MAX_ID_BYTES);
    m->has_entry = 1;
    m->id = c;
    m->idlen = tok;
    m->id_line = line;
    m->body_lines = 0;
    m->body.n = 0;
    return 1;
}

int drill_answers_markdown(const char *text, size_t len, struct drill_answers *out)
{
    int valid;
    if (!check_utf8(text, len, out, &valid))
        return DRILL_EXIT_INTERNAL;
    if (!valid)
        return DRILL_OK;
    struct md m = {.s = text, .n = len, .last_close = (size_t)-1};
    /* the last "-->": each '>' from the end, by memrchr */
    for (size_t k = len; k >= 3;) {
        const char *gt = memrchr(text + 2, '>', k - 2);
        if (!gt)
            break;
        k = (size_t)(gt - text) + 1;
        if (text[k - 3] == '-' && text[k - 2] == '-') {
            m.last_close = k - 3;
            break;
        }
        k--;
    }
    /* an editor's byte order mark is not part of the first line */
    size_t pos = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    unsigned line = 0;
    int in_fence = 0;
    char fch = 0;
    size_t flen = 0;
    unsigned fence_line = 0, hidden = 0;
    int st = DRILL_OK;
    while (pos < len) {
        size_t a = pos, b;
        /* the line ends at the first '\n' or '\r' */
        const char *nl = memchr(text + a, '\n', len - a);
        b = nl ? (size_t)(nl - text) : len;
        const char *cr = memchr(text + a, '\r', b - a);
        if (cr)
            b = (size_t)(cr - text);
        pos = b;
        if (pos < len && text[pos] == '\r')
            pos++;
        if (pos < len && text[pos] == '\n' && (pos == b || text[pos - 1] == '\r'))
            pos++;
        line++;
        const char *s = text + a;
        size_t n = b - a, cs, ce;
        if (in_fence) {
            if (fence_close(s, n, fch, flen))
                in_fence = 0;
            else if (heading2(s, n, &cs, &ce))
                hidden++;
            if (!start_line(&m) || (m.has_entry && !buf_add(&m.body, s, n)))
                goto oom;
            m.join = 0;
            continue;
        }
        if (!m.in_comment && heading2(s, n, &cs, &ce)) {
            if (!heading(&m, out, line, a + cs, a + ce))
                goto oom;
            m.join = 0;
            continue;
        }
        if (!m.in_comment && fence_open(s, n, &fch, &flen)) {
            in_fence = 1;
            fence_line = line;
            hidden = 0;
            if (!start_line(&m) || (m.has_entry && !buf_add(&m.body, s, n)))
                goto oom;
            m.join = 0;
            continue;
        }
        if (!start_line(&m) || !prose(&m, a, b))
            goto oom;
        m.join = m.in_comment;
    }
    if (!close_entry(&m, out))
        goto oom;
    if (in_fence) {
        char f[16];
        size_t k = flen < 10 ? flen : 10;
        memset(f, fch, k);
        f[k] = '\0';
        if (!add_error(out, fence_line, 0,
                       "the code block opened here with %s%s is never closed, so the rest of the "
                       "file is read as code%s: close it with a line of at least %zu '%c'",
                       f, flen > k ? "..." : "", hidden ? ", '## ' headings included" : "", flen,
                       fch))
            goto oom;
    }
    free(m.body.p);
    return st;
oom:
    free(m.body.p);
    return DRILL_EXIT_INTERNAL;
}

/* ---- JSON ---------------------------------------------------------------------------------- */

#define SHAPE_MESSAGE "expected an object {\"answers\": {\"<question-id>\": \"text\", ...}}"

int drill_answers_json(const char *text, size_t len, const char *path, struct drill_answers *out)
{
    char ex[160];
    int valid;
    if (!check_utf8(text, len, out, &valid))
        return DRILL_EXIT_INTERNAL;
    if (!valid)
        return DRILL_OK;
    const char *name = path && *path ? path : "<answers>";
    struct drill_diags *d = malloc(sizeof *d);
    if (!d)
        return DRILL_EXIT_INTERNAL;
    drill_diags_init(d);
    struct drill_json *doc = drill_json_parse(text, len, name, d);
    if (!doc) {
        int st = d->status == DRILL_EXIT_INTERNAL ? DRILL_EXIT_INTERNAL : DRILL_OK;
        /* the diagnostic is "name:line:col: message" or "name: message" */
        const char *msg = d->n > 0 ? d->msg[0] : "malformed JSON";
        size_t k = strlen(name);
        unsigned line = 0, col = 0;
        int used = 0;
        if (d->n > 0 && strncmp(msg, name, k) == 0 && msg[k] == ':') {
            msg += k + 1;
            if (sscanf(msg, "%u:%u: %n", &line, &col, &used) == 2 && used > 0)
                msg += used;
            else {
                line = col = 0;
                msg += msg[0] == ' ';
            }
        }
        int ok = add_error(out, line, col, "%s", msg);
        free(d);
        return ok ? st : DRILL_EXIT_INTERNAL;
    }
    free(d);
    const cJSON *root = drill_json_root(doc);
    const cJSON *answers =
        cJSON_IsObject(root) ? cJSON_GetObjectItemCaseSensitive(root, "answers") : NULL;
    int st = DRILL_OK;
    if (!cJSON_IsObject(answers)) {
        unsigned line = 1, col = 1;
        if (answers)
            drill_json_pos(doc, answers, 0, &line, &col);
        if (!add_error(out, line, col, "%s", SHAPE_MESSAGE))
            st = DRILL_EXIT_INTERNAL;
        drill_json_free(doc);
        return st;
    }
    for (const cJSON *c = answers->child; c; c = c->next) {
        unsigned line = 1, col = 1;
        drill_json_pos(doc, c, 1, &line, &col);
        size_t idlen = strlen(c->string);
        if (cJSON_IsString(c) || cJSON_IsNull(c)) {
            const char *v = cJSON_IsString(c) ? c->valuestring : "";
            size_t n = strlen(v);
            char *t = malloc(n + 1);
            if (!t) {
                st = DRILL_EXIT_INTERNAL;
                break;
            }
            memcpy(t, v, n + 1);
            n = finish_text(t, n, 1);
            if (!add_entry(out, c->string, idlen, t, n, line, col)) {
                st = DRILL_EXIT_INTERNAL;
                break;
            }
        } else if (!add_error(out, line, col, "the answer to \"%s\" must be a string",
                              excerpt(ex, sizeof ex, c->string, idlen, DRILL_MAX_ID_BYTES))) {
            st = DRILL_EXIT_INTERNAL;
            break;
        }
    }
    drill_json_free(doc);
    return st;
}
