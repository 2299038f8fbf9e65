/* drill.json: strict decoding with line:column errors, deterministic encoding. */
#include <float.h>
#include <lauxlib.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "json.h"
#include "drill_limits.h"
#include "alloc.h"
#include "host.h"
#include "text.h"

#define NULL_KEY "drill.json.null"
#define ARRAY_MT DRILL_JSON_ARRAY_MT

static void push_null(lua_State *L)
{
    lua_getfield(L, LUA_REGISTRYINDEX, NULL_KEY);
}

void drill_push_cjson(lua_State *L, const cJSON *node)
{
    luaL_checkstack(L, 4, "JSON nested too deeply");
    if (cJSON_IsString(node)) {
        lua_pushstring(L, node->valuestring);
    } else if (cJSON_IsNumber(node)) {
        double d = node->valuedouble;
        if (d == floor(d) && fabs(d) < 9007199254740992.0)
            lua_pushinteger(L, (lua_Integer)d);
        else
            lua_pushnumber(L, d);
    } else if (cJSON_IsBool(node)) {
        lua_pushboolean(L, cJSON_IsTrue(node));
    } else if (cJSON_IsNull(node)) {
        push_null(L);
    } else if (cJSON_IsArray(node)) {
        lua_createtable(L, cJSON_GetArraySize(node), 0);
        luaL_setmetatable(L, ARRAY_MT);
        lua_Integer i = 0;
        for (const cJSON *c = node->child; c; c = c->next) {
            drill_push_cjson(L, c);
            lua_rawseti(L, -2, ++i);
        }
    } else {
        int n = 0; /* sized to its members: most objects of a bank have 3 to 5 */
        for (const cJSON *c = node->child; c; c = c->next)
            n++;
        lua_createtable(L, 0, n);
        for (const cJSON *c = node->child; c; c = c->next) {
            drill_push_cjson(L, c);
            lua_setfield(L, -2, c->string);
        }
    }
}

/* decode(text [, name]) -> value | nil, "name:line:col: message" */
static int l_decode(lua_State *L)
{
    size_t n, bad;
    const char *s = luaL_checklstring(L, 1, &n);
    const char *name = luaL_optstring(L, 2, "<string>");
    struct drill_diags *d = lua_newuserdatauv(L, sizeof *d, 0);
    drill_diags_init(d);
    /* the document is owned by a userdata from the moment it exists: every
     * push after parsing may raise (memory) */
    struct drill_json **box = lua_newuserdatauv(L, sizeof *box, 0);
    *box = NULL;
    lua_getfield(L, LUA_REGISTRYINDEX, "drill.json.doc");
    lua_setmetatable(L, -2);
    if (!drill_utf8_valid(s, n, &bad)) {
        unsigned line, col;
        drill_json_linecol(s, n, bad, &line, &col);
        lua_pushnil(L);
        lua_pushfstring(L, "%s:%d:%d: invalid UTF-8 (byte offset %d)", name, (int)line, (int)col,
                        (int)bad);
        return 2;
    }
    *box = drill_json_parse(s, n, name, d);
    if (!*box) {
        lua_pushnil(L);
        lua_pushstring(L, d->msg[0]);
        return 2;
    }
    drill_push_cjson(L, drill_json_root(*box));
    return 1;
}

static int doc_gc(lua_State *L)
{
    struct drill_json **box = lua_touserdata(L, 1);
    drill_json_free(*box);
    *box = NULL;
    return 0;
}

/* The encoder's output: malloc'ed memory owned by a userdata, so an error
 * raised halfway (bad value, no memory) frees it through __gc, and the Lua
 * stack stays free for the encoder's own pushes. */
struct jbuf {
    lua_State *L;
    char *p;
    size_t n, cap;
    unsigned values; /* encoded so far, to charge the guest's budget as we go */
};

static void jb_add(struct jbuf *b, const char *s, size_t n)
{
    if (b->n + n > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + n)
            cap *= 2;
        /* charged: a table graph that shares subtables can ask for 2^depth bytes */
        char *np = drill_mem_realloc(b->p, cap);
        if (!np)
            luaL_error(b->L, "not enough memory");
        b->p = np;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
}

