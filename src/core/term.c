/* The terminal: prompts through libedit on a terminal, plain reads from pipes, checked output. */
#define _XOPEN_SOURCE 700
#include "term.h"

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <pthread.h>
#include <sys/select.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

#include <histedit.h>

#include "text.h"

/* ---------------------------------------------------------------- locale */

static int codeset_is_ascii(void)
{
    const char *cs = nl_langinfo(CODESET);
    return !cs || !*cs || strcmp(cs, "ANSI_X3.4-1968") == 0 || strcasecmp(cs, "ASCII") == 0 ||
           strcasecmp(cs, "US-ASCII") == 0;
}

const char *drill_term_setup_locale(void)
{
    /* a locale named in the environment but not installed leaves "C": same fallback */
    if (!setlocale(LC_CTYPE, "") || codeset_is_ascii()) {
        static const char *const utf8[] = {"C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"};
        for (size_t i = 0; i < sizeof utf8 / sizeof *utf8; i++)
            if (setlocale(LC_CTYPE, utf8[i]))
                break;
    }
    const char *now = setlocale(LC_CTYPE, NULL);
    return now ? now : "C";
}

void drill_term_open_std(void)
{
    /* stdin gets a write-only /dev/null, stdout and stderr read-only ones */
    for (int fd = 0; fd <= 2; fd++) {
        if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        int got = open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
        if (got >= 0 && got != fd) {
            dup2(got, fd);
            close(got);
        }
    }
}

/* ---------------------------------------------------------------- colour and size */

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

/* ---------------------------------------------------------------- standard output */

/* stdio's error flag says that a write failed, not why: keep the first errno */
static int out_errno;

/* `e` is the errno of the write that just failed, or 0 when an earlier write
 * (outside these functions) set the stream's error flag: flushing again
 * meets the same error and says what it is, if stdio kept the text. */
static int out_failed(int e)
{
    if (!out_errno) {
        if (!e && ferror(stdout)) {
            clearerr(stdout);
            errno = 0;
            if (fflush(stdout) != 0)
                e = errno;
            /* stdio dropped what it could not write: an empty write still
             * tells a closed (or read-only) descriptor */
            else if (write(fileno(stdout), "", 0) < 0)
                e = errno;
        }
        out_errno = e ? e : EIO;
    }
    errno = out_errno;
    return -1;
}

int drill_term_out(const void *s, size_t n)
{
    if (out_errno || ferror(stdout))
        return out_failed(0);
    errno = 0;
    if (n && fwrite(s, 1, n, stdout) != n)
        return out_failed(errno);
    return 0;
}

int drill_term_out_flush(void)
{
    if (out_errno || ferror(stdout))
        return out_failed(0);
    errno = 0;
    if (fflush(stdout) != 0)
        return out_failed(errno);
    return 0;
}

int drill_term_out_error(void)
{
    if (!out_errno && ferror(stdout))
        out_failed(0);
    return out_errno;
}

int drill_term_out_close(void)
{
    int bad = drill_term_out_flush() != 0;
    errno = 0;
    /* close reports what flush could not see (NFS, some pipes); it runs once only */
    if (fclose(stdout) != 0 && !bad) {
        out_errno = errno ? errno : EIO;
        bad = 1;
    }
    errno = out_errno;
    return bad ? -1 : 0;
}

/* ---------------------------------------------------------------- Ctrl-C */

static volatile sig_atomic_t interrupted;
static int int_armed;

static void on_sigint(int sig)
{
    if (interrupted) {
        /* the first was not taken yet: whatever runs does not read, so stop now */
        signal(sig, SIG_DFL);
        raise(sig);
        return;
    }
    interrupted = 1;
}

static void arm_interrupt(void)
{
    if (int_armed)
        return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: a blocked read or pselect returns EINTR */
    sigaction(SIGINT, &sa, NULL);
    int_armed = 1;
}

int drill_term_take_interrupt(void)
{
    int was = interrupted != 0;
    interrupted = 0;
    return was;
}

/* ---------------------------------------------------------------- reading lines */

/* One line as read: at most the bytes that can still reach the answer (and a
 * few more, to cut on a character boundary), whether more was dropped, and
 * whether the whole line was blank. */
struct line {
    char *text;
    size_t n, keep;
    int cut, blank;
};

