/* drill.evidence: the grading engine's evidence (src/core/evidence.h).
 *
 *   local ev = drill.evidence.new()
 *   ev:item()                 -- starts a concept; ev:item(true) a misconception
 *   local w, denial, literals = lexicon:prepare(source)  -- widened, kept between runs
 *   ev:pattern(role, w, denial, literals, w ~= source and source or nil)
 *   local r = ev:run(answer)  -- {concepts = {...}, misconceptions = {...}, text = normalised}
 *   ev:own_target(i, stems, partners); ev:own(i, r.text, drill.evidence.stemmap(map), min, share)
 *
 * Roles are the strings "pattern", "reversed", "subject", "rival", "says",
 * "contrast". docs/plugins.md describes the result. */
#include <lauxlib.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "alloc.h"
#include "cache.h"
#include "evidence.h"
#include "host.h"
#include "rxsrc.h"
#include "text.h"

#define EV_MT      "drill.evidence"
#define LEX_MT     "drill.lexicon"
#define STEMMAP_MT "drill.stemmap"
#define MEMO_MT    "drill.evidence.memo"
#define MEMO_KEY   "drill.evidence.patterns" /* the registry's memo of prepared patterns */

struct box {
    struct drill_ev *ev;
};

struct lexbox {
    struct drill_lexicon *lex;
    /* lex:prepare's memo for this lexicon: 0 not looked at since the last group or swap, 1 to
     * be used (under `print`), -1 not */
    int memo;
    uint64_t print;
    struct drill_memo *m; /* the memo, while `memo` is 1 */
    int frozen; /* a rubric widens patterns through it again (ev:pattern): it cannot change */
};

static struct drill_ev *check_ev(lua_State *L)
{
    struct box *b = luaL_checkudata(L, 1, EV_MT);
    if (!b->ev)
        luaL_error(L, "evidence: the rubric is closed");
    return b->ev;
}

static int l_new(lua_State *L)
{
    /* 1: the text ev:own read last; 2: the patterns the engine reads in place (l_pattern) */
    struct box *b = lua_newuserdatauv(L, sizeof *b, 2);
    b->ev = NULL;
    luaL_setmetatable(L, EV_MT);
    b->ev = drill_ev_new();
    if (!b->ev)
        return luaL_error(L, "not enough memory");
    drill_ev_set_memo(b->ev, drill_lua_memo(L)); /* kept until the state closes, as is ev */
    return 1;
}

static int l_gc(lua_State *L)
{
    struct box *b = luaL_checkudata(L, 1, EV_MT);
    drill_ev_free(b->ev);
    b->ev = NULL;
    return 0;
}

/* ev:item([misconception]) -> index (1-based, among its kind) */
static int l_item(lua_State *L)
{
    struct drill_ev *ev = check_ev(L);
    int i = drill_ev_add_item(ev, lua_toboolean(L, 2));
    if (i < 0)
        return luaL_error(L, "not enough memory");
    lua_pushinteger(L, i + 1);
    return 1;
}

static const char *const roles[] = {"pattern", "reversed", "subject", "rival",
                                    "says",    "contrast", NULL};

/* The string at the top of the stack, pushed from element i of a list; it must be a string (not
 * a number Lua would convert on the stack only), so that the list, not the stack slot popped next,
 * keeps the bytes the pointer refers to. `what` names the list in the error. */
static const char *element_string(lua_State *L, const char *what, lua_Integer i, size_t *len)
{
    if (lua_type(L, -1) != LUA_TSTRING)
        luaL_error(L, "%s[%d] must be a string, not %s", what, (int)i, luaL_typename(L, -1));
    return lua_tolstring(L, -1, len);
}

static char *rewiden(void *ctx, struct drill_lexicon *lex, const char *s, size_t n);

/* Adds a pattern to the rubric (argument 1) and pushes ev:pattern's results. The author's
 * pattern, given as the source itself or as the fallback of a widened one, is read in place: the
 * rubric's tables hold it anyway, and the evidence rubric keeps a reference to it (the string at
 * `keep`, in user value 2), so it lives as long as the engine reads it. A widened source is the
 * engine's to copy, as nothing else keeps it, unless the lexicon at `lex` (0: none) is the one it
 * was widened through: the engine then widens the fallback again when it needs it. */
