/* drill.text similarity: stem, tokens, and drill.Index (tf-idf over model answers). */
#include <lauxlib.h>

#include "drill_limits.h"
#include "similar.h"
#include "text.h"

#define INDEX_MT "drill.Index"

void drill_sim_open(lua_State *L, int texttab);

struct index_box {
    struct drill_sim_index *idx; /* NULL once closed */
};

static const char *check_utf8(lua_State *L, int arg, size_t *n)
{
    size_t bad;
    const char *s = luaL_checklstring(L, arg, n);
    if (!drill_utf8_valid(s, *n, &bad))
        luaL_argerror(L, arg, lua_pushfstring(L, "invalid UTF-8 at byte %d", (int)bad + 1));
    return s;
}

/* A text for the index. The core validates what it reads (the first
 * DRILL_MAX_ANSWER_BYTES) and check_rc names the culprit, so only the rest
 * of a longer text is checked here: one pass over the bytes, not two. */
static const char *check_text(lua_State *L, int arg, size_t *n)
{
    const char *s = luaL_checklstring(L, arg, n);
    if (*n > DRILL_MAX_ANSWER_BYTES)
        check_utf8(L, arg, n);
    return s;
}

static const char *opt_text(lua_State *L, int arg, size_t *n)
{
    if (lua_isnoneornil(L, arg)) {
        *n = 0;
        return NULL;
    }
    return check_text(L, arg, n);
}

static struct drill_sim_index *check_index(lua_State *L)
{
    struct index_box *b = luaL_checkudata(L, 1, INDEX_MT);
    if (!b->idx)
        luaL_error(L, "attempt to use a closed index");
    return b->idx;
}

/* Raises for a core error; for invalid UTF-8, names the first bad text among
 * the string arguments from 2 to `last`. */
static void check_rc(lua_State *L, int rc, int last)
{
    if (rc == DRILL_SIM_ENOMEM)
        luaL_error(L, "not enough memory");
    if (rc == DRILL_SIM_EUTF8) {
        size_t n;
        for (int arg = 2; arg <= last; arg++)
            if (lua_type(L, arg) == LUA_TSTRING)
                check_utf8(L, arg, &n);
        luaL_error(L, "invalid UTF-8");
    }
}

/* stem(word) -> the Porter stem, lower-cased */
static int l_stem(lua_State *L)
{
    size_t n;
    const char *w = check_utf8(L, 1, &n);
    luaL_Buffer b;
    char *out = luaL_buffinitsize(L, &b, n + 1);
    luaL_pushresultsize(&b, drill_stem(w, n, out));
    return 1;
}

