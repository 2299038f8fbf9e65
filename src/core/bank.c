/* Question banks: loading, validation against format v1, and the id index. */
#define _POSIX_C_SOURCE 200809L
#include "bank.h"

#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "alloc.h"
#include "cache.h"
#include "file.h"
#include "json.h"
#include "drill_limits.h"
#include "re.h"
#include "text.h"

struct loaded {
    char *path;
    struct drill_json *doc; /* the light document while `whole` is where the whole one is */
    /* the light document, kept while the whole one is read (`doc`), to go back to
     * (drill_bankset_let_go) */
    struct drill_json *light;
    struct drill_bankfile info;
    struct drill_saved whole;
    /* what stat said of the file before it was read (drill_bankset_stamp); `settled` when it
     * was not changed in the two seconds before */
    uint64_t stamp;
    int settled;
};

/* What a light document read back from the cache leaves out: what a question says beyond
 * where it sits and how it is listed. Listing the questions (drill.bank.index) reads no more;
 * anything else reads the whole document first (drill_bankset_whole). */
static const char *const heavy[] = {"answer", "rubric", "stages", "steps", "thesaurus", NULL};

struct drill_bankset {
    int flags;
    struct loaded *files;
    size_t nfiles, capfiles;
    struct drill_question *qs; /* every question, inline ones included */
    size_t nq, capq;
    size_t *top; /* indexes into qs of top-level questions */
    size_t ntop, captop;
    /* open-addressing map from id to index in qs (+1; 0 is empty) */
    size_t *map;
    size_t mapcap;
    drill_bank_allow_fn allow; /* NULL: every path may be read */
    void *allow_ud;
    char *cache; /* the cache directory, or NULL */
};

/* What the validator needs at hand while it walks one file. */
struct ctx {
    struct drill_bankset *set;
    const char *path;
    const struct drill_json *doc;
    struct drill_diags *d;
    int errors;
    const char *qid; /* the question being checked, for messages */
    int version;     /* the bank's format_version */
    int trusted;     /* the document passed this file's checks when it was saved */
};

static void err_at(struct ctx *c, const cJSON *node, int key, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void err_at(struct ctx *c, const cJSON *node, int key, const char *fmt, ...)
{
    char msg[DRILL_DIAG_LEN];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    unsigned line = 0, col = 0;
    drill_json_pos(c->doc, node, key, &line, &col);
    if (c->qid)
        drill_diag_add(c->d, DRILL_EXIT_DATA, c->path, line, col, "question \"%s\": %s", c->qid,
                       msg);
    else
        drill_diag_add(c->d, DRILL_EXIT_DATA, c->path, line, col, "%s", msg);
    c->errors++;
}

static const char *type_name(const cJSON *v)
{
    if (cJSON_IsString(v))
        return "a string";
    if (cJSON_IsNumber(v))
        return "a number";
    if (cJSON_IsBool(v))
        return "a boolean";
    if (cJSON_IsNull(v))
        return "null";
    if (cJSON_IsArray(v))
        return "an array";
    return "an object";
}

/* Rejects keys outside `allowed` (NULL-terminated), suggesting the nearest. */
static void check_keys(struct ctx *c, const cJSON *obj, const char *const *allowed,
                       const char *what)
{
    for (const cJSON *m = obj->child; m; m = m->next) {
        if (strncmp(m->string, "x-", 2) == 0)
            continue;
        int known = 0;
        for (const char *const *a = allowed; *a && !known; a++)
            known = strcmp(*a, m->string) == 0;
        if (known)
            continue;
        const char *best = NULL;
        int bestd = 3;
        for (const char *const *a = allowed; *a; a++) {
            int dist = drill_text_edit_distance(m->string, strlen(m->string), *a, strlen(*a), 2);
            if (dist < bestd) {
                bestd = dist;
                best = *a;
            }
        }
        if (best)
            err_at(c, m, 1, "unknown key \"%s\" in %s (did you mean \"%s\"?)", m->string, what,
                   best);
        else
            err_at(c, m, 1, "unknown key \"%s\" in %s", m->string, what);
    }
}

static const cJSON *member(const cJSON *obj, const char *key)
{
    /* cJSON_GetObjectItemCaseSensitive, with the first byte compared before the rest */
    if (!cJSON_IsObject(obj))
        return NULL;
    for (const cJSON *m = obj->child; m; m = m->next)
        if (m->string && m->string[0] == key[0] && strcmp(m->string, key) == 0)
            return m;
    return NULL;
}

/* A required or optional string member; NULL (with an error if required) when absent. */
static const char *want_string(struct ctx *c, const cJSON *obj, const char *key, int required,
                               const char *what)
{
    const cJSON *v = member(obj, key);
    if (!v) {
        if (required)
            err_at(c, obj, 0, "%s has no \"%s\"", what, key);
        return NULL;
    }
    if (!cJSON_IsString(v)) {
        err_at(c, v, 0, "\"%s\" must be a string, not %s", key, type_name(v));
        return NULL;
    }
    const char *s = v->valuestring;
    size_t n = strspn(s, " \t\r\n");
    if (s[n] == '\0') {
        err_at(c, v, 0, "\"%s\" is empty", key);
        return NULL;
    }
    return s;
}

static int want_number(struct ctx *c, const cJSON *obj, const char *key, double lo, double hi,
                       int lo_open, double *out)
{
    const cJSON *v = member(obj, key);
    if (!v)
        return 0;
    if (!cJSON_IsNumber(v)) {
        err_at(c, v, 0, "\"%s\" must be a number, not %s", key, type_name(v));
        return 0;
    }
    double x = v->valuedouble;
    if ((lo_open ? x <= lo : x < lo) || x > hi) {
        err_at(c, v, 0, "\"%s\" must be %s %g and at most %g, not %g", key,
               lo_open ? "over" : "at least", lo, hi, x);
        return 0;
    }
    if (out)
        *out = x;
    return 1;
}

static const cJSON *want_array(struct ctx *c, const cJSON *obj, const char *key, int required,
                               const char *what)
{
    const cJSON *v = member(obj, key);
    if (!v) {
        if (required)
            err_at(c, obj, 0, "%s has no \"%s\"", what, key);
        return NULL;
    }
    if (!cJSON_IsArray(v)) {
        err_at(c, v, 0, "\"%s\" must be an array, not %s", key, type_name(v));
        return NULL;
    }
    if (required && !v->child) {
        err_at(c, v, 0, "\"%s\" is empty", key);
        return NULL;
    }
    return v;
}

static int valid_id(const char *s, int allow_dot)
{
    size_t n = strlen(s);
    if (n == 0 || n > DRILL_MAX_ID_BYTES)
        return 0;
    if (!((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= '0' && s[0] <= '9')))
        return 0;
    for (size_t i = 1; i < n; i++) {
        char ch = s[i];
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' ||
            (allow_dot && (ch == '.' || ch == '_')))
            continue;
        return 0;
    }
    return 1;
}