static inline void jb_addc(struct jbuf *b, char c)
{
    if (b->n < b->cap)
        b->p[b->n++] = c;
    else
        jb_add(b, &c, 1);
}

static void jb_adds(struct jbuf *b, const char *s)
{
    jb_add(b, s, strlen(s));
}

static int jbuf_gc(lua_State *L)
{
    struct jbuf *b = lua_touserdata(L, 1);
    drill_mem_free(b->p);
    b->p = NULL;
    return 0;
}

/* A string's bytes as a JSON string: runs that need no escape copied whole. */
static void encode_bytes(lua_State *L, struct jbuf *b, const char *s, size_t n)
{
    size_t bad;
    if (!drill_utf8_valid(s, n, &bad))
        luaL_error(L, "cannot encode a string with invalid UTF-8 (byte %d)", (int)bad + 1);
    jb_addc(b, '"');
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        /* eight bytes at a time while none is below 0x20, '"' or '\\' */
        while (n - i >= 8) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
            uint64_t q = w ^ (ones * '"'), bs = w ^ (ones * '\\');
            uint64_t hit = ((w - ones * 0x20) | (q - ones) | (bs - ones)) & ~w & highs;
            if (hit)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        jb_add(b, s + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            jb_adds(b, "\\\"");
            break;
        case '\\':
            jb_adds(b, "\\\\");
            break;
        case '\n':
            jb_adds(b, "\\n");
            break;
        case '\t':
            jb_adds(b, "\\t");
            break;
        case '\r':
            jb_adds(b, "\\r");
            break;
        default: {
            char esc[8];
            snprintf(esc, sizeof esc, "\\u%04x", c);
            jb_adds(b, esc);
        }
        }
    }
    jb_add(b, s + run, n - run);
    jb_addc(b, '"');
}

static void encode_string(lua_State *L, struct jbuf *b, int idx)
{
    size_t n;
    const char *s = lua_tolstring(L, idx, &n);
    encode_bytes(L, b, s, n);
}

static void newline(struct jbuf *b, int indent, int depth)
{
    if (!indent)
        return;
    jb_addc(b, '\n');
    for (int i = 0; i < indent * depth; i++)
        jb_addc(b, ' ');
}

/* Length of the table as an array, or -1 if it has other keys. */
static lua_Integer array_length(lua_State *L, int idx)
{
    lua_Integer n = (lua_Integer)lua_rawlen(L, idx), count = 0;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 || lua_tointeger(L, -1) > n) {
            lua_pop(L, 1);
            return -1;
        }
        count++;
    }
    return count == n ? n : -1;
}

/* An object key: its bytes, and where its value is on the stack (0: not there). */
#define FEW_KEYS 48
struct key {
    const char *s;
    size_t n;
    int at;
};

static int key_cmp(const void *a, const void *b)
{
    const struct key *x = a, *y = b;
    int c = memcmp(x->s, y->s, x->n < y->n ? x->n : y->n);
    return c ? c : (x->n > y->n) - (x->n < y->n);
}

/* Keys in order: the few of most objects by insertion, cheaper than qsort's calls through a
 * pointer for each comparison; many by qsort. */
static void sort_keys(struct key *k, size_t n)
{
    if (n > 16) {
        qsort(k, n, sizeof *k, key_cmp);
        return;
    }
    for (size_t i = 1; i < n; i++) {
        struct key v = k[i];
        size_t j = i;
        for (; j > 0 && key_cmp(&k[j - 1], &v) > 0; j--)
            k[j] = k[j - 1];
        k[j] = v;
    }
}

static void encode_value(lua_State *L, struct jbuf *b, int idx, int indent, int depth);

