/* drill.store: recording attempts and reading progress. */
#include <lauxlib.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "api.h"
#include "clock.h"
#include "drill_limits.h"
#include "host.h"
#include "store.h"
#include "text.h"

#define RUN_MT "drill.StoreRun"

/* The store of this run and what the run has done with it: one userdata,
 * the shared upvalue of the module's functions, never seen by a guest. */
struct store_run {
    struct drill_store *st; /* opened on first use, for reading or writing */
    long long records;      /* attempts handed to record() this run */
    long long bytes;        /* their text: question ids and mode names */
    long long lost;         /* attempts that could not be recorded */
    char path[PATH_MAX];    /* the store, for the warning at the end */
};

/* Closes the store; at the end of the run, warns about attempts that were
 * not recorded, so losing them is never silent even if a plugin ignored
 * what record() returned. */
static int run_gc(lua_State *L)
{
    struct store_run *r = luaL_checkudata(L, 1, RUN_MT);
    drill_store_close(r->st);
    r->st = NULL;
    if (r->lost > 0) {
        fprintf(stderr, "drill: warning: %s: %lld attempt%s not recorded in this run\n", r->path,
                r->lost, r->lost == 1 ? " was" : "s were");
        r->lost = 0;
    }
    return 0;
}

static struct store_run *the_run(lua_State *L)
{
    return luaL_checkudata(L, lua_upvalueindex(1), RUN_MT);
}

static int store_path(lua_State *L, char *buf, size_t cap)
{
    const struct drill_options *o = drill_host_options(L);
    if (o->no_store)
        return -1;
    if (o->store) {
        int n = snprintf(buf, cap, "%s", o->store);
        return n >= 0 && (size_t)n < cap ? 0 : -1;
    }
    return drill_store_default_path(buf, cap);
}

/* The store open in at least `mode` (a store open for reading is reopened
 * for writing); NULL with a message pushed on failure. */
static struct drill_store *the_store(lua_State *L, struct store_run *r, int mode)
{
    if (r->st && drill_store_mode(r->st) >= mode)
        return r->st;
    char path[PATH_MAX], err[PATH_MAX + 256];
    if (store_path(L, path, sizeof path) != 0) {
        lua_pushstring(L, "no progress store (--no-store, or no HOME to put it in)");
        return NULL;
    }
    drill_store_close(r->st);
    r->st = NULL;
    memcpy(r->path, path, sizeof path);
    drill_host_pause(L);
    r->st = drill_store_open(path, mode, err, sizeof err);
    drill_host_resume(L);
    if (!r->st) {
        lua_pushstring(L, err);
        return NULL;
    }
    return r->st;
}

static int l_enabled(lua_State *L)
{
    lua_pushboolean(L, !drill_host_options(L)->no_store);
    return 1;
}

static int l_path(lua_State *L)
{
    char path[PATH_MAX];
    if (store_path(L, path, sizeof path) != 0)
        lua_pushnil(L);
    else
        lua_pushstring(L, path);
    return 1;
}

/* One attempt, copied out of the guest's table: nothing here points into
 * Lua, so no string can be collected or changed under the store. */
struct attempt_copy {
    char question[DRILL_MAX_ID_BYTES + 1];
    char mode[DRILL_STORE_MAX_MODE_BYTES + 1];
    char hash[DRILL_STORE_MAX_HASH_BYTES + 1];
};

/* Reads field `key` of the table at `t` (raw: no metamethod runs) and
 * copies it, a string or a number, into `out`. Returns its length; raises
 * if it is missing (and `required`), of another type, too long or not
 * UTF-8. */
static size_t copy_text(lua_State *L, int t, lua_Integer i, const char *key, int required,
                        char *out, size_t max, const char *limit)
{
    lua_pushstring(L, key);
    int type = lua_rawget(L, t);
    out[0] = '\0';
    if (type == LUA_TNIL && !required) {
        lua_pop(L, 1);
        return 0;
    }
    if (type != LUA_TSTRING && type != LUA_TNUMBER)
        return luaL_error(L, "drill.store.record: attempt %d: %s must be a string, not %s", (int)i,
                          key, lua_typename(L, type));
    size_t n, bad;
    const char *s = lua_tolstring(L, -1, &n); /* a number is converted in our own slot */
    if ((n == 0 && required) || n > max)
        return luaL_error(L,
                          "drill.store.record: attempt %d: %s must be %d to %d bytes (%s), not %d",
                          (int)i, key, required, (int)max, limit, (int)(n < INT_MAX ? n : INT_MAX));
    if (memchr(s, '\0', n) || !drill_utf8_valid(s, n, &bad))
        return luaL_error(L, "drill.store.record: attempt %d: %s is not UTF-8 text", (int)i, key);
    memcpy(out, s, n);
    out[n] = '\0';
    lua_pop(L, 1);
    return n;
}

