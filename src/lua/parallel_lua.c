/* drill.parallel: work spread over forked worker processes, results streamed back in order. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <lauxlib.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "api.h"
#include "clock.h"
#include "diag.h"
#include "drill_limits.h"
#include "file.h"
#include "host.h"
#include "term.h"

#define POOL_MT   "drill.Pool"
#define MAX_JOBS  DRILL_MAX_WORKERS
#define MAX_FRAME (64u * 1024u * 1024u)
#define MAX_LANES MAX_JOBS

/* The workers of one call, in a userdata so an error on the way out still
 * stops and reaps them. Worker k reads the numbers of its items from cmd[k]
 * and sends each result back on fd[k]; item[k] is the one it is on (0: none)
 * and queued[k] the one it has been given next, so it never waits for this
 * process between items. Items given to a worker that stopped before it
 * began them wait in redo. Items are taken lane by lane (next). */
struct pool {
    int n;
    pid_t pid[MAX_JOBS];
    int fd[MAX_JOBS];
    int cmd[MAX_JOBS];
    lua_Integer item[MAX_JOBS], queued[MAX_JOBS];
    lua_Integer redo[2 * MAX_JOBS];
    int nredo;
    /* Item i is in lane (i - 1) % lanes (owns: whose it is); next[l] is the first item of lane
     * l not given to a worker yet. jobs: how many workers the call has */
    int lanes, jobs;
    lua_Integer next[MAX_LANES];
};

/* Stops worker k (it has nothing to clean up) and collects its status. */
static void reap(struct pool *p, int k, int *status)
{
    if (p->fd[k] >= 0)
        close(p->fd[k]);
    p->fd[k] = -1;
    if (p->cmd[k] >= 0)
        close(p->cmd[k]);
    p->cmd[k] = -1;
    if (p->queued[k] && p->nredo < 2 * MAX_JOBS)
        p->redo[p->nredo++] = p->queued[k];
    p->item[k] = p->queued[k] = 0;
    if (p->pid[k] > 0) {
        kill(p->pid[k], SIGKILL);
        waitpid(p->pid[k], status, 0);
    }
    p->pid[k] = 0;
}

static void pool_stop(struct pool *p)
{
    for (int k = 0; k < p->n; k++)
        reap(p, k, NULL);
    p->n = 0;
}

static int pool_gc(lua_State *L)
{
    pool_stop(luaL_checkudata(L, 1, POOL_MT));
    return 0;
}

static int read_all(int fd, void *buf, size_t n)
{
    char *p = buf;
    while (n) {
        ssize_t r = read(fd, p, n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return -1;
        p += r;
        n -= (size_t)r;
    }
    return 0;
}

/* A frame: 4 bytes of length, 1 byte of kind, 8 bytes of the guest
 * instructions the item cost and 4 of its milliseconds (charged to the
 * parent's budgets, so the run's limits hold across workers), the text.
 * Kinds: 0 result, 1 error, 2 error and the worker is ending (stuck),
 * 3 a result packed as plain data (below). */
#define HEAD 17

static void put_head(unsigned char *head, size_t n, int kind, long long instr, long ms)
{
    head[0] = (unsigned char)(n >> 24), head[1] = (unsigned char)(n >> 16);
    head[2] = (unsigned char)(n >> 8), head[3] = (unsigned char)n;
    head[4] = (unsigned char)kind;
    for (int i = 0; i < 8; i++)
        head[5 + i] = (unsigned char)((unsigned long long)instr >> (56 - 8 * i));
    for (int i = 0; i < 4; i++)
        head[13 + i] = (unsigned char)((unsigned long)ms >> (24 - 8 * i));
}

static int send_frame(int fd, int kind, const char *s, size_t n, long long instr, long ms)
{
    unsigned char head[HEAD];
    put_head(head, n, kind, instr, ms);
    return drill_file_write_all(fd, head, HEAD) || drill_file_write_all(fd, s, n) ? -1 : 0;
}

/* ------------------------------------------------------------ plain data
 * A work item's table result crosses from worker to parent in a compact
 * form of its own, read straight back into tables: no JSON on either side.
 * Tags: 'z' drill.json.null, 'f'/'t' booleans, 'i' an integer (8 bytes),
 * 'd' a float (its 8 bytes), 's' a string (4 bytes of length, the bytes),
 * 'T' a table or 'A' a drill.json.array (4 bytes of pair count, then each
 * key and value). Tables are read raw; nesting is capped, so a cycle is an
 * error, as is a value of another type. */
#define PACK_DEPTH 100

struct pack {
    unsigned char *p;
    size_t n, cap;
    const char *err;
};

static int put(struct pack *b, const void *s, size_t n)
{
    if (b->err)
        return -1;
    if (b->n + n > MAX_FRAME) {
        b->err = "result over 64 MiB";
        return -1;
    }
    if (b->n + n > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->n + n)
            cap *= 2;
        unsigned char *q = realloc(b->p, cap);
        if (!q) {
            b->err = "out of memory";
            return -1;
        }
        b->p = q, b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    return 0;
}

static void put_u32(struct pack *b, uint32_t v)
{
    unsigned char x[4] = {(unsigned char)(v >> 24), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 8), (unsigned char)v};
    put(b, x, 4);
}

