/* Accounting for memory the core allocates on a plugin's behalf (parsed JSON,
 * compiled regexes, vocabularies, indexes), so the sandbox's memory cap
 * counts it as it counts the Lua heap. */
#ifndef DRILL_ALLOC_H
#define DRILL_ALLOC_H

#include <stddef.h>

/* Asked before every allocation that grows the accounted total, with the
 * number of bytes wanted (delta > 0), and told after every release
 * (delta < 0). Returns 1 to allow, 0 to refuse (the allocation then fails
 * as out of memory). Called from the thread that allocates, which for the
 * host is the thread running the Lua state; a hook shared with other threads
 * must be thread-safe itself. The bytes counted include a small header per
 * block, so they are what the block really costs. */
typedef int (*drill_mem_charge_fn)(void *ud, long long delta);

/* Installs the process-wide charge hook (NULL removes it: every allocation
 * is then allowed). The host installs one that shares the Lua state's cap,
 * at start-up before any other thread allocates. A hook is only ever told
 * of releases of blocks it was asked about: blocks allocated before it was
 * installed (or under an earlier hook) are released without telling it, so
 * its count never goes below what it allowed. */
void drill_mem_set_hook(drill_mem_charge_fn charge, void *ud);

/* malloc, calloc, realloc, free and strdup with the same contracts, charged
 * through the hook. Memory from these must be released with drill_mem_free
 * (never free), and memory from malloc never with drill_mem_free. A refused
 * or failed allocation returns NULL with errno set to ENOMEM; a refused
 * realloc leaves the block as it was. drill_mem_realloc(p, 0) frees p and
 * returns NULL. */
void *drill_mem_malloc(size_t n);
void *drill_mem_calloc(size_t count, size_t size);
void *drill_mem_realloc(void *p, size_t n);
void drill_mem_free(void *p);
char *drill_mem_strdup(const char *s);

/* Charges `extra` more bytes to block `p` (from drill_mem_*), for memory
 * that belongs with the block but is not allocated through these functions
 * (PCRE2 maps a regex's JIT code itself). They are released with the block.
 * Returns 1, or 0 when the hook refuses (nothing changes). */
int drill_mem_account(void *p, size_t extra);

/* From now on drill_mem_free and drill_mem_realloc(p, 0) give nothing back: the process
 * is about to exit, and the system takes the memory back at once, where freeing every
 * block took a large run tens of milliseconds. Returns 1, or 0 in sanitizer builds, which
 * go on freeing (their leak check sees every block). */
int drill_mem_leave(void);

/* Bytes currently held through drill_mem_* (for tests and reports). */
size_t drill_mem_in_use(void);

#endif