static void check_pattern(struct ctx *c, const cJSON *p, const char *what)
{
    if (!cJSON_IsString(p)) {
        err_at(c, p, 0, "%s: a pattern must be a string, not %s", what, type_name(p));
        return;
    }
    if (p->valuestring[0] == '\0') {
        err_at(c, p, 0, "%s: empty pattern", what);
        return;
    }
    if (!(c->set->flags & DRILL_BANK_CHECK_PATTERNS))
        return;
    char msg[256];
    size_t off;
    struct drill_re *re = drill_re_compile(p->valuestring, strlen(p->valuestring),
                                           DRILL_RE_CASELESS, msg, sizeof msg, &off);
    if (!re) {
        err_at(c, p, 0, "%s: pattern /%s/ does not compile: %s at offset %zu", what, p->valuestring,
               msg, off);
        return;
    }
    int empty = drill_re_matches_empty(re);
    if (empty == 1)
        err_at(c, p, 0, "%s: pattern /%s/ can match the empty string", what, p->valuestring);
    else if (empty < 0)
        err_at(c, p, 0, "%s: pattern /%s/ hits the regex limits on a short text", what,
               p->valuestring);
    drill_re_free(re);
}

/* A v2 key in a v1 bank: the bank says which format it is written in. */
static void v2_only(struct ctx *c, const cJSON *obj, const char *key)
{
    const cJSON *v = member(obj, key);
    if (v && c->version < 2)
        err_at(c, v, 1, "\"%s\" is a format v2 key: set \"format_version\": 2 in the bank", key);
}

static void check_pattern_list(struct ctx *c, const cJSON *obj, const char *key, int required,
                               const char *what)
{
    const cJSON *pats = want_array(c, obj, key, required, what);
    for (const cJSON *p = pats ? pats->child : NULL; p; p = p->next)
        check_pattern(c, p, what);
}

/* A v2 claim: {"subject": [...], "says": [...], "contrasts": [...], "rivals": [...],
 * "derive": bool}. A misconception's claim (misconception 1) states the error: its subject is
 * required, and it has no contrasts and derives nothing. */
static void check_claim(struct ctx *c, const cJSON *cl, const char *what, int misconception)
{
    static const char *const keys[] = {"subject", "says", "contrasts", "rivals", "derive", NULL};
    static const char *const mkeys[] = {"subject", "says", "rivals", NULL};
    if (!cJSON_IsObject(cl)) {
        err_at(c, cl, 0, "%s: \"claim\" must be an object, not %s", what, type_name(cl));
        return;
    }
    check_keys(c, cl, misconception ? mkeys : keys,
               misconception ? "a misconception's claim" : "a claim");
    check_pattern_list(c, cl, "subject", misconception, what);
    check_pattern_list(c, cl, "says", 1, what);
    if (!misconception)
        check_pattern_list(c, cl, "contrasts", 0, what);
    check_pattern_list(c, cl, "rivals", 0, what);
    if (misconception)
        return;
    const cJSON *d = member(cl, "derive");
    if (d && !cJSON_IsBool(d))
        err_at(c, d, 0, "\"derive\" must be true or false, not %s", type_name(d));
    if (member(cl, "rivals") && !member(cl, "subject"))
        err_at(c, member(cl, "rivals"), 1, "%s: a claim with \"rivals\" needs a \"subject\"", what);
}

static void check_bool(struct ctx *c, const cJSON *obj, const char *key)
{
    const cJSON *v = member(obj, key);
    if (v && !cJSON_IsBool(v))
        err_at(c, v, 0, "\"%s\" must be true or false, not %s", key, type_name(v));
}

/* "thesaurus": [["mean", "average"], ...]: groups of words or phrases that say the same. */
static void check_thesaurus(struct ctx *c, const cJSON *obj)
{
    const cJSON *t = want_array(c, obj, "thesaurus", 0, "the bank");
    for (const cJSON *g = t ? t->child : NULL; g; g = g->next) {
        if (!cJSON_IsArray(g) || cJSON_GetArraySize(g) < 2) {
            err_at(c, g, 0, "a thesaurus entry must be an array of two or more phrases");
            continue;
        }
        for (const cJSON *w = g->child; w; w = w->next) {
            if (!cJSON_IsString(w) || !w->valuestring[0]) {
                err_at(c, w, 0, "a thesaurus phrase must be a non-empty string, not %s",
                       type_name(w));
                continue;
            }
            for (const char *p = w->valuestring; *p; p++) {
                if (strchr("\\()[]{}|*+?^$.", *p)) {
                    err_at(c, w, 0,
                           "thesaurus phrase \"%s\" is a word or phrase, not a pattern: "
                           "no '%c'",
                           w->valuestring, *p);
                    break;
                }
            }
        }
    }
}