static double copy_number(lua_State *L, int t, lua_Integer i, const char *key, int required,
                          double lo, double hi, const char *range)
{
    lua_pushstring(L, key);
    int type = lua_rawget(L, t);
    if (type == LUA_TNIL && !required) {
        lua_pop(L, 1);
        return 0;
    }
    int ok;
    double v = (double)lua_tonumberx(L, -1, &ok);
    if (type != LUA_TNUMBER || !ok || !(v >= lo && v <= hi))
        return luaL_error(L, "drill.store.record: attempt %d: %s must be a number %s", (int)i, key,
                          range);
    lua_pop(L, 1);
    return v;
}

/* Copies the attempt table at `t` into a[i] and text; returns its bytes of text. */
static size_t read_attempt(lua_State *L, int t, lua_Integer i, struct drill_attempt *a,
                           struct attempt_copy *text, int holder)
{
    if (lua_type(L, t) != LUA_TTABLE)
        return luaL_error(L, "drill.store.record: attempt %d is not a table", (int)i);
    drill_host_unproxy(L, t); /* a read-only view reads as its table */
    size_t bytes =
        copy_text(L, t, i, "question", 1, text->question, DRILL_MAX_ID_BYTES, "DRILL_MAX_ID_BYTES");
    bytes += copy_text(L, t, i, "mode", 0, text->mode, DRILL_STORE_MAX_MODE_BYTES,
                       "DRILL_STORE_MAX_MODE_BYTES");
    a->question = text->question;
    a->mode = text->mode;
    a->score = copy_number(L, t, i, "score", 1, 0, 1, "from 0 to 1");
    lua_pushliteral(L, "pass");
    lua_rawget(L, t);
    a->pass = lua_toboolean(L, -1);
    lua_pop(L, 1);
    a->seconds = copy_number(L, t, i, "seconds", 0, 0, HUGE_VAL, "of 0 or more");
    /* the review log (schema 2): all optional */
    double rating = copy_number(L, t, i, "rating", 0, 1, 4, "1, 2, 3 or 4");
    if (rating != floor(rating))
        return luaL_error(L, "drill.store.record: attempt %d: rating must be 1, 2, 3 or 4", (int)i);
    a->rating = (int)rating;
    size_t hn = copy_text(L, t, i, "hash", 0, text->hash, DRILL_STORE_MAX_HASH_BYTES,
                          "DRILL_STORE_MAX_HASH_BYTES");
    a->hash = hn ? text->hash : NULL;
    bytes += hn;
    a->answer = NULL;
    a->answer_len = 0;
    lua_pushliteral(L, "answer");
    int at = lua_rawget(L, t);
    if (at != LUA_TNIL) {
        size_t n, bad;
        const char *s = at == LUA_TSTRING ? lua_tolstring(L, -1, &n) : NULL;
        if (!s)
            return luaL_error(L, "drill.store.record: attempt %d: answer must be a string, not %s",
                              (int)i, lua_typename(L, at));
        if (n > DRILL_MAX_ANSWER_BYTES || !drill_utf8_valid(s, n, &bad) || memchr(s, '\0', n))
            return luaL_error(L,
                              "drill.store.record: attempt %d: answer must be UTF-8 text of at "
                              "most %d bytes (DRILL_MAX_ANSWER_BYTES)",
                              (int)i, (int)DRILL_MAX_ANSWER_BYTES);
        /* the string itself, kept alive in the holder table until the write is done */
        lua_rawseti(L, holder, i);
        a->answer = s;
        a->answer_len = n;
        bytes += n;
    } else {
        lua_pop(L, 1);
    }
    lua_pushliteral(L, "scheduled");
    int sc = lua_rawget(L, t);
    a->unscheduled = sc != LUA_TNIL && !lua_toboolean(L, -1);
    lua_pop(L, 1);
    /* an imported log keeps its times; now is the default */
    double now = drill_clock_wall();
    a->when =
        copy_number(L, t, i, "at", 0, 1, now + 86400, "of seconds since 1970, not in the future");
    if (a->when == 0)
        a->when = now;
    return bytes;
}

/* record(attempt | {attempt, ...}) -> true, id of the last | nil, message
 * attempt = {question = id, mode = name, score = 0..1, pass = bool, seconds = n,
 *            rating = 1..4, hash = text, answer = text, scheduled = bool, at = time}
 * The tables are read once, raw; every field is checked and copied before
 * anything is written, and the batch is written in one transaction. */
