/* The terminal: answers typed at a prompt (libedit on a terminal, plain
 * reads otherwise), whether to use colour, the width to wrap text at, and
 * standard output, whose write errors are kept and reported. */
#ifndef DRILL_TERM_H
#define DRILL_TERM_H

#include <stddef.h>

/* Sets LC_CTYPE (only: numbers keep the "C" format) from the environment,
 * so libedit decodes and shows typed text in the terminal's encoding. When
 * that is plain ASCII (the C or POSIX locale, or a locale that is not
 * installed), falls back to C.UTF-8: drill's text is UTF-8 throughout and
 * most terminals send it. Returns the LC_CTYPE locale in effect. */
const char *drill_term_setup_locale(void);

/* Makes sure descriptors 0, 1 and 2 are open, so that a file drill opens
 * later never becomes its standard output by accident. A closed one is
 * opened on /dev/null in the direction that fails (as gnulib's stdopen
 * does): writes to a closed standard output fail with EBADF and are
 * reported like any other write error. Call before opening anything. */
void drill_term_open_std(void);

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

/* Standard output. Every write drill makes to it goes through these, so
 * that a failure (a full disk, a closed descriptor) is noticed at once and
 * never lost: each returns 0, or -1 with errno set to the first error the
 * stream met (which stays until the end of the run). */
int drill_term_out(const void *s, size_t n);
int drill_term_out_flush(void);
/* The first error standard output met, or 0. */
int drill_term_out_error(void);
/* At exit: flushes and closes standard output; 0, or -1 with errno set. */
int drill_term_out_close(void);

enum {
    DRILL_TERM_EOF = 0,       /* end of input before any text */
    DRILL_TERM_ANSWER = 1,    /* an answer (possibly empty) */
    DRILL_TERM_TRUNCATED = 2, /* an answer longer than `cap` - 1 bytes, cut */
    DRILL_TERM_INTERRUPT = 3  /* Ctrl-C (SIGINT): the text read so far is dropped */
};

/* Reads one answer: lines up to an empty (or all-blank) line or the end of
 * input, joined with '\n'. On a terminal each line is read through libedit
 * with `prompt` for the first line and `more` for the rest. A first line that
 * is a prompt command (':' and a word, alone, such as ":hint") is the whole
 * answer at once. Bytes that are
 * not valid UTF-8 are replaced by '?'. Writes at most cap - 1 bytes and a NUL
 * to `buf` and the length to *len, cutting on a character boundary.
 *
 * Memory stays bounded whatever the input: a line is cut while it is read
 * (the rest of it is read and dropped), so an endless line such as
 * /dev/zero costs time, never more than about `cap` bytes. On a terminal a
 * line stops taking text at `cap` characters (further keys ring the bell). */
int drill_term_read_answer(const char *prompt, const char *more, char *buf, size_t cap,
                           size_t *len);

/* Ctrl-C. The first read installs a SIGINT handler that only notes the
 * signal: a read under way returns DRILL_TERM_INTERRUPT with the terminal
 * restored, and a signal that came between reads makes the next read return
 * it at once, so a mode ends with its summary. A second Ctrl-C before the
 * first was taken ends drill as SIGINT does. Returns 1 (and forgets it) if
 * a Ctrl-C came since the last read or call. */
int drill_term_take_interrupt(void);

/* Opens `text` in the user's editor ($VISUAL, else $EDITOR, else editor,
 * else vi) on the terminal and reads the file back, at most cap - 1 bytes.
 * Returns 0 with the new text in *out (malloc'd, NUL-terminated) and its
 * length in *outn; -1 with a message in err when there is no terminal, the
 * editor could not run or failed. */
int drill_term_edit(const char *text, size_t n, size_t cap, char **out, size_t *outn, char *err,
                    size_t errcap);

#endif
