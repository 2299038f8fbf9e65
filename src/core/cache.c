/* Parsed bank files and memos kept between runs (cache.h). */
#define _XOPEN_SOURCE   700
#define _DEFAULT_SOURCE /* madvise(MADV_DONTNEED) */
#include "cache.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <unistd.h>

#include "alloc.h"
#include "drill_limits.h"
#include "file.h"
#include "text.h"

/* A cache file: "drill bank cache" (16 bytes), then the u64 fields of struct key, the bank's
 * absolute path, the length of the light document (u64, 0 for none), the light document and
 * the whole one, each as drill_json_save wrote it. */
#define CACHE_MAGIC "drill bank cache"

/* The bank file as stat saw it, and the drill binary that parsed it: a binary built anew
 * (its parser perhaps changed) reads no entry an older one wrote. */
struct key {
    uint64_t version, dev, ino, size, mtime_s, mtime_ns, ctime_s, ctime_ns, pathlen;
    uint64_t exe_ino, exe_size, exe_mtime_s, exe_mtime_ns;
};
#define CACHE_VERSION 3u

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

/* Reads n bytes at `at` of fd into a new buffer (from drill_mem_*): NULL when they cannot be
 * had. */
static char *read_at(int fd, off_t at, size_t n)
{
    char *b = drill_mem_malloc(n ? n : 1);
    size_t got = 0;
    while (b && got < n) {
        ssize_t r = pread(fd, b + got, n - got, at + (off_t)got);
        if (r <= 0) {
            drill_mem_free(b);
            return NULL;
        }
        got += (size_t)r;
    }
    return b;
}

/* The entry kept for the file at `path`, open, when it is one of this binary's for the file as
 * `st` found it: its descriptor, and where its two documents are in it. -1 otherwise. */
static int open_entry(const char *dir, const char *path, const struct stat *st, off_t *light_at,
                      size_t *light_len, off_t *whole_at, size_t *whole_len)
{
    char abs[PATH_MAX], file[PATH_MAX + 64];
    if (!dir || !*dir || !drill_file_realpath(path, abs) ||
        !cache_path(file, sizeof file, dir, abs))
        return -1;
    int fd = open(file, O_RDONLY | O_CLOEXEC | O_NONBLOCK); /* a FIFO in its place: no wait */
    struct stat fs;
    size_t alen = strlen(abs), head = 16 + sizeof(struct key) + alen + 8;
    /* a document takes about one and a half times its text, twice over with the light one:
     * more is no cache file of ours */
    if (fd < 0 || fstat(fd, &fs) != 0 || !S_ISREG(fs.st_mode) || (size_t)fs.st_size < head ||
        (size_t)fs.st_size > 8 * (size_t)DRILL_MAX_BANK_BYTES + head) {
        if (fd >= 0)
            close(fd);
        return -1;
    }
    char *h = read_at(fd, 0, head);
    if (h && memcmp(h, CACHE_MAGIC, 16) == 0) {
        struct key want, have;
        uint64_t light;
        key_of(&want, st, alen);
        memcpy(&have, h + 16, sizeof have);
        memcpy(&light, h + head - 8, 8);
        size_t rest = (size_t)fs.st_size - head;
        if (memcmp(&have, &want, sizeof want) == 0 &&
            memcmp(h + 16 + sizeof have, abs, alen) == 0 && light <= rest) {
            drill_mem_free(h);
            *light_at = (off_t)head;
            *light_len = (size_t)light;
            *whole_at = (off_t)(head + light);
            *whole_len = rest - (size_t)light;
            return fd;
        }
    }
    drill_mem_free(h);
    close(fd);
    return -1;
}

struct drill_json *drill_cache_load(const char *dir, const char *path, const struct stat *st)
{
    off_t la, wa;
    size_t ll;
    struct drill_saved whole;
    int fd = open_entry(dir, path, st, &la, &ll, &wa, &whole.len);
    if (fd < 0)
        return NULL;
    whole.fd = fd;
    whole.at = wa;
    return drill_saved_load(&whole);
}

