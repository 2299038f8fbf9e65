/* drill.re: PCRE2 regular expressions as drill.Regex userdata. */
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "re.h"
#include "host.h"
#include "text.h"

#define REGEX_MT "drill.Regex"

/* A regex gets JIT code at its JIT_AFTER-th use: making it costs more than a
 * few matches save, and many regexes are used once or twice (lib.rubric
 * compiles each contrast it derives only to check it; a rubric compiled 25%
 * faster so). */
#define JIT_AFTER 8

struct regex_box {
    struct drill_re *re;
    unsigned uses;
};

static struct drill_re *check_re(lua_State *L)
{
    struct regex_box *b = luaL_checkudata(L, 1, REGEX_MT);
    if (!b->re)
        luaL_error(L, "attempt to use a closed regex");
    if (++b->uses == JIT_AFTER && !drill_re_jit(b->re))
        luaL_error(L, "not enough memory");
    return b->re;
}

static int parse_flags(lua_State *L, int arg)
{
    const char *f = luaL_optstring(L, arg, "");
    int flags = 0;
    for (; *f; f++) {
        switch (*f) {
        case 'i':
            flags |= DRILL_RE_CASELESS;
            break;
        case 'm':
            flags |= DRILL_RE_MULTILINE;
            break;
        case 's':
            flags |= DRILL_RE_DOTALL;
            break;
        case 'x':
            flags |= DRILL_RE_EXTENDED;
            break;
        default:
            luaL_argerror(L, arg, lua_pushfstring(L, "unknown flag '%c' (i, m, s, x)", *f));
        }
    }
    return flags;
}

/* compile(pattern [, flags]) -> regex | nil, message */
static int l_compile(lua_State *L)
{
    size_t n;
    const char *pat = luaL_checklstring(L, 1, &n);
    int flags = parse_flags(L, 2);
    /* user values: 1 the source, 2 the last long subject checked as UTF-8 */
    struct regex_box *b = lua_newuserdatauv(L, sizeof *b, 2);
    b->re = NULL;
    b->uses = 0;
    luaL_setmetatable(L, REGEX_MT);
    char err[256];
    size_t off;
    b->re = drill_re_compile(pat, n, flags | DRILL_RE_LAZY_JIT, err, sizeof err, &off);
    if (!b->re) {
        lua_pushnil(L);
        lua_pushfstring(L, "%s at offset %d in /%s/", err, (int)off, pat);
        return 2;
    }
    lua_pushvalue(L, 1);
    lua_setiuservalue(L, -2, 1);
    return 1;
}

/* Subjects at least this long are remembered once checked (see check_subject). */
#define CHECKED_MIN_BYTES 256

/* Raises unless the subject at `sarg` is valid UTF-8, so PCRE2 can skip its
 * own check (our check is faster on mostly-ASCII text). The userdata at
 * `uarg` keeps the last long subject it checked in its user value `slot`:
 * a loop of find(s, init) over one long subject checks it once, not at
 * every call. Holding the string keeps it alive, so the same string is
 * the same text. */
static void check_subject(lua_State *L, int uarg, int slot, int sarg, const char *s, size_t n)
{
    if (n >= CHECKED_MIN_BYTES) {
        lua_getiuservalue(L, uarg, slot);
        int same = lua_rawequal(L, -1, sarg);
        lua_pop(L, 1);
        if (same)
            return;
    }
    size_t bad;
    if (!drill_utf8_valid(s, n, &bad))
        luaL_error(L, "subject is not valid UTF-8 at byte %d", (int)bad + 1);
    if (n >= CHECKED_MIN_BYTES) {
        lua_pushvalue(L, sarg);
        lua_setiuservalue(L, uarg, slot);
    }
}

/* Runs one match on a subject already checked as UTF-8 (PCRE2 is told to
 * skip its own check); returns 1 on a match, 0 on none, raises on limits. */
