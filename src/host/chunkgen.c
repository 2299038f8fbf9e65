/* Run by the build: compiles drill's own Lua files (the plugins and their
 * modules) with the Lua that drill links, and writes a C file that holds each
 * one's text and bytecode (chunks.c reads it). Each chunk is compiled under the
 * name "=?", which chunks.c replaces with the name a file is loaded under.
 *   drill-chunkgen OUT.c FILE...
 * Exit 0, or 1 with a message naming the file that could not be read. A file
 * that does not compile is left out, with a warning: drill parses it when it
 * loads it, and reports its error then, as for any plugin. */
#include <lauxlib.h>
#include <lua.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct buf {
    unsigned char *p;
    size_t n, cap;
};

static int put(struct buf *b, const void *p, size_t n)
{
    if (b->n + n > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->n + n)
            cap *= 2;
        unsigned char *q = realloc(b->p, cap);
        if (!q)
            return -1;
        b->p = q;
        b->cap = cap;
    }
    memcpy(b->p + b->n, p, n);
    b->n += n;
    return 0;
}

static int writer(lua_State *L, const void *p, size_t n, void *ud)
{
    (void)L;
    return put(ud, p, n);
}

static int read_all(const char *path, struct buf *b)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    unsigned char chunk[65536];
    size_t n;
    int rc = 0;
    while (rc == 0 && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
        rc = put(b, chunk, n);
    if (ferror(f))
        rc = -1;
    fclose(f);
    return rc;
}

static void emit_bytes(FILE *out, const char *name, const unsigned char *p, size_t n)
{
    fprintf(out, "static const unsigned char %s[%zu] = {", name, n ? n : 1);
    for (size_t i = 0; i < n; i++)
        fprintf(out, "%s%u,", i % 24 ? "" : "\n    ", p[i]);
    fprintf(out, "%s};\n", n ? "\n" : "0");
}

/* The name a chunk was dumped under: its size as lua_dump writes sizes (7 bits a byte, most
 * significant first, the last byte marked with 0x80), then its bytes. */
static const unsigned char PLACEHOLDER[] = {0x80 | 3, '=', '?'};

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: drill-chunkgen OUT.c FILE...\n");
        return 1;
    }
    lua_State *L = luaL_newstate();
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", argv[1]);
    FILE *out = L ? fopen(tmp, "w") : NULL;
    if (!out) {
        fprintf(stderr, "drill-chunkgen: cannot write %s\n", tmp);
        return 1;
    }
    fprintf(out,
            "/* Written by drill-chunkgen: drill's own Lua files, as text and as bytecode. */\n"
            "#include \"chunks.h\"\n\n");
    int n = 0;
    for (int i = 2; i < argc; i++) {
        struct buf text = {0}, code = {0};
        if (read_all(argv[i], &text) != 0) {
            fprintf(stderr, "drill-chunkgen: cannot read %s\n", argv[i]);
            return 1;
        }
        if (luaL_loadbufferx(L, text.p ? (const char *)text.p : "", text.n, "=?", "t") != LUA_OK) {
            /* a file being written: drill reports its error when it loads it */
            const char *msg = lua_tostring(L, -1);
            if (msg && strncmp(msg, "?:", 2) == 0) /* "?:LINE: message", the name it was given */
                fprintf(stderr, "drill-chunkgen: warning: %s:%s; left out\n", argv[i], msg + 2);
            else
                fprintf(stderr, "drill-chunkgen: warning: %s: %s; left out\n", argv[i],
                        msg ? msg : "does not compile");
            lua_pop(L, 1);
            free(text.p);
            continue;
        }
        if (lua_dump(L, writer, &code, 0) != 0) {
            fprintf(stderr, "drill-chunkgen: %s: out of memory\n", argv[i]);
            return 1;
        }
        lua_pop(L, 1);
        /* the name follows the header and the count of upvalues */
        size_t at = 0;
        while (at + sizeof PLACEHOLDER <= code.n && at < 64 &&
               memcmp(code.p + at, PLACEHOLDER, sizeof PLACEHOLDER) != 0)
            at++;
        if (at >= 64 || at + sizeof PLACEHOLDER > code.n) {
            /* a dump laid out otherwise: that file is read as text */
            fprintf(stderr, "drill-chunkgen: %s: no chunk name in its dump; left out\n", argv[i]);
            free(text.p);
            free(code.p);
            continue;
        }
        char name[32];
        snprintf(name, sizeof name, "text%d", n);
        emit_bytes(out, name, text.p, text.n);
        snprintf(name, sizeof name, "code%d", n);
        emit_bytes(out, name, code.p, code.n);
        fprintf(out, "#define CHUNK%d {text%d, %zu, code%d, %zu, %zu, %zu}\n\n", n, n, text.n, n,
                code.n, at, at + sizeof PLACEHOLDER);
        n++;
        free(text.p);
        free(code.p);
    }
    fprintf(out, "const struct drill_chunk drill_chunks[] = {\n");
    for (int i = 0; i < n; i++)
        fprintf(out, "    CHUNK%d,\n", i);
    fprintf(out, "    {0, 0, 0, 0, 0, 0}};\nconst int drill_nchunks = %d;\n", n);
    lua_close(L);
    if (fclose(out) != 0 || rename(tmp, argv[1]) != 0) {
        fprintf(stderr, "drill-chunkgen: cannot write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