static void put_u64(struct pack *b, uint64_t v)
{
    unsigned char x[8];
    for (int i = 0; i < 8; i++)
        x[i] = (unsigned char)(v >> (56 - 8 * i));
    put(b, x, 8);
}

static void pack_value(lua_State *L, int idx, struct pack *b, int depth)
{
    if (b->err)
        return;
    switch (lua_type(L, idx)) {
    case LUA_TNIL:
        b->err = "work() returned nothing";
        return;
    case LUA_TBOOLEAN:
        put(b, lua_toboolean(L, idx) ? "t" : "f", 1);
        return;
    case LUA_TNUMBER:
        if (lua_isinteger(L, idx)) {
            put(b, "i", 1);
            put_u64(b, (uint64_t)lua_tointeger(L, idx));
        } else {
            double d = lua_tonumber(L, idx);
            uint64_t u;
            memcpy(&u, &d, sizeof u);
            put(b, "d", 1);
            put_u64(b, u);
        }
        return;
    case LUA_TSTRING: {
        size_t n;
        const char *s = lua_tolstring(L, idx, &n);
        put(b, "s", 1);
        put_u32(b, (uint32_t)n);
        put(b, s, n);
        return;
    }
    case LUA_TLIGHTUSERDATA:
        if (lua_touserdata(L, idx) == (void *)&drill_push_cjson) {
            put(b, "z", 1);
            return;
        }
        break;
    case LUA_TTABLE: {
        if (depth >= PACK_DEPTH) {
            b->err = "result nested too deeply (or a table holds itself)";
            return;
        }
        luaL_checkstack(L, 3, "result nested too deeply");
        idx = lua_absindex(L, idx);
        int array = 0;
        if (lua_getmetatable(L, idx)) {
            luaL_getmetatable(L, DRILL_JSON_ARRAY_MT);
            array = lua_rawequal(L, -1, -2);
            lua_pop(L, 2);
        }
        put(b, array ? "A" : "T", 1);
        size_t at = b->n;
        put_u32(b, 0);
        uint32_t count = 0;
        lua_pushnil(L);
        while (!b->err && lua_next(L, idx)) {
            pack_value(L, -2, b, depth + 1);
            pack_value(L, -1, b, depth + 1);
            lua_pop(L, 1);
            count++;
        }
        if (b->err) {
            lua_settop(L, idx);
            return;
        }
        unsigned char x[4] = {(unsigned char)(count >> 24), (unsigned char)(count >> 16),
                              (unsigned char)(count >> 8), (unsigned char)count};
        memcpy(b->p + at, x, 4);
        return;
    }
    default:
        break;
    }
    b->err = "work() returned a value that is not plain data (a function, userdata or thread)";
}

