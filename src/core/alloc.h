/* Accounting for memory the core allocates on a plugin's behalf (parsed JSON,
 * compiled regexes, vocabularies, indexes), so the sandbox's memory cap
 * counts it as it counts the Lua heap. */
#ifndef DRILL_ALLOC_H
#define DRILL_ALLOC_H

#include <stddef.h>

/* Asked before every allocation that grows the accounted total, with the
 * number of bytes wanted (delta > 0), and told after every release
 * (delta < 0). Returns 1 to allow, 0 to refuse (the allocation then fails
 * as out of memory). Called only from the thread that allocates. */
typedef int (*drill_mem_charge_fn)(void *ud, long long delta);

/* Installs the process-wide charge hook (NULL removes it: every allocation
 * is then allowed). The host installs one that shares the Lua state's cap. */
void drill_mem_set_hook(drill_mem_charge_fn charge, void *ud);

/* malloc, calloc, realloc, free and strdup with the same contracts, charged
 * through the hook. Memory from these must be released with drill_mem_free
 * (never free), and memory from malloc never with drill_mem_free. */
void *drill_mem_malloc(size_t n);
void *drill_mem_calloc(size_t count, size_t size);
void *drill_mem_realloc(void *p, size_t n);
void drill_mem_free(void *p);
char *drill_mem_strdup(const char *s);

/* Bytes currently held through drill_mem_* (for tests and reports). */
size_t drill_mem_in_use(void);

#endif
