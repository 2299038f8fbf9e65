/* The terminal: answers typed at a prompt (libedit on a terminal, plain
 * reads otherwise), whether to use colour, and the width to wrap text at. */
#ifndef DRILL_TERM_H
#define DRILL_TERM_H

#include <stddef.h>

/* Decides once whether output gets colour: only when standard output is a
 * terminal, TERM is not "dumb", NO_COLOR is unset or empty, and `disabled`
 * (the --no-color option) is 0. */
void drill_term_init(int disabled);
int drill_term_color(void);
/* 1 if standard input is a terminal. */
int drill_term_interactive(void);
/* Columns of the terminal on standard output (80 if unknown), or 0 when
 * standard output is not a terminal. */
int drill_term_width(void);

enum {
    DRILL_TERM_EOF = 0,      /* end of input before any text */
    DRILL_TERM_ANSWER = 1,   /* an answer (possibly empty) */
    DRILL_TERM_TRUNCATED = 2 /* an answer longer than `cap` - 1 bytes, cut */
};

/* Reads one answer: lines up to an empty (or all-blank) line or the end of
 * input, joined with '\n'. On a terminal each line is read through libedit
 * with `prompt` for the first line and `more` for the rest. Bytes that are
 * not valid UTF-8 are replaced by '?'. Writes at most cap - 1 bytes and a NUL
 * to `buf` and the length to *len. */
int drill_term_read_answer(const char *prompt, const char *more, char *buf, size_t cap,
                           size_t *len);

#endif
