/* Reading and rewriting the source of rubric patterns (PCRE2 syntax):
 * widening a pattern through a thesaurus, deriving its contrasts from swap
 * pairs, and finding the literals one of which every match must contain.
 * docs/banks.md, "Rubric format v2", says what each does for an author. */
#ifndef DRILL_RXSRC_H
#define DRILL_RXSRC_H

#include <stddef.h>

/* Groups of phrases that say the same thing, and pairs of phrases that a
 * confused answer swaps. Phrases are lower case. */
struct drill_lexicon;

struct drill_lexicon *drill_lexicon_new(void);
void drill_lexicon_free(struct drill_lexicon *lex);

/* Adds a group of n phrases that say the same thing: 0, or -1 out of memory. */
int drill_lexicon_group(struct drill_lexicon *lex, const char *const *phrases, size_t n);

/* Adds a swap: `from`, said instead of `to`... both directions are added by
 * the caller. 0, or -1 out of memory. */
int drill_lexicon_swap(struct drill_lexicon *lex, const char *from, const char *to);

/* Every group and swap added to the lexicon, in order, as `*len` bytes: two lexicons with the
 * same text widen and swap alike, as what they do depends on nothing else. */
const char *drill_lexicon_text(const struct drill_lexicon *lex, size_t *len);

/* A NUL-terminated string list; free with drill_rx_free_list. */
struct drill_rx_list {
    char **items;
    size_t n, cap; /* cap: room in items (a zeroed list is empty) */
};
void drill_rx_free_list(struct drill_rx_list *l);

/* The pattern widened: each whole word or phrase of a group becomes an
 * alternation of the group's members, and each whole word of four or more
 * letters also matches its -s/-es form. A word followed by a quantifier, or
 * inside a character class, is left alone. Returns a NUL-terminated string
 * from drill_mem_* (the caller frees it with drill_mem_free), or NULL when
 * out of memory; a pattern this reader does not follow (\Q...\E, (?x),
 * verbs) comes back unchanged. What a phrase widens to is kept in the
 * lexicon, made anew when a group is added. */
char *drill_rx_widen(struct drill_lexicon *lex, const char *src, size_t len);

/* The patterns that swap one pair at a time (every occurrence of one side
 * becomes its partner), skipping a pair whose both sides occur. 0, or -1
 * out of memory. */
int drill_rx_swapped(const struct drill_lexicon *lex, const char *src, size_t len,
                     struct drill_rx_list *out);

/* The literals every match of the (case-insensitive) pattern contains: sets
 * of lower-case ASCII literals of three or more bytes, separated by an empty
 * string; a match contains one literal of every set. An empty list when none
 * is known. 0, or -1 out of memory. */
int drill_rx_literals(const char *src, size_t len, struct drill_rx_list *out);

/* The literals one of which every match of the (case-insensitive) pattern
 * starts with: lower-case ASCII and symbols that have no case, at most 24,
 * none a single letter or space. An empty list when they are not known. 0,
 * or -1 out of memory. */
int drill_rx_prefixes(const char *src, size_t len, struct drill_rx_list *out);

/* The pattern with each tempered gap, (?:(?!ALTS)[^...]), made cheaper to run: a character that
 * none of ALTS can start with is taken without trying them, (?>[^...F]|(?!ALTS)[^...]), where
 * F are the first characters of ALTS. The group is atomic: both branches take the one
 * character, so nothing is lost by not trying the other on the way back, and a match that fails
 * does not try both at every character. It matches what the pattern matches, where it does.
 * 1 with *out a NUL-terminated string from drill_mem_* (free with drill_mem_free), 0 when
 * there is nothing to rewrite (or a gap whose ALTS' first characters are not known), -1 out
 * of memory. */
int drill_rx_tempered(const char *src, size_t len, char **out);

/* The stops, '.' (DRILL_RX_DOT) and ';' (DRILL_RX_SEMI), that no match of the pattern holds:
 * none of the characters it takes can be one (lookarounds take none). A match that starts at s
 * ends before the first of them after s, and so do the literals it holds (drill_rx_literals).
 * 0 when none is sure (or the pattern is not known), -1 out of memory. */
enum { DRILL_RX_DOT = 1, DRILL_RX_SEMI = 2 };
int drill_rx_untaken(const char *src, size_t len);

/* The pattern with its negative lookarounds, (?!...) and (?<!...), each left out for a space:
 * the words a match may not hold are no words it says. A NUL-terminated string from
 * drill_mem_* to free with drill_mem_free, or NULL when out of memory; a pattern this reader
 * does not follow comes back as it is. */
char *drill_rx_unlooked(const char *src, size_t len);

/* The pattern with each long lookahead, (?!ALTS) or (?=ALTS), inside a group with a bound of
 * five or more ({0,5}, {5,}) made a call, (?!(?&drill_look1)), of one definition of ALTS at
 * the pattern's end: PCRE2 copies a group's code once per repeat of its bound, ALTS with it,
 * where a call is a few bytes. It matches what the pattern matches, where it does. 1 with *out
 * a NUL-terminated string from drill_mem_* (free with drill_mem_free), 0 when there is nothing
 * to rewrite (or the pattern has inline options, named groups or references), -1 out of
 * memory. */
int drill_rx_called_looks(const char *src, size_t len, char **out);

#endif
