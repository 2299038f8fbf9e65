/* drill.text: UTF-8 checks, normalisation, words, counts and edit distance. */
#include <lauxlib.h>
#include <stdio.h>
#include <string.h>

#include "api.h"
#include "cache.h"
#include "host.h"
#include "text.h"

void drill_sim_open(lua_State *L, int texttab); /* similar_lua.c */

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
/* hash(s) -> 16 hex digits (64-bit FNV-1a): a stable fingerprint of a text,
 * such as a question's content, not a secure digest */
static int l_hash(lua_State *L)
{
    size_t n;
    const char *s = luaL_checklstring(L, 1, &n);
    char out[17];
    snprintf(out, sizeof out, "%016llx", (unsigned long long)drill_text_hash(s, n));
    lua_pushlstring(L, out, 16);
    return 1;
}

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

/* wrap(s, width [, indent]) -> s wrapped to lines of at most width characters */
static int l_wrap(lua_State *L)
{
    size_t n, ilen = 0;
    const char *s = check_utf8(L, 1, &n);
    lua_Integer width = luaL_checkinteger(L, 2);
    const char *indent = lua_isnoneornil(L, 3) ? "" : check_utf8(L, 3, &ilen);
    luaL_argcheck(L, width >= 1, 2, "width must be 1 or more");
    size_t need = drill_text_wrap(s, n, (size_t)width, indent, ilen, NULL);
    luaL_Buffer b;
    char *out = luaL_buffinitsize(L, &b, need ? need : 1);
    drill_text_wrap(s, n, (size_t)width, indent, ilen, out);
    luaL_pushresultsize(&b, need);
    return 1;
}

#define VOCAB_MT "drill.Vocab"

struct vocab_box {
    struct drill_vocab *v;
};

static int vocab_close(lua_State *L)
{
    struct vocab_box *b = luaL_checkudata(L, 1, VOCAB_MT);
    drill_vocab_free(b->v);
    b->v = NULL;
    return 0;
}

/* At most this many words in one vocabulary. */
#define VOCAB_MAX_WORDS (1 << 20)

static int new_vocab(lua_State *L, const char **words, const size_t *lens, size_t n)
{
    struct vocab_box *b = lua_newuserdatauv(L, sizeof *b, 0);
    b->v = NULL;
    luaL_setmetatable(L, VOCAB_MT);
    b->v = drill_vocab_new(words, lens, n);
    if (!b->v)
        return luaL_error(L, "not enough memory");
    return 1;
}

/* vocab(text): every word of the text, normalised and lower-cased, once. One
 * call for a whole corpus, where a list would cost a Lua string a word. The
 * buffers are userdata: nothing allocated here is held across a raise. */
static int vocab_of_text(lua_State *L)
{
    size_t n;
    const char *s = check_utf8(L, 1, &n);
    lua_Integer min = luaL_optinteger(L, 2, 0);
    lua_settop(L, 1);
    char *t = lua_newuserdatauv(L, n + 1, 0);
    size_t tn = drill_text_normalize(s, n, t, DRILL_NORM_LOWER);
    size_t pos = 0, st, len, count = 0;
    while (drill_text_next_word(t, tn, &pos, &st, &len))
        count++;
    size_t cap = 16;
    while (cap < 2 * count)
        cap *= 2;
    const char **words = lua_newuserdatauv(L, (count ? count : 1) * sizeof *words, 0);
    size_t *lens = lua_newuserdatauv(L, (count ? count : 1) * sizeof *lens, 0);
    size_t *seen = lua_newuserdatauv(L, cap * sizeof *seen, 0); /* word index + 1, 0 empty */
    memset(seen, 0, cap * sizeof *seen);
    size_t k = 0;
    pos = 0;
    while (drill_text_next_word(t, tn, &pos, &st, &len)) {
        /* a word of `min` characters has `min` bytes at least: a shorter one is not measured */
        if (min > 0 &&
            ((lua_Integer)len < min || (lua_Integer)drill_utf8_length(t + st, len) < min))
            continue;
        size_t i = (size_t)drill_text_hash(t + st, len) & (cap - 1);
        while (seen[i] &&
               !(lens[seen[i] - 1] == len && memcmp(words[seen[i] - 1], t + st, len) == 0))
            i = (i + 1) & (cap - 1);
        if (seen[i])
            continue;
        words[k] = t + st;
        lens[k] = len;
        seen[i] = ++k;
    }
    if (k > VOCAB_MAX_WORDS)
        return luaL_error(L, "vocab: more than %d words", VOCAB_MAX_WORDS);
    return new_vocab(L, words, lens, k);
}

