/* Parsed bank files kept between runs: a cache directory of documents, each read back
 * without parsing while its bank file is unchanged; and memos, what a pure computation gave
 * for each input it was given, kept for the next run. */
#ifndef DRILL_CACHE_H
#define DRILL_CACHE_H

#include <sys/stat.h>

#include "json.h"

/* The cache directory: $DRILL_CACHE when set (empty: none, and -1 is returned), else
 * $XDG_CACHE_HOME/drill when that is an absolute path, else ~/.cache/drill. Writes it to buf
 * and returns 0, or -1 when there is none. */
int drill_cache_default_dir(char *buf, size_t cap);

/* The document saved for the file at `path` (`st`: what stat says of it now), or NULL when
 * none was saved, the file changed since (its device, inode, size, modification or change
 * time differ), another drill binary saved it, or the saved one is damaged. `dir` is the
 * cache directory. */
struct drill_json *drill_cache_load(const char *dir, const char *path, const struct stat *st);

/* Where a document is saved: `len` bytes at `at` of the open cache file `fd` (-1: none). The
 * descriptor keeps the entry read back even when it is written anew meanwhile. */
struct drill_saved {
    int fd;
    off_t at;
    size_t len;
};

/* The light document saved with it (see drill_cache_save), and where the whole one is, in
 * *whole, to be read when needed (drill_saved_load) or let go (drill_saved_close); NULL (and
 * nothing open) when there is no light one, as for drill_cache_load. */
struct drill_json *drill_cache_load_light(const char *dir, const char *path, const struct stat *st,
                                          struct drill_saved *whole);

/* Reads the document back and closes the descriptor: NULL when it is not whole and unchanged,
 * cannot be read, or memory cannot be had. */
struct drill_json *drill_saved_load(struct drill_saved *s);
/* The same, leaving the descriptor open: the document can be read again later. */
struct drill_json *drill_saved_read(const struct drill_saved *s);
void drill_saved_close(struct drill_saved *s);

/* Saves `doc`, parsed from the file at `path` as `st` found it, for drill_cache_load, and with
 * `light` (a NULL-ended list of keys; NULL for none) a light copy of it without the members of
 * those keys, for drill_cache_load_light; quietly
 * does nothing when the directory cannot be made or written, or when the file changed within
 * the last two seconds (a change within the clock's tick could keep its times). A reader
 * never sees a half-written file. The directory keeps at most DRILL_CACHE_MAX_ENTRIES
 * entries: past that, the oldest written are removed (and an unfinished write's file an hour
 * old). */
void drill_cache_save(const char *dir, const char *path, const struct stat *st,
                      const struct drill_json *doc, const char *const *light);

/* A memo: values by key (bytes), read from DIR/NAME.memo when that file was written by this
 * drill binary, and written back at drill_memo_close with what was added (and before, each time
 * a process has added DRILL_MEMO_FLUSH_BYTES: it then holds those no more, and a lookup of one
 * misses until the memo is opened again). Each value is what a computation of this binary gives
 * for its key, and nothing else: a new binary reads no memo an older one wrote. */
struct drill_memo;

/* The memo NAME (letters, digits, '-') in the cache directory `dir`: empty when there is no
 * file, when another binary wrote it, or when it is damaged. NULL when out of memory or when
 * `dir` is NULL or empty (no cache). */
struct drill_memo *drill_memo_open(const char *dir, const char *name);
/* The same, holding at most `max` bytes of records (drill_memo_open: DRILL_MEMO_MAX_BYTES). */
struct drill_memo *drill_memo_open_max(const char *dir, const char *name, size_t max);

/* The value kept for `key` (*vlen bytes, not NUL-terminated; valid until the next drill_memo_put
 * or drill_memo_close), or NULL. */
const char *drill_memo_get(struct drill_memo *m, const void *key, size_t klen, size_t *vlen);

/* Keeps `val` for `key` (a key kept already keeps its value). 0, or -1 when out of memory,
 * the key or value is over 16 MiB, or this run has added as much as the memo holds. */
int drill_memo_put(struct drill_memo *m, const void *key, size_t klen, const void *val,
                   size_t vlen);

/* Writes the memo back when something was added, in the process that added last (a forked
 * worker that adds to the copy it was given writes that copy back), and frees it. The file holds at
 * most the memo's most of records: past that, only the ones this run read or added are written. A
 * reader never sees a half-written file; a directory that cannot be written is passed over without
 * a message. */
void drill_memo_close(struct drill_memo *m);

#endif