static int run(lua_State *L, struct drill_re *re, const char *s, size_t n, size_t init,
               struct drill_re_match *m)
{
    char err[256];
    int rc = drill_re_match(re, s, n, init, 1, m, err, sizeof err);
    if (rc < 0) {
        lua_getiuservalue(L, 1, 1);
        return luaL_error(L, "%s (pattern /%s/)", err, lua_tostring(L, -1));
    }
    return rc == DRILL_RE_MATCHED;
}

/* The 0-based start for a 1-based, possibly negative, `init`. PCRE2 told
 * not to check UTF-8 must start on a character (else its behaviour is
 * undefined), so a start inside one moves on to the next character: no
 * match can begin before it anyway. */
static size_t get_init(lua_State *L, int arg, const char *s, size_t n)
{
    lua_Integer i = luaL_optinteger(L, arg, 1);
    if (i < 0)
        i = (lua_Integer)n + i + 1;
    if (i < 1)
        i = 1;
    size_t at = (size_t)i - 1;
    while (at < n && ((unsigned char)s[at] & 0xC0) == 0x80)
        at++;
    return at;
}

static int push_group(lua_State *L, const char *s, const struct drill_re_match *m, int g)
{
    if (m->start[g] == (size_t)-1)
        lua_pushboolean(L, 0);
    else
        lua_pushlstring(L, s + m->start[g], m->end[g] - m->start[g]);
    return 1;
}

/* regex:find(s [, init]) -> start, end, captures... | nil */
static int l_find(lua_State *L)
{
    struct drill_re *re = check_re(L);
    size_t n;
    const char *s = luaL_checklstring(L, 2, &n);
    size_t init = get_init(L, 3, s, n);
    struct drill_re_match m;
    if (init > n) {
        lua_pushnil(L);
        return 1;
    }
    check_subject(L, 1, 2, 2, s, n);
    if (!run(L, re, s, n, init, &m)) {
        lua_pushnil(L);
        return 1;
    }
    lua_pushinteger(L, (lua_Integer)m.start[0] + 1);
    lua_pushinteger(L, (lua_Integer)m.end[0]);
    luaL_checkstack(L, m.ngroups, "too many captures");
    for (int g = 1; g < m.ngroups; g++)
        push_group(L, s, &m, g);
    return m.ngroups + 1;
}

/* regex:match(s [, init]) -> captures, or the whole match | nil */
static int l_match(lua_State *L)
{
    struct drill_re *re = check_re(L);
    size_t n;
    const char *s = luaL_checklstring(L, 2, &n);
    size_t init = get_init(L, 3, s, n);
    struct drill_re_match m;
    if (init > n) {
        lua_pushnil(L);
        return 1;
    }
    check_subject(L, 1, 2, 2, s, n);
    if (!run(L, re, s, n, init, &m)) {
        lua_pushnil(L);
        return 1;
    }
    if (m.ngroups == 1)
        return push_group(L, s, &m, 0);
    luaL_checkstack(L, m.ngroups, "too many captures");
    for (int g = 1; g < m.ngroups; g++)
        push_group(L, s, &m, g);
    return m.ngroups - 1;
}

/* regex:test(s) -> boolean */
static int l_test(lua_State *L)
{
    struct drill_re *re = check_re(L);
    size_t n;
    const char *s = luaL_checklstring(L, 2, &n);
    struct drill_re_match m;
    check_subject(L, 1, 2, 2, s, n);
    lua_pushboolean(L, run(L, re, s, n, 0, &m));
    return 1;
}

static int gmatch_step(lua_State *L)
{
    /* upvalues: regex, subject (checked as UTF-8 once, by gmatch), next position */
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_replace(L, 1);
    lua_settop(L, 1);
    struct drill_re *re = check_re(L);
    size_t n;
    const char *s = lua_tolstring(L, lua_upvalueindex(2), &n);
    lua_Integer pos = lua_tointeger(L, lua_upvalueindex(3));
    struct drill_re_match m;
    if (pos < 0 || (size_t)pos > n || !run(L, re, s, n, (size_t)pos, &m))
        return 0;
    size_t next = m.end[0];
    if (m.end[0] == m.start[0]) {
        next++; /* an empty match: step over one character */
        while (next < n && ((unsigned char)s[next] & 0xC0) == 0x80)
            next++;
    }
    lua_pushinteger(L, (lua_Integer)(next > n ? -1 : (lua_Integer)next));
    lua_replace(L, lua_upvalueindex(3));
    if (m.ngroups == 1)
        return push_group(L, s, &m, 0);
    luaL_checkstack(L, m.ngroups, "too many captures");
    for (int g = 1; g < m.ngroups; g++)
        push_group(L, s, &m, g);
    return m.ngroups - 1;
}

