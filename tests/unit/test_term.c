/* Check suite for term: reading answers from pipes, files and terminals, the locale, checked
 * output, colour, prompt commands, Ctrl-C. */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE

#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include "drill_limits.h"
#include "term.h"
#include "unit.h"

/* ---------------------------------------------------------------- helpers */

/* Points standard input at a file holding `n` bytes of `input`, forgetting
 * whatever stdio had buffered from the previous one. */
static void stdin_from(const char *input, size_t n)
{
    char path[600];
    unit_write(path, sizeof path, unit_dir, "stdin", input, n);
    int fd = open(path, O_RDONLY);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(dup2(fd, STDIN_FILENO), STDIN_FILENO);
    close(fd);
    __fpurge(stdin);
    clearerr(stdin);
}
#define STDIN(lit) stdin_from((lit), sizeof(lit) - 1)

/* Points standard output at a file, so the echo of piped answers can be read back. */
static void stdout_to_file(void)
{
    char path[600];
    snprintf(path, sizeof path, "%s/stdout", unit_dir);
    fflush(stdout);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(dup2(fd, STDOUT_FILENO), STDOUT_FILENO);
    close(fd);
}

static const char *stdout_text(void)
{
    static char out[4096];
    char path[600];
    fflush(stdout);
    snprintf(path, sizeof path, "%s/stdout", unit_dir);
    FILE *f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    size_t n = fread(out, 1, sizeof out - 1, f);
    out[n] = '\0';
    fclose(f);
    return out;
}

static char buf[DRILL_MAX_ANSWER_BYTES];
static size_t len;

static int read_answer(size_t cap)
{
    memset(buf, 'Z', sizeof buf);
    len = 12345;
    int rc = drill_term_read_answer("> ", ". ", buf, cap, &len);
    ck_assert_uint_lt(len, cap);
    ck_assert_int_eq(buf[len], '\0');
    return rc;
}

static void setup(void)
{
    unit_dir_setup();
    stdout_to_file();
}

/* ---------------------------------------------------------------- answers */

START_TEST(lines_joined_until_blank)
{
    STDIN("first line\nsecond line\n\nnext answer\n");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER);
    ck_assert_str_eq(buf, "first line\nsecond line");
    ck_assert_uint_eq(len, 22);
    /* the next call reads on after the blank line */
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER);
    ck_assert_str_eq(buf, "next answer");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_EOF);
    ck_assert_uint_eq(len, 0);
}
END_TEST

START_TEST(all_blank_line_ends)
{
    STDIN("a\n \t \r\nb\n");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER);
    ck_assert_str_eq(buf, "a");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER);
    ck_assert_str_eq(buf, "b");
}
END_TEST

START_TEST(inner_spaces_kept)
{
    STDIN("  indented  text \n\tx\n\n");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER);
    ck_assert_str_eq(buf, "  indented  text \n\tx");
}
END_TEST

START_TEST(eof_without_text)
{
    STDIN("");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_EOF);
    ck_assert_uint_eq(len, 0);
    ck_assert_str_eq(buf, "");
}
END_TEST

START_TEST(eof_after_text)
{
    STDIN("no newline at the end");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER);
    ck_assert_str_eq(buf, "no newline at the end");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_EOF);

    STDIN("two\nlines\n");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER);
    ck_assert_str_eq(buf, "two\nlines");
}
END_TEST

START_TEST(blank_first_line_is_empty_answer)
{
    STDIN("\nlater\n");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER);
    ck_assert_uint_eq(len, 0);
    ck_assert_str_eq(buf, "");
}
END_TEST

START_TEST(crlf_stripped)
{
    STDIN("one\r\ntwo\r\n\r\nthree\r\n");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER);
    ck_assert_str_eq(buf, "one\ntwo");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER);
    ck_assert_str_eq(buf, "three");
}
END_TEST

START_TEST(invalid_utf8_replaced)
{
    STDIN("caf\xC3 \xFF ok \xC3\xA9\nx\xE2\x82\n\xED\xA0\x80\n\n");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER);
    /* each bad byte becomes one '?'; good characters are kept */
    ck_assert_str_eq(buf, "caf? ? ok \xC3\xA9\nx??\n???");
}
END_TEST

