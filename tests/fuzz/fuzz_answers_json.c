/* libFuzzer harness: JSON answer files (answers.c over json.c), with the parser's promises checked.
 */
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
    if (drill_answers_json(s, size, "fuzz.json", &a) != 0)
        abort();
    unsigned lines = 1;
    for (size_t i = 0; i < size; i++)
        lines += s[i] == '\n';
    for (size_t i = 0; i < a.n; i++) {
        const struct drill_answer *e = &a.entries[i];
        if (e->line < 1 || e->line > lines || e->col < 1 || e->len > DRILL_MAX_ANSWER_BYTES)
            abort();
        if (i > 0 && (e->line < a.entries[i - 1].line ||
                      (e->line == a.entries[i - 1].line && e->col <= a.entries[i - 1].col)))
            abort();
        if (e->text[e->len] != '\0' || !drill_utf8_valid(e->text, e->len, NULL) ||
            !drill_utf8_valid(e->id, e->idlen, NULL))
            abort();
    }
    /* a file that parsed has no errors but wrong-typed answers; one that did not has one error */
    for (size_t i = 0; i < a.nerrors; i++)
        if (a.errors[i].line > lines || !a.errors[i].message[0])
            abort();
    drill_answers_free(&a);
    return 0;
}