static int add_kept(lua_State *L, struct drill_ev *ev, int role, const char *src, size_t len,
                    const char *fallback, size_t flen, int keep, int lex, int denial,
                    const char *const *lits, const size_t *lens, size_t n)
{
    int kept = fallback ? DRILL_EV_KEEP_FALLBACK : DRILL_EV_KEEP_PATTERN;
    struct lexbox *lb = lex ? luaL_checkudata(L, lex, LEX_MT) : NULL;
    if (lb && !lb->lex)
        return luaL_error(L, "lexicon: closed");
    if (lua_getiuservalue(L, 1, 2) != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_newtable(L);
        lua_pushvalue(L, -1);
        lua_setiuservalue(L, 1, 2);
    }
    if (lb && fallback) {
        if (drill_ev_use_lexicon(ev, lb->lex) < 0)
            return luaL_error(L, "evidence: a rubric widens through one lexicon only");
        drill_ev_set_widener(ev, rewiden, lb);
        /* the rubric keeps it, and it no longer changes */
        lb->frozen = 1;
        lua_pushvalue(L, lex);
        lua_setfield(L, -2, "lexicon");
        kept |= DRILL_EV_REWIDEN;
    }
    lua_pushvalue(L, keep);
    lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
    lua_pop(L, 1);
    char err[300];
    if (drill_ev_add_pattern(ev, role, src, len, fallback, flen, denial, lits, lens, n, kept, err,
                             sizeof err) < 0) {
        lua_pushnil(L);
        lua_pushstring(L, err);
        return 2;
    }
    lua_pushboolean(L, 1);
    return 1;
}

/* ev:pattern(role, source [, denial [, literals [, fallback [, lexicon]]]]) -> true | nil, message;
 * fallback: the author's own pattern when source is a widened form of it; lexicon: the one
 * source is fallback widened through (lex:widen), which the rubric then uses to widen it again
 * when it first tries it, keeping no copy of source till then */
static int l_pattern(lua_State *L)
{
    struct drill_ev *ev = check_ev(L);
    int role = luaL_checkoption(L, 2, NULL, roles);
    size_t len;
    const char *src = luaL_checklstring(L, 3, &len);
    int denial = lua_toboolean(L, 4);
    const char *lits[64];
    size_t lens[64], n = 0;
    if (!lua_isnoneornil(L, 5)) {
        luaL_checktype(L, 5, LUA_TTABLE);
        lua_Integer m = luaL_len(L, 5);
        if (m > 64)
            m = 0; /* too many to be worth filtering on */
        for (lua_Integer i = 1; i <= m; i++) {
            lua_geti(L, 5, i);
            lits[n] = element_string(L, "literals", i, &lens[n]);
            n++;
            lua_pop(L, 1); /* the string stays alive in the table */
        }
    }
    size_t flen = 0;
    const char *fallback = luaL_optlstring(L, 6, NULL, &flen);
    return add_kept(L, ev, role, src, len, fallback, flen, fallback ? 6 : 3,
                    lua_isnoneornil(L, 7) ? 0 : 7, denial, lits, lens, n);
}

static void push_span(lua_State *L, const char *text, const struct drill_ev_hit *h, const char *key)
{
    lua_pushlstring(L, text + h->start, h->end - h->start);
    lua_setfield(L, -2, key);
}

/* The words from the subject mention to the end of the match, when they are
 * close together: what the answer said, for feedback. */
static void push_said(lua_State *L, const char *text, const struct drill_ev_hit *about,
                      const struct drill_ev_hit *h)
{
    size_t s = h->start, e = h->end;
    if (about->alt >= 0) {
        size_t as = about->start < s ? about->start : s;
        size_t ae = about->end > e ? about->end : e;
        if (ae - as <= 160) {
            s = as;
            e = ae;
        }
    }
    lua_pushlstring(L, text + s, e - s);
    lua_setfield(L, -2, "said");
}

/* Whether r has anything to say: most concepts of most answers have nothing. */
static int says_something(const struct drill_ev_result *r)
{
    return r->state != DRILL_EV_MISSING || r->negated || r->rival >= 0;
}

static void push_result(lua_State *L, const char *text, const struct drill_ev_result *r)
{
    static const char *const states[] = {"missing", "stated", "contradicted"};
    if (!says_something(r)) {
        lua_pushboolean(L, 0);
        return;
    }
    lua_createtable(L, 0, 8);
    lua_pushstring(L, states[r->state]);
    lua_setfield(L, -2, "state");
    if (r->hit.alt >= 0 && r->rival < 0) {
        lua_pushstring(L, r->via == DRILL_EV_SAYS ? "claim" : "pattern");
        lua_setfield(L, -2, "via");
        lua_pushinteger(L, r->hit.alt + 1);
        lua_setfield(L, -2, "alt");
        push_span(L, text, &r->hit, "text");
        lua_pushinteger(L, (lua_Integer)r->hit.start + 1);
        lua_setfield(L, -2, "at");
        if (r->about.alt >= 0) {
            push_span(L, text, &r->about, "about");
            lua_pushinteger(L, r->about.alt + 1);
            lua_setfield(L, -2, "about_alt");
            push_said(L, text, &r->about, &r->hit);
        }
    }
    if (r->negated) {
        lua_pushboolean(L, 1);
        lua_setfield(L, -2, "negated");
    }
    if (r->rival >= 0) {
        lua_createtable(L, 0, 4);
        lua_pushinteger(L, r->rival + 1);
        lua_setfield(L, -2, "alt");
        push_span(L, text, &r->rival_hit, "about");
        push_span(L, text, &r->hit, "text");
        lua_pushinteger(L, r->hit.alt + 1);
        lua_setfield(L, -2, "says_alt");
        lua_setfield(L, -2, "rival");
    }
    if (r->contra_via) {
        lua_createtable(L, 0, 5);
        lua_pushstring(L, r->contra_via == DRILL_EV_CONTRAST ? "contrast" : "reversed");
        lua_setfield(L, -2, "via");
        lua_pushinteger(L, r->contra.alt + 1);
        lua_setfield(L, -2, "alt");
        push_span(L, text, &r->contra, "text");
        lua_pushinteger(L, (lua_Integer)r->contra.start + 1);
        lua_setfield(L, -2, "at");
        if (r->contra_about.alt >= 0)
            push_span(L, text, &r->contra_about, "about");
        push_said(L, text, &r->contra_about, &r->contra);
        lua_setfield(L, -2, "contradiction");
    }
}

