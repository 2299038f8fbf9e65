/* Strict JSON: one scanner validates the text, records where each value is,
 * and builds cJSON's tree as it goes. */
#include "json.h"

#include <limits.h>
#include <locale.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <stddef.h>
#include <string.h>

#include "alloc.h"
#include "drill_limits.h"
#include "text.h"

/* Where a value starts, and for an object member where its key starts
 * (kline 0 otherwise), as 1-based line and column in characters. */
struct pos {
    unsigned vline, vcol, kline, kcol;
};

/* The tree's memory: cJSON's nodes and strings, bumped out of a few large
 * chunks instead of one allocation each, and freed with the document. */
struct chunk {
    struct chunk *next;
    size_t used, cap;
    _Alignas(max_align_t) unsigned char data[];
};

/* The tree's nodes, apart from its strings: a node's place in its chunk gives its index in
 * document order, and so its position, with no map from nodes to positions. */
struct node_chunk {
    struct node_chunk *next;
    size_t first, used, cap; /* `first`: the index of data[0] */
    cJSON data[];
};

struct drill_json {
    cJSON *root;
    struct chunk *arena;
    size_t chunk_size;
    struct node_chunk *nodes;
    size_t nnodes;
    /* Positions of every value, in document order, which is also the order of the nodes. */
    struct pos *pos;
    size_t nvals, cap;
};

struct scanner {
    struct drill_json *doc;
    const char *s;
    size_t n, i;
    int depth;
    const char *err;
    size_t err_at;
    /* Line and column of byte `at`: values are recorded in document order,
     * so carrying this forward finds every position in one pass over the
     * text (scanning from the line start each time was quadratic on a
     * one-line file). */
    size_t at;
    unsigned line, col;
};

static void *arena_alloc(struct drill_json *doc, size_t n)
{
    n = (n + _Alignof(max_align_t) - 1) & ~(size_t)(_Alignof(max_align_t) - 1);
    struct chunk *c = doc->arena;
    if (!c || c->cap - c->used < n) {
        size_t cap = n > doc->chunk_size ? n : doc->chunk_size;
        c = drill_mem_malloc(sizeof *c + cap);
        if (!c)
            return NULL;
        c->next = doc->arena;
        c->used = 0;
        c->cap = cap;
        doc->arena = c;
    }
    void *p = c->data + c->used;
    c->used += n;
    return p;
}

/* What cJSON allocates itself (trees built or printed through its API) is
 * charged like the core's own memory. */
static void *json_malloc(size_t n)
{
    return drill_mem_malloc(n);
}

static void json_free(void *p)
{
    drill_mem_free(p);
}

static void install_hooks(void)
{
    cJSON_Hooks hooks = {json_malloc, json_free};
    cJSON_InitHooks(&hooks);
}

void drill_json_init(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, install_hooks);
}

static void advance(struct scanner *sc, size_t to)
{
    const unsigned char *s = (const unsigned char *)sc->s;
    size_t i = sc->at;
    unsigned line = sc->line, col = sc->col;
    /* whole lines by memchr; characters counted only on the last one */
    for (const unsigned char *nl; i < to && (nl = memchr(s + i, '\n', to - i)) != NULL;) {
        line++;
        col = 1;
        i = (size_t)(nl - s) + 1;
    }
    /* characters, not continuation bytes (10xxxxxx), eight bytes at a time */
    for (; to - i >= 8; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        col += 8 - (unsigned)__builtin_popcountll(w & ~(w << 1) & 0x8080808080808080u);
    }
    for (; i < to; i++)
        col += (s[i] & 0xC0) != 0x80;
    sc->at = to;
    sc->line = line;
    sc->col = col;
}

static int fail(struct scanner *sc, size_t at, const char *msg)
{
    if (!sc->err) {
        sc->err = msg;
        sc->err_at = at;
    }
    return 0;
}

static void skip_ws(struct scanner *sc)
{
    const char *s = sc->s;
    size_t i = sc->i, n = sc->n;
    while (i < n) {
        char c = s[i];
        if (c == ' ') {
            /* indentation, eight spaces at a time */
            while (n - i >= 8 && memcmp(s + i, "        ", 8) == 0)
                i += 8;
            if (i < n && s[i] == ' ')
                i++;
            continue;
        }
        if (c != '\t' && c != '\n' && c != '\r')
            break;
        i++;
    }
    sc->i = i;
}

static const char out_of_memory[] = "out of memory";

/* A node of the tree (as cJSON's parser would make it), made just after its position was
 * recorded: the n-th node has the n-th position. */
