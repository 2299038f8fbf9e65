/* Reading whole files under the size limit; writing them atomically. */
#define _POSIX_C_SOURCE 200809L
#include "file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"

/* Where a read's buffer comes from: the C library, or drill_mem_*. */
struct file_alloc {
    void *(*grow)(void *, size_t);
    void (*release)(void *);
};

static const struct file_alloc plain_alloc = {realloc, free};
static const struct file_alloc charged_alloc = {drill_mem_realloc, drill_mem_free};

int drill_file_write_all(int fd, const void *buf, size_t n)
{
    const char *p = buf;
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

int drill_file_make_parent(const char *path)
{
    char *p = strdup(path);
    if (!p)
        return -1;
    for (char *s = p + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        if (mkdir(p, 0700) != 0 && errno != EEXIST) {
            int e = errno;
            free(p);
            errno = e;
            return -1;
        }
        *s = '/';
    }
    free(p);
    return 0;
}

int drill_file_xdg_path(char *buf, size_t cap, const char *env, const char *fallback,
                        const char *rest)
{
    const char *xdg = getenv(env);
    int n;
    if (xdg && *xdg == '/') {
        n = snprintf(buf, cap, "%s/%s", xdg, rest);
    } else {
        const char *home = getenv("HOME");
        if (!home || !*home)
            return -1;
        n = snprintf(buf, cap, "%s/%s/%s", home, fallback, rest);
    }
    return n > 0 && (size_t)n < cap ? 0 : -1;
}

int drill_file_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int read_with(const struct file_alloc *a, const char *path, size_t max, char **out,
                     size_t *len, struct drill_diags *d)
{
    *out = NULL;
    *len = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        int st = DRILL_EXIT_NOINPUT; /* missing or unreadable alike (sysexits EX_NOINPUT) */
        drill_diag_add(d, st, path, 0, 0, "%s", strerror(errno));
        return st;
    }
    struct stat sb;
    if (fstat(fd, &sb) != 0 || S_ISDIR(sb.st_mode)) {
        drill_diag_add(d, DRILL_EXIT_NOINPUT, path, 0, 0, "is a directory, expected a file");
        close(fd);
        return DRILL_EXIT_NOINPUT;
    }
    if (S_ISREG(sb.st_mode) && (size_t)sb.st_size > max) {
        drill_diag_add(d, DRILL_EXIT_DATA, path, 0, 0, "file is %lld bytes, over the limit of %zu",
                       (long long)sb.st_size, max);
        close(fd);
        return DRILL_EXIT_DATA;
    }
    size_t cap = S_ISREG(sb.st_mode) ? (size_t)sb.st_size + 1 : 65536;
    char *buf = a->grow(NULL, cap);
    size_t n = 0;
    for (;;) {
        if (!buf) {
            drill_diag_add(d, DRILL_EXIT_INTERNAL, path, 0, 0, "out of memory");
            close(fd);
            return DRILL_EXIT_INTERNAL;
        }
        if (n + 1 >= cap) {
            if (cap > max + 1) {
                drill_diag_add(d, DRILL_EXIT_DATA, path, 0, 0,
                               "file is over the limit of %zu bytes", max);
                a->release(buf);
                close(fd);
                return DRILL_EXIT_DATA;
            }
            char *nb = a->grow(buf, cap * 2);
            if (!nb)
                a->release(buf);
            buf = nb;
            cap *= 2;
            continue;
        }
        ssize_t got = read(fd, buf + n, cap - n - 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            drill_diag_add(d, DRILL_EXIT_NOINPUT, path, 0, 0, "%s", strerror(errno));
            a->release(buf);
            close(fd);
            return DRILL_EXIT_NOINPUT;
        }
        if (got == 0)
            break;
        n += (size_t)got;
    }
    close(fd);
    if (n > max) {
        drill_diag_add(d, DRILL_EXIT_DATA, path, 0, 0, "file is over the limit of %zu bytes", max);
        a->release(buf);
        return DRILL_EXIT_DATA;
    }
    buf[n] = '\0';
    *out = buf;
    *len = n;
    return DRILL_OK;
}

int drill_file_read(const char *path, size_t max, char **out, size_t *len, struct drill_diags *d)
{
    return read_with(&plain_alloc, path, max, out, len, d);
}

int drill_file_read_charged(const char *path, size_t max, char **out, size_t *len,
                            struct drill_diags *d)
{
    return read_with(&charged_alloc, path, max, out, len, d);
}

int drill_file_write_atomic(const char *path, const char *data, size_t len)
{
    size_t n = strlen(path);
    char *tmp = malloc(n + 32);
    if (!tmp) {
        errno = ENOMEM;
        return -1;
    }
    /* mkstemp: a name no one can predict, opened O_EXCL, so a link planted
     * beside the target cannot redirect the write */
    snprintf(tmp, n + 32, "%s.drill-XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0 || fchmod(fd, 0644) != 0) {
        int e = errno;
        if (fd >= 0) {
            close(fd);
            unlink(tmp);
        }
        free(tmp);
        errno = e;
        return -1;
    }
    if (drill_file_write_all(fd, data, len) != 0) {
        int e = errno;
        close(fd);
        unlink(tmp);
        free(tmp);
        errno = e;
        return -1;
    }
    if (fsync(fd) != 0 || close(fd) != 0 || rename(tmp, path) != 0) {
        int e = errno;
        unlink(tmp);
        free(tmp);
        errno = e;
        return -1;
    }
    free(tmp);
    return 0;
}