/* Pushes the results of kind `kind` (0 concepts, 1 misconceptions) as an array: every one
 * (false where there is nothing to say), or with `found` only those with something to say,
 * each with its index. */
static void push_results(lua_State *L, const struct drill_ev *ev, const char *text, int kind,
                         int found)
{
    size_t n = kind ? drill_ev_nmisconceptions(ev) : drill_ev_nconcepts(ev);
    lua_createtable(L, found ? 0 : (int)n, 0);
    lua_Integer k = 0;
    for (size_t i = 0; i < n; i++) {
        const struct drill_ev_result *r =
            kind ? drill_ev_misconception(ev, i) : drill_ev_concept(ev, i);
        if (found && !says_something(r))
            continue;
        push_result(L, text, r);
        if (found) {
            lua_pushinteger(L, (lua_Integer)i + 1);
            lua_setfield(L, -2, "index");
        }
        lua_rawseti(L, -2, ++k);
    }
}

/* ev:run(answer [, like [, found]]) -> {text, concepts = {result...}, misconceptions =
 * {result...}} | error
 * like: another rubric whose last run read the same answer; its reading is taken over
 * found: only the results with something to say, each with its index */
static int l_run(lua_State *L)
{
    struct drill_ev *ev = check_ev(L);
    size_t len;
    const char *s = luaL_checklstring(L, 2, &len);
    const struct drill_ev *like = NULL;
    if (!lua_isnoneornil(L, 3))
        like = ((struct box *)luaL_checkudata(L, 3, EV_MT))->ev;
    int found = lua_toboolean(L, 4);
    size_t bad;
    if (!drill_utf8_valid(s, len, &bad))
        return luaL_error(L, "evidence: the answer is not valid UTF-8 (byte offset %d)", (int)bad);
    char err[400];
    if (drill_ev_run_like(ev, like, s, len, err, sizeof err) < 0)
        return luaL_error(L, "%s", err);
    /* a call of drill's own grader has no count hook: its time limit is checked here, once an
     * answer (a guest's, at its hook too) */
    drill_host_charge(L, 0, 0);
    size_t tn;
    const char *text = drill_ev_text(ev, &tn);
    lua_createtable(L, 0, 3);
    lua_pushlstring(L, text, tn);
    lua_setfield(L, -2, "text");
    push_results(L, ev, text, 0, found);
    lua_setfield(L, -2, "concepts");
    push_results(L, ev, text, 1, found);
    lua_setfield(L, -2, "misconceptions");
    return 1;
}

/* The item of ev:source and ev:sources: its index (1-based) at argument `at`, a misconception
 * when argument `kind` is true. */
static size_t item_arg(lua_State *L, const struct drill_ev *ev, int at, int kind,
                       int *misconception)
{
    lua_Integer i = luaL_checkinteger(L, at);
    *misconception = lua_toboolean(L, kind);
    size_t n = *misconception ? drill_ev_nmisconceptions(ev) : drill_ev_nconcepts(ev);
    luaL_argcheck(L, i >= 1 && (lua_Unsigned)i <= n, at, "no such item");
    return (size_t)i - 1;
}

/* ev:source(i, role, alt [, misconception]) -> the source of alternative alt (1-based) of role
 * in item i, as the rubric gave it (the author's own, not its widened form), or nil */
static int l_source(lua_State *L)
{
    struct drill_ev *ev = check_ev(L);
    int mis;
    size_t item = item_arg(L, ev, 2, 5, &mis), len;
    int role = luaL_checkoption(L, 3, NULL, roles);
    lua_Integer alt = luaL_checkinteger(L, 4);
    const char *s = alt >= 1 ? drill_ev_source(ev, mis, item, role, (size_t)alt - 1, &len) : NULL;
    if (s)
        lua_pushlstring(L, s, len);
    else
        lua_pushnil(L);
    return 1;
}

/* ev:sources(i [, misconception]) -> {role = {source, ...}}: every role of the kind, each an
 * array (empty when the item has none) */
static int l_sources(lua_State *L)
{
    struct drill_ev *ev = check_ev(L);
    int mis;
    size_t item = item_arg(L, ev, 2, 3, &mis), len;
    lua_createtable(L, 0, DRILL_EV_NROLES);
    for (int r = 0; roles[r]; r++) {
        if (mis && (r == DRILL_EV_REVERSED || r == DRILL_EV_CONTRAST))
            continue;
        lua_newtable(L);
        const char *s;
        for (size_t a = 0; (s = drill_ev_source(ev, mis, item, r, a, &len)) != NULL; a++) {
            lua_pushlstring(L, s, len);
            lua_rawseti(L, -2, (lua_Integer)a + 1);
        }
        lua_setfield(L, -2, roles[r]);
    }
    return 1;
}