static cJSON *new_node(struct scanner *sc, int type)
{
    struct drill_json *doc = sc->doc;
    struct node_chunk *c = doc->nodes;
    if (!c || c->used == c->cap) {
        size_t cap = c ? c->cap * 2 : doc->chunk_size / (4 * sizeof(cJSON));
        if (cap > 65536)
            cap = 65536;
        c = drill_mem_malloc(sizeof *c + cap * sizeof(cJSON));
        if (!c) {
            fail(sc, sc->i, out_of_memory);
            return NULL;
        }
        c->next = doc->nodes;
        c->first = doc->nnodes;
        c->used = 0;
        c->cap = cap;
        doc->nodes = c;
    }
    cJSON *x = &c->data[c->used++];
    doc->nnodes++;
    memset(x, 0, sizeof *x);
    x->type = type;
    return x;
}

/* Records where the value at sc->i starts (and its key, at koff, before it). */
static int record(struct scanner *sc, size_t koff)
{
    struct drill_json *doc = sc->doc;
    if (doc->nvals == doc->cap) {
        size_t cap = doc->cap ? doc->cap * 2 : 256;
        struct pos *p = drill_mem_realloc(doc->pos, cap * sizeof *p);
        if (!p)
            return fail(sc, sc->i, out_of_memory);
        doc->pos = p;
        doc->cap = cap;
    }
    struct pos *p = &doc->pos[doc->nvals++];
    p->kline = p->kcol = 0;
    if (koff != SIZE_MAX) {
        advance(sc, koff);
        p->kline = sc->line;
        p->kcol = sc->col;
    }
    advance(sc, sc->i);
    p->vline = sc->line;
    p->vcol = sc->col;
    return 1;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static int scan_hex4(struct scanner *sc, unsigned *out)
{
    unsigned v = 0;
    for (int k = 0; k < 4; k++) {
        int h = sc->i < sc->n ? hexval(sc->s[sc->i]) : -1;
        if (h < 0)
            return fail(sc, sc->i, "expected four hex digits after \\u");
        v = v * 16 + (unsigned)h;
        sc->i++;
    }
    *out = v;
    return 1;
}

static int scan_string_raw(struct scanner *sc, int *escaped)
{
    size_t start = sc->i;
    *escaped = 0;
    sc->i++; /* opening quote */
    while (sc->i < sc->n) {
        /* eight bytes at a time while they are all plain ASCII: no byte below 0x20 or from
         * 0x80 up, no '"' and no backslash */
        while (sc->n - sc->i >= 8) {
            uint64_t w;
            memcpy(&w, sc->s + sc->i, 8);
            const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
            uint64_t quote = w ^ (ones * '"'), slash = w ^ (ones * '\\');
            /* The lowest byte that is a quote or a backslash (a zero byte of `quote` or `slash`)
             * or below 0x20 has no borrow from below, so subtracting sets its high bit; a byte
             * from 0x80 up has it set already. Borrows and high bytes can also mark plain
             * bytes, which only ends the fast path early: it never skips a special byte. */
            if (((w - ones * 0x20) | (quote - ones) | (slash - ones) | w) & highs)
                break;
            sc->i += 8;
        }
        if (sc->i >= sc->n)
            break;
        unsigned char c = (unsigned char)sc->s[sc->i];
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            sc->i++; /* the common case first: plain ASCII */
            continue;
        }
        if (c == '"') {
            sc->i++;
            return 1;
        }
        if (c < 0x20)
            return fail(sc, sc->i, "control character in string (escape it)");
        if (c == '\\') {
            *escaped = 1;
            sc->i++;
            if (sc->i >= sc->n)
                break;
            char e = sc->s[sc->i];
            if (e == 'u') {
                size_t at = sc->i - 1;
                unsigned cp, lo;
                sc->i++;
                if (!scan_hex4(sc, &cp))
                    return 0;
                if (cp == 0)
                    return fail(sc, at, "\\u0000 is not allowed in strings");
                if (cp >= 0xDC00 && cp <= 0xDFFF)
                    return fail(sc, at, "unpaired low surrogate in \\u escape");
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (sc->i + 1 >= sc->n || sc->s[sc->i] != '\\' || sc->s[sc->i + 1] != 'u')
                        return fail(sc, at, "unpaired high surrogate in \\u escape");
                    sc->i += 2;
                    if (!scan_hex4(sc, &lo))
                        return 0;
                    if (lo < 0xDC00 || lo > 0xDFFF)
                        return fail(sc, at, "unpaired high surrogate in \\u escape");
                }
                continue;
            }
            if (!strchr("\"\\/bfnrt", e) || e == '\0')
                return fail(sc, sc->i - 1, "invalid escape in string");
            sc->i++;
            continue;
        }
        if (c < 0x80) {
            sc->i++;
            continue;
        }
        size_t k = drill_utf8_seqlen(sc->s + sc->i, sc->n - sc->i);
        if (!k)
            return fail(sc, sc->i, "invalid UTF-8 in string");
        sc->i += k;
    }
    return fail(sc, start, "unterminated string");
}