START_TEST(from_a_pipe)
{
    int p[2];
    ck_assert_int_eq(pipe(p), 0);
    const char *in = "piped\nanswer\n\n";
    ck_assert_int_eq(write(p[1], in, strlen(in)), (ssize_t)strlen(in));
    close(p[1]);
    ck_assert_int_eq(dup2(p[0], STDIN_FILENO), STDIN_FILENO);
    close(p[0]);
    __fpurge(stdin);
    clearerr(stdin);
    ck_assert_int_eq(drill_term_interactive(), 0);
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER);
    ck_assert_str_eq(buf, "piped\nanswer");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_EOF);
}
END_TEST

START_TEST(echoed_as_transcript)
{
    /* from a pipe nothing shows what was typed, so each line is echoed after its prompt */
    STDIN("a\nb\n\nc\n");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER);
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER);
    ck_assert_str_eq(stdout_text(), "> a\n. b\n> c\n");
}
END_TEST

/* ---------------------------------------------------------------- truncation */

START_TEST(truncated_at_cap)
{
    STDIN("abcdefghij\nmore\n\nnext\n");
    ck_assert_int_eq(read_answer(8), DRILL_TERM_TRUNCATED);
    ck_assert_str_eq(buf, "abcdefg");
    ck_assert_uint_eq(len, 7);
    /* the rest of the answer was read and dropped */
    ck_assert_int_eq(read_answer(8), DRILL_TERM_ANSWER);
    ck_assert_str_eq(buf, "next");
}
END_TEST

START_TEST(exactly_fits)
{
    STDIN("abc\n\n");
    ck_assert_int_eq(read_answer(4), DRILL_TERM_ANSWER);
    ck_assert_str_eq(buf, "abc");
}
END_TEST

START_TEST(truncated_at_line_join)
{
    STDIN("abc\nd\n\n");
    ck_assert_int_eq(read_answer(4), DRILL_TERM_TRUNCATED);
    ck_assert_str_eq(buf, "abc");
}
END_TEST

START_TEST(truncation_keeps_characters_whole)
{
    STDIN("ab\xE2\x82\xAC\n\n");
    ck_assert_int_eq(read_answer(5), DRILL_TERM_TRUNCATED);
    ck_assert_str_eq(buf, "ab");
    STDIN("ab\xE2\x82\xAC\n\n");
    ck_assert_int_eq(read_answer(6), DRILL_TERM_ANSWER);
    ck_assert_str_eq(buf, "ab\xE2\x82\xAC");
}
END_TEST

START_TEST(long_answer_truncated_at_limit)
{
    static char big[3 * DRILL_MAX_ANSWER_BYTES];
    memset(big, 'w', sizeof big);
    for (size_t i = 79; i < sizeof big - 2; i += 80)
        big[i] = '\n';
    big[sizeof big - 2] = '\n';
    big[sizeof big - 1] = '\n';
    stdin_from(big, sizeof big);
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_TRUNCATED);
    ck_assert_uint_eq(len, sizeof buf - 1);
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_EOF);
}
END_TEST

/* ---------------------------------------------------------------- bounded reading */

static long max_rss_kib(void)
{
    struct rusage ru;
    ck_assert_int_eq(getrusage(RUSAGE_SELF, &ru), 0);
    return ru.ru_maxrss;
}

/* Standard input from a pipe fed by a child: `n` bytes of `fill` (no line
 * end), then `tail`. The child writes in small blocks, so no big buffer
 * exists on either side: the reader alone decides what is held. */
static pid_t stdin_from_stream(char fill, size_t n, const char *tail)
{
    int p[2];
    ck_assert_int_eq(pipe(p), 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        close(p[0]);
        char block[8192];
        memset(block, fill, sizeof block);
        while (n > 0) {
            size_t k = n < sizeof block ? n : sizeof block;
            if (write(p[1], block, k) != (ssize_t)k)
                _exit(1);
            n -= k;
        }
        if (write(p[1], tail, strlen(tail)) != (ssize_t)strlen(tail))
            _exit(1);
        _exit(0);
    }
    close(p[1]);
    ck_assert_int_eq(dup2(p[0], STDIN_FILENO), STDIN_FILENO);
    close(p[0]);
    __fpurge(stdin);
    clearerr(stdin);
    return pid;
}

