/* The sandbox: what makes a plugin a guest. Budgets and the count hook, the
 * memory cap, the watchdog, read-only API tables, one environment per chunk,
 * and the standard library as guests see it. docs/sandbox.md is its reading. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <lauxlib.h>
#include <limits.h>
#include <lualib.h>
#include <math.h>
#include <malloc.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "alloc.h"
#include "chunks.h"
#include "clock.h"
#include "diag.h"
#include "drill_limits.h"
#include "file.h"
#include "host_impl.h"
#include "lpattern_lua.h"
#include "term.h"

#define EXIT_MT   "drill.Exit"
#define FROZEN    "drill.frozen"  /* real table -> its read-only proxy */
#define PROXY_OF  "drill.proxyof" /* proxy -> real table */
#define BUILTIN   "drill.builtin" /* module drill loaded from its own plugins -> true */
#define ENV_MT    "drill.envmeta" /* metatable of every chunk's environment */
#define BASE_ENV  "drill.baseenv" /* what every environment falls back to */
#define LOCKED    "locked"
#define MEM_SLACK (4u * 1024u * 1024u)

static void hook(lua_State *L, lua_Debug *ar);

static struct drill_host *host_of(lua_State *L)
{
    return *(struct drill_host **)lua_getextraspace(L);
}

/* ------------------------------------------------------------------ limits */

static int parse_limit(const char *key, const char *val, struct drill_run_limits *lim)
{
    char *end;
    errno = 0;
    double v = strtod(val, &end);
    if (errno || end == val || *end || !(v > 0) || v > 1e15)
        return -1;
    if (strcmp(key, "memory") == 0)
        lim->call_memory = (size_t)(v * 1024 * 1024);
    else if (strcmp(key, "tool-memory") == 0)
        lim->tool_memory = (size_t)(v * 1024 * 1024);
    else if (strcmp(key, "output") == 0)
        lim->output = (size_t)(v * 1024 * 1024);
    else if (strcmp(key, "call-seconds") == 0)
        lim->call_seconds = v;
    else if (strcmp(key, "main-seconds") == 0)
        lim->main_seconds = v;
    else if (strcmp(key, "run-seconds") == 0)
        lim->run_seconds = v;
    else if (strcmp(key, "call-instructions") == 0)
        lim->call_instructions = (long long)v;
    else if (strcmp(key, "main-instructions") == 0)
        lim->main_instructions = (long long)v;
    else if (strcmp(key, "run-instructions") == 0)
        lim->run_instructions = (long long)v;
    else if (strcmp(key, "grace-seconds") == 0)
        lim->grace_seconds = v < 1 ? 1 : (int)v;
    else
        return -1;
    return 0;
}

/* The defaults of drill_limits.h, then what DRILL_LIMITS says
 * ("memory=16,call-seconds=2"). A malformed entry is reported and ignored. */
void drill_sandbox_limits(struct drill_run_limits *lim, int trust)
{
    lim->call_instructions = DRILL_GUEST_INSTRUCTIONS;
    lim->main_instructions = DRILL_MAIN_INSTRUCTIONS;
    lim->run_instructions = DRILL_RUN_INSTRUCTIONS;
    lim->call_seconds = DRILL_GUEST_SECONDS;
    lim->main_seconds = DRILL_MAIN_SECONDS;
    lim->run_seconds = DRILL_RUN_SECONDS;
    lim->call_memory = DRILL_GUEST_MEMORY_BYTES;
    lim->tool_memory = (size_t)DRILL_TOOL_MEMORY_BYTES;
    lim->output = DRILL_GUEST_OUTPUT_BYTES;
    lim->grace_seconds = DRILL_WATCHDOG_GRACE_SECONDS;
    const char *env = getenv("DRILL_LIMITS");
    if (trust || !env || !*env)
        return;
    char *copy = strdup(env), *save = NULL;
    if (!copy)
        return;
    for (char *item = strtok_r(copy, ",", &save); item; item = strtok_r(NULL, ",", &save)) {
        char *eq = strchr(item, '=');
        if (eq)
            *eq = '\0';
        if (!eq || parse_limit(item, eq + 1, lim) != 0)
            fprintf(stderr, "drill: DRILL_LIMITS: ignoring '%s%s%s' (see docs/sandbox.md)\n", item,
                    eq ? "=" : "", eq ? eq + 1 : "");
    }
    free(copy);
}

/* ------------------------------------------------------------------ memory */

static int guest_running(const struct drill_host *h)
{
    return h->nguards > 1 && h->guards[h->nguards - 1].kind != GUARD_HOST;
}

/* Is a call whose Lua is counted (a guest script's main chunk, a guest call) running? */
static int counted_running(const struct drill_host *h)
{
    for (int i = 1; i < h->nguards; i++)
        if (h->guards[i].kind == GUARD_MAIN || h->guards[i].kind == GUARD_CALL)
            return 1;
    return 0;
}

/* 1 if `grow` more bytes fit under the cap of the state and of the running
 * guest call. Past a cap the first refusal grants a little slack, so the
 * error can still be reported with a traceback. */
static int mem_allow(struct drill_host *h, size_t grow)
{
    if (!h->mem_limit)
        return 1;
    size_t slack = h->mem_hit ? MEM_SLACK : 0;
    size_t total = h->mem_used + grow;
    int over = total > h->mem_limit + slack;
    if (!over && guest_running(h))
        over = total > h->call_mem_base + h->lim.call_memory + slack;
    if (over) {
        h->mem_hit = 1;
        h->mem_refusals++;
    }
    return !over;
}

/* Small blocks (most of Lua's strings, tables, closures and upvalues) come from free lists,
 * one per size class of 16 bytes up to POOL_MAX, carved out of large slabs: Lua says the size
 * of every block it frees or resizes, so a block needs no header, a small allocation is
 * mostly a pop and a free a push, where malloc and free took 10-15% of a batch check's time.
 * A block Lua takes to be at most POOL_MAX bytes is always the pool's (a larger one shrunk
 * below that is copied into the pool, or with no pool block to be had cut to its class's size
 * and kept), and a larger one always malloc's. The pool only grows; every slab stays
 * reachable from `slabs`. The sanitizer builds leave it out, so that each block is one of
 * theirs. */
#if defined(__SANITIZE_ADDRESS__)
#define USE_POOL 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define USE_POOL 0
#endif
#endif
#ifndef USE_POOL
#define USE_POOL 1
#endif
#define POOL_STEP    16
#define POOL_MAX     256
#define POOL_CLASSES (POOL_MAX / POOL_STEP)
#define SLAB_BYTES   ((size_t)64 << 10)

static struct {
    void *free[POOL_CLASSES];
    char *cur;   /* the unused rest of the newest slab */
    size_t left; /* its bytes */
    void *slabs; /* every slab, each linked by its first word */
} pool;

static size_t pool_class(size_t n)
{
    return (n + POOL_STEP - 1) / POOL_STEP - 1;
}

static void *pool_get(size_t n)
{
    size_t c = pool_class(n);
    void *p = pool.free[c];
    if (p) {
        memcpy(&pool.free[c], p, sizeof p);
        return p;
    }
    size_t size = (c + 1) * POOL_STEP;
    if (pool.left < size) {
        char *slab = malloc(SLAB_BYTES);
        if (!slab)
            return NULL;
        memcpy(slab, &pool.slabs, sizeof pool.slabs);
        pool.slabs = slab;
        pool.cur = slab + POOL_STEP; /* past the link, still aligned */
        pool.left = SLAB_BYTES - POOL_STEP;
    }
    p = pool.cur;
    pool.cur += size;
    pool.left -= size;
    return p;
}

static void pool_put(void *p, size_t n)
{
    size_t c = pool_class(n);
    memcpy(p, &pool.free[c], sizeof p);
    pool.free[c] = p;
}

