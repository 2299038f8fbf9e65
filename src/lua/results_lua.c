/* drill.results: what drill's own tools worked out (an answer's grade), kept between runs in
 * the cache directory for as long as nothing it depends on changes. The caller's key holds
 * what it worked from (an answer and its question's id, whole); a stamp goes with every key,
 * of everything else grading reads: the drill binary (a memo of another binary is never
 * read), the built-in plugins' files, the bank files, and what the caller says its options
 * are. */
#include <lauxlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "api.h"
#include "bank.h"
#include "cache.h"
#include "drill_limits.h"
#include "host.h"
#include "text.h"

#define RESULTS_MT  "drill.results"
#define RESULTS_KEY "drill.results.memo"

/* Made by open() when results are kept: the memo is opened when first used. */
struct resbox {
    struct drill_memo *m;
    uint64_t stamp;
};

static int l_results_gc(lua_State *L)
{
    struct resbox *b = luaL_checkudata(L, 1, RESULTS_MT);
    drill_memo_close(b->m);
    b->m = NULL;
    return 0;
}

static struct resbox *box_of(lua_State *L)
{
    struct resbox *b = NULL;
    if (lua_getfield(L, LUA_REGISTRYINDEX, RESULTS_KEY) == LUA_TUSERDATA)
        b = lua_touserdata(L, -1);
    lua_pop(L, 1);
    return b;
}

/* open(context) -> true | false: whether results may be kept and read back in this run. Only
 * drill's own tools, run by name, with a cache directory, DRILL_PATH unset and without
 * --trust, and only while no bank file changed in the two seconds before it was read; in a
 * guest's call always false. `context` (a string) is the caller's options that change a
 * result: results kept under another context are not read. */
static int l_open(lua_State *L)
{
    size_t clen;
    const char *ctx = luaL_checklstring(L, 1, &clen);
    const struct drill_options *o = drill_host_options(L);
    uint64_t code, banks;
    if (box_of(L) || drill_host_in_guest(L) || !o->cache || !*o->cache ||
        drill_host_code_stamp(L, &code) != 0 || drill_bankset_stamp(drill_lua_banks(L), &banks)) {
        lua_pushboolean(L, 0);
        return 1;
    }
    struct resbox *b = lua_newuserdatauv(L, sizeof *b, 0);
    memset(b, 0, sizeof *b);
    luaL_setmetatable(L, RESULTS_MT);
    uint64_t parts[] = {code, banks, drill_text_hash(ctx, clen)};
    b->stamp = drill_text_hash((const char *)parts, sizeof parts);
    drill_host_at_worker_exit(L, -1); /* written back at exit, a worker's too */
    lua_setfield(L, LUA_REGISTRYINDEX, RESULTS_KEY);
    lua_pushboolean(L, 1);
    return 1;
}

/* The memo, opened on first use (a worker forked after that shares it, and writes back what it
 * adds); NULL when it cannot be had. Pushes the whole key for the caller's key at index 1. */
static struct drill_memo *memo_and_key(lua_State *L, struct resbox *b)
{
    size_t klen;
    const char *key = luaL_checklstring(L, 1, &klen);
    if (!b->m)
        b->m =
            drill_memo_open_max(drill_host_options(L)->cache, "results", DRILL_RESULTS_MAX_BYTES);
    luaL_Buffer kb;
    luaL_buffinit(L, &kb);
    luaL_addlstring(&kb, (const char *)&b->stamp, sizeof b->stamp);
    luaL_addlstring(&kb, key, klen);
    luaL_pushresult(&kb);
    return b->m;
}

/* get(key) -> the result kept under `key` (a string) | nil */
static int l_get(lua_State *L)
{
    struct resbox *b = box_of(L);
    luaL_checkstring(L, 1);
    if (!b || drill_host_in_guest(L)) {
        lua_pushnil(L);
        return 1;
    }
    struct drill_memo *m = memo_and_key(L, b);
    size_t klen, vlen;
    const char *key = lua_tolstring(L, -1, &klen);
    const char *v = drill_memo_get(m, key, klen, &vlen);
    if (v)
        lua_pushlstring(L, v, vlen);
    else
        lua_pushnil(L);
    return 1;
}

/* put(key, result) -> true | false: keeps `result` (a string) under `key`; false when
 * results are not kept (see open) or the memo is full. */
static int l_put(lua_State *L)
{
    size_t vlen;
    luaL_checkstring(L, 1);
    luaL_checklstring(L, 2, &vlen);
    struct resbox *b = box_of(L);
    if (!b || drill_host_in_guest(L)) {
        lua_pushboolean(L, 0);
        return 1;
    }
    struct drill_memo *m = memo_and_key(L, b);
    size_t klen;
    const char *key = lua_tolstring(L, -1, &klen);
    const char *v = lua_tolstring(L, 2, &vlen);
    lua_pushboolean(L, m && drill_memo_put(m, key, klen, v, vlen) == 0);
    return 1;
}

/* file(path) -> name, size: a string that names the file as it is now (the path and what stat
 * says: device, inode, size, modification and change times), for a key, and its size in bytes;
 * the name is nil when the file changed within the last two seconds (its times may not show a
 * change made since), both when it is not a regular file. */
static int l_file(lua_State *L)
{
    size_t plen;
    const char *path = luaL_checklstring(L, 1, &plen);
    struct stat st;
    struct timespec now;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
        lua_pushnil(L);
        return 1;
    }
    if (clock_gettime(CLOCK_REALTIME, &now) != 0 || now.tv_sec - st.st_mtim.tv_sec < 2 ||
        now.tv_sec - st.st_ctim.tv_sec < 2) {
        lua_pushnil(L);
    } else {
        uint64_t f[] = {(uint64_t)st.st_dev,          (uint64_t)st.st_ino,
                        (uint64_t)st.st_size,         (uint64_t)st.st_mtim.tv_sec,
                        (uint64_t)st.st_mtim.tv_nsec, (uint64_t)st.st_ctim.tv_sec,
                        (uint64_t)st.st_ctim.tv_nsec};
        luaL_Buffer b;
        luaL_buffinit(L, &b);
        luaL_addlstring(&b, (const char *)f, sizeof f);
        luaL_addlstring(&b, path, plen);
        luaL_pushresult(&b);
    }
    lua_pushinteger(L, (lua_Integer)st.st_size);
    return 2;
}

int drill_open_results(lua_State *L)
{
    static const luaL_Reg fns[] = {
        {"open", l_open}, {"get", l_get}, {"put", l_put}, {"file", l_file}, {NULL, NULL}};
    luaL_newmetatable(L, RESULTS_MT);
    lua_pushcfunction(L, l_results_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
    luaL_newlib(L, fns);
    return 1;
}
