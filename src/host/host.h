/* The Lua host: one Lua state per run, the sandbox that makes plugins guests,
 * and the one place where the host calls into Lua. */
#ifndef DRILL_HOST_H
#define DRILL_HOST_H

#include <lua.h>
#include <stddef.h>
#include <stdint.h>

#define DRILL_API_VERSION 2

struct drill_options {
    const char **banks; /* --bank / DRILL_BANKS, or NULL for the built-in banks */
    size_t nbanks;
    long long seed;
    int has_seed;
    const char *store; /* --store / DRILL_STORE, or NULL for the default path */
    const char *cache; /* where parsed banks are kept (DRILL_CACHE), or NULL for nowhere */
    int no_store;
    int trust;
    int no_color;
};

struct drill_host;

/* Creates the host and its Lua state with the drill API installed and, unless
 * opts->trust, the sandbox. `opts` must outlive the host. NULL when out of memory. */
struct drill_host *drill_host_new(const struct drill_options *opts, const char *argv0);
void drill_host_free(struct drill_host *h);
/* drill_host_free for a process about to exit: the finalizers registered with
 * drill_host_at_exit run, and the state and its memory are left for the system
 * to take back (sanitizer builds free everything, as drill_host_free). */
void drill_host_leave(struct drill_host *h);
/* For bindings: the userdata at idx has a finalizer with effects outside this
 * process (a file removed, a database closed), which must run at exit even
 * though the state is not closed. It must be safe to run twice. */
void drill_host_at_exit(lua_State *L, int idx);
/* As drill_host_at_exit, and the finalizer also runs in a worker of drill.parallel when it
 * ends (drill_host_worker_exit): for what a worker must not leave undone, such as writing
 * back what it worked out for later runs. */
void drill_host_at_worker_exit(lua_State *L, int idx);
/* In a worker about to end: runs the finalizers drill_host_at_worker_exit was given. */
void drill_host_worker_exit(lua_State *L);

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

/* What the code that grading may run was, as one number (*stamp): stat of every *.lua of
 * the built-in plugins (path, size, inode, modification and change times). 0, or -1 when the
 * running script is not one of drill's own, other directories are searched for modules
 * (DRILL_PATH, a script's own directory), or with --trust (Lua's own search path too):
 * then what grading runs cannot be told from the built-in plugins alone. */
int drill_host_code_stamp(lua_State *L, uint64_t *stamp);

/* For bindings: the host that owns L. */
struct drill_host *drill_host_of(lua_State *L);
const struct drill_options *drill_host_options(lua_State *L);

/* Blocking host calls that wait for the user or for workers pause the
 * clock: the time waited is not charged to any budget. Instructions are not
 * refreshed. Pauses nest. Never pause for work done in C (parsing, storing):
 * charge it with drill_host_charge instead. */
void drill_host_pause(lua_State *L);
void drill_host_resume(lua_State *L);

/* Charges `instructions` and `seconds` to every guest budget in force (work
 * a C function does for a guest in one go, or a worker's work); raises the
 * limit error when one is broken. Does nothing while drill's own code runs
 * or with --trust. */
void drill_host_charge(lua_State *L, long long instructions, double seconds);

/* If the value at idx is a read-only view (drill.readonly, a module, an API
 * table), replaces it in place with the table it shows, for bindings that
 * read tables raw: the table itself is only read. Returns 1 if replaced.
 * Stack: [-0, +0]. */
int drill_host_unproxy(lua_State *L, int idx);

/* Instructions left in the run's budget for guests (for workers to report
 * what an item cost). */
long long drill_host_run_budget(lua_State *L);

/* 1 while a guest call is running (not drill's own tool code). */
int drill_host_in_guest(lua_State *L);

/* The label of the innermost call into a plugin (a grader, a coach, a report
 * format, a module's body, drill.guard) that is running, or NULL when none is:
 * such calls have no business writing files. Never set with --trust. */
const char *drill_host_guest_call(lua_State *L);

/* Pushes a fresh environment for a chunk (its own globals, reading through
 * to the shared read-only ones); with --trust, the global table. */
void drill_host_push_env(lua_State *L);

/* In a forked worker: restarts the watchdog there; `on_stall` (which must
 * be async-signal-safe) is called from the watchdog's thread, before the
 * worker ends, when a call is stuck inside C. */
void drill_host_after_fork(lua_State *L, void (*on_stall)(const char *msg, void *ud), void *ud);
/* Around fork in the parent: the watchdog's thread stops before and starts
 * again after, so the process forks with one thread. */
void drill_host_before_fork(lua_State *L);
void drill_host_after_fork_parent(lua_State *L);
int drill_host_in_worker(lua_State *L);

/* 1 if a guest may read `path`: it (or a directory holding it) was named
 * on the command line as an argument of the script or as a bank. Always 1
 * with --trust. */
int drill_host_path_allowed(lua_State *L, const char *path);

/* 1 if a guest may write `path`: exactly a path named on the command line
 * (as an argument or the value of an --option=VALUE argument). Always 1
 * with --trust. */
int drill_host_output_allowed(lua_State *L, const char *path);

/* Counts bytes a guest prints (not drill's own tools); raises a Lua error
 * past the output limit. */
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

/* As drill_host_pcall, but a guest call only when a guest is calling:
 * drill's own tool code calling its own function keeps its freedom. */
int drill_host_pcall_inherit(lua_State *L, int nargs, int nres, const char *label);

#endif