/* A worker leaves the free blocks it inherited alone: taking one would copy its page (a
 * copy-on-write fault, with a TLB flush), where a slab of its own is only mapped afresh. On
 * 400 files at --jobs 2 that took system time from 0.62-0.75 s to 0.50-0.59 s. */
static void pool_forget(void)
{
    memset(pool.free, 0, sizeof pool.free);
    pool.cur = NULL;
    pool.left = 0;
}

void *drill_sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    struct drill_host *h = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        if (USE_POOL && ptr && old <= POOL_MAX)
            pool_put(ptr, old);
        else
            free(ptr);
        h->mem_used -= old;
        return NULL;
    }
    if (nsize > old && !mem_allow(h, nsize - old))
        return NULL;
    void *p = NULL;
    if (!USE_POOL) {
        p = realloc(ptr, nsize);
    } else if (nsize <= POOL_MAX) {
        if (ptr && old <= POOL_MAX && pool_class(old) == pool_class(nsize)) {
            p = ptr;
        } else if ((p = pool_get(nsize)) != NULL) {
            if (ptr) {
                memcpy(p, ptr, old < nsize ? old : nsize);
                if (old <= POOL_MAX)
                    pool_put(ptr, old);
                else
                    free(ptr);
            }
        } else if (ptr && old <= POOL_MAX && nsize < old) {
            p = ptr; /* shrinking never fails: the block is big enough */
        } else if (ptr && old > POOL_MAX) {
            /* a shrink with no pool block to be had: malloc's block, cut to the size of
             * nsize's class, becomes the pool's, as Lua will free it as a small one */
            p = realloc(ptr, (pool_class(nsize) + 1) * POOL_STEP);
        }
    } else if (ptr && old > POOL_MAX) {
        p = realloc(ptr, nsize);
    } else {
        p = malloc(nsize);
        if (p && ptr) {
            memcpy(p, ptr, old);
            pool_put(ptr, old);
        }
    }
    if (p)
        h->mem_used = h->mem_used - old + nsize;
    return p;
}

/* Lua's allocator once the process is about to exit (drill_host_leave): what still runs
 * gives no block back. */
static void *leave_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    if (nsize == 0)
        return NULL;
    return drill_sandbox_alloc(ud, ptr, osize, nsize);
}

int drill_sandbox_leave(struct drill_host *h)
{
    if (!h->L || !drill_mem_leave())
        return 0;
    lua_setallocf(h->L, leave_alloc, h);
    return 1;
}

/* The core's allocations for guests (parsed JSON, compiled regexes) share
 * the cap with the Lua heap. */
static int core_charge(void *ud, long long delta)
{
    struct drill_host *h = ud;
    if (delta > 0 && !mem_allow(h, (size_t)delta)) {
        /* the collector cannot see the core's memory, so unreachable regexes
         * and documents may be what fills the cap: collect once and retry */
        if (h->in_gc || !h->L)
            return 0;
        h->in_gc = 1;
        lua_gc(h->L, LUA_GCCOLLECT);
        h->in_gc = 0;
        h->mem_hit = 0;
        if (!mem_allow(h, (size_t)delta))
            return 0;
    }
    h->mem_used += (size_t)delta;
    return 1;
}

/* ----------------------------------------------------------------- budgets */

static int is_main_thread(lua_State *L)
{
    int main = lua_pushthread(L);
    lua_pop(L, 1);
    return main;
}

static int interval_of(lua_State *L)
{
    return is_main_thread(L) ? DRILL_HOOK_INTERVAL : DRILL_CO_HOOK_INTERVAL;
}

static void describe_limit(const struct guard *g, int instructions, char *buf, size_t cap)
{
    if (g->kind == GUARD_RUN && instructions)
        snprintf(buf, cap, "exceeded the run's instruction limit for plugins (%lld instructions)",
                 g->budget);
    else if (g->kind == GUARD_RUN)
        snprintf(buf, cap, "exceeded the run's time limit for plugins (%g s)", g->seconds);
    else if (instructions)
        snprintf(buf, cap, "exceeded the instruction limit (%lld instructions)", g->budget);
    else
        snprintf(buf, cap, "exceeded the time limit (%g s)", g->seconds);
}

/* Marks the guard at `index` broken. From here on the hook raises at every
 * instruction of every thread between that guard and the running code, so
 * neither pcall nor coroutine.resume can swallow the kill. */
static void kill_at(struct drill_host *h, lua_State *L, int index, int instructions)
{
    char what[200];
    describe_limit(&h->guards[index], instructions, what, sizeof what);
    snprintf(h->kill_msg, sizeof h->kill_msg, "%s: %s: %s", h->display, h->guards[index].label,
             what);
    h->killed = 1;
    h->killed_depth = index + 1;
    for (int i = index; i < h->nguards; i++)
        if (h->guards[i].thread)
            lua_sethook(h->guards[i].thread, hook, LUA_MASKCOUNT, 1);
    if (L)
        lua_sethook(L, hook, LUA_MASKCOUNT, 1);
}

/* Charges `n` instructions and `seconds` (work done elsewhere, as by a
 * worker) to every guest budget in force, and checks them against the clock. */
static void charge(struct drill_host *h, lua_State *L, long long n, double seconds)
{
    if (!guest_running(h))
        return;
    double now = drill_clock_now();
    atomic_store(&h->heartbeat_ms, (long)(now * 1000.0));
    int broken = -1;
    for (int i = 0; i < h->nguards; i++) {
        struct guard *g = &h->guards[i];
        if (g->kind == GUARD_HOST)
            continue;
        g->instructions -= n;
        g->deadline -= seconds;
        if (g->instructions < 0 || now > g->deadline)
            broken = i;
    }
    /* the innermost broken call fails first and its caller hears of it; a
     * caller that is itself out of budget fails at the next check */
    if (broken >= 0 && !h->killed)
        kill_at(h, L, broken, h->guards[broken].instructions < 0);
}

static void hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    struct drill_host *h = host_of(L);
    if (!h->killed) {
        int step = lua_gethookcount(L), want = interval_of(L);
        if (step != want) /* left at 1 by an earlier kill */
            lua_sethook(L, hook, LUA_MASKCOUNT, want);
        charge(h, L, step, 0);
    }
    if (h->killed) {
        lua_sethook(L, hook, LUA_MASKCOUNT, 1);
        luaL_error(L, "%s", h->kill_msg);
    }
}

void drill_host_charge(lua_State *L, long long instructions, double seconds)
{
    struct drill_host *h = host_of(L);
    if (h->opts->trust || h->nguards == 0)
        return;
    if (!guest_running(h)) {
        /* drill's own code reporting its workers' guest work: only the
         * run's budget is concerned, and breaking it ends the run */
        struct guard *run = &h->guards[0];
        run->instructions -= instructions;
        run->deadline -= seconds;
        /* the run's clock stands still while drill's own code runs */
        if (run->instructions < 0 || h->host_since > run->deadline) {
            char what[200];
            describe_limit(run, run->instructions < 0, what, sizeof what);
            luaL_error(L, "%s: %s: %s", h->display, run->label, what);
        }
        return;
    }
    charge(h, L, instructions, seconds);
    if (h->killed)
        luaL_error(L, "%s", h->kill_msg);
}

long long drill_host_run_budget(lua_State *L)
{
    struct drill_host *h = host_of(L);
    return h->nguards > 0 ? h->guards[0].instructions : 0;
}

void drill_host_pause(lua_State *L)
{
    struct drill_host *h = host_of(L);
    if (h->paused_depth++ == 0) {
        h->paused_at = drill_clock_now();
        atomic_store(&h->paused, 1);
    }
}

/* Time spent waiting (for the user, for workers) is not a guest's: every
 * running budget's deadline moves by it. Instructions are not refreshed. */
