/* Loading drill's own Lua files from the bytecode compiled when drill was built.
 *
 * Only text equal, byte for byte, to a file drill was built with is loaded from
 * bytecode, and only from the bytecode in the binary: never from a file, since Lua does not
 * check bytecode and crafted bytecode escapes its sandbox. Anything else is parsed as text.
 * The chunk keeps its debug information; only its name, which the bytecode holds, is the
 * one the file is loaded under, so messages and tracebacks read as if it had been parsed. */
#include "chunks.h"

#include <lauxlib.h>
#include <string.h>

static long hits;

long drill_chunk_hits(void)
{
    return hits;
}

/* The pieces lua_load reads: the code up to the name, the name's size, the name, the rest. */
struct reader {
    const struct drill_chunk *c;
    const char *name;
    size_t namelen;
    unsigned char size[16];
    size_t sizelen;
    int part;
};

static const char *read_part(lua_State *L, void *ud, size_t *n)
{
    (void)L;
    struct reader *r = ud;
    switch (r->part++) {
    case 0:
        *n = r->c->name_at;
        return (const char *)r->c->code;
    case 1:
        *n = r->sizelen;
        return (const char *)r->size;
    case 2:
        *n = r->namelen;
        return r->name;
    case 3:
        *n = r->c->codelen - r->c->rest_at;
        return (const char *)r->c->code + r->c->rest_at;
    default:
        *n = 0;
        return NULL;
    }
}

static const struct drill_chunk *find(const char *text, size_t len)
{
    for (int i = 0; i < drill_nchunks; i++)
        if (drill_chunks[i].len == len && memcmp(drill_chunks[i].text, text, len) == 0)
            return &drill_chunks[i];
    return NULL;
}

int drill_chunk_load(lua_State *L, const char *text, size_t len, const char *chunkname)
{
    const struct drill_chunk *c = find(text, len);
    if (c) {
        struct reader r = {c, chunkname, strlen(chunkname), {0}, 0, 0};
        /* a string's size as the dump writes it: its length + 1, 7 bits a byte, most
         * significant first, the last byte marked */
        unsigned char rev[16];
        size_t x = r.namelen + 1, k = 0;
        do {
            rev[k++] = x & 0x7f;
            x >>= 7;
        } while (x);
        rev[0] |= 0x80;
        while (k)
            r.size[r.sizelen++] = rev[--k];
        if (lua_load(L, read_part, &r, chunkname, "b") == LUA_OK) {
            hits++;
            return LUA_OK;
        }
        lua_pop(L, 1); /* parsed as text below; its error, if any, is the one to report */
    }
    return luaL_loadbufferx(L, text, len, chunkname, "t");
}