struct drill_json *drill_cache_load_light(const char *dir, const char *path, const struct stat *st,
                                          struct drill_saved *whole)
{
    off_t la, wa;
    size_t ll, wl;
    int fd = open_entry(dir, path, st, &la, &ll, &wa, &wl);
    if (fd < 0)
        return NULL;
    char *b = ll ? read_at(fd, la, ll) : NULL;
    /* the document copies its strings out */
    struct drill_json *doc = b ? drill_json_load(b, ll) : NULL;
    drill_mem_free(b);
    if (!doc) {
        close(fd);
        return NULL;
    }
    *whole = (struct drill_saved){fd, wa, wl};
    return doc;
}

struct drill_json *drill_saved_read(const struct drill_saved *s)
{
    if (s->fd < 0)
        return NULL;
    char *b = read_at(s->fd, s->at, s->len);
    /* the document copies its strings out: keeping the bytes read instead, records and
     * positions too, took 4-5 MiB more at the peak of a batch check */
    struct drill_json *doc = b ? drill_json_load(b, s->len) : NULL;
    drill_mem_free(b);
    return doc;
}

struct drill_json *drill_saved_load(struct drill_saved *s)
{
    struct drill_json *doc = drill_saved_read(s);
    drill_saved_close(s);
    return doc;
}

void drill_saved_close(struct drill_saved *s)
{
    if (s->fd >= 0)
        close(s->fd);
    s->fd = -1;
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
                      const struct drill_json *doc, const char *const *light)
{
    char abs[PATH_MAX], file[PATH_MAX + 64], tmp[PATH_MAX + 96];
    struct timespec now;
    if (!dir || !*dir || clock_gettime(CLOCK_REALTIME, &now) != 0 ||
        now.tv_sec - st->st_mtim.tv_sec < 2 || now.tv_sec - st->st_ctim.tv_sec < 2 ||
        !drill_file_realpath(path, abs) || !cache_path(file, sizeof file, dir, abs))
        return;
    int n = snprintf(tmp, sizeof tmp, "%s.XXXXXX", file);
    if (n <= 0 || (size_t)n >= sizeof tmp || drill_file_make_parent(file) != 0)
        return;
    char *blob, *lblob = NULL;
    size_t blen;
    uint64_t llen = 0;
    if (!drill_json_save(doc, &blob, &blen))
        return;
    size_t ln = 0;
    if (light && !drill_json_save_without(doc, light, &lblob, &ln)) {
        drill_mem_free(blob);
        return;
    }
    llen = ln;
    int fd = mkstemp(tmp);
    if (fd < 0) {
        drill_mem_free(blob);
        drill_mem_free(lblob);
        return;
    }
    struct key k;
    key_of(&k, st, strlen(abs));
    /* no fsync: a file cut short by a crash fails its check and is parsed again */
    int ok = drill_file_write_all(fd, CACHE_MAGIC, 16) == 0 &&
             drill_file_write_all(fd, &k, sizeof k) == 0 &&
             drill_file_write_all(fd, abs, strlen(abs)) == 0 &&
             drill_file_write_all(fd, &llen, 8) == 0 &&
             (!llen || drill_file_write_all(fd, lblob, ln) == 0) &&
             drill_file_write_all(fd, blob, blen) == 0;
    drill_mem_free(blob);
    drill_mem_free(lblob);
    if (close(fd) != 0 || !ok || rename(tmp, file) != 0)
        unlink(tmp);
    else
        prune(dir);
}

/* ------------------------------------------------------------------ memos */

/* A memo file: "drill memo file1" (16 bytes), the u64 fields of struct memo_head, then each
 * record: its key's and its value's length (u32 each), its key's hash (u64: the index is
 * built without hashing every key again; a wrong one only hides its record), the key, the
 * value. */
#define MEMO_MAGIC   "drill memo file1"
#define MEMO_VERSION 2u
#define MEMO_REC     16 /* a record's lengths and hash */
#define MEMO_MAX_ONE ((size_t)16 << 20)

struct memo_head {
    uint64_t version, exe_ino, exe_size, exe_mtime_s, exe_mtime_ns, count;
};

struct memo_rec {
    const char *key, *val;
    uint32_t klen, vlen;
    uint64_t hash;
    int used;  /* read or added by this run */
    int owned; /* added: key and value are one block of ours (else they are in the map) */
};

struct drill_memo {
    char path[PATH_MAX + 64];
    char *map; /* the file as read, or NULL */
    size_t maplen;
    struct memo_rec *rec;
    size_t n, cap, added, added_bytes; /* records, room for them, and what this run added */
    size_t *slot;                      /* open addressing: index + 1 into rec, 0 for none */
    size_t nslot;
    size_t max; /* bytes of records the file holds at most */
    pid_t owner;
    size_t gets;    /* lookups since the file's pages were last let go */
    size_t pending; /* bytes of records added since they were last written */
};

