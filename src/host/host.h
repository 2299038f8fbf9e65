/* The Lua host: one Lua state per run, the sandbox that makes plugins guests,
 * and the one place where the host calls into Lua. */
#ifndef DRILL_HOST_H
#define DRILL_HOST_H

#include <lua.h>
#include <stddef.h>

#define DRILL_API_VERSION 1

struct drill_options {
    const char **banks; /* --bank / DRILL_BANKS, or NULL for the built-in banks */
    size_t nbanks;
    long long seed;
    int has_seed;
    const char *store; /* --store / DRILL_STORE, or NULL for the default path */
    int no_store;
    int trust;
    int no_color;
};

struct drill_host;

/* Creates the host and its Lua state with the drill API installed and, unless
 * opts->trust, the sandbox. `opts` must outlive the host. NULL when out of memory. */
struct drill_host *drill_host_new(const struct drill_options *opts, const char *argv0);
void drill_host_free(struct drill_host *h);

/* Runs the plugin script at `path` with `argc` arguments. `display` is the
 * name used in messages. Returns the process exit code; errors have been
 * reported on standard error. */
int drill_host_run(struct drill_host *h, const char *path, const char *display, int argc,
                   char **argv, int nlead, char **lead);

/* Finds a plugin by name: a path if it holds '/', else NAME or NAME.lua in
 * each DRILL_PATH directory, then the installed and build-tree plugins/ --
 * never the current directory, as a shell treats PATH.
 * Writes the path to buf and returns 0, or -1 when not found. */
int drill_host_find_script(const char *argv0, const char *name, char *buf, size_t cap);

/* The directory of built-in plugins or banks (installed beside the binary,
 * else in the source tree). Returns a static string. */
const char *drill_host_data_dir(const char *argv0, const char *what);

/* For bindings: the host that owns L. */
struct drill_host *drill_host_of(lua_State *L);
const struct drill_options *drill_host_options(lua_State *L);

/* Blocking host calls (waiting for the user) pause the time and instruction
 * budgets; resuming starts them afresh. */
void drill_host_pause(lua_State *L);
void drill_host_resume(lua_State *L);

/* 1 if a guest may read `path`: it (or a directory holding it) was named
 * on the command line as an argument of the script or as a bank. Always 1
 * with --trust. */
int drill_host_path_allowed(lua_State *L, const char *path);

/* 1 if a guest may write `path`: exactly a path named on the command line
 * (as an argument or the value of an --option=VALUE argument). Always 1
 * with --trust. */
int drill_host_output_allowed(lua_State *L, const char *path);

/* Counts bytes a guest prints; raises a Lua error past the output limit. */
void drill_host_count_output(lua_State *L, size_t n);

/* Raises an error that ends the run with `code` (64, 65, 66 …) and prints
 * `msg` as is. Does not return. */
int drill_host_raise(lua_State *L, int code, const char *fmt, ...);

/* Calls the function below `nargs` arguments on the stack in protected mode
 * with a traceback handler, under a fresh time and instruction budget named
 * `label`. Returns LUA_OK with `nres` results, or an error status with a
 * message (or drill.Exit object) on the stack. Every host->Lua call goes
 * through here. */
int drill_host_pcall(lua_State *L, int nargs, int nres, const char *label);

#endif