/* ev:counts() -> regexes run, regexes skipped by the literal filter (last run) */
static int l_counts(lua_State *L)
{
    size_t ran, skipped;
    drill_ev_counts(check_ev(L), &ran, &skipped);
    lua_pushinteger(L, (lua_Integer)ran);
    lua_pushinteger(L, (lua_Integer)skipped);
    return 2;
}

/* negated(text, at) -> boolean: is the match at byte `at` (1-based) of
 * normalised text denied by a negation before it in its clause? */
static int l_negated(lua_State *L)
{
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    lua_Integer at = luaL_checkinteger(L, 2);
    luaL_argcheck(L, at >= 1 && (size_t)at <= len + 1, 2, "out of range");
    lua_pushboolean(L, drill_ev_negated(s, (size_t)at - 1));
    return 1;
}

/* ------------------------------------------------------------ lexicon */

static struct drill_lexicon *check_lex(lua_State *L)
{
    struct lexbox *b = luaL_checkudata(L, 1, LEX_MT);
    if (!b->lex)
        luaL_error(L, "lexicon: closed");
    return b->lex;
}

/* A lexicon about to change: not one a rubric widens patterns through again. */
static struct drill_lexicon *changing_lex(lua_State *L)
{
    struct drill_lexicon *lex = check_lex(L);
    struct lexbox *b = lua_touserdata(L, 1);
    if (b->frozen)
        luaL_error(L, "lexicon: a rubric widens its patterns through it (ev:pattern): it cannot "
                      "change");
    b->memo = 0;
    return lex;
}

/* lexicon() -> an empty lexicon */
static int l_lexicon(lua_State *L)
{
    struct lexbox *b = lua_newuserdatauv(L, sizeof *b, 0);
    b->lex = NULL;
    b->memo = 0;
    b->print = 0;
    b->frozen = 0;
    luaL_setmetatable(L, LEX_MT);
    b->lex = drill_lexicon_new();
    if (!b->lex)
        return luaL_error(L, "not enough memory");
    return 1;
}

static int l_lex_gc(lua_State *L)
{
    struct lexbox *b = luaL_checkudata(L, 1, LEX_MT);
    drill_lexicon_free(b->lex);
    b->lex = NULL;
    return 0;
}

/* lex:group({phrase, ...}): phrases that say the same thing */
static int l_lex_group(lua_State *L)
{
    struct drill_lexicon *lex = changing_lex(L);
    luaL_checktype(L, 2, LUA_TTABLE);
    lua_Integer n = luaL_len(L, 2);
    luaL_argcheck(L, n >= 1 && n <= 256, 2, "a group holds 1 to 256 phrases");
    const char *ph[256];
    for (lua_Integer i = 1; i <= n; i++) {
        lua_geti(L, 2, i);
        ph[i - 1] = element_string(L, "phrases", i, NULL);
        lua_pop(L, 1); /* the table keeps the string */
    }
    if (drill_lexicon_group(lex, ph, (size_t)n) < 0)
        return luaL_error(L, "not enough memory");
    return 0;
}

/* lex:swap(from, to): `from` is what a confused answer says instead of `to` */
static int l_lex_swap(lua_State *L)
{
    struct drill_lexicon *lex = changing_lex(L);
    if (drill_lexicon_swap(lex, luaL_checkstring(L, 2), luaL_checkstring(L, 3)) < 0)
        return luaL_error(L, "not enough memory");
    return 0;
}

