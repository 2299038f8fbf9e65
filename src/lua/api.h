/* The Lua modules of the drill API; each luaopen-style function pushes its table. */
#ifndef DRILL_API_H
#define DRILL_API_H

#include <lua.h>

int drill_open_bank(lua_State *L);
int drill_open_re(lua_State *L);
int drill_open_text(lua_State *L);
int drill_open_term(lua_State *L);
int drill_open_json(lua_State *L);
int drill_open_clock(lua_State *L);
int drill_open_store(lua_State *L);
int drill_open_fs(lua_State *L);
int drill_open_answers(lua_State *L);
int drill_open_evidence(lua_State *L);
int drill_open_results(lua_State *L);
/* Adds parallel() and cpus() to the table on top of the stack. */
void drill_parallel_open(lua_State *L);

/* The metatable that marks a table as a JSON array (drill.json.array). */
#define DRILL_JSON_ARRAY_MT "drill.json.array"

/* Pushes the Lua value for a cJSON node (json_lua.c): objects and arrays
 * become tables, null becomes drill.json.null (a light userdata whose value
 * is this function's address). */
struct cJSON;
void drill_push_cjson(lua_State *L, const struct cJSON *node);

/* drill.text.vocab (text_lua.c), for the core's own callers: vocab(text) -> vocabulary. */
int drill_text_vocab(lua_State *L);

/* The banks of this run, loaded (light) on first use; raises (65/66) if any is bad
 * (bank_lua.c). */
struct drill_bankset;
struct drill_bankset *drill_lua_banks(lua_State *L);

/* The memo of what drill works out once for later runs (cache.h), opened when first asked for
 * and written back at exit, a worker's too (evidence_lua.c); NULL when there is no cache. */
struct drill_memo;
struct drill_memo *drill_lua_memo(lua_State *L);

/* Replaces the text at the top of the stack with drill.text.vocab(text), read back from the
 * memo `m` (NULL: none) when a run before made it from the same text (text_lua.c). */
void drill_text_vocab_kept(lua_State *L, struct drill_memo *m);
/* Pushes the vocabulary kept in the memo `m` under `key` and returns 1, or pushes nothing and
 * returns 0 when none is kept there. */
int drill_text_vocab_recall(lua_State *L, struct drill_memo *m, const void *key, size_t klen);
/* Keeps the words of the vocabulary at the top of the stack in `m` under `key`. */
void drill_text_vocab_keep(lua_State *L, struct drill_memo *m, const void *key, size_t klen);

#endif