static int l_record(lua_State *L)
{
    struct store_run *r = the_run(L);
    luaL_checktype(L, 1, LUA_TTABLE);
    /* a forked worker has its own copy of the per-run counts: recording
     * there would multiply the caps and lose the warning; results travel to
     * the parent, which records them */
    if (drill_host_in_worker(L))
        return luaL_error(L, "drill.store.record: not available in a drill.parallel worker "
                             "(record in the sink, in the parent)");
    lua_settop(L, 1);
    drill_host_unproxy(L, 1);
    int many = lua_rawgeti(L, 1, 1) == LUA_TTABLE;
    lua_pop(L, 1);
    lua_Unsigned n = many ? lua_rawlen(L, 1) : 1;
    if (n > (lua_Unsigned)(DRILL_STORE_MAX_RECORDS_PER_RUN - r->records))
        return luaL_error(L,
                          "drill.store.record: over the limit of %d attempts recorded in one run "
                          "(DRILL_STORE_MAX_RECORDS_PER_RUN)",
                          DRILL_STORE_MAX_RECORDS_PER_RUN);
    if (n == 0) {
        lua_pushboolean(L, 1);
        return 1;
    }
    struct drill_attempt *a = lua_newuserdatauv(L, n * sizeof *a, 0);
    struct attempt_copy *text = lua_newuserdatauv(L, n * sizeof *text, 0);
    lua_newtable(L); /* the answers' strings, referenced until they are written */
    int holder = lua_gettop(L);
    long long bytes = 0;
    for (lua_Unsigned i = 0; i < n; i++) {
        if (many)
            lua_rawgeti(L, 1, (lua_Integer)i + 1);
        else
            lua_pushvalue(L, 1);
        bytes +=
            (long long)read_attempt(L, lua_gettop(L), (lua_Integer)i + 1, &a[i], &text[i], holder);
        lua_pop(L, 1);
    }
    if (bytes > (long long)DRILL_STORE_MAX_BYTES_PER_RUN - r->bytes)
        return luaL_error(L,
                          "drill.store.record: over the limit of %d bytes of text recorded in "
                          "one run (DRILL_STORE_MAX_BYTES_PER_RUN)",
                          (int)DRILL_STORE_MAX_BYTES_PER_RUN);
    r->records += (long long)n;
    r->bytes += bytes;
    if (drill_host_options(L)->no_store) {
        lua_pushboolean(L, 1);
        return 1;
    }
    struct drill_store *st = the_store(L, r, DRILL_STORE_WRITE);
    char err[PATH_MAX + 256];
    int rc = -1;
    if (st) {
        drill_host_pause(L);
        rc = drill_store_record(st, a, n, err, sizeof err);
        drill_host_resume(L);
        if (rc != 0)
            lua_pushstring(L, err);
    }
    if (rc == 0) {
        lua_pushboolean(L, 1);
        lua_pushinteger(L, (lua_Integer)drill_store_last_id(st));
        return 2;
    }
    /* the reason is on the stack */
    r->lost += (long long)n;
    lua_pushnil(L);
    lua_pushfstring(L, "%s: %d attempt%s not recorded (%d in this run)", lua_tostring(L, -2),
                    (int)n, n == 1 ? "" : "s", (int)r->lost);
    return 2;
}

static void add_progress(const struct drill_progress *p, void *ud)
{
    lua_State *L = ud;
    lua_createtable(L, 0, 5);
    lua_pushinteger(L, p->attempts);
    lua_setfield(L, -2, "attempts");
    lua_pushinteger(L, p->passes);
    lua_setfield(L, -2, "passes");
    lua_pushnumber(L, p->best);
    lua_setfield(L, -2, "best");
    lua_pushnumber(L, p->last);
    lua_setfield(L, -2, "last");
    lua_pushnumber(L, p->last_when);
    lua_setfield(L, -2, "last_at");
    lua_setfield(L, -2, p->question);
}

/* progress([id]) -> {[id] = {attempts, passes, best, last, last_at}} | nil, message
 * Reading opens the store read-only: it works on a store the user may not
 * write, and changes nothing. */
static int l_progress(lua_State *L)
{
    struct store_run *r = the_run(L);
    const char *id = luaL_optstring(L, 1, NULL);
    struct drill_store *st = the_store(L, r, DRILL_STORE_READ);
    if (!st) {
        lua_pushnil(L);
        lua_insert(L, -2);
        return 2;
    }
    lua_newtable(L);
    char err[PATH_MAX + 256];
    if (drill_store_progress(st, id, add_progress, L, err, sizeof err) != 0) {
        lua_pushnil(L);
        lua_pushstring(L, err);
        return 2;
    }
    return 1;
}