void drill_host_resume(lua_State *L)
{
    struct drill_host *h = host_of(L);
    if (h->paused_depth == 0 || --h->paused_depth > 0)
        return;
    double now = drill_clock_now(), waited = now - h->paused_at;
    if (guest_running(h))
        for (int i = 0; i < h->nguards; i++)
            h->guards[i].deadline += waited;
    atomic_store(&h->heartbeat_ms, (long)(now * 1000.0));
    atomic_store(&h->paused, 0);
}

void drill_host_count_output(lua_State *L, size_t n)
{
    struct drill_host *h = host_of(L);
    if (h->opts->trust || !guest_running(h))
        return; /* a tool's own report is not a guest's output */
    h->out_bytes += n;
    if (h->out_bytes > h->lim.output)
        luaL_error(L, "%s: exceeded the output limit (%d MiB)", h->display,
                   (int)(h->lim.output >> 20));
}

int drill_host_in_guest(lua_State *L)
{
    return guest_running(host_of(L));
}

const char *drill_host_guest_call(lua_State *L)
{
    const struct drill_host *h = host_of(L);
    for (int i = h->nguards - 1; i >= 1; i--)
        if (h->guards[i].kind == GUARD_CALL || h->guards[i].kind == GUARD_OWN)
            return h->guards[i].label ? h->guards[i].label : "a plugin call";
    return NULL;
}

/* ---------------------------------------------------------------- watchdog */

static long now_ms(void)
{
    return (long)(drill_clock_now() * 1000.0);
}

/* How long the watchdog lets a call of guard g sit in one C call: its time
 * and the grace, in milliseconds; no end for drill's own code, whose time is
 * INFINITY (converting that to an integer is undefined, and gave the watchdog
 * a limit far below zero to read while a guest called into drill's code). */
static long watch_limit(const struct drill_host *h, const struct guard *g)
{
    if (!(g->seconds < (double)(LONG_MAX / 1000 - h->lim.grace_seconds)))
        return LONG_MAX;
    return (long)(g->seconds * 1000) + h->lim.grace_seconds * 1000L;
}

/* Ends the process when a guest has been stuck inside one C call (where the
 * hook cannot fire) for longer than its time limit and a grace. In a worker
 * the parent hears of it first, fails that answer and starts a new worker. */
static void *watchdog(void *ud)
{
    struct drill_host *h = ud;
    pthread_mutex_lock(&h->wd_lock);
    while (!h->wd_stop) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        ts.tv_nsec += 200 * 1000 * 1000;
        if (ts.tv_nsec >= 1000000000L) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000L;
        }
        pthread_cond_timedwait(&h->wd_wake, &h->wd_lock, &ts);
        if (h->wd_stop)
            break;
        if (!atomic_load(&h->in_guest) || atomic_load(&h->paused))
            continue;
        long limit = atomic_load(&h->watch_ms);
        if (now_ms() - atomic_load(&h->heartbeat_ms) <= limit)
            continue;
        char msg[700];
        int n = snprintf(msg, sizeof msg, "%s: %s: stuck inside one call for over %ld s; stopping",
                         h->display ? h->display : "plugin",
                         h->nguards > 0 ? h->guards[h->nguards - 1].label : "run", limit / 1000);
        if (h->on_stall)
            h->on_stall(msg, h->on_stall_ud);
        if (n > 0 && (size_t)n < sizeof msg - 1) {
            msg[n] = '\n';
            if (write(STDERR_FILENO, "drill: ", 7) < 0 || write(STDERR_FILENO, msg, (size_t)n + 1))
                n = 0;
        }
        _exit(DRILL_EXIT_INTERNAL);
    }
    pthread_mutex_unlock(&h->wd_lock);
    return NULL;
}

static void watchdog_start(struct drill_host *h)
{
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&h->wd_wake, &attr);
    pthread_condattr_destroy(&attr);
    pthread_mutex_init(&h->wd_lock, NULL);
    h->wd_stop = 0;
    /* the watchdog takes no signal: a Ctrl-C handled on its thread would
     * leave the main thread waiting for a key that never comes */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    h->watchdog_running = pthread_create(&h->watchdog, NULL, watchdog, h) == 0;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

/* Stops and joins the watchdog, so it never reads a host being freed. */
static void watchdog_stop(struct drill_host *h)
{
    if (!h->watchdog_running)
        return;
    pthread_mutex_lock(&h->wd_lock);
    h->wd_stop = 1;
    pthread_cond_signal(&h->wd_wake);
    pthread_mutex_unlock(&h->wd_lock);
    pthread_join(h->watchdog, NULL);
    pthread_mutex_destroy(&h->wd_lock);
    pthread_cond_destroy(&h->wd_wake);
    h->watchdog_running = 0;
}

/* fork only from one thread: a thread that held a lock (the allocator's,
 * under a sanitizer) at fork time would leave it held forever in the child.
 * The free pages inside the heap go back to the system first: a worker that
 * reused one would copy it on its first write (a copy-on-write fault, with a
 * TLB flush), where a page given back is only mapped afresh. On 400 answer
 * files at --jobs 2 that took system time from 0.70-0.84 s to 0.48-0.58 s.
 * The heap's top is kept (DRILL_HEAP_STEP): giving it back too made checking
 * one file 45 ms slower, its worker faulting the pages in again. */
void drill_host_before_fork(lua_State *L)
{
    watchdog_stop(host_of(L));
    malloc_trim(DRILL_HEAP_STEP);
}

void drill_host_after_fork_parent(lua_State *L)
{
    struct drill_host *h = host_of(L);
    if (h->watchdog_wanted && guest_running(h) && !h->watchdog_running)
        watchdog_start(h);
}

void drill_host_after_fork(lua_State *L, void (*on_stall)(const char *msg, void *ud), void *ud)
{
    struct drill_host *h = host_of(L);
    h->in_worker = 1;
    h->on_stall = on_stall;
    h->on_stall_ud = ud;
    h->paused_depth = 0;
    atomic_store(&h->paused, 0);
    pool_forget();
    /* A major collection that frees less than half of what grew since the one before (as
     * while a worker prepares the rubrics it meets first) makes the generational collector
     * wait for the heap to grow by the pause before the next: at the default 200% a grading
     * worker's Lua heap grew from 15 to 26 MiB, and its peak memory 8-11 MiB higher, than at
     * 150%, at 1% more instructions. A worker's heap grows for a while and then holds; the
     * parent keeps the default, which costs a guest whose heap only grows (one filling memory
     * to its cap) fewer collections. */
    lua_gc(L, LUA_GCSETPAUSE, 150);
    /* the parent stopped its watchdog before forking */
    if (h->watchdog_wanted && guest_running(h) && !h->watchdog_running)
        watchdog_start(h);
}

int drill_host_in_worker(lua_State *L)
{
    return host_of(L)->in_worker;
}

/* ------------------------------------------------------- exits and errors */

static int exit_tostring(lua_State *L)
{
    luaL_checkudata(L, 1, EXIT_MT);
    lua_getiuservalue(L, 1, 1);
    return 1;
}