struct unpack {
    const unsigned char *p, *end;
};

static int get(struct unpack *u, size_t n, const unsigned char **out)
{
    if ((size_t)(u->end - u->p) < n)
        return -1;
    *out = u->p;
    u->p += n;
    return 0;
}

static uint64_t be(const unsigned char *x, int n)
{
    uint64_t v = 0;
    for (int i = 0; i < n; i++)
        v = v << 8 | x[i];
    return v;
}

/* Pushes the value packed at u; 0, or -1 when the data is cut short or unknown. */
static int unpack_value(lua_State *L, struct unpack *u, int depth)
{
    const unsigned char *x;
    if (depth > PACK_DEPTH || get(u, 1, &x) != 0)
        return -1;
    switch (x[0]) {
    case 'z':
        lua_pushlightuserdata(L, (void *)&drill_push_cjson);
        return 0;
    case 't':
    case 'f':
        lua_pushboolean(L, x[0] == 't');
        return 0;
    case 'i':
        if (get(u, 8, &x) != 0)
            return -1;
        lua_pushinteger(L, (lua_Integer)be(x, 8));
        return 0;
    case 'd': {
        if (get(u, 8, &x) != 0)
            return -1;
        uint64_t v = be(x, 8);
        double d;
        memcpy(&d, &v, sizeof d);
        lua_pushnumber(L, d);
        return 0;
    }
    case 's': {
        if (get(u, 4, &x) != 0)
            return -1;
        size_t n = (size_t)be(x, 4);
        if (get(u, n, &x) != 0)
            return -1;
        lua_pushlstring(L, (const char *)x, n);
        return 0;
    }
    case 'T':
    case 'A': {
        int array = x[0] == 'A';
        if (get(u, 4, &x) != 0)
            return -1;
        uint32_t count = (uint32_t)be(x, 4);
        luaL_checkstack(L, 3, "result nested too deeply");
        lua_createtable(L, array ? (int)(count < 1024 ? count : 1024) : 0,
                        array ? 0 : (int)(count < 1024 ? count : 1024));
        if (array)
            luaL_setmetatable(L, DRILL_JSON_ARRAY_MT);
        for (uint32_t i = 0; i < count; i++) {
            if (unpack_value(L, u, depth + 1) != 0 || unpack_value(L, u, depth + 1) != 0)
                return -1;
            if (lua_isnil(L, -2)) /* cannot happen from a worker's packing */
                return -1;
            lua_rawset(L, -3);
        }
        return 0;
    }
    default:
        return -1;
    }
}

/* The worker's pipe, for the watchdog's last word when a call is stuck. */
static int stall_fd = -1;

static void on_stall(const char *msg, void *ud)
{
    (void)ud;
    if (stall_fd >= 0)
        send_frame(stall_fd, 2, msg, strlen(msg), 0, 0);
}

/* In a new worker: it dies with its parent (a CI job killed mid-run leaves
 * nothing spinning), cannot reach the report's stream, and has a watchdog. */
static void become_worker(lua_State *L, pid_t parent, int fd)
{
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)
        _exit(1);
    signal(SIGPIPE, SIG_DFL);
    signal(SIGINT, SIG_DFL);
    int null = open("/dev/null", O_RDWR);
    if (null >= 0) {
        dup2(null, STDIN_FILENO);
        dup2(null, STDOUT_FILENO);
        if (null > STDERR_FILENO)
            close(null);
    }
    stall_fd = fd;
    drill_host_after_fork(L, on_stall, NULL);
}

/* In a worker: run work(i) for each item number the parent sends on cmd and
 * send each result back on fd, until the parent closes cmd; never returns. */