static void push_list(lua_State *L, struct drill_rx_list *l)
{
    lua_createtable(L, (int)l->n, 0);
    for (size_t i = 0; i < l->n; i++) {
        lua_pushstring(L, l->items[i]);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    drill_rx_free_list(l);
}

/* lex:widen(pattern) -> the pattern widened through the thesaurus */
static int l_lex_widen(lua_State *L)
{
    struct drill_lexicon *lex = check_lex(L);
    size_t n;
    const char *s = luaL_checklstring(L, 2, &n);
    char *w = drill_rx_widen(lex, s, n);
    if (!w)
        return luaL_error(L, "not enough memory");
    lua_pushstring(L, w);
    drill_mem_free(w);
    return 1;
}

/* lex:swapped(pattern) -> {pattern with one swap pair exchanged, ...} */
static int l_lex_swapped(lua_State *L)
{
    struct drill_lexicon *lex = check_lex(L);
    size_t n;
    const char *s = luaL_checklstring(L, 2, &n);
    struct drill_rx_list l = {0};
    if (drill_rx_swapped(lex, s, n, &l) < 0) {
        drill_rx_free_list(&l);
        return luaL_error(L, "not enough memory");
    }
    push_list(L, &l);
    return 1;
}

/* literals(pattern) -> {literal, ...} | nil: sets separated by "", every match
 * holding one literal of every set */
static int l_literals(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    struct drill_rx_list l = {0};
    if (drill_rx_literals(s, n, &l) < 0) {
        drill_rx_free_list(&l);
        return luaL_error(L, "not enough memory");
    }
    if (l.n == 0) {
        lua_pushnil(L);
        return 1;
    }
    push_list(L, &l);
    return 1;
}

/* unlooked(pattern) -> the pattern with its negative lookarounds left out (drill_rx_unlooked) */
static int l_unlooked(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    char *u = drill_rx_unlooked(s, n);
    if (!u)
        return luaL_error(L, "not enough memory");
    lua_pushstring(L, u);
    drill_mem_free(u);
    return 1;
}

/* ------------------------------------------------------- prepared patterns */

/* What lex:prepare gives for each pattern (and the banks' vocabulary, bank_lua.c), kept
 * between runs in the cache directory (a memo of this binary's, cache.h): read when first
 * needed, written back at exit. */
struct memobox {
    struct drill_memo *m;
};

static int l_memo_gc(lua_State *L)
{
    struct memobox *b = luaL_checkudata(L, 1, MEMO_MT);
    drill_memo_close(b->m);
    b->m = NULL;
    return 0;
}

struct drill_memo *drill_lua_memo(lua_State *L)
{
    struct memobox *b;
    if (lua_getfield(L, LUA_REGISTRYINDEX, MEMO_KEY) == LUA_TUSERDATA) {
        b = lua_touserdata(L, -1);
        lua_pop(L, 1);
        return b->m;
    }
    lua_pop(L, 1);
    b = lua_newuserdatauv(L, sizeof *b, 0);
    b->m = NULL;
    luaL_setmetatable(L, MEMO_MT);
    char dir[PATH_MAX];
    if (drill_cache_default_dir(dir, sizeof dir) == 0)
        b->m = drill_memo_open(dir, "patterns");
    drill_host_at_worker_exit(L, -1); /* written back at exit, a worker's too */
    lua_setfield(L, LUA_REGISTRYINDEX, MEMO_KEY);
    return b->m;
}

static void put_u32(luaL_Buffer *b, size_t v)
{
    uint32_t x = (uint32_t)v;
    luaL_addlstring(b, (const char *)&x, 4);
}

static int get_u32(const char **p, const char *end, size_t *v)
{
    uint32_t x;
    if (end - *p < 4)
        return 0;
    memcpy(&x, *p, 4);
    *p += 4;
    *v = x;
    return 1;
}

/* lex:prepare's results read from a memo value in place: u8 denial, u32 length of the widened
 * pattern (UINT32_MAX: the source itself) and its bytes, u32 count of literals and each as u32
 * length and bytes. */
struct prepared {
    int denial;
    const char *w; /* NULL: the source itself */
    size_t wlen, n;
    const char *lits; /* the first literal's length */
    const char *end;
};

/* 1, or 0 when the value is damaged. */
static int read_prepared(const char *v, size_t vlen, struct prepared *pp)
{
    const char *p = v, *end = v + vlen;
    size_t wlen, n;
    if (vlen < 1 || *p > 1)
        return 0;
    pp->denial = *p++;
    if (!get_u32(&p, end, &wlen))
        return 0;
    pp->w = NULL;
    pp->wlen = 0;
    if (wlen != UINT32_MAX) {
        if ((size_t)(end - p) < wlen)
            return 0;
        pp->w = p;
        pp->wlen = wlen;
        p += wlen;
    }
    if (!get_u32(&p, end, &n) || n > (size_t)(end - p) / 4)
        return 0;
    pp->lits = p;
    pp->n = n;
    for (size_t i = 0; i < n; i++) { /* checked whole before anything is read */
        size_t l;
        if (!get_u32(&p, end, &l) || (size_t)(end - p) < l)
            return 0;
        p += l;
    }
    pp->end = end;
    return p == end;
}

/* The literal after the one at *p (of a checked value): its bytes, and *p moved past it. */
static const char *next_literal(const char **p, const char *end, size_t *len)
{
    *len = 0;
    get_u32(p, end, len);
    const char *l = *p;
    *p += *len;
    return l;
}

/* Pushes the three results of lex:prepare from a checked value; the source at src_idx. */
static void push_prepared(lua_State *L, const struct prepared *pp, int src_idx)
{
    if (pp->w)
        lua_pushlstring(L, pp->w, pp->wlen);
    else
        lua_pushvalue(L, src_idx);
    lua_pushboolean(L, pp->denial);
    if (pp->n == 0) {
        lua_pushnil(L);
        return;
    }
    lua_createtable(L, (int)pp->n, 0);
    const char *p = pp->lits;
    for (size_t i = 0; i < pp->n; i++) {
        size_t l;
        const char *lit = next_literal(&p, pp->end, &l);
        lua_pushlstring(L, lit, l);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
}

/* Whether lex:prepare may use the memo for the lexicon in box b: the memo keeps each lexicon's
 * text under its hash, and a pattern's entry under the same hash is used only while the text
 * kept is this lexicon's own (another with the same hash is not deceived: it goes without). */
static int lexicon_memo(lua_State *L, struct lexbox *b)
{
    struct drill_memo *m = drill_lua_memo(L);
    if (!m)
        return -1;
    size_t len, vlen;
    const char *text = drill_lexicon_text(b->lex, &len);
    b->print = drill_text_hash(text, len);
    char key[1 + sizeof b->print];
    key[0] = 'L';
    memcpy(key + 1, &b->print, sizeof b->print);
    const char *v = drill_memo_get(m, key, sizeof key, &vlen);
    if (v)
        return vlen == len && memcmp(v, text, len) == 0 ? 1 : -1;
    return drill_memo_put(m, key, sizeof key, text, len) == 0 ? 1 : -1;
}

/* The memo key of what lex:prepare gives pattern s (n bytes), PREPARED_KEY_LEN(n) bytes at out:
 * 'P', the lexicon's hash, whether to widen, the pattern. */
#define PREPARED_KEY_LEN(n) (2 + sizeof(uint64_t) + (n))
static void prepared_key(char *out, const struct lexbox *box, int widen, const char *s, size_t n)
{
    out[0] = 'P';
    memcpy(out + 1, &box->print, sizeof box->print);
    out[1 + sizeof box->print] = widen ? 'w' : '-';
    memcpy(out + 2 + sizeof box->print, s, n);
}

/* What lex:prepare gives pattern s (n bytes), read back from the memo when a run before worked
 * it out, else worked out and kept there. It pushes the memo key, and may push the value worked
 * out (the stack grows by at most two): what pp points into is valid while they stay. Raises when
 * out of memory. */
static void prepare_value(lua_State *L, struct lexbox *box, const char *s, size_t n, int widen,
                          struct prepared *pp)
{
    if (box->memo == 0)
        box->memo = lexicon_memo(L, box);
    struct drill_memo *m = box->memo > 0 ? drill_lua_memo(L) : NULL;
    box->m = m;
    luaL_Buffer kb;
    prepared_key(luaL_buffinitsize(L, &kb, PREPARED_KEY_LEN(n)), box, widen, s, n);
    luaL_pushresultsize(&kb, PREPARED_KEY_LEN(n));
    size_t klen, vlen;
    const char *key = lua_tolstring(L, -1, &klen);
    const char *v = drill_memo_get(m, key, klen, &vlen);
    if (v && read_prepared(v, vlen, pp))
        return;
    char *w = widen ? drill_rx_widen(box->lex, s, n) : NULL;
    int denial = drill_ev_denial(s, n);
    struct drill_rx_list l = {0};
    const char *wp = w ? w : s;
    size_t wlen = w ? strlen(w) : n;
    if ((widen && !w) || denial < 0 || drill_rx_literals(wp, wlen, &l) < 0) {
        drill_mem_free(w);
        drill_rx_free_list(&l);
        luaL_error(L, "not enough memory");
    }
    luaL_Buffer vb;
    luaL_buffinit(L, &vb);
    luaL_addchar(&vb, (char)denial);
    if (wlen == n && memcmp(wp, s, n) == 0) {
        put_u32(&vb, UINT32_MAX);
    } else {
        put_u32(&vb, wlen);
        luaL_addlstring(&vb, wp, wlen);
    }
    put_u32(&vb, l.n);
    for (size_t i = 0; i < l.n; i++) {
        size_t ll = strlen(l.items[i]);
        put_u32(&vb, ll);
        luaL_addlstring(&vb, l.items[i], ll);
    }
    drill_mem_free(w);
    drill_rx_free_list(&l);
    luaL_pushresult(&vb);
    key = lua_tolstring(L, -2, &klen);
    v = lua_tolstring(L, -1, &vlen);
    drill_memo_put(m, key, klen, v, vlen); /* a memo that cannot keep it computes it again */
    if (!read_prepared(v, vlen, pp))
        luaL_error(L, "lexicon: prepare: a pattern too long to keep");
}

/* A rubric's pattern widened again through the lexicon in box ctx when it is first tried
 * (drill_ev_set_widener): read back from the memo, where lex:prepare kept it when the rubric was
 * compiled, or widened again when the memo does not have it. */
static char *rewiden(void *ctx, struct drill_lexicon *lex, const char *s, size_t n)
{
    struct lexbox *box = ctx;
    size_t klen = PREPARED_KEY_LEN(n), vlen;
    char *key = box->m && box->lex == lex ? drill_mem_malloc(klen) : NULL;
    if (key) {
        prepared_key(key, box, 1, s, n);
        const char *v = drill_memo_get(box->m, key, klen, &vlen);
        struct prepared pp;
        drill_mem_free(key);
        if (v && read_prepared(v, vlen, &pp) && pp.w) {
            char *w = drill_mem_malloc(pp.wlen + 1);
            if (w) {
                memcpy(w, pp.w, pp.wlen);
                w[pp.wlen] = '\0';
            }
            return w;
        }
    }
    return drill_rx_widen(lex, s, n);
}

/* lex:prepare(pattern [, widen]) -> widened, denial, literals | nil: the pattern widened
 * through the lexicon (unless widen is false), whether it states a denial
 * (drill_ev_denial) and the literals of the widened form (literals(widened)); the same as
 * computing each, read back from the memo when a run before computed it. */
static int l_lex_prepare(lua_State *L)
{
    check_lex(L);
    struct lexbox *box = lua_touserdata(L, 1);
    size_t n;
    const char *s = luaL_checklstring(L, 2, &n);
    int widen = lua_isnoneornil(L, 3) || lua_toboolean(L, 3);
    lua_settop(L, 2);
    struct prepared pp;
    prepare_value(L, box, s, n, widen, &pp);
    push_prepared(L, &pp, 2);
    return 3;
}

/* ev:prepared(role, pattern, lex) -> true | nil, message: ev:pattern(role, widened, denial,
 * literals, pattern, lex) with what lex:prepare(pattern) gives, read where the memo keeps it:
 * neither the widened form nor the literals become Lua strings */
static int l_prepared(lua_State *L)
{
    struct drill_ev *ev = check_ev(L);
    int role = luaL_checkoption(L, 2, NULL, roles);
    size_t n;
    const char *src = luaL_checklstring(L, 3, &n);
    struct lexbox *lb = luaL_checkudata(L, 4, LEX_MT);
    if (!lb->lex)
        return luaL_error(L, "lexicon: closed");
    lua_settop(L, 4);
    struct prepared pp;
    prepare_value(L, lb, src, n, 1, &pp); /* what it reads stays on the stack, or in the memo */
    const char *lits[64];
    size_t lens[64], nl = 0;
    if (pp.n <= 64) /* over that, too many to be worth filtering on */
        for (const char *p = pp.lits; nl < pp.n; nl++)
            lits[nl] = next_literal(&p, pp.end, &lens[nl]);
    if (pp.w)
        return add_kept(L, ev, role, pp.w, pp.wlen, src, n, 3, 4, pp.denial, lits, lens, nl);
    return add_kept(L, ev, role, src, n, NULL, 0, 3, 0, pp.denial, lits, lens, nl);
}

/* ----------------------------------------------------------- own words */

struct mapbox {
    struct drill_stemmap *map;
};

/* stemmap({[stem] = stands_for, ...}) -> a stem map, for ev:own */
static int l_stemmap(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    struct mapbox *b = lua_newuserdatauv(L, sizeof *b, 0);
    b->map = NULL;
    luaL_setmetatable(L, STEMMAP_MT);
    b->map = drill_stemmap_new();
    if (!b->map)
        return luaL_error(L, "not enough memory");
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING)
            return luaL_error(L, "stemmap: stems map to stems (strings)");
        if (drill_stemmap_put(b->map, lua_tostring(L, -2), lua_tostring(L, -1)) < 0)
            return luaL_error(L, "not enough memory");
        lua_pop(L, 1);
    }
    return 1;
}

