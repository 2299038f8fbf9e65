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

int drill_open_api(lua_State *L)
{
    static const struct {
        const char *name;
        lua_CFunction open;
    } mods[] = {{"bank", drill_open_bank},       {"re", drill_open_re},
                {"text", drill_open_text},       {"term", drill_open_term},
                {"json", drill_open_json},       {"clock", drill_open_clock},
                {"store", drill_open_store},     {"fs", drill_open_fs},
                {"answers", drill_open_answers}, {"evidence", drill_open_evidence}};
    const struct drill_options *o = drill_host_options(L);
    lua_newtable(L);
    lua_pushinteger(L, DRILL_API_VERSION);
    lua_setfield(L, -2, "api_version");
    lua_pushstring(L, DRILL_VERSION);
    lua_setfield(L, -2, "version");
    lua_pushcfunction(L, l_need);
    lua_setfield(L, -2, "need");
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