/* regex:gmatch(s) -> iterator over matches */
static int l_gmatch(lua_State *L)
{
    check_re(L);
    size_t n;
    const char *s = luaL_checklstring(L, 2, &n);
    /* once for the whole subject: every step then matches unchecked */
    check_subject(L, 1, 2, 2, s, n);
    lua_settop(L, 2);
    lua_pushinteger(L, 0);
    lua_pushcclosure(L, gmatch_step, 3);
    return 1;
}

static int l_source(lua_State *L)
{
    luaL_checkudata(L, 1, REGEX_MT);
    lua_getiuservalue(L, 1, 1);
    return 1;
}

static int l_close(lua_State *L)
{
    struct regex_box *b = luaL_checkudata(L, 1, REGEX_MT);
    drill_re_free(b->re);
    b->re = NULL;
    return 0;
}

static int l_tostring(lua_State *L)
{
    luaL_checkudata(L, 1, REGEX_MT);
    lua_getiuservalue(L, 1, 1);
    lua_pushfstring(L, "drill.Regex(/%s/)", lua_tostring(L, -1));
    return 1;
}

/* A set: groups of alternative patterns, scanned in one call. A rubric is
 * one set (a group per concept), so grading an answer crosses into C once
 * instead of once per pattern. */
#define SET_MT "drill.RegexSet"

struct regex_set {
    int ngroups;
    int *start; /* group g holds patterns start[g] .. start[g + 1] - 1 */
    int npatterns;
    struct drill_re **re;
    /* per group, all its patterns as one alternation (NULL for a lone
     * pattern): one scan finds whether any alternative matches */
    struct drill_re **any;
    int closed;
};

static struct regex_set *check_set(lua_State *L)
{
    struct regex_set *rs = luaL_checkudata(L, 1, SET_MT);
    if (rs->closed)
        luaL_error(L, "attempt to use a closed regex set");
    return rs;
}

/* The arrays live in a userdata (the set's user value 1), so the Lua heap
 * and its cap count them, and an error while building frees them. */
static int set_close(lua_State *L)
{
    struct regex_set *rs = luaL_checkudata(L, 1, SET_MT);
    for (int i = 0; i < rs->npatterns; i++)
        drill_re_free(rs->re[i]);
    for (int g = 0; g < rs->ngroups && rs->any; g++)
        drill_re_free(rs->any[g]);
    rs->any = NULL;
    rs->re = NULL;
    rs->start = NULL;
    rs->npatterns = rs->ngroups = 0;
    rs->closed = 1;
    return 0;
}

/* At most this many groups, and patterns in all, in one set. */
#define SET_MAX_ENTRIES (1 << 20)

/* Copies the guest's {{pattern, ...}, ...} into a table of our own, once and
 * raw: no metamethod (__len, __index) runs, and what is compiled is exactly
 * what was counted. Read-only views (drill.readonly) are read through to
 * the tables they show. Pushes {patterns..., [0] = nil} and a userdata of
 * ngroups + 1 ints (where each group starts in it); returns the total. */
