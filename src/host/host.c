/* The Lua host: state and sandbox, budgets and the watchdog, script lookup and running. */
#define _GNU_SOURCE
#include "host.h"

#include <lauxlib.h>
#include <lualib.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "clock.h"
#include "diag.h"
#include "file.h"
#include "drill_limits.h"
#include "lpattern_lua.h"

#define MAX_GUARDS  32
#define MAX_LIBDIRS 16
#define EXIT_MT     "drill.Exit"

int drill_open_api(lua_State *L); /* drill_lua.c */

struct guard {
    double deadline;
    long instructions;
    const char *label;
    double seconds; /* the limits it was given, for messages and refreshes */
    long budget;
};

struct drill_host {
    lua_State *L;
    const struct drill_options *opts;
    const char *argv0;
    const char *display; /* the script's name in messages */
    /* memory */
    size_t mem_used, mem_limit;
    int mem_hit;
    /* budgets: one guard per nested call into the plugin */
    struct guard guards[MAX_GUARDS];
    int nguards;
    int killed, killed_depth;
    char kill_msg[512];
    const char *last_kind;
    size_t out_bytes;
    /* watchdog */
    atomic_long heartbeat_ms;
    atomic_int in_guest, paused;
    atomic_long watch_ms; /* the running call's time limit plus the grace */
    pthread_t watchdog;
    /* what guests may read: real paths named on the command line */
    char **roots;
    int nroots;
    char **args; /* the script's arguments, as given */
    int nargs;
    /* where guests' require looks */
    char *libdirs[MAX_LIBDIRS];
    int nlibdirs;
};

static void hook(lua_State *L, lua_Debug *ar);

struct drill_host *drill_host_of(lua_State *L)
{
    return *(struct drill_host **)lua_getextraspace(L);
}

const struct drill_options *drill_host_options(lua_State *L)
{
    return drill_host_of(L)->opts;
}

static long now_ms(void)
{
    return (long)(drill_clock_now() * 1000.0);
}

/* The allocator enforces the memory cap. Once the cap is hit it grants a
 * little headroom so the error can be reported with a traceback. */
static void *guest_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    struct drill_host *h = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        h->mem_used -= old;
        return NULL;
    }
    if (h->mem_limit && nsize > old && h->mem_used + (nsize - old) > h->mem_limit) {
        if (!h->mem_hit) {
            h->mem_hit = 1;
            h->mem_limit += 4u * 1024u * 1024u;
        }
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (p)
        h->mem_used = h->mem_used - old + nsize;
    return p;
}

static void set_kill(struct drill_host *h, const char *what)
{
    const struct guard *g = &h->guards[h->nguards - 1];
    snprintf(h->kill_msg, sizeof h->kill_msg, "%s: %s: %s", h->display, g->label, what);
    h->killed = 1;
    h->killed_depth = h->nguards;
}

/* Fires every DRILL_HOOK_INTERVAL instructions. After a kill it fires on
 * every instruction and raises again, so a guest's pcall cannot swallow it. */
static void hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    struct drill_host *h = drill_host_of(L);
    if (!h->killed && h->nguards > 0) {
        struct guard *g = &h->guards[h->nguards - 1];
        double now = drill_clock_now();
        atomic_store(&h->heartbeat_ms, (long)(now * 1000.0));
        g->instructions -= DRILL_HOOK_INTERVAL;
        char what[160];
        if (g->instructions < 0) {
            snprintf(what, sizeof what, "exceeded the instruction limit (%ld instructions)",
                     g->budget);
            set_kill(h, what);
        } else if (now > g->deadline) {
            snprintf(what, sizeof what, "exceeded the time limit (%g s)", g->seconds);
            set_kill(h, what);
        }
    }
    if (h->killed) {
        lua_sethook(L, hook, LUA_MASKCOUNT, 1);
        luaL_error(L, "%s", h->kill_msg);
    }
}

/* The watchdog ends the process when a guest has been stuck inside one C call
 * (where the hook cannot fire) for longer than the time limit and a grace. */
