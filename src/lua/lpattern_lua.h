/* Lua binding of lpattern: string.find, match, gmatch and gsub that fail instead of hanging. */
#ifndef DRILL_LPATTERN_LUA_H
#define DRILL_LPATTERN_LUA_H

#include <lua.h>

/* Replaces the fields find, match, gmatch and gsub of the table at stack index `strtab`
 * (normally the string library table, which strings reach through their metatable's
 * __index) with versions that behave as Lua 5.4's but spend a fresh budget of
 * DRILL_LPAT_MAX_STEPS on every call (for gmatch, on every call of the iterator). Running out
 * raises an error whose message contains "pattern too complex (step limit exceeded)"; nesting
 * deeper than Lua allows raises "pattern too complex", as stock Lua does. Fields are set with
 * rawset, so a __newindex on the table is not consulted. Stack: [-0, +0], raises only on
 * memory errors. */
void drill_lpat_install(lua_State *L, int strtab);

/* Called, when set, after each match with the steps it took (the host
 * charges them to the guest's budget; it may raise). */
extern void (*drill_lpat_on_steps)(lua_State *L, long steps);

#endif