static int snapshot_groups(lua_State *L, int arg, int *ngroups_out)
{
    drill_host_unproxy(L, arg); /* a read-only view reads as its table */
    lua_Unsigned ngroups = lua_rawlen(L, arg);
    if (ngroups > SET_MAX_ENTRIES)
        luaL_error(L, "set: more than %d groups", SET_MAX_ENTRIES);
    lua_newtable(L);
    int flat = lua_gettop(L);
    int *start = lua_newuserdatauv(L, (ngroups + 1) * sizeof *start, 0);
    int total = 0;
    for (lua_Unsigned g = 1; g <= ngroups; g++) {
        start[g - 1] = total;
        if (lua_rawgeti(L, arg, (lua_Integer)g) != LUA_TTABLE)
            luaL_error(L, "set: group %d is not a table of patterns", (int)g);
        drill_host_unproxy(L, -1);
        lua_Unsigned n = lua_rawlen(L, -1);
        if (n > (lua_Unsigned)(SET_MAX_ENTRIES - total))
            luaL_error(L, "set: more than %d patterns", SET_MAX_ENTRIES);
        for (lua_Unsigned i = 1; i <= n; i++) {
            int t = lua_rawgeti(L, -1, (lua_Integer)i);
            if (t != LUA_TSTRING && t != LUA_TNUMBER)
                luaL_error(L, "set: pattern %d of group %d is not a string", (int)i, (int)g);
            lua_tostring(L, -1); /* a number becomes a string in our own slot */
            lua_rawseti(L, flat, ++total);
        }
        lua_pop(L, 1);
    }
    start[ngroups] = total;
    *ngroups_out = (int)ngroups;
    return total;
}

/* set({{pattern, ...}, ...} [, flags]) -> set | nil, message, group, index */
static int l_set(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    int flags = parse_flags(L, 2);
    lua_settop(L, 2);
    int ngroups;
    int total = snapshot_groups(L, 1, &ngroups); /* flat at 3, starts at 4 */
    struct regex_set *rs = lua_newuserdatauv(L, sizeof *rs, 2);
    memset(rs, 0, sizeof *rs);
    luaL_setmetatable(L, SET_MT);
    int set = lua_gettop(L);
    /* one block for the pattern and alternation pointers, kept by the set */
    struct drill_re **slots =
        lua_newuserdatauv(L, ((size_t)total + (size_t)ngroups + 1) * sizeof *slots, 0);
    memset(slots, 0, ((size_t)total + (size_t)ngroups + 1) * sizeof *slots);
    lua_setiuservalue(L, set, 1);
    lua_pushvalue(L, 4);
    lua_setiuservalue(L, set, 2);
    rs->start = lua_touserdata(L, 4);
    rs->re = slots;
    rs->any = slots + total;
    rs->ngroups = ngroups;
    for (int g = 0; g < ngroups; g++) {
        int first = rs->start[g], n = rs->start[g + 1] - first;
        for (int i = 0; i < n; i++) {
            lua_rawgeti(L, 3, first + i + 1);
            size_t len;
            const char *pat = lua_tolstring(L, -1, &len);
            char err[256];
            size_t off;
            struct drill_re *re = drill_re_compile(pat, len, flags, err, sizeof err, &off);
            if (!re) {
                lua_pushnil(L);
                lua_pushfstring(L, "%s at offset %d in /%s/", err, (int)off, pat);
                lua_pushinteger(L, g + 1);
                lua_pushinteger(L, i + 1);
                return 4;
            }
            rs->re[rs->npatterns++] = re;
            lua_pop(L, 1);
        }
        if (n > 1) {
            luaL_Buffer b;
            luaL_buffinit(L, &b);
            for (int i = 0; i < n; i++) {
                luaL_addstring(&b, i > 0 ? "|(?:" : "(?:");
                lua_rawgeti(L, 3, first + i + 1);
                luaL_addvalue(&b);
                luaL_addchar(&b, ')');
            }
            luaL_pushresult(&b);
            size_t len, off;
            const char *alt = lua_tolstring(L, -1, &len);
            char err[256];
            /* if the alternation cannot compile (a group too long, say) scan pattern by pattern */
            rs->any[g] = drill_re_compile(alt, len, flags, err, sizeof err, &off);
            lua_pop(L, 1);
        }
    }
    lua_settop(L, set);
    return 1;
}