int drill_sandbox_is_exit(lua_State *L, int idx)
{
    return luaL_testudata(L, idx, EXIT_MT) != NULL;
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

/* drill.exit([code [, message]]): ends the run. Inside a call into a plugin
 * (a grader) it is an error of that call: a grader cannot end a batch. */
static int l_exit(lua_State *L)
{
    lua_Integer code = luaL_optinteger(L, 1, 0);
    luaL_argcheck(L, code >= 0 && code <= 255, 1, "exit code must be 0-255");
    const char *msg = luaL_optstring(L, 2, "");
    push_exit(L, (int)code, msg);
    return lua_error(L);
}

/* Pushes `s` cut to DRILL_MAX_MESSAGE_BYTES on a character boundary. */
static const char *push_cut(lua_State *L, const char *s, size_t n)
{
    if (n <= DRILL_MAX_MESSAGE_BYTES)
        return lua_pushlstring(L, s, n);
    size_t cut = DRILL_MAX_MESSAGE_BYTES;
    while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
        cut--;
    lua_pushlstring(L, s, cut);
    return lua_pushfstring(L, "%s... (%d more bytes not shown)", lua_tostring(L, -1),
                           (int)(n - cut));
}

static int msgh(lua_State *L)
{
    struct drill_host *h = host_of(L);
    if (drill_sandbox_is_exit(L, 1))
        return 1;
    const char *msg;
    char buf[600];
    if (h->killed) {
        msg = h->kill_msg;
    } else if (h->mem_hit) {
        size_t cap = guest_running(h) ? h->lim.call_memory : h->mem_limit;
        snprintf(buf, sizeof buf, "%s: %s: exceeded the memory limit (%u MiB)", h->display,
                 h->nguards ? h->guards[h->nguards - 1].label : "run", (unsigned)(cap >> 20));
        msg = buf;
    } else {
        size_t n;
        msg = lua_tolstring(L, 1, &n);
        if (!msg) {
            if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
                msg = lua_tolstring(L, -1, &n);
            else
                msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1)),
                n = strlen(msg);
        }
        msg = push_cut(L, msg, n);
    }
    luaL_traceback(L, L, msg, 1);
    return 1;
}

/* ------------------------------------------------------------ guarded calls */

/* One guarded call of the function below `nargs` arguments. A guest call
 * gets its own budget and is charged to every budget around it too: a guest
 * cannot escape its limits by splitting work into nested calls. */
static int guarded_pcall(lua_State *L, int nargs, int nres, const char *label, enum guard_kind kind)
{
    struct drill_host *h = host_of(L);
    if (h->opts->trust)
        kind = GUARD_HOST;
    int base = lua_gettop(L) - nargs;
    /* room for the message handler; lua_pushstring below needs none beyond the function's slot */
    if (h->nguards == MAX_GUARDS || h->killed || !lua_checkstack(L, 1)) {
        lua_settop(L, base - 1);
        lua_pushstring(L, h->killed                  ? h->kill_msg
                          : h->nguards == MAX_GUARDS ? "calls into plugins are nested too deeply"
                                                     : "stack overflow");
        h->last_kind = h->killed ? "limit" : "error";
        return LUA_ERRRUN;
    }
    if (h->mem_hit && !h->in_gc) {
        /* a cap refused memory earlier and its caller caught the error: its garbage may
         * still fill the cap, so collect it, and this call starts clean */
        h->in_gc = 1;
        lua_gc(L, LUA_GCCOLLECT);
        h->in_gc = 0;
        h->mem_hit = 0;
    }
    double entered = drill_clock_now();
    unsigned long refusals = h->mem_refusals;
    int was_guest = guest_running(h);
    if (kind != GUARD_HOST && !was_guest) {
        h->guards[0].deadline += entered - h->host_since; /* the run's clock starts again */
        h->call_mem_base = h->mem_used;
    }
    /* started when a guest's code first runs: drill's own code never needs it, and a thread
     * is a noticeable part of a short run's time (list.lua) */
    if (kind != GUARD_HOST && h->watchdog_wanted && !h->watchdog_running)
        watchdog_start(h);
    if (kind != GUARD_HOST && kind != GUARD_OWN && !lua_gethook(L))
        lua_sethook(L, hook, LUA_MASKCOUNT, interval_of(L));
    struct guard *g = &h->guards[h->nguards++];
    memset(g, 0, sizeof *g);
    g->kind = kind;
    g->label = label;
    g->thread = L;
    if (kind == GUARD_HOST) {
        g->seconds = INFINITY;
        g->budget = LLONG_MAX;
    } else if (kind == GUARD_MAIN) {
        g->seconds = h->lim.main_seconds;
        g->budget = h->lim.main_instructions;
    } else {
        g->seconds = h->lim.call_seconds;
        g->budget = h->lim.call_instructions;
    }
    g->deadline = entered + g->seconds;
    g->instructions = g->budget;
    int depth = h->nguards;
    atomic_store(&h->watch_ms, watch_limit(h, g));
    atomic_store(&h->heartbeat_ms, (long)(entered * 1000.0));
    atomic_store(&h->in_guest, kind != GUARD_HOST);

    lua_pushcfunction(L, msgh);
    lua_insert(L, base);
    int status = lua_pcall(L, nargs, nres, base);
    lua_remove(L, base);

    /* a call that ran over its budget fails even if it returned before the
     * hook could tell it (as a caller charged for a nested call may) */
    double left = drill_clock_now();
    if (status == LUA_OK && !h->killed && kind != GUARD_HOST &&
        (g->instructions < 0 || left > g->deadline))
        kill_at(h, NULL, h->nguards - 1, g->instructions < 0);

    h->nguards--;
    if (kind != GUARD_HOST && !was_guest)
        h->host_since = left;
    const struct guard *inner = &h->guards[h->nguards - 1];
    atomic_store(&h->watch_ms, watch_limit(h, inner));
    atomic_store(&h->in_guest, guest_running(h));
    atomic_store(&h->heartbeat_ms, (long)(left * 1000.0));

    h->last_kind = "error";
    if (h->killed && h->killed_depth >= depth) {
        /* broken here, whatever coroutines or pcalls lay between: the call
         * fails even if the guest caught the error and returned */
        lua_settop(L, base - 1);
        lua_pushstring(L, h->kill_msg);
        status = LUA_ERRRUN;
        h->last_kind = "limit";
        if (h->killed_depth == depth) {
            h->killed = 0;
            lua_sethook(L, hook, LUA_MASKCOUNT, interval_of(L));
        }
    } else if (status != LUA_OK && (h->mem_refusals != refusals || status == LUA_ERRMEM) &&
               !h->killed) {
        /* a memory cap refused an allocation in this call (one refused before it, that the
         * caller caught, does not make this call's own error a memory one) */
        size_t cap = kind == GUARD_HOST ? h->mem_limit : h->lim.call_memory;
        h->mem_hit = 0;
        h->last_kind = "memory";
        lua_pop(L, 1);
        lua_pushfstring(L, "%s: %s: exceeded the memory limit (%d MiB)", h->display, label,
                        (int)(cap >> 20));
    } else if (status != LUA_OK && (kind == GUARD_CALL || kind == GUARD_OWN) &&
               drill_sandbox_is_exit(L, -1)) {
        /* drill.exit inside a grader is that grader's error, not the run's end */
        int code = *(int *)lua_touserdata(L, -1);
        lua_getiuservalue(L, -1, 1);
        const char *said = lua_tostring(L, -1);
        if (said && *said)
            lua_pushfstring(L, "%s: %s: called drill.exit(%d, \"%s\")", h->display, label, code,
                            said);
        else
            lua_pushfstring(L, "%s: %s: called drill.exit(%d)", h->display, label, code);
        lua_replace(L, -3);
        lua_pop(L, 1);
    }
    if (status == LUA_OK && !guest_running(h))
        h->mem_hit = 0;
    /* back in drill's own code, its script or a call of its own plugin code, which is not
     * counted (a broken run budget keeps the hook, which ends the script) */
    if (kind != GUARD_HOST && !counted_running(h) && h->builtin && !h->killed && L == h->L)
        lua_sethook(L, NULL, 0, 0);
    return status;
}

int drill_host_pcall(lua_State *L, int nargs, int nres, const char *label)
{
    return guarded_pcall(L, nargs, nres, label, GUARD_CALL);
}

int drill_host_pcall_inherit(lua_State *L, int nargs, int nres, const char *label)
{
    struct drill_host *h = host_of(L);
    enum guard_kind k = guest_running(h) ? GUARD_CALL : GUARD_HOST;
    return guarded_pcall(L, nargs, nres, label, k);
}