static void memo_head_of(struct memo_head *h, uint64_t count)
{
    struct key k;
    struct stat none = {0};
    key_of(&k, &none, 0);
    memset(h, 0, sizeof *h);
    h->version = MEMO_VERSION;
    h->exe_ino = k.exe_ino;
    h->exe_size = k.exe_size;
    h->exe_mtime_s = k.exe_mtime_s;
    h->exe_mtime_ns = k.exe_mtime_ns;
    h->count = count;
}

/* Room in the index for `want` records: 0, or -1 out of memory. */
static int memo_room(struct drill_memo *m, size_t want)
{
    if (2 * want > m->nslot) {
        size_t ns = m->nslot ? 2 * m->nslot : 1024;
        while (ns < 2 * want)
            ns *= 2;
        size_t *s = calloc(ns, sizeof *s);
        if (!s)
            return -1;
        for (size_t i = 0; i < m->n; i++) {
            size_t j = m->rec[i].hash & (ns - 1);
            while (s[j])
                j = (j + 1) & (ns - 1);
            s[j] = i + 1;
        }
        free(m->slot);
        m->slot = s;
        m->nslot = ns;
    }
    return 0;
}

static int memo_index(struct drill_memo *m, size_t r)
{
    if (memo_room(m, m->n + 1) != 0)
        return -1;
    size_t j = m->rec[r].hash & (m->nslot - 1);
    while (m->slot[j])
        j = (j + 1) & (m->nslot - 1);
    m->slot[j] = r + 1;
    return 0;
}

static struct memo_rec *memo_find(struct drill_memo *m, const void *key, size_t klen, uint64_t h);

static int memo_add(struct drill_memo *m, const char *key, uint32_t klen, const char *val,
                    uint32_t vlen, uint64_t hash)
{
    if (m->n == m->cap) {
        size_t nc = m->cap ? 2 * m->cap : 256;
        struct memo_rec *r = realloc(m->rec, nc * sizeof *r);
        if (!r)
            return -1;
        m->rec = r;
        m->cap = nc;
    }
    struct memo_rec *r = &m->rec[m->n];
    r->key = key;
    r->klen = klen;
    r->val = val;
    r->vlen = vlen;
    r->hash = hash;
    r->used = r->owned = 0;
    if (memo_index(m, m->n) != 0)
        return -1;
    m->n++;
    return 0;
}

/* The memo file at `path` mapped, when it is one of this binary's and whole: its records begin
 * at *at. NULL otherwise. */
static char *memo_map(const char *path, size_t max, size_t *len, size_t *at, uint64_t *count)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK); /* a FIFO in its place: no wait */
    if (fd < 0)
        return NULL;
    struct stat st;
    size_t head = 16 + sizeof(struct memo_head);
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || (size_t)st.st_size < head ||
        (size_t)st.st_size - head > max) {
        close(fd);
        return NULL;
    }
    *len = (size_t)st.st_size;
    char *map = mmap(NULL, *len, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED)
        return NULL;
    struct memo_head want, have;
    memcpy(&have, map + 16, sizeof have);
    memo_head_of(&want, have.count);
    /* every record within the file, and the file ending with the last */
    size_t p = head;
    for (uint64_t i = 0; i < have.count && p != (size_t)-1; i++) {
        uint32_t kl, vl;
        if (*len - p < MEMO_REC) {
            p = (size_t)-1;
            break;
        }
        memcpy(&kl, map + p, 4);
        memcpy(&vl, map + p + 4, 4);
        p = *len - p - MEMO_REC < (size_t)kl + vl ? (size_t)-1 : p + MEMO_REC + kl + vl;
    }
    if (memcmp(map, MEMO_MAGIC, 16) != 0 || memcmp(&have, &want, sizeof want) != 0 || p != *len) {
        munmap(map, *len);
        return NULL;
    }
    *at = head;
    *count = have.count;
    return map;
}

/* Adds the records of a mapped memo file whose keys m does not hold yet. 0, or -1 when out of
 * memory. */
