/* drill.bank: the loaded question banks as Lua tables, and bank checking for lint. */
#include <lauxlib.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "bank.h"
#include "drill_limits.h"
#include "file.h"
#include "host.h"

#define SET_MT    "drill.BankSet"
#define SET_KEY   "drill.bank.set"
#define CACHE_KEY "drill.bank.cache"
#define INDEX_KEY "drill.bank.index"
#define VOCAB_KEY "drill.bank.vocab"

struct set_box {
    struct drill_bankset *set;
};

static int set_gc(lua_State *L)
{
    struct set_box *b = luaL_checkudata(L, 1, SET_MT);
    drill_bankset_free(b->set);
    b->set = NULL;
    return 0;
}

/* The walk's check: a bank file found in a directory is read only if it
 * resolves under a path named on the command line, as drill.fs requires. */
static int may_read(const char *path, void *ud)
{
    return drill_host_path_allowed(ud, path);
}

static struct set_box *new_box(lua_State *L, int flags)
{
    struct set_box *b = lua_newuserdatauv(L, sizeof *b, 0);
    b->set = NULL;
    luaL_setmetatable(L, SET_MT);
    b->set = drill_bankset_new(flags);
    if (!b->set)
        luaL_error(L, "not enough memory");
    return b;
}

/* Pushes the diagnostics as an array of strings. */
static void push_diags(lua_State *L, const struct drill_diags *d)
{
    lua_createtable(L, d->n + 1, 0);
    for (int i = 0; i < d->n; i++) {
        lua_pushstring(L, d->msg[i]);
        lua_rawseti(L, -2, i + 1);
    }
    if (d->dropped) {
        lua_pushfstring(L, "... and %d more", d->dropped);
        lua_rawseti(L, -2, d->n + 1);
    }
}

/* The banks of this run, loaded on first use; raises (65/66) if any is bad. Light documents
 * where they came from the cache (drill_bankset_whole): enough to list the questions. */
static struct drill_bankset *light_set(lua_State *L)
{
    if (lua_getfield(L, LUA_REGISTRYINDEX, SET_KEY) == LUA_TUSERDATA) {
        struct drill_bankset *s = ((struct set_box *)lua_touserdata(L, -1))->set;
        lua_pop(L, 1);
        return s;
    }
    lua_pop(L, 1);
    const struct drill_options *o = drill_host_options(L);
    struct set_box *b = new_box(L, 0);
    if (drill_bankset_set_cache(b->set, o->cache) != 0)
        luaL_error(L, "not enough memory");
    struct drill_diags *d = lua_newuserdatauv(L, sizeof *d, 0);
    drill_diags_init(d);
    int st = DRILL_OK;
    drill_host_pause(L); /* loading is the host's time, not the plugin's */
    if (o->nbanks) {
        /* the user's banks may come from a checkout: links in them stay inside */
        drill_bankset_set_allow(b->set, may_read, L);
        for (size_t i = 0; i < o->nbanks; i++) {
            int r = drill_bankset_add(b->set, o->banks[i], d);
            if (r > st)
                st = r;
        }
    } else {
        st = drill_bankset_add(b->set, drill_host_data_dir(NULL, "banks"), d);
    }
    if (st == DRILL_OK)
        st = drill_bankset_finish(b->set, d);
    drill_host_resume(L);
    if (st != DRILL_OK) {
        luaL_Buffer buf;
        luaL_buffinit(L, &buf);
        for (int i = 0; i < d->n; i++) {
            if (i)
                luaL_addchar(&buf, '\n');
            luaL_addstring(&buf, d->msg[i]);
        }
        if (d->dropped) {
            lua_pushfstring(L, "\n... and %d more", d->dropped);
            luaL_addvalue(&buf);
        }
        luaL_pushresult(&buf);
        return drill_host_raise(L, st, "%s", lua_tostring(L, -1)), NULL;
    }
    lua_pop(L, 1);
    lua_setfield(L, LUA_REGISTRYINDEX, SET_KEY);
    return b->set;
}

struct drill_bankset *drill_lua_banks(lua_State *L)
{
    return light_set(L);
}

/* The loaded banks, whole. */
static struct drill_bankset *the_set(lua_State *L)
{
    struct drill_bankset *set = light_set(L);
    if (drill_bankset_whole(set) != 0)
        luaL_error(L, "the banks could not be read whole: a bank file changed while drill ran, "
                      "or memory ran out");
    return set;
}

