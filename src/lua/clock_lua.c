/* drill.clock: monotonic and wall-clock time. */
#include <lauxlib.h>

#include "api.h"
#include "clock.h"

static int l_now(lua_State *L)
{
    lua_pushnumber(L, drill_clock_now());
    return 1;
}

static int l_wall(lua_State *L)
{
    lua_pushnumber(L, drill_clock_wall());
    return 1;
}

int drill_open_clock(lua_State *L)
{
    static const luaL_Reg fns[] = {{"now", l_now}, {"wall", l_wall}, {NULL, NULL}};
    luaL_newlib(L, fns);
    return 1;
}