static int memo_take(struct drill_memo *m, const char *map, size_t at, uint64_t count)
{
    if (memo_room(m, m->n + (size_t)count) != 0)
        return -1;
    for (uint64_t i = 0; i < count; i++) {
        uint32_t kl, vl;
        uint64_t h;
        memcpy(&kl, map + at, 4);
        memcpy(&vl, map + at + 4, 4);
        memcpy(&h, map + at + 8, 8);
        at += MEMO_REC;
        if (!memo_find(m, map + at, kl, h) && memo_add(m, map + at, kl, map + at + kl, vl, h) != 0)
            return -1;
        at += (size_t)kl + vl;
    }
    return 0;
}

/* The lookups between two times the mapped file's pages are let go. */
#define MEMO_LET_GO 32

/* Lets the pages of the mapped file go: a lookup reads its record back from the file, which no
 * writer changes (a memo is written anew and renamed over it). A run reads each record once or
 * twice, so a memo of thousands would otherwise stay in memory whole to the end. */
static void memo_let_go(struct drill_memo *m)
{
    m->gets = 0;
    if (m->map)
        (void)madvise(m->map, m->maplen, MADV_DONTNEED); /* only advice: kept when refused */
}

static void memo_forget(struct drill_memo *m)
{
    for (size_t i = 0; i < m->n; i++)
        if (m->rec[i].owned)
            free((char *)m->rec[i].key);
    m->n = m->added = m->added_bytes = 0;
    if (m->slot)
        memset(m->slot, 0, m->nslot * sizeof *m->slot);
    if (m->map)
        munmap(m->map, m->maplen);
    m->map = NULL;
    m->maplen = 0;
}

struct drill_memo *drill_memo_open(const char *dir, const char *name)
{
    return drill_memo_open_max(dir, name, DRILL_MEMO_MAX_BYTES);
}

struct drill_memo *drill_memo_open_max(const char *dir, const char *name, size_t max)
{
    if (!dir || !*dir)
        return NULL;
    struct drill_memo *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->max = max;
    int len = snprintf(m->path, sizeof m->path, "%s/%s.memo", dir, name);
    if (len <= 0 || (size_t)len >= sizeof m->path) {
        free(m);
        return NULL;
    }
    m->owner = getpid();
    size_t at;
    uint64_t count;
    m->map = memo_map(m->path, m->max, &m->maplen, &at, &count);
    if (m->map && memo_take(m, m->map, at, count) != 0)
        memo_forget(m); /* out of memory: a memo begun afresh */
    memo_let_go(m);     /* every page was read to check the file */
    return m;
}

static struct memo_rec *memo_find(struct drill_memo *m, const void *key, size_t klen, uint64_t h)
{
    if (!m || !m->nslot)
        return NULL;
    for (size_t j = h & (m->nslot - 1); m->slot[j]; j = (j + 1) & (m->nslot - 1)) {
        struct memo_rec *r = &m->rec[m->slot[j] - 1];
        if (r->hash == h && r->klen == klen && memcmp(r->key, key, klen) == 0)
            return r;
    }
    return NULL;
}

const char *drill_memo_get(struct drill_memo *m, const void *key, size_t klen, size_t *vlen)
{
    if (m && ++m->gets == MEMO_LET_GO)
        memo_let_go(m);
    struct memo_rec *r = m ? memo_find(m, key, klen, drill_text_hash(key, klen)) : NULL;
    if (!r)
        return NULL;
    r->used = 1;
    *vlen = r->vlen;
    return r->val;
}

static void memo_save(struct drill_memo *m);

/* Writes what this process added to the file (with what others wrote there) and lets its own
 * copies go: a later lookup of one misses, and the value is worked out again (a run asks for
 * each once or twice). What it added still counts against the run's share. */
static void memo_flush(struct drill_memo *m)
{
    memo_save(m);
    size_t k = 0;
    for (size_t i = 0; i < m->n; i++) {
        if (m->rec[i].owned)
            free((char *)m->rec[i].key);
        else
            m->rec[k++] = m->rec[i];
    }
    if (m->slot)
        memset(m->slot, 0, m->nslot * sizeof *m->slot);
    for (m->n = 0; m->n < k; m->n++)
        memo_index(m, m->n); /* the index has room for more than these already */
    m->added = 0;
    m->pending = 0;
}

