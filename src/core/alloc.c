/* Charged allocation: every block carries its size so releasing it can uncharge the hook. */
#include "alloc.h"

#include <errno.h>
#include <limits.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* What a block records in front of the caller's bytes. `gen` is the hook
 * generation that allowed it (0: none), so a block outlives a hook change
 * without uncharging a hook that never counted it. */
struct block {
    size_t size;    /* the caller's bytes */
    uint32_t extra; /* bytes charged with it but held elsewhere (drill_mem_account) */
    uint32_t gen;
};

/* Padded so the caller's bytes keep malloc's alignment; 16 bytes on the
 * usual 64-bit systems, as a parsed JSON document is many small blocks. */
union header {
    struct block b;
    max_align_t align;
};

#define HDR sizeof(union header)
/* Past this a size cannot be passed to the hook as a positive long long. */
#define MAX_TOTAL ((size_t)LLONG_MAX < SIZE_MAX ? (size_t)LLONG_MAX : SIZE_MAX)

static _Atomic(drill_mem_charge_fn) hook_fn;
static _Atomic(void *) hook_ud;
static atomic_uint hook_gen;
static atomic_size_t in_use;

struct hook {
    drill_mem_charge_fn fn;
    void *ud;
    unsigned gen;
};

static struct hook current(void)
{
    struct hook k;
    k.gen = atomic_load(&hook_gen);
    k.fn = atomic_load(&hook_fn);
    k.ud = atomic_load(&hook_ud);
    return k;
}

void drill_mem_set_hook(drill_mem_charge_fn charge, void *ud)
{
    /* clear first, so a reader never pairs the new function with the old data */
    atomic_store(&hook_fn, NULL);
    atomic_store(&hook_ud, ud);
    unsigned g = atomic_load(&hook_gen) + 1;
    if (g == 0)
        g = 1; /* 0 means "charged to no hook" */
    atomic_store(&hook_gen, g);
    atomic_store(&hook_fn, charge);
}

/* Asks the hook for `total` bytes; sets *gen to the generation that allowed them. */
static int ask(const struct hook *k, size_t total, unsigned *gen)
{
    if (total > MAX_TOTAL)
        return 0;
    if (k->fn && !k->fn(k->ud, (long long)total))
        return 0;
    *gen = k->fn ? k->gen : 0;
    return 1;
}

static void tell(const struct hook *k, unsigned gen, size_t total)
{
    if (k->fn && gen && gen == k->gen)
        k->fn(k->ud, -(long long)total);
}

static void *oom(void)
{
    errno = ENOMEM;
    return NULL;
}

void *drill_mem_malloc(size_t n)
{
    if (n > MAX_TOTAL - HDR)
        return oom();
    struct hook k = current();
    unsigned gen;
    size_t total = HDR + n;
    if (!ask(&k, total, &gen))
        return oom();
    union header *h = malloc(total);
    if (!h) {
        tell(&k, gen, total);
        return oom();
    }
    h->b.size = n;
    h->b.extra = 0;
    h->b.gen = gen;
    atomic_fetch_add(&in_use, total);
    return h + 1;
}

void *drill_mem_calloc(size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        return oom();
    void *p = drill_mem_malloc(count * size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

#if defined(__SANITIZE_ADDRESS__)
#define FREE_AT_EXIT 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FREE_AT_EXIT 1
#endif
#endif
#ifndef FREE_AT_EXIT
#define FREE_AT_EXIT 0
#endif

static int leaving;

int drill_mem_leave(void)
{
    leaving = !FREE_AT_EXIT;
    return leaving;
}

void drill_mem_free(void *p)
{
    if (!p || leaving)
        return;
    union header *h = (union header *)p - 1;
    size_t total = HDR + h->b.size + h->b.extra;
    struct hook k = current();
    atomic_fetch_sub(&in_use, total);
    unsigned gen = h->b.gen;
    free(h);
    tell(&k, gen, total);
}

void *drill_mem_realloc(void *p, size_t n)
{
    if (!p)
        return drill_mem_malloc(n);
    if (n == 0) {
        drill_mem_free(p);
        return NULL;
    }
    union header *h = (union header *)p - 1;
    size_t extra = h->b.extra, oldtotal = HDR + h->b.size + extra;
    if (n > MAX_TOTAL - HDR - extra)
        return oom();
    size_t newtotal = HDR + n + extra;
    struct hook k = current();
    unsigned gen = h->b.gen;
    /* A block the present hook never counted is asked for in full; one it
     * counted, for the growth only. */
    int counted = k.fn && gen == k.gen;
    size_t want = counted ? (newtotal > oldtotal ? newtotal - oldtotal : 0) : newtotal;
    unsigned newgen = gen;
    if (want && !ask(&k, want, &newgen))
        return oom();
    if (!counted)
        newgen = k.fn ? k.gen : 0;
    union header *nh = realloc(h, HDR + n);
    if (!nh) {
        if (want)
            tell(&k, newgen, want);
        return oom();
    }
    if (counted && newtotal < oldtotal)
        tell(&k, newgen, oldtotal - newtotal);
    if (newtotal > oldtotal)
        atomic_fetch_add(&in_use, newtotal - oldtotal);
    else
        atomic_fetch_sub(&in_use, oldtotal - newtotal);
    nh->b.size = n;
    nh->b.gen = newgen;
    return nh + 1;
}

char *drill_mem_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = drill_mem_malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

int drill_mem_account(void *p, size_t extra)
{
    union header *h = (union header *)p - 1;
    size_t held = HDR + h->b.size + h->b.extra;
    if (extra > MAX_TOTAL - held || extra > UINT32_MAX - h->b.extra)
        return 0;
    struct hook k = current();
    int counted = k.fn && h->b.gen == k.gen;
    unsigned gen = h->b.gen;
    if (!ask(&k, counted ? extra : held + extra, &gen))
        return 0;
    h->b.gen = gen;
    h->b.extra += (uint32_t)extra;
    atomic_fetch_add(&in_use, extra);
    return 1;
}

size_t drill_mem_in_use(void)
{
    return atomic_load(&in_use);
}
