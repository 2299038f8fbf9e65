/* Parsed bank files kept between runs: a cache directory of documents, each read back
 * without parsing while its bank file is unchanged. */
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

/* Saves `doc`, parsed from the file at `path` as `st` found it, for drill_cache_load; quietly
 * does nothing when the directory cannot be made or written, or when the file changed within
 * the last two seconds (a change within the clock's tick could keep its times). A reader
 * never sees a half-written file. The directory keeps at most DRILL_CACHE_MAX_ENTRIES
 * entries: past that, the oldest written are removed (and an unfinished write's file an hour
 * old). */
void drill_cache_save(const char *dir, const char *path, const struct stat *st,
                      const struct drill_json *doc);

#endif