int drill_memo_put(struct drill_memo *m, const void *key, size_t klen, const void *val, size_t vlen)
{
    if (!m || klen > MEMO_MAX_ONE || vlen > MEMO_MAX_ONE ||
        m->added_bytes + MEMO_REC + klen + vlen > m->max)
        return -1;
    uint64_t h = drill_text_hash(key, klen);
    if (memo_find(m, key, klen, h))
        return 0;
    char *b = malloc(klen + vlen + 1);
    if (!b)
        return -1;
    memcpy(b, key, klen);
    memcpy(b + klen, val, vlen);
    if (memo_add(m, b, (uint32_t)klen, b + klen, (uint32_t)vlen, h) != 0) {
        free(b);
        return -1;
    }
    m->rec[m->n - 1].used = m->rec[m->n - 1].owned = 1;
    m->owner = getpid(); /* a worker that adds writes back what its copy holds */
    m->added++;
    m->added_bytes += MEMO_REC + klen + vlen;
    m->pending += MEMO_REC + klen + vlen;
    if (m->pending >= DRILL_MEMO_FLUSH_BYTES)
        memo_flush(m);
    return 0;
}

/* Buffered writing, as a record at a time would be a system call each; `err` once a write
 * failed. */
struct wbuf {
    int fd, err;
    char *buf;
    size_t cap, len;
};

static void wb_flush(struct wbuf *w)
{
    if (!w->err && w->len && drill_file_write_all(w->fd, w->buf, w->len) != 0)
        w->err = 1;
    w->len = 0;
}

static void wb_put(struct wbuf *w, const void *p, size_t n)
{
    if (w->len + n > w->cap)
        wb_flush(w);
    if (n > w->cap) {
        if (!w->err && drill_file_write_all(w->fd, p, n) != 0)
            w->err = 1;
        return;
    }
    memcpy(w->buf + w->len, p, n);
    w->len += n;
}

static void wb_record(struct wbuf *w, uint32_t klen, uint32_t vlen, uint64_t hash, const char *key,
                      const char *val)
{
    wb_put(w, &klen, 4);
    wb_put(w, &vlen, 4);
    wb_put(w, &hash, 8);
    wb_put(w, key, klen);
    wb_put(w, val, vlen);
}

/* Buffered reading of a memo file, for the records another process wrote. */
struct rbuf {
    int fd;
    char *buf;
    size_t cap, at, len;
};

/* Makes n bytes (at most the buffer's size) readable at r->buf + r->at: 0, or -1 when the
 * file ends first. */
static int rb_need(struct rbuf *r, size_t n)
{
    if (r->len - r->at >= n)
        return 0;
    memmove(r->buf, r->buf + r->at, r->len - r->at);
    r->len -= r->at;
    r->at = 0;
    while (r->len < n) {
        ssize_t k = read(r->fd, r->buf + r->len, r->cap - r->len);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return -1;
        r->len += (size_t)k;
    }
    return 0;
}

/* The next n bytes: in the buffer, or in a block of their own (*own, to free) when they are
 * more than it holds. NULL when the file ends first or memory runs out. */
static const char *rb_take(struct rbuf *r, size_t n, char **own)
{
    *own = NULL;
    if (n <= r->cap) {
        if (rb_need(r, n) != 0)
            return NULL;
        r->at += n;
        return r->buf + r->at - n;
    }
    char *b = malloc(n);
    if (!b)
        return NULL;
    size_t have = r->len - r->at;
    memcpy(b, r->buf + r->at, have);
    r->at = r->len = 0;
    while (have < n) {
        ssize_t k = read(r->fd, b + have, n - have);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0) {
            free(b);
            return NULL;
        }
        have += (size_t)k;
    }
    *own = b;
    return b;
}

/* Reading the memo file another process wrote, when it is one of this binary's: its record
 * count, with r ready at the first record. -1 otherwise. */
static int rb_open(struct rbuf *r, const struct drill_memo *m, uint64_t *count)
{
    struct stat st;
    size_t head = 16 + sizeof(struct memo_head);
    if (r->fd < 0 || fstat(r->fd, &st) != 0 || !S_ISREG(st.st_mode) || (size_t)st.st_size < head ||
        (size_t)st.st_size - head > m->max || rb_need(r, head) != 0)
        return -1;
    struct memo_head want, have;
    memcpy(&have, r->buf + 16, sizeof have);
    memo_head_of(&want, have.count);
    if (memcmp(r->buf, MEMO_MAGIC, 16) != 0 || memcmp(&have, &want, sizeof want) != 0)
        return -1;
    r->at = head;
    *count = have.count;
    return 0;
}

