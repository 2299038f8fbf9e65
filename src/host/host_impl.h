/* The host's state, shared by host.c (running scripts) and sandbox.c (what
 * makes plugins guests); nothing outside src/host includes this. */
#ifndef DRILL_HOST_IMPL_H
#define DRILL_HOST_IMPL_H

#include <limits.h>
#include <lua.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>

#include "host.h"

#define MAX_GUARDS  32
#define MAX_LIBDIRS 16

/* The limits in force for one run: drill_limits.h, then DRILL_LIMITS. */
struct drill_run_limits {
    long long call_instructions, main_instructions, run_instructions;
    double call_seconds, main_seconds, run_seconds;
    size_t call_memory, tool_memory, output;
    int grace_seconds;
};

enum guard_kind {
    GUARD_HOST, /* drill's own code (a built-in tool's main chunk): no limits */
    GUARD_RUN,  /* every guest call of the run together */
    GUARD_MAIN, /* a guest script's main chunk */
    GUARD_CALL, /* one call into a plugin */
    /* one call drill's own code makes into drill's own plugin code (a built-in grader, the
     * coach): a guest call whose Lua is not counted instruction by instruction, as drill's own
     * script's is not; its time (at each charge and by the watchdog) and memory caps hold */
    GUARD_OWN,
};

/* One budget; guards[0] is the run's, the rest one per nested call. */
struct guard {
    enum guard_kind kind;
    const char *label;
    double deadline;        /* on drill_clock_now() */
    long long instructions; /* left */
    long long budget;       /* given */
    double seconds;         /* given */
    lua_State *thread;      /* where the call runs, to stop it after a kill */
};

struct drill_host {
    lua_State *L;
    const struct drill_options *opts;
    const char *argv0;
    const char *display; /* the script's name in messages */
    int builtin;         /* the script is one of drill's own */
    struct drill_run_limits lim;
    /* memory: the Lua heap and the core's allocations for guests together */
    size_t mem_used, mem_limit, call_mem_base;
    int mem_hit;
    unsigned long mem_refusals; /* allocations refused so far: which guarded call hit its cap */
    int in_gc;
    /* budgets */
    struct guard guards[MAX_GUARDS];
    int nguards;
    int killed, killed_depth; /* depth = index + 1 of the guard that broke */
    char kill_msg[512];
    const char *last_kind;
    double host_since; /* when the run's guests last stopped running */
    double paused_at;
    int paused_depth;
    size_t out_bytes;
    /* the watchdog */
    pthread_t watchdog;
    int watchdog_running;
    int watchdog_wanted; /* started when a guest's code first runs: drill's own never needs it */
    pthread_mutex_t wd_lock;
    pthread_cond_t wd_wake;
    int wd_stop;
    atomic_long heartbeat_ms;
    atomic_int in_guest, paused;
    atomic_long watch_ms;
    void (*on_stall)(const char *msg, void *ud);
    void *on_stall_ud;
    int in_worker;
    /* the chunk drill.guard last asked about (own_code): its name and whether it is drill's own */
    char guarded_src[PATH_MAX + 2];
    int guarded_own;
    /* what guests may read: real paths named on the command line */
    char **roots;
    int nroots;
    char **args; /* the script's arguments, as given */
    int nargs;
    /* where guests' require looks, in order */
    char *libdirs[MAX_LIBDIRS];
    int nlibdirs;
    char builtin_dir[4096]; /* drill's own plugins, resolved: its code is the host's */
    uint64_t code_stamp;    /* drill_host_code_stamp, worked out on first use */
    int code_stamp_done, code_stamp_ok;
};

/* sandbox.c */
void drill_sandbox_limits(struct drill_run_limits *lim, int trust);
int drill_sandbox_open(struct drill_host *h);
void drill_sandbox_close(struct drill_host *h);
void drill_sandbox_begin_run(struct drill_host *h);
/* Adds guard, exit and readonly to the drill table on top of the stack. */
void drill_sandbox_api(lua_State *L);
/* Runs the main chunk (below nargs arguments) under the guard its script
 * deserves; as drill_host_pcall. */
int drill_sandbox_run_main(struct drill_host *h, int nargs);
void *drill_sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize);
/* Lua and the core stop giving memory back, for drill_host_leave: 1, or 0 in sanitizer
 * builds, which free everything. */
int drill_sandbox_leave(struct drill_host *h);
int drill_sandbox_is_exit(lua_State *L, int idx);
/* 1 if `path` lies under drill's own plugins directory. */
int drill_host_is_builtin_path(struct drill_host *h, const char *path);

#endif