int drill_sandbox_run_main(struct drill_host *h, int nargs)
{
    return guarded_pcall(h->L, nargs, 1, "main chunk", h->builtin ? GUARD_HOST : GUARD_MAIN);
}

/* Is the function at idx Lua code of drill's own plugins directory? The last chunk asked about
 * is remembered by its name: a grader's calls come from one file. */
static int own_code(struct drill_host *h, lua_State *L, int idx)
{
    lua_Debug ar;
    lua_pushvalue(L, idx);
    if (!lua_getinfo(L, ">S", &ar) || ar.source[0] != '@')
        return 0;
    if (strcmp(ar.source, h->guarded_src) != 0) {
        h->guarded_own = drill_host_is_builtin_path(h, ar.source + 1);
        snprintf(h->guarded_src, sizeof h->guarded_src, "%s", ar.source);
    }
    return h->guarded_own;
}

/* drill.guard(label, fn, ...): calls fn as a guest call under its own
 * budget; returns true and its results, or false, message, kind ("error",
 * "limit" or "memory"). A limit broken in an outer call keeps propagating.
 * drill's own code calling drill's own plugin code (a built-in grader) makes
 * a GUARD_OWN call, whose Lua the count hook does not see. */
static int l_guard(lua_State *L)
{
    struct drill_host *h = host_of(L);
    luaL_checkstring(L, 1);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    const char *label = lua_tostring(L, 1); /* stays at index 1 throughout */
    int nargs = lua_gettop(L) - 2;
    enum guard_kind kind =
        !guest_running(h) && h->builtin && own_code(h, L, 2) ? GUARD_OWN : GUARD_CALL;
    int status = guarded_pcall(L, nargs, LUA_MULTRET, label, kind);
    if (status == LUA_OK) {
        lua_pushboolean(L, 1);
        lua_replace(L, 1);
        return lua_gettop(L);
    }
    if (h->killed || drill_sandbox_is_exit(L, -1))
        return lua_error(L);
    lua_pushboolean(L, 0);
    lua_insert(L, -2);
    lua_pushstring(L, h->last_kind);
    return 3;
}

/* --------------------------------------------------------- read-only tables */

static void push_frozen(lua_State *L, int idx);

/* Looks `key` up in `real` and the tables its metatables chain through
 * __index, all raw, so no guest code runs in the reader's context. */
static int proxy_index(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    for (int hops = 0; hops < 16; hops++) {
        lua_pushvalue(L, 2);
        if (lua_rawget(L, -2) != LUA_TNIL || !lua_getmetatable(L, -2))
            break;
        lua_pushliteral(L, "__index");
        if (lua_rawget(L, -2) != LUA_TTABLE) {
            lua_pushnil(L);
            break;
        }
        lua_replace(L, -4);
        lua_pop(L, 2);
    }
    if (lua_type(L, -1) == LUA_TTABLE)
        push_frozen(L, -1);
    return 1;
}

static int proxy_newindex(lua_State *L)
{
    return luaL_error(L, "cannot change read-only table (field '%s')", luaL_tolstring(L, 2, NULL));
}

static int proxy_len(lua_State *L)
{
    lua_pushinteger(L, (lua_Integer)lua_rawlen(L, lua_upvalueindex(1)));
    return 1;
}

static int proxy_next(lua_State *L)
{
    lua_settop(L, 2); /* proxy, key */
    lua_pushvalue(L, 2);
    if (!lua_next(L, lua_upvalueindex(1)))
        return 0;
    if (lua_type(L, -1) == LUA_TTABLE) {
        push_frozen(L, -1);
        lua_replace(L, -2);
    }
    return 2;
}

static int proxy_pairs(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushcclosure(L, proxy_next, 1);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

/* Pushes the read-only proxy of the table at idx (made once per table; a
 * proxy is its own proxy). Values read through it are proxies too. */
static void push_frozen(lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    luaL_checkstack(L, 8, "read-only table");
    lua_getfield(L, LUA_REGISTRYINDEX, PROXY_OF);
    lua_pushvalue(L, idx);
    int already = lua_rawget(L, -2) != LUA_TNIL;
    lua_pop(L, 2);
    if (already) {
        lua_pushvalue(L, idx);
        return;
    }
    lua_getfield(L, LUA_REGISTRYINDEX, FROZEN);
    lua_pushvalue(L, idx);
    if (lua_rawget(L, -2) == LUA_TTABLE) {
        lua_remove(L, -2);
        return;
    }
    lua_pop(L, 1);
    lua_newtable(L); /* the proxy */
    lua_createtable(L, 0, 5);
    static const struct {
        const char *name;
        lua_CFunction fn;
    } mm[] = {{"__index", proxy_index}, {"__len", proxy_len}, {"__pairs", proxy_pairs}};
    for (size_t i = 0; i < sizeof mm / sizeof *mm; i++) {
        lua_pushvalue(L, idx);
        lua_pushcclosure(L, mm[i].fn, 1);
        lua_setfield(L, -2, mm[i].name);
    }
    lua_pushcfunction(L, proxy_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushliteral(L, LOCKED);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_pushvalue(L, idx);
    lua_pushvalue(L, -2);
    lua_rawset(L, -4); /* frozen[real] = proxy */
    lua_remove(L, -2);
    lua_getfield(L, LUA_REGISTRYINDEX, PROXY_OF);
    lua_pushvalue(L, -2);
    lua_pushvalue(L, idx);
    lua_rawset(L, -3); /* proxyof[proxy] = real */
    lua_pop(L, 1);
}

int drill_host_unproxy(lua_State *L, int idx)
{
    if (lua_type(L, idx) != LUA_TTABLE)
        return 0;
    /* every proxy has a metatable: a table without one is looked up no further */
    if (!lua_getmetatable(L, idx))
        return 0;
    lua_pop(L, 1);
    idx = lua_absindex(L, idx);
    lua_getfield(L, LUA_REGISTRYINDEX, PROXY_OF);
    lua_pushvalue(L, idx);
    if (lua_rawget(L, -2) == LUA_TTABLE) {
        lua_replace(L, idx);
        lua_pop(L, 1);
        return 1;
    }
    lua_pop(L, 2);
    return 0;
}

static int is_proxy(lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    lua_getfield(L, LUA_REGISTRYINDEX, PROXY_OF);
    lua_pushvalue(L, idx);
    int yes = lua_rawget(L, -2) != LUA_TNIL;
    lua_pop(L, 2);
    return yes;
}

/* drill.readonly(t): a read-only view of t (and of every table reached
 * through it). Other values are returned as they are. */
static int l_readonly(lua_State *L)
{
    luaL_checkany(L, 1);
    if (lua_type(L, 1) == LUA_TTABLE)
        push_frozen(L, 1);
    else
        lua_pushvalue(L, 1);
    return 1;
}

/* drill.builtin(v): whether v is a module that require loaded from drill's own plugins
 * directory (read-only, its code drill's own): what such a module returns needs no copy to be
 * plain data. */
static int l_builtin(lua_State *L)
{
    luaL_checkany(L, 1);
    int yes = 0;
    if (lua_getfield(L, LUA_REGISTRYINDEX, BUILTIN) == LUA_TTABLE) {
        lua_pushvalue(L, 1);
        yes = lua_rawget(L, -2) == LUA_TBOOLEAN;
    }
    lua_pushboolean(L, yes);
    return 1;
}

/* The __index of a view of the shared library, which is fixed once the run begins: at its
 * first read, the view's __index becomes a copy of the table, with each table in it as its own
 * view, where it was a function that reads the table and makes views as it goes. Reads of the
 * library (string methods, math.max, drill.text.length) then take no call, and a module never
 * read is never copied. The copy is out of guests' reach: the view's metatable is locked, and
 * the view itself holds nothing. */
static int fixed_index(lua_State *L)
{
    luaL_checkstack(L, 8, "read-only table");
    int real = lua_upvalueindex(1);
    lua_newtable(L); /* the copy */
    int copy = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, real)) {
        if (lua_type(L, -1) == LUA_TTABLE) {
            push_frozen(L, -1);
            lua_remove(L, -2);
        }
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, copy);
    }
    lua_getmetatable(L, 1);
    lua_pushvalue(L, copy);
    lua_setfield(L, -2, "__index");
    lua_pop(L, 1);
    lua_pushvalue(L, 2);
    lua_rawget(L, copy);
    return 1;
}