/* tokens(text) -> array of the stems a comparison would use, in order */
static int l_tokens(lua_State *L)
{
    size_t n;
    const char *s = check_utf8(L, 1, &n);
    if (n > DRILL_MAX_ANSWER_BYTES) {
        n = DRILL_MAX_ANSWER_BYTES;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    char *norm = lua_newuserdatauv(L, n + 1, 0);
    size_t len = drill_text_normalize(s, n, norm, DRILL_NORM_LOWER);
    lua_newtable(L);
    size_t pos = 0;
    lua_Integer k = 0;
    struct drill_sim_token tok;
    while (drill_sim_next_token(norm, len, &pos, &tok)) {
        lua_pushlstring(L, tok.stem, tok.stemlen);
        lua_rawseti(L, -2, ++k);
    }
    return 1;
}

/* index() -> an empty drill.Index, charged to the plugin's memory limit */
static int l_index(lua_State *L)
{
    struct index_box *b = lua_newuserdatauv(L, sizeof *b, 0);
    b->idx = NULL;
    luaL_setmetatable(L, INDEX_MT);
    void *ud;
    lua_Alloc f = lua_getallocf(L, &ud);
    b->idx = drill_sim_index_new_with(f, ud);
    if (!b->idx)
        return luaL_error(L, "not enough memory");
    /* The collector sees only the small userdata, not the scratch an index
     * grows once used (about 0.6 MiB): step it as if that had been
     * allocated, so indexes made in a loop are collected in time. */
    lua_gc(L, LUA_GCSTEP, 640);
    return 1;
}

/* index:add(text): one more document for the document frequencies */
static int l_add(lua_State *L)
{
    struct drill_sim_index *idx = check_index(L);
    size_t n;
    const char *s = check_text(L, 2, &n);
    check_rc(L, drill_sim_index_add(idx, s, n), 2);
    return 0;
}

/* index:count() -> documents added */
static int l_count(lua_State *L)
{
    lua_pushinteger(L, (lua_Integer)drill_sim_index_ndocs(check_index(L)));
    return 1;
}

/* The methods' upvalues: field names, interned once, because building result
 * tables is a good part of the cost of a comparison. */
enum { K_SIMILARITY = 1, K_COVERAGE, K_SHARED, K_MISSING, K_STEM, K_WORD, NKEYS };
static const char *const keys[] = {NULL,      "similarity", "coverage", "shared",
                                   "missing", "stem",       "word"};

/* t[key] = the value on top of the stack, t at -2 before the key is pushed. */
static void set_key(lua_State *L, int key)
{
    lua_pushvalue(L, lua_upvalueindex(key));
    lua_insert(L, -2);
    lua_rawset(L, -3);
}

static void push_terms(lua_State *L, const struct drill_sim_term *t, size_t n)
{
    lua_createtable(L, (int)n, 0);
    for (size_t i = 0; i < n; i++) {
        lua_createtable(L, 0, 2);
        lua_pushstring(L, t[i].stem);
        set_key(L, K_STEM);
        lua_pushstring(L, t[i].word);
        set_key(L, K_WORD);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
}

/* index:compare(answer, reference [, question]) ->
 *   {similarity =, coverage =, shared = {{stem =, word =}, ...}, missing = {...}} */
static int l_compare(lua_State *L)
{
    struct drill_sim_index *idx = check_index(L);
    size_t an, rn, qn;
    const char *a = check_text(L, 2, &an);
    const char *r = check_text(L, 3, &rn);
    const char *q = opt_text(L, 4, &qn);
    struct drill_sim_result res;
    check_rc(L, drill_sim_compare(idx, a, an, r, rn, q, qn, &res), 4);
    lua_createtable(L, 0, 4);
    lua_pushnumber(L, res.similarity);
    set_key(L, K_SIMILARITY);
    lua_pushnumber(L, res.coverage);
    set_key(L, K_COVERAGE);
    push_terms(L, res.shared, res.nshared);
    set_key(L, K_SHARED);
    push_terms(L, res.missing, res.nmissing);
    set_key(L, K_MISSING);
    return 1;
}

/* index:weights(text [, question]) -> {[stem] = weight in the text's unit vector} */
static int l_weights(lua_State *L)
{
    struct drill_sim_index *idx = check_index(L);
    size_t n, qn, nterms;
    const char *s = check_text(L, 2, &n);
    const char *q = opt_text(L, 3, &qn);
    check_rc(L, drill_sim_weights(idx, s, n, q, qn, &nterms), 3);
    lua_createtable(L, 0, nterms > 1000000 ? 1000000 : (int)nterms);
    for (size_t i = 0; i < nterms; i++) {
        const char *stem;
        size_t len;
        double w;
        drill_sim_weight_at(idx, i, &stem, &len, &w);
        lua_pushlstring(L, stem, len);
        lua_pushnumber(L, w);
        lua_rawset(L, -3);
    }
    return 1;
}

/* __gc, __close and close(): safe to call again */
static int l_close(lua_State *L)
{
    struct index_box *b = luaL_checkudata(L, 1, INDEX_MT);
    drill_sim_index_free(b->idx);
    b->idx = NULL;
    return 0;
}

static int l_tostring(lua_State *L)
{
    struct index_box *b = luaL_checkudata(L, 1, INDEX_MT);
    if (b->idx)
        lua_pushfstring(L, "drill.Index (%d documents)", (int)drill_sim_index_ndocs(b->idx));
    else
        lua_pushliteral(L, "drill.Index (closed)");
    return 1;
}

/* Adds stem, tokens and index to the table at `texttab`. Stack: [-0, +0]. */
void drill_sim_open(lua_State *L, int texttab)
{
    static const luaL_Reg methods[] = {{"add", l_add},         {"count", l_count},
                                       {"compare", l_compare}, {"weights", l_weights},
                                       {"close", l_close},     {NULL, NULL}};
    static const luaL_Reg meta[] = {
        {"__gc", l_close}, {"__close", l_close}, {"__tostring", l_tostring}, {NULL, NULL}};
    static const luaL_Reg fns[] = {
        {"stem", l_stem}, {"tokens", l_tokens}, {"index", l_index}, {NULL, NULL}};
    texttab = lua_absindex(L, texttab);
    luaL_newmetatable(L, INDEX_MT);
    luaL_setfuncs(L, meta, 0);
    luaL_newlibtable(L, methods);
    for (int k = 1; k < NKEYS; k++)
        lua_pushstring(L, keys[k]);
    luaL_setfuncs(L, methods, NKEYS - 1);
    lua_setfield(L, -2, "__index");
    lua_pushliteral(L, "locked"); /* getmetatable sees this; setmetatable refuses */
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
    for (const luaL_Reg *f = fns; f->name; f++) {
        lua_pushcfunction(L, f->func);
        lua_setfield(L, texttab, f->name);
    }
}