static void reap(pid_t pid)
{
    int status;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

START_TEST(long_line_cut_while_reading)
{
    /* a 64 MiB line is cut as it is read: the reader never holds it */
    long before = max_rss_kib();
    pid_t pid = stdin_from_stream('x', 64u << 20, "\n\nnext\n\n");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_TRUNCATED);
    ck_assert_uint_eq(len, sizeof buf - 1);
    ck_assert_int_eq(buf[0], 'x');
    /* the rest of the line was read and dropped: the next answer is intact */
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER);
    ck_assert_str_eq(buf, "next");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_EOF);
    reap(pid);
    long grew = max_rss_kib() - before;
    ck_assert_msg(grew < 8 * 1024, "reading a 64 MiB line grew the process by %ld KiB", grew);
}
END_TEST

START_TEST(endless_line_ends_at_end_of_input)
{
    /* what /dev/zero sends: NULs and no line end, until the writer stops */
    long before = max_rss_kib();
    pid_t pid = stdin_from_stream('\0', 32u << 20, "");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_TRUNCATED);
    ck_assert_uint_eq(len, sizeof buf - 1);
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_EOF);
    reap(pid);
    ck_assert_int_lt(max_rss_kib() - before, 8 * 1024);
}
END_TEST

START_TEST(long_line_cut_on_a_character_boundary)
{
    /* 3-byte characters over the limit, at every alignment of the cut */
    static char big[300000];
    for (size_t shift = 0; shift < 3; shift++) {
        size_t n = 0;
        for (size_t i = 0; i < shift; i++)
            big[n++] = 'a';
        while (n + 3 < sizeof big - 2) {
            memcpy(big + n, "\xE2\x82\xAC", 3);
            n += 3;
        }
        big[n++] = '\n';
        big[n++] = '\n';
        stdin_from(big, n);
        ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_TRUNCATED);
        ck_assert_uint_ge(len, sizeof buf - 4);
        ck_assert_uint_lt(len, sizeof buf);
        ck_assert_uint_eq((len - shift) % 3, 0);
        ck_assert_int_eq(memcmp(buf + len - 3, "\xE2\x82\xAC", 3), 0);
    }
}
END_TEST

START_TEST(long_blank_line_ends_the_answer)
{
    /* blank is judged on the whole line, not on the part that is kept */
    static char big[200000];
    memcpy(big, "text\n", 5);
    memset(big + 5, ' ', sizeof big - 5);
    big[sizeof big - 1] = '\n';
    stdin_from(big, sizeof big);
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER);
    ck_assert_str_eq(buf, "text");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_EOF);
    /* and a long line of spaces with a word at its very end is not blank */
    memset(big, ' ', sizeof big);
    memcpy(big + sizeof big - 3, "x\n\n", 3);
    stdin_from(big, sizeof big);
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_TRUNCATED);
}
END_TEST

/* ---------------------------------------------------------------- terminal input */

/* Makes standard input and output a pseudo-terminal, as a person at a
 * terminal has them; returns the master side, where "typed" keys are
 * written (and the echo and prompts appear). */
static int stdin_from_pty(void)
{
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    ck_assert_int_ge(master, 0);
    ck_assert_int_eq(grantpt(master), 0);
    ck_assert_int_eq(unlockpt(master), 0);
    int slave = open(ptsname(master), O_RDWR | O_NOCTTY);
    ck_assert_int_ge(slave, 0);
    /* keys come after the editor has taken the terminal: in its mode (not
     * canonical), so a ^D is a key and not a line discipline's end of file */
    struct termios t;
    ck_assert_int_eq(tcgetattr(slave, &t), 0);
    cfmakeraw(&t);
    ck_assert_int_eq(tcsetattr(slave, TCSANOW, &t), 0);
    ck_assert_int_eq(dup2(slave, STDIN_FILENO), STDIN_FILENO);
    fflush(stdout);
    ck_assert_int_eq(dup2(slave, STDOUT_FILENO), STDOUT_FILENO);
    close(slave);
    __fpurge(stdin);
    clearerr(stdin);
    return master;
}

