/* Text primitives: UTF-8 validation, normalisation, words, edit distance. */
#ifndef DRILL_TEXT_H
#define DRILL_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* Length of the well-formed UTF-8 sequence at `s` (1–4), or 0 if the bytes
 * there are not one (overlong forms, surrogates and code points past
 * U+10FFFF are rejected). */
size_t drill_utf8_seqlen(const char *s, size_t n);

/* 1 if `s` is valid UTF-8; else 0, with the offset of the first bad byte in
 * `*bad` when `bad` is not NULL. */
int drill_utf8_valid(const char *s, size_t n, size_t *bad);

/* Decodes the code point at s[*i] (valid UTF-8 assumed; a bad byte decodes
 * as itself) and advances *i. */
uint32_t drill_utf8_next(const char *s, size_t n, size_t *i);

/* Number of code points in valid UTF-8 text. */
size_t drill_utf8_length(const char *s, size_t n);

/* Writes code point cp (at most U+10FFFF) as UTF-8 to out, which has room
 * for 4 bytes; returns the bytes written. */
size_t drill_utf8_put(char *out, uint32_t cp);

enum {
    DRILL_NORM_LOWER = 1,   /* fold case (ASCII, Latin-1, Greek) */
    DRILL_NORM_UNQUOTE = 2, /* drop opening quotation marks (not apostrophes or primes) */
};

/* Writes the normalised form of valid UTF-8 `s` to `out`, which must hold at
 * least `n` + 1 bytes (normalising never lengthens text): typographic quotes
 * become ASCII quotes, dashes and the minus sign '-', U+00D7 '*', zero-width
 * characters vanish, runs of white space (Unicode included) become one space
 * and the ends are trimmed. Returns the length written; out is NUL-terminated. */
size_t drill_text_normalize(const char *s, size_t n, char *out, int flags);

/* Reads the TeX in `s` (an answer typed with LaTeX fragments) as plain text says it, so that
 * what is matched against plain-text patterns is one way of writing maths: \sqrt{d_k} is
 * "sqrt(d_k)", \frac{a}{b} "a/b" ("(a+b)/(c)" where a part is no single term), x_{ij} "x_ij"
 * and x^{n-1} "x^(n-1)", \hat{y} "y_hat" (\bar, \tilde alike), \mathbb{E} "E", \text{Var}
 * "Var", \sigma "sigma" (any other control word its name), \le "<=", \to "->", \cdot and
 * \times "*", \| "||", \partial "∂", \nabla "∇"; \left, \right and sizes vanish, and spacing
 * commands are a space. Text without a backslash, "_{" or "^{" comes out unchanged. Writes to
 * `out`, which holds `cap` bytes; returns the length written, or (size_t)-1 when it would not
 * fit (2 n + 16 always does). No NUL is written. */
size_t drill_text_tex(const char *s, size_t n, char *out, size_t cap);

/* Drops what normalised text `t` takes back in passing, as a listener does: a phrase followed by
 * a correction ("y minus p, sorry, p minus y"; "small k oversmooths, no, other way, small k
 * overfits"; "..., no wait, ...", "..., scratch that, ...", "..., or rather ...", "..., I
 * misspoke, ...") goes, with the correction's words, and what follows stands. The phrase taken
 * back has as many words as what follows the correction up to its clause's end, and starts no
 * earlier than its clause or the verb or connective before it ("is", "=", "when", "and", ...);
 * one that would reach over 100 bytes back is kept, as it is not clear what is taken back. In
 * place; returns the new length, and t stays NUL-terminated. */
size_t drill_text_retract(char *t, size_t n);

/* Wraps valid UTF-8 `s` to lines of at most `width` characters: each line
 * of `s` is a paragraph whose words (runs of bytes other than ASCII white
 * space) are joined by one space and broken greedily, a word longer than
 * `width` standing on a line of its own; every line starts with `indent`.
 * Writes to `out`, or with `out` NULL only counts; returns the bytes (no
 * NUL is written). Never more than n + (n + 1) * (ilen + 1). */
size_t drill_text_wrap(const char *s, size_t n, size_t width, const char *indent, size_t ilen,
                       char *out);

/* The 64-bit FNV-1a hash of s[0..n): a stable fingerprint, not a secure digest. */
uint64_t drill_text_hash(const char *s, size_t n);

/* How a script separates words. Chinese and Japanese put no spaces between
 * words, and finding them needs a dictionary; counting each Han, Hiragana
 * and Katakana character as a word is what word processors do for these
 * scripts and keeps a sentence from being one huge "word". Korean puts
 * spaces between words, so a run of Hangul is a word, but one of its own:
 * "ReLU는" is "ReLU" and "는". */
enum {
    DRILL_SCRIPT_OTHER = 0,
    DRILL_SCRIPT_UNSPACED = 1, /* Han, Hiragana, Katakana: each character is a word */
    DRILL_SCRIPT_HANGUL = 2,
};
int drill_text_script(uint32_t cp);

/* Finds the next word at or after *pos; sets *start and *len and advances
 * *pos past it. Returns 0 when there is none. A word is a run of letters and
 * digits of one kind (see drill_text_script), with apostrophes or hyphens
 * between letters ("don't", "k-means"), or one Han or Kana character. */
int drill_text_next_word(const char *s, size_t n, size_t *pos, size_t *start, size_t *len);

/* Number of words, and of sentences (text ending in . ! or ? followed by
 * white space or the end, or in 。！？ followed by anything, or a final
 * unterminated sentence). */
size_t drill_text_count_words(const char *s, size_t n);
size_t drill_text_count_sentences(const char *s, size_t n);

/* Optimal-string-alignment edit distance between two UTF-8 strings, counted
 * in code points: insertions, deletions, substitutions and transpositions of
 * neighbours. Stops early and returns max + 1 once the distance must exceed
 * `max`. Strings longer than 256 code points return max + 1 unless equal. */
int drill_text_edit_distance(const char *a, size_t an, const char *b, size_t bn, int max);

/* A vocabulary for typo correction: the words a rubric's author wrote. */
struct drill_vocab;

/* Builds a vocabulary from `n` words (UTF-8, already lower-cased), copied
 * into memory charged through drill_mem_* (alloc.h). NULL when out of
 * memory. The caller frees it with drill_vocab_free. */
struct drill_vocab *drill_vocab_new(const char *const *words, const size_t *lens, size_t n);
void drill_vocab_free(struct drill_vocab *v);

/* Typos allowed in a word of `n` characters: 0 below 5, 1 below 8, else 2. */
int drill_typo_budget(size_t n);

/* The fewest characters a word has for drill_typo_budget to allow it an edit. */
#define DRILL_TYPO_MIN_CHARS 5

/* The vocabulary word a word of the answer is a typo of: a word not in the
 * vocabulary within the typo budget of a vocabulary word that starts with
 * the same byte (or with its first two bytes swapped: typos rarely change the
 * first letter). Returns the index of the closest, or -1. `word` is
 * lower-cased UTF-8. */
long drill_vocab_correct(const struct drill_vocab *v, const char *word, size_t len);

/* 1 if `word` (lower-cased UTF-8) is a word of the vocabulary. */
int drill_vocab_has(const struct drill_vocab *v, const char *word, size_t len);

/* The index'th word of the vocabulary. */
const char *drill_vocab_word(const struct drill_vocab *v, size_t index, size_t *len);

#endif
