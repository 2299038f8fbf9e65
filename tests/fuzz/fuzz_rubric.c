/* libFuzzer harness: a rubric pattern as a bank author could write it
 * (rxsrc.c widens it, derives its swaps, finds its literals) and the evidence
 * engine reading an answer with it (evidence.c). The input is the pattern, a
 * NUL byte, then the answer. */
#define _GNU_SOURCE /* memmem */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "evidence.h"
#include "re.h"
#include "rxsrc.h"
#include "text.h"

/* Patterns w and rw find the same first match in the answer. rw may fail to compile only with
 * a message holding `may_fail` (any message when NULL). */
static void alike(const char *w, const char *rw, const char *answer, size_t alen,
                  const char *may_fail)
{
    char msg[200];
    size_t off;
    struct drill_re *a = drill_re_compile(w, strlen(w), DRILL_RE_CASELESS, msg, sizeof msg, &off);
    struct drill_re *b = drill_re_compile(rw, strlen(rw), DRILL_RE_CASELESS, msg, sizeof msg, &off);
    if (a && !b && may_fail && !strstr(msg, may_fail))
        abort();
    struct drill_re_match ma, mb;
    int ra = a ? drill_re_match(a, answer, alen, 0, 1, &ma, msg, sizeof msg) : -1;
    int rb = b ? drill_re_match(b, answer, alen, 0, 1, &mb, msg, sizeof msg) : -1;
    if (ra >= 0 && rb >= 0 &&
        (ra != rb ||
         (ra == DRILL_RE_MATCHED && (ma.start[0] != mb.start[0] || ma.end[0] != mb.end[0]))))
        abort();
    drill_re_free(a);
    drill_re_free(b);
}

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
    /* literals are lower-case ASCII, three bytes or more, in sets split by "" */
    for (size_t i = 0; i < lits.n; i++) {
        size_t n = strlen(lits.items[i]);
        if (n == 0 ? (i == 0 || i + 1 == lits.n || !lits.items[i - 1][0]) : n < 3)
            abort();
        for (size_t k = 0; k < n; k++)
            if ((unsigned char)lits.items[i][k] >= 0x80 ||
                (lits.items[i][k] >= 'A' && lits.items[i][k] <= 'Z'))
                abort();
    }
    /* and every match holds one literal of every set */
    if (drill_utf8_valid(answer, alen, NULL) && alen < 4096) {
        char msg[200];
        size_t off;
        struct drill_re *re =
            drill_re_compile(w, strlen(w), DRILL_RE_CASELESS, msg, sizeof msg, &off);
        struct drill_re_match m;
        if (re && drill_re_match(re, answer, alen, 0, 1, &m, msg, sizeof msg) == DRILL_RE_MATCHED) {
            char low[4096];
            size_t ml = m.end[0] - m.start[0];
            for (size_t k = 0; k < ml; k++) {
                char c = answer[m.start[0] + k];
                low[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            }
            int ascii_only =
                1; /* caseless non-ASCII (the Kelvin sign for k) turns the filter off */
            for (size_t k = 0; k < alen; k++)
                ascii_only &= (unsigned char)answer[k] < 0x80;
            int all = 1, any = 0;
            for (size_t i = 0; i <= lits.n && ascii_only; i++) {
                if (i == lits.n || !lits.items[i][0]) {
                    all &= any;
                    any = 0;
                } else if (!any) {
                    any = memmem(low, ml, lits.items[i], strlen(lits.items[i])) != NULL;
                }
            }
            if (lits.n && ascii_only && !all)
                abort();
        }
        drill_re_free(re);
    }
    /* no match holds a stop, '.' or ';', the pattern is said never to take */
    int untaken = drill_rx_untaken(w, strlen(w));
    if (untaken < 0)
        abort();
    if (untaken && drill_utf8_valid(answer, alen, NULL) && alen < 4096) {
        char msg[200];
        size_t off;
        struct drill_re *re =
            drill_re_compile(w, strlen(w), DRILL_RE_CASELESS, msg, sizeof msg, &off);
        struct drill_re_match m;
        for (size_t at = 0; re && at <= alen; at++) {
            if (drill_re_match(re, answer, alen, at, 1, &m, msg, sizeof msg) != DRILL_RE_MATCHED)
                break;
            for (size_t k = m.start[0]; k < m.end[0]; k++)
                if (((untaken & DRILL_RX_DOT) && answer[k] == '.') ||
                    ((untaken & DRILL_RX_SEMI) && answer[k] == ';'))
                    abort();
            at = m.start[0];
            while (at + 1 < alen && ((unsigned char)answer[at + 1] & 0xC0) == 0x80)
                at++;
        }
        drill_re_free(re);
    }
    /* a pattern with its tempered gaps rewritten finds what the pattern finds, where it does;
     * the rewritten form may outgrow what PCRE2 compiles (a gap repeated inside a bounded
     * repeat is copied each time): the engine then compiles the pattern as written */
    char *tw;
    if (drill_rx_tempered(w, strlen(w), &tw) < 0)
        abort();
    if (tw && drill_utf8_valid(answer, alen, NULL) && alen < 4096)
        alike(w, tw, answer, alen, "too large");
    /* and so does the tempered form (or the pattern) with its long repeated lookaheads called
     * (drill_rx_called_looks), compared with the pattern as written, since the tempered form
     * may be too large to compile; where the called form does not compile, the engine
     * compiles the pattern as written */
    char *cw;
    if (drill_rx_called_looks(tw ? tw : w, strlen(tw ? tw : w), &cw) < 0)
        abort();
    if (cw && drill_utf8_valid(answer, alen, NULL) && alen < 4096)
        alike(w, cw, answer, alen, NULL);
    drill_mem_free(cw);
    drill_mem_free(tw);
    if (drill_utf8_valid(answer, alen, NULL)) {
        struct drill_ev *ev = drill_ev_new();
        char err[300];
        drill_ev_add_item(ev, 0);
        const char *const *l = (const char *const *)lits.items;
        size_t lens[32];
        size_t nl = lits.n < 32 ? lits.n : 0;
        for (size_t i = 0; i < nl; i++)
            lens[i] = strlen(lits.items[i]);
        if (drill_ev_add_pattern(ev, DRILL_EV_SAYS, w, strlen(w), NULL, 0, 0, l, lens, nl, 0, err,
                                 sizeof err) == 0 &&
            drill_ev_add_pattern(ev, DRILL_EV_SUBJECT, "\\bit\\b", 6, NULL, 0, 0, NULL, NULL, 0,
                                 DRILL_EV_KEEP_PATTERN, err, sizeof err) == 0) {
            for (size_t i = 0; i < sw.n; i++)
                drill_ev_add_pattern(ev, DRILL_EV_CONTRAST, sw.items[i], strlen(sw.items[i]), NULL,
                                     0, 0, NULL, NULL, 0, 0, err, sizeof err);
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