/* vocab({word, ...} | text [, min]) -> vocabulary for typo correction (words lower-cased; of a
 * text, those of `min` characters or more)
 * The guest's array is read once and raw (no __len or __index runs), and
 * every word is kept in a table of our own until the core has copied it:
 * a number converted to a string, or any word, cannot be collected under
 * the pointers handed to the core. */
static int l_vocab(lua_State *L)
{
    if (lua_type(L, 1) == LUA_TSTRING)
        return vocab_of_text(L);
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    drill_host_unproxy(L, 1); /* a read-only view reads as its table */
    lua_Unsigned n = lua_rawlen(L, 1);
    if (n > VOCAB_MAX_WORDS)
        return luaL_error(L, "vocab: more than %d words", VOCAB_MAX_WORDS);
    lua_createtable(L, (int)n, 0); /* 2: the words, kept alive */
    const char **words = lua_newuserdatauv(L, (size_t)(n ? n : 1) * sizeof *words, 0);
    size_t *lens = lua_newuserdatauv(L, (size_t)(n ? n : 1) * sizeof *lens, 0);
    for (lua_Unsigned i = 0; i < n; i++) {
        int t = lua_rawgeti(L, 1, (lua_Integer)i + 1);
        if (t != LUA_TSTRING && t != LUA_TNUMBER)
            return luaL_error(L, "vocab: word %d is a %s, not a string", (int)i + 1,
                              lua_typename(L, t));
        size_t bad;
        words[i] = lua_tolstring(L, -1, &lens[i]); /* a number is converted in our own slot */
        if (!drill_utf8_valid(words[i], lens[i], &bad))
            return luaL_error(L, "vocab: word %d is not valid UTF-8 at byte %d", (int)i + 1,
                              (int)bad + 1);
        lua_rawseti(L, 2, (lua_Integer)i + 1);
    }
    return new_vocab(L, words, lens, (size_t)n);
}

int drill_text_vocab(lua_State *L)
{
    return l_vocab(L);
}

int drill_text_vocab_recall(lua_State *L, struct drill_memo *m, const void *key, size_t klen)
{
    size_t vlen;
    const char *v = drill_memo_get(m, key, klen, &vlen);
    if (!v || vlen == 0 || v[vlen - 1] != '\0') /* its words, each ended by a NUL */
        return 0;
    size_t count = 0;
    for (size_t i = 0; i < vlen; i++)
        count += v[i] == '\0';
    const char **words = lua_newuserdatauv(L, count * sizeof *words, 0);
    size_t *lens = lua_newuserdatauv(L, count * sizeof *lens, 0);
    for (size_t i = 0, at = 0; i < count; i++) {
        words[i] = v + at;
        lens[i] = strlen(v + at);
        at += lens[i] + 1;
    }
    new_vocab(L, words, lens, count);
    lua_replace(L, -3); /* over the words; the lens go */
    lua_pop(L, 1);
    return 1;
}

void drill_text_vocab_keep(lua_State *L, struct drill_memo *m, const void *key, size_t klen)
{
    struct vocab_box *b = luaL_checkudata(L, -1, VOCAB_MT);
    luaL_Buffer out;
    luaL_buffinit(L, &out);
    const char *w;
    size_t wl, vlen;
    for (size_t i = 0; b->v && (w = drill_vocab_word(b->v, i, &wl)) != NULL; i++)
        luaL_addlstring(&out, w, wl + 1); /* with its NUL */
    luaL_pushresult(&out);
    const char *v = lua_tolstring(L, -1, &vlen);
    if (vlen)
        drill_memo_put(m, key, klen, v, vlen); /* a memo that cannot keep it: made again */
    lua_pop(L, 1);
}