/* The Lua table of question q, made from its node (its file read whole) and kept in the cache. */
static void make_question(lua_State *L, struct drill_bankset *set, const struct drill_question *q)
{
    /* recursive for inline followups nested in their parents */
    luaL_checkstack(L, 6, "followups nested too deeply");
    lua_getfield(L, LUA_REGISTRYINDEX, CACHE_KEY);
    if (lua_getfield(L, -1, q->id) == LUA_TTABLE) {
        lua_remove(L, -2);
        return;
    }
    lua_pop(L, 1);
    drill_push_cjson(L, q->node);
    const struct drill_bankfile *f = drill_bankset_file(set, q->bank);
    lua_pushstring(L, f->bank);
    lua_setfield(L, -2, "bank");
    lua_pushfstring(L, "%s:%d:%d", f->path, (int)q->line, (int)q->col);
    lua_setfield(L, -2, "source");
    /* the bank's own thesaurus (format v2) goes with each of its questions */
    const cJSON *th = cJSON_GetObjectItemCaseSensitive(f->root, "thesaurus");
    if (th) {
        drill_push_cjson(L, th);
        lua_setfield(L, -2, "thesaurus");
    }
    if (q->parent) {
        /* inline followups take what they leave out from their parent */
        static const char *const inherit[] = {"lesson", "topic", "level", "format", NULL};
        const struct drill_question *p = drill_bankset_find(set, q->parent);
        lua_pushstring(L, q->parent);
        lua_setfield(L, -2, "parent");
        for (const char *const *k = inherit; *k && p; k++) {
            lua_pushstring(L, *k);
            if (lua_rawget(L, -2) != LUA_TNIL) {
                lua_pop(L, 1);
                continue;
            }
            lua_pop(L, 1);
            /* the parent is a cached table a guest has held: read it raw,
             * so no metamethod of theirs runs in here */
            make_question(L, set, p);
            lua_pushstring(L, *k);
            lua_rawget(L, -2);
            lua_setfield(L, -3, *k);
            lua_pop(L, 1);
        }
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, -3, q->id);
    lua_remove(L, -2);
}

/* Pushes the table of question q, made on first use. A file's questions are made all at once, the
 * first time one of them is asked for, and its whole document is then let go: the tables hold
 * all of it, and a batch check would otherwise keep every bank twice. */
static void push_question(lua_State *L, struct drill_bankset *set, const struct drill_question *q)
{
    luaL_checkstack(L, 4, NULL);
    lua_getfield(L, LUA_REGISTRYINDEX, CACHE_KEY);
    if (lua_getfield(L, -1, q->id) == LUA_TTABLE) {
        lua_remove(L, -2);
        return;
    }
    lua_pop(L, 2);
    if (drill_bankset_whole_file(set, q->bank) != 0)
        luaL_error(L, "the banks could not be read whole: a bank file changed while drill ran, "
                      "or memory ran out");
    size_t n;
    const struct drill_question *all = drill_bankset_of_file(set, q->bank, &n);
    for (size_t i = 0; i < n; i++) {
        make_question(L, set, &all[i]);
        lua_pop(L, 1);
    }
    drill_bankset_let_go(set, q->bank);
    lua_getfield(L, LUA_REGISTRYINDEX, CACHE_KEY);
    lua_getfield(L, -1, q->id);
    lua_remove(L, -2);
}

