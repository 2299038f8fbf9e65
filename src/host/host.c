/* The Lua host: the state, script lookup and running a script. What makes a
 * plugin a guest (budgets, memory, the watchdog, read-only tables) is in
 * sandbox.c. */
#define _GNU_SOURCE
#include "host.h"

#include <lauxlib.h>
#include <lualib.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "chunks.h"
#include "diag.h"
#include "drill_limits.h"
#include "file.h"
#include "host_impl.h"
#include "json.h"
#include "re.h"
#include "term.h"
#include "text.h"

int drill_open_api(lua_State *L); /* drill_lua.c */

struct drill_host *drill_host_of(lua_State *L)
{
    return *(struct drill_host **)lua_getextraspace(L);
}

const struct drill_options *drill_host_options(lua_State *L)
{
    return drill_host_of(L)->opts;
}

static void add_root(struct drill_host *h, const char *path)
{
    char real[PATH_MAX];
    if (!path || !*path || !drill_file_realpath(path, real))
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
    /* realpath itself, each time: what a guest may read is never decided on what an earlier
     * look at a directory found */
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

/* Adds a directory where require looks, unless it is one already there (a built-in script's
 * directory is the built-in plugins): each place is searched, and named in messages, once. */
static void add_libdir(struct drill_host *h, const char *dir)
{
    if (h->nlibdirs >= MAX_LIBDIRS || !dir || !*dir)
        return;
    char real[PATH_MAX], other[PATH_MAX];
    const char *mine = drill_file_realpath(dir, real) ? real : dir;
    for (int i = 0; i < h->nlibdirs; i++)
        if (strcmp(mine, drill_file_realpath(h->libdirs[i], other) ? other : h->libdirs[i]) == 0)
            return;
    h->libdirs[h->nlibdirs++] = strdup(dir);
}

struct drill_host *drill_host_new(const struct drill_options *opts, const char *argv0)
{
    struct drill_host *h = calloc(1, sizeof *h);
    if (!h)
        return NULL;
    h->opts = opts;
    h->argv0 = argv0;
    h->display = "drill";
    drill_sandbox_limits(&h->lim, opts->trust);
    drill_json_init(); /* cJSON allocates through the charged allocator */
    h->L = lua_newstate(drill_sandbox_alloc, h);
    if (!h->L) {
        free(h);
        return NULL;
    }
    lua_State *L = h->L;
    /* grading makes many short-lived tables per answer: a generational
     * collector frees them young, at a fraction of the incremental one's work.
     * A major collection when the old generation has grown 70% (not the
     * default 100%) keeps a grading worker's peak 5-7 MiB lower at no
     * measurable cost in time. */
    lua_gc(L, LUA_GCGEN, 0, 70);
    *(struct drill_host **)lua_getextraspace(L) = h;
    drill_sandbox_open(h);

    luaL_requiref(L, "drill", drill_open_api, 1);
    drill_sandbox_api(L);
    lua_pop(L, 1);
    lua_getfield(L, LUA_REGISTRYINDEX, "drill.loaded");
    lua_getglobal(L, "drill");
    lua_setfield(L, -2, "drill");
    lua_pop(L, 1);

    if (opts->has_seed) {
        lua_getglobal(L, "math");
        lua_getfield(L, -1, "randomseed");
        lua_pushinteger(L, (lua_Integer)opts->seed);
        lua_call(L, 1, 0);
        lua_pop(L, 1);
    }
    return h;
}

void drill_host_free(struct drill_host *h)
{
    if (!h)
        return;
    drill_sandbox_close(h);
    lua_close(h->L);
    drill_re_release();
    for (int i = 0; i < h->nlibdirs; i++)
        free(h->libdirs[i]);
    for (int i = 0; i < h->nroots; i++)
        free(h->roots[i]);
    free(h->roots);
    free(h);
}

/* Userdata whose finalizer does more than give memory back (an output removes its
 * temporary file, a store closes its database): weak keys. */
#define AT_EXIT "drill.atexit"

/* Userdata whose finalizer runs in a worker too, when it ends: weak keys. */
#define AT_WORKER_EXIT "drill.atworkerexit"

/* Keeps the userdata at idx in the registry's weak-keyed table `key`. */
static void remember(lua_State *L, int idx, const char *key)
{
    idx = lua_absindex(L, idx);
    if (lua_getfield(L, LUA_REGISTRYINDEX, key) != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_newtable(L);
        lua_createtable(L, 0, 1);
        lua_pushliteral(L, "k");
        lua_setfield(L, -2, "__mode");
        lua_setmetatable(L, -2);
        lua_pushvalue(L, -1);
        lua_setfield(L, LUA_REGISTRYINDEX, key);
    }
    lua_pushvalue(L, idx);
    lua_pushboolean(L, 1);
    lua_rawset(L, -3);
    lua_pop(L, 1);
}

void drill_host_at_exit(lua_State *L, int idx)
{
    remember(L, idx, AT_EXIT);
}

void drill_host_at_worker_exit(lua_State *L, int idx)
{
    remember(L, idx, AT_EXIT);
    remember(L, idx, AT_WORKER_EXIT);
}

/* Runs the finalizer of each userdata in the registry table `key`; they tolerate running twice
 * (one collected in the last cycle may still be a key). */
static int run_finalizers(lua_State *L, const char *key)
{
    lua_gc(L, LUA_GCSTOP);
    lua_newtable(L); /* 1: the objects, held while their finalizers run */
    int n = 0;
    if (lua_getfield(L, LUA_REGISTRYINDEX, key) == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, 2)) {
            lua_pop(L, 1);
            lua_pushvalue(L, -1);
            lua_rawseti(L, 1, ++n);
        }
    }
    for (int i = n; i >= 1; i--) { /* the newest first, as lua_close would */
        lua_rawgeti(L, 1, i);
        if (luaL_getmetafield(L, -1, "__gc") != LUA_TNIL) {
            lua_insert(L, -2);
            lua_call(L, 1, 0);
        } else {
            lua_pop(L, 1);
        }
    }
    return 0;
}