/* A concept's everyday wording: a string, or an array of up to three. */
static void check_plain(struct ctx *c, const cJSON *concept)
{
    const cJSON *p = member(concept, "plain");
    if (!p || cJSON_IsString(p)) {
        want_string(c, concept, "plain", 0, "a concept");
        return;
    }
    if (!cJSON_IsArray(p) || !p->child || cJSON_GetArraySize(p) > 3) {
        err_at(c, p, 0, "\"plain\" must be a string or an array of one to three strings");
        return;
    }
    for (const cJSON *s = p->child; s; s = s->next)
        if (!cJSON_IsString(s) || s->valuestring[strspn(s->valuestring, " \t\r\n")] == '\0')
            err_at(c, s, 0, "\"plain\" must hold non-empty strings, not %s",
                   cJSON_IsString(s) ? "an empty one" : type_name(s));
}

static void check_rubric(struct ctx *c, const cJSON *r)
{
    static const char *const keys[] = {"pass", "concepts", "misconceptions", "graders", NULL};
    static const char *const ckeys[] = {"name",      "weight",   "required", "patterns",
                                        "reversed",  "feedback", "core",     "claim",
                                        "statement", "plain",    NULL};
    static const char *const mkeys[] = {"name", "patterns", "claim", "penalty", "feedback", NULL};
    if (!cJSON_IsObject(r)) {
        err_at(c, r, 0, "\"rubric\" must be an object, not %s", type_name(r));
        return;
    }
    check_keys(c, r, keys, "a rubric");
    want_number(c, r, "pass", 0, 1, 0, NULL);
    /* graders: [{"name": "keyword", "weight": 1}, ...]; concepts are needed unless no keyword
     * grader runs */
    int keyword = 1;
    const cJSON *gs = want_array(c, r, "graders", 0, "the rubric");
    if (gs) {
        static const char *const gkeys[] = {"name", "weight", NULL};
        keyword = 0;
        if (!gs->child)
            err_at(c, gs, 0, "\"graders\" is empty");
        for (const cJSON *g = gs->child; g; g = g->next) {
            if (!cJSON_IsObject(g)) {
                err_at(c, g, 0, "a grader must be an object {\"name\", \"weight\"}, not %s",
                       type_name(g));
                continue;
            }
            check_keys(c, g, gkeys, "a grader");
            const char *name = want_string(c, g, "name", 1, "a grader");
            if (name && !valid_id(name, 0))
                err_at(c, member(g, "name"), 0,
                       "grader name \"%s\" must be lower-case letters, "
                       "digits and '-'",
                       name);
            if (name && strcmp(name, "keyword") == 0)
                keyword = 1;
            want_number(c, g, "weight", 0, 1000, 0, NULL);
        }
    }
    const cJSON *cs = want_array(c, r, "concepts", keyword, "the rubric");
    char what[160];
    int k = 0;
    if (cs) {
        for (const cJSON *it = cs->child; it; it = it->next) {
            k++;
            if (!cJSON_IsObject(it)) {
                err_at(c, it, 0, "concept %d must be an object, not %s", k, type_name(it));
                continue;
            }
            check_keys(c, it, ckeys, "a concept");
            v2_only(c, it, "core");
            v2_only(c, it, "claim");
            v2_only(c, it, "statement");
            v2_only(c, it, "plain");
            const char *name = want_string(c, it, "name", 1, "a concept");
            snprintf(what, sizeof what, "concept \"%s\"", name ? name : "?");
            want_string(c, it, "feedback", 1, what);
            want_string(c, it, "statement", 0, what);
            check_plain(c, it);
            want_number(c, it, "weight", 0, 1000, 1, NULL);
            check_bool(c, it, "required");
            check_bool(c, it, "core");
            const cJSON *claim = member(it, "claim");
            if (claim)
                check_claim(c, claim, what, 0);
            /* a claim states the concept, so its patterns become optional */
            check_pattern_list(c, it, "patterns", claim == NULL, what);
            check_pattern_list(c, it, "reversed", 0, what);
        }
    }
    const cJSON *ms = want_array(c, r, "misconceptions", 0, "the rubric");
    k = 0;
    if (ms) {
        for (const cJSON *it = ms->child; it; it = it->next) {
            k++;
            if (!cJSON_IsObject(it)) {
                err_at(c, it, 0, "misconception %d must be an object, not %s", k, type_name(it));
                continue;
            }
            check_keys(c, it, mkeys, "a misconception");
            v2_only(c, it, "claim");
            const char *name = want_string(c, it, "name", 1, "a misconception");
            snprintf(what, sizeof what, "misconception \"%s\"", name ? name : "?");
            want_string(c, it, "feedback", 1, what);
            want_number(c, it, "penalty", 0, 1, 0, NULL);
            const cJSON *claim = member(it, "claim");
            if (claim)
                check_claim(c, claim, what, 1);
            /* a claim states the error, so its patterns become optional */
            if (!claim && !member(it, "patterns"))
                err_at(c, it, 0, "%s has neither \"patterns\" nor a \"claim\"", what);
            else
                check_pattern_list(c, it, "patterns", 0, what);
        }
    }
}

static void check_answer(struct ctx *c, const cJSON *obj, const char *what)
{
    static const char *const steps[] = {"summary", "intuition", "technical", "practice", NULL};
    const cJSON *a = member(obj, "answer");
    if (!a) {
        err_at(c, obj, 0, "%s has no \"answer\"", what);
        return;
    }
    if (cJSON_IsString(a)) {
        want_string(c, obj, "answer", 1, what);
        return;
    }
    if (!cJSON_IsObject(a)) {
        err_at(c, a, 0, "\"answer\" must be a string or an object of the four steps, not %s",
               type_name(a));
        return;
    }
    check_keys(c, a, steps, "an answer");
    for (const char *const *s = steps; *s; s++)
        want_string(c, a, *s, 1, "the answer");
}

static int is_one_of(const char *s, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(s, *list) == 0)
            return 1;
    return 0;
}

