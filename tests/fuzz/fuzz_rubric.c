/* libFuzzer harness: a rubric pattern as a bank author could write it
 * (rxsrc.c widens it, derives its swaps, finds its literals) and the evidence
 * engine reading an answer with it (evidence.c). The input is the pattern, a
 * NUL byte, then the answer. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "evidence.h"
#include "rxsrc.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct drill_lexicon *lexicon(void)
{
    static struct drill_lexicon *lex;
    if (!lex) {
        lex = drill_lexicon_new();
        const char *mean[] = {"mean", "average"};
        const char *sigma[] = {"sigma", "\xcf\x83", "standard deviation"};
        const char *nt[] = {"not", "n't"};
        drill_lexicon_group(lex, mean, 2);
        drill_lexicon_group(lex, sigma, 3);
        drill_lexicon_group(lex, nt, 2);
        drill_lexicon_swap(lex, "short", "long");
        drill_lexicon_swap(lex, "long", "short");
        drill_lexicon_swap(lex, "false positive", "false negative");
    }
    return lex;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    const char *nul = memchr(s, '\0', size);
    size_t plen = nul ? (size_t)(nul - s) : size;
    const char *answer = nul ? nul + 1 : "";
    size_t alen = nul ? size - plen - 1 : 0;
    if (plen > 4096 || !drill_utf8_valid(s, plen, NULL))
        return 0;
    char *w = drill_rx_widen(lexicon(), s, plen);
    if (!w)
        abort();
    struct drill_rx_list sw = {0}, lits = {0};
    if (drill_rx_swapped(lexicon(), s, plen, &sw) < 0 || drill_rx_literals(w, strlen(w), &lits) < 0)
        abort();
    /* literals are lower-case ASCII, three bytes or more */
    for (size_t i = 0; i < lits.n; i++) {
        size_t n = strlen(lits.items[i]);
        if (n < 3)
            abort();
        for (size_t k = 0; k < n; k++)
            if ((unsigned char)lits.items[i][k] >= 0x80 ||
                (lits.items[i][k] >= 'A' && lits.items[i][k] <= 'Z'))
                abort();
    }
    if (drill_utf8_valid(answer, alen, NULL)) {
        struct drill_ev *ev = drill_ev_new();
        char err[300];
        drill_ev_add_item(ev, 0);
        const char *const *l = (const char *const *)lits.items;
        size_t lens[32];
        size_t nl = lits.n < 32 ? lits.n : 0;
        for (size_t i = 0; i < nl; i++)
            lens[i] = strlen(lits.items[i]);
        if (drill_ev_add_pattern(ev, DRILL_EV_SAYS, w, strlen(w), NULL, 0, 0, l, lens, nl, err,
                                 sizeof err) == 0 &&
            drill_ev_add_pattern(ev, DRILL_EV_SUBJECT, "\\bit\\b", 6, NULL, 0, 0, NULL, NULL, 0,
                                 err, sizeof err) == 0) {
            for (size_t i = 0; i < sw.n; i++)
                drill_ev_add_pattern(ev, DRILL_EV_CONTRAST, sw.items[i], strlen(sw.items[i]), NULL,
                                     0, 0, NULL, NULL, 0, err, sizeof err);
            if (drill_ev_run(ev, answer, alen, err, sizeof err) == 0) {
                const struct drill_ev_result *r = drill_ev_concept(ev, 0);
                size_t tn;
                drill_ev_text(ev, &tn);
                if (r->state == DRILL_EV_STATED && (r->hit.end > tn || r->hit.start > r->hit.end))
                    abort();
            }
        }
        drill_ev_free(ev);
    }
    drill_rx_free_list(&sw);
    drill_rx_free_list(&lits);
    drill_mem_free(w);
    return 0;
}