static int blank_char(unsigned c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* From a pipe or file: byte by byte through stdio, so that nothing past the
 * answer's end is taken from the stream the next read goes on with. */
static int pipe_line(struct line *ln)
{
    ln->n = 0;
    ln->cut = 0;
    ln->blank = 1;
    int c, any = 0;
    flockfile(stdin);
    while ((c = getc_unlocked(stdin)) != EOF) {
        any = 1;
        if (c == '\n')
            break;
        if (!blank_char((unsigned)c))
            ln->blank = 0;
        if (ln->n < ln->keep)
            ln->text[ln->n++] = (char)c;
        else
            ln->cut = 1;
    }
    funlockfile(stdin);
    if (interrupted) {
        clearerr(stdin);
        return -1;
    }
    if (!any)
        return -1;
    while (!ln->cut && ln->n > 0 && ln->text[ln->n - 1] == '\r')
        ln->n--;
    return 0;
}

/* On a terminal: libedit, with its own reader wrapped so that a line stops
 * taking text at `max` characters; libedit's buffer would otherwise grow
 * with whatever is pasted or sent into it. */
static EditLine *el;
static const char *el_prompt = "";
static size_t el_max;   /* characters a line may hold */
static size_t el_taken; /* characters taken into the line, for when libedit is not editing */
static int el_esc;      /* where in an escape sequence the input is */

static char *prompt_fn(EditLine *e)
{
    (void)e;
    return (char *)el_prompt;
}

/* ^Z as the readline layer binds it: libedit's raw mode does not send it */
static unsigned char tstp_fn(EditLine *e, int ch)
{
    (void)e;
    (void)ch;
    kill(0, SIGTSTP);
    return CC_NORM;
}

/* Keys that never add text, so they still work once a line is full. */
static int key_is_edit(wchar_t c)
{
    switch (c) {
    case L'\n':
    case L'\r':
    case 1:
    case 2:
    case 3:
    case 4:
    case 5:
    case 6:
    case 8:
    case 11:
    case 12:
    case 14:
    case 16:
    case 21:
    case 23:
    case 26:
    case 28:
    case 0x7f:
        return 1;
    default:
        return 0;
    }
}

static int capped_getc(EditLine *e, wchar_t *wc)
{
    for (;;) {
        /* wait here, not in libedit's read, which goes on reading after a
         * signal: Ctrl-C returns an error, and el_wgets gives the line up.
         * SIGINT is blocked from the flag's test until pselect waits, so one
         * that comes in between interrupts the wait instead of being missed. */
        sigset_t intr, old;
        sigemptyset(&intr);
        sigaddset(&intr, SIGINT);
        pthread_sigmask(SIG_BLOCK, &intr, &old);
        while (!interrupted) {
            fd_set in;
            FD_ZERO(&in);
            FD_SET(STDIN_FILENO, &in);
            if (pselect(STDIN_FILENO + 1, &in, NULL, NULL, NULL, &old) >= 0 || errno != EINTR)
                break;
        }
        pthread_sigmask(SIG_SETMASK, &old, NULL);
        if (interrupted) {
            errno = EINTR;
            return -1;
        }
        /* libedit's own reader knows the locale and re-arms its signal
         * handlers after a resize or a resume: borrow it for one character */
        el_set(e, EL_GETCFN, EL_BUILTIN_GETCFN);
        int got = el_wgetc(e, wc);
        el_set(e, EL_GETCFN, capped_getc);
        if (got != 1)
            return got;
        wchar_t c = *wc;
        /* the rest of an escape sequence (arrow keys, ESC-x) is a key, not text */
        int in_seq = el_esc != 0;
        if (el_esc == 1)
            el_esc = c == L'[' ? 2 : c == L'O' ? 3 : 0;
        else if (el_esc == 2)
            el_esc = c >= 0x40 && c <= 0x7e ? 0 : 2;
        else if (el_esc == 3)
            el_esc = 0;
        else if (c == 0x1b)
            el_esc = 1;
        if (in_seq || c == 0x1b)
            return 1;
        /* libedit edits (and keeps el_wline current) with the terminal out of
         * canonical mode; otherwise it takes every character into the line */
        struct termios t;
        int editing = tcgetattr(STDIN_FILENO, &t) == 0 && !(t.c_lflag & ICANON);
        size_t len = el_taken;
        if (editing) {
            const LineInfoW *li = el_wline(e);
            len = (size_t)(li->lastchar - li->buffer);
        }
        if (len < el_max || key_is_edit(c)) {
            if (c != L'\n' && c != L'\r')
                el_taken++;
            return 1;
        }
        if (editing) {
            fputc('\a', stdout);
            fflush(stdout);
        }
    }
}

static int tty_setup(void)
{
    if (el)
        return 0;
    el = el_init("drill", stdin, stdout, stderr);
    if (!el)
        return -1;
    el_set(el, EL_EDITOR, "emacs");
    el_set(el, EL_SIGNAL, 1);
    el_set(el, EL_PROMPT, prompt_fn);
    el_set(el, EL_GETCFN, capped_getc);
    el_set(el, EL_ADDFN, "drill-tstp", "suspend drill", tstp_fn);
    el_set(el, EL_BIND, "^Z", "drill-tstp", NULL);
    /* the keys the readline layer binds, for those used to it */
    el_set(el, EL_BIND, "^R", "em-inc-search-prev", NULL);
    el_set(el, EL_BIND, "\\e[1~", "ed-move-to-beg", NULL);
    el_set(el, EL_BIND, "\\e[4~", "ed-move-to-end", NULL);
    el_set(el, EL_BIND, "\\e[H", "ed-move-to-beg", NULL);
    el_set(el, EL_BIND, "\\e[F", "ed-move-to-end", NULL);
    el_set(el, EL_BIND, "\\e[3~", "ed-delete-next-char", NULL);
    el_set(el, EL_BIND, "\\e[1;5C", "em-next-word", NULL);
    el_set(el, EL_BIND, "\\e[1;5D", "ed-prev-word", NULL);
    el_source(el, NULL);
    return 0;
}

/* Appends code point c as UTF-8 if it fits in `room` bytes; returns its length or 0. */
static size_t put_utf8(char *out, size_t room, wchar_t wc)
{
    unsigned long c = (unsigned long)wc;
    char tmp[4];
    size_t k;
    if (c >= 0xD800 && c <= 0xDFFF)
        c = '?';
    if (c < 0x80) {
        tmp[0] = (char)c;
        k = 1;
    } else if (c < 0x800) {
        tmp[0] = (char)(0xC0 | c >> 6);
        tmp[1] = (char)(0x80 | (c & 0x3F));
        k = 2;
    } else if (c < 0x10000) {
        tmp[0] = (char)(0xE0 | c >> 12);
        tmp[1] = (char)(0x80 | (c >> 6 & 0x3F));
        tmp[2] = (char)(0x80 | (c & 0x3F));
        k = 3;
    } else if (c < 0x110000) {
        tmp[0] = (char)(0xF0 | c >> 18);
        tmp[1] = (char)(0x80 | (c >> 12 & 0x3F));
        tmp[2] = (char)(0x80 | (c >> 6 & 0x3F));
        tmp[3] = (char)(0x80 | (c & 0x3F));
        k = 4;
    } else {
        tmp[0] = '?';
        k = 1;
    }
    if (k > room)
        return 0;
    memcpy(out, tmp, k);
    return k;
}

static int tty_line(const char *prompt, struct line *ln)
{
    ln->n = 0;
    ln->cut = 0;
    ln->blank = 1;
    if (tty_setup() != 0)
        return -1;
    el_max = ln->keep;
    el_taken = 0;
    el_esc = 0;
    el_prompt = prompt ? prompt : "";
    fflush(stdout);
    int count = 0;
    /* wide, so the text is turned into UTF-8 here whatever the terminal's encoding */
    const wchar_t *w = el_wgets(el, &count);
    if (!w || count <= 0)
        return -1;
    size_t n = (size_t)count;
    while (n > 0 && (w[n - 1] == L'\n' || w[n - 1] == L'\r'))
        n--;
    for (size_t i = 0; i < n; i++) {
        if (!blank_char((unsigned)w[i]))
            ln->blank = 0;
        size_t k = ln->cut ? 0 : put_utf8(ln->text + ln->n, ln->keep - ln->n, w[i]);
        if (k)
            ln->n += k;
        else
            ln->cut = 1;
    }
    return 0;
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

/* A prompt command: the first line is ':' and a word, alone. */
static int is_command(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && blank_char((unsigned char)s[i]))
        i++;
    if (i >= n || s[i++] != ':')
        return 0;
    size_t w = i;
    while (i < n && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
        i++;
    if (i == w)
        return 0;
    while (i < n && blank_char((unsigned char)s[i]))
        i++;
    return i == n;
}

int drill_term_read_answer(const char *prompt, const char *more, char *buf, size_t cap, size_t *len)
{
    /* line editing only with the terminal on both ends: with standard output a
     * pipe (drill ... | tee log) the terminal stays in its own line mode, so a
     * reader that goes away (SIGPIPE) can never leave it without echo */
    int tty = drill_term_interactive() && isatty(STDOUT_FILENO);
    int lines = 0, full = 0;
    *len = 0;
    buf[0] = '\0';
    arm_interrupt();
    if (drill_term_take_interrupt())
        return DRILL_TERM_INTERRUPT;
    /* the answer holds cap - 1 bytes; a character cut at the end of the kept
     * part of a line starts at least 4 bytes past that, so it never gets in */
    struct line ln = {.keep = cap + 4};
    ln.text = malloc(ln.keep);
    if (!ln.text)
        return DRILL_TERM_EOF;
    for (;;) {
        const char *p = lines ? more : prompt;
        int st = tty ? tty_line(p, &ln) : pipe_line(&ln);
        if (st != 0 && drill_term_take_interrupt()) {
            free(ln.text);
            *len = 0;
            buf[0] = '\0';
            if (tty)
                fputc('\n', stdout); /* past the line the ^C was typed on */
            return DRILL_TERM_INTERRUPT;
        }
        if (st != 0 || ln.blank) {
            free(ln.text);
            buf[*len] = '\0';
            if (st != 0 && !lines)
                return DRILL_TERM_EOF;
            return full ? DRILL_TERM_TRUNCATED : DRILL_TERM_ANSWER;
        }
        /* from a pipe nothing echoes what was read: show it, so the output reads as a transcript */
        if (!tty) {
            drill_term_out(p ? p : "", p ? strlen(p) : 0);
            drill_term_out(ln.text, ln.n);
            drill_term_out("\n", 1);
        }
        if (!full && lines && !append(buf, cap, len, "\n", 1))
            full = 1;
        if (!full && !append(buf, cap, len, ln.text, ln.n))
            full = 1;
        /* a cut line never fits (its kept part is longer than the answer) */
        if (ln.cut)
            full = 1;
        lines++;
        if (lines == 1 && !full && is_command(buf, *len)) {
            free(ln.text);
            buf[*len] = '\0';
            return DRILL_TERM_ANSWER;
        }
    }
}

/* ---------------------------------------------------------------- the editor */

int drill_term_edit(const char *text, size_t n, size_t cap, char **out, size_t *outn, char *err,
                    size_t errcap)
{
    *out = NULL;
    *outn = 0;
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
        snprintf(err, errcap, "the editor needs a terminal");
        return -1;
    }
    const char *editor = getenv("VISUAL");
    if (!editor || !*editor)
        editor = getenv("EDITOR");
    if (!editor || !*editor)
        editor = access("/usr/bin/editor", X_OK) == 0 ? "editor" : "vi";
    const char *tmpdir = getenv("TMPDIR");
    char path[512];
    snprintf(path, sizeof path, "%s/drill-answer-XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
    int fd = mkstemp(path);
    if (fd < 0) {
        snprintf(err, errcap, "cannot create a file for the editor: %s", strerror(errno));
        return -1;
    }
    size_t done = 0;
    while (done < n) {
        ssize_t w = write(fd, text + done, n - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            snprintf(err, errcap, "%s: %s", path, strerror(errno));
            close(fd);
            unlink(path);
            return -1;
        }
        done += (size_t)w;
    }
    close(fd);
    drill_term_out_flush();
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        snprintf(err, errcap, "cannot start the editor: %s", strerror(errno));
        unlink(path);
        return -1;
    }
    if (pid == 0) {
        signal(SIGINT, SIG_DFL);
        setenv("DRILL_EDITOR", editor, 1);
        /* through the shell, so EDITOR may hold arguments ("code --wait") */
        execl("/bin/sh", "sh", "-c", "exec $DRILL_EDITOR \"$1\"", "sh", path, (char *)NULL);
        _exit(127);
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    interrupted = 0; /* Ctrl-C in the editor was the editor's */
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        snprintf(err, errcap, "the editor (%s) failed%s", editor,
                 WIFEXITED(status) && WEXITSTATUS(status) == 127 ? ": not found" : "");
        unlink(path);
        return -1;
    }
    FILE *f = fopen(path, "rb");
    char *buf = f ? malloc(cap) : NULL;
    if (!buf) {
        snprintf(err, errcap, "%s: %s", path, strerror(errno));
        if (f)
            fclose(f);
        unlink(path);
        return -1;
    }
    size_t got = fread(buf, 1, cap - 1, f);
    fclose(f);
    unlink(path);
    /* at the limit, cut before the last character, which may be cut itself */
    if (got == cap - 1) {
        while (got > 0 && ((unsigned char)buf[got - 1] & 0xC0) == 0x80)
            got--;
        if (got > 0 && (unsigned char)buf[got - 1] >= 0xC0)
            got--;
    }
    buf[got] = '\0';
    *out = buf;
    *outn = got;
    return 0;
}