static void worker(lua_State *L, int cmd, int fd)
{
    int64_t i;
    while (read_all(cmd, &i, sizeof i) == 0) {
        lua_pushvalue(L, 3);
        lua_pushinteger(L, (lua_Integer)i);
        /* what the item cost the run, for the parent to charge: guest
         * instructions always, and its time when a guest asked for it */
        int guest = drill_host_in_guest(L);
        long long before = drill_host_run_budget(L);
        double t0 = drill_clock_now();
        int st = drill_host_pcall_inherit(L, 1, 1, "work item");
        long long instr = before - drill_host_run_budget(L);
        long ms = guest ? (long)((drill_clock_now() - t0) * 1000.0) : 0;
        size_t n = 0;
        const char *s = NULL;
        int kind = st != LUA_OK;
        struct pack b = {0};
        if (!kind && lua_type(L, -1) != LUA_TSTRING) {
            pack_value(L, -1, &b, 0);
            if (b.err)
                kind = 1, s = b.err, n = strlen(s);
            else
                kind = 3, s = (const char *)b.p, n = b.n;
        } else {
            s = lua_tolstring(L, -1, &n);
            if (!s)
                s = "worker: work() failed with an error that is not a string", n = strlen(s);
            if (n > MAX_FRAME)
                kind = 1, s = "worker: result over 64 MiB", n = strlen(s);
        }
        if (send_frame(fd, kind, s, n, instr > 0 ? instr : 0, ms) != 0)
            _exit(1);
        free(b.p);
        lua_pop(L, 1);
    }
    close(cmd);
    close(fd);
    /* no lua_close, no atexit: the parent owns every resource the state holds, but for what the
     * worker itself must still do (drill_host_at_worker_exit) */
    drill_host_worker_exit(L);
    _exit(0);
}

/* Starts worker k, waiting for its first item; 0 or -1. */
static int spawn(lua_State *L, struct pool *p, int k)
{
    int fds[2], cmds[2];
    if (pipe(fds) != 0)
        return -1;
    /* a socket, so that telling a worker that died gives EPIPE, not SIGPIPE */
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, cmds) != 0) {
        close(fds[0]);
        close(fds[1]);
        return -1;
    }
    pid_t parent = getpid();
    /* the child must not write the parent's buffered output a second time */
    if (drill_term_out_flush() != 0)
        return drill_host_raise(L, DRILL_EXIT_IOERR, "drill: standard output: %s",
                                strerror(drill_term_out_error()));
    fflush(stderr);
    drill_host_before_fork(L);
    pid_t pid = fork();
    if (pid != 0)
        drill_host_after_fork_parent(L);
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        close(cmds[0]);
        close(cmds[1]);
        return -1;
    }
    if (pid == 0) {
        close(fds[0]);
        close(cmds[1]);
        for (int j = 0; j < MAX_JOBS; j++) {
            if (p->fd[j] >= 0)
                close(p->fd[j]);
            if (p->cmd[j] >= 0)
                close(p->cmd[j]);
        }
        become_worker(L, parent, fds[1]);
        worker(L, cmds[0], fds[1]);
    }
    close(fds[1]);
    close(cmds[0]);
    p->pid[k] = pid;
    p->fd[k] = fds[0];
    p->cmd[k] = cmds[1];
    p->item[k] = 0;
    return 0;
}

/* Tells worker k to do item `i` after what it has; 0, or -1 when it cannot be told (it is
 * gone). */