/* Checks the string at sc->i and decodes it into the arena: 1 with *out
 * set, or 0 with the error set. Decoding never lengthens a string. */
static int scan_string(struct scanner *sc, char **out)
{
    size_t start = sc->i;
    int escaped;
    if (!scan_string_raw(sc, &escaped))
        return 0;
    const char *s = sc->s + start + 1;
    size_t n = sc->i - start - 2;
    char *d = arena_alloc(sc->doc, n + 1);
    if (!d)
        return fail(sc, start, out_of_memory);
    if (!escaped) {
        memcpy(d, s, n);
        d[n] = '\0';
        *out = d;
        return 1;
    }
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] != '\\') {
            /* the run up to the next escape, at once */
            const char *bs = memchr(s + i, '\\', n - i);
            size_t run = bs ? (size_t)(bs - (s + i)) : n - i;
            memcpy(d + o, s + i, run);
            o += run;
            i += run;
            continue;
        }
        char e = s[i + 1];
        i += 2;
        switch (e) {
        case 'b':
            d[o++] = '\b';
            break;
        case 'f':
            d[o++] = '\f';
            break;
        case 'n':
            d[o++] = '\n';
            break;
        case 'r':
            d[o++] = '\r';
            break;
        case 't':
            d[o++] = '\t';
            break;
        case 'u': {
            unsigned cp = 0;
            for (int k = 0; k < 4; k++)
                cp = cp * 16 + (unsigned)hexval(s[i + k]);
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) { /* checked: a low surrogate follows */
                unsigned lo = 0;
                for (int k = 0; k < 4; k++)
                    lo = lo * 16 + (unsigned)hexval(s[i + 2 + k]);
                i += 6;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            }
            o += drill_utf8_put(d + o, cp);
            break;
        }
        default:
            d[o++] = e;
            break; /* " \ / */
        }
    }
    d[o] = '\0';
    *out = d;
    return 1;
}

static int scan_number(struct scanner *sc)
{
    size_t start = sc->i;
    if (sc->s[sc->i] == '-')
        sc->i++;
    if (sc->i >= sc->n)
        return fail(sc, start, "invalid number");
    if (sc->s[sc->i] == '0') {
        sc->i++;
    } else if (sc->s[sc->i] >= '1' && sc->s[sc->i] <= '9') {
        while (sc->i < sc->n && sc->s[sc->i] >= '0' && sc->s[sc->i] <= '9')
            sc->i++;
    } else {
        return fail(sc, start, "invalid number");
    }
    if (sc->i < sc->n && sc->s[sc->i] == '.') {
        sc->i++;
        if (sc->i >= sc->n || sc->s[sc->i] < '0' || sc->s[sc->i] > '9')
            return fail(sc, sc->i, "expected a digit after the decimal point");
        while (sc->i < sc->n && sc->s[sc->i] >= '0' && sc->s[sc->i] <= '9')
            sc->i++;
    }
    if (sc->i < sc->n && (sc->s[sc->i] == 'e' || sc->s[sc->i] == 'E')) {
        sc->i++;
        if (sc->i < sc->n && (sc->s[sc->i] == '+' || sc->s[sc->i] == '-'))
            sc->i++;
        if (sc->i >= sc->n || sc->s[sc->i] < '0' || sc->s[sc->i] > '9')
            return fail(sc, sc->i, "expected a digit in the exponent");
        while (sc->i < sc->n && sc->s[sc->i] >= '0' && sc->s[sc->i] <= '9')
            sc->i++;
    }
    return 1;
}

/* The number's value, as cJSON gives it: a double, and an int clamped to
 * int's range. 1, or 0 out of memory. */
static int number_value(struct scanner *sc, size_t start, cJSON *x)
{
    size_t n = sc->i - start;
    char small[64], *b = n < sizeof small ? small : drill_mem_malloc(n + 1);
    if (!b)
        return fail(sc, start, out_of_memory);
    memcpy(b, sc->s + start, n);
    b[n] = '\0';
    char point = localeconv()->decimal_point[0]; /* strtod reads the locale's */
    if (point != '.')
        for (char *q = b; *q; q++)
            if (*q == '.')
                *q = point;
    double d = strtod(b, NULL);
    if (b != small)
        drill_mem_free(b);
    x->valuedouble = d;
    x->valueint = d >= INT_MAX ? INT_MAX : d <= (double)INT_MIN ? INT_MIN : (int)d;
    return 1;
}

static int scan_literal(struct scanner *sc, const char *word)
{
    size_t k = strlen(word);
    if (sc->n - sc->i < k || memcmp(sc->s + sc->i, word, k) != 0)
        return fail(sc, sc->i, "expected a value");
    sc->i += k;
    return 1;
}

static int scan_value(struct scanner *sc, size_t koff, cJSON **out);

