/* string.find, match, gmatch and gsub for the sandbox, on top of the bounded matcher. */
#include "lpattern_lua.h"

#include <lauxlib.h>
#include <stdint.h>
#include <string.h>

#include "lpattern.h"

/* Userdata behind a gmatch iterator; the subject and pattern are its sibling upvalues. */
struct gmatch_state {
    size_t next; /* where the next search starts */
    size_t last; /* end of the previous match, or NO_MATCH_YET */
};

#define NO_MATCH_YET SIZE_MAX

static int raise_match_error(lua_State *L, const struct drill_lpat *m)
{
    return luaL_error(L, "%s", m->msg);
}

/* 0-based start offset for a 1-based, possibly negative, `init`; past the end means none. */
static size_t start_offset(lua_Integer pos, size_t len)
{
    if (pos > 0)
        return (size_t)pos - 1;
    if (pos == 0 || pos < -(lua_Integer)len)
        return 0;
    return (size_t)((lua_Integer)len + pos);
}

/* Pushes value i of the match [s, e) and returns 1; raises on an invalid capture. */
static int push_capture(lua_State *L, struct drill_lpat *m, int i, size_t s, size_t e)
{
    size_t off, len;
    switch (drill_lpat_capture(m, i, s, e, &off, &len)) {
    case DRILL_LPAT_TEXT:
        lua_pushlstring(L, m->src + off, len);
        return 1;
    case DRILL_LPAT_POSITION:
        lua_pushinteger(L, (lua_Integer)off + 1);
        return 1;
    default:
        return raise_match_error(L, m);
    }
}

/* Pushes the captures of the match [s, e), or the match itself when there are none and
 * `whole` is set; returns how many. */
static int push_captures(lua_State *L, struct drill_lpat *m, size_t s, size_t e, int whole)
{
    int n = (m->ncap == 0 && whole) ? 1 : m->ncap;
    luaL_checkstack(L, n, "too many captures");
    for (int i = 0; i < n; i++)
        push_capture(L, m, i, s, e);
    return n;
}

void (*drill_lpat_on_steps)(lua_State *L, long steps);

/* Tells the host what a match cost: its steps run in C, unseen by the count
 * hook, and a loop of costly matches must still run out of budget. */
static void spent(lua_State *L, const struct drill_lpat *m, size_t ls)
{
    if (drill_lpat_on_steps)
        drill_lpat_on_steps(L, drill_lpat_budget(ls) - m->own_steps);
}

static int find_or_match(lua_State *L, int find)
{
    size_t ls, lp;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    size_t init = start_offset(luaL_optinteger(L, 3, 1), ls);
    if (init > ls) {
        luaL_pushfail(L);
        return 1;
    }
    struct drill_lpat m;
    drill_lpat_init(&m, s, ls, p, lp, NULL);
    size_t start, end;
    int r;
    int plain = find && (lua_toboolean(L, 4) || !drill_lpat_has_specials(p, lp));
    if (plain)
        r = drill_lpat_find_plain(&m, init, &start, &end);
    else
        r = drill_lpat_find(&m, init, &start, &end);
    spent(L, &m, ls);
    if (r < 0)
        return raise_match_error(L, &m);
    if (r == 0) {
        luaL_pushfail(L);
        return 1;
    }
    if (!find)
        return push_captures(L, &m, start, end, 1);
    lua_pushinteger(L, (lua_Integer)start + 1);
    lua_pushinteger(L, (lua_Integer)end);
    return plain ? 2 : 2 + push_captures(L, &m, start, end, 0);
}

static int l_find(lua_State *L)
{
    return find_or_match(L, 1);
}

static int l_match(lua_State *L)
{
    return find_or_match(L, 0);
}

static int l_gmatch_next(lua_State *L)
{
    size_t ls, lp;
    const char *s = lua_tolstring(L, lua_upvalueindex(1), &ls);
    const char *p = lua_tolstring(L, lua_upvalueindex(2), &lp);
    struct gmatch_state *g = lua_touserdata(L, lua_upvalueindex(3));
    struct drill_lpat m;
    drill_lpat_init(&m, s, ls, p, lp, NULL);
    /* gmatch never anchors: a leading '^' matches itself */
    for (size_t at = g->next; at <= ls; at++) {
        if ((at = drill_lpat_skip(&m, at, 0)) == SIZE_MAX)
            return raise_match_error(L, &m);
        ptrdiff_t e = drill_lpat_match_at(&m, at, 0);
        if (e == DRILL_LPAT_ERROR)
            return raise_match_error(L, &m);
        /* an empty match where the last one ended would repeat it */
        if (e >= 0 && (size_t)e != g->last) {
            g->next = g->last = (size_t)e;
            spent(L, &m, ls);
            return push_captures(L, &m, at, (size_t)e, 1);
        }
    }
    spent(L, &m, ls);
    g->next = ls + 1; /* spares later calls a rescan that must fail again */
    return 0;
}

