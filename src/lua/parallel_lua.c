/* drill.parallel: work spread over forked worker processes, results streamed back in order. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <lauxlib.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "api.h"
#include "host.h"

#define POOL_MT   "drill.Pool"
#define MAX_JOBS  64
#define MAX_FRAME (64u * 1024u * 1024u)

/* The workers of one call, in a userdata so an error on the way out still
 * stops and reaps them. */
struct pool {
    int n;
    pid_t pid[MAX_JOBS];
    int fd[MAX_JOBS];
};

static void pool_stop(struct pool *p)
{
    for (int k = 0; k < p->n; k++) {
        if (p->fd[k] >= 0)
            close(p->fd[k]);
        p->fd[k] = -1;
        if (p->pid[k] > 0) {
            kill(p->pid[k], SIGTERM);
            waitpid(p->pid[k], NULL, 0);
            p->pid[k] = 0;
        }
    }
    p->n = 0;
}

static int pool_gc(lua_State *L)
{
    pool_stop(luaL_checkudata(L, 1, POOL_MT));
    return 0;
}

static int write_all(int fd, const void *buf, size_t n)
{
    const char *p = buf;
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        p += w;
        n -= (size_t)w;
    }
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

/* A frame: 4 bytes of length, 1 byte of kind (0 result, 1 error), the text. */
static int send_frame(int fd, int kind, const char *s, size_t n)
{
    unsigned char head[5] = {(unsigned char)(n >> 24), (unsigned char)(n >> 16),
                             (unsigned char)(n >> 8), (unsigned char)n, (unsigned char)kind};
    return write_all(fd, head, 5) || write_all(fd, s, n) ? -1 : 0;
}

/* In a worker: run work(i) for its share and send each result; never returns. */
static void worker(lua_State *L, int k, int jobs, lua_Integer count, int fd)
{
    signal(SIGPIPE, SIG_DFL);
    for (lua_Integer i = k + 1; i <= count; i += jobs) {
        lua_pushvalue(L, 3);
        lua_pushinteger(L, i);
        int st = drill_host_pcall(L, 1, 1, "work item");
        size_t n;
        const char *s = lua_tolstring(L, -1, &n);
        int bad = st != LUA_OK || !s || n > MAX_FRAME;
        if (bad && !s)
            s = "worker: work() must return a string", n = strlen(s);
        if (n > MAX_FRAME)
            s = "worker: result over 64 MiB", n = strlen(s);
        if (send_frame(fd, bad, s, n) != 0)
            _exit(1);
        lua_pop(L, 1);
    }
    close(fd);
    /* no lua_close, no atexit: the parent owns every resource the state holds */
    _exit(0);
}

/* parallel(jobs, count, work, sink): calls work(i) for i = 1..count, in
 * `jobs` worker processes when jobs > 1, and sink(i, result) in this process
 * in the order 1..count. Each work(i) is a guest call with its own budget.
 * work must return a string; an error in work(i) is passed to sink as
 * (i, nil, message). Workers cannot print: their output goes through the
 * results. */
static int l_parallel(lua_State *L)
{
    lua_Integer jobs = luaL_checkinteger(L, 1);
    lua_Integer count = luaL_checkinteger(L, 2);
    luaL_checktype(L, 3, LUA_TFUNCTION);
    luaL_checktype(L, 4, LUA_TFUNCTION);
    luaL_argcheck(L, jobs >= 1 && jobs <= MAX_JOBS, 1, "jobs must be 1-64");
    luaL_argcheck(L, count >= 0, 2, "count must be 0 or more");
    if (jobs > count)
        jobs = count > 0 ? count : 1;
    lua_settop(L, 4);

    if (jobs == 1) {
        for (lua_Integer i = 1; i <= count; i++) {
            lua_pushvalue(L, 4);
            lua_pushinteger(L, i);
            lua_pushvalue(L, 3);
            lua_pushinteger(L, i);
            if (drill_host_pcall(L, 1, 1, "work item") != LUA_OK) {
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
        p->fd[k] = -1;
    luaL_setmetatable(L, POOL_MT);
    fflush(stdout);
    fflush(stderr);
    for (int k = 0; k < jobs; k++) {
        int fds[2];
        if (pipe(fds) != 0)
            return luaL_error(L, "parallel: cannot make a pipe: %s", strerror(errno));
        pid_t pid = fork();
        if (pid < 0) {
            close(fds[0]);
            close(fds[1]);
            return luaL_error(L, "parallel: cannot start a worker: %s", strerror(errno));
        }
        if (pid == 0) {
            close(fds[0]);
            for (int j = 0; j < p->n; j++)
                close(p->fd[j]);
            worker(L, k, (int)jobs, count, fds[1]);
        }
        close(fds[1]);
        p->pid[k] = pid;
        p->fd[k] = fds[0];
        p->n = k + 1;
    }

    /* Worker k produces items k+1, k+1+jobs, ... in order, so reading item i
     * from worker (i-1) % jobs needs no buffering, and a worker blocked on a
     * full pipe is always the one read next: no deadlock. */
    luaL_Buffer b;
    for (lua_Integer i = 1; i <= count; i++) {
        int k = (int)((i - 1) % jobs);
        unsigned char head[5];
        drill_host_pause(L);
        int bad = read_all(p->fd[k], head, 5);
        drill_host_resume(L);
        if (bad)
            return luaL_error(L, "parallel: worker %d stopped before item %d", k + 1, (int)i);
        size_t n =
            ((size_t)head[0] << 24) | ((size_t)head[1] << 16) | ((size_t)head[2] << 8) | head[3];
        if (n > MAX_FRAME)
            return luaL_error(L, "parallel: worker %d sent a malformed result", k + 1);
        char *buf = luaL_buffinitsize(L, &b, n ? n : 1);
        drill_host_pause(L);
        bad = read_all(p->fd[k], buf, n);
        drill_host_resume(L);
        if (bad)
            return luaL_error(L, "parallel: worker %d stopped in item %d", k + 1, (int)i);
        luaL_pushresultsize(&b, n);
        lua_pushvalue(L, 4);
        lua_pushinteger(L, i);
        if (head[4]) {
            lua_pushnil(L);
            lua_pushvalue(L, -4);
            lua_call(L, 3, 0);
        } else {
            lua_pushvalue(L, -3);
            lua_call(L, 2, 0);
        }
        lua_pop(L, 1);
    }
    int failed = 0;
    for (int k = 0; k < p->n; k++) {
        close(p->fd[k]);
        p->fd[k] = -1;
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
    lua_pop(L, 1);
    lua_pushcfunction(L, l_parallel);
    lua_setfield(L, -2, "parallel");
    lua_pushcfunction(L, l_cpus);
    lua_setfield(L, -2, "cpus");
}
