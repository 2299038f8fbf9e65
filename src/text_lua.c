/* drill.text: UTF-8 checks, normalisation, words, counts and edit distance. */
#include <lauxlib.h>

#include "api.h"
#include "text.h"

/* valid(s) -> true | false, byte offset (1-based) of the first bad byte */
static int l_valid(lua_State *L)
{
    size_t n, bad;
    const char *s = luaL_checklstring(L, 1, &n);
    if (drill_utf8_valid(s, n, &bad)) {
        lua_pushboolean(L, 1);
        return 1;
    }
    lua_pushboolean(L, 0);
    lua_pushinteger(L, (lua_Integer)bad + 1);
    return 2;
}

static const char *check_utf8(lua_State *L, int arg, size_t *n)
{
    size_t bad;
    const char *s = luaL_checklstring(L, arg, n);
    if (!drill_utf8_valid(s, *n, &bad))
        luaL_error(L, "invalid UTF-8 at byte %d", (int)bad + 1);
    return s;
}

/* normalize(s [, lower]) -> s */
static int l_normalize(lua_State *L)
{
    size_t n;
    const char *s = check_utf8(L, 1, &n);
    int flags = lua_toboolean(L, 2) ? DRILL_NORM_LOWER : 0;
    luaL_Buffer b;
    char *out = luaL_buffinitsize(L, &b, n + 1);
    size_t k = drill_text_normalize(s, n, out, flags);
    luaL_pushresultsize(&b, k);
    return 1;
}

/* words(s) -> array of words */
static int l_words(lua_State *L)
{
    size_t n, pos = 0, st, len;
    const char *s = check_utf8(L, 1, &n);
    lua_newtable(L);
    lua_Integer k = 0;
    while (drill_text_next_word(s, n, &pos, &st, &len)) {
        lua_pushlstring(L, s + st, len);
        lua_rawseti(L, -2, ++k);
    }
    return 1;
}

/* count(s) -> words, sentences, characters */
static int l_count(lua_State *L)
{
    size_t n;
    const char *s = check_utf8(L, 1, &n);
    lua_pushinteger(L, (lua_Integer)drill_text_count_words(s, n));
    lua_pushinteger(L, (lua_Integer)drill_text_count_sentences(s, n));
    lua_pushinteger(L, (lua_Integer)drill_utf8_length(s, n));
    return 3;
}

/* distance(a, b [, max]) -> edit distance, or max + 1 when over max */
static int l_distance(lua_State *L)
{
    size_t an, bn;
    const char *a = check_utf8(L, 1, &an);
    const char *b = check_utf8(L, 2, &bn);
    lua_Integer max = luaL_optinteger(L, 3, 255);
    luaL_argcheck(L, max >= 0 && max <= 255, 3, "max must be 0-255");
    lua_pushinteger(L, drill_text_edit_distance(a, an, b, bn, (int)max));
    return 1;
}

/* length(s) -> number of characters */
static int l_length(lua_State *L)
{
    size_t n;
    const char *s = check_utf8(L, 1, &n);
    lua_pushinteger(L, (lua_Integer)drill_utf8_length(s, n));
    return 1;
}

int drill_open_text(lua_State *L)
{
    static const luaL_Reg fns[] = {
        {"valid", l_valid}, {"normalize", l_normalize}, {"words", l_words},
        {"count", l_count}, {"distance", l_distance},   {"length", l_length},
        {NULL, NULL}};
    luaL_newlib(L, fns);
    return 1;
}
