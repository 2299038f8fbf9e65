/* drill.fs: the files a guest may touch — those named on the command line. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdio.h>

#include "api.h"
#include "drill_limits.h"
#include "file.h"
#include "host.h"
#include "text.h"

static void check_allowed(lua_State *L, const char *path)
{
    if (!drill_host_path_allowed(L, path))
        luaL_error(L, "%s: not a path named on the command line", path);
}

/* read(path) -> text | nil, message, exit code (66 missing, 65 too big or not UTF-8) */
static int l_read(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    check_allowed(L, path);
    struct drill_diags *d = lua_newuserdatauv(L, sizeof *d, 0);
    drill_diags_init(d);
    char *text;
    size_t len;
    int st = drill_file_read(path, DRILL_MAX_FILE_BYTES, &text, &len, d);
    if (st != DRILL_OK) {
        lua_pushnil(L);
        lua_pushstring(L, d->msg[0]);
        lua_pushinteger(L, st);
        return 3;
    }
    /* pushing may raise on memory: copy first, then free, then check */
    lua_pushlstring(L, text, len);
    free(text);
    return 1;
}

/* kind(path) -> "file" | "directory" | "other" | nil */
static int l_kind(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    check_allowed(L, path);
    struct stat st;
    if (stat(path, &st) != 0)
        lua_pushnil(L);
    else
        lua_pushstring(L, S_ISREG(st.st_mode)   ? "file"
                          : S_ISDIR(st.st_mode) ? "directory"
                                                : "other");
    return 1;
}

/* list(dir) -> sorted array of entry names (no "." or ".."), or nil, message */
static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The open directory lives in a userdata, so a raise while listing closes it. */
static int dir_gc(lua_State *L)
{
    DIR **d = lua_touserdata(L, 1);
    if (*d)
        closedir(*d);
    *d = NULL;
    return 0;
}

static int l_list(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    check_allowed(L, path);
    DIR **box = lua_newuserdatauv(L, sizeof *box, 0);
    *box = NULL;
    if (luaL_newmetatable(L, "drill.fs.dir")) {
        lua_pushcfunction(L, dir_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_setmetatable(L, -2);
    *box = opendir(path);
    if (!*box) {
        lua_pushnil(L);
        lua_pushfstring(L, "%s: %s", path, strerror(errno));
        return 2;
    }
    lua_newtable(L);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(*box))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        lua_pushstring(L, e->d_name);
        lua_rawseti(L, -2, ++n);
    }
    closedir(*box);
    *box = NULL;
    /* sort in C for a stable, locale-free order */
    const char **names = lua_newuserdatauv(L, (size_t)(n ? n : 1) * sizeof *names, 0);
    for (int i = 0; i < n; i++) {
        lua_rawgeti(L, -2, i + 1);
        names[i] = lua_tostring(L, -1);
        lua_pop(L, 1); /* still referenced by the table */
    }
    qsort(names, (size_t)n, sizeof *names, name_cmp);
    lua_createtable(L, n, 0);
    for (int i = 0; i < n; i++) {
        lua_pushstring(L, names[i]);
        lua_rawseti(L, -2, i + 1);
    }
    return 1;
}

/* write(path, text) -> true | nil, message: through a temporary file and a
 * rename, so nothing half-written is ever left at path */
static int l_write(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    size_t len;
    const char *data = luaL_checklstring(L, 2, &len);
    if (!drill_host_output_allowed(L, path))
        return luaL_error(L, "%s: not an output named on the command line", path);
    drill_host_count_output(L, len);
    if (drill_file_write_atomic(path, data, len) != 0) {
        lua_pushnil(L);
        lua_pushfstring(L, "%s: %s", path, strerror(errno));
        return 2;
    }
    lua_pushboolean(L, 1);
    return 1;
}

/* An output being written: a temporary file beside the target, renamed over
 * it on commit, removed if never committed. */
#define OUTPUT_MT "drill.Output"

struct output {
    FILE *f;
    char *path, *tmp;
};

