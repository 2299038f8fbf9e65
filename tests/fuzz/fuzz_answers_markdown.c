/* libFuzzer harness: Markdown answer files (answers.c), with the parser's promises checked. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "answers.h"
#include "drill_limits.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    struct drill_answers a;
    drill_answers_init(&a);
    if (drill_answers_markdown(s, size, &a) != 0)
        abort(); /* only memory can fail, and the fuzzer's limit is far above an input's needs */
    unsigned lines = 1;
    for (size_t i = 0; i < size; i++)
        lines += s[i] == '\n' || (s[i] == '\r' && (i + 1 == size || s[i + 1] != '\n'));
    unsigned last = 0;
    for (size_t i = 0; i < a.n; i++) {
        const struct drill_answer *e = &a.entries[i];
        /* in document order, on a line that exists, whole characters, trimmed, within limits */
        if (e->line < 1 || e->line > lines || e->line <= last)
            abort();
        last = e->line;
        if (e->idlen == 0 || e->idlen > DRILL_MAX_ID_BYTES || e->len > DRILL_MAX_ANSWER_BYTES)
            abort();
        if (e->text[e->len] != '\0' || !drill_utf8_valid(e->text, e->len, NULL))
            abort();
        if (e->len && (e->text[0] == ' ' || e->text[e->len - 1] == ' ' || e->text[0] == '\n'))
            abort();
        if (memchr(e->id, ' ', e->idlen) || memchr(e->id, '\t', e->idlen))
            abort();
    }
    for (size_t i = 0; i < a.nerrors; i++)
        if (a.errors[i].line > lines || !a.errors[i].message[0])
            abort();
    drill_answers_free(&a);
    drill_answers_free(&a);
    return 0;
}
