/* The drill table: API version, options, and every module of the API. */
#include <lauxlib.h>

#include "api.h"
#include "host.h"

/* drill.need(n): a plugin states the API version it was written for. */
static int l_need(lua_State *L)
{
    lua_Integer want = luaL_checkinteger(L, 1);
    if (want > DRILL_API_VERSION)
        return luaL_error(L, "this plugin needs drill plugin API %d; this drill has %d", (int)want,
                          DRILL_API_VERSION);
    return 0;
}

/* Pushes a plain copy of the value at `idx` (see l_plain), or nil. */
static void plain_copy(lua_State *L, int idx, int depth, lua_Integer *budget)
{
    int t = lua_type(L, idx);
    if (t == LUA_TSTRING || t == LUA_TNUMBER || t == LUA_TBOOLEAN) {
        lua_pushvalue(L, idx);
        return;
    }
    if (t != LUA_TTABLE || depth > 8 || *budget <= 0) {
        lua_pushnil(L);
        return;
    }
    luaL_checkstack(L, 5, "plain: too deep");
    /* a read-only view copies as the table it shows (read, never changed) */
    lua_pushvalue(L, idx);
    drill_host_unproxy(L, -1);
    idx = lua_gettop(L);
    /* sized at once, so that no item going in makes it grow: a list by its length, a record
     * by its fields, counted */
    lua_Unsigned n = lua_rawlen(L, idx);
    int fields = 0;
    if (n == 0) {
        lua_pushnil(L);
        while (fields < 64 && lua_next(L, idx) != 0) {
            lua_pop(L, 1);
            fields++;
        }
        if (fields == 64)
            lua_pop(L, 1); /* the key the count stopped at: a larger record may grow */
    }
    lua_createtable(L, n < 65536 ? (int)n : 0, fields);
    int out = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, idx) != 0) { /* raw: no metamethod runs */
        if (--*budget <= 0) {
            lua_pop(L, 2);
            break;
        }
        int tk = lua_type(L, -2);
        if (tk == LUA_TNUMBER && lua_isinteger(L, -2)) {
            lua_Integer k = lua_tointeger(L, -2);
            plain_copy(L, -1, depth + 1, budget);
            lua_rawseti(L, out, k);
        } else if (tk == LUA_TSTRING || tk == LUA_TNUMBER) {
            plain_copy(L, -1, depth + 1, budget);
            lua_pushvalue(L, -3); /* the key */
            lua_insert(L, -2);
            lua_rawset(L, out);
        }
        lua_pop(L, 1);
    }
    lua_remove(L, idx);
}

/* drill.plain(v [, budget]) -> a copy of v as plain data: tables copied with
 * raw access (no metamethod runs), keeping only string and number keys and
 * string, number, boolean and table values, at most 8 tables deep and at most
 * `budget` (default 10000) values in all; a read-only view (drill.readonly)
 * is copied as the table it shows. For results handed over by code that is
 * not trusted. */
static int l_plain(lua_State *L)
{
    lua_Integer budget = luaL_optinteger(L, 2, 10000);
    luaL_checkany(L, 1);
    plain_copy(L, 1, 1, &budget);
    return 1;
}

int drill_open_api(lua_State *L)
{
    static const struct {
        const char *name;
        lua_CFunction open;
    } mods[] = {{"bank", drill_open_bank},       {"re", drill_open_re},
                {"text", drill_open_text},       {"term", drill_open_term},
                {"json", drill_open_json},       {"clock", drill_open_clock},
                {"store", drill_open_store},     {"fs", drill_open_fs},
                {"answers", drill_open_answers}, {"evidence", drill_open_evidence},
                {"results", drill_open_results}};
    const struct drill_options *o = drill_host_options(L);
    lua_newtable(L);
    lua_pushinteger(L, DRILL_API_VERSION);
    lua_setfield(L, -2, "api_version");
    lua_pushstring(L, DRILL_VERSION);
    lua_setfield(L, -2, "version");
    lua_pushcfunction(L, l_need);
    lua_setfield(L, -2, "need");
    lua_pushcfunction(L, l_plain);
    lua_setfield(L, -2, "plain");
    for (size_t i = 0; i < sizeof mods / sizeof *mods; i++) {
        mods[i].open(L);
        lua_setfield(L, -2, mods[i].name);
    }
    drill_parallel_open(L);
    lua_newtable(L);
    if (o->has_seed) {
        lua_pushinteger(L, (lua_Integer)o->seed);
        lua_setfield(L, -2, "seed");
    }
    lua_pushboolean(L, o->trust);
    lua_setfield(L, -2, "trust");
    lua_pushboolean(L, o->no_store);
    lua_setfield(L, -2, "no_store");
    lua_setfield(L, -2, "options");
    return 1;
}