/* Gives the view at idx fixed_index, when its table has no metatable of its own (whose __index
 * the function of every other view follows). */
static void fix_view(lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    lua_getfield(L, LUA_REGISTRYINDEX, PROXY_OF);
    lua_pushvalue(L, idx);
    if (lua_rawget(L, -2) == LUA_TTABLE && !lua_getmetatable(L, -1)) {
        lua_getmetatable(L, idx);
        lua_pushvalue(L, -2);
        lua_pushcclosure(L, fixed_index, 1);
        lua_setfield(L, -2, "__index");
    }
    lua_settop(L, idx);
}

/* Replaces field `name` of the table at idx with its read-only proxy. */
static void freeze_field(lua_State *L, int idx, const char *name)
{
    idx = lua_absindex(L, idx);
    if (lua_getfield(L, idx, name) == LUA_TTABLE) {
        push_frozen(L, -1);
        lua_setfield(L, idx, name);
    }
    lua_pop(L, 1);
}

/* ------------------------------------------------------------ environments */

/* Pushes a fresh environment: its own globals, falling back (read-only) to
 * the shared base, so one plugin's globals never reach another's. */
static void push_env(lua_State *L)
{
    lua_newtable(L);
    luaL_getmetatable(L, ENV_MT);
    lua_setmetatable(L, -2);
    lua_pushvalue(L, -1);
    lua_setfield(L, -2, "_G");
}

void drill_host_push_env(lua_State *L)
{
    if (host_of(L)->opts->trust)
        lua_pushglobaltable(L);
    else
        push_env(L);
}

/* ------------------------------------------------ the library guests see */

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
    if (drill_term_out(s, len) != 0)
        return drill_host_raise(L, DRILL_EXIT_IOERR, "drill: standard output: %s",
                                strerror(drill_term_out_error()));
    return 0;
}

/* load that only takes text, in a fresh environment unless given one. */
static int l_load(lua_State *L)
{
    int given_env = lua_gettop(L) >= 4;
    lua_settop(L, 4);
    const char *mode = luaL_optstring(L, 3, "t");
    if (strchr(mode, 'b'))
        return luaL_error(L, "binary chunks are not allowed for plugins");
    lua_pushstring(L, "t");
    lua_replace(L, 3);
    if (!given_env) {
        push_env(L);
        lua_replace(L, 4);
    }
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

/* rawset cannot write through a read-only view (it would shadow the field). */
static int l_rawset(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    if (is_proxy(L, 1))
        return luaL_error(L, "cannot change read-only table");
    luaL_checkany(L, 2);
    luaL_checkany(L, 3);
    lua_settop(L, 3);
    lua_rawset(L, 1);
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
        drill_host_charge(L, 10000, 0);
        lua_pushboolean(L, lua_gc(L, LUA_GCSTEP, 0));
        return 1;
    case 3:
        lua_pushboolean(L, lua_gc(L, LUA_GCISRUNNING));
        return 1;
    default:
        /* a full collection is work in C the hook cannot see: charge it by heap size */
        drill_host_charge(L, 100LL * lua_gc(L, LUA_GCCOUNT) + 10000, 0);
        lua_gc(L, LUA_GCCOLLECT);
        lua_pushinteger(L, 0);
        return 1;
    }
}

/* string.rep: an empty result is returned at once (the stock loop would
 * spin in C for every one of n empty copies), the rest charged by size. */
static int l_rep(lua_State *L)
{
    size_t l, lsep;
    luaL_checklstring(L, 1, &l);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &lsep);
    if (n <= 0 || l + lsep == 0) {
        lua_pushliteral(L, "");
        return 1;
    }
    if (l + lsep < (size_t)LLONG_MAX / 64 && n < LLONG_MAX / 64)
        drill_host_charge(L, (long long)(n * (lua_Integer)(l + lsep)) / 64, 0);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

/* table.move, table.sort, table.insert and table.remove loop in C: charge
 * each by the elements it may touch before it runs. */