/* Everything the terminal has shown so far. A pseudo-terminal hands output
 * to its master side some time after the write returns, so a read that finds
 * nothing yet proves nothing: a marker goes out after it, and the master is
 * read until the marker comes back; whatever came before it is all there. */
static size_t screen_so_far(int master, char *screen, size_t cap)
{
    static const char marker[] = "\x01--screen-end--\x01";
    fflush(stdout);
    ck_assert_int_eq(write(STDOUT_FILENO, marker, sizeof marker - 1), (ssize_t)(sizeof marker - 1));
    size_t got = 0;
    for (;;) {
        ck_assert_uint_lt(got, cap);
        ssize_t n = read(master, screen + got, cap - got);
        ck_assert_int_gt(n, 0);
        got += (size_t)n;
        for (size_t at = 0; at + sizeof marker - 1 <= got; at++)
            if (memcmp(screen + at, marker, sizeof marker - 1) == 0)
                return at;
    }
}

static void type_keys(int master, const char *keys)
{
    ck_assert_int_eq(write(master, keys, strlen(keys)), (ssize_t)strlen(keys));
}

START_TEST(terminal_keeps_unicode)
{
    unsetenv("LC_ALL");
    unsetenv("LC_CTYPE");
    unsetenv("LANG");
    drill_term_setup_locale();
    int master = stdin_from_pty();
    ck_assert_int_eq(drill_term_interactive(), 1);
    type_keys(master, "\xCE\xBB\xE2\x80\x96w\xE2\x80\x96\xC2\xB2 \xE2\x80\x94 the L2 penalty\n"
                      "\xE5\xAD\xA6\xE4\xB9\xA0 \xF0\x9F\x99\x82\n\n");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER);
    ck_assert_str_eq(buf, "λ‖w‖² — the L2 penalty\n学习 🙂");
    close(master);
}
END_TEST

START_TEST(terminal_line_stops_at_the_limit)
{
    drill_term_setup_locale();
    int master = stdin_from_pty();
    type_keys(master, "abcdefghijklmnopqrstuvwxyz\nmore\n\nnext\n\n");
    ck_assert_int_eq(read_answer(8), DRILL_TERM_TRUNCATED);
    ck_assert_str_eq(buf, "abcdefg");
    /* keys past the limit were refused, with the bell, not taken into the line */
    static char screen[8192];
    size_t got = screen_so_far(master, screen, sizeof screen);
    ck_assert_ptr_nonnull(memchr(screen, '\a', got));
    ck_assert_ptr_null(memchr(screen, 'x', got));
    ck_assert_int_eq(read_answer(8), DRILL_TERM_ANSWER);
    ck_assert_str_eq(buf, "next");
    /* on a character boundary */
    type_keys(master, "ab\xE2\x82\xAC\xE2\x82\xAC\n\n");
    ck_assert_int_eq(read_answer(6), DRILL_TERM_TRUNCATED);
    ck_assert_str_eq(buf, "ab\xE2\x82\xAC");
    close(master);
}
END_TEST

START_TEST(terminal_end_of_input)
{
    int master = stdin_from_pty();
    type_keys(master, "\x04");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_EOF);
    close(master);
}
END_TEST

/* ---------------------------------------------------------------- locale */

START_TEST(locale_from_the_environment)
{
    unsetenv("LC_ALL");
    unsetenv("LC_CTYPE");
    setenv("LANG", "C.UTF-8", 1);
    const char *got = drill_term_setup_locale();
    ck_assert_ptr_nonnull(strstr(got, "UTF-8") ? got : strstr(got, "utf8"));
    ck_assert_str_eq(nl_langinfo(CODESET), "UTF-8");
    /* only LC_CTYPE: Lua formats numbers with LC_NUMERIC, which stays "C" */
    ck_assert_str_eq(setlocale(LC_NUMERIC, NULL), "C");
}
END_TEST