static int scan_container(struct scanner *sc, char close, cJSON *parent)
{
    int is_object = close == '}';
    cJSON *last = NULL;
    if (++sc->depth > DRILL_JSON_MAX_DEPTH)
        return fail(sc, sc->i, "nesting is too deep");
    sc->i++;
    skip_ws(sc);
    if (sc->i < sc->n && sc->s[sc->i] == close) {
        sc->i++;
        sc->depth--;
        return 1;
    }
    for (;;) {
        size_t koff = SIZE_MAX;
        char *key = NULL;
        if (is_object) {
            if (sc->i >= sc->n || sc->s[sc->i] != '"')
                return fail(sc, sc->i, "expected a string key");
            koff = sc->i;
            if (!scan_string(sc, &key))
                return 0;
            skip_ws(sc);
            if (sc->i >= sc->n || sc->s[sc->i] != ':')
                return fail(sc, sc->i, "expected ':' after the key");
            sc->i++;
            skip_ws(sc);
        }
        cJSON *item;
        if (!scan_value(sc, koff, &item))
            return 0;
        item->string = key;
        if (last) {
            last->next = item;
            item->prev = last;
        } else {
            parent->child = item;
        }
        last = item;
        parent->child->prev = last; /* cJSON keeps the last child there */
        skip_ws(sc);
        if (sc->i < sc->n && sc->s[sc->i] == ',') {
            sc->i++;
            skip_ws(sc);
            if (sc->i < sc->n && sc->s[sc->i] == close)
                return fail(sc, sc->i, "trailing comma");
            continue;
        }
        if (sc->i < sc->n && sc->s[sc->i] == close) {
            sc->i++;
            sc->depth--;
            return 1;
        }
        return fail(sc, sc->i, is_object ? "expected ',' or '}'" : "expected ',' or ']'");
    }
}

static int scan_value(struct scanner *sc, size_t koff, cJSON **out)
{
    if (sc->i >= sc->n)
        return fail(sc, sc->i, "unexpected end of input, expected a value");
    if (!record(sc, koff))
        return 0;
    cJSON *x;
    size_t start = sc->i;
    switch (sc->s[sc->i]) {
    case '{':
    case '[':
        x = new_node(sc, sc->s[sc->i] == '{' ? cJSON_Object : cJSON_Array);
        if (!x || !scan_container(sc, sc->s[sc->i] == '{' ? '}' : ']', x))
            return 0;
        break;
    case '"':
        x = new_node(sc, cJSON_String);
        if (!x || !scan_string(sc, &x->valuestring))
            return 0;
        break;
    case 't':
        x = new_node(sc, cJSON_True);
        if (!x || !scan_literal(sc, "true"))
            return 0;
        x->valueint = 1;
        break;
    case 'f':
        x = new_node(sc, cJSON_False);
        if (!x || !scan_literal(sc, "false"))
            return 0;
        break;
    case 'n':
        x = new_node(sc, cJSON_NULL);
        if (!x || !scan_literal(sc, "null"))
            return 0;
        break;
    default:
        if (sc->s[sc->i] != '-' && (sc->s[sc->i] < '0' || sc->s[sc->i] > '9'))
            return fail(sc, sc->i, "expected a value");
        x = new_node(sc, cJSON_Number);
        if (!x || !scan_number(sc) || !number_value(sc, start, x))
            return 0;
        break;
    }
    *out = x;
    return 1;
}

void drill_json_linecol(const char *text, size_t len, size_t offset, unsigned *line, unsigned *col)
{
    unsigned l = 1, c = 1;
    if (offset > len)
        offset = len;
    size_t i = 0;
    /* a byte order mark is no column an editor shows */
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 && offset >= 3)
        i = 3;
    for (; i < offset; i++) {
        unsigned char ch = (unsigned char)text[i];
        if (ch == '\n') {
            l++;
            c = 1;
        } else if ((ch & 0xC0) != 0x80) {
            c++; /* count characters, not continuation bytes */
        }
    }
    *line = l;
    *col = c;
}

/* The document-order index of `node`, found from the chunk it lies in; SIZE_MAX for a node
 * that is not one of doc's. */
static size_t node_index(const struct drill_json *doc, const cJSON *node)
{
    uintptr_t at = (uintptr_t)node;
    for (const struct node_chunk *c = doc->nodes; c; c = c->next) {
        if (at < (uintptr_t)c->data || at >= (uintptr_t)(c->data + c->used))
            continue;
        if ((at - (uintptr_t)c->data) % sizeof(cJSON))
            return SIZE_MAX;
        size_t k = c->first + (at - (uintptr_t)c->data) / sizeof(cJSON);
        return k < doc->nvals ? k : SIZE_MAX;
    }
    return SIZE_MAX;
}