static int l_stemmap_gc(lua_State *L)
{
    struct mapbox *b = luaL_checkudata(L, 1, STEMMAP_MT);
    drill_stemmap_free(b->map);
    b->map = NULL;
    return 0;
}

/* ev:own_target(i, {stem, ...}, {{partner, ...}, ...}): concept i's wanted
 * stems and, for the j-th, the stems that say its swapped partner instead; i past
 * the concepts, up to four times their number: another wording of concept
 * (i - 1) % #concepts + 1.
 * The tables are read raw, so the strings stay theirs while they are copied. */
/* Own-words targets a concept may have: its statement and up to three everyday wordings (its
 * `plain`, docs/banks.md), the k-th of concept i at k * #concepts + i. */
#define OWN_WORDINGS 4

static int l_own_target(lua_State *L)
{
    struct drill_ev *ev = check_ev(L);
    lua_Integer i = luaL_checkinteger(L, 2);
    luaL_argcheck(L, i >= 1 && (size_t)i <= OWN_WORDINGS * drill_ev_nconcepts(ev), 2,
                  "no such concept");
    luaL_checktype(L, 3, LUA_TTABLE);
    int has_partners = !lua_isnoneornil(L, 4);
    if (has_partners)
        luaL_checktype(L, 4, LUA_TTABLE);
    size_t nw = lua_rawlen(L, 3), np = 0;
    luaL_argcheck(L, nw <= 4096, 3, "at most 4096 stems");
    for (size_t j = 1; has_partners && j <= nw; j++) {
        if (lua_rawgeti(L, 4, (lua_Integer)j) == LUA_TTABLE)
            np += lua_rawlen(L, -1);
        lua_pop(L, 1);
    }
    luaL_argcheck(L, np <= 65536, 4, "at most 65536 partners");
    /* scratch the Lua state owns, so an error cannot leak it */
    const char **want = lua_newuserdatauv(L, (nw + 1) * sizeof *want, 0);
    const char **part = lua_newuserdatauv(L, (np + 1) * sizeof *part, 0);
    size_t *of = lua_newuserdatauv(L, (np + 1) * sizeof *of, 0);
    size_t k = 0;
    for (size_t j = 1; j <= nw; j++) {
        lua_rawgeti(L, 3, (lua_Integer)j);
        want[j - 1] = element_string(L, "words", (lua_Integer)j, NULL);
        lua_pop(L, 1);
        if (!has_partners || lua_rawgeti(L, 4, (lua_Integer)j) != LUA_TTABLE) {
            if (has_partners)
                lua_pop(L, 1);
            continue;
        }
        size_t m = lua_rawlen(L, -1);
        for (size_t q = 1; q <= m && k < np; q++) {
            lua_rawgeti(L, -1, (lua_Integer)q);
            part[k] = element_string(L, "partners", (lua_Integer)q, NULL);
            of[k++] = j - 1;
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    if (drill_ev_own_target(ev, (size_t)(i - 1), want, nw, part, of, k) < 0)
        return luaL_error(L, "not enough memory");
    return 0;
}

/* ev:own(i, text, stemmap, min, share [, every]) -> the sentence of text (the
 * normalised answer) that says concept i's statement in other words, or nil; with every, the
 * first that says its statement or, in turn, each of its other wordings */
static int l_own(lua_State *L)
{
    struct drill_ev *ev = check_ev(L);
    lua_Integer i = luaL_checkinteger(L, 2);
    size_t tn;
    const char *text = luaL_checklstring(L, 3, &tn);
    struct mapbox *b = luaL_checkudata(L, 4, STEMMAP_MT);
    lua_Integer min = luaL_checkinteger(L, 5);
    double share = luaL_checknumber(L, 6);
    luaL_argcheck(L, min >= 0, 5, "must be 0 or more");
    if (i < 1 || (size_t)i > OWN_WORDINGS * drill_ev_nconcepts(ev) || !b->map) {
        lua_pushnil(L);
        return 1;
    }
    struct drill_ev_hit h;
    size_t n = drill_ev_nconcepts(ev), slot = (size_t)(i - 1);
    size_t ways = lua_toboolean(L, 7) && slot < n ? OWN_WORDINGS : 1;
    int rc = 0, same = -1;
    for (size_t k = 0; k < ways && rc == 0; k++) {
        if (!drill_ev_own_wanted(ev, slot + k * n, (size_t)min))
            continue; /* nothing read */
        if (same < 0) {
            /* the text of the last call that read one, held by the rubric: the very same string
             * is the same text */
            lua_getiuservalue(L, 1, 1);
            same = lua_rawequal(L, -1, 3);
            lua_pop(L, 1);
            if (!same) {
                lua_pushvalue(L, 3);
                lua_setiuservalue(L, 1, 1);
            }
        }
        rc = drill_ev_own_again(ev, slot + k * n, text, tn, b->map, (size_t)min, share, same, &h);
        same = 1; /* read now */
    }
    if (rc < 0)
        return luaL_error(L, "not enough memory");
    if (rc == 0)
        lua_pushnil(L);
    else
        lua_pushlstring(L, text + h.start, h.end - h.start);
    return 1;
}

/* A metatable for userdata that only its finalizer and the registry see. */
static void locked_metatable(lua_State *L, const char *name, lua_CFunction gc)
{
    luaL_newmetatable(L, name);
    lua_pushcfunction(L, gc);
    lua_setfield(L, -2, "__gc");
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
}

int drill_open_evidence(lua_State *L)
{
    static const luaL_Reg lex_methods[] = {{"group", l_lex_group},     {"swap", l_lex_swap},
                                           {"widen", l_lex_widen},     {"swapped", l_lex_swapped},
                                           {"prepare", l_lex_prepare}, {NULL, NULL}};
    luaL_newmetatable(L, LEX_MT);
    lua_pushcfunction(L, l_lex_gc);
    lua_setfield(L, -2, "__gc");
    luaL_newlib(L, lex_methods);
    lua_setfield(L, -2, "__index");
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
    static const luaL_Reg methods[] = {
        {"item", l_item},     {"pattern", l_pattern},       {"run", l_run},
        {"counts", l_counts}, {"own_target", l_own_target}, {"own", l_own},
        {"source", l_source}, {"sources", l_sources},       {"prepared", l_prepared},
        {NULL, NULL}};
    static const luaL_Reg fns[] = {{"new", l_new},
                                   {"negated", l_negated},
                                   {"lexicon", l_lexicon},
                                   {"literals", l_literals},
                                   {"unlooked", l_unlooked},
                                   {"stemmap", l_stemmap},
                                   {NULL, NULL}};
    locked_metatable(L, MEMO_MT, l_memo_gc);
    locked_metatable(L, STEMMAP_MT, l_stemmap_gc);
    luaL_newmetatable(L, EV_MT);
    lua_pushcfunction(L, l_gc);
    lua_setfield(L, -2, "__gc");
    luaL_newlib(L, methods);
    lua_setfield(L, -2, "__index");
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
    luaL_newlib(L, fns);
    return 1;
}
