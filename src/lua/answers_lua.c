/* drill.answers: answer files parsed by the core (answers.c), returned as Lua tables. */
#include <lauxlib.h>

#include "answers.h"
#include "api.h"

#define RESULT_MT "drill.answers.result"

/* The parse result lives in a userdata until it is pushed, so that a memory
 * error while pushing (which raises) leaks nothing. */
static int result_gc(lua_State *L)
{
    drill_answers_free(luaL_checkudata(L, 1, RESULT_MT));
    return 0;
}

static struct drill_answers *new_result(lua_State *L)
{
    struct drill_answers *a = lua_newuserdatauv(L, sizeof *a, 0);
    drill_answers_init(a);
    luaL_setmetatable(L, RESULT_MT);
    return a;
}

static void set_int(lua_State *L, const char *key, unsigned v)
{
    if (v) {
        lua_pushinteger(L, (lua_Integer)v);
        lua_setfield(L, -2, key);
    }
}

/* Pushes entries ({id, line, [column], text}...) and errors ({[line], [column], message}...),
 * replacing the result userdata on the top of the stack. */
static int push_result(lua_State *L, int st)
{
    struct drill_answers *a = luaL_checkudata(L, -1, RESULT_MT);
    if (st != DRILL_OK)
        return luaL_error(L, "out of memory");
    luaL_checkstack(L, 4, NULL);
    lua_createtable(L, (int)(a->n < 1000000 ? a->n : 1000000), 0);
    for (size_t i = 0; i < a->n; i++) {
        const struct drill_answer *e = &a->entries[i];
        lua_createtable(L, 0, 4);
        lua_pushlstring(L, e->id, e->idlen);
        lua_setfield(L, -2, "id");
        set_int(L, "line", e->line);
        set_int(L, "column", e->col);
        lua_pushlstring(L, e->text, e->len);
        lua_setfield(L, -2, "text");
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_createtable(L, (int)a->nerrors, 0);
    for (size_t i = 0; i < a->nerrors; i++) {
        const struct drill_answer_error *e = &a->errors[i];
        lua_createtable(L, 0, 3);
        set_int(L, "line", e->line);
        set_int(L, "column", e->col);
        lua_pushstring(L, e->message);
        lua_setfield(L, -2, "message");
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    if (a->dropped) {
        lua_createtable(L, 0, 1);
        lua_pushfstring(L, "%d more errors not shown", (int)a->dropped);
        lua_setfield(L, -2, "message");
        lua_rawseti(L, -2, (lua_Integer)a->nerrors + 1);
    }
    drill_answers_free(a);
    lua_remove(L, -3);
    return 2;
}

/* markdown(text) -> entries, errors */
static int l_markdown(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    struct drill_answers *a = new_result(L);
    return push_result(L, drill_answers_markdown(s, n, a));
}

/* json(text [, path]) -> entries, errors */
static int l_json(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    const char *path = luaL_optstring(L, 2, NULL);
    struct drill_answers *a = new_result(L);
    return push_result(L, drill_answers_json(s, n, path, a));
}

int drill_open_answers(lua_State *L)
{
    static const luaL_Reg meta[] = {{"__gc", result_gc}, {"__close", result_gc}, {NULL, NULL}};
    static const luaL_Reg funcs[] = {{"markdown", l_markdown}, {"json", l_json}, {NULL, NULL}};
    if (luaL_newmetatable(L, RESULT_MT)) {
        luaL_setfuncs(L, meta, 0);
        lua_pushliteral(L, "locked");
        lua_setfield(L, -2, "__metatable");
    }
    lua_pop(L, 1);
    luaL_newlib(L, funcs);
    return 1;
}