static void check_level(struct ctx *c, const cJSON *q, int required)
{
    static const char *const levels[] = {"junior", "mid", "senior", "research", NULL};
    const cJSON *v = member(q, "level");
    if (!v) {
        if (required)
            err_at(c, q, 0, "the question has no \"level\"");
        return;
    }
    if (cJSON_IsString(v)) {
        if (!is_one_of(v->valuestring, levels))
            err_at(c, v, 0, "unknown level \"%s\" (junior, mid, senior or research)",
                   v->valuestring);
        return;
    }
    if (!cJSON_IsArray(v) || !v->child) {
        err_at(c, v, 0, "\"level\" must be a level or a non-empty array of levels");
        return;
    }
    for (const cJSON *l = v->child; l; l = l->next)
        if (!cJSON_IsString(l) || !is_one_of(l->valuestring, levels))
            err_at(c, l, 0, "unknown level %s%s%s (junior, mid, senior or research)",
                   cJSON_IsString(l) ? "\"" : "", cJSON_IsString(l) ? l->valuestring : "?",
                   cJSON_IsString(l) ? "\"" : "");
}

static size_t hash_str(const char *s)
{
    return (size_t)drill_text_hash(s, strlen(s));
}

static int map_grow(struct drill_bankset *set)
{
    size_t cap = set->mapcap ? set->mapcap * 2 : 256;
    size_t *m = calloc(cap, sizeof *m);
    if (!m)
        return 0;
    for (size_t i = 0; i < set->mapcap; i++) {
        if (!set->map[i])
            continue;
        size_t at = hash_str(set->qs[set->map[i] - 1].id) & (cap - 1);
        while (m[at])
            at = (at + 1) & (cap - 1);
        m[at] = set->map[i];
    }
    free(set->map);
    set->map = m;
    set->mapcap = cap;
    return 1;
}

static void rebuild_map(struct drill_bankset *set)
{
    if (!set->mapcap)
        return;
    memset(set->map, 0, set->mapcap * sizeof *set->map);
    for (size_t i = 0; i < set->nq; i++) {
        size_t at = hash_str(set->qs[i].id) & (set->mapcap - 1);
        while (set->map[at])
            at = (at + 1) & (set->mapcap - 1);
        set->map[at] = i + 1;
    }
}

const struct drill_question *drill_bankset_find(const struct drill_bankset *set, const char *id)
{
    if (!set->mapcap)
        return NULL;
    size_t at = hash_str(id) & (set->mapcap - 1);
    while (set->map[at]) {
        const struct drill_question *q = &set->qs[set->map[at] - 1];
        if (strcmp(q->id, id) == 0)
            return q;
        at = (at + 1) & (set->mapcap - 1);
    }
    return NULL;
}

static void check_question(struct ctx *c, const cJSON *q, const char *parent, int top);

static void check_followups(struct ctx *c, const cJSON *q, const char *id)
{
    const cJSON *f = want_array(c, q, "followups", 0, "the question");
    if (!f)
        return;
    for (const cJSON *it = f->child; it; it = it->next) {
        if (cJSON_IsString(it)) {
            if (!valid_id(it->valuestring, 1))
                err_at(c, it, 0, "followup \"%s\" is not a valid question id", it->valuestring);
        } else if (cJSON_IsObject(it)) {
            const char *saved = c->qid;
            check_question(c, it, id, 0);
            c->qid = saved;
        } else {
            err_at(c, it, 0, "a followup must be a question id or an inline question, not %s",
                   type_name(it));
        }
    }
}

static void check_parts(struct ctx *c, const cJSON *q, const char *key)
{
    static const char *const stage_keys[] = {"id", "title", "prompt", "answer", "rubric", NULL};
    const cJSON *parts = want_array(c, q, key, 0, "the question");
    if (!parts)
        return;
    int k = 0;
    for (const cJSON *it = parts->child; it; it = it->next) {
        k++;
        char what[64];
        snprintf(what, sizeof what, "%s %d", strcmp(key, "stages") == 0 ? "stage" : "step", k);
        if (!cJSON_IsObject(it)) {
            err_at(c, it, 0, "%s must be an object, not %s", what, type_name(it));
            continue;
        }
        check_keys(c, it, stage_keys, what);
        const char *sid = want_string(c, it, "id", strcmp(key, "stages") == 0, what);
        if (sid) {
            for (const cJSON *o = parts->child; o != it; o = o->next) {
                const cJSON *oid = member(o, "id");
                if (cJSON_IsString(oid) && strcmp(oid->valuestring, sid) == 0)
                    err_at(c, member(it, "id"), 0, "%s id \"%s\" is used twice", what, sid);
            }
        }
        if (strcmp(key, "stages") == 0)
            want_string(c, it, "title", 1, what);
        want_string(c, it, "prompt", 1, what);
        check_answer(c, it, what);
        const cJSON *r = member(it, "rubric");
        if (r)
            check_rubric(c, r);
    }
}

static int add_question(struct ctx *c, const cJSON *q, const char *id, const char *parent, int top)
{
    struct drill_bankset *set = c->set;
    const struct drill_question *old = drill_bankset_find(set, id);
    if (old) {
        const struct drill_bankfile *f = &set->files[old->bank].info;
        err_at(c, member(q, "id"), 0, "id is already defined at %s:%u:%u", f->path, old->line,
               old->col);
        return 0;
    }
    if (set->nq == set->capq) {
        size_t cap = set->capq ? set->capq * 2 : 128;
        struct drill_question *n = realloc(set->qs, cap * sizeof *n);
        if (!n)
            return 0;
        set->qs = n;
        set->capq = cap;
    }
    if ((set->nq + 1) * 2 > set->mapcap && !map_grow(set))
        return 0;
    struct drill_question *nq = &set->qs[set->nq++];
    nq->node = q;
    nq->id = id;
    nq->bank = set->nfiles; /* the file being loaded is appended once valid */
    nq->parent = parent;
    drill_json_pos(c->doc, q, 0, &nq->line, &nq->col);
    size_t at = hash_str(id) & (set->mapcap - 1);
    while (set->map[at])
        at = (at + 1) & (set->mapcap - 1);
    set->map[at] = set->nq;
    if (top) {
        if (set->ntop == set->captop) {
            size_t cap = set->captop ? set->captop * 2 : 128;
            size_t *n = realloc(set->top, cap * sizeof *n);
            if (!n)
                return 0;
            set->top = n;
            set->captop = cap;
        }
        set->top[set->ntop++] = set->nq - 1;
    }
    return 1;
}