void drill_text_vocab_kept(lua_State *L, struct drill_memo *m)
{
    size_t n;
    const char *text = lua_tolstring(L, -1, &n);
    char *key = lua_newuserdatauv(L, n + 1, 0); /* 'V' and the text */
    key[0] = 'V';
    memcpy(key + 1, text, n);
    if (!drill_text_vocab_recall(L, m, key, n + 1)) {
        lua_pushcfunction(L, drill_text_vocab);
        lua_pushvalue(L, -3);
        lua_call(L, 1, 1); /* text, key, vocabulary */
        drill_text_vocab_keep(L, m, key, n + 1);
    }
    lua_replace(L, -3); /* over the text */
    lua_pop(L, 1);      /* the key */
}

/* vocab:correct(text [, known]) -> corrected text, {{from =, to =}, ...} | nil
 * when no word of text is a typo of a vocabulary word. A word of the vocabulary
 * `known` is a word in its own right and is never corrected ("squaring" is no
 * typo of "smearing"). Text is normalised, lower-cased; words are replaced in
 * place. */
static int l_vocab_correct(lua_State *L)
{
    struct vocab_box *b = luaL_checkudata(L, 1, VOCAB_MT);
    size_t n, pos = 0, st, len;
    const char *s = check_utf8(L, 2, &n);
    if (!b->v)
        return luaL_error(L, "attempt to use a closed vocabulary");
    const struct drill_vocab *known = NULL;
    if (!lua_isnoneornil(L, 3)) {
        struct vocab_box *k = luaL_checkudata(L, 3, VOCAB_MT);
        if (!k->v)
            return luaL_error(L, "attempt to use a closed vocabulary");
        known = k->v;
    }
    lua_settop(L, 2);
    lua_newtable(L); /* the fixes, at index 3, below the buffer */
    luaL_Buffer out;
    luaL_buffinit(L, &out);
    size_t copied = 0;
    int fixes = 0;
    char lower[256];
    while (drill_text_next_word(s, n, &pos, &st, &len)) {
        /* a word of fewer bytes than the shortest word a typo is allowed in has fewer
         * characters too, normalised or not: never a typo */
        if (len >= sizeof lower || len < DRILL_TYPO_MIN_CHARS)
            continue;
        size_t k = drill_text_normalize(s + st, len, lower, DRILL_NORM_LOWER);
        /* a word of the banks is a word in its own right (and a quicker test) */
        if (known && drill_vocab_has(known, lower, k))
            continue;
        long idx = drill_vocab_correct(b->v, lower, k);
        if (idx < 0)
            continue;
        size_t wl;
        const char *w = drill_vocab_word(b->v, (size_t)idx, &wl);
        luaL_addlstring(&out, s + copied, st - copied);
        luaL_addlstring(&out, w, wl);
        copied = st + len;
        /* balanced use of the stack between buffer calls, as luaL_Buffer allows */
        lua_createtable(L, 0, 2);
        lua_pushlstring(L, s + st, len);
        lua_setfield(L, -2, "from");
        lua_pushlstring(L, w, wl);
        lua_setfield(L, -2, "to");
        lua_rawseti(L, 3, ++fixes);
    }
    if (!fixes) {
        lua_pushnil(L);
        return 1;
    }
    luaL_addlstring(&out, s + copied, n - copied);
    luaL_pushresult(&out);
    lua_pushvalue(L, 3);
    return 2;
}

int drill_open_text(lua_State *L)
{
    static const luaL_Reg fns[] = {{"valid", l_valid},       {"normalize", l_normalize},
                                   {"words", l_words},       {"count", l_count},
                                   {"distance", l_distance}, {"length", l_length},
                                   {"vocab", l_vocab},       {"hash", l_hash},
                                   {"wrap", l_wrap},         {NULL, NULL}};
    static const luaL_Reg vmeta[] = {{"__gc", vocab_close}, {"__close", vocab_close}, {NULL, NULL}};
    static const luaL_Reg vmethods[] = {
        {"correct", l_vocab_correct}, {"close", vocab_close}, {NULL, NULL}};
    luaL_newmetatable(L, VOCAB_MT);
    luaL_setfuncs(L, vmeta, 0);
    luaL_newlib(L, vmethods);
    lua_setfield(L, -2, "__index");
    lua_pushliteral(L, "locked"); /* getmetatable sees this; setmetatable refuses */
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
    luaL_newlib(L, fns);
    drill_sim_open(L, -1);
    return 1;
}