static int run_at_exit(lua_State *L)
{
    return run_finalizers(L, AT_EXIT);
}

static int run_at_worker_exit(lua_State *L)
{
    return run_finalizers(L, AT_WORKER_EXIT);
}

/* Runs one of the above protected: 0, or -1 when a finalizer failed (out of memory). */
static int finalize(lua_State *L, lua_CFunction run)
{
    lua_pushcfunction(L, run);
    if (lua_pcall(L, 0, 0, 0) == LUA_OK)
        return 0;
    lua_pop(L, 1);
    return -1;
}

void drill_host_worker_exit(lua_State *L)
{
    finalize(L, run_at_worker_exit);
}

void drill_host_leave(struct drill_host *h)
{
    if (!h)
        return;
    if (!drill_sandbox_leave(h)) {
        drill_host_free(h);
        return;
    }
    drill_sandbox_close(h);
    /* Closing the state would visit every object it holds (on 400 answer files, the last
     * 60 ms of the run); only the finalizers with effects outside this process run. */
    if (finalize(h->L, run_at_exit) != 0)
        lua_close(h->L); /* out of memory: every finalizer, the slow way */
    h->L = NULL;
}

static int exe_dir(char *buf, size_t cap, const char *argv0)
{
    ssize_t n = readlink("/proc/self/exe", buf, cap - 1);
    if (n <= 0) {
        if (!argv0 || !drill_file_realpath(argv0, buf))
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
        if (drill_file_is_dir(o) && drill_file_realpath(o, real)) {
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

/* Prints a message on standard error, cut to DRILL_MAX_MESSAGE_BYTES: an
 * error a guest made is not a way around the output limit. */
static void print_message(const char *prefix, const char *msg)
{
    if (!msg || !*msg)
        return;
    size_t n = strlen(msg);
    if (n <= DRILL_MAX_MESSAGE_BYTES) {
        fprintf(stderr, "%s%s\n", prefix, msg);
        return;
    }
    size_t cut = DRILL_MAX_MESSAGE_BYTES;
    while (cut > 0 && ((unsigned char)msg[cut] & 0xC0) == 0x80)
        cut--;
    fprintf(stderr, "%s%.*s... (%zu more bytes not shown)\n", prefix, (int)cut, msg, n - cut);
}

int drill_host_is_builtin_path(struct drill_host *h, const char *path)
{
    char real[PATH_MAX];
    size_t n = strlen(h->builtin_dir);
    return n > 0 && drill_file_realpath(path, real) && strncmp(real, h->builtin_dir, n) == 0 &&
           real[n] == '/';
}

/* Adds to *sum what stat says of each *.lua under `dir` (recursively, to a depth of 8): its
 * path, size, inode, and modification and change times. 0, or -1 when a directory cannot be
 * read or there are too many files to be worth it. */
static int stamp_tree(const char *dir, int depth, size_t *files, uint64_t *sum)
{
    DIR *d = depth < 8 ? opendir(dir) : NULL;
    if (!d)
        return -1;
    int rc = 0;
    struct dirent *e;
    while (rc == 0 && (e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char path[PATH_MAX];
        struct stat st;
        int n = snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (n < 0 || (size_t)n >= sizeof path || stat(path, &st) != 0) {
            rc = -1;
        } else if (S_ISDIR(st.st_mode)) {
            rc = stamp_tree(path, depth + 1, files, sum);
        } else if (n > 4 && strcmp(path + n - 4, ".lua") == 0) {
            uint64_t f[] = {(uint64_t)st.st_size,        (uint64_t)st.st_ino,
                            (uint64_t)st.st_mtim.tv_sec, (uint64_t)st.st_mtim.tv_nsec,
                            (uint64_t)st.st_ctim.tv_sec, (uint64_t)st.st_ctim.tv_nsec};
            *sum += drill_text_hash(path, (size_t)n) ^ drill_text_hash((const char *)f, sizeof f);
            rc = ++*files > 4096 ? -1 : 0;
        }
    }
    closedir(d);
    return rc;
}

int drill_host_code_stamp(lua_State *L, uint64_t *stamp)
{
    struct drill_host *h = drill_host_of(L);
    if (!h->code_stamp_done) {
        h->code_stamp_done = 1;
        size_t files = 0;
        uint64_t sum = 0;
        h->code_stamp_ok = h->builtin && !h->opts->trust && h->nlibdirs == 1 &&
                           stamp_tree(h->builtin_dir, 0, &files, &sum) == 0;
        h->code_stamp = sum;
    }
    *stamp = h->code_stamp;
    return h->code_stamp_ok ? 0 : -1;
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
    if (!drill_file_realpath(plugins, h->builtin_dir))
        h->builtin_dir[0] = '\0';
    h->builtin = drill_host_is_builtin_path(h, path);
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
    int ls = drill_chunk_load(L, text, len, lua_tostring(L, -1));
    free(text);
    if (ls != LUA_OK) {
        fprintf(stderr, "drill: %s\n", lua_tostring(L, -1));
        return DRILL_EXIT_DATA;
    }
    lua_remove(L, -2);
    drill_host_push_env(L);
    lua_setupvalue(L, -2, 1);
    /* the arguments go on the stack too: it holds about 20 values unless asked for more */
    if (!lua_checkstack(L, argc + 8)) {
        fprintf(stderr, "drill: %s: too many arguments (%d)\n", path, argc);
        return DRILL_EXIT_USAGE;
    }
    drill_sandbox_begin_run(h);
    for (int i = 0; i < argc; i++)
        lua_pushstring(L, argv[i]);
    int status = drill_sandbox_run_main(h, argc);
    drill_term_out_flush(); /* errors are kept for main to report */
    if (status == LUA_OK) {
        int code = 0;
        if (lua_isinteger(L, -1))
            code = (int)lua_tointeger(L, -1);
        else if (lua_isboolean(L, -1) && !lua_toboolean(L, -1))
            code = DRILL_EXIT_FAIL;
        lua_pop(L, 1);
        return code & 0xFF;
    }
    if (drill_sandbox_is_exit(L, -1)) {
        int code = *(int *)lua_touserdata(L, -1);
        lua_getiuservalue(L, -1, 1);
        print_message("", lua_tostring(L, -1));
        return code;
    }
    print_message("drill: ", lua_tostring(L, -1));
    return DRILL_EXIT_INTERNAL;
}