static void check_question(struct ctx *c, const cJSON *q, const char *parent, int top)
{
    static const char *const keys[] = {"id",     "lesson", "topic",     "level", "format",
                                       "prompt", "answer", "rubric",    "tags",  "time_limit",
                                       "stages", "steps",  "followups", NULL};
    static const char *const formats[] = {"conceptual", "deep-dive",  "scenario",
                                          "derivation", "rapid-fire", NULL};
    c->qid = NULL;
    if (!cJSON_IsObject(q)) {
        err_at(c, q, 0, "a question must be an object, not %s", type_name(q));
        return;
    }
    const char *id = want_string(c, q, "id", 1, "a question");
    if (id && !valid_id(id, 1)) {
        err_at(c, member(q, "id"), 0,
               "question id \"%s\" must be lower-case letters, digits, '.', '_' and '-' "
               "(at most %d bytes)",
               id, DRILL_MAX_ID_BYTES);
        id = NULL;
    }
    c->qid = id;
    if (c->trusted) {
        /* what may clash with another file (its id) is all there is to check again */
        if (id)
            add_question(c, q, id, parent, top);
        check_followups(c, q, id);
        return;
    }
    check_keys(c, q, keys, "a question");
    want_string(c, q, "lesson", top, "the question");
    want_string(c, q, "topic", top, "the question");
    want_string(c, q, "prompt", 1, "the question");
    check_level(c, q, top);
    const char *format = want_string(c, q, "format", top, "the question");
    if (format && !is_one_of(format, formats))
        err_at(c, member(q, "format"), 0,
               "unknown format \"%s\" (conceptual, deep-dive, scenario, derivation or rapid-fire)",
               format);
    check_answer(c, q, "the question");
    const cJSON *r = member(q, "rubric");
    if (r)
        check_rubric(c, r);
    want_number(c, q, "time_limit", 0, 3600, 1, NULL);
    const cJSON *tags = want_array(c, q, "tags", 0, "the question");
    if (tags)
        for (const cJSON *t = tags->child; t; t = t->next)
            if (!cJSON_IsString(t))
                err_at(c, t, 0, "a tag must be a string, not %s", type_name(t));
    check_parts(c, q, "stages");
    check_parts(c, q, "steps");
    if (id)
        add_question(c, q, id, parent, top);
    check_followups(c, q, id);
}

static void check_file(struct ctx *c, const cJSON *root, struct drill_bankfile *info)
{
    static const char *const keys[] = {
        "bank", "title", "format_version", "description", "questions", "thesaurus", NULL};
    if (!cJSON_IsObject(root)) {
        err_at(c, root, 0, "a bank must be a JSON object, not %s", type_name(root));
        return;
    }
    check_keys(c, root, keys, "a bank");
    info->bank = want_string(c, root, "bank", 1, "the bank");
    if (info->bank && !valid_id(info->bank, 0)) {
        err_at(c, member(root, "bank"), 0,
               "bank name \"%s\" must be lower-case letters, digits and '-'", info->bank);
    }
    info->title = want_string(c, root, "title", 1, "the bank");
    double v = 1;
    const cJSON *fv = member(root, "format_version");
    if (fv && want_number(c, root, "format_version", 1, 1e9, 0, &v) &&
        v > DRILL_BANK_FORMAT_VERSION)
        err_at(c, fv, 0, "bank format version %g is newer than this drill reads (%d)", v,
               DRILL_BANK_FORMAT_VERSION);
    c->version = (int)v;
    v2_only(c, root, "thesaurus");
    if (!c->trusted)
        check_thesaurus(c, root);
    if (info->bank) {
        for (size_t i = 0; i < c->set->nfiles; i++) {
            const struct drill_bankfile *o = &c->set->files[i].info;
            if (o->bank && strcmp(o->bank, info->bank) == 0)
                err_at(c, member(root, "bank"), 0, "bank \"%s\" is already loaded from %s",
                       info->bank, o->path);
        }
    }
    const cJSON *qs = want_array(c, root, "questions", 1, "the bank");
    if (!qs)
        return;
    for (const cJSON *q = qs->child; q; q = q->next) {
        check_question(c, q, NULL, 1);
        info->nquestions++;
    }
    c->qid = NULL;
}

void drill_bankset_set_allow(struct drill_bankset *set, drill_bank_allow_fn allow, void *ud)
{
    set->allow = allow;
    set->allow_ud = ud;
}

int drill_bankset_set_cache(struct drill_bankset *set, const char *dir)
{
    free(set->cache);
    set->cache = NULL;
    if (dir && *dir && !(set->cache = strdup(dir)))
        return -1;
    return 0;
}

/* 1 if the caller lets the set open `path`; else reports it, unread. */
static int may_open(struct drill_bankset *set, const char *path, struct drill_diags *d)
{
    if (!set->allow || set->allow(path, set->allow_ud))
        return 1;
    drill_diag_add(d, DRILL_EXIT_NOINPUT, path, 0, 0,
                   "not read: it leads outside the paths this run may read (a symbolic link?)");
    return 0;
}