int drill_json_pos(const struct drill_json *doc, const cJSON *node, int key, unsigned *line,
                   unsigned *col)
{
    size_t k = doc && node ? node_index(doc, node) : SIZE_MAX;
    if (k == SIZE_MAX)
        return 0;
    const struct pos *p = &doc->pos[k];
    if (key && p->kline) {
        *line = p->kline;
        *col = p->kcol;
    } else {
        *line = p->vline;
        *col = p->vcol;
    }
    return 1;
}

struct member_ref {
    const cJSON *node;
    size_t order;
};

static int keycmp(const void *a, const void *b)
{
    const struct member_ref *x = a, *y = b;
    int c = strcmp(x->node->string, y->node->string);
    if (c)
        return c;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* The first member, in document order, whose key an earlier member already
 * used; sets *oom (and returns NULL) when sorting space cannot be had. */
static const cJSON *find_duplicate(const cJSON *node, int *oom)
{
    if (cJSON_IsObject(node)) {
        size_t k = 0;
        for (const cJSON *c = node->child; c; c = c->next)
            k++;
        if (k > 1 && k <= 16) {
            /* keys compared only when two of them share their first two bytes' mark */
            uint64_t marks = 0;
            int clash = 0;
            for (const cJSON *c = node->child; c; c = c->next) {
                const unsigned char *key = (const unsigned char *)c->string;
                uint64_t bit = 1ull << ((key[0] * 7u + (key[0] ? key[1] : 0u)) & 63u);
                clash |= (marks & bit) != 0;
                marks |= bit;
            }
            for (const cJSON *b = node->child->next; clash && b; b = b->next)
                for (const cJSON *a = node->child; a != b; a = a->next)
                    if (a->string[0] == b->string[0] && strcmp(a->string, b->string) == 0)
                        return b;
        } else if (k > 16) {
            struct member_ref *v = drill_mem_malloc(k * sizeof *v);
            if (!v) {
                *oom = 1;
                return NULL;
            }
            size_t i = 0;
            for (const cJSON *c = node->child; c; c = c->next, i++) {
                v[i].node = c;
                v[i].order = i;
            }
            qsort(v, k, sizeof *v, keycmp);
            const struct member_ref *best = NULL;
            for (i = 1; i < k; i++)
                if (strcmp(v[i - 1].node->string, v[i].node->string) == 0 &&
                    (!best || v[i].order < best->order))
                    best = &v[i];
            const cJSON *dup = best ? best->node : NULL;
            drill_mem_free(v);
            if (dup)
                return dup;
        }
    }
    for (const cJSON *c = node->child; c; c = c->next) {
        const cJSON *d = find_duplicate(c, oom);
        if (d || *oom)
            return d;
    }
    return NULL;
}

void drill_json_free(struct drill_json *doc)
{
    if (!doc)
        return;
    for (struct chunk *c = doc->arena, *next; c; c = next) {
        next = c->next;
        drill_mem_free(c);
    }
    for (struct node_chunk *c = doc->nodes, *next; c; c = next) {
        next = c->next;
        drill_mem_free(c);
    }
    drill_mem_free(doc->pos);
    drill_mem_free(doc);
}

const cJSON *drill_json_root(const struct drill_json *doc)
{
    return doc->root;
}

struct drill_json *drill_json_parse(const char *text, size_t len, const char *file,
                                    struct drill_diags *d)
{
    unsigned line, col;
    drill_json_init();
    struct drill_json *doc = drill_mem_calloc(1, sizeof *doc);
    if (!doc)
        goto oom;

    /* A UTF-8 byte order mark is tolerated, as editors on some systems add
     * one; it is no column an editor shows. */
    size_t bom = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    struct scanner sc = {.doc = doc, .s = text, .n = len, .at = bom, .line = 1, .col = 1};
    sc.i = bom;
    skip_ws(&sc);
    if (sc.i >= sc.n) {
        drill_diag_add(d, DRILL_EXIT_DATA, file, 0, 0, "empty file, expected a JSON value");
        goto fail;
    }
    /* a tree takes about three times its text: a few chunks hold it */
    doc->chunk_size = len < 16384 ? 16384 : len > (16u << 20) ? (16u << 20) : len;
    cJSON *root = NULL;
    if (scan_value(&sc, SIZE_MAX, &root)) {
        skip_ws(&sc);
        if (sc.i < sc.n)
            fail(&sc, sc.i, "unexpected text after the JSON value");
    }
    if (sc.err == out_of_memory)
        goto oom;
    if (sc.err) {
        drill_json_linecol(text, len, sc.err_at, &line, &col);
        drill_diag_add(d, DRILL_EXIT_DATA, file, line, col, "%s", sc.err);
        goto fail;
    }
    const char *nul = memchr(text, '\0', len);
    if (nul) {
        size_t at = (size_t)(nul - text);
        drill_json_linecol(text, len, at, &line, &col);
        drill_diag_add(d, DRILL_EXIT_DATA, file, line, col, "NUL byte in the file");
        goto fail;
    }

    doc->root = root;
    int dup_oom = 0;
    const cJSON *dup = find_duplicate(doc->root, &dup_oom);
    if (dup_oom)
        goto oom;
    if (dup) {
        drill_json_pos(doc, dup, 1, &line, &col);
        drill_diag_add(d, DRILL_EXIT_DATA, file, line, col, "duplicate key \"%s\"", dup->string);
        goto fail;
    }
    return doc;
oom:
    drill_diag_add(d, DRILL_EXIT_INTERNAL, file, 0, 0, "out of memory");
fail:
    drill_json_free(doc);
    return NULL;
}

/* ------------------------------------------------------------ saved documents */

/* A document as bytes, to be read back without parsing (drill_json_load):
 *   "drill json doc\n\0" (16 bytes), u32 format version, u32 0,
 *   u64 nodes, u64 bytes of records, u64 bytes of strings,
 *   the records, in document order, then each node's position (u32 line and column of the
 *   value, then of its key), in the same order, then the strings, each NUL-terminated, then
 *   a u64 check of everything before it.
 * A record is varints: type | 8 if a key follows (and the key's offset among the strings),
 * the string's offset, a number's 8 bytes, a container's count of items. The positions are
 * fixed-size, so loading copies them whole. Integers are in this machine's byte order: a
 * saved document is read back where it was written. */
#define SAVED_MAGIC   "drill json doc\n"
#define SAVED_VERSION 4u
#define SAVED_HEADER  (16 + 4 + 4 + 8 * 3)

enum { T_FALSE, T_TRUE, T_NULL, T_NUMBER, T_STRING, T_ARRAY, T_OBJECT };

struct outbuf {
    unsigned char *b;
    size_t n, cap;
    int oom;
};

/* Room for n more bytes; 0 (and o->oom set) when memory cannot be had. */
static int out_room(struct outbuf *o, size_t n)
{
    if (o->oom)
        return 0;
    if (o->cap - o->n >= n)
        return 1;
    size_t cap = o->cap ? o->cap : 4096;
    while (cap - o->n < n)
        cap *= 2;
    unsigned char *b = drill_mem_realloc(o->b, cap);
    if (!b) {
        o->oom = 1;
        return 0;
    }
    o->b = b;
    o->cap = cap;
    return 1;
}

static void out_bytes(struct outbuf *o, const void *p, size_t n)
{
    if (n && out_room(o, n)) {
        memcpy(o->b + o->n, p, n);
        o->n += n;
    }
}

/* A varint where out_room made room for it (at most 10 bytes). */
static void put_varint(struct outbuf *o, uint64_t v)
{
    while (v > 0x7F) {
        o->b[o->n++] = (unsigned char)(v | 0x80);
        v >>= 7;
    }
    o->b[o->n++] = (unsigned char)v;
}

/* Four pairs of running sums over the 8-byte words (each pair takes every fourth word: the
 * second sum of a pair adds up the first as it goes, so a word moved also changes it), mixed
 * into one value at the end. Additions wait on nothing but each other, so this keeps pace
 * with reading the bytes; a bank's entry is checked at every start-up. A change of one bit
 * always changes the first sum of its pair, and the mixing loses nothing of any sum. */
uint64_t drill_json_saved_check(const void *bytes, size_t n)
{
    const unsigned char *p = bytes;
    uint64_t a[4] = {0x9E3779B97F4A7C15u ^ n, 0xC2B2AE3D27D4EB4Fu, 0x165667B19E3779F9u,
                     0x27D4EB2F165667C5u};
    uint64_t b[4] = {0, 0, 0, 0};
    size_t i = 0;
    for (; n - i >= 32; i += 32) {
        for (int k = 0; k < 4; k++) {
            uint64_t w;
            memcpy(&w, p + i + 8 * k, 8);
            a[k] += w;
            b[k] += a[k];
        }
    }
    uint64_t x = 0x9E3779B97F4A7C15u;
    for (int k = 0; k < 4; k++) {
        x = (x ^ a[k]) * 0xFF51AFD7ED558CCDu;
        x ^= x >> 29;
        x = (x ^ b[k]) * 0xFF51AFD7ED558CCDu;
        x ^= x >> 29;
    }
    for (; i < n; i++)
        x = (x ^ p[i]) * 0x100000001B3u;
    return x ^ (x >> 29);
}

static int type_code(const cJSON *x)
{
    switch (x->type & 0xFF) {
    case cJSON_False:
        return T_FALSE;
    case cJSON_True:
        return T_TRUE;
    case cJSON_NULL:
        return T_NULL;
    case cJSON_Number:
        return T_NUMBER;
    case cJSON_String:
        return T_STRING;
    case cJSON_Array:
        return T_ARRAY;
    default:
        return T_OBJECT;
    }
}

/* Whether x is a member the saving leaves out: its key is one of `skip` (NULL-ended). */
static int skipped(const cJSON *x, const char *const *skip)
{
    if (!skip || !x->string)
        return 0;
    for (; *skip; skip++)
        if (strcmp(x->string, *skip) == 0)
            return 1;
    return 0;
}

/* Records of `x` and what it holds (but the members `skip` leaves out), their positions and
 * their strings; 0 when the tree is not one the scanner made (a node of no chunk) or memory
 * cannot be had. */
static int save_node(const struct drill_json *doc, const cJSON *x, const char *const *skip,
                     struct outbuf *rec, struct outbuf *pos, struct outbuf *str)
{
    size_t k = node_index(doc, x);
    if (k == SIZE_MAX || !out_room(rec, 8 * 10))
        return 0;
    int t = type_code(x);
    put_varint(rec, (uint64_t)t | (x->string ? 8u : 0u));
    if (x->string) {
        put_varint(rec, str->n);
        out_bytes(str, x->string, strlen(x->string) + 1);
    }
    if (t == T_STRING) {
        put_varint(rec, str->n);
        out_bytes(str, x->valuestring, strlen(x->valuestring) + 1);
    } else if (t == T_NUMBER) {
        memcpy(rec->b + rec->n, &x->valuedouble, sizeof x->valuedouble);
        rec->n += sizeof x->valuedouble;
    } else if (t == T_ARRAY || t == T_OBJECT) {
        size_t n = 0;
        for (const cJSON *c = x->child; c; c = c->next)
            n += !skipped(c, skip);
        put_varint(rec, n);
    }
    out_bytes(pos, &doc->pos[k], sizeof doc->pos[k]);
    for (const cJSON *c = x->child; c; c = c->next)
        if (!skipped(c, skip) && !save_node(doc, c, skip, rec, pos, str))
            return 0;
    return !str->oom && !pos->oom;
}

int drill_json_save_without(const struct drill_json *doc, const char *const *skip, char **out,
                            size_t *len)
{
    struct outbuf rec = {0}, pos = {0}, str = {0}, all = {0};
    *out = NULL;
    *len = 0;
    int ok = out_room(&rec, doc->nvals * 4) && out_room(&pos, doc->nvals * sizeof(struct pos)) &&
             save_node(doc, doc->root, skip, &rec, &pos, &str);
    if (ok && !rec.oom && !pos.oom && !str.oom) {
        unsigned char head[SAVED_HEADER] = {0};
        memcpy(head, SAVED_MAGIC, sizeof SAVED_MAGIC);
        uint32_t version = SAVED_VERSION;
        uint64_t counts[3] = {pos.n / sizeof(struct pos), rec.n, str.n};
        memcpy(head + 16, &version, 4);
        memcpy(head + 24, counts, sizeof counts);
        out_bytes(&all, head, sizeof head);
        out_bytes(&all, rec.b, rec.n);
        out_bytes(&all, pos.b, pos.n);
        out_bytes(&all, str.b, str.n);
        if (!all.oom) {
            uint64_t check = drill_json_saved_check(all.b, all.n);
            out_bytes(&all, &check, sizeof check);
        }
        ok = !all.oom;
    } else {
        ok = 0;
    }
    drill_mem_free(rec.b);
    drill_mem_free(pos.b);
    drill_mem_free(str.b);
    if (!ok) {
        drill_mem_free(all.b);
        return 0;
    }
    *out = (char *)all.b;
    *len = all.n;
    return 1;
}

int drill_json_save(const struct drill_json *doc, char **out, size_t *len)
{
    return drill_json_save_without(doc, NULL, out, len);
}

struct inbuf {
    const unsigned char *p, *end;
    int bad;
};

static uint64_t in_varint_long(struct inbuf *in)
{
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (in->p >= in->end)
            break;
        unsigned char b = *in->p++;
        v |= (uint64_t)(b & 0x7F) << shift;
        if (!(b & 0x80))
            return v;
    }
    in->bad = 1;
    return 0;
}