static int l_gmatch(lua_State *L)
{
    size_t ls;
    luaL_checklstring(L, 1, &ls);
    luaL_checkstring(L, 2);
    size_t init = start_offset(luaL_optinteger(L, 3, 1), ls);
    lua_settop(L, 2);
    struct gmatch_state *g = lua_newuserdatauv(L, sizeof *g, 0);
    g->next = init > ls ? ls + 1 : init;
    g->last = NO_MATCH_YET;
    lua_pushcclosure(L, l_gmatch_next, 3);
    return 1;
}

/* Appends a string replacement for the match [s, e), expanding %0-%9 and %%. */
static void add_template(lua_State *L, luaL_Buffer *b, struct drill_lpat *m, size_t s, size_t e)
{
    size_t len;
    const char *r = lua_tolstring(L, 3, &len);
    size_t i = 0;
    const char *pct;
    while ((pct = memchr(r + i, '%', len - i)) != NULL) {
        size_t k = (size_t)(pct - r);
        luaL_addlstring(b, r + i, k - i);
        int c = k + 1 < len ? (unsigned char)r[k + 1] : -1;
        if (c == '%') {
            luaL_addchar(b, '%');
        } else if (c == '0') {
            luaL_addlstring(b, m->src + s, e - s);
        } else if (c >= '1' && c <= '9') {
            size_t off, clen;
            switch (drill_lpat_capture(m, c - '1', s, e, &off, &clen)) {
            case DRILL_LPAT_TEXT:
                luaL_addlstring(b, m->src + off, clen);
                break;
            case DRILL_LPAT_POSITION:
                lua_pushinteger(L, (lua_Integer)off + 1);
                luaL_addvalue(b);
                break;
            default:
                raise_match_error(L, m);
            }
        } else {
            luaL_error(L, "invalid use of '%c' in replacement string", '%');
        }
        i = k + 2;
    }
    luaL_addlstring(b, r + i, len - i);
}

/* Appends the replacement for the match [s, e); returns 0 if the match was kept as it was. */
static int add_replacement(lua_State *L, luaL_Buffer *b, struct drill_lpat *m, size_t s, size_t e,
                           int type)
{
    if (type == LUA_TFUNCTION) {
        lua_pushvalue(L, 3);
        int n = push_captures(L, m, s, e, 1);
        lua_call(L, n, 1);
    } else if (type == LUA_TTABLE) {
        push_capture(L, m, 0, s, e);
        lua_gettable(L, 3);
    } else {
        add_template(L, b, m, s, e);
        return 1;
    }
    if (!lua_toboolean(L, -1)) {
        lua_pop(L, 1);
        luaL_addlstring(b, m->src + s, e - s);
        return 0;
    }
    if (!lua_isstring(L, -1))
        return luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
    luaL_addvalue(b);
    return 1;
}

static int l_gsub(lua_State *L)
{
    size_t ls, lp;
    const char *src = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    int type = lua_type(L, 3);
    lua_Integer max_n = luaL_optinteger(L, 4, (lua_Integer)ls + 1);
    luaL_argexpected(L,
                     type == LUA_TNUMBER || type == LUA_TSTRING || type == LUA_TFUNCTION ||
                         type == LUA_TTABLE,
                     3, "string/function/table");
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    struct drill_lpat m;
    drill_lpat_init(&m, src, ls, p, lp, NULL);
    size_t anchor = drill_lpat_anchor(&m);
    size_t at = 0, last = NO_MATCH_YET;
    lua_Integer n = 0;
    int changed = 0;
    while (n < max_n) {
        if (!anchor) {
            /* the bytes where no match can start are copied at once */
            size_t to = drill_lpat_skip(&m, at, 0);
            if (to == SIZE_MAX)
                return raise_match_error(L, &m);
            luaL_addlstring(&b, src + at, to - at);
            at = to;
        }
        ptrdiff_t e = drill_lpat_match_at(&m, at, anchor);
        if (e == DRILL_LPAT_ERROR)
            return raise_match_error(L, &m);
        if (e >= 0 && (size_t)e != last) {
            n++;
            changed |= add_replacement(L, &b, &m, at, (size_t)e, type);
            at = last = (size_t)e;
        } else if (at < ls) {
            luaL_addchar(&b, src[at++]);
        } else {
            break;
        }
        if (anchor)
            break;
    }
    spent(L, &m, ls);
    if (changed) {
        luaL_addlstring(&b, src + at, ls - at);
        luaL_pushresult(&b);
    } else {
        lua_pushvalue(L, 1); /* nothing replaced: the subject itself, no copy */
    }
    lua_pushinteger(L, n);
    return 2;
}

void drill_lpat_install(lua_State *L, int strtab)
{
    static const luaL_Reg fns[] = {
        {"find", l_find}, {"match", l_match}, {"gmatch", l_gmatch}, {"gsub", l_gsub}, {NULL, NULL},
    };
    strtab = lua_absindex(L, strtab);
    for (const luaL_Reg *f = fns; f->name; f++) {
        lua_pushstring(L, f->name);
        lua_pushcfunction(L, f->func);
        lua_rawset(L, strtab);
    }
}