static int load_file(struct drill_bankset *set, const char *path, struct drill_diags *d)
{
    /* what stat says before the file is read: a change after it makes the saved document
     * one of another file */
    struct stat sb;
    int cacheable = set->cache && stat(path, &sb) == 0 && S_ISREG(sb.st_mode) &&
                    (size_t)sb.st_size <= DRILL_MAX_BANK_BYTES;
    /* a set whose patterns are compiled checks every file whole: it reads whole documents */
    int light = cacheable && !(set->flags & DRILL_BANK_CHECK_PATTERNS);
    struct drill_saved whole = {.fd = -1};
    struct drill_json *doc = light       ? drill_cache_load_light(set->cache, path, &sb, &whole)
                             : cacheable ? drill_cache_load(set->cache, path, &sb)
                                         : NULL;
    int from_cache = doc != NULL;
    size_t nq0 = set->nq, ntop0 = set->ntop;
    if (!doc) {
        char *text;
        size_t len;
        int st = drill_file_read(path, DRILL_MAX_BANK_BYTES, &text, &len, d);
        if (st != DRILL_OK)
            return st;
        size_t bad;
        if (!drill_utf8_valid(text, len, &bad)) {
            unsigned line, col;
            drill_json_linecol(text, len, bad, &line, &col);
            drill_diag_add(d, DRILL_EXIT_DATA, path, line, col, "invalid UTF-8 (byte offset %zu)",
                           bad);
            free(text);
            return DRILL_EXIT_DATA;
        }
        doc = drill_json_parse(text, len, path, d);
        free(text);
        if (!doc)
            return DRILL_EXIT_DATA;
    }
again:
    if (set->nfiles == set->capfiles) {
        size_t cap = set->capfiles ? set->capfiles * 2 : 16;
        struct loaded *n = realloc(set->files, cap * sizeof *n);
        if (!n) {
            drill_json_free(doc);
            drill_saved_close(&whole);
            return DRILL_EXIT_INTERNAL;
        }
        set->files = n;
        set->capfiles = cap;
    }
    struct loaded *lf = &set->files[set->nfiles];
    memset(lf, 0, sizeof *lf);
    lf->path = strdup(path);
    lf->doc = doc;
    lf->whole = whole;
    if (cacheable) {
        uint64_t f[] = {(uint64_t)sb.st_dev,          (uint64_t)sb.st_ino,
                        (uint64_t)sb.st_size,         (uint64_t)sb.st_mtim.tv_sec,
                        (uint64_t)sb.st_mtim.tv_nsec, (uint64_t)sb.st_ctim.tv_sec,
                        (uint64_t)sb.st_ctim.tv_nsec};
        struct timespec now;
        lf->stamp =
            drill_text_hash((const char *)f, sizeof f) ^ drill_text_hash(path, strlen(path));
        lf->settled = clock_gettime(CLOCK_REALTIME, &now) == 0 &&
                      now.tv_sec - sb.st_mtim.tv_sec >= 2 && now.tv_sec - sb.st_ctim.tv_sec >= 2;
    }
    lf->info.path = lf->path;
    lf->info.root = drill_json_root(doc);
    /* A saved document passed every check of its own file when this binary saved it (only a
     * document without errors is saved): read back, only what may clash with other files is
     * checked again, unless patterns are to be compiled too (they are not when it is saved). */
    struct ctx c = {.set = set,
                    .path = path,
                    .doc = doc,
                    .d = d,
                    .trusted = from_cache && !(set->flags & DRILL_BANK_CHECK_PATTERNS)};
    check_file(&c, lf->info.root, &lf->info);
    if (c.errors) {
        /* drop what this file added, so a bad file contributes nothing */
        set->nq = nq0;
        set->ntop = ntop0;
        rebuild_map(set);
        drill_json_free(doc);
        drill_saved_close(&whole);
        free(lf->path);
        return DRILL_EXIT_DATA;
    }
    set->nfiles++;
    if (cacheable && !from_cache) {
        drill_cache_save(set->cache, path, &sb, doc, heavy);
        /* Read back light, as the next run will: the whole document kept was most of what a
         * first run holds more than a later one (10 MiB for the built-in banks, in every
         * worker). Unsaved (a file changed in the last two seconds), it stays whole. */
        struct drill_saved w = {.fd = -1};
        struct drill_json *ldoc = light ? drill_cache_load_light(set->cache, path, &sb, &w) : NULL;
        if (ldoc) {
            set->nfiles--;
            set->nq = nq0;
            set->ntop = ntop0;
            rebuild_map(set);
            drill_json_free(doc);
            free(lf->path);
            doc = ldoc;
            whole = w;
            from_cache = 1;
            goto again;
        }
    }
    return DRILL_OK;
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int drill_bankset_add(struct drill_bankset *set, const char *path, struct drill_diags *d)
{
    if (!may_open(set, path, d))
        return DRILL_EXIT_NOINPUT;
    if (!drill_file_is_dir(path))
        return load_file(set, path, d);
    DIR *dir = opendir(path);
    if (!dir) {
        drill_diag_add(d, DRILL_EXIT_NOINPUT, path, 0, 0, "cannot open directory");
        return DRILL_EXIT_NOINPUT;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(dir))) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || len < 6 || strcmp(e->d_name + len - 5, ".json") != 0)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            char **nn = realloc(names, cap * sizeof *nn);
            if (!nn)
                break;
            names = nn;
        }
        size_t plen = strlen(path) + len + 2;
        names[n] = malloc(plen);
        if (!names[n])
            break;
        snprintf(names[n], plen, "%s%s%s", path, path[strlen(path) - 1] == '/' ? "" : "/",
                 e->d_name);
        n++;
    }
    closedir(dir);
    if (n)
        qsort(names, n, sizeof *names, name_cmp);
    int st = DRILL_OK;
    for (size_t i = 0; i < n; i++) {
        /* an entry found by the walk was not named by the caller: ask again
         * where it leads, and read nothing but files (a FIFO would block) */
        struct stat sb;
        int r = DRILL_EXIT_NOINPUT;
        if (may_open(set, names[i], d)) {
            if (stat(names[i], &sb) == 0 && !S_ISREG(sb.st_mode) && !S_ISDIR(sb.st_mode))
                drill_diag_add(d, DRILL_EXIT_NOINPUT, names[i], 0, 0, "not a regular file");
            else
                r = load_file(set, names[i], d);
        }
        if (r > st)
            st = r;
        free(names[i]);
    }
    free(names);
    if (n == 0 && st == DRILL_OK) {
        drill_diag_add(d, DRILL_EXIT_NOINPUT, path, 0, 0, "no *.json bank files in directory");
        st = DRILL_EXIT_NOINPUT;
    }
    return st;
}

