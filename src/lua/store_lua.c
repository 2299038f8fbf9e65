/* drill.store: recording attempts and reading progress. */
#include <lauxlib.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "api.h"
#include "clock.h"
#include "host.h"
#include "store.h"

#define STORE_MT  "drill.Store"
#define STORE_KEY "drill.store.handle"

struct store_box {
    struct drill_store *st;
};

static int store_gc(lua_State *L)
{
    struct store_box *b = luaL_checkudata(L, 1, STORE_MT);
    drill_store_close(b->st);
    b->st = NULL;
    return 0;
}

static int store_path(lua_State *L, char *buf, size_t cap)
{
    const struct drill_options *o = drill_host_options(L);
    if (o->no_store)
        return -1;
    if (o->store) {
        snprintf(buf, cap, "%s", o->store);
        return 0;
    }
    return drill_store_default_path(buf, cap);
}

/* The open store, opened on first use; NULL with a message pushed on failure. */
static struct drill_store *the_store(lua_State *L)
{
    if (lua_getfield(L, LUA_REGISTRYINDEX, STORE_KEY) == LUA_TUSERDATA) {
        struct drill_store *st = ((struct store_box *)lua_touserdata(L, -1))->st;
        lua_pop(L, 1);
        return st;
    }
    lua_pop(L, 1);
    char path[PATH_MAX], err[PATH_MAX + 256];
    if (store_path(L, path, sizeof path) != 0) {
        lua_pushstring(L, "no progress store (--no-store, or no HOME to put it in)");
        return NULL;
    }
    struct store_box *b = lua_newuserdatauv(L, sizeof *b, 0);
    b->st = NULL;
    luaL_setmetatable(L, STORE_MT);
    drill_host_pause(L);
    b->st = drill_store_open(path, err, sizeof err);
    drill_host_resume(L);
    if (!b->st) {
        lua_pop(L, 1);
        lua_pushstring(L, err);
        return NULL;
    }
    lua_setfield(L, LUA_REGISTRYINDEX, STORE_KEY);
    return b->st;
}

static int l_enabled(lua_State *L)
{
    lua_pushboolean(L, !drill_host_options(L)->no_store);
    return 1;
}

static int l_path(lua_State *L)
{
    char path[PATH_MAX];
    if (store_path(L, path, sizeof path) != 0)
        lua_pushnil(L);
    else
        lua_pushstring(L, path);
    return 1;
}

static void read_attempt(lua_State *L, int idx, struct drill_attempt *a)
{
    luaL_checktype(L, idx, LUA_TTABLE);
    lua_getfield(L, idx, "question");
    a->question = luaL_checkstring(L, -1);
    lua_getfield(L, idx, "mode");
    a->mode = luaL_optstring(L, -1, "");
    lua_getfield(L, idx, "score");
    a->score = luaL_checknumber(L, -1);
    lua_getfield(L, idx, "pass");
    a->pass = lua_toboolean(L, -1);
    lua_getfield(L, idx, "seconds");
    a->seconds = luaL_optnumber(L, -1, 0);
    a->when = drill_clock_wall();
    /* the strings stay referenced by the table at idx */
    lua_pop(L, 5);
}

/* record(attempt | {attempt, ...}) -> true | nil, message
 * attempt = {question = id, mode = name, score = 0..1, pass = bool, seconds = n} */
static int l_record(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    if (drill_host_options(L)->no_store) {
        lua_pushboolean(L, 1);
        return 1;
    }
    int many = lua_rawgeti(L, 1, 1) == LUA_TTABLE;
    lua_pop(L, 1);
    size_t n = many ? lua_rawlen(L, 1) : 1;
    struct drill_attempt *a = lua_newuserdatauv(L, n * sizeof *a, 0);
    for (size_t i = 0; i < n; i++) {
        if (many) {
            lua_rawgeti(L, 1, (lua_Integer)i + 1);
            read_attempt(L, lua_gettop(L), &a[i]);
            lua_pop(L, 1); /* the array still holds the table and its strings */
        } else {
            read_attempt(L, 1, &a[i]);
        }
    }
    struct drill_store *st = the_store(L);
    if (!st) {
        lua_pushnil(L);
        lua_insert(L, -2);
        return 2;
    }
    char err[512];
    drill_host_pause(L);
    int rc = drill_store_record(st, a, n, err, sizeof err);
    drill_host_resume(L);
    if (rc != 0) {
        lua_pushnil(L);
        lua_pushstring(L, err);
        return 2;
    }
    lua_pushboolean(L, 1);
    return 1;
}

static void add_progress(const struct drill_progress *p, void *ud)
{
    lua_State *L = ud;
    lua_createtable(L, 0, 5);
    lua_pushinteger(L, p->attempts);
    lua_setfield(L, -2, "attempts");
    lua_pushinteger(L, p->passes);
    lua_setfield(L, -2, "passes");
    lua_pushnumber(L, p->best);
    lua_setfield(L, -2, "best");
    lua_pushnumber(L, p->last);
    lua_setfield(L, -2, "last");
    lua_pushnumber(L, p->last_when);
    lua_setfield(L, -2, "last_at");
    lua_setfield(L, -2, p->question);
}

/* progress([id]) -> {[id] = {attempts, passes, best, last, last_at}} | nil, message */
static int l_progress(lua_State *L)
{
    const char *id = luaL_optstring(L, 1, NULL);
    struct drill_store *st = the_store(L);
    if (!st) {
        lua_pushnil(L);
        lua_insert(L, -2);
        return 2;
    }
    lua_newtable(L);
    char err[512];
    if (drill_store_progress(st, id, add_progress, L, err, sizeof err) != 0) {
        lua_pushnil(L);
        lua_pushstring(L, err);
        return 2;
    }
    return 1;
}

int drill_open_store(lua_State *L)
{
    static const luaL_Reg fns[] = {{"enabled", l_enabled},
                                   {"path", l_path},
                                   {"record", l_record},
                                   {"progress", l_progress},
                                   {NULL, NULL}};
    luaL_newmetatable(L, STORE_MT);
    lua_pushcfunction(L, store_gc);
    lua_setfield(L, -2, "__gc");
    lua_pop(L, 1);
    luaL_newlib(L, fns);
    return 1;
}