static void encode_table(lua_State *L, struct jbuf *b, int idx, int indent, int depth)
{
    /* the encoder's loop is C the count hook cannot see: charge it */
    if ((++b->values & 1023) == 0)
        drill_host_charge(L, 1024 * 16, 0);
    if (depth >= DRILL_JSON_MAX_DEPTH)
        luaL_error(L, "cannot encode: nesting deeper than %d (a cycle?)", DRILL_JSON_MAX_DEPTH);
    lua_Integer n = array_length(L, idx);
    int is_array_mt = 0;
    if (lua_getmetatable(L, idx)) {
        luaL_getmetatable(L, ARRAY_MT);
        is_array_mt = lua_rawequal(L, -1, -2);
        lua_pop(L, 2);
    }
    if (n > 0 || (n == 0 && is_array_mt)) {
        jb_addc(b, '[');
        for (lua_Integer i = 1; i <= n; i++) {
            if (i > 1)
                jb_addc(b, ',');
            newline(b, indent, depth + 1);
            lua_rawgeti(L, idx, i);
            encode_value(L, b, lua_gettop(L), indent, depth + 1);
            lua_pop(L, 1);
        }
        if (n > 0)
            newline(b, indent, depth);
        jb_addc(b, ']');
        return;
    }
    /* an object: string keys, sorted so the output is stable. Only raw
     * reads run while it is encoded (no metamethod, no guest code), so the
     * table, held on the stack, keeps its keys alive and unchanged. Up to
     * FEW_KEYS keys, each key and its value are left on the stack as they come
     * (a key read again from the table would be made again as a string); a
     * larger object is read again key by key. */
    int top = lua_gettop(L);
    size_t count = 0;
    struct key few[FEW_KEYS];
    int many = 0;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        if (lua_type(L, -2) != LUA_TSTRING)
            luaL_error(L, "cannot encode a table with a %s key as a JSON object",
                       luaL_typename(L, -2));
        if (count == FEW_KEYS) {
            many = 1;
            break;
        }
        few[count].s = lua_tolstring(L, -2, &few[count].n);
        few[count].at = lua_gettop(L);
        count++;
        luaL_checkstack(L, 3, "JSON nested too deeply");
        lua_pushvalue(L, -2); /* the key again, for lua_next to go on from */
    }
    struct key *keys = few;
    if (many) {
        lua_settop(L, top);
        count = 0;
        lua_pushnil(L);
        while (lua_next(L, idx)) {
            lua_pop(L, 1);
            if (lua_type(L, -1) != LUA_TSTRING)
                luaL_error(L, "cannot encode a table with a %s key as a JSON object",
                           luaL_typename(L, -1));
            count++;
        }
        keys = lua_newuserdatauv(L, count * sizeof *keys, 0);
        size_t k = 0;
        lua_pushnil(L);
        while (lua_next(L, idx)) {
            lua_pop(L, 1);
            keys[k].s = lua_tolstring(L, -1, &keys[k].n);
            keys[k].at = 0;
            k++;
        }
    }
    sort_keys(keys, count);
    jb_addc(b, '{');
    for (size_t i = 0; i < count; i++) {
        if (i > 0)
            jb_addc(b, ',');
        newline(b, indent, depth + 1);
        encode_bytes(L, b, keys[i].s, keys[i].n);
        jb_addc(b, ':');
        if (indent)
            jb_addc(b, ' ');
        if (keys[i].at) {
            encode_value(L, b, keys[i].at, indent, depth + 1);
            continue;
        }
        lua_pushlstring(L, keys[i].s, keys[i].n);
        lua_rawget(L, idx);
        encode_value(L, b, lua_gettop(L), indent, depth + 1);
        lua_pop(L, 1);
    }
    if (count)
        newline(b, indent, depth);
    jb_addc(b, '}');
    lua_settop(L, top);
}