static int output_close(lua_State *L)
{
    struct output *o = luaL_checkudata(L, 1, OUTPUT_MT);
    if (o->f) {
        fclose(o->f);
        unlink(o->tmp);
    }
    o->f = NULL;
    free(o->path);
    free(o->tmp);
    o->path = o->tmp = NULL;
    return 0;
}

static struct output *check_output(lua_State *L)
{
    struct output *o = luaL_checkudata(L, 1, OUTPUT_MT);
    if (!o->f)
        luaL_error(L, "attempt to use a closed output");
    return o;
}

/* output:write(s, ...) */
static int output_write(lua_State *L)
{
    struct output *o = check_output(L);
    int n = lua_gettop(L);
    for (int i = 2; i <= n; i++) {
        size_t len;
        const char *s = luaL_checklstring(L, i, &len);
        if (fwrite(s, 1, len, o->f) != len)
            return luaL_error(L, "%s: %s", o->tmp, strerror(errno));
    }
    return 0;
}

/* output:commit() -> true | nil, message: the file appears whole at its path */
static int output_commit(lua_State *L)
{
    struct output *o = check_output(L);
    int bad = fflush(o->f) != 0 || fsync(fileno(o->f)) != 0;
    bad |= fclose(o->f) != 0;
    o->f = NULL;
    if (bad || rename(o->tmp, o->path) != 0) {
        int e = errno;
        unlink(o->tmp);
        lua_pushnil(L);
        lua_pushfstring(L, "%s: %s", o->path, strerror(e));
        return 2;
    }
    lua_pushboolean(L, 1);
    return 1;
}

/* output(path) -> output | nil, message: for a path named on the command line */
static int l_output(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    if (!drill_host_output_allowed(L, path))
        return luaL_error(L, "%s: not an output named on the command line", path);
    struct output *o = lua_newuserdatauv(L, sizeof *o, 0);
    memset(o, 0, sizeof *o);
    luaL_setmetatable(L, OUTPUT_MT);
    size_t n = strlen(path) + 32;
    o->path = strdup(path);
    o->tmp = malloc(n);
    if (!o->path || !o->tmp)
        return luaL_error(L, "not enough memory");
    snprintf(o->tmp, n, "%s.tmp.%ld", path, (long)getpid());
    o->f = fopen(o->tmp, "w");
    if (!o->f) {
        lua_pushnil(L);
        lua_pushfstring(L, "%s: %s", path, strerror(errno));
        return 2;
    }
    return 1;
}

/* append_step_summary(text) -> true | false when $GITHUB_STEP_SUMMARY is
 * unset | nil, message. The one file outside the command line a guest may
 * touch: CI gives it to the job for exactly this. */
static int l_append_step_summary(lua_State *L)
{
    size_t len;
    const char *text = luaL_checklstring(L, 1, &len);
    const char *path = getenv("GITHUB_STEP_SUMMARY");
    if (!path || !*path) {
        lua_pushboolean(L, 0);
        return 1;
    }
    drill_host_count_output(L, len);
    FILE *f = fopen(path, "a");
    if (!f || fwrite(text, 1, len, f) != len || fclose(f) != 0) {
        if (f)
            fclose(f);
        lua_pushnil(L);
        lua_pushfstring(L, "%s: %s", path, strerror(errno));
        return 2;
    }
    lua_pushboolean(L, 1);
    return 1;
}

int drill_open_fs(lua_State *L)
{
    static const luaL_Reg fns[] = {
        {"read", l_read},   {"kind", l_kind},     {"list", l_list},
        {"write", l_write}, {"output", l_output}, {"append_step_summary", l_append_step_summary},
        {NULL, NULL}};
    static const luaL_Reg ometa[] = {
        {"__gc", output_close}, {"__close", output_close}, {NULL, NULL}};
    static const luaL_Reg omethods[] = {
        {"write", output_write}, {"commit", output_commit}, {"close", output_close}, {NULL, NULL}};
    luaL_newmetatable(L, OUTPUT_MT);
    luaL_setfuncs(L, ometa, 0);
    luaL_newlib(L, omethods);
    lua_setfield(L, -2, "__index");
    lua_pop(L, 1);
    luaL_newlib(L, fns);
    return 1;
}