static int dispatch(struct pool *p, int k, lua_Integer i)
{
    int64_t v = (int64_t)i;
    const char *at = (const char *)&v;
    size_t left = sizeof v;
    while (left) {
        ssize_t w = send(p->cmd[k], at, left, MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        at += w;
        left -= (size_t)w;
    }
    return 0;
}

/* Whether lane l is one of worker k's own: each lane is some worker's, and each worker has one
 * (k % lanes) when there are no more lanes than workers, else every jobs-th. */
static int owns(const struct pool *p, int k, int l)
{
    return p->lanes <= p->jobs ? l == k % p->lanes : l % p->jobs == k;
}

/* The next item worker k takes that is at most `limit`, 0 when there is none: the first of its
 * own lanes; when they have none left at all and it has nothing to do (`idle`), the first of
 * the lane furthest behind. A worker whose lanes are only held back by `limit` waits: it would
 * set up another lane's work (what the lanes are for) to gain little. */
static lua_Integer take(struct pool *p, int k, int idle, lua_Integer count, lua_Integer limit)
{
    int l = -1;
    for (int m = 0; m < p->lanes; m++)
        if (owns(p, k, m) && p->next[m] <= count && (l < 0 || p->next[m] < p->next[l]))
            l = m;
    if (l < 0) {
        if (!idle)
            return 0;
        for (int m = 0; m < p->lanes; m++)
            if (l < 0 || p->next[m] < p->next[l])
                l = m;
    }
    if (p->next[l] > count || p->next[l] > limit)
        return 0;
    lua_Integer i = p->next[l];
    p->next[l] += p->lanes;
    return i;
}

/* Whether an item is left that no worker was given. */
static int left(const struct pool *p, lua_Integer count)
{
    for (int l = 0; l < p->lanes; l++)
        if (p->next[l] <= count)
            return 1;
    return p->nredo > 0;
}

/* Gives worker k an item to do and one to do next, as far as there are items to give:
 * one to do again first, else the next (take), if it is at most `limit`. */
static void feed(struct pool *p, int k, lua_Integer count, lua_Integer limit)
{
    while (p->pid[k] > 0 && (p->item[k] == 0 || p->queued[k] == 0)) {
        lua_Integer i;
        if (p->nredo)
            i = p->redo[--p->nredo];
        else if ((i = take(p, k, p->item[k] == 0, count, limit)) == 0)
            return;
        if (dispatch(p, k, i) != 0) {
            /* gone: another worker does i. One gone between items is stopped here; one
             * gone on an item is left for its results pipe to tell, as for any worker that
             * stops, so that item is reported and its next one done again. */
            p->redo[p->nredo++] = i;
            if (p->item[k] == 0)
                reap(p, k, NULL);
            return;
        }
        if (p->item[k] == 0)
            p->item[k] = i;
        else
            p->queued[k] = i;
    }
}

/* parallel(jobs, count, work, sink [, lanes]): calls work(i) for i = 1..count in
 * worker processes and sink(i, result) in this process in the order
 * 1..count. With lanes, item i is in lane (i - 1) % lanes and worker k does
 * the items of lane (k - 1) % lanes, another lane's only when its own has
 * none left to do. Each work(i) runs with its caller's standing (a guest call when
 * a guest called parallel) and is charged to this process's budgets. work
 * returns plain data: a string, number, boolean, drill.json.null or a table
 * of those, copied into this process (with --trust and jobs = 1, passed as
 * it is). Each worker takes the next item when it is free. An error in
 * work(i), or a worker stuck inside a C call or dying, is passed to sink as
 * (i, nil, message), and a new worker takes its place. Workers cannot print (their
 * standard output is /dev/null), cannot call parallel themselves, and die
 * with this process. With --trust and jobs = 1, work runs here. */
static int l_parallel(lua_State *L)
{
    lua_Integer jobs = luaL_checkinteger(L, 1);
    lua_Integer count = luaL_checkinteger(L, 2);
    luaL_checktype(L, 3, LUA_TFUNCTION);
    luaL_checktype(L, 4, LUA_TFUNCTION);
    lua_Integer lanes = luaL_optinteger(L, 5, 1);
    luaL_argcheck(L, jobs >= 1, 1, "jobs must be 1 or more");
    luaL_argcheck(L, count >= 0, 2, "count must be 0 or more");
    luaL_argcheck(L, lanes >= 1 && lanes <= MAX_LANES, 5, "lanes must be 1 to 16");
    if (drill_host_in_worker(L))
        return luaL_error(L, "parallel: cannot be called inside a worker");
    if (jobs > MAX_JOBS)
        jobs = MAX_JOBS;
    if (jobs > count)
        jobs = count > 0 ? count : 1;
    lua_settop(L, 4);

    if (count == 0)
        return 0;
    if (jobs == 1 && drill_host_options(L)->trust) {
        for (lua_Integer i = 1; i <= count; i++) {
            lua_pushvalue(L, 4);
            lua_pushinteger(L, i);
            lua_pushvalue(L, 3);
            lua_pushinteger(L, i);
            if (drill_host_pcall_inherit(L, 1, 1, "work item") != LUA_OK) {
                lua_pushnil(L);
                lua_insert(L, -2);
                lua_call(L, 3, 0);
            } else {
                lua_call(L, 2, 0);
            }
        }
        return 0;
    }

    struct pool *p = lua_newuserdatauv(L, sizeof *p, 0);
    memset(p, 0, sizeof *p);
    for (int k = 0; k < MAX_JOBS; k++)
        p->fd[k] = p->cmd[k] = -1;
    p->lanes = (int)lanes;
    p->jobs = (int)jobs;
    for (int l = 0; l < p->lanes; l++)
        p->next[l] = l + 1;
    luaL_setmetatable(L, POOL_MT);
    drill_host_at_exit(L, -1); /* its workers are stopped and reaped */
    lua_newtable(L);           /* 6: results that came before their turn, by item */
    lua_newtable(L);           /* 7: their kinds */
    for (int k = 0; k < jobs; k++) {
        if (spawn(L, p, k) != 0)
            return luaL_error(L, "parallel: cannot start a worker: %s", strerror(errno));
        p->n = k + 1;
    }

    /* Each worker holds an item and the one it does next, as long as they are at most
     * `window` past the last one handed to sink: results come back in any order and wait
     * here for their turn, so the workers share the items however unequal they are, and
     * what waits is bounded. */
    const lua_Integer window = 16 * jobs + 16;
    lua_Integer done = 0;
    int restarts = 0;
    for (;;) {
        /* hand to sink every result whose turn has come */
        while (done < count) {
            lua_rawgeti(L, 7, done + 1);
            if (lua_isnil(L, -1)) {
                lua_pop(L, 1);
                break;
            }
            int kind = (int)lua_tointeger(L, -1);
            lua_pop(L, 1);
            done++;
            lua_pushvalue(L, 4);
            lua_pushinteger(L, done);
            if (kind != 0) {
                lua_pushnil(L);
                lua_rawgeti(L, 6, done);
                lua_call(L, 3, 0);
            } else {
                lua_rawgeti(L, 6, done);
                lua_call(L, 2, 0);
            }
            lua_pushnil(L);
            lua_rawseti(L, 6, done);
            lua_pushnil(L);
            lua_rawseti(L, 7, done);
        }
        if (done == count)
            break;
        /* work for the workers; a new worker for a stopped one while items are left */
        for (int k = 0; k < jobs; k++) {
            if (p->pid[k] <= 0 && left(p, count)) {
                if (++restarts > DRILL_MAX_RESTARTS)
                    return luaL_error(L, "parallel: %d workers stopped; giving up", restarts - 1);
                if (spawn(L, p, k) != 0)
                    return luaL_error(L, "parallel: cannot start a worker: %s", strerror(errno));
            }
            feed(p, k, count, done + window);
        }
        /* wait for a result */
        struct pollfd pf[MAX_JOBS];
        int who[MAX_JOBS], np = 0;
        for (int k = 0; k < jobs; k++) {
            if (p->pid[k] > 0 && p->item[k] != 0) {
                pf[np] = (struct pollfd){.fd = p->fd[k], .events = POLLIN};
                who[np++] = k;
            }
        }
        if (np == 0 && left(p, count))
            continue; /* a worker went between items: start another */
        if (np == 0)
            return luaL_error(L, "parallel: no worker is left for item %d", (int)(done + 1));
        drill_host_pause(L);
        int ready;
        do
            ready = poll(pf, (nfds_t)np, -1);
        while (ready < 0 && errno == EINTR);
        drill_host_resume(L);
        if (ready < 0)
            return luaL_error(L, "parallel: %s", strerror(errno));
        for (int j = 0; j < np; j++) {
            int k = who[j];
            if (!pf[j].revents || p->fd[k] != pf[j].fd || p->item[k] == 0)
                continue;
            lua_Integer i = p->item[k];
            unsigned char head[HEAD];
            luaL_Buffer b;
            drill_host_pause(L);
            int bad = read_all(p->fd[k], head, HEAD);
            size_t n = ((size_t)head[0] << 24) | ((size_t)head[1] << 16) | ((size_t)head[2] << 8) |
                       head[3];
            if (!bad && n > MAX_FRAME)
                bad = 1;
            char *buf = NULL;
            if (!bad) {
                buf = luaL_buffinitsize(L, &b, n ? n : 1);
                bad = read_all(p->fd[k], buf, n);
            }
            drill_host_resume(L);
            int kind = bad ? 2 : head[4];
            if (bad) {
                /* died without a word: a crash, or killed from outside */
                int status = 0;
                if (buf)
                    lua_pop(L, 1);
                reap(p, k, &status);
                if (WIFSIGNALED(status))
                    lua_pushfstring(L, "worker %d stopped by signal %d in item %d", k + 1,
                                    WTERMSIG(status), (int)i);
                else
                    lua_pushfstring(L, "worker %d stopped in item %d", k + 1, (int)i);
            } else {
                luaL_pushresultsize(&b, n);
                if (kind == 3) {
                    size_t len;
                    const char *data = lua_tolstring(L, -1, &len);
                    struct unpack u = {(const unsigned char *)data,
                                       (const unsigned char *)data + len};
                    int top = lua_gettop(L);
                    if (unpack_value(L, &u, 0) != 0 || u.p != u.end) {
                        lua_settop(L, top);
                        lua_pushfstring(L, "worker %d sent a damaged result for item %d", k + 1,
                                        (int)i);
                        kind = 1;
                    }
                    lua_remove(L, top);
                    if (kind == 3)
                        kind = 0;
                }
                long long instr = 0;
                for (int m = 0; m < 8; m++)
                    instr = (long long)(((unsigned long long)instr << 8) | head[5 + m]);
                long ms = ((long)head[13] << 24) | ((long)head[14] << 16) | ((long)head[15] << 8) |
                          head[16];
                drill_host_charge(L, instr, ms / 1000.0);
                if (kind == 2) {
                    int status;
                    reap(p, k, &status);
                } else {
                    /* on to the next at once, before sink runs */
                    p->item[k] = p->queued[k];
                    p->queued[k] = 0;
                    feed(p, k, count, done + window);
                }
            }
            lua_rawseti(L, 6, i);
            lua_pushinteger(L, kind == 0 ? 0 : 1);
            lua_rawseti(L, 7, i);
        }
    }
    int failed = 0;
    for (int k = 0; k < MAX_JOBS; k++) {
        if (p->cmd[k] >= 0)
            close(p->cmd[k]); /* no more items: the worker ends */
        p->cmd[k] = -1;
        if (p->fd[k] >= 0)
            close(p->fd[k]);
        p->fd[k] = -1;
        if (p->pid[k] <= 0)
            continue;
        int status = 0;
        waitpid(p->pid[k], &status, 0);
        p->pid[k] = 0;
        failed |= !WIFEXITED(status) || WEXITSTATUS(status) != 0;
    }
    p->n = 0;
    if (failed)
        return luaL_error(L, "parallel: a worker failed");
    return 0;
}

/* cpus() -> the number of processors online */
static int l_cpus(lua_State *L)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    lua_pushinteger(L, n > 0 ? n : 1);
    return 1;
}

void drill_parallel_open(lua_State *L)
{
    luaL_newmetatable(L, POOL_MT);
    lua_pushcfunction(L, pool_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
    lua_pushcfunction(L, l_parallel);
    lua_setfield(L, -2, "parallel");
    lua_pushcfunction(L, l_cpus);
    lua_setfield(L, -2, "cpus");
}
