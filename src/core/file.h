/* Reading whole files under the size limit, with errors that name the file. */
#ifndef DRILL_FILE_H
#define DRILL_FILE_H

#include <stddef.h>

#include "diag.h"

/* Reads `path` into a NUL-terminated buffer the caller frees. Files over
 * `max` bytes, directories and unreadable files are errors (66 when the file
 * is missing, 65 when it is too big). Returns DRILL_OK or the exit status. */
int drill_file_read(const char *path, size_t max, char **out, size_t *len, struct drill_diags *d);

/* As drill_file_read, but the buffer comes from drill_mem_* (alloc.h), so it
 * counts against the memory cap while it is held; the caller releases it
 * with drill_mem_free (never free). For files read on a plugin's behalf
 * (banks, answer files, drill.fs): a refused allocation is DRILL_EXIT_INTERNAL
 * with "out of memory". */
int drill_file_read_charged(const char *path, size_t max, char **out, size_t *len,
                            struct drill_diags *d);

/* Writes `data` to a temporary file beside `path` and renames it over
 * `path`, so a reader never sees a half-written file; the temporary file is
 * made with mkstemp (PATH.drill-XXXXXX). Returns 0 or -1 with
 * errno set. */
int drill_file_write_atomic(const char *path, const char *data, size_t len);

/* write(2) until all `n` bytes are written, through EINTR. Returns 0, or -1 with errno set. */
int drill_file_write_all(int fd, const void *buf, size_t n);

/* mkdir -p for the directory part of `path`, each directory made private to the user (0700).
 * Returns 0, or -1 with errno set. */
int drill_file_make_parent(const char *path);

/* $ENV/rest when the environment variable `env` (XDG_STATE_HOME, XDG_CACHE_HOME) holds an
 * absolute path, else $HOME/fallback/rest, as the XDG base directory spec has it. Writes it to
 * buf and returns 0, or -1 when HOME is unset too or buf is too small. */
int drill_file_xdg_path(char *buf, size_t cap, const char *env, const char *fallback,
                        const char *rest);

/* 1 if path names a directory. */
int drill_file_is_dir(const char *path);

/* As realpath(path, out) (out holds PATH_MAX bytes): the absolute path with no symbolic link,
 * "." or ".." in it, or NULL with errno set. The directories of paths are resolved once a
 * process and remembered, so a file in a directory seen before takes one lstat where realpath
 * reads every component of its path again. */
char *drill_file_realpath(const char *path, char *out);

#endif