/* set:scan(s) -> array of 3 entries per group: alternative (0 for none), start, end */
static int l_set_scan(lua_State *L)
{
    struct regex_set *rs = check_set(L);
    size_t n, bad;
    const char *s = luaL_checklstring(L, 2, &n);
    if (!drill_utf8_valid(s, n, &bad))
        return luaL_error(L, "subject is not valid UTF-8 at byte %d", (int)bad + 1);
    lua_settop(L, 2);
    lua_createtable(L, rs->ngroups * 3, 0);
    for (int g = 0; g < rs->ngroups; g++) {
        int alt = 0;
        struct drill_re_match m;
        size_t from = 0;
        int anchored = 0;
        if (rs->any[g]) {
            char err[256];
            int rc = drill_re_match(rs->any[g], s, n, 0, 1, &m, err, sizeof err);
            if (rc < 0)
                return luaL_error(L, "%s (group %d)", err, g + 1);
            if (rc == DRILL_RE_NOMATCH) {
                lua_pushinteger(L, 0);
                lua_rawseti(L, -2, 3 * g + 1);
                lua_pushinteger(L, 0);
                lua_rawseti(L, -2, 3 * g + 2);
                lua_pushinteger(L, 0);
                lua_rawseti(L, -2, 3 * g + 3);
                continue;
            }
            /* which alternative: the first that matches where the alternation did */
            from = m.start[0];
            anchored = 1;
        }
        for (int i = rs->start[g]; i < rs->start[g + 1] && !alt; i++) {
            char err[256];
            int rc = anchored
                         ? drill_re_match_anchored(rs->re[i], s, n, from, 1, &m, err, sizeof err)
                         : drill_re_match(rs->re[i], s, n, 0, 1, &m, err, sizeof err);
            if (rc < 0)
                return luaL_error(L, "%s (group %d, pattern %d)", err, g + 1, i - rs->start[g] + 1);
            if (rc == DRILL_RE_MATCHED)
                alt = i - rs->start[g] + 1;
        }
        lua_pushinteger(L, alt);
        lua_rawseti(L, -2, 3 * g + 1);
        lua_pushinteger(L, alt ? (lua_Integer)m.start[0] + 1 : 0);
        lua_rawseti(L, -2, 3 * g + 2);
        lua_pushinteger(L, alt ? (lua_Integer)m.end[0] : 0);
        lua_rawseti(L, -2, 3 * g + 3);
    }
    return 1;
}

/* escape(s) -> s with every PCRE2 metacharacter quoted */
static int l_escape(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (size_t i = 0; i < n; i++) {
        if (strchr("\\^$.|?*+()[]{}-/#", s[i]) && s[i])
            luaL_addchar(&b, '\\');
        luaL_addchar(&b, s[i]);
    }
    luaL_pushresult(&b);
    return 1;
}

int drill_open_re(lua_State *L)
{
    static const luaL_Reg methods[] = {
        {"find", l_find},     {"match", l_match}, {"test", l_test}, {"gmatch", l_gmatch},
        {"source", l_source}, {"close", l_close}, {NULL, NULL}};
    static const luaL_Reg meta[] = {
        {"__gc", l_close}, {"__close", l_close}, {"__tostring", l_tostring}, {NULL, NULL}};
    static const luaL_Reg fns[] = {
        {"compile", l_compile}, {"escape", l_escape}, {"set", l_set}, {NULL, NULL}};
    static const luaL_Reg set_meta[] = {{"__gc", set_close}, {"__close", set_close}, {NULL, NULL}};
    static const luaL_Reg set_methods[] = {
        {"scan", l_set_scan}, {"close", set_close}, {NULL, NULL}};
    /* __metatable: getmetatable returns "locked" and setmetatable refuses,
     * so a guest cannot add a finalizer or change methods for everyone */
    luaL_newmetatable(L, SET_MT);
    luaL_setfuncs(L, set_meta, 0);
    luaL_newlib(L, set_methods);
    lua_setfield(L, -2, "__index");
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
    luaL_newmetatable(L, REGEX_MT);
    luaL_setfuncs(L, meta, 0);
    luaL_newlib(L, methods);
    lua_setfield(L, -2, "__index");
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
    luaL_newlib(L, fns);
    return 1;
}
