/* Question banks: JSON files validated against bank format v1 (docs/banks.md),
 * indexed by question id across every loaded file. */
#ifndef DRILL_BANK_H
#define DRILL_BANK_H

#include <cjson/cJSON.h>
#include <stddef.h>
#include <stdint.h>

#include "diag.h"

struct drill_bankset;

enum {
    /* Also compile every rubric pattern and reject those that fail to
     * compile or can match the empty string (lint does; a drill compiles
     * lazily). */
    DRILL_BANK_CHECK_PATTERNS = 1,
};

#define DRILL_BANK_FORMAT_VERSION 2

struct drill_question {
    const cJSON *node;  /* the question object, owned by the set */
    const char *id;     /* owned by the set */
    size_t bank;        /* index of its bank file */
    const char *parent; /* id of the question whose followups hold it inline, or NULL */
    unsigned line, col; /* where the question object starts */
};

struct drill_bankfile {
    const char *path;
    const char *bank; /* the "bank" name */
    const char *title;
    const cJSON *root;
    size_t nquestions; /* top-level questions */
};

struct drill_bankset *drill_bankset_new(int flags);
void drill_bankset_free(struct drill_bankset *set);

/* Asked before the set opens a file or directory, with the path it would
 * open: 1 to go on, 0 to refuse. A refused file is reported as an error
 * that names it (exit status 66) and is never read, so nothing of it is
 * quoted in a diagnostic. `ud` is passed through. */
typedef int (*drill_bank_allow_fn)(const char *path, void *ud);

/* Installs the check for every later drill_bankset_add (NULL: no check).
 * Every entry a directory walk finds goes through it too, so a symlink in
 * a directory cannot lead the walk out of where the caller allows. */
void drill_bankset_set_allow(struct drill_bankset *set, drill_bank_allow_fn allow, void *ud);

/* Keeps each bank file's parsed document in the directory `dir` (cache.h), made if need be,
 * and reads it back on later loads while the file is unchanged; NULL or "" for none (the
 * default). Only a file without errors is kept, and one read back is checked again only for
 * what may clash with other files (question ids, its bank name), unless the set compiles
 * patterns too (DRILL_BANK_CHECK_PATTERNS). Returns 0, or -1 out of memory. */
int drill_bankset_set_cache(struct drill_bankset *set, const char *dir);

/* Loads one bank file, or every *.json file in a directory (in name order).
 * Adds diagnostics for every problem found (up to DRILL_DIAG_MAX) and returns
 * DRILL_OK or the exit status (65 bad data, 66 missing). A file with errors
 * contributes no questions. */
int drill_bankset_add(struct drill_bankset *set, const char *path, struct drill_diags *d);

/* Checks what needs every file loaded: followup ids resolve and chains do
 * not loop. Returns DRILL_OK or DRILL_EXIT_DATA. */
int drill_bankset_finish(struct drill_bankset *set, struct drill_diags *d);

/* A file read back from the cache comes as a light document at first: every question with
 * its place, id, followups and what a listing shows, without its answer, rubric, stages and
 * steps, or the bank's thesaurus. This reads the whole documents of such files and points
 * every question, and each file's root, at them; pointers taken before into the light ones no
 * longer hold. Does nothing for a set read whole. A saved document that cannot be read is
 * parsed again from its bank file. Returns 0, or -1 when memory runs out or a bank file no
 * longer holds the questions it held when it was read. */
int drill_bankset_whole(struct drill_bankset *set);
/* The same for bank file i alone. */
int drill_bankset_whole_file(struct drill_bankset *set, size_t i);
/* Lets the whole document of bank file i go, back to the light one, where it was read from the
 * cache: for a caller that has taken from it all it needs (drill.bank makes a Lua table of every
 * question of a file, then lets its document go). Pointers taken into the whole document no
 * longer hold; drill_bankset_whole_file reads it again. Returns 1 when it was let go, 0 when
 * there was nothing to let go (the file was read whole from the start, or is light). */
int drill_bankset_let_go(struct drill_bankset *set, size_t i);
/* The questions of bank file i, inline followups included, each right after the question that
 * holds it: the first, and their number in *n. */
const struct drill_question *drill_bankset_of_file(const struct drill_bankset *set, size_t i,
                                                   size_t *n);

/* What the set's files were when read, as one number: each file's path, device, inode, size,
 * and modification and change times, in load order. 0, or -1 when the set has no cache
 * directory or a file had changed within two seconds of being read (its times may not show
 * a change made since, as the bank cache holds too). */
int drill_bankset_stamp(const struct drill_bankset *set, uint64_t *stamp);

size_t drill_bankset_nfiles(const struct drill_bankset *set);
const struct drill_bankfile *drill_bankset_file(const struct drill_bankset *set, size_t i);

/* Where `node`, a value in the tree of bank file `file`, starts: 1-based line and column, or
 * its key's when `key` is set and it is an object member (see drill_json_pos). Returns 0 when
 * `node` is not part of that file. For tools that point at a part of a question (lint). */
int drill_bankset_pos(const struct drill_bankset *set, size_t file, const cJSON *node, int key,
                      unsigned *line, unsigned *col);

/* Top-level questions in load order (inline followups are not among them). */
size_t drill_bankset_count(const struct drill_bankset *set);
const struct drill_question *drill_bankset_question(const struct drill_bankset *set, size_t i);

/* Any question by id, inline followups included; NULL if unknown. */
const struct drill_question *drill_bankset_find(const struct drill_bankset *set, const char *id);

/* The closest known id to `id` by edit distance, or NULL if none is close. */
const char *drill_bankset_suggest(const struct drill_bankset *set, const char *id);

#endif
