/* drill's own Lua files, compiled when drill was built (drill-chunkgen): a
 * file whose text is one of theirs loads from its bytecode, without being
 * parsed again. Any other text is parsed as ever. */
#ifndef DRILL_CHUNKS_H
#define DRILL_CHUNKS_H

#include <lua.h>
#include <stddef.h>

struct drill_chunk {
    const unsigned char *text;
    size_t len;
    const unsigned char *code;
    size_t codelen;
    size_t name_at, rest_at; /* where the chunk's name is in the code, and where it ends */
};
extern const struct drill_chunk drill_chunks[];
extern const int drill_nchunks;

/* As luaL_loadbufferx(L, text, len, chunkname, "t"): the function, or an error message, on the
 * stack and LUA_OK or an error code returned. Text that is one of drill's own files loads from
 * the bytecode compiled from it, named `chunkname` all the same. */
int drill_chunk_load(lua_State *L, const char *text, size_t len, const char *chunkname);

/* How many loads found their text among drill's own files (for the tests). */
long drill_chunk_hits(void);

#endif
