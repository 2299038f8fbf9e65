/* Strict JSON: cJSON's tree plus the source position of every value, and
 * errors with line and column for malformed text and duplicate keys. */
#ifndef DRILL_JSON_H
#define DRILL_JSON_H

#include <cjson/cJSON.h>
#include <stddef.h>
#include <stdint.h>

#include "diag.h"

struct drill_json;

/* Makes cJSON allocate through drill_mem_* (alloc.h), so parsed trees count
 * against the memory cap. Call it once at start-up before any other use of
 * cJSON in the process (drill_json_parse calls it too, so programs that only
 * parse need not): a node cJSON allocated before must not be freed after,
 * as the two allocators do not mix. Safe to call more than once and from
 * several threads. */
void drill_json_init(void);

/* Parses `len` bytes of `text` (which need not be NUL-terminated and is not
 * kept: positions are found while scanning). Rejects invalid UTF-8, control
 * characters in strings, "\u0000", nesting deeper than DRILL_JSON_MAX_DEPTH,
 * trailing garbage and duplicate keys in an object. On failure returns NULL
 * and adds one diagnostic naming `file` to `d`: status DRILL_EXIT_DATA for
 * bad text, DRILL_EXIT_INTERNAL and "out of memory" when the memory hook
 * refuses. Time and memory are linear in `len`. The caller owns the result
 * and frees it with drill_json_free. */
struct drill_json *drill_json_parse(const char *text, size_t len, const char *file,
                                    struct drill_diags *d);
void drill_json_free(struct drill_json *doc);

/* The tree; owned by `doc`. */
const cJSON *drill_json_root(const struct drill_json *doc);

/* The 1-based line and column (in characters) where `node` starts; for an
 * object member, `key` chooses the position of its key instead of its value.
 * Returns 0 if `node` is not part of `doc`. */
int drill_json_pos(const struct drill_json *doc, const cJSON *node, int key, unsigned *line,
                   unsigned *col);

/* The document as bytes (its tree and its positions) that drill_json_load reads back as the
 * same document, without parsing: on this machine, where integers are in the same byte order.
 * Sets *out (from drill_mem_*, freed with drill_mem_free) and *len and returns 1, or returns 0
 * when memory cannot be had. */
int drill_json_save(const struct drill_json *doc, char **out, size_t *len);

/* The same, leaving out every object member, at any depth, whose key is one of `skip` (a
 * NULL-ended list): a lighter copy of the document, its positions kept. */
int drill_json_save_without(const struct drill_json *doc, const char *const *skip, char **out,
                            size_t *len);

/* The document drill_json_save wrote into `buf`, or NULL when `buf` is not such bytes, whole
 * and unchanged (a check covers them), or memory cannot be had. */
struct drill_json *drill_json_load(const char *buf, size_t len);

/* The check that ends saved bytes: drill_json_save appends it to the `n` bytes before it (for
 * tests and the fuzzer, which make saved bytes of their own). */
uint64_t drill_json_saved_check(const void *bytes, size_t n);

/* Line and column of byte `offset` in `text` (a scan from the start: for
 * one position, such as an error's; drill_json_pos has the rest). */
void drill_json_linecol(const char *text, size_t len, size_t offset, unsigned *line, unsigned *col);

#endif