static void *watchdog(void *ud)
{
    struct drill_host *h = ud;
    for (;;) {
        usleep(200 * 1000);
        if (!atomic_load(&h->in_guest) || atomic_load(&h->paused))
            continue;
        /* a call stuck inside C outlives its guard's time limit by the grace */
        long limit = atomic_load(&h->watch_ms);
        if (now_ms() - atomic_load(&h->heartbeat_ms) > limit) {
            char msg[600];
            int n = snprintf(msg, sizeof msg,
                             "drill: %s: stuck inside one call for over %ld s; stopping\n",
                             h->display ? h->display : "plugin", limit / 1000);
            if (n > 0 && write(STDERR_FILENO, msg, (size_t)n) < 0)
                n = 0;
            _exit(DRILL_EXIT_INTERNAL);
        }
    }
    return NULL;
}

void drill_host_pause(lua_State *L)
{
    struct drill_host *h = drill_host_of(L);
    atomic_fetch_add(&h->paused, 1);
}

void drill_host_resume(lua_State *L)
{
    struct drill_host *h = drill_host_of(L);
    double now = drill_clock_now();
    for (int i = 0; i < h->nguards; i++) {
        h->guards[i].deadline = now + h->guards[i].seconds;
        h->guards[i].instructions = h->guards[i].budget;
    }
    atomic_store(&h->heartbeat_ms, (long)(now * 1000.0));
    atomic_fetch_sub(&h->paused, 1);
}

void drill_host_count_output(lua_State *L, size_t n)
{
    struct drill_host *h = drill_host_of(L);
    h->out_bytes += n;
    if (!h->opts->trust && h->out_bytes > DRILL_GUEST_OUTPUT_BYTES)
        luaL_error(L, "%s: exceeded the output limit (%d MiB)", h->display,
                   (int)(DRILL_GUEST_OUTPUT_BYTES >> 20));
}

static int exit_tostring(lua_State *L)
{
    luaL_checkudata(L, 1, EXIT_MT);
    lua_getiuservalue(L, 1, 1);
    return 1;
}

static void push_exit(lua_State *L, int code, const char *msg)
{
    int *c = lua_newuserdatauv(L, sizeof *c, 1);
    *c = code;
    lua_pushstring(L, msg);
    lua_setiuservalue(L, -2, 1);
    luaL_setmetatable(L, EXIT_MT);
}

int drill_host_raise(lua_State *L, int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    const char *msg = lua_pushvfstring(L, fmt, ap);
    va_end(ap);
    push_exit(L, code, msg);
    return lua_error(L);
}

/* drill.exit([code [, message]]): ends the run. */
static int l_exit(lua_State *L)
{
    lua_Integer code = luaL_optinteger(L, 1, 0);
    luaL_argcheck(L, code >= 0 && code <= 255, 1, "exit code must be 0-255");
    const char *msg = luaL_optstring(L, 2, "");
    push_exit(L, (int)code, msg);
    return lua_error(L);
}

static int msgh(lua_State *L)
{
    struct drill_host *h = drill_host_of(L);
    if (luaL_testudata(L, 1, EXIT_MT))
        return 1;
    const char *msg;
    char buf[600];
    if (h->killed) {
        msg = h->kill_msg;
    } else if (h->mem_hit) {
        snprintf(buf, sizeof buf, "%s: %s: exceeded the memory limit (%u MiB)", h->display,
                 h->nguards ? h->guards[h->nguards - 1].label : "run",
                 (unsigned)(DRILL_GUEST_MEMORY_BYTES >> 20));
        msg = buf;
    } else {
        msg = lua_tostring(L, 1);
        if (!msg) {
            if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
                return 1;
            msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
        }
    }
    luaL_traceback(L, L, msg, 1);
    return 1;
}

/* One guarded call: a fresh budget of `instructions` and `seconds` for the
 * callee; the caller's clock stops meanwhile, so it is charged only for its
 * own work. */