/* The question a followup entry leads to, or NULL. */
static const struct drill_question *followup_target(const struct drill_bankset *set,
                                                    const cJSON *it)
{
    const char *target = NULL;
    if (cJSON_IsString(it))
        target = it->valuestring;
    else if (cJSON_IsObject(it) && cJSON_IsString(member(it, "id")))
        target = member(it, "id")->valuestring;
    return target ? drill_bankset_find(set, target) : NULL;
}

/* Depth-first walk of followups from question `root`, with an explicit stack
 * so a chain thousands long cannot overflow the C stack. colour: 0 unseen,
 * 1 on the current path, 2 done. Returns 1 if it found a loop. */
static int walk_chain(struct drill_bankset *set, size_t root, unsigned char *colour,
                      struct drill_diags *d)
{
    struct frame {
        size_t q;
        const cJSON *next; /* the followup entry to look at next */
    };
    size_t cap = 64, top = 0;
    struct frame *st = malloc(cap * sizeof *st);
    if (!st)
        return 0;
    const cJSON *f = member(set->qs[root].node, "followups");
    st[top++] = (struct frame){root, f ? f->child : NULL};
    colour[root] = 1;
    int bad = 0;
    while (top) {
        struct frame *fr = &st[top - 1];
        if (!fr->next) {
            colour[fr->q] = 2;
            top--;
            continue;
        }
        const cJSON *it = fr->next;
        fr->next = it->next;
        const struct drill_question *t = followup_target(set, it);
        if (!t)
            continue; /* unknown ids are reported by finish */
        size_t ti = (size_t)(t - set->qs);
        if (colour[ti] == 1) {
            const struct loaded *lf = &set->files[set->qs[fr->q].bank];
            unsigned line = 0, col = 0;
            drill_json_pos(lf->doc, it, 0, &line, &col);
            drill_diag_add(d, DRILL_EXIT_DATA, lf->path, line, col,
                           "question \"%s\": followup \"%s\" leads back to itself (a loop)",
                           set->qs[fr->q].id, t->id);
            bad = 1;
        } else if (colour[ti] == 0) {
            if (top == cap) {
                struct frame *n = realloc(st, cap * 2 * sizeof *st);
                if (!n)
                    break;
                st = n;
                cap *= 2;
            }
            const cJSON *tf = member(t->node, "followups");
            st[top++] = (struct frame){ti, tf ? tf->child : NULL};
            colour[ti] = 1;
        }
    }
    free(st);
    return bad;
}

int drill_bankset_finish(struct drill_bankset *set, struct drill_diags *d)
{
    int st = DRILL_OK;
    for (size_t i = 0; i < set->nq; i++) {
        const cJSON *f = member(set->qs[i].node, "followups");
        for (const cJSON *it = f ? f->child : NULL; it; it = it->next) {
            if (!cJSON_IsString(it) || drill_bankset_find(set, it->valuestring))
                continue;
            const struct loaded *lf = &set->files[set->qs[i].bank];
            unsigned line = 0, col = 0;
            drill_json_pos(lf->doc, it, 0, &line, &col);
            const char *near = drill_bankset_suggest(set, it->valuestring);
            if (near)
                drill_diag_add(d, DRILL_EXIT_DATA, lf->path, line, col,
                               "question \"%s\": unknown followup \"%s\" (did you mean \"%s\"?)",
                               set->qs[i].id, it->valuestring, near);
            else
                drill_diag_add(d, DRILL_EXIT_DATA, lf->path, line, col,
                               "question \"%s\": unknown followup \"%s\"", set->qs[i].id,
                               it->valuestring);
            st = DRILL_EXIT_DATA;
        }
    }
    unsigned char *colour = calloc(set->nq ? set->nq : 1, 1);
    if (!colour)
        return DRILL_EXIT_INTERNAL;
    for (size_t i = 0; i < set->nq; i++)
        if (!colour[i] && walk_chain(set, i, colour, d))
            st = DRILL_EXIT_DATA;
    free(colour);
    return st;
}

const char *drill_bankset_suggest(const struct drill_bankset *set, const char *id)
{
    const char *best = NULL;
    size_t n = strlen(id);
    int bestd = n < 6 ? 1 : n < 12 ? 2 : 3;
    bestd++;
    for (size_t i = 0; i < set->nq; i++) {
        int dist = drill_text_edit_distance(id, n, set->qs[i].id, strlen(set->qs[i].id), bestd - 1);
        if (dist < bestd) {
            bestd = dist;
            best = set->qs[i].id;
        }
    }
    return best;
}

struct drill_bankset *drill_bankset_new(int flags)
{
    struct drill_bankset *set = calloc(1, sizeof *set);
    if (set)
        set->flags = flags;
    return set;
}

void drill_bankset_free(struct drill_bankset *set)
{
    if (!set)
        return;
    for (size_t i = 0; i < set->nfiles; i++) {
        drill_json_free(set->files[i].doc);
        drill_json_free(set->files[i].light);
        drill_saved_close(&set->files[i].whole);
        free(set->files[i].path);
    }
    free(set->files);
    free(set->qs);
    free(set->top);
    free(set->map);
    free(set->cache);
    free(set);
}

/* Whether the questions of a file, from set->qs[*k] on, are question `q` of its whole document
 * and its inline followups, in the order check_question added them; with `point`, they are
 * pointed at them (only once they are known to be the same: nothing points into a document
 * that is let go). */