static int l_tmove(lua_State *L)
{
    lua_Integer f = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
    if (e >= f)
        drill_host_charge(L, (e - f) < LLONG_MAX / 4 ? (long long)(e - f) + 1 : LLONG_MAX / 4, 0);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static int l_tcharged(lua_State *L)
{
    if (lua_type(L, 1) == LUA_TTABLE) {
        double n = (double)lua_rawlen(L, 1) + 1;
        drill_host_charge(L, (long long)(n * (log2(n) + 1)), 0);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* coroutines: every new one gets the hook at the coroutine interval and is
 * charged that interval up front (it may finish before its first hook), and
 * a kill inside a coroutine is raised again in whoever resumed it. */
static void prepare_thread(lua_State *L, lua_State *co)
{
    struct drill_host *h = host_of(L);
    if (h->opts->trust)
        return;
    lua_sethook(co, hook, LUA_MASKCOUNT, h->killed ? 1 : DRILL_CO_HOOK_INTERVAL);
    drill_host_charge(L, DRILL_CO_HOOK_INTERVAL, 0);
}

static int l_cocreate(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TFUNCTION);
    lua_State *co = lua_newthread(L);
    lua_pushvalue(L, 1);
    lua_xmove(L, co, 1);
    prepare_thread(L, co);
    return 1;
}

static int resume(lua_State *L, lua_State *co, int narg)
{
    struct drill_host *h = host_of(L);
    lua_Debug ar;
    if (co == L || (lua_status(co) == LUA_OK && lua_getstack(co, 0, &ar))) {
        lua_pushliteral(L, "cannot resume non-suspended coroutine");
        return -1;
    }
    if (lua_status(co) == LUA_OK && lua_gettop(co) == 0) {
        lua_pushliteral(L, "cannot resume dead coroutine");
        return -1;
    }
    if (lua_status(co) != LUA_OK && lua_status(co) != LUA_YIELD) {
        lua_pushliteral(L, "cannot resume dead coroutine");
        return -1;
    }
    if (!lua_checkstack(co, narg)) {
        lua_pushliteral(L, "too many arguments to resume");
        return -1;
    }
    lua_xmove(L, co, narg);
    int nres;
    int status = lua_resume(co, L, narg, &nres);
    if (h->killed) {
        lua_settop(co, 0);
        luaL_error(L, "%s", h->kill_msg);
    }
    if (status == LUA_OK || status == LUA_YIELD) {
        if (!lua_checkstack(L, nres + 1)) {
            lua_pop(co, nres);
            lua_pushliteral(L, "too many results to resume");
            return -1;
        }
        lua_xmove(co, L, nres);
        return nres;
    }
    lua_xmove(co, L, 1);
    return -1;
}

static int l_coresume(lua_State *L)
{
    lua_State *co = lua_tothread(L, 1);
    luaL_argexpected(L, co, 1, "coroutine");
    int r = resume(L, co, lua_gettop(L) - 1);
    if (r < 0) {
        lua_pushboolean(L, 0);
        lua_insert(L, -2);
        return 2;
    }
    lua_pushboolean(L, 1);
    lua_insert(L, -(r + 1));
    return r + 1;
}

static int auxwrap(lua_State *L)
{
    lua_State *co = lua_tothread(L, lua_upvalueindex(1));
    int r = resume(L, co, lua_gettop(L));
    if (r < 0) {
        if (lua_type(L, -1) == LUA_TSTRING) {
            luaL_where(L, 1);
            lua_insert(L, -2);
            lua_concat(L, 2);
        }
        return lua_error(L);
    }
    return r;
}

static int l_cowrap(lua_State *L)
{
    l_cocreate(L);
    lua_pushcclosure(L, auxwrap, 1);
    return 1;
}

/* require for guests: Lua text modules from the plugin directories only,
 * each in its own environment. A module from outside drill's own plugins
 * loads as a guest call; every module is handed out read-only, so no
 * plugin can change another's functions. */
static int l_require(lua_State *L)
{
    struct drill_host *h = host_of(L);
    const char *name = luaL_checkstring(L, 1);
    for (const char *p = name; *p; p++)
        if (!(*p == '.' || *p == '_' || *p == '-' || (*p >= '0' && *p <= '9') ||
              (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
            return luaL_error(L, "module name '%s' may hold only letters, digits, '.', '_', '-'",
                              name);
    lua_settop(L, 1);
    lua_getfield(L, LUA_REGISTRYINDEX, "drill.loaded"); /* 2 */
    lua_pushvalue(L, 1);
    if (lua_rawget(L, 2) != LUA_TNIL)
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
        lua_pop(L, 1);
        struct drill_diags d;
        drill_diags_init(&d);
        char *text;
        size_t len;
        if (drill_file_read(path, DRILL_MAX_FILE_BYTES, &text, &len, &d) != DRILL_OK)
            return luaL_error(L, "%s", d.msg[0]);
        lua_pushfstring(L, "@%s", path);
        int st = drill_chunk_load(L, text, len, lua_tostring(L, -1));
        free(text);
        if (st != LUA_OK)
            return lua_error(L);
        lua_remove(L, -2);
        if (!h->opts->trust) {
            push_env(L);
            lua_setupvalue(L, -2, 1);
        }
        lua_pushvalue(L, 1);
        lua_pushstring(L, path);
        int own = drill_host_is_builtin_path(h, path);
        if (own || h->opts->trust) {
            lua_call(L, 2, 1);
        } else {
            const char *label = lua_pushfstring(L, "loading module %s", name);
            lua_insert(L, -4);
            if (guarded_pcall(L, 2, 1, label, GUARD_CALL) != LUA_OK)
                return lua_error(L);
        }
        if (lua_isnil(L, -1)) {
            lua_pop(L, 1);
            lua_pushboolean(L, 1);
        }
        if (!h->opts->trust && lua_type(L, -1) == LUA_TTABLE) {
            push_frozen(L, -1);
            lua_replace(L, -2);
            if (own) {
                lua_getfield(L, LUA_REGISTRYINDEX, BUILTIN);
                lua_pushvalue(L, -2);
                lua_pushboolean(L, 1);
                lua_rawset(L, -3);
                lua_pop(L, 1);
            }
        }
        lua_pushvalue(L, 1);
        lua_pushvalue(L, -2);
        lua_rawset(L, 2);
        return 1;
    }
    luaL_pushresult(&tried);
    return luaL_error(L, "module '%s' not found:%s", name, lua_tostring(L, -1));
}

static int module_char(char ch)
{
    return ch == '.' || ch == '_' || ch == '-' || (ch >= '0' && ch <= '9') ||
           (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

static int dir_gc(lua_State *L)
{
    DIR **d = lua_touserdata(L, 1);
    if (*d)
        closedir(*d);
    *d = NULL;
    return 0;
}

static int str_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* modules(folder) -> the sorted names of the modules require finds in `folder` of the plugin
 * directories ("graders": {"framework", "keyword", ...}), each once: for "did you mean"
 * messages and for listing what a user can name. */
static int l_modules(lua_State *L)
{
    struct drill_host *h = host_of(L);
    const char *folder = luaL_checkstring(L, 1);
    for (const char *p = folder; *p; p++)
        if (!module_char(*p))
            return luaL_error(L, "folder name '%s' may hold only letters, digits, '.', '_', '-'",
                              folder);
    char rel[PATH_MAX];
    snprintf(rel, sizeof rel, "%s", folder);
    for (char *p = rel; *p; p++)
        if (*p == '.')
            *p = '/';
    lua_settop(L, 1);
    lua_newtable(L);                                  /* 2: name -> true */
    DIR **box = lua_newuserdatauv(L, sizeof *box, 0); /* 3: closed however the walk ends */
    *box = NULL;
    if (luaL_newmetatable(L, "drill.modules.dir")) {
        lua_pushcfunction(L, dir_gc);
        lua_setfield(L, -2, "__gc");
        lua_pushliteral(L, LOCKED);
        lua_setfield(L, -2, "__metatable");
    }
    lua_setmetatable(L, 3);
    int n = 0;
    for (int i = 0; i < h->nlibdirs && n < 10000; i++) {
        char path[PATH_MAX];
        int pn = snprintf(path, sizeof path, "%s/%s", h->libdirs[i], rel);
        if (pn < 0 || (size_t)pn >= sizeof path || !(*box = opendir(path)))
            continue;
        struct dirent *e;
        while ((e = readdir(*box)) && n < 10000) {
            size_t len = strlen(e->d_name);
            int ok = e->d_name[0] != '.' && len > 4 && len < 256 &&
                     strcmp(e->d_name + len - 4, ".lua") == 0;
            for (size_t k = 0; ok && k < len - 4; k++)
                ok = module_char(e->d_name[k]) && e->d_name[k] != '.';
            if (!ok)
                continue;
            lua_pushlstring(L, e->d_name, len - 4);
            if (lua_rawget(L, 2) == LUA_TNIL) {
                lua_pushlstring(L, e->d_name, len - 4);
                lua_pushboolean(L, 1);
                lua_rawset(L, 2);
                n++;
            }
            lua_pop(L, 1);
        }
        closedir(*box);
        *box = NULL;
    }
    const char **names = lua_newuserdatauv(L, (size_t)n * sizeof *names + 1, 0);
    int k = 0;
    lua_pushnil(L);
    while (lua_next(L, 2) != 0) {
        lua_pop(L, 1);
        names[k++] = lua_tostring(L, -1); /* anchored by the set at 2 */
    }
    qsort(names, (size_t)k, sizeof *names, str_cmp);
    lua_createtable(L, k, 0);
    for (int i = 0; i < k; i++) {
        lua_pushstring(L, names[i]);
        lua_rawseti(L, -2, i + 1);
    }
    return 1;
}

/* Wraps field `name` of the table at idx in `fn`, the old value as upvalue 1. */
static void wrap_field(lua_State *L, int idx, const char *name, lua_CFunction fn)
{
    idx = lua_absindex(L, idx);
    lua_getfield(L, idx, name);
    lua_pushcclosure(L, fn, 1);
    lua_setfield(L, idx, name);
}

/* A Lua-pattern step is a few nanoseconds of C: charge it as a fraction
 * of a VM instruction. */
static void lpat_steps(lua_State *L, long steps)
{
    if (steps > 0)
        drill_host_charge(L, steps / 4 + 1, 0);
}

/* Builds the guests' base environment from an allow list. */
static void build_base(lua_State *L)
{
    static const char *const base[] = {
        "assert", "error",  "getmetatable", "ipairs",   "next",      "pairs", "pcall",  "rawequal",
        "rawget", "rawlen", "select",       "tonumber", "tostring",  "type",  "xpcall", "_VERSION",
        "string", "table",  "math",         "utf8",     "coroutine", NULL};
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
    drill_lpat_on_steps = lpat_steps;
    wrap_field(L, -1, "rep", l_rep);
    lua_pop(L, 1);
    lua_getfield(L, g, "table");
    wrap_field(L, -1, "move", l_tmove);
    wrap_field(L, -1, "sort", l_tcharged);
    wrap_field(L, -1, "insert", l_tcharged);
    wrap_field(L, -1, "remove", l_tcharged);
    lua_pop(L, 1);
    /* a copy: the real coroutine table stays as the standard library made it */
    lua_newtable(L);
    lua_getfield(L, g, "coroutine");
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_settable(L, -5);
    }
    lua_pop(L, 1);
    lua_pushcfunction(L, l_cocreate);
    lua_setfield(L, -2, "create");
    lua_pushcfunction(L, l_coresume);
    lua_setfield(L, -2, "resume");
    lua_pushcfunction(L, l_cowrap);
    lua_setfield(L, -2, "wrap");
    lua_setfield(L, g, "coroutine");

    lua_getfield(L, full, "load");
    lua_pushcclosure(L, l_load, 1);
    lua_setfield(L, g, "load");
    lua_pushcfunction(L, l_collectgarbage);
    lua_setfield(L, g, "collectgarbage");
    lua_getfield(L, full, "setmetatable");
    lua_pushcclosure(L, l_setmetatable, 1);
    lua_setfield(L, g, "setmetatable");
    lua_pushcfunction(L, l_rawset);
    lua_setfield(L, g, "rawset");
    lua_pushcfunction(L, l_require);
    lua_setfield(L, g, "require");
    lua_pushcfunction(L, l_print);
    lua_setfield(L, g, "print");

    /* the host keeps using this table as its globals (to set arg, drill.script) */
    lua_pushvalue(L, g);
    lua_rawseti(L, LUA_REGISTRYINDEX, LUA_RIDX_GLOBALS);
    lua_pushvalue(L, g);
    lua_setfield(L, LUA_REGISTRYINDEX, BASE_ENV);
    lua_pop(L, 2);
}

/* -------------------------------------------------------------- lifecycle */

int drill_sandbox_open(struct drill_host *h)
{
    lua_State *L = h->L;
    int trust = h->opts->trust;
    h->mem_limit = trust ? 0 : h->lim.tool_memory;
    if (trust) {
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
    lua_pushliteral(L, LOCKED);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, "drill.loaded");
    static const char *const weak[] = {FROZEN, PROXY_OF, BUILTIN};
    for (int i = 0; i < 3; i++) {
        lua_newtable(L);
        lua_createtable(L, 0, 1);
        lua_pushliteral(L, "k");
        lua_setfield(L, -2, "__mode");
        lua_setmetatable(L, -2);
        lua_setfield(L, LUA_REGISTRYINDEX, weak[i]);
    }
    if (!trust) {
        build_base(L);
        /* the environment every chunk gets: reads fall back to the base */
        luaL_newmetatable(L, ENV_MT);
        lua_getfield(L, LUA_REGISTRYINDEX, BASE_ENV);
        lua_setfield(L, -2, "__index");
        lua_pushliteral(L, LOCKED);
        lua_setfield(L, -2, "__metatable");
        lua_pop(L, 1);

    } else {
        lua_pushcfunction(L, l_print);
        lua_setglobal(L, "print");
    }
    return 0;
}

/* Adds the host's own functions to the drill table on the stack. */
void drill_sandbox_api(lua_State *L)
{
    lua_pushcfunction(L, l_guard);
    lua_setfield(L, -2, "guard");
    lua_pushcfunction(L, l_exit);
    lua_setfield(L, -2, "exit");
    lua_pushcfunction(L, l_readonly);
    lua_setfield(L, -2, "readonly");
    lua_pushcfunction(L, l_builtin);
    lua_setfield(L, -2, "builtin");
    lua_pushcfunction(L, l_modules);
    lua_setfield(L, -2, "modules");
}

/* Last step before the script runs: everything shared is made read-only,
 * the budgets start, and the watchdog with them. */
void drill_sandbox_begin_run(struct drill_host *h)
{
    lua_State *L = h->L;
    double now = drill_clock_now();
    h->nguards = 1;
    struct guard *run = &h->guards[0];
    memset(run, 0, sizeof *run);
    run->kind = h->opts->trust ? GUARD_HOST : GUARD_RUN;
    run->label = "run";
    run->seconds = h->opts->trust ? INFINITY : h->lim.run_seconds;
    run->budget = h->opts->trust ? LLONG_MAX : h->lim.run_instructions;
    run->instructions = run->budget;
    run->deadline = now + run->seconds;
    run->thread = L;
    h->host_since = now;
    if (h->opts->trust)
        return;
    h->mem_limit = h->builtin ? h->lim.tool_memory : h->lim.call_memory;
    drill_mem_set_hook(core_charge, h);

    lua_pushglobaltable(L);
    int g = lua_gettop(L);
    static const char *const shared[] = {"string",    "table", "math", "utf8",
                                         "coroutine", "os",    "arg",  NULL};
    for (const char *const *k = shared; *k; k++) {
        freeze_field(L, g, *k);
        lua_getfield(L, g, *k);
        fix_view(L, -1);
        lua_pop(L, 1);
    }
    /* the limits in force, for plugins that want to know */
    lua_getfield(L, g, "drill");
    lua_createtable(L, 0, 10);
    static const struct {
        const char *name;
        size_t off;
        int type; /* 0 long long, 1 double, 2 size_t */
    } fields[] = {
        {"call_instructions", offsetof(struct drill_run_limits, call_instructions), 0},
        {"main_instructions", offsetof(struct drill_run_limits, main_instructions), 0},
        {"run_instructions", offsetof(struct drill_run_limits, run_instructions), 0},
        {"call_seconds", offsetof(struct drill_run_limits, call_seconds), 1},
        {"main_seconds", offsetof(struct drill_run_limits, main_seconds), 1},
        {"run_seconds", offsetof(struct drill_run_limits, run_seconds), 1},
        {"memory", offsetof(struct drill_run_limits, call_memory), 2},
        {"tool_memory", offsetof(struct drill_run_limits, tool_memory), 2},
        {"output", offsetof(struct drill_run_limits, output), 2},
    };
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
        const char *at = (const char *)&h->lim + fields[i].off;
        if (fields[i].type == 0)
            lua_pushinteger(L, (lua_Integer) * (const long long *)at);
        else if (fields[i].type == 1)
            lua_pushnumber(L, *(const double *)at);
        else
            lua_pushinteger(L, (lua_Integer) * (const size_t *)at);
        lua_setfield(L, -2, fields[i].name);
    }
    lua_setfield(L, -2, "limits");
    lua_pop(L, 1);
    /* drill and its modules: proxies whose fields are fixed */
    lua_getfield(L, g, "drill");
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        if (lua_type(L, -1) == LUA_TTABLE) {
            lua_pushvalue(L, -2);
            push_frozen(L, -2);
            fix_view(L, -1);
            lua_rawset(L, -5);
        }
        lua_pop(L, 1);
    }
    push_frozen(L, -1);
    fix_view(L, -1);
    lua_setfield(L, g, "drill");
    lua_pop(L, 1);
    lua_getfield(L, LUA_REGISTRYINDEX, "drill.loaded");
    lua_getfield(L, g, "drill");
    lua_setfield(L, -2, "drill");
    lua_pop(L, 1);
    /* strings reach the string table through their metatable: a view too */
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_getfield(L, g, "string");
    lua_setfield(L, -2, "__index");
    lua_pushliteral(L, LOCKED);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 3);

    /* Counting makes Lua stop at every instruction: drill's own script (list.lua, check.lua)
     * has no budget, so its thread is counted from the first call into a guest on it. A
     * coroutine is counted from its start. */
    if (!h->builtin)
        lua_sethook(L, hook, LUA_MASKCOUNT, DRILL_HOOK_INTERVAL);
    h->watchdog_wanted = 1;
}

void drill_sandbox_close(struct drill_host *h)
{
    watchdog_stop(h);
    atomic_store(&h->in_guest, 0);
    if (h->L)
        lua_sethook(h->L, NULL, 0, 0);
    drill_mem_set_hook(NULL, NULL);
}