START_TEST(locale_falls_back_to_utf8)
{
    /* unset, C, POSIX, or a locale that is not installed: UTF-8 all the same */
    static const char *const langs[] = {NULL, "C", "POSIX", "xx_YY.UTF-8"};
    for (size_t i = 0; i < sizeof langs / sizeof *langs; i++) {
        unsetenv("LC_CTYPE");
        unsetenv("LANG");
        if (langs[i])
            setenv("LC_ALL", langs[i], 1);
        else
            unsetenv("LC_ALL");
        drill_term_setup_locale();
        ck_assert_msg(strcmp(nl_langinfo(CODESET), "UTF-8") == 0, "LC_ALL=%s gave %s",
                      langs[i] ? langs[i] : "(unset)", nl_langinfo(CODESET));
        ck_assert_str_eq(setlocale(LC_NUMERIC, NULL), "C");
    }
}
END_TEST

/* ---------------------------------------------------------------- standard output */

static void stdout_to(const char *path, int flags)
{
    fflush(stdout);
    int fd = open(path, flags);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(dup2(fd, STDOUT_FILENO), STDOUT_FILENO);
    close(fd);
}

START_TEST(out_to_a_full_disk)
{
    stdout_to("/dev/full", O_WRONLY);
    ck_assert_int_eq(drill_term_out_error(), 0);
    ck_assert_int_eq(drill_term_out("report", 6), 0); /* buffered */
    ck_assert_int_eq(drill_term_out_flush(), -1);
    ck_assert_int_eq(errno, ENOSPC);
    /* the error stays: later writes fail at once with the same cause */
    errno = 0;
    ck_assert_int_eq(drill_term_out("more", 4), -1);
    ck_assert_int_eq(errno, ENOSPC);
    ck_assert_int_eq(drill_term_out_error(), ENOSPC);
    ck_assert_int_eq(drill_term_out_close(), -1);
    ck_assert_int_eq(errno, ENOSPC);
}
END_TEST

START_TEST(out_error_met_outside)
{
    /* a write through stdio directly (print in a plugin) fails first: the cause is still found */
    stdout_to("/dev/full", O_WRONLY);
    fputs("elsewhere", stdout);
    ck_assert_int_ne(fflush(stdout), 0);
    errno = 0;
    ck_assert_int_eq(drill_term_out("x", 1), -1);
    ck_assert_int_eq(errno, ENOSPC);
}
END_TEST

START_TEST(out_closed)
{
    /* >&- : descriptor 1 closed before drill starts */
    fflush(stdout);
    close(STDOUT_FILENO);
    drill_term_open_std();
    ck_assert_int_ne(fcntl(STDOUT_FILENO, F_GETFD), -1);
    /* a file opened now does not become standard output */
    char path[600];
    snprintf(path, sizeof path, "%s/victim", unit_dir);
    int fd = open(path, O_WRONLY | O_CREAT, 0600);
    ck_assert_int_gt(fd, 2);
    close(fd);
    ck_assert_int_eq(drill_term_out("report\n", 7), 0);
    ck_assert_int_eq(drill_term_out_close(), -1);
    ck_assert_int_eq(errno, EBADF);
    struct stat st;
    ck_assert_int_eq(stat(path, &st), 0);
    ck_assert_int_eq(st.st_size, 0);
}
END_TEST

START_TEST(out_open_std_leaves_open_ones)
{
    char path[600];
    snprintf(path, sizeof path, "%s/stdout", unit_dir);
    drill_term_open_std();
    ck_assert_int_eq(drill_term_out("kept", 4), 0);
    ck_assert_int_eq(drill_term_out_flush(), 0);
    ck_assert_str_eq(stdout_text(), "kept");
    ck_assert_int_eq(drill_term_out_close(), 0);
}
END_TEST

START_TEST(out_transcript_error_is_kept)
{
    /* the echo of piped answers goes through the same checked path */
    stdout_to("/dev/full", O_WRONLY);
    static char big[20000];
    memset(big, 'a', sizeof big);
    big[sizeof big - 2] = '\n';
    big[sizeof big - 1] = '\n';
    stdin_from(big, sizeof big);
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER);
    ck_assert_int_eq(drill_term_out_error(), ENOSPC);
}
END_TEST