static int guarded_pcall(lua_State *L, int nargs, int nres, const char *label, double seconds,
                         long instructions)
{
    struct drill_host *h = drill_host_of(L);
    if (h->nguards == MAX_GUARDS) {
        lua_pushstring(L, "calls into plugins are nested too deeply");
        return LUA_ERRRUN;
    }
    double entered = drill_clock_now();
    struct guard *g = &h->guards[h->nguards++];
    g->deadline = entered + seconds;
    g->instructions = instructions;
    g->budget = instructions;
    g->seconds = seconds;
    g->label = label;
    atomic_store(&h->watch_ms, (long)(seconds * 1000) + DRILL_WATCHDOG_GRACE_SECONDS * 1000L);
    int depth = h->nguards;
    atomic_store(&h->heartbeat_ms, now_ms());
    atomic_store(&h->in_guest, 1);
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, msgh);
    lua_insert(L, base);
    int status = lua_pcall(L, nargs, nres, base);
    lua_remove(L, base);
    h->nguards--;
    if (h->nguards > 0) {
        struct guard *outer = &h->guards[h->nguards - 1];
        outer->deadline += drill_clock_now() - entered;
        atomic_store(&h->watch_ms,
                     (long)(outer->seconds * 1000) + DRILL_WATCHDOG_GRACE_SECONDS * 1000L);
    }
    h->last_kind = "error";
    if (status != LUA_OK) {
        if (h->killed && h->killed_depth == depth) {
            h->killed = 0;
            h->last_kind = "limit";
            if (!h->opts->trust)
                lua_sethook(L, hook, LUA_MASKCOUNT, DRILL_HOOK_INTERVAL);
        } else if ((h->mem_hit || status == LUA_ERRMEM) && !h->killed) {
            h->mem_hit = 0;
            h->mem_limit = h->opts->trust ? 0 : DRILL_GUEST_MEMORY_BYTES;
            h->last_kind = "memory";
            lua_pop(L, 1);
            lua_pushfstring(L, "%s: %s: exceeded the memory limit (%d MiB)", h->display, label,
                            (int)(DRILL_GUEST_MEMORY_BYTES >> 20));
        }
    }
    if (h->nguards == 0)
        atomic_store(&h->in_guest, 0);
    return status;
}

int drill_host_pcall(lua_State *L, int nargs, int nres, const char *label)
{
    return guarded_pcall(L, nargs, nres, label, DRILL_GUEST_SECONDS, DRILL_GUEST_INSTRUCTIONS);
}

/* drill.guard(label, fn, ...): calls fn under a fresh budget; returns true and
 * its results, or false, message, kind ("error", "limit" or "memory"). A
 * limit broken in an outer call keeps propagating. */
static int l_guard(lua_State *L)
{
    struct drill_host *h = drill_host_of(L);
    luaL_checkstring(L, 1);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    int nargs = lua_gettop(L) - 2;
    int status = drill_host_pcall(L, nargs, LUA_MULTRET, lua_tostring(L, 1));
    if (status == LUA_OK) {
        lua_pushboolean(L, 1);
        lua_replace(L, 1);
        return lua_gettop(L);
    }
    if (h->killed || luaL_testudata(L, -1, EXIT_MT))
        return lua_error(L);
    lua_pushboolean(L, 0);
    lua_insert(L, -2);
    lua_pushstring(L, h->last_kind);
    return 3;
}

static int l_print(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int i = 1; i <= n; i++) {
        if (i > 1)
            luaL_addchar(&b, '\t');
        luaL_tolstring(L, i, NULL);
        luaL_addvalue(&b);
    }
    luaL_addchar(&b, '\n');
    luaL_pushresult(&b);
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    drill_host_count_output(L, len);
    fwrite(s, 1, len, stdout);
    return 0;
}

/* load that only takes text, in the guest's globals by default. */
static int l_load(lua_State *L)
{
    lua_settop(L, 4);
    const char *mode = luaL_optstring(L, 3, "t");
    if (strchr(mode, 'b'))
        return luaL_error(L, "binary chunks are not allowed for plugins");
    lua_pushstring(L, "t");
    lua_replace(L, 3);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, 4, LUA_MULTRET);
    return lua_gettop(L);
}

/* setmetatable for guests: no __gc, because Lua runs finalizers with hooks
 * off, where no budget could stop a finalizer that never returns. */
static int l_setmetatable(lua_State *L)
{
    if (lua_type(L, 2) == LUA_TTABLE && lua_getfield(L, 2, "__gc") != LUA_TNIL)
        return luaL_error(L, "__gc metamethods are not allowed in plugins");
    lua_settop(L, 2);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, 2, 1);
    return 1;
}

