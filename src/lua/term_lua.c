/* drill.term: reading answers, writing output, colour. */
#include <errno.h>
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "diag.h"
#include "host.h"
#include "drill_limits.h"
#include "term.h"
#include "text.h"

/* Ends the run: standard output failed. */
static int out_error(lua_State *L)
{
    return drill_host_raise(L, DRILL_EXIT_IOERR, "drill: standard output: %s",
                            strerror(drill_term_out_error()));
}

/* read([prompt [, more]]) -> answer, cut | nil, "eof" | nil, "interrupt" (Ctrl-C) */
static int l_read(lua_State *L)
{
    const char *prompt = luaL_optstring(L, 1, "> ");
    const char *more = luaL_optstring(L, 2, "  ");
    /* the buffer is a userdata so nothing leaks if pushing the result raises */
    char *buf = lua_newuserdatauv(L, DRILL_MAX_ANSWER_BYTES + 1, 0);
    size_t len;
    if (drill_term_out_flush() != 0)
        return out_error(L);
    drill_host_pause(L);
    int st = drill_term_read_answer(prompt, more, buf, DRILL_MAX_ANSWER_BYTES + 1, &len);
    drill_host_resume(L);
    /* the transcript echoed from a pipe goes to standard output too */
    if (drill_term_out_error())
        return out_error(L);
    if (st == DRILL_TERM_EOF || st == DRILL_TERM_INTERRUPT) {
        lua_pushnil(L);
        lua_pushstring(L, st == DRILL_TERM_EOF ? "eof" : "interrupt");
        return 2;
    }
    lua_pushlstring(L, buf, len);
    lua_pushboolean(L, st == DRILL_TERM_TRUNCATED);
    return 2;
}

/* interrupted() -> true if Ctrl-C came since the last read (and forgets it) */
static int l_interrupted(lua_State *L)
{
    lua_pushboolean(L, drill_term_take_interrupt());
    return 1;
}

/* edit(text) -> the text as the user's editor left it | nil, message */
static int l_edit(lua_State *L)
{
    size_t n;
    const char *text = luaL_optlstring(L, 1, "", &n);
    char *out = NULL, err[256];
    size_t outn = 0;
    if (drill_term_out_flush() != 0)
        return out_error(L);
    drill_host_pause(L);
    int st = drill_term_edit(text, n, DRILL_MAX_ANSWER_BYTES + 1, &out, &outn, err, sizeof err);
    drill_host_resume(L);
    if (st != 0) {
        lua_pushnil(L);
        lua_pushstring(L, err);
        return 2;
    }
    /* what the editor left is the user's text, but it must still be UTF-8 */
    size_t bad;
    if (!drill_utf8_valid(out, outn, &bad)) {
        free(out);
        lua_pushnil(L);
        lua_pushfstring(L, "the edited answer is not UTF-8 (byte offset %d)", (int)bad);
        return 2;
    }
    lua_pushlstring(L, out, outn);
    free(out);
    return 1;
}

/* read_all() -> all of standard input | nil, message: for answers piped in
 * whole. Over the answer limit, or not UTF-8, is an error naming the byte. */
static int l_read_all(lua_State *L)
{
    char *buf = lua_newuserdatauv(L, DRILL_MAX_ANSWER_BYTES + 1, 0);
    size_t n = 0;
    drill_host_pause(L);
    while (n <= DRILL_MAX_ANSWER_BYTES) {
        size_t got = fread(buf + n, 1, DRILL_MAX_ANSWER_BYTES + 1 - n, stdin);
        if (got == 0)
            break;
        n += got;
    }
    drill_host_resume(L);
    if (n > DRILL_MAX_ANSWER_BYTES) {
        lua_pushnil(L);
        lua_pushfstring(L, "standard input: over the answer limit of %d bytes",
                        (int)DRILL_MAX_ANSWER_BYTES);
        return 2;
    }
    size_t bad;
    if (!drill_utf8_valid(buf, n, &bad)) {
        lua_pushnil(L);
        lua_pushfstring(L, "standard input: invalid UTF-8 at byte offset %d", (int)bad);
        return 2;
    }
    lua_pushlstring(L, buf, n);
    return 1;
}

/* write(s, ...): to standard output; a failed write ends the run with exit
 * 74 at once, so a report is never lost without an error exit */
static int l_write(lua_State *L)
{
    int n = lua_gettop(L);
    for (int i = 1; i <= n; i++)
        luaL_checkstring(L, i);
    for (int i = 1; i <= n; i++) {
        size_t len;
        const char *s = lua_tolstring(L, i, &len);
        drill_host_count_output(L, len);
        if (drill_term_out(s, len) != 0)
            return out_error(L);
    }
    return 0;
}

/* ewrite(s, ...): to standard error. Its failures are not reported: there
 * is nowhere left to report them. */
static int l_ewrite(lua_State *L)
{
    int n = lua_gettop(L);
    for (int i = 1; i <= n; i++)
        luaL_checkstring(L, i);
    for (int i = 1; i <= n; i++) {
        size_t len;
        const char *s = lua_tolstring(L, i, &len);
        drill_host_count_output(L, len);
        fwrite(s, 1, len, stderr);
    }
    fflush(stderr);
    return 0;
}

static int l_flush(lua_State *L)
{
    if (drill_term_out_flush() != 0)
        return out_error(L);
    return 0;
}

static int l_color(lua_State *L)
{
    lua_pushboolean(L, drill_term_color());
    return 1;
}

static int l_interactive(lua_State *L)
{
    lua_pushboolean(L, drill_term_interactive());
    return 1;
}

/* width() -> columns of the terminal, or nil when output is not a terminal */
static int l_width(lua_State *L)
{
    int w = drill_term_width();
    if (w)
        lua_pushinteger(L, w);
    else
        lua_pushnil(L);
    return 1;
}

/* style(name, text) -> text wrapped in the ANSI codes for name, if colour is on */
static int l_style(lua_State *L)
{
    static const char *const names[] = {"bold", "dim",  "red",     "green", "yellow",
                                        "blue", "cyan", "magenta", NULL};
    static const char *const codes[] = {"1", "2", "31", "32", "33", "34", "36", "35"};
    int k = luaL_checkoption(L, 1, NULL, names);
    size_t n;
    const char *s = luaL_checklstring(L, 2, &n);
    if (!drill_term_color()) {
        lua_settop(L, 2);
        return 1;
    }
    lua_pushfstring(L, "\x1b[%sm%s\x1b[0m", codes[k], s);
    return 1;
}

int drill_open_term(lua_State *L)
{
    static const luaL_Reg fns[] = {
        {"read", l_read},   {"read_all", l_read_all}, {"interrupted", l_interrupted},
        {"edit", l_edit},   {"write", l_write},       {"ewrite", l_ewrite},
        {"flush", l_flush}, {"color", l_color},       {"interactive", l_interactive},
        {"width", l_width}, {"style", l_style},       {NULL, NULL}};
    drill_term_init(drill_host_options(L)->no_color);
    luaL_newlib(L, fns);
    return 1;
}