/* ---------------------------------------------------------------- colour and size */

START_TEST(not_a_terminal)
{
    STDIN("");
    setenv("TERM", "xterm-256color", 1);
    unsetenv("NO_COLOR");
    drill_term_init(0);
    ck_assert_int_eq(drill_term_color(), 0); /* stdout is a file */
    ck_assert_int_eq(drill_term_width(), 0);
    ck_assert_int_eq(drill_term_interactive(), 0);
}
END_TEST

/* Makes standard output a pseudo-terminal `cols` wide; returns the master side. */
static int stdout_to_pty(unsigned short cols)
{
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    ck_assert_int_ge(master, 0);
    ck_assert_int_eq(grantpt(master), 0);
    ck_assert_int_eq(unlockpt(master), 0);
    int slave = open(ptsname(master), O_RDWR | O_NOCTTY);
    ck_assert_int_ge(slave, 0);
    struct winsize ws = {.ws_row = 24, .ws_col = cols};
    ck_assert_int_eq(ioctl(slave, TIOCSWINSZ, &ws), 0);
    fflush(stdout);
    ck_assert_int_eq(dup2(slave, STDOUT_FILENO), STDOUT_FILENO);
    close(slave);
    return master;
}

START_TEST(colour_on_a_terminal)
{
    int master = stdout_to_pty(100);
    setenv("TERM", "xterm-256color", 1);
    unsetenv("NO_COLOR");
    drill_term_init(0);
    ck_assert_int_eq(drill_term_color(), 1);
    /* --no-color */
    drill_term_init(1);
    ck_assert_int_eq(drill_term_color(), 0);
    /* NO_COLOR set to anything but the empty string */
    setenv("NO_COLOR", "1", 1);
    drill_term_init(0);
    ck_assert_int_eq(drill_term_color(), 0);
    setenv("NO_COLOR", "", 1);
    drill_term_init(0);
    ck_assert_int_eq(drill_term_color(), 1);
    unsetenv("NO_COLOR");
    /* a dumb terminal */
    setenv("TERM", "dumb", 1);
    drill_term_init(0);
    ck_assert_int_eq(drill_term_color(), 0);
    unsetenv("TERM");
    drill_term_init(0);
    ck_assert_int_eq(drill_term_color(), 1);
    close(master);
}
END_TEST

START_TEST(width_of_a_terminal)
{
    int master = stdout_to_pty(123);
    ck_assert_int_eq(drill_term_width(), 123);
    close(master);
    /* too narrow or unknown: 80 */
    master = stdout_to_pty(10);
    ck_assert_int_eq(drill_term_width(), 80);
    close(master);
    master = stdout_to_pty(0);
    ck_assert_int_eq(drill_term_width(), 80);
    close(master);
}
END_TEST

/* ---------------------------------------------------------------- prompt commands, Ctrl-C, editor
 */

START_TEST(command_line_is_the_whole_answer)
{
    /* ":hint" alone ends the answer at once; the next read goes on after it */
    STDIN(":hint\nan answer\n\n  :Skip  \n:not a command\nsecond line\n\n");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER);
    ck_assert_str_eq(buf, ":hint");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER);
    ck_assert_str_eq(buf, "an answer");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER);
    ck_assert_str_eq(buf, "  :Skip  ");
    /* more than one word is an answer, which an empty line ends */
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER);
    ck_assert_str_eq(buf, ":not a command\nsecond line");
}
END_TEST

START_TEST(interrupt_is_taken_at_the_next_read)
{
    STDIN("an answer\n\nanother\n\n");
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER); /* arms the handler */
    ck_assert_int_eq(drill_term_take_interrupt(), 0);
    /* Ctrl-C between reads: the handler notes it and drill goes on */
    ck_assert_int_eq(raise(SIGINT), 0);
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_INTERRUPT);
    ck_assert_uint_eq(len, 0);
    /* taken once: the next read reads */
    ck_assert_int_eq(read_answer(sizeof buf), DRILL_TERM_ANSWER);
    ck_assert_str_eq(buf, "another");
    ck_assert_int_eq(raise(SIGINT), 0);
    ck_assert_int_eq(drill_term_take_interrupt(), 1);
    ck_assert_int_eq(drill_term_take_interrupt(), 0);
}
END_TEST