static int l_collectgarbage(lua_State *L)
{
    static const char *const allowed[] = {"collect", "count", "step", "isrunning", NULL};
    int opt = luaL_checkoption(L, 1, "collect", allowed);
    switch (opt) {
    case 1:
        lua_pushnumber(L, (lua_Number)lua_gc(L, LUA_GCCOUNT) +
                              (lua_Number)lua_gc(L, LUA_GCCOUNTB) / 1024.0);
        return 1;
    case 2:
        lua_pushboolean(L, lua_gc(L, LUA_GCSTEP, 0));
        return 1;
    case 3:
        lua_pushboolean(L, lua_gc(L, LUA_GCISRUNNING));
        return 1;
    default:
        lua_gc(L, LUA_GCCOLLECT);
        lua_pushinteger(L, 0);
        return 1;
    }
}

/* require for guests: Lua text modules from the plugin directories only. */
static int l_require(lua_State *L)
{
    struct drill_host *h = drill_host_of(L);
    const char *name = luaL_checkstring(L, 1);
    for (const char *p = name; *p; p++)
        if (!(*p == '.' || *p == '_' || *p == '-' || (*p >= '0' && *p <= '9') ||
              (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
            return luaL_error(L, "module name '%s' may hold only letters, digits, '.', '_', '-'",
                              name);
    lua_getfield(L, LUA_REGISTRYINDEX, "drill.loaded");
    lua_getfield(L, -1, name);
    if (!lua_isnil(L, -1))
        return 1;
    lua_pop(L, 1);
    char rel[PATH_MAX];
    snprintf(rel, sizeof rel, "%s", name);
    for (char *p = rel; *p; p++)
        if (*p == '.')
            *p = '/';
    luaL_Buffer tried;
    luaL_buffinit(L, &tried);
    for (int i = 0; i < h->nlibdirs; i++) {
        char path[PATH_MAX];
        int pn = snprintf(path, sizeof path, "%s/%s.lua", h->libdirs[i], rel);
        if (pn < 0 || (size_t)pn >= sizeof path || access(path, R_OK) != 0) {
            lua_pushfstring(L, "\n\tno file '%s'", path);
            luaL_addvalue(&tried);
            continue;
        }
        luaL_pushresult(&tried);
        struct drill_diags d;
        drill_diags_init(&d);
        char *text;
        size_t len;
        if (drill_file_read(path, DRILL_MAX_FILE_BYTES, &text, &len, &d) != DRILL_OK)
            return luaL_error(L, "%s", d.msg[0]);
        lua_pushfstring(L, "@%s", path);
        int st = luaL_loadbufferx(L, text, len, lua_tostring(L, -1), "t");
        free(text);
        if (st != LUA_OK)
            return lua_error(L);
        lua_pushstring(L, name);
        lua_pushstring(L, path);
        lua_call(L, 2, 1);
        if (lua_isnil(L, -1)) {
            lua_pop(L, 1);
            lua_pushboolean(L, 1);
        }
        lua_pushvalue(L, -1);
        lua_setfield(L, -5, name);
        return 1;
    }
    luaL_pushresult(&tried);
    return luaL_error(L, "module '%s' not found:%s", name, lua_tostring(L, -1));
}

static void add_root(struct drill_host *h, const char *path)
{
    char real[PATH_MAX];
    if (!path || !*path || !realpath(path, real))
        return;
    char **r = realloc(h->roots, (size_t)(h->nroots + 1) * sizeof *r);
    if (!r)
        return;
    h->roots = r;
    if ((h->roots[h->nroots] = strdup(real)))
        h->nroots++;
}

int drill_host_path_allowed(lua_State *L, const char *path)
{
    struct drill_host *h = drill_host_of(L);
    if (h->opts->trust)
        return 1;
    char real[PATH_MAX];
    if (!realpath(path, real))
        return 1; /* nothing there to read; opening it reports "not found" */
    for (int i = 0; i < h->nroots; i++) {
        size_t n = strlen(h->roots[i]);
        if (strncmp(real, h->roots[i], n) == 0 &&
            (real[n] == '\0' || real[n] == '/' || strcmp(h->roots[i], "/") == 0))
            return 1;
    }
    return 0;
}

int drill_host_output_allowed(lua_State *L, const char *path)
{
    struct drill_host *h = drill_host_of(L);
    if (h->opts->trust)
        return 1;
    for (int i = 0; i < h->nargs; i++) {
        const char *a = h->args[i];
        const char *eq = a[0] == '-' ? strchr(a, '=') : NULL;
        if (strcmp(eq ? eq + 1 : a, path) == 0)
            return 1;
    }
    return 0;
}

static void add_libdir(struct drill_host *h, const char *dir)
{
    if (h->nlibdirs < MAX_LIBDIRS && dir && *dir)
        h->libdirs[h->nlibdirs++] = strdup(dir);
}

/* Builds the guests' global table from an allow list. */
static void sandbox(lua_State *L)
{
    static const char *const base[] = {
        "assert",   "error",    "getmetatable", "ipairs",       "next",      "pairs",
        "pcall",    "rawequal", "rawget",       "rawlen",       "rawset",    "select",
        "tonumber", "tostring", "type",         "setmetatable", "xpcall",    "_VERSION",
        "string",   "table",    "math",         "utf8",         "coroutine", NULL};
    static const char *const os_ok[] = {"time", "clock", "date", "difftime", NULL};

    lua_pushglobaltable(L); /* the full one, kept out of guests' reach */
    int full = lua_gettop(L);
    lua_newtable(L);
    int g = lua_gettop(L);
    for (const char *const *k = base; *k; k++) {
        lua_getfield(L, full, *k);
        lua_setfield(L, g, *k);
    }
    lua_newtable(L);
    lua_getfield(L, full, "os");
    for (const char *const *k = os_ok; *k; k++) {
        lua_getfield(L, -1, *k);
        lua_setfield(L, -3, *k);
    }
    lua_pop(L, 1);
    lua_setfield(L, g, "os");

    /* string.dump makes binary chunks; the pattern functions get a step budget */
    lua_getfield(L, g, "string");
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    drill_lpat_install(L, lua_gettop(L));
    lua_pop(L, 1);

    lua_getfield(L, full, "load");
    lua_pushcclosure(L, l_load, 1);
    lua_setfield(L, g, "load");
    lua_pushcfunction(L, l_collectgarbage);
    lua_setfield(L, g, "collectgarbage");
    lua_getfield(L, full, "setmetatable");
    lua_pushcclosure(L, l_setmetatable, 1);
    lua_setfield(L, g, "setmetatable");
    lua_pushcfunction(L, l_require);
    lua_setfield(L, g, "require");
    lua_pushvalue(L, g);
    lua_setfield(L, g, "_G");

    lua_pushvalue(L, g);
    lua_rawseti(L, LUA_REGISTRYINDEX, LUA_RIDX_GLOBALS);
    lua_pop(L, 2);
}

struct drill_host *drill_host_new(const struct drill_options *opts, const char *argv0)
{
    struct drill_host *h = calloc(1, sizeof *h);
    if (!h)
        return NULL;
    h->opts = opts;
    h->argv0 = argv0;
    h->display = "drill";
    h->mem_limit = opts->trust ? 0 : DRILL_GUEST_MEMORY_BYTES;
    h->L = lua_newstate(guest_alloc, h);
    if (!h->L) {
        free(h);
        return NULL;
    }
    lua_State *L = h->L;
    *(struct drill_host **)lua_getextraspace(L) = h;
    if (opts->trust) {
        luaL_openlibs(L);
    } else {
        static const luaL_Reg libs[] = {
            {LUA_GNAME, luaopen_base},        {LUA_TABLIBNAME, luaopen_table},
            {LUA_STRLIBNAME, luaopen_string}, {LUA_MATHLIBNAME, luaopen_math},
            {LUA_UTF8LIBNAME, luaopen_utf8},  {LUA_COLIBNAME, luaopen_coroutine},
            {LUA_OSLIBNAME, luaopen_os},      {NULL, NULL}};
        for (const luaL_Reg *l = libs; l->func; l++) {
            luaL_requiref(L, l->name, l->func, 1);
            lua_pop(L, 1);
        }
    }
    luaL_newmetatable(L, EXIT_MT);
    lua_pushcfunction(L, exit_tostring);
    lua_setfield(L, -2, "__tostring");
    lua_pop(L, 1);
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, "drill.loaded");

    if (!opts->trust)
        sandbox(L);
    lua_pushcfunction(L, l_print);
    lua_setglobal(L, "print");

    luaL_requiref(L, "drill", drill_open_api, 1);
    lua_pushcfunction(L, l_guard);
    lua_setfield(L, -2, "guard");
    lua_pushcfunction(L, l_exit);
    lua_setfield(L, -2, "exit");
    lua_pop(L, 1);
    if (!opts->trust) {
        lua_getfield(L, LUA_REGISTRYINDEX, "drill.loaded");
        lua_getglobal(L, "drill");
        lua_setfield(L, -2, "drill");
        lua_pop(L, 1);
    }

    if (opts->has_seed) {
        lua_getglobal(L, "math");
        lua_getfield(L, -1, "randomseed");
        lua_pushinteger(L, (lua_Integer)opts->seed);
        lua_call(L, 1, 0);
        lua_pop(L, 1);
    }
    if (!opts->trust) {
        lua_sethook(L, hook, LUA_MASKCOUNT, DRILL_HOOK_INTERVAL);
        if (pthread_create(&h->watchdog, NULL, watchdog, h) == 0)
            pthread_detach(h->watchdog);
    }
    return h;
}

void drill_host_free(struct drill_host *h)
{
    if (!h)
        return;
    atomic_store(&h->in_guest, 0);
    lua_close(h->L);
    for (int i = 0; i < h->nlibdirs; i++)
        free(h->libdirs[i]);
    for (int i = 0; i < h->nroots; i++)
        free(h->roots[i]);
    free(h->roots);
    free(h);
}

static int exe_dir(char *buf, size_t cap, const char *argv0)
{
    ssize_t n = readlink("/proc/self/exe", buf, cap - 1);
    if (n <= 0) {
        if (!argv0 || !realpath(argv0, buf))
            return -1;
        n = (ssize_t)strlen(buf);
    }
    buf[n] = '\0';
    char *slash = strrchr(buf, '/');
    if (slash)
        *slash = '\0';
    return 0;
}

const char *drill_host_data_dir(const char *argv0, const char *what)
{
    static char out[2][PATH_MAX];
    char *o = strcmp(what, "banks") == 0 ? out[0] : out[1];
    char dir[PATH_MAX - 64];
    if (exe_dir(dir, sizeof dir, argv0) == 0) {
        /* installed: <prefix>/bin/drill beside <prefix>/share/drill/<what> */
        snprintf(o, PATH_MAX, "%s/../share/drill/%s", dir, what);
        char real[PATH_MAX];
        if (drill_file_is_dir(o) && realpath(o, real)) {
            snprintf(o, PATH_MAX, "%s", real);
            return o;
        }
    }
    snprintf(o, PATH_MAX, "%s/%s", DRILL_SOURCE_DIR, what);
    return o;
}

static int try_candidate(const char *dir, const char *name, char *buf, size_t cap)
{
    const char *exts[] = {"", ".lua"};
    for (int i = 0; i < 2; i++) {
        struct stat st;
        int n = dir ? snprintf(buf, cap, "%s/%s%s", dir, name, exts[i])
                    : snprintf(buf, cap, "%s%s", name, exts[i]);
        if (n > 0 && (size_t)n < cap && stat(buf, &st) == 0 && S_ISREG(st.st_mode))
            return 0;
    }
    return -1;
}

int drill_host_find_script(const char *argv0, const char *name, char *buf, size_t cap)
{
    if (strchr(name, '/')) {
        struct stat st;
        snprintf(buf, cap, "%s", name);
        return stat(name, &st) == 0 && S_ISREG(st.st_mode) ? 0 : -1;
    }
    /* never the current directory: a checked-out pull request must not be
     * able to stand in for a built-in such as check.lua */
    const char *dp = getenv("DRILL_PATH");
    if (dp && *dp) {
        char *copy = strdup(dp), *save = NULL;
        for (char *d = strtok_r(copy, ":", &save); d; d = strtok_r(NULL, ":", &save)) {
            if (try_candidate(d, name, buf, cap) == 0) {
                free(copy);
                return 0;
            }
        }
        free(copy);
    }
    return try_candidate(drill_host_data_dir(argv0, "plugins"), name, buf, cap);
}

int drill_host_run(struct drill_host *h, const char *path, const char *display, int argc,
                   char **argv, int nlead, char **lead)
{
    lua_State *L = h->L;
    h->display = display;

    /* where require looks: the script's directory, DRILL_PATH, the built-in plugins */
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = '\0';
    else
        snprintf(dir, sizeof dir, ".");
    add_libdir(h, dir);
    const char *dp = getenv("DRILL_PATH");
    if (dp && *dp) {
        char *copy = strdup(dp), *save = NULL;
        for (char *d = strtok_r(copy, ":", &save); d; d = strtok_r(NULL, ":", &save))
            add_libdir(h, d);
        free(copy);
    }
    const char *plugins = drill_host_data_dir(h->argv0, "plugins");
    add_libdir(h, plugins);
    if (h->opts->trust) {
        luaL_Buffer b;
        lua_getglobal(L, "package");
        luaL_buffinit(L, &b);
        for (int i = 0; i < h->nlibdirs; i++) {
            lua_pushfstring(L, "%s/?.lua;", h->libdirs[i]);
            luaL_addvalue(&b);
        }
        lua_getfield(L, -2, "path");
        luaL_addvalue(&b);
        luaL_pushresult(&b);
        lua_setfield(L, -2, "path");
        lua_pop(L, 1);
    }

    h->args = argv;
    h->nargs = argc;
    for (int i = 0; i < argc; i++) {
        const char *eq = argv[i][0] == '-' ? strchr(argv[i], '=') : NULL;
        add_root(h, eq ? eq + 1 : argv[i]);
    }
    for (size_t i = 0; i < h->opts->nbanks; i++)
        add_root(h, h->opts->banks[i]);

    /* arg, as the lua interpreter sets it */
    lua_createtable(L, argc, nlead + 1);
    for (int i = 0; i < nlead; i++) {
        lua_pushstring(L, lead[i]);
        lua_rawseti(L, -2, i - nlead);
    }
    lua_pushstring(L, path);
    lua_rawseti(L, -2, 0);
    for (int i = 0; i < argc; i++) {
        lua_pushstring(L, argv[i]);
        lua_rawseti(L, -2, i + 1);
    }
    lua_setglobal(L, "arg");
    lua_getglobal(L, "drill");
    lua_pushstring(L, path);
    lua_setfield(L, -2, "script");
    lua_pop(L, 1);

    struct drill_diags d;
    drill_diags_init(&d);
    char *text;
    size_t len;
    int st = drill_file_read(path, DRILL_MAX_FILE_BYTES, &text, &len, &d);
    if (st != DRILL_OK) {
        fprintf(stderr, "drill: %s\n", d.msg[0]);
        return st;
    }
    lua_pushfstring(L, "@%s", path);
    int ls = luaL_loadbufferx(L, text, len, lua_tostring(L, -1), "t");
    free(text);
    if (ls != LUA_OK) {
        fprintf(stderr, "drill: %s\n", lua_tostring(L, -1));
        return DRILL_EXIT_DATA;
    }
    lua_remove(L, -2);
    for (int i = 0; i < argc; i++)
        lua_pushstring(L, argv[i]);
    int status =
        guarded_pcall(L, argc, 1, "main chunk", DRILL_MAIN_SECONDS, DRILL_MAIN_INSTRUCTIONS);
    fflush(stdout);
    if (status == LUA_OK) {
        int code = 0;
        if (lua_isinteger(L, -1))
            code = (int)lua_tointeger(L, -1);
        else if (lua_isboolean(L, -1) && !lua_toboolean(L, -1))
            code = DRILL_EXIT_FAIL;
        lua_pop(L, 1);
        return code & 0xFF;
    }
    if (luaL_testudata(L, -1, EXIT_MT)) {
        int code = *(int *)lua_touserdata(L, -1);
        lua_getiuservalue(L, -1, 1);
        const char *msg = lua_tostring(L, -1);
        if (msg && *msg)
            fprintf(stderr, "%s\n", msg);
        return code;
    }
    fprintf(stderr, "drill: %s\n", lua_tostring(L, -1));
    return DRILL_EXIT_INTERNAL;
}
