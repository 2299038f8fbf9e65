/* Rubric-free answer similarity: Porter stemming, stop words, tf-idf vectors and cosine. */
#ifndef DRILL_SIMILAR_H
#define DRILL_SIMILAR_H

#include <stddef.h>

/* Bytes of a stem or reported surface word, NUL included. Longer words (URLs,
 * pasted hashes) are cut at a UTF-8 boundary to 63 bytes and are not stemmed. */
#define DRILL_SIM_WORD_BYTES 64
/* Terms reported as shared and as missing by drill_sim_compare. */
#define DRILL_SIM_REPORT 8

enum {
    DRILL_SIM_OK = 0,
    DRILL_SIM_EUTF8 = -1, /* an input is not valid UTF-8 */
    DRILL_SIM_ENOMEM = -2,
};

/* ---------------------------------------------------------------- stemming */

/* The Porter (1980) stemmer, steps 1a to 5b as published, with one
 * departure kept from the author's own reference: words of one or two
 * letters are left alone. Writes the stem of word[0..len) to `out`, which
 * must hold len + 1 bytes (stemming never lengthens a word), NUL-terminates
 * it and returns its length. ASCII letters are lower-cased; a word with any
 * byte that is not an ASCII letter (digits, apostrophes, UTF-8) is returned
 * lower-cased but otherwise unchanged, so "l2" and "naïve" stay as they are. */
size_t drill_stem(const char *word, size_t len, char *out);

/* 1 if the lower-case word w[0..n) is one of the built-in English function
 * words ("the", "which", "don't", ...), a single character or empty; else 0. */
int drill_sim_stopword(const char *w, size_t n);

/* The built-in list itself, sorted in byte order: sets *list (static
 * storage) and returns its length. */
size_t drill_sim_stopwords(const char *const **list);

/* ---------------------------------------------------------------- tokens */

struct drill_sim_token {
    size_t start, len; /* the surface word: bytes of the text it came from */
    size_t stemlen;
    char stem[DRILL_SIM_WORD_BYTES]; /* NUL-terminated */
};

/* Finds the next term of `s`, which must be the output of
 * drill_text_normalize(..., DRILL_NORM_LOWER), at or after *pos, and
 * advances *pos. Returns 1 with *tok filled, or 0 at the end. The rules:
 *  - words are drill_text_next_word's; a word joined by hyphens or
 *    underscores yields each part as its own term ("cross-validation" ->
 *    cross, valid), so the hyphenated and the spaced spelling agree; a part
 *    of one character is glued to the part after it ("k-means" -> kmean,
 *    "t-SNE" -> tsne), as people also write "kmeans" and "tsne";
 *  - a part of one character is dropped, which takes single digits too
 *    ("0.5" gives nothing; "l1", "l2", "10" are kept);
 *  - stop words are dropped; a possessive "'s" is removed;
 *  - British -ise/-isation and -yse spellings become -ize/-ization/-yze when
 *    what precedes has a vowel-consonant pair and does not end in c, v or w
 *    ("regularisation" = "regularization", while "supervise", "precise" and
 *    "otherwise" are untouched), then the part is stemmed with drill_stem;
 *  - Chinese, Japanese and Korean text (drill_text_script) gives overlapping
 *    character bigrams as they are written, no stop words and no stemming
 *    ("正则化" -> 正则, 则化; a lone character is a term of its own), so two
 *    paraphrases share terms and unrelated texts seldom do. */
int drill_sim_next_token(const char *s, size_t n, size_t *pos, struct drill_sim_token *tok);

/* ---------------------------------------------------------------- index */

/* Document frequencies of stems over a corpus (normally every model answer
 * of every loaded bank), plus scratch space that comparisons reuse: buffers
 * sized to the longest texts seen so far and a cache of what each recent word
 * became (about 0.5 MiB, made by the first add or comparison).
 *
 * Not thread-safe: drill_sim_compare and drill_sim_weights write to the
 * scratch space inside the index although they take it as const, so one
 * index must not be used from two threads at once, not even for reading. */
struct drill_sim_index;

