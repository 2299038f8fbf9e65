/* Check suite for term: reading answers from redirected input, and the colour decision. */
#define _XOPEN_SOURCE 700

#include <check.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
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
    suite_add_tcase(s, tc);

    tc = tcase_create("terminal");
    tcase_add_unchecked_fixture(tc, unit_root_setup, unit_root_teardown);
    tcase_add_checked_fixture(tc, setup, unit_dir_teardown);
    tcase_add_test(tc, not_a_terminal);
    tcase_add_test(tc, colour_on_a_terminal);
    tcase_add_test(tc, width_of_a_terminal);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return unit_run(term_suite());
}
