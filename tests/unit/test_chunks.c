/* Check suite for chunks: drill's own Lua files load from the bytecode compiled at build time,
 * as the very function their text compiles to, under the name they are loaded by; any other
 * text is parsed. */
#define _POSIX_C_SOURCE 200809L

#include <check.h>
#include <lauxlib.h>
#include <lualib.h>
#include <stdlib.h>
#include <string.h>

#include "chunks.h"

struct buf {
    char *p;
    size_t n;
};

static int collect(lua_State *L, const void *p, size_t n, void *ud)
{
    (void)L;
    struct buf *b = ud;
    char *q = realloc(b->p, b->n + n + 1);
    if (!q)
        return 1;
    memcpy(q + b->n, p, n);
    b->p = q;
    b->n += n;
    return 0;
}

/* The function on top of the stack, dumped with its debug information. */
static struct buf dump_top(lua_State *L)
{
    struct buf b = {NULL, 0};
    ck_assert_int_eq(lua_dump(L, collect, &b, 0), 0);
    return b;
}

START_TEST(every_own_file_loads_as_its_text_would)
{
    ck_assert_int_gt(drill_nchunks, 20); /* the plugins and their modules */
    lua_State *L = luaL_newstate();
    /* names of the lengths whose size takes one byte and two bytes in a dump */
    const char *names[] = {"@/usr/share/drill/plugins/list.lua", "@x",
                           "@/a/very/long/path/that/is/longer/than/one/hundred/and/twenty/seven/"
                           "bytes/so/that/its/size/takes/two/bytes/in/the/dump/of/a/chunk.lua"};
    for (int i = 0; i < drill_nchunks; i++) {
        const struct drill_chunk *c = &drill_chunks[i];
        /* every file under one name; the names of other sizes on the first file alone (each
         * load parses the file twice, and under the sanitizers the plugins took 30-40 s) */
        size_t nnames = i == 0 ? sizeof names / sizeof *names : 1;
        for (size_t k = 0; k < nnames; k++) {
            long hits = drill_chunk_hits();
            ck_assert_int_eq(drill_chunk_load(L, (const char *)c->text, c->len, names[k]), LUA_OK);
            ck_assert_int_eq(drill_chunk_hits(), hits + 1);
            lua_Debug ar;
            lua_pushvalue(L, -1);
            ck_assert(lua_getinfo(L, ">S", &ar));
            ck_assert_str_eq(ar.source, names[k]);
            struct buf got = dump_top(L);
            lua_pop(L, 1);
            ck_assert_int_eq(luaL_loadbufferx(L, (const char *)c->text, c->len, names[k], "t"),
                             LUA_OK);
            struct buf want = dump_top(L);
            lua_pop(L, 1);
            ck_assert_uint_eq(got.n, want.n);
            ck_assert(memcmp(got.p, want.p, got.n) == 0);
            free(got.p);
            free(want.p);
        }
    }
    lua_close(L);
}
END_TEST

START_TEST(other_text_is_parsed)
{
    lua_State *L = luaL_newstate();
    const struct drill_chunk *c = &drill_chunks[0];
    long hits = drill_chunk_hits();
    /* one byte more, one byte less: each is parsed, to the function its own text gives */
    char *text = malloc(c->len + 32);
    memcpy(text, c->text, c->len);
    text[c->len] = ' ';
    for (size_t n = c->len + 1; n + 2 >= c->len; n -= 2) {
        ck_assert_int_eq(drill_chunk_load(L, text, n, "@edited.lua"), LUA_OK);
        struct buf got = dump_top(L);
        lua_pop(L, 1);
        ck_assert_int_eq(luaL_loadbufferx(L, text, n, "@edited.lua", "t"), LUA_OK);
        struct buf want = dump_top(L);
        lua_pop(L, 1);
        ck_assert(got.n == want.n && memcmp(got.p, want.p, got.n) == 0);
        free(got.p);
        free(want.p);
    }
    /* a syntax error is the parser's, naming the file and line */
    memcpy(text, c->text, c->len);
    memcpy(text + c->len, "\n)(\n", 4);
    ck_assert_int_ne(drill_chunk_load(L, text, c->len + 4, "@broken.lua"), LUA_OK);
    ck_assert_ptr_nonnull(strstr(lua_tostring(L, -1), "broken.lua:"));
    lua_pop(L, 1);
    /* bytecode handed in as text is refused, as ever */
    ck_assert_int_ne(drill_chunk_load(L, (const char *)c->code, c->codelen, "@code.lua"), LUA_OK);
    ck_assert_ptr_nonnull(strstr(lua_tostring(L, -1), "binary"));
    lua_pop(L, 1);
    ck_assert_int_eq(drill_chunk_hits(), hits);
    free(text);
    lua_close(L);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("chunks");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 300); /* a hang, not a slow machine */
    tcase_add_test(tc, every_own_file_loads_as_its_text_would);
    tcase_add_test(tc, other_text_is_parsed);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