START_TEST(editor_needs_a_terminal)
{
    STDIN("");
    char *out = (char *)1, err[200];
    size_t n = 99;
    ck_assert_int_eq(drill_term_edit("text", 4, 100, &out, &n, err, sizeof err), -1);
    ck_assert_ptr_null(out);
    ck_assert_uint_eq(n, 0);
    ck_assert_str_eq(err, "the editor needs a terminal");
}
END_TEST

static Suite *term_suite(void)
{
    Suite *s = suite_create("term");
    TCase *tc = tcase_create("answers");
    tcase_add_unchecked_fixture(tc, unit_root_setup, unit_root_teardown);
    tcase_add_checked_fixture(tc, setup, unit_dir_teardown);
    tcase_add_test(tc, lines_joined_until_blank);
    tcase_add_test(tc, all_blank_line_ends);
    tcase_add_test(tc, inner_spaces_kept);
    tcase_add_test(tc, eof_without_text);
    tcase_add_test(tc, eof_after_text);
    tcase_add_test(tc, blank_first_line_is_empty_answer);
    tcase_add_test(tc, crlf_stripped);
    tcase_add_test(tc, invalid_utf8_replaced);
    tcase_add_test(tc, from_a_pipe);
    tcase_add_test(tc, echoed_as_transcript);
    tcase_add_test(tc, truncated_at_cap);
    tcase_add_test(tc, exactly_fits);
    tcase_add_test(tc, truncated_at_line_join);
    tcase_add_test(tc, truncation_keeps_characters_whole);
    tcase_add_test(tc, long_answer_truncated_at_limit);
    tcase_add_test(tc, long_line_cut_while_reading);
    tcase_add_test(tc, endless_line_ends_at_end_of_input);
    tcase_add_test(tc, long_line_cut_on_a_character_boundary);
    tcase_add_test(tc, long_blank_line_ends_the_answer);
    suite_add_tcase(s, tc);

    tc = tcase_create("terminal input");
    tcase_add_unchecked_fixture(tc, unit_root_setup, unit_root_teardown);
    tcase_add_checked_fixture(tc, setup, unit_dir_teardown);
    tcase_add_test(tc, terminal_keeps_unicode);
    tcase_add_test(tc, terminal_line_stops_at_the_limit);
    tcase_add_test(tc, terminal_end_of_input);
    suite_add_tcase(s, tc);

    tc = tcase_create("locale");
    tcase_add_test(tc, locale_from_the_environment);
    tcase_add_test(tc, locale_falls_back_to_utf8);
    suite_add_tcase(s, tc);

    tc = tcase_create("output");
    tcase_add_unchecked_fixture(tc, unit_root_setup, unit_root_teardown);
    tcase_add_checked_fixture(tc, setup, unit_dir_teardown);
    tcase_add_test(tc, out_to_a_full_disk);
    tcase_add_test(tc, out_error_met_outside);
    tcase_add_test(tc, out_closed);
    tcase_add_test(tc, out_open_std_leaves_open_ones);
    tcase_add_test(tc, out_transcript_error_is_kept);
    suite_add_tcase(s, tc);

    tc = tcase_create("terminal");
    tcase_add_unchecked_fixture(tc, unit_root_setup, unit_root_teardown);
    tcase_add_checked_fixture(tc, setup, unit_dir_teardown);
    tcase_add_test(tc, not_a_terminal);
    tcase_add_test(tc, colour_on_a_terminal);
    tcase_add_test(tc, width_of_a_terminal);
    tcase_add_test(tc, command_line_is_the_whole_answer);
    tcase_add_test(tc, interrupt_is_taken_at_the_next_read);
    tcase_add_test(tc, editor_needs_a_terminal);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return unit_run(term_suite());
}