static inline uint64_t in_varint(struct inbuf *in)
{
    if (in->p < in->end && *in->p < 0x80)
        return *in->p++; /* most are one byte */
    return in_varint_long(in);
}

/* A string of the pool at offset `off`: the pool ends with a NUL, so any offset in it is a
 * terminated string. */
static char *in_string(struct inbuf *in, char *pool, size_t npool)
{
    uint64_t off = in_varint(in);
    if (off >= npool) {
        in->bad = 1;
        return NULL;
    }
    return pool + off;
}

/* Whether b holds a saved document of this format, whole and unchanged; its counts. */
static int saved_whole(const unsigned char *b, size_t len, uint64_t counts[3])
{
    uint32_t version;
    uint64_t check;
    if (len < SAVED_HEADER + 8 || memcmp(b, SAVED_MAGIC, sizeof SAVED_MAGIC) != 0)
        return 0;
    memcpy(&version, b + 16, 4);
    memcpy(counts, b + 24, 3 * sizeof *counts);
    memcpy(&check, b + len - 8, 8);
    uint64_t nodes = counts[0], nrec = counts[1], npool = counts[2];
    if (version != SAVED_VERSION || nodes == 0 || nrec > len || npool > len || nodes > nrec)
        return 0;
    uint64_t npos = nodes * sizeof(struct pos);
    return SAVED_HEADER + nrec + npos + npool + 8 == len &&
           (!npool || b[SAVED_HEADER + nrec + npos + npool - 1] == '\0') &&
           drill_json_saved_check(b, len - 8) == check;
}

