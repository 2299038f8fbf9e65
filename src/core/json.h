/* Strict JSON: cJSON's tree plus the source position of every value, and
 * errors with line and column for malformed text and duplicate keys. */
#ifndef DRILL_JSON_H
#define DRILL_JSON_H

#include <cjson/cJSON.h>
#include <stddef.h>

#include "diag.h"

struct drill_json;

/* Parses `len` bytes of `text` (which need not be NUL-terminated; it is
 * copied). Rejects invalid UTF-8, control characters in strings, "\u0000",
 * nesting deeper than DRILL_JSON_MAX_DEPTH, trailing garbage and duplicate
 * keys in an object. On failure returns NULL and adds one diagnostic naming
 * `file` to `d`. The caller owns the result and frees it with drill_json_free. */
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

/* Line and column of byte `offset` in `text`. */
void drill_json_linecol(const char *text, size_t len, size_t offset, unsigned *line, unsigned *col);

#endif