static void encode_value(lua_State *L, struct jbuf *b, int idx, int indent, int depth)
{
    luaL_checkstack(L, 8, "JSON nested too deeply");
    char num[64];
    switch (lua_type(L, idx)) {
    case LUA_TNIL:
        jb_adds(b, "null");
        break;
    case LUA_TBOOLEAN:
        jb_adds(b, lua_toboolean(L, idx) ? "true" : "false");
        break;
    case LUA_TNUMBER:
        if (lua_isinteger(L, idx)) {
            snprintf(num, sizeof num, "%lld", (long long)lua_tointeger(L, idx));
        } else {
            double d = lua_tonumber(L, idx);
            if (!isfinite(d))
                luaL_error(L, "cannot encode %f in JSON", d);
            /* shortest form that reads back the same; a whole number as one (1000, not 1e+03).
             * When some form of at most 15 digits reads back as a normal d, d rounded to 15
             * digits is that form followed by zeros, which %g leaves out: so 15 digits first,
             * then 16, then 17, which always reads back. A subnormal d is too coarse for
             * that: its digits are tried from 1. */
            if (d == floor(d) && fabs(d) < 1e15) {
                snprintf(num, sizeof num, "%.0f", d);
            } else {
                for (int p = fabs(d) < DBL_MIN ? 1 : 15; p <= 17; p++) {
                    snprintf(num, sizeof num, "%.*g", p, d);
                    if (strtod(num, NULL) == d)
                        break;
                }
            }
        }
        jb_adds(b, num);
        break;
    case LUA_TSTRING:
        encode_string(L, b, idx);
        break;
    case LUA_TTABLE:
        drill_host_unproxy(L, idx); /* a read-only view encodes as its table */
        encode_table(L, b, idx, indent, depth);
        break;
    case LUA_TLIGHTUSERDATA:
    case LUA_TUSERDATA:
        push_null(L);
        if (lua_rawequal(L, -1, idx)) {
            lua_pop(L, 1);
            jb_adds(b, "null");
            break;
        }
        lua_pop(L, 1);
        /* fall through */
    default:
        luaL_error(L, "cannot encode a %s in JSON", luaL_typename(L, idx));
    }
}

/* encode(value [, {indent = n}]) -> text */
static int l_encode(lua_State *L)
{
    int indent = 0;
    luaL_checkany(L, 1);
    if (lua_istable(L, 2)) {
        lua_pushliteral(L, "indent");
        lua_rawget(L, 2); /* raw: no guest code runs inside the encoder */
        indent = (int)luaL_optinteger(L, -1, 0);
        lua_pop(L, 1);
    }
    lua_settop(L, 1);
    struct jbuf *b = lua_newuserdatauv(L, sizeof *b, 0);
    memset(b, 0, sizeof *b);
    b->L = L;
    lua_getfield(L, LUA_REGISTRYINDEX, "drill.json.buf");
    lua_setmetatable(L, -2);
    encode_value(L, b, 1, indent, 0);
    lua_pushlstring(L, b->p ? b->p : "", b->n);
    drill_mem_free(b->p);
    b->p = NULL;
    return 1;
}

/* array([t]) -> t marked to encode as a JSON array even when empty */
static int l_array(lua_State *L)
{
    if (lua_isnoneornil(L, 1))
        lua_newtable(L);
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    /* lua_setmetatable ignores __metatable: never replace a metatable the
     * table has (a read-only view's, shared by every grader, or a guest's) */
    if (lua_getmetatable(L, 1)) {
        luaL_getmetatable(L, ARRAY_MT);
        if (!lua_rawequal(L, -1, -2))
            return luaL_argerror(L, 1, "the table already has a metatable");
        lua_pop(L, 2);
    }
    luaL_setmetatable(L, ARRAY_MT);
    return 1;
}

int drill_open_json(lua_State *L)
{
    static const luaL_Reg fns[] = {
        {"decode", l_decode}, {"encode", l_encode}, {"array", l_array}, {NULL, NULL}};
    /* shared by every decoded array: locked, so a guest cannot give all
     * arrays an __index or __newindex (getmetatable returns "locked") */
    luaL_newmetatable(L, ARRAY_MT);
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushcfunction(L, doc_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    lua_setfield(L, LUA_REGISTRYINDEX, "drill.json.doc");
    lua_newtable(L);
    lua_pushcfunction(L, jbuf_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    lua_setfield(L, LUA_REGISTRYINDEX, "drill.json.buf");
    luaL_newlib(L, fns);
    lua_pushlightuserdata(L, (void *)&drill_push_cjson);
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, NULL_KEY);
    lua_setfield(L, -2, "null");
    return 1;
}