static void add_review(const struct drill_review *v, void *ud)
{
    lua_State *L = ud;
    lua_createtable(L, 0, 12);
    lua_pushinteger(L, v->id);
    lua_setfield(L, -2, "id");
    lua_pushstring(L, v->question);
    lua_setfield(L, -2, "question");
    lua_pushstring(L, v->mode);
    lua_setfield(L, -2, "mode");
    lua_pushnumber(L, v->score);
    lua_setfield(L, -2, "score");
    lua_pushboolean(L, v->pass);
    lua_setfield(L, -2, "pass");
    lua_pushnumber(L, v->seconds);
    lua_setfield(L, -2, "seconds");
    lua_pushnumber(L, v->when);
    lua_setfield(L, -2, "at");
    lua_pushboolean(L, !v->unscheduled);
    lua_setfield(L, -2, "scheduled");
    if (v->rating) {
        lua_pushinteger(L, v->rating);
        lua_setfield(L, -2, "rating");
    }
    if (v->override) {
        lua_pushinteger(L, v->override);
        lua_setfield(L, -2, "override");
        lua_pushnumber(L, v->override_when);
        lua_setfield(L, -2, "override_at");
    }
    if (v->hash) {
        lua_pushstring(L, v->hash);
        lua_setfield(L, -2, "hash");
    }
    if (v->answer) {
        lua_pushlstring(L, v->answer, v->answer_len);
        lua_setfield(L, -2, "answer");
    }
    lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
}

/* history([id] [, limit]) -> {attempt, ...} oldest first | nil, message
 * attempt = {id, question, mode, score, pass, seconds, at, scheduled,
 *            rating, override, override_at, hash, answer} (the last five when known)
 * limit: only the newest `limit` attempts (default: all). */
static int l_history(lua_State *L)
{
    struct store_run *r = the_run(L);
    const char *id = lua_isnoneornil(L, 1) ? NULL : luaL_checkstring(L, 1);
    lua_Integer limit = luaL_optinteger(L, 2, 0);
    luaL_argcheck(L, limit >= 0, 2, "a limit is 0 (all) or more");
    struct drill_store *st = the_store(L, r, DRILL_STORE_READ);
    if (!st) {
        lua_pushnil(L);
        lua_insert(L, -2);
        return 2;
    }
    lua_newtable(L);
    char err[PATH_MAX + 256];
    drill_host_pause(L);
    int rc = drill_store_history(st, id, (long long)limit, add_review, L, err, sizeof err);
    drill_host_resume(L);
    if (rc != 0) {
        lua_pushnil(L);
        lua_pushstring(L, err);
        return 2;
    }
    return 1;
}

/* override(attempt_id, rating) -> true | nil, message: the learner's own
 * verdict on a graded attempt, logged beside the grade's. */
static int l_override(lua_State *L)
{
    struct store_run *r = the_run(L);
    lua_Integer id = luaL_checkinteger(L, 1);
    lua_Integer rating = luaL_checkinteger(L, 2);
    luaL_argcheck(L, rating >= 1 && rating <= 4, 2, "a rating is 1, 2, 3 or 4");
    if (drill_host_in_worker(L))
        return luaL_error(L, "drill.store.override: not available in a drill.parallel worker");
    if (drill_host_options(L)->no_store) {
        lua_pushboolean(L, 1);
        return 1;
    }
    struct drill_store *st = the_store(L, r, DRILL_STORE_WRITE);
    if (!st) {
        lua_pushnil(L);
        lua_insert(L, -2);
        return 2;
    }
    char err[PATH_MAX + 256];
    drill_host_pause(L);
    int rc = drill_store_override(st, (long long)id, (int)rating, err, sizeof err);
    drill_host_resume(L);
    if (rc != 0) {
        lua_pushnil(L);
        lua_pushstring(L, err);
        return 2;
    }
    lua_pushboolean(L, 1);
    return 1;
}

int drill_open_store(lua_State *L)
{
    static const luaL_Reg fns[] = {{"enabled", l_enabled},
                                   {"path", l_path},
                                   {"record", l_record},
                                   {"progress", l_progress},
                                   {"history", l_history},
                                   {"override", l_override},
                                   {NULL, NULL}};
    luaL_newlibtable(L, fns);
    struct store_run *r = lua_newuserdatauv(L, sizeof *r, 0);
    memset(r, 0, sizeof *r);
    if (luaL_newmetatable(L, RUN_MT)) {
        lua_pushcfunction(L, run_gc);
        lua_setfield(L, -2, "__gc");
        lua_pushliteral(L, "locked");
        lua_setfield(L, -2, "__metatable");
    }
    lua_setmetatable(L, -2);
    drill_host_at_exit(L, -1); /* the database is closed, lost attempts are reported */
    luaL_setfuncs(L, fns, 1);
    return 1;
}
