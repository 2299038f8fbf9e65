/* Reading whole files under the size limit; writing them atomically. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "file.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
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

/* The directories drill_file_realpath resolved: as written, and resolved. */
#define REAL_DIRS 16
static struct {
    char *as, *real;
} real_dirs[REAL_DIRS];
static unsigned real_next;

char *drill_file_realpath(const char *path, char *out)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    size_t dirlen = slash ? (size_t)(slash - path) : 0;
    /* a relative path (the working directory may change), one in the root, or one ending in
     * "/", ".", "..": as realpath has it */
    if (path[0] != '/' || dirlen == 0 || !*base || strcmp(base, ".") == 0 ||
        strcmp(base, "..") == 0)
        return realpath(path, out);
    const char *dir = NULL;
    for (int i = 0; i < REAL_DIRS && real_dirs[i].as; i++)
        if (strlen(real_dirs[i].as) == dirlen && memcmp(real_dirs[i].as, path, dirlen) == 0) {
            dir = real_dirs[i].real;
            break;
        }
    char buf[PATH_MAX];
    if (!dir) {
        if (dirlen >= sizeof buf) {
            errno = ENAMETOOLONG;
            return NULL;
        }
        memcpy(buf, path, dirlen);
        buf[dirlen] = '\0';
        char real[PATH_MAX];
        if (!realpath(buf, real))
            return NULL;
        char *as = strdup(buf), *r = strdup(real);
        if (!as || !r) {
            free(as);
            free(r);
            return realpath(path, out);
        }
        unsigned i = real_next++ % REAL_DIRS;
        free(real_dirs[i].as);
        free(real_dirs[i].real);
        real_dirs[i].as = as;
        real_dirs[i].real = r;
        dir = r;
    }
    int n = snprintf(buf, sizeof buf, "%s/%s", strcmp(dir, "/") == 0 ? "" : dir, base);
    if (n < 0 || (size_t)n >= sizeof buf) {
        errno = ENAMETOOLONG;
        return NULL;
    }
    struct stat st;
    if (lstat(buf, &st) != 0)
        return NULL;
    if (S_ISLNK(st.st_mode))
        return realpath(path, out); /* the link is followed as realpath follows it */
    memcpy(out, buf, (size_t)n + 1);
    return out;
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
