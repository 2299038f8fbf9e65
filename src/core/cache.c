/* Parsed bank files kept between runs (cache.h). */
#define _XOPEN_SOURCE 700
#include "cache.h"

#include <dirent.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "alloc.h"
#include "drill_limits.h"
#include "file.h"
#include "text.h"

/* A cache file: "drill bank cache" (16 bytes), then the u64 fields of struct key, the bank's
 * absolute path, and the document as drill_json_save wrote it. */
#define CACHE_MAGIC "drill bank cache"

/* The bank file as stat saw it, and the drill binary that parsed it: a binary built anew
 * (its parser perhaps changed) reads no entry an older one wrote. */
struct key {
    uint64_t version, dev, ino, size, mtime_s, mtime_ns, ctime_s, ctime_ns, pathlen;
    uint64_t exe_ino, exe_size, exe_mtime_s, exe_mtime_ns;
};
#define CACHE_VERSION 2u

static void key_of(struct key *k, const struct stat *st, size_t pathlen)
{
    static struct stat exe;
    static int have_exe = -1;
    if (have_exe < 0)
        have_exe = stat("/proc/self/exe", &exe) == 0;
    memset(k, 0, sizeof *k);
    k->version = CACHE_VERSION;
    if (have_exe) {
        k->exe_ino = (uint64_t)exe.st_ino;
        k->exe_size = (uint64_t)exe.st_size;
        k->exe_mtime_s = (uint64_t)exe.st_mtim.tv_sec;
        k->exe_mtime_ns = (uint64_t)exe.st_mtim.tv_nsec;
    }
    k->dev = (uint64_t)st->st_dev;
    k->ino = (uint64_t)st->st_ino;
    k->size = (uint64_t)st->st_size;
    k->mtime_s = (uint64_t)st->st_mtim.tv_sec;
    k->mtime_ns = (uint64_t)st->st_mtim.tv_nsec;
    k->ctime_s = (uint64_t)st->st_ctim.tv_sec;
    k->ctime_ns = (uint64_t)st->st_ctim.tv_nsec;
    k->pathlen = pathlen;
}

int drill_cache_default_dir(char *buf, size_t cap)
{
    const char *own = getenv("DRILL_CACHE");
    if (!own)
        return drill_file_xdg_path(buf, cap, "XDG_CACHE_HOME", ".cache", "drill");
    int n = snprintf(buf, cap, "%s", own);
    return *own && n > 0 && (size_t)n < cap ? 0 : -1;
}

/* The cache file of the bank at absolute path `abs`: DIR/bank-HASH.cache. */
static int cache_path(char *out, size_t cap, const char *dir, const char *abs)
{
    uint64_t h = drill_text_hash(abs, strlen(abs));
    int n = snprintf(out, cap, "%s/bank-%016llx.cache", dir, (unsigned long long)h);
    return n > 0 && (size_t)n < cap;
}

struct drill_json *drill_cache_load(const char *dir, const char *path, const struct stat *st)
{
    char abs[PATH_MAX], file[PATH_MAX + 64];
    if (!dir || !*dir || !realpath(path, abs) || !cache_path(file, sizeof file, dir, abs))
        return NULL;
    /* a document takes about one and a half times its text: more is no cache file of ours.
     * What the reader says of a file it cannot read goes nowhere; it is kept off the stack, as
     * a loader may run on a small one. */
    struct drill_diags *d = malloc(sizeof *d);
    if (!d)
        return NULL;
    drill_diags_init(d);
    char *buf;
    size_t len;
    int rc = drill_file_read_charged(file, 4 * (size_t)DRILL_MAX_BANK_BYTES + PATH_MAX + 256, &buf,
                                     &len, d);
    free(d);
    if (rc != DRILL_OK)
        return NULL;
    struct drill_json *doc = NULL;
    size_t alen = strlen(abs), head = 16 + sizeof(struct key);
    if (len >= head + alen && memcmp(buf, CACHE_MAGIC, 16) == 0) {
        struct key want, have;
        key_of(&want, st, alen);
        memcpy(&have, buf + 16, sizeof have);
        if (memcmp(&have, &want, sizeof want) == 0 && memcmp(buf + head, abs, alen) == 0)
            doc = drill_json_load(buf + head + alen, len - head - alen);
    }
    drill_mem_free(buf);
    return doc;
}