/* questions() -> array of every top-level question, in load order */
static int l_questions(lua_State *L)
{
    struct drill_bankset *set = light_set(L);
    size_t n = drill_bankset_count(set);
    lua_createtable(L, (int)n, 0);
    for (size_t i = 0; i < n; i++) {
        push_question(L, set, drill_bankset_question(set, i));
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    return 1;
}

/* index() -> array of every top-level question's entry, in load order: its fields but for the
 * model answer, the rubric, stages, steps and followups, with bank and source. Listing and
 * choosing questions needs no more, and these are a small part of a bank to make tables of. */
static int l_index(lua_State *L)
{
    /* the fields an entry leaves out, and those most have, made Lua strings once: an entry's
     * keys are then copied, not hashed, one by one */
    static const char *const heavy[] = {"answer", "rubric", "stages", "steps", "followups", NULL};
    static const char *const known[] = {"id",     "lesson", "topic", "level",  "format",
                                        "prompt", "tags",   "bank",  "source", NULL};
    enum { BANK = 7, SOURCE = 8 };
    struct drill_bankset *set = light_set(L);
    size_t n = drill_bankset_count(set);
    lua_getfield(L, LUA_REGISTRYINDEX, INDEX_KEY);
    int cache = lua_gettop(L);
    lua_createtable(L, 10, 0);
    int keys = lua_gettop(L);
    for (int k = 0; known[k]; k++) {
        lua_pushstring(L, known[k]);
        lua_rawseti(L, keys, k + 1);
    }
    lua_createtable(L, (int)n, 0);
    for (size_t i = 0; i < n; i++) {
        const struct drill_question *q = drill_bankset_question(set, i);
        luaL_checkstack(L, 6, NULL);
        if (lua_getfield(L, cache, q->id) != LUA_TTABLE) {
            lua_pop(L, 1);
            lua_createtable(L, 0, 10);
            for (const cJSON *c = q->node->child; c; c = c->next) {
                int k = 0;
                while (known[k] && strcmp(known[k], c->string) != 0)
                    k++;
                if (!known[k]) {
                    const char *const *h = heavy;
                    while (*h && strcmp(*h, c->string) != 0)
                        h++;
                    if (*h)
                        continue;
                    lua_pushstring(L, c->string);
                } else {
                    lua_rawgeti(L, keys, k + 1);
                }
                drill_push_cjson(L, c);
                lua_rawset(L, -3);
            }
            const struct drill_bankfile *f = drill_bankset_file(set, q->bank);
            lua_rawgeti(L, keys, BANK + 1);
            lua_pushstring(L, f->bank);
            lua_rawset(L, -3);
            /* path:line:col, put together without lua_pushfstring's parsing of a format */
            char pos[48];
            int pn = snprintf(pos, sizeof pos, ":%d:%d", (int)q->line, (int)q->col);
            lua_rawgeti(L, keys, SOURCE + 1);
            luaL_Buffer b;
            luaL_buffinit(L, &b);
            luaL_addstring(&b, f->path);
            luaL_addlstring(&b, pos, (size_t)pn);
            luaL_pushresult(&b);
            lua_rawset(L, -3);
            lua_pushvalue(L, -1);
            lua_setfield(L, cache, q->id);
        }
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_replace(L, cache);
    lua_settop(L, cache);
    return 1;
}

/* The texts vocab() takes its words from, each followed by a blank line. */
static void add_text(luaL_Buffer *b, const cJSON *s)
{
    if (cJSON_IsString(s)) {
        luaL_addstring(b, s->valuestring);
        luaL_addstring(b, "\n\n");
    }
}

static void add_answer(luaL_Buffer *b, const cJSON *a)
{
    static const char *const steps[] = {"summary", "intuition", "technical", "practice", NULL};
    if (cJSON_IsObject(a))
        for (const char *const *s = steps; *s; s++)
            add_text(b, cJSON_GetObjectItemCaseSensitive(a, *s));
    else
        add_text(b, a);
}

static void add_rubric(luaL_Buffer *b, const cJSON *r)
{
    static const char *const fields[] = {"name", "feedback", "statement", NULL};
    const cJSON *concepts = cJSON_GetObjectItemCaseSensitive(r, "concepts");
    for (const cJSON *c = cJSON_IsArray(concepts) ? concepts->child : NULL; c; c = c->next)
        for (const char *const *f = fields; *f; f++)
            add_text(b, cJSON_GetObjectItemCaseSensitive(c, *f));
}

static void add_question(luaL_Buffer *b, const cJSON *q, int depth)
{
    if (depth > DRILL_JSON_MAX_DEPTH)
        return;
    add_text(b, cJSON_GetObjectItemCaseSensitive(q, "prompt"));
    add_answer(b, cJSON_GetObjectItemCaseSensitive(q, "answer"));
    add_rubric(b, cJSON_GetObjectItemCaseSensitive(q, "rubric"));
    const cJSON *parts = cJSON_GetObjectItemCaseSensitive(q, "stages");
    if (!parts)
        parts = cJSON_GetObjectItemCaseSensitive(q, "steps");
    for (const cJSON *p = cJSON_IsArray(parts) ? parts->child : NULL; p; p = p->next) {
        add_text(b, cJSON_GetObjectItemCaseSensitive(p, "prompt"));
        add_answer(b, cJSON_GetObjectItemCaseSensitive(p, "answer"));
        add_rubric(b, cJSON_GetObjectItemCaseSensitive(p, "rubric"));
    }
    const cJSON *followups = cJSON_GetObjectItemCaseSensitive(q, "followups");
    for (const cJSON *f = cJSON_IsArray(followups) ? followups->child : NULL; f; f = f->next)
        if (cJSON_IsObject(f))
            add_question(b, f, depth + 1);
}

/* vocab() -> a vocabulary (drill.text.vocab's) of every word the loaded banks use in prompts,
 * model answers and their rubrics' concept names, feedback and statements: stages, steps and
 * inline followups included. Made once per run, and kept for later runs with the same text. */
static int l_vocab(lua_State *L)
{
    if (lua_getfield(L, LUA_REGISTRYINDEX, VOCAB_KEY) != LUA_TNIL)
        return 1;
    lua_pop(L, 1);
    /* kept under the banks' stamp too, so a later run reads no bank whole for it */
    struct drill_bankset *set = light_set(L);
    struct drill_memo *memo = drill_lua_memo(L);
    uint64_t stamp = 0;
    char key[1 + sizeof stamp] = {'B'};
    int stamped = drill_bankset_stamp(set, &stamp) == 0;
    memcpy(key + 1, &stamp, sizeof stamp);
    if (!stamped || !drill_text_vocab_recall(L, memo, key, sizeof key)) {
        set = the_set(L);
        luaL_Buffer b;
        luaL_buffinit(L, &b);
        size_t n = drill_bankset_count(set);
        for (size_t i = 0; i < n; i++)
            add_question(&b, drill_bankset_question(set, i)->node, 0);
        luaL_pushresult(&b);
        drill_text_vocab_kept(L, memo); /* the same banks: the same words */
        if (stamped)
            drill_text_vocab_keep(L, memo, key, sizeof key);
        /* the files whose questions have their tables already need their documents no more */
        lua_getfield(L, LUA_REGISTRYINDEX, CACHE_KEY);
        for (size_t f = 0; f < drill_bankset_nfiles(set); f++) {
            const struct drill_question *all = drill_bankset_of_file(set, f, &n);
            int made = n > 0;
            for (size_t i = 0; i < n && made; i++) {
                made = lua_getfield(L, -1, all[i].id) == LUA_TTABLE;
                lua_pop(L, 1);
            }
            if (made)
                drill_bankset_let_go(set, f);
        }
        lua_pop(L, 1);
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, VOCAB_KEY);
    return 1;
}

/* get(id) -> question (inline followups included) | nil */
static int l_get(lua_State *L)
{
    const char *id = luaL_checkstring(L, 1);
    struct drill_bankset *set = light_set(L);
    const struct drill_question *q = drill_bankset_find(set, id);
    if (!q) {
        lua_pushnil(L);
        return 1;
    }
    push_question(L, set, q);
    return 1;
}

/* has(id) -> whether a question (inline followups included) has that id: without reading
 * the banks whole */
static int l_has(lua_State *L)
{
    const char *id = luaL_checkstring(L, 1);
    lua_pushboolean(L, drill_bankset_find(light_set(L), id) != NULL);
    return 1;
}

/* suggest(id) -> the nearest known id | nil */
static int l_suggest(lua_State *L)
{
    const char *id = luaL_checkstring(L, 1);
    const char *s = drill_bankset_suggest(light_set(L), id);
    if (s)
        lua_pushstring(L, s);
    else
        lua_pushnil(L);
    return 1;
}

/* files() -> array of {path, bank, title, questions} */
static int l_files(lua_State *L)
{
    struct drill_bankset *set = light_set(L);
    size_t n = drill_bankset_nfiles(set);
    lua_createtable(L, (int)n, 0);
    for (size_t i = 0; i < n; i++) {
        const struct drill_bankfile *f = drill_bankset_file(set, i);
        lua_createtable(L, 0, 4);
        lua_pushstring(L, f->path);
        lua_setfield(L, -2, "path");
        lua_pushstring(L, f->bank);
        lua_setfield(L, -2, "bank");
        lua_pushstring(L, f->title);
        lua_setfield(L, -2, "title");
        lua_pushinteger(L, (lua_Integer)f->nquestions);
        lua_setfield(L, -2, "questions");
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    return 1;
}

/* A plugin named to lint: does it compile as a text chunk? */
static int check_plugin(lua_State *L, const char *path, struct drill_diags *d)
{
    char *text;
    size_t len;
    /* pushed before the file is read: pushing may raise, and must not
     * leave the text behind */
    lua_pushfstring(L, "@%s", path);
    int st = drill_file_read(path, DRILL_MAX_BANK_BYTES, &text, &len, d);
    if (st != DRILL_OK) {
        lua_pop(L, 1);
        return st;
    }
    /* lua_load runs protected: it returns its errors, memory ones too */
    int rc = luaL_loadbufferx(L, text, len, lua_tostring(L, -1), "t");
    free(text);
    if (rc != LUA_OK) {
        /* Lua's message is already "path:line: message" */
        drill_diag_add_raw(d, DRILL_EXIT_DATA, lua_tostring(L, -1));
        st = DRILL_EXIT_DATA;
    }
    lua_pop(L, 2);
    return st;
}

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* Records the node and the file behind the table at `idx` (pushed from `node`) and behind each
 * table inside it, in the weak-keyed tables at `nodes` and `files`, for where(). */
static void mark_tables(lua_State *L, int idx, const cJSON *node, int nodes, int files,
                        lua_Integer file)
{
    luaL_checkstack(L, 4, "JSON nested too deeply");
    idx = lua_absindex(L, idx);
    lua_pushvalue(L, idx);
    lua_pushlightuserdata(L, (void *)node);
    lua_rawset(L, nodes);
    lua_pushvalue(L, idx);
    lua_pushinteger(L, file);
    lua_rawset(L, files);
    lua_Integer i = 0;
    for (const cJSON *c = node->child; c; c = c->next) {
        i++;
        if (!cJSON_IsArray(c) && !cJSON_IsObject(c))
            continue;
        if (cJSON_IsArray(node))
            lua_rawgeti(L, idx, i);
        else
            lua_getfield(L, idx, c->string);
        if (lua_type(L, -1) == LUA_TTABLE)
            mark_tables(L, -1, c, nodes, files, file);
        lua_pop(L, 1);
    }
}

/* where(t [, key]) -> "file:line:col" | nil: where a table of check()'s questions starts in its
 * bank file, or the value of its member `key` (a string, or an array index). Upvalues: the set,
 * the nodes and the files of the tables. */
static int l_where(lua_State *L)
{
    struct set_box *b = lua_touserdata(L, lua_upvalueindex(1));
    luaL_checktype(L, 1, LUA_TTABLE);
    int kt = lua_type(L, 2);
    if (kt != LUA_TNONE && kt != LUA_TNIL && kt != LUA_TSTRING && kt != LUA_TNUMBER)
        return luaL_typeerror(L, 2, "string or integer");
    lua_pushvalue(L, 1);
    lua_rawget(L, lua_upvalueindex(2));
    const cJSON *node = lua_touserdata(L, -1);
    lua_pushvalue(L, 1);
    lua_rawget(L, lua_upvalueindex(3));
    lua_Integer file = lua_tointeger(L, -1);
    if (node && kt == LUA_TNUMBER && cJSON_IsArray(node)) {
        lua_Integer k = luaL_checkinteger(L, 2);
        node = k >= 1 && k <= INT_MAX ? cJSON_GetArrayItem(node, (int)(k - 1)) : NULL;
    } else if (node && kt == LUA_TSTRING) {
        node = cJSON_IsObject(node) ? cJSON_GetObjectItemCaseSensitive(node, lua_tostring(L, 2))
                                    : NULL;
    } else if (kt == LUA_TNUMBER) {
        node = NULL;
    }
    unsigned line, col;
    if (!node || !b->set || file < 0 ||
        !drill_bankset_pos(b->set, (size_t)file, node, 0, &line, &col)) {
        lua_pushnil(L);
        return 1;
    }
    lua_pushfstring(L, "%s:%d:%d", drill_bankset_file(b->set, (size_t)file)->path, (int)line,
                    (int)col);
    return 1;
}

/* check(path...) -> ok, diagnostics, {files, questions, status}, questions, where
 * Loads the paths (default: the banks of this run) as a set of their own,
 * compiling every pattern; .lua paths are checked as plugins. where(t [, key]) places any table
 * of the questions (a rubric, a grader entry) in its file: "file:line:col". */
static int l_check(lua_State *L)
{
    int n = lua_gettop(L), named = n > 0;
    for (int i = 1; i <= n; i++) {
        const char *p = luaL_checkstring(L, i);
        if (!drill_host_path_allowed(L, p))
            return luaL_error(L, "%s: not a path named on the command line", p);
    }
    if (n == 0) {
        const struct drill_options *o = drill_host_options(L);
        luaL_checkstack(L, (int)(o->nbanks < 10000 ? o->nbanks : 10000) + 8,
                        "too many --bank paths");
        for (size_t i = 0; i < o->nbanks; i++)
            lua_pushstring(L, o->banks[i]);
        if (o->nbanks == 0)
            lua_pushstring(L, drill_host_data_dir(NULL, "banks"));
        n = lua_gettop(L);
    }
    struct set_box *b = new_box(L, DRILL_BANK_CHECK_PATTERNS);
    /* Every file the walk finds is confined like the paths named here; only
     * the built-in banks (checked when nothing is named) are not. */
    if (named || drill_host_options(L)->nbanks)
        drill_bankset_set_allow(b->set, may_read, L);
    struct drill_diags *d = lua_newuserdatauv(L, sizeof *d, 0);
    drill_diags_init(d);
    int st = DRILL_OK, plugins = 0;
    /* checking is work done for the plugin: its time counts (no pause), and
     * a flat charge keeps a loop of checks from running without end */
    drill_host_charge(L, 1000000, 0);
    for (int i = 1; i <= n; i++) {
        const char *p = lua_tostring(L, i);
        int r = has_suffix(p, ".lua") ? (plugins++, check_plugin(L, p, d))
                                      : drill_bankset_add(b->set, p, d);
        if (r > st)
            st = r;
    }
    int fin = drill_bankset_finish(b->set, d);
    if (fin > st)
        st = fin;
    lua_pushboolean(L, st == DRILL_OK);
    push_diags(L, d);
    lua_createtable(L, 0, 4);
    lua_pushinteger(L, (lua_Integer)drill_bankset_nfiles(b->set));
    lua_setfield(L, -2, "files");
    lua_pushinteger(L, plugins);
    lua_setfield(L, -2, "plugins");
    lua_pushinteger(L, (lua_Integer)drill_bankset_count(b->set));
    lua_setfield(L, -2, "questions");
    lua_pushinteger(L, st);
    lua_setfield(L, -2, "status");
    size_t nq = drill_bankset_count(b->set);
    int box = lua_absindex(L, -5);
    /* where()'s maps: weak keys, so they keep no question alive */
    lua_newtable(L);
    lua_createtable(L, 0, 1);
    lua_pushliteral(L, "k");
    lua_setfield(L, -2, "__mode");
    lua_pushvalue(L, -1);
    lua_setmetatable(L, -3);
    lua_newtable(L);
    lua_insert(L, -2);
    lua_setmetatable(L, -2);
    int nodes = lua_absindex(L, -2), files = lua_absindex(L, -1);
    lua_createtable(L, (int)nq, 0);
    for (size_t i = 0; i < nq; i++) {
        const struct drill_question *q = drill_bankset_question(b->set, i);
        const struct drill_bankfile *f = drill_bankset_file(b->set, q->bank);
        drill_push_cjson(L, q->node);
        mark_tables(L, -1, q->node, nodes, files, (lua_Integer)q->bank);
        lua_pushstring(L, f->bank);
        lua_setfield(L, -2, "bank");
        lua_pushfstring(L, "%s:%d:%d", f->path, (int)q->line, (int)q->col);
        lua_setfield(L, -2, "source");
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_pushvalue(L, box);
    lua_pushvalue(L, nodes);
    lua_pushvalue(L, files);
    lua_pushcclosure(L, l_where, 3);
    lua_remove(L, files);
    lua_remove(L, nodes);
    return 5;
}

int drill_open_bank(lua_State *L)
{
    static const luaL_Reg fns[] = {{"questions", l_questions},
                                   {"index", l_index},
                                   {"get", l_get},
                                   {"has", l_has},
                                   {"suggest", l_suggest},
                                   {"files", l_files},
                                   {"check", l_check},
                                   {"vocab", l_vocab},
                                   {NULL, NULL}};
    luaL_newmetatable(L, SET_MT);
    lua_pushcfunction(L, set_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushliteral(L, "locked"); /* getmetatable sees this; setmetatable refuses */
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, CACHE_KEY);
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, INDEX_KEY);
    luaL_newlib(L, fns);
    return 1;
}
