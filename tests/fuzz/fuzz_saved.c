/* libFuzzer harness: saved documents (drill_json_load), as a cache file holds them. The input
 * gets its check appended, so what is fuzzed is the reading of saved bytes that pass it: a
 * cache file written by someone else, or damaged in a way the check misses. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned char *buf = malloc(size + 8);
    if (!buf)
        abort();
    memcpy(buf, data, size);
    uint64_t check = drill_json_saved_check(buf, size);
    memcpy(buf + size, &check, 8);
    struct drill_json *doc = drill_json_load((const char *)buf, size + 8);
    free(buf);
    if (!doc)
        return 0;
    /* what loads is a document: saved again, whole or without some keys, it loads again */
    static const char *const skip[] = {"answer", "rubric", "a", "", NULL};
    for (int light = 0; light < 2; light++) {
        char *again;
        size_t len;
        if (!drill_json_save_without(doc, light ? skip : NULL, &again, &len))
            abort();
        struct drill_json *back = drill_json_load(again, len);
        if (!back)
            abort();
        drill_json_free(back);
        drill_mem_free(again);
    }
    drill_json_free(doc);
    return 0;
}