/* An allocator with lua_Alloc's contract: (ud, ptr, osize, nsize); nsize 0
 * frees and returns NULL. Lets the Lua binding charge the index to the
 * guest's memory limit. */
typedef void *(*drill_sim_alloc)(void *ud, void *ptr, size_t osize, size_t nsize);

/* A new empty index, or NULL when out of memory. The caller owns it and
 * frees it with drill_sim_index_free (NULL is accepted). _with takes every
 * byte from `alloc` (NULL: drill_mem_*, charged as alloc.h describes). */
struct drill_sim_index *drill_sim_index_new(void);
struct drill_sim_index *drill_sim_index_new_with(drill_sim_alloc alloc, void *ud);
void drill_sim_index_free(struct drill_sim_index *idx);

/* Adds one document: every distinct term of text[0..len) has its document
 * frequency raised by one. Text past DRILL_MAX_ANSWER_BYTES is ignored (cut
 * at a character boundary). Returns DRILL_SIM_OK, DRILL_SIM_EUTF8 or
 * DRILL_SIM_ENOMEM; after an error the frequencies are as before. */
int drill_sim_index_add(struct drill_sim_index *idx, const char *text, size_t len);

/* Documents added so far, and distinct terms known. */
size_t drill_sim_index_ndocs(const struct drill_sim_index *idx);
size_t drill_sim_index_nterms(const struct drill_sim_index *idx);

/* Document frequency of a stem (0 if unknown), and its smoothed inverse
 * document frequency ln((N + 1) / (df + 1)) + 1 with N documents. */
size_t drill_sim_df(const struct drill_sim_index *idx, const char *stem, size_t n);
double drill_sim_idf(const struct drill_sim_index *idx, const char *stem, size_t n);

/* ---------------------------------------------------------------- comparing */

struct drill_sim_term {
    char stem[DRILL_SIM_WORD_BYTES];
    char word[DRILL_SIM_WORD_BYTES]; /* first surface word in the reference */
    double weight;                   /* in the reference's unit vector */
};

struct drill_sim_result {
    double similarity; /* cosine of the two vectors, 0..1 */
    double coverage;   /* share of the reference's weight found in the answer, 0..1 */
    size_t nshared, nmissing;
    /* the reference's heaviest terms present in / absent from the answer,
     * heaviest first, ties in order of first appearance in the reference */
    struct drill_sim_term shared[DRILL_SIM_REPORT];
    struct drill_sim_term missing[DRILL_SIM_REPORT];
};

/* Compares an answer with a reference (model) answer. Each text becomes a
 * vector of (1 + ln tf) * idf over its terms (drill_sim_next_token), where
 * terms that also occur in `question` (may be NULL when qlen is 0) are
 * multiplied by DRILL_SIM_QUESTION_WEIGHT in both vectors, so an answer
 * that repeats the question earns little. similarity is the cosine of the
 * two; either vector empty gives 0. Each text is cut at
 * DRILL_MAX_ANSWER_BYTES. Allocates only to grow the index's scratch: on
 * the first call, for texts longer than any before, and after documents
 * were added. Returns DRILL_SIM_OK, DRILL_SIM_EUTF8 (nothing allocated) or
 * DRILL_SIM_ENOMEM; *out is fully set on success, and reports nothing (all
 * zero) on failure. */
int drill_sim_compare(const struct drill_sim_index *idx, const char *answer, size_t alen,
                      const char *reference, size_t rlen, const char *question, size_t qlen,
                      struct drill_sim_result *out);

/* The unit vector of one text, with question terms demoted as in
 * drill_sim_compare. Sets *nterms to the number of terms; read them with
 * drill_sim_weight_at(idx, 0 .. *nterms - 1, ...) until the next call on the
 * index (an i past the end gives an empty stem and weight 0). *stem points
 * into the index's scratch and holds *len bytes, not NUL-terminated. Same
 * return codes as drill_sim_compare. */
int drill_sim_weights(const struct drill_sim_index *idx, const char *text, size_t len,
                      const char *question, size_t qlen, size_t *nterms);
void drill_sim_weight_at(const struct drill_sim_index *idx, size_t i, const char **stem,
                         size_t *len, double *weight);

#endif