struct drill_json *drill_json_load(const char *buf, size_t len)
{
    const unsigned char *b = (const unsigned char *)buf;
    uint64_t counts[3];
    if (!saved_whole(b, len, counts))
        return NULL;
    uint64_t nodes = counts[0], nrec = counts[1], npool = counts[2];
    uint64_t npos = nodes * sizeof(struct pos);
    drill_json_init();
    struct drill_json *doc = drill_mem_calloc(1, sizeof *doc);
    if (!doc)
        return NULL;
    doc->chunk_size = npool ? (size_t)npool : 1;
    char *pool = arena_alloc(doc, (size_t)npool ? (size_t)npool : 1);
    struct node_chunk *c = drill_mem_malloc(sizeof *c + (size_t)nodes * sizeof(cJSON));
    doc->pos = drill_mem_malloc((size_t)nodes * sizeof *doc->pos);
    if (!pool || !c || !doc->pos) {
        drill_mem_free(c);
        drill_json_free(doc);
        return NULL;
    }
    memcpy(pool, b + SAVED_HEADER + nrec + npos, (size_t)npool);
    memcpy(doc->pos, b + SAVED_HEADER + nrec, (size_t)npos);
    memset(c, 0, sizeof *c);
    c->cap = (size_t)nodes;
    doc->nodes = c;
    doc->cap = (size_t)nodes;
    /* the containers being filled: the node, how many items it still wants, its last one */
    struct open {
        cJSON *node, *last;
        uint64_t want;
    } stack[DRILL_JSON_MAX_DEPTH + 2];
    int depth = 0;
    struct inbuf in = {b + SAVED_HEADER, b + SAVED_HEADER + nrec, 0};
    static const int types[] = {cJSON_False,  cJSON_True,  cJSON_NULL,  cJSON_Number,
                                cJSON_String, cJSON_Array, cJSON_Object};
    while (!in.bad && c->used < nodes) {
        uint64_t tag = in_varint(&in);
        int t = (int)(tag & 7);
        if (tag > 15 || t > T_OBJECT) {
            in.bad = 1;
            break;
        }
        cJSON *x = &c->data[c->used];
        memset(x, 0, sizeof *x);
        x->type = types[t];
        /* a member of an object has a key, an item of an array or the root has none */
        int in_object = depth > 0 && stack[depth - 1].node->type == cJSON_Object;
        if (((tag & 8) != 0) != in_object) {
            in.bad = 1;
            break;
        }
        if (tag & 8)
            x->string = in_string(&in, pool, (size_t)npool);
        uint64_t items = 0;
        if (t == T_STRING) {
            x->valuestring = in_string(&in, pool, (size_t)npool);
        } else if (t == T_NUMBER) {
            if (in.end - in.p < 8) {
                in.bad = 1;
                break;
            }
            memcpy(&x->valuedouble, in.p, 8);
            in.p += 8;
            double d = x->valuedouble;
            if (d != d) {
                in.bad = 1; /* no JSON number is NaN */
                break;
            }
            x->valueint = d >= INT_MAX ? INT_MAX : d <= (double)INT_MIN ? INT_MIN : (int)d;
        } else if (t == T_TRUE) {
            x->valueint = 1;
        } else if (t == T_ARRAY || t == T_OBJECT) {
            items = in_varint(&in);
        }
        c->used++;
        if (depth == 0) {
            if (doc->root) {
                in.bad = 1; /* a second root */
                break;
            }
            doc->root = x;
        } else {
            struct open *o = &stack[depth - 1];
            if (o->last) {
                o->last->next = x;
                x->prev = o->last;
            } else {
                o->node->child = x;
            }
            o->last = x;
            o->node->child->prev = x;
            o->want--;
        }
        if (items) {
            if (depth > DRILL_JSON_MAX_DEPTH) {
                in.bad = 1;
                break;
            }
            stack[depth++] = (struct open){x, NULL, items};
        }
        while (depth > 0 && stack[depth - 1].want == 0)
            depth--;
    }
    doc->nnodes = doc->nvals = c->used;
    if (in.bad || depth != 0 || c->used != nodes || in.p != in.end || !doc->root) {
        drill_json_free(doc);
        return NULL;
    }
    return doc;
}