struct entry {
    char name[64];
    time_t mtime;
    long mtime_ns;
};

static int older(const void *a, const void *b)
{
    const struct entry *x = a, *y = b;
    if (x->mtime != y->mtime)
        return x->mtime < y->mtime ? -1 : 1;
    if (x->mtime_ns != y->mtime_ns)
        return x->mtime_ns < y->mtime_ns ? -1 : 1;
    return strcmp(x->name, y->name);
}

/* Keeps at most DRILL_CACHE_MAX_ENTRIES entries in `dir`, the oldest written going first,
 * and removes what a write that never finished left (bank-HASH.cache.XXXXXX) once it is an
 * hour old. Other files are left alone; what cannot be removed is passed over. */
static void prune(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct entry *e = NULL;
    size_t n = 0, cap = 0;
    time_t now = time(NULL);
    char full[PATH_MAX + 64];
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        const char *name = de->d_name, *dot = strstr(name, ".cache");
        size_t len = strlen(name);
        struct stat sb;
        if (strncmp(name, "bank-", 5) != 0 || !dot || len >= sizeof e->name ||
            snprintf(full, sizeof full, "%s/%s", dir, name) >= (int)sizeof full ||
            lstat(full, &sb) != 0 || !S_ISREG(sb.st_mode))
            continue;
        if (dot[6] == '.') {
            if (now - sb.st_mtim.tv_sec > 3600)
                unlink(full);
            continue;
        }
        if (dot[6] != '\0')
            continue;
        if (n == cap) {
            size_t ncap = cap ? 2 * cap : 64;
            struct entry *ne = realloc(e, ncap * sizeof *ne);
            if (!ne)
                break;
            e = ne;
            cap = ncap;
        }
        memcpy(e[n].name, name, len + 1);
        e[n].mtime = sb.st_mtim.tv_sec;
        e[n].mtime_ns = sb.st_mtim.tv_nsec;
        n++;
    }
    closedir(d);
    if (n > DRILL_CACHE_MAX_ENTRIES) {
        qsort(e, n, sizeof *e, older);
        for (size_t i = 0; i < n - DRILL_CACHE_MAX_ENTRIES; i++)
            if (snprintf(full, sizeof full, "%s/%s", dir, e[i].name) < (int)sizeof full)
                unlink(full);
    }
    free(e);
}

void drill_cache_save(const char *dir, const char *path, const struct stat *st,
                      const struct drill_json *doc)
{
    char abs[PATH_MAX], file[PATH_MAX + 64], tmp[PATH_MAX + 96];
    struct timespec now;
    if (!dir || !*dir || clock_gettime(CLOCK_REALTIME, &now) != 0 ||
        now.tv_sec - st->st_mtim.tv_sec < 2 || now.tv_sec - st->st_ctim.tv_sec < 2 ||
        !realpath(path, abs) || !cache_path(file, sizeof file, dir, abs))
        return;
    int n = snprintf(tmp, sizeof tmp, "%s.XXXXXX", file);
    if (n <= 0 || (size_t)n >= sizeof tmp || drill_file_make_parent(file) != 0)
        return;
    char *blob;
    size_t blen;
    if (!drill_json_save(doc, &blob, &blen))
        return;
    int fd = mkstemp(tmp);
    if (fd < 0) {
        drill_mem_free(blob);
        return;
    }
    struct key k;
    key_of(&k, st, strlen(abs));
    /* no fsync: a file cut short by a crash fails its check and is parsed again */
    int ok = drill_file_write_all(fd, CACHE_MAGIC, 16) == 0 &&
             drill_file_write_all(fd, &k, sizeof k) == 0 &&
             drill_file_write_all(fd, abs, strlen(abs)) == 0 &&
             drill_file_write_all(fd, blob, blen) == 0;
    drill_mem_free(blob);
    if (close(fd) != 0 || !ok || rename(tmp, file) != 0)
        unlink(tmp);
    else
        prune(dir);
}
