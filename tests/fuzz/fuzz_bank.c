/* libFuzzer harness: question banks (bank.c over json.c), loaded as lint loads them. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "bank.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The loader reads files by path (with its size limit and errors that name
 * the file), so each input becomes the content of one in-memory file. */
static int fd = -1;
static char path[64];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (fd < 0) {
        fd = memfd_create("bank.json", 0);
        if (fd < 0)
            abort();
        snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    }
    if (ftruncate(fd, 0) != 0 || (size && pwrite(fd, data, size, 0) != (ssize_t)size))
        abort();
    struct drill_bankset *set = drill_bankset_new(DRILL_BANK_CHECK_PATTERNS);
    if (!set)
        abort();
    struct drill_diags d;
    drill_diags_init(&d);
    int st = drill_bankset_add(set, path, &d);
    if (st == DRILL_OK)
        st = drill_bankset_finish(set, &d);
    if ((st == DRILL_OK) != (d.n == 0 && d.dropped == 0))
        abort(); /* a failure always says why, and a success says nothing */
    /* everything it indexed can be found again by id */
    for (size_t i = 0; i < drill_bankset_count(set); i++) {
        const struct drill_question *q = drill_bankset_question(set, i);
        if (drill_bankset_find(set, q->id) == NULL)
            abort();
    }
    drill_bankset_free(set);
    return 0;
}
