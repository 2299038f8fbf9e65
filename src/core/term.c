/* The terminal: prompts through libedit on a terminal, plain reads from pipes. */
#define _POSIX_C_SOURCE 200809L
#include "term.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <editline/readline.h>

#include "text.h"

static int use_color;

void drill_term_init(int disabled)
{
    const char *no = getenv("NO_COLOR");
    const char *term = getenv("TERM");
    use_color =
        !disabled && isatty(STDOUT_FILENO) && !(no && *no) && !(term && strcmp(term, "dumb") == 0);
}

int drill_term_color(void)
{
    return use_color;
}

int drill_term_interactive(void)
{
    return isatty(STDIN_FILENO);
}

int drill_term_width(void)
{
    struct winsize ws;
    if (!isatty(STDOUT_FILENO))
        return 0;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
        return ws.ws_col;
    return 80;
}

static int blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
            return 0;
    return 1;
}

/* Appends a line, replacing malformed UTF-8; returns 0 once the buffer is full. */
static int append(char *buf, size_t cap, size_t *len, const char *line, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t k = drill_utf8_seqlen(line + i, n - i);
        const char *src = line + i;
        if (!k) {
            src = "?";
            k = 1;
            i++;
        } else {
            i += k;
        }
        if (*len + k >= cap)
            return 0;
        memcpy(buf + *len, src, k);
        *len += k;
    }
    return 1;
}

static char *read_line(int tty, const char *prompt, size_t *n)
{
    if (tty) {
        fflush(stdout);
        char *line = readline(prompt);
        if (line)
            *n = strlen(line);
        return line;
    }
    char *line = NULL;
    size_t sz = 0;
    ssize_t got = getline(&line, &sz, stdin);
    if (got < 0) {
        free(line);
        return NULL;
    }
    while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r'))
        got--;
    line[got] = '\0';
    *n = (size_t)got;
    return line;
}

int drill_term_read_answer(const char *prompt, const char *more, char *buf, size_t cap, size_t *len)
{
    int tty = drill_term_interactive();
    int lines = 0, full = 0;
    *len = 0;
    buf[0] = '\0';
    for (;;) {
        size_t n = 0;
        const char *p = lines ? more : prompt;
        char *line = read_line(tty, p, &n);
        if (!line || blank(line, n)) {
            free(line);
            buf[*len] = '\0';
            if (!line && !lines)
                return DRILL_TERM_EOF;
            return full ? DRILL_TERM_TRUNCATED : DRILL_TERM_ANSWER;
        }
        /* from a pipe nothing echoes what was read: show it, so the output reads as a transcript */
        if (!tty)
            printf("%s%.*s\n", p ? p : "", (int)n, line);
        if (!full && lines && !append(buf, cap, len, "\n", 1))
            full = 1;
        if (!full && !append(buf, cap, len, line, n))
            full = 1;
        lines++;
        free(line);
    }
}