static int repoint(struct drill_bankset *set, const cJSON *q, const char *parent, size_t *k,
                   int point)
{
    const cJSON *idn = member(q, "id");
    const char *id = cJSON_IsString(idn) ? idn->valuestring : NULL;
    if (id && valid_id(id, 1)) {
        if (*k >= set->nq || strcmp(set->qs[*k].id, id) != 0)
            return 0;
        if (point) {
            set->qs[*k].node = q;
            set->qs[*k].id = id;
            set->qs[*k].parent = parent;
        }
        (*k)++;
    }
    const cJSON *f = member(q, "followups");
    for (const cJSON *it = f ? f->child : NULL; it; it = it->next)
        if (cJSON_IsObject(it) && !repoint(set, it, id, k, point))
            return 0;
    return 1;
}

/* The bank file at `path` parsed again, when its saved whole document cannot be read. */
static struct drill_json *parse_again(const char *path)
{
    struct drill_diags *d = malloc(sizeof *d);
    char *text = NULL;
    size_t len;
    struct drill_json *doc = NULL;
    if (d) {
        drill_diags_init(d);
        if (drill_file_read(path, DRILL_MAX_BANK_BYTES, &text, &len, d) == DRILL_OK)
            doc = drill_json_parse(text, len, path, d);
        free(text);
        free(d);
    }
    return doc;
}

/* The index in set->qs of file i's first question. */
static size_t first_of(const struct drill_bankset *set, size_t i)
{
    size_t lo = 0, hi = set->nq;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (set->qs[mid].bank < i)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Points file i's questions, and its root, at `doc` when it holds the same questions: 0, or -1
 * when it does not (then nothing is changed). */
static int point_at(struct drill_bankset *set, size_t i, const struct drill_json *doc)
{
    struct loaded *lf = &set->files[i];
    size_t k = first_of(set, i);
    const cJSON *root = drill_json_root(doc), *qs = member(root, "questions");
    size_t at = k;
    int same = cJSON_IsArray(qs);
    for (const cJSON *q = same ? qs->child : NULL; q && same; q = q->next)
        same = repoint(set, q, NULL, &at, 0);
    if (!same || (at < set->nq && set->qs[at].bank == i))
        return -1; /* the bank file changed since it was read */
    at = k;
    for (const cJSON *q = qs->child; q; q = q->next)
        repoint(set, q, NULL, &at, 1);
    const cJSON *bank = member(root, "bank"), *title = member(root, "title");
    lf->info.root = root;
    lf->info.bank = cJSON_IsString(bank) ? bank->valuestring : NULL;
    lf->info.title = cJSON_IsString(title) ? title->valuestring : NULL;
    return 0;
}

int drill_bankset_whole_file(struct drill_bankset *set, size_t i)
{
    if (i >= set->nfiles)
        return 0;
    struct loaded *lf = &set->files[i];
    if (lf->whole.fd < 0 || lf->light)
        return 0; /* read whole from the start, or now */
    struct drill_json *doc = drill_saved_read(&lf->whole);
    if (!doc && (doc = parse_again(lf->path)) != NULL) {
        /* the entry was damaged: written anew, as a bank read afresh is, and read from the
         * bank file from now on */
        struct stat sb;
        if (set->cache && stat(lf->path, &sb) == 0)
            drill_cache_save(set->cache, lf->path, &sb, doc, heavy);
        if (point_at(set, i, doc) != 0) {
            drill_json_free(doc);
            return -1;
        }
        drill_saved_close(&lf->whole);
        drill_json_free(lf->doc);
        lf->doc = doc;
        return 0;
    }
    if (!doc || point_at(set, i, doc) != 0) {
        drill_json_free(doc);
        return -1;
    }
    lf->light = lf->doc;
    lf->doc = doc;
    return 0;
}

int drill_bankset_whole(struct drill_bankset *set)
{
    for (size_t i = 0; i < set->nfiles; i++)
        if (drill_bankset_whole_file(set, i) != 0)
            return -1;
    return 0;
}

int drill_bankset_let_go(struct drill_bankset *set, size_t i)
{
    if (i >= set->nfiles || !set->files[i].light)
        return 0;
    struct loaded *lf = &set->files[i];
    if (point_at(set, i, lf->light) != 0)
        return 0; /* cannot happen: the light document is the one the file was indexed from */
    drill_json_free(lf->doc);
    lf->doc = lf->light;
    lf->light = NULL;
    return 1;
}

const struct drill_question *drill_bankset_of_file(const struct drill_bankset *set, size_t i,
                                                   size_t *n)
{
    size_t k = first_of(set, i), e = k;
    while (e < set->nq && set->qs[e].bank == i)
        e++;
    *n = e - k;
    return set->qs + k;
}

int drill_bankset_stamp(const struct drill_bankset *set, uint64_t *stamp)
{
    uint64_t h = drill_text_hash("banks", 5);
    for (size_t i = 0; i < set->nfiles; i++) {
        if (!set->files[i].settled)
            return -1;
        h = (h ^ set->files[i].stamp) * 0x100000001b3ull;
    }
    *stamp = h;
    return 0;
}

size_t drill_bankset_nfiles(const struct drill_bankset *set)
{
    return set->nfiles;
}

const struct drill_bankfile *drill_bankset_file(const struct drill_bankset *set, size_t i)
{
    return i < set->nfiles ? &set->files[i].info : NULL;
}

int drill_bankset_pos(const struct drill_bankset *set, size_t file, const cJSON *node, int key,
                      unsigned *line, unsigned *col)
{
    if (file >= set->nfiles)
        return 0;
    return drill_json_pos(set->files[file].doc, node, key, line, col);
}

size_t drill_bankset_count(const struct drill_bankset *set)
{
    return set->ntop;
}

const struct drill_question *drill_bankset_question(const struct drill_bankset *set, size_t i)
{
    return i < set->ntop ? &set->qs[set->top[i]] : NULL;
}
