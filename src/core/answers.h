/* Answer files: Markdown "## question-id" sections and JSON {"answers": {...}},
 * parsed into entries that know their line, with errors that name a line. */
#ifndef DRILL_ANSWERS_H
#define DRILL_ANSWERS_H

#include <stddef.h>

#include "diag.h"

/* Errors kept per file; later ones are only counted. */
#define DRILL_ANSWERS_MAX_ERRORS 100

struct drill_answer {
    char *id; /* owned, NUL-terminated; idlen bytes (a Markdown id may hold a NUL) */
    size_t idlen;
    char *text; /* owned, NUL-terminated; len bytes: trimmed, HTML comments removed */
    size_t len;
    unsigned line; /* of the heading (Markdown) or the key (JSON) */
    unsigned col;  /* of the key (JSON); 0 for Markdown */
};

struct drill_answer_error {
    unsigned line, col; /* 0 when not known */
    char message[DRILL_DIAG_LEN];
};

/* The result of parsing one file. Zero it (or drill_answers_init) before use;
 * free it with drill_answers_free, which may be called twice. */
struct drill_answers {
    struct drill_answer *entries; /* in document order */
    size_t n, cap;
    struct drill_answer_error *errors; /* in document order within each kind */
    size_t nerrors, errcap;
    size_t dropped; /* errors past DRILL_ANSWERS_MAX_ERRORS */
};

void drill_answers_init(struct drill_answers *a);
void drill_answers_free(struct drill_answers *a);

/* Parses a Markdown answer file (docs/check.md): an ATX heading "## id"
 * (CommonMark: up to three spaces of indent, optional closing #s) opens each
 * answer, which runs to the next level-2 heading. Headings inside fenced
 * code blocks and HTML comments do not count; fences follow CommonMark (an
 * unclosed fence runs to the end and is reported). A level-2 heading that is
 * not one id alone is an error and its section is skipped. A leading UTF-8
 * byte order mark is skipped; \n, \r\n and \r end lines. Invalid UTF-8 is one
 * error naming its byte offset, and nothing else is parsed. An answer over
 * DRILL_MAX_ANSWER_BYTES is an error and is left out. `text` need not be
 * NUL-terminated. Returns DRILL_OK, or DRILL_EXIT_INTERNAL when out of memory
 * (`out` then holds what was parsed so far). */
int drill_answers_markdown(const char *text, size_t len, struct drill_answers *out);

/* Parses a JSON answer file {"answers": {"<id>": "text" | null, ...}} with the
 * strict parser of json.h: malformed JSON and duplicate keys are one error
 * with line and column; an answer that is not a string or null is an error
 * naming its line; null is an empty answer. `path` names the file in nothing
 * but is passed to the JSON parser (NULL is fine). Returns as above. */
int drill_answers_json(const char *text, size_t len, const char *path, struct drill_answers *out);

#endif
