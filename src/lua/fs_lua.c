/* drill.fs: the files a guest may touch — those named on the command line. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdio.h>

#include "api.h"
#include "diag.h"
#include "drill_limits.h"
#include "file.h"
#include "alloc.h"
#include "host.h"
#include "text.h"

static void check_allowed(lua_State *L, const char *path)
{
    if (!drill_host_path_allowed(L, path))
        luaL_error(L, "%s: not a path named on the command line", path);
}

static int text_gc(lua_State *L)
{
    char **box = lua_touserdata(L, 1);
    drill_mem_free(*box);
    *box = NULL;
    return 0;
}

/* read(path) -> text | nil, message, exit code (66 missing, 65 too big or not UTF-8) */
static int l_read(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    check_allowed(L, path);
    struct drill_diags *d = lua_newuserdatauv(L, sizeof *d, 0);
    drill_diags_init(d);
    /* the text is charged to the memory cap and held by a box whose __gc
     * frees it, so a push that raises on memory cannot leak it */
    char **box = lua_newuserdatauv(L, sizeof *box, 0);
    *box = NULL;
    if (luaL_newmetatable(L, "drill.fs.text")) {
        lua_pushcfunction(L, text_gc);
        lua_setfield(L, -2, "__gc");
        lua_pushliteral(L, "locked");
        lua_setfield(L, -2, "__metatable");
    }
    lua_setmetatable(L, -2);
    size_t len;
    int st = drill_file_read_charged(path, DRILL_MAX_FILE_BYTES, box, &len, d);
    if (st != DRILL_OK) {
        lua_pushnil(L);
        lua_pushstring(L, d->msg[0]);
        lua_pushinteger(L, st);
        return 3;
    }
    lua_pushlstring(L, *box, len);
    drill_mem_free(*box); /* now, not at the next collection: the cap counts it */
    *box = NULL;
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
        lua_pushliteral(L, "locked");
        lua_setfield(L, -2, "__metatable");
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

/* ---------------------------------------------------------------- output files
 *
 * A file drill writes appears whole or not at all: the text goes to a
 * temporary file beside the target, which is synced and renamed over it.
 * The temporary is made by mkstemp, so it is always a new file (O_EXCL):
 * no file or symlink planted at a name one could guess can redirect what
 * is written. Its name, ".<name>.drill-<pid>.XXXXXX", says whose it is, so
 * one left by a killed drill is removed by the next successful write of the
 * same target once its process is gone. (A drill in another PID namespace
 * writing the same directory at that moment would lose its temporary and
 * report a failed rename: never a silent loss.)
 *
 * These helpers use no Lua. Failures to make the file are "cannot create"
 * (exit 73); failures while writing it are write errors (exit 74). */

/* The directory part of path with its '/' (empty for the current directory), as a length. */
static size_t dir_len(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? (size_t)(slash - path) + 1 : 0;
}

/* Opens a new temporary file beside `path`; its name in *tmp (malloc'ed).
 * Returns the descriptor, or -1 with errno set. */
static int temp_open(const char *path, char **tmp)
{
    size_t d = dir_len(path);
    const char *base = path + d;
    *tmp = NULL;
    if (!*base || strcmp(base, ".") == 0 || strcmp(base, "..") == 0) {
        errno = EISDIR;
        return -1;
    }
    size_t n = strlen(path) + 48;
    char *t = malloc(n);
    if (!t) {
        errno = ENOMEM;
        return -1;
    }
    snprintf(t, n, "%.*s.%s.drill-%ld.XXXXXX", (int)d, path, base, (long)getpid());
    int fd = mkstemp(t);
    if (fd < 0) {
        int e = errno;
        free(t);
        errno = e;
        return -1;
    }
    fcntl(fd, F_SETFD, FD_CLOEXEC);
    /* mkstemp makes 0600; a report gets the mode any new file would */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    *tmp = t;
    return fd;
}

/* 1 if `name` is a temporary of target `base` made by a process that is gone:
 * ".<base>.drill-<pid>.XXXXXX", or "<base>.tmp.<pid>" from older drills. */
static int stale_temp(const char *name, const char *base)
{
    size_t b = strlen(base);
    const char *p;
    int old = 0;
    if (name[0] == '.' && strncmp(name + 1, base, b) == 0 &&
        strncmp(name + 1 + b, ".drill-", 7) == 0)
        p = name + 1 + b + 7;
    else if (strncmp(name, base, b) == 0 && strncmp(name + b, ".tmp.", 5) == 0)
        p = name + b + 5, old = 1;
    else
        return 0;
    char *end;
    errno = 0;
    long pid = strtol(p, &end, 10);
    if (end == p || *p < '1' || *p > '9' || errno || pid <= 0 || pid == (long)getpid())
        return 0;
    if (old ? *end != '\0' : (*end != '.' || strlen(end + 1) != 6))
        return 0;
    return kill((pid_t)pid, 0) != 0 && errno == ESRCH;
}

/* Removes stale temporaries of `path`: regular files of ours only. Best effort. */
static void temp_clean_stale(const char *path)
{
    size_t d = dir_len(path);
    char *dir = d ? strndup(path, d) : strdup(".");
    if (!dir)
        return;
    DIR *dp = opendir(dir);
    free(dir);
    if (!dp)
        return;
    const char *base = path + d;
    struct dirent *e;
    while ((e = readdir(dp))) {
        struct stat st;
        if (!stale_temp(e->d_name, base))
            continue;
        if (fstatat(dirfd(dp), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode) &&
            st.st_uid == geteuid())
            unlinkat(dirfd(dp), e->d_name, 0);
    }
    closedir(dp);
}

/* Makes the rename itself durable. Best effort: some file systems refuse. */
static void sync_dir(const char *path)
{
    size_t d = dir_len(path);
    char *dir = d ? strndup(path, d) : strdup(".");
    if (!dir)
        return;
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    free(dir);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

/* Pushes nil, "<path>: cannot create: <why>" or "<path>: <why>", and the exit code. */
static int push_failure(lua_State *L, const char *path, int code, int err)
{
    lua_pushnil(L);
    if (code == DRILL_EXIT_CANTCREAT)
        lua_pushfstring(L, "%s: cannot create: %s", path, strerror(err));
    else
        lua_pushfstring(L, "%s: %s", path, strerror(err));
    lua_pushinteger(L, code);
    return 3;
}

/* An output being written: the temporary file, renamed over the target on
 * commit, removed if never committed. The first write error is kept: every
 * later write and the commit report it. */
#define OUTPUT_MT "drill.Output"

struct output {
    FILE *f;
    char *path, *tmp;
    int err;
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

/* output:write(s, ...) -> output | nil, message, 74 */
static int output_write(lua_State *L)
{
    struct output *o = check_output(L);
    int n = lua_gettop(L);
    for (int i = 2; i <= n; i++)
        luaL_checkstring(L, i);
    for (int i = 2; i <= n && !o->err; i++) {
        size_t len;
        const char *s = lua_tolstring(L, i, &len);
        drill_host_count_output(L, len);
        errno = 0;
        if (len && fwrite(s, 1, len, o->f) != len)
            o->err = errno ? errno : EIO;
    }
    if (o->err)
        return push_failure(L, o->path, DRILL_EXIT_IOERR, o->err);
    lua_settop(L, 1);
    return 1;
}

/* output:commit() -> true | nil, message, code: the file appears whole at its path */
static int output_commit(lua_State *L)
{
    struct output *o = check_output(L);
    int err = o->err;
    errno = 0;
    if (!err && (fflush(o->f) != 0 || fsync(fileno(o->f)) != 0))
        err = errno ? errno : EIO;
    errno = 0;
    if (fclose(o->f) != 0 && !err)
        err = errno ? errno : EIO;
    o->f = NULL;
    int code = DRILL_EXIT_IOERR;
    if (!err && rename(o->tmp, o->path) != 0) {
        err = errno;
        code = DRILL_EXIT_CANTCREAT;
    }
    if (err) {
        unlink(o->tmp);
        return push_failure(L, o->path, code, err);
    }
    sync_dir(o->path);
    temp_clean_stale(o->path);
    lua_pushboolean(L, 1);
    return 1;
}

/* output(path) -> output | nil, message, 73: for a path named on the command line */
static int l_output(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    const char *call = drill_host_guest_call(L);
    if (call)
        return luaL_error(L, "%s: a plugin call (%s) cannot write files", path, call);
    if (!drill_host_output_allowed(L, path))
        return luaL_error(L, "%s: not an output named on the command line", path);
    struct output *o = lua_newuserdatauv(L, sizeof *o, 0);
    memset(o, 0, sizeof *o);
    luaL_setmetatable(L, OUTPUT_MT);
    drill_host_at_exit(L, -1); /* an output not committed is removed */
    o->path = strdup(path);
    if (!o->path)
        return luaL_error(L, "not enough memory");
    int fd = temp_open(path, &o->tmp);
    if (fd < 0)
        return push_failure(L, path, DRILL_EXIT_CANTCREAT, errno);
    o->f = fdopen(fd, "w");
    if (!o->f) {
        int e = errno;
        close(fd);
        unlink(o->tmp);
        return push_failure(L, path, DRILL_EXIT_CANTCREAT, e);
    }
    return 1;
}

/* write(path, text) -> true | nil, message, code: output(path), write, commit in one */
static int l_write(lua_State *L)
{
    luaL_checkstring(L, 1);
    luaL_checkstring(L, 2);
    lua_settop(L, 2);
    lua_pushcfunction(L, l_output);
    lua_pushvalue(L, 1);
    lua_call(L, 1, 3);
    if (lua_isnil(L, -3))
        return 3;
    lua_pop(L, 2);
    int out = lua_gettop(L);
    lua_pushcfunction(L, output_write);
    lua_pushvalue(L, out);
    lua_pushvalue(L, 2);
    lua_call(L, 2, 3);
    if (lua_isnil(L, -3)) {
        lua_pushcfunction(L, output_close);
        lua_pushvalue(L, out);
        lua_call(L, 1, 0);
        return 3;
    }
    lua_pop(L, 3);
    lua_pushcfunction(L, output_commit);
    lua_pushvalue(L, out);
    lua_call(L, 1, 3);
    if (lua_isnil(L, -3))
        return 3;
    lua_pushboolean(L, 1);
    return 1;
}

/* append_step_summary(text) -> true | false when $GITHUB_STEP_SUMMARY is
 * unset | nil, message, code. The one file outside the command line a guest
 * script may touch: CI gives it to the job for exactly this. A plugin call (a
 * grader, say) may not: it could forge the job's verdict there. */
static int l_append_step_summary(lua_State *L)
{
    size_t len;
    const char *text = luaL_checklstring(L, 1, &len);
    const char *call = drill_host_guest_call(L);
    if (call)
        return luaL_error(L, "the job summary: a plugin call (%s) cannot write to it", call);
    const char *path = getenv("GITHUB_STEP_SUMMARY");
    if (!path || !*path) {
        lua_pushboolean(L, 0);
        return 1;
    }
    drill_host_count_output(L, len);
    FILE *f = fopen(path, "a");
    if (!f)
        return push_failure(L, path, DRILL_EXIT_CANTCREAT, errno);
    errno = 0;
    int err = len && fwrite(text, 1, len, f) != len ? (errno ? errno : EIO) : 0;
    /* fclose once, whatever happened: it also reports what the buffer could not write */
    if (fclose(f) != 0 && !err)
        err = errno ? errno : EIO;
    if (err)
        return push_failure(L, path, DRILL_EXIT_IOERR, err);
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
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    luaL_newlib(L, omethods);
    lua_setfield(L, -2, "__index");
    lua_pop(L, 1);
    luaL_newlib(L, fns);
    return 1;
}