/* Writes m to a temporary file and renames it over the memo file: the records this run read
 * or added, then the others it holds, then those of the file as another process left it
 * (`rfd`, or -1) that m does not hold, while the file stays within its most. The other
 * process's file is read through a small buffer, not mapped: its records are written out
 * without being kept. */
static void memo_write_file(struct drill_memo *m, char *tmp, int rfd)
{
    struct wbuf w = {.cap = (size_t)64 << 10};
    struct rbuf r = {.fd = rfd, .cap = (size_t)64 << 10};
    w.buf = malloc(w.cap);
    r.buf = rfd >= 0 ? malloc(r.cap) : NULL;
    w.fd = w.buf && (rfd < 0 || r.buf) ? mkstemp(tmp) : -1;
    if (w.fd < 0) {
        free(w.buf);
        free(r.buf);
        return;
    }
    struct memo_head h;
    memo_head_of(&h, 0);
    wb_put(&w, MEMO_MAGIC, 16);
    wb_put(&w, &h, sizeof h);
    uint64_t count = 0, others;
    size_t total = 0;
    for (int used = 1; used >= 0; used--)
        for (size_t i = 0; i < m->n; i++) {
            const struct memo_rec *rec = &m->rec[i];
            size_t need = MEMO_REC + (size_t)rec->klen + rec->vlen;
            if (!rec->used != !used || total + need > m->max)
                continue;
            total += need;
            count++;
            wb_record(&w, rec->klen, rec->vlen, rec->hash, rec->key, rec->val);
        }
    /* a file cut short or damaged gives the records before the damage */
    if (rfd >= 0 && rb_open(&r, m, &others) == 0)
        for (uint64_t i = 0; i < others && !w.err && rb_need(&r, MEMO_REC) == 0; i++) {
            uint32_t kl, vl;
            uint64_t hash;
            memcpy(&kl, r.buf + r.at, 4);
            memcpy(&vl, r.buf + r.at + 4, 4);
            memcpy(&hash, r.buf + r.at + 8, 8);
            r.at += MEMO_REC;
            size_t need = MEMO_REC + (size_t)kl + vl;
            char *own;
            const char *kv = need - MEMO_REC <= m->max ? rb_take(&r, need - MEMO_REC, &own) : NULL;
            if (!kv)
                break;
            if (total + need <= m->max && !memo_find(m, kv, kl, hash)) {
                total += need;
                count++;
                wb_record(&w, kl, vl, hash, kv, kv + kl);
            }
            free(own);
        }
    wb_flush(&w);
    free(w.buf);
    free(r.buf);
    h.count = count;
    if (!w.err && pwrite(w.fd, &h, sizeof h, 16) != (ssize_t)sizeof h)
        w.err = 1;
    /* no fsync: a file cut short by a crash fails its check and the memo begins afresh */
    if (close(w.fd) != 0 || w.err || rename(tmp, m->path) != 0)
        unlink(tmp);
}

/* Writes the memo, with what another process (a worker beside this one) wrote to the file
 * since this one read it, under a lock that keeps two from writing at once. */
static void memo_save(struct drill_memo *m)
{
    char tmp[PATH_MAX + 96], lock[PATH_MAX + 96];
    int n = snprintf(tmp, sizeof tmp, "%s.XXXXXX", m->path);
    int nl = snprintf(lock, sizeof lock, "%s.lock", m->path);
    if (n <= 0 || (size_t)n >= sizeof tmp || nl <= 0 || (size_t)nl >= sizeof lock ||
        drill_file_make_parent(m->path) != 0)
        return;
    int lfd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lfd < 0)
        return;
    if (flock(lfd, LOCK_EX) != 0) {
        close(lfd);
        return;
    }
    int rfd = open(m->path, O_RDONLY | O_CLOEXEC | O_NONBLOCK); /* a FIFO in its place: no wait */
    memo_write_file(m, tmp, rfd);
    if (rfd >= 0)
        close(rfd);
    close(lfd); /* the lock goes with it */
}

void drill_memo_close(struct drill_memo *m)
{
    if (!m)
        return;
    if (m->added && m->owner == getpid())
        memo_save(m);
    memo_forget(m);
    free(m->rec);
    free(m->slot);
    free(m);
}
