/* Check suite for similar: Porter stems, stop words, tokens, tf-idf weights and comparisons. */
#define _XOPEN_SOURCE 700

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drill_limits.h"
#include "similar.h"
#include "text.h"
#include "unit.h"

/* ---------------------------------------------------------------- helpers */

static const char *stem_of(const char *w)
{
    static char out[256];
    size_t n = strlen(w);
    ck_assert_uint_lt(n, sizeof out);
    size_t k = drill_stem(w, n, out);
    ck_assert_uint_eq(k, strlen(out));
    return out;
}

/* The stems of `text`, joined by '|'. Static buffer. */
static const char *toks(const char *text)
{
    static char out[4096];
    size_t n = strlen(text);
    char *norm = malloc(n + 1);
    ck_assert_ptr_nonnull(norm);
    size_t len = drill_text_normalize(text, n, norm, DRILL_NORM_LOWER);
    size_t pos = 0, o = 0;
    struct drill_sim_token tok;
    out[0] = '\0';
    while (drill_sim_next_token(norm, len, &pos, &tok)) {
        ck_assert_uint_eq(tok.stemlen, strlen(tok.stem));
        ck_assert_uint_lt(o + tok.stemlen + 2, sizeof out);
        if (o)
            out[o++] = '|';
        memcpy(out + o, tok.stem, tok.stemlen + 1);
        o += tok.stemlen;
    }
    free(norm);
    return out;
}

#define EXPECT_TOKS(text, want)                                                                    \
    do {                                                                                           \
        const char *got_ = toks(text);                                                             \
        ck_assert_msg(strcmp(got_, (want)) == 0, "tokens of %s\n  got:  %s\n  want: %s", (text),   \
                      got_, (want));                                                               \
    } while (0)

/* What a word became is kept: read again, after the keeping slots have all been taken by
 * other words, a text gives the same terms (possessives and stop words too). */
START_TEST(tokens_the_same_when_kept)
{
    const char *text = "The models were overfitting; regularisation's weights shrink, and it's the "
                       "model's bias: an abcdefghijklmnopqrs and an abcdefghijklmnopqrst word.";
    char first[4096];
    snprintf(first, sizeof first, "%s", toks(text));
    ck_assert_str_eq(toks(text), first);
    char word[32];
    for (int i = 0; i < 20000; i++) {
        snprintf(word, sizeof word, "w%dq", i);
        toks(word);
    }
    ck_assert_str_eq(toks(text), first);
    EXPECT_TOKS("regularisation's", "regular");
}
END_TEST

static struct drill_sim_index *new_index(const char *const *docs)
{
    struct drill_sim_index *idx = drill_sim_index_new();
    ck_assert_ptr_nonnull(idx);
    for (; docs && *docs; docs++)
        ck_assert_int_eq(drill_sim_index_add(idx, *docs, strlen(*docs)), DRILL_SIM_OK);
    return idx;
}

static struct drill_sim_result compare(const struct drill_sim_index *idx, const char *answer,
                                       const char *reference, const char *question)
{
    struct drill_sim_result r;
    int rc = drill_sim_compare(idx, answer, strlen(answer), reference, strlen(reference), question,
                               question ? strlen(question) : 0, &r);
    ck_assert_int_eq(rc, DRILL_SIM_OK);
    ck_assert(r.similarity >= 0.0 && r.similarity <= 1.0);
    ck_assert(r.coverage >= 0.0 && r.coverage <= 1.0);
    return r;
}

/* The weight of `stem` in the last drill_sim_weights result, or -1. */
static double weight_of(const struct drill_sim_index *idx, size_t nterms, const char *stem)
{
    for (size_t i = 0; i < nterms; i++) {
        const char *s;
        size_t n;
        double w;
        drill_sim_weight_at(idx, i, &s, &n, &w);
        if (n == strlen(stem) && memcmp(s, stem, n) == 0)
            return w;
    }
    return -1.0;
}

/* ---------------------------------------------------------------- stemmer */

/* Each pair was worked through steps 1a-5b by hand; the comment names the
 * steps that fire. */
static const char *const stem_pairs[][2] = {
    {"caresses", "caress"},        /* 1a sses */
    {"ponies", "poni"},            /* 1a ies */
    {"ties", "ti"},                /* 1a ies */
    {"caress", "caress"},          /* 1a ss stays */
    {"cats", "cat"},               /* 1a s */
    {"feed", "feed"},              /* 1b eed, m = 0 */
    {"agreed", "agre"},            /* 1b eed, then 5a e with m = 1, not *o */
    {"plastered", "plaster"},      /* 1b ed; 4 er needs m > 1 */
    {"bled", "bled"},              /* 1b ed: no vowel before */
    {"motoring", "motor"},         /* 1b ing */
    {"sing", "sing"},              /* 1b ing: no vowel before */
    {"conflated", "conflat"},      /* 1b at -> ate, 5a */
    {"troubled", "troubl"},        /* 1b bl -> ble, 5a */
    {"sized", "size"},             /* 1b iz -> ize, 5a keeps e after cvc */
    {"hopping", "hop"},            /* 1b undouble */
    {"tanned", "tan"},             /* 1b undouble */
    {"falling", "fall"},           /* 1b l stays double; 5b m = 1 */
    {"hissing", "hiss"},           /* s stays double */
    {"fizzed", "fizz"},            /* z stays double */
    {"failing", "fail"},           /* no cvc */
    {"filing", "file"},            /* 1b m = 1 and *o: add e */
    {"happy", "happi"},            /* 1c */
    {"sky", "sky"},                /* 1c: no vowel before y */
    {"relational", "relat"},       /* 2 ational, 5a */
    {"conditional", "condit"},     /* 2 tional, 4 ion after t */
    {"rational", "ration"},        /* 2 ational with m = 0 blocks tional; 4 al */
    {"generalization", "gener"},   /* 2 ization, 3 alize, 4 al */
    {"regularization", "regular"}, /* 2 ization, 3 alize */
    {"normalization", "normal"},   /* 2, 3; 4 al needs m > 1 */
    {"optimization", "optim"},     /* 2 ization, 4 ize */
    {"classification", "classif"}, /* 2 ation, 3 icate, 4 ic */
    {"classifier", "classifi"},    /* 4 er */
    {"classify", "classifi"},      /* 1c */
    {"probability", "probabl"},    /* 1c, 2 biliti, 5a */
    {"sensitivity", "sensit"},     /* 1c, 2 iviti, 4 ive */
    {"hopeful", "hope"},           /* 3 ful, 5a keeps e after cvc */
    {"hopefulness", "hope"},       /* 2 fulness, 3 ful */
    {"goodness", "good"},          /* 3 ness */
    {"triplicate", "triplic"},     /* 3 icate */
    {"formative", "form"},         /* 3 ative */
    {"formalize", "formal"},       /* 3 alize */
    {"electrical", "electr"},      /* 3 ical, 4 ic */
    {"running", "run"},            /* 1b undouble */
    {"effective", "effect"},       /* 4 ive */
    {"adjustment", "adjust"},      /* 4 ment */
    {"replacement", "replac"},     /* 4 ement */
    {"dependent", "depend"},       /* 4 ent */
    {"adoption", "adopt"},         /* 4 ion after t */
    {"decision", "decis"},         /* 4 ion after s */
    {"activate", "activ"},         /* 4 ate */
    {"homologous", "homolog"},     /* 4 ous */
    {"bowdlerize", "bowdler"},     /* 4 ize */
    {"independence", "independ"},  /* 4 ence */
    {"irrelevant", "irrelev"},     /* 4 ant */
    {"probate", "probat"},         /* 5a m > 1 */
    {"rate", "rate"},              /* 5a m = 1 and *o keeps e */
    {"cease", "ceas"},             /* 5a m = 1, not *o */
    {"controlling", "control"},    /* 1b keeps ll; 5b */
    {"roll", "roll"},              /* 5b needs m > 1 */
    {"recall", "recal"},           /* 5b */
    {"features", "featur"},        /* 1a, 5a */
    {"learning", "learn"},         /* 1b ing */
    {"networks", "network"},       /* 1a */
    {"overfitting", "overfit"},    /* 1b undouble */
    {"validation", "valid"},       /* 2 ation, 4 ate */
    {"variance", "varianc"},       /* 4 ance needs m > 1; 5a */
    {"gradient", "gradient"},      /* 4 ent needs m > 1 */
    {"descent", "descent"},        /* 4 ent needs m > 1 */
    {"stochastic", "stochast"},    /* 4 ic */
    {"computational", "comput"},   /* 2 ational, 4 ate */
    {"computing", "comput"},       /* 1b ing */
    {"embedding", "embed"},        /* 1b undouble */
    {"batches", "batch"},          /* 1a s, 5a */
    {"matrices", "matric"},        /* 1a s, 5a */
    {"trees", "tree"},             /* 1a s; 5a m = 0 */
    {"multiplying", "multipli"},   /* 1b ing, 1c */
    {"oscillating", "oscil"},      /* 1b at -> ate, 4 ate, 5b */
    {"iterations", "iter"},        /* 1a, 2 ation, 4 ate */
    {"bias", "bia"},               /* 1a s: Porter's own quirk */
    {"biased", "bias"},            /* 1b ed */
    {"randomly", "random"},        /* 2: -ly after a letter that takes it, as Porter2 */
    {"strongly", "strong"},        /* ... */
    {"directly", "direct"},        /* ... then 4 needs m > 1 */
    {"supply", "suppli"},          /* 1c; p takes no -ly */
};

START_TEST(stem_table)
{
    size_t n = sizeof stem_pairs / sizeof *stem_pairs;
    ck_assert_uint_ge(n, 60);
    for (size_t i = 0; i < n; i++) {
        const char *got = stem_of(stem_pairs[i][0]);
        ck_assert_msg(strcmp(got, stem_pairs[i][1]) == 0, "stem(%s) = %s, want %s",
                      stem_pairs[i][0], got, stem_pairs[i][1]);
    }
}
END_TEST

START_TEST(stem_short_words_and_case)
{
    ck_assert_str_eq(stem_of("as"), "as"); /* one and two letters are left alone */
    ck_assert_str_eq(stem_of("is"), "is");
    ck_assert_str_eq(stem_of("a"), "a");
    ck_assert_str_eq(stem_of(""), "");
    ck_assert_str_eq(stem_of("Running"), "run");
    ck_assert_str_eq(stem_of("REGULARIZATION"), "regular");
}
END_TEST

START_TEST(stem_leaves_non_letters_alone)
{
    ck_assert_str_eq(stem_of("l2"), "l2");
    ck_assert_str_eq(stem_of("relu6"), "relu6");
    ck_assert_str_eq(stem_of("word2vec"), "word2vec");
    ck_assert_str_eq(stem_of("naïve"), "naïve");
    ck_assert_str_eq(stem_of("ÜBERS"), "Übers"); /* only ASCII is lower-cased */
    ck_assert_str_eq(stem_of("don't"), "don't");
    ck_assert_str_eq(stem_of("ReLU6"), "relu6");
}
END_TEST

START_TEST(stem_y_runs_and_long_words)
{
    /* y alternates along a run: no recursion, whatever the length */
    char w[20001];
    memset(w, 'y', sizeof w - 1);
    w[sizeof w - 1] = '\0';
    char *out = malloc(sizeof w);
    ck_assert_ptr_nonnull(out);
    size_t k = drill_stem(w, sizeof w - 1, out);
    ck_assert_uint_le(k, sizeof w - 1);
    /* a long run of letters with suffixes still ends in a well-formed stem */
    for (size_t i = 0; i + 2 < sizeof w - 1; i += 2) {
        w[i] = 'b';
        w[i + 1] = 'a';
    }
    memcpy(w + sizeof w - 1 - 8, "izations", 8);
    k = drill_stem(w, sizeof w - 1, out);
    ck_assert_uint_eq(k, strlen(out));
    ck_assert_uint_lt(k, sizeof w - 1);
    free(out);
    ck_assert_str_eq(stem_of("syzygy"), "syzygi");
    ck_assert_str_eq(stem_of("yyy"), "yyi"); /* consonant, vowel, then 1c */
}
END_TEST

START_TEST(stem_in_place)
{
    char w[] = "Generalizations";
    size_t k = drill_stem(w, strlen(w), w);
    ck_assert_uint_eq(k, 5);
    ck_assert_str_eq(w, "gener");
}
END_TEST

/* ---------------------------------------------------------------- stop words */

START_TEST(stopwords_sorted_and_found)
{
    const char *const *list;
    size_t n = drill_sim_stopwords(&list);
    ck_assert_uint_ge(n, 140);
    ck_assert_uint_le(n, 200);
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            ck_assert_msg(strcmp(list[i - 1], list[i]) < 0, "%s before %s", list[i - 1], list[i]);
        ck_assert_msg(drill_sim_stopword(list[i], strlen(list[i])), "%s not found", list[i]);
        ck_assert_uint_le(strlen(list[i]), 10);
        for (const char *p = list[i]; *p; p++)
            ck_assert((*p >= 'a' && *p <= 'z') || *p == '\'');
    }
}
END_TEST

START_TEST(stopwords_examples)
{
    static const char *const yes[] = {"the",     "which",      "and", "don't", "isn't",
                                      "because", "yourselves", "a",   "x",     "7",
                                      "é",       "σ",          ""};
    static const char *const no[] = {"regularization", "model",    "l2",    "l1",   "data", "10",
                                     "bias",           "variance", "them_", "thee", "th",   "zz"};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        ck_assert_msg(drill_sim_stopword(yes[i], strlen(yes[i])), "%s should be a stop word",
                      yes[i]);
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        ck_assert_msg(!drill_sim_stopword(no[i], strlen(no[i])), "%s is no stop word", no[i]);
    /* the length is what counts, not a NUL */
    ck_assert(drill_sim_stopword("theory", 3));
    ck_assert(!drill_sim_stopword("the", 2)); /* "th" */
}
END_TEST

/* ---------------------------------------------------------------- tokens */

START_TEST(tokens_basic)
{
    EXPECT_TOKS("L1 and L2 regularisation", "l1|l2|regular");
    EXPECT_TOKS("The model's output", "model|output");
    EXPECT_TOKS("", "");
    EXPECT_TOKS("the of and a i", "");
}
END_TEST

START_TEST(tokens_punctuation_and_numbers)
{
    EXPECT_TOKS("Bias, variance; (trade-off)!", "bia|varianc|trade");
    EXPECT_TOKS("0.5 and 10 epochs in 3 steps", "10|epoch|step");
    EXPECT_TOKS("x = 3; y = 2x", "2x");
    EXPECT_TOKS("\"quoted\" [brackets] {braces} <angles>", "quot|bracket|brace|angl");
}
END_TEST

START_TEST(tokens_hyphens_and_underscores)
{
    EXPECT_TOKS("k-means t-SNE cross-validation L2-norm", "kmean|tsne|cross|valid|l2|norm");
    EXPECT_TOKS("cross validation", "cross|valid");
    EXPECT_TOKS("learning_rate __init__", "learn|rate|init");
    EXPECT_TOKS("a-b-c", "ab");
    EXPECT_TOKS("bias–variance", "bia|varianc"); /* an en dash normalises to '-' */
}
END_TEST

START_TEST(tokens_unicode_and_contractions)
{
    EXPECT_TOKS("naïve Bayes über ö", "naïve|bay|über");
    EXPECT_TOKS("It’s not what you don’t KNOW", "know");
    EXPECT_TOKS("ΣΑΣ Straße", "σασ|straße");
    EXPECT_TOKS("zero\u200Bwidth", "zerowidth");
}
END_TEST

/* A Greek letter standing alone is a symbol, read as its name: "λ" and "lambda" are one
 * term. Any other single character is dropped, and a Greek word is a word. */
START_TEST(tokens_greek_letters_by_name)
{
    EXPECT_TOKS("a penalty λ on the weights", "penalti|lambda|weight");
    EXPECT_TOKS("a penalty lambda on the weights", "penalti|lambda|weight");
    EXPECT_TOKS("step η, momentum β, noise σ ε ϕ", "step|eta|momentum|beta|nois|sigma|epsilon|phi");
    EXPECT_TOKS("Σ x and ΣΑΣ", "sigma|σασ");
}
END_TEST

START_TEST(tokens_cjk_bigrams)
{
    /* overlapping bigrams, no stop words, no stemming; a lone character is a term */
    EXPECT_TOKS("正则化", "正则|则化");
    EXPECT_TOKS("学", "学");
    EXPECT_TOKS("的 是", "的|是");
    EXPECT_TOKS("L2正则化 models", "l2|正则|则化|model");
    EXPECT_TOKS("正则化，过拟合。", "正则|则化|过拟|拟合");
    EXPECT_TOKS("過学習を防ぐ", "過学|学習|習を|を防|防ぐ");
    EXPECT_TOKS("ニューラルネット", "ニュ|ュー|ーラ|ラル|ルネ|ネッ|ット");
    EXPECT_TOKS("모델은 과적합", "모델|델은|과적|적합");
    EXPECT_TOKS("ReLU는 빠르다", "relu|는|빠르|르다");
    /* spans: the surface of a bigram is its two characters */
    const char *t = "用正则";
    size_t pos = 0;
    struct drill_sim_token tok;
    ck_assert(drill_sim_next_token(t, strlen(t), &pos, &tok));
    ck_assert_uint_eq(tok.start, 0);
    ck_assert_uint_eq(tok.len, 6);
    ck_assert(drill_sim_next_token(t, strlen(t), &pos, &tok));
    ck_assert_uint_eq(tok.start, 3);
    ck_assert_uint_eq(tok.len, 6);
    ck_assert_str_eq(tok.stem, "正则");
    ck_assert(!drill_sim_next_token(t, strlen(t), &pos, &tok));
}
END_TEST

START_TEST(tokens_british_spellings)
{
    EXPECT_TOKS("optimise optimisation optimize optimised optimiser",
                "optim|optim|optim|optim|optim");
    EXPECT_TOKS("normalise normalisation normalization", "normal|normal|normal");
    EXPECT_TOKS("analyse analysed analyze", "analyz|analyz|analyz");
    /* words with no -ize form stay as Porter has them */
    EXPECT_TOKS("supervised supervision supervise", "supervis|supervis|supervis");
    EXPECT_TOKS("precise otherwise noise raise", "precis|otherwis|nois|rais");
}
END_TEST

START_TEST(tokens_spans)
{
    const char *s = "the model's k-means score";
    size_t pos = 0;
    struct drill_sim_token tok;
    ck_assert(drill_sim_next_token(s, strlen(s), &pos, &tok));
    ck_assert_str_eq(tok.stem, "model");
    ck_assert_uint_eq(tok.start, 4);
    ck_assert_uint_eq(tok.len, 5); /* the possessive is not part of the word */
    ck_assert(drill_sim_next_token(s, strlen(s), &pos, &tok));
    ck_assert_str_eq(tok.stem, "kmean");
    ck_assert_uint_eq(tok.start, 12);
    ck_assert_uint_eq(tok.len, 7);
    ck_assert(drill_sim_next_token(s, strlen(s), &pos, &tok));
    ck_assert_str_eq(tok.stem, "score");
    ck_assert(!drill_sim_next_token(s, strlen(s), &pos, &tok));
    ck_assert_uint_eq(pos, strlen(s));
}
END_TEST

START_TEST(tokens_long_words_are_cut)
{
    char w[300];
    memset(w, 'x', sizeof w - 1);
    w[sizeof w - 1] = '\0';
    const char *t = toks(w);
    ck_assert_uint_eq(strlen(t), DRILL_SIM_WORD_BYTES - 1);
    /* cut on a character boundary */
    char u[301] = "";
    for (int i = 0; i < 100; i++)
        strcat(u, "é");
    t = toks(u);
    ck_assert_uint_eq(strlen(t), 62);
    ck_assert(drill_utf8_valid(t, strlen(t), NULL));
    /* and not stemmed: "...ations" keeps its ending */
    memset(w, 'b', 280);
    strcpy(w + 280, "ations");
    t = toks(w);
    ck_assert_uint_eq(strlen(t), DRILL_SIM_WORD_BYTES - 1);
}
END_TEST

/* ---------------------------------------------------------------- index and weights */

static const char *const tiny[] = {"cats chase mice", "dogs chase cats", "birds sing", NULL};

START_TEST(index_counts_documents_once)
{
    struct drill_sim_index *idx = new_index(tiny);
    ck_assert_uint_eq(drill_sim_index_ndocs(idx), 3);
    ck_assert_uint_eq(drill_sim_index_nterms(idx), 6); /* cat chase mice dog bird sing */
    ck_assert_uint_eq(drill_sim_df(idx, "cat", 3), 2);
    ck_assert_uint_eq(drill_sim_df(idx, "chase", 5), 2);
    ck_assert_uint_eq(drill_sim_df(idx, "dog", 3), 1);
    ck_assert_uint_eq(drill_sim_df(idx, "unicorn", 7), 0);
    /* repeats inside one document count once */
    ck_assert_int_eq(drill_sim_index_add(idx, "dog dog dogs DOGS", 17), DRILL_SIM_OK);
    ck_assert_uint_eq(drill_sim_df(idx, "dog", 3), 2);
    ck_assert_uint_eq(drill_sim_index_ndocs(idx), 4);
    drill_sim_index_free(idx);
    drill_sim_index_free(NULL);
}
END_TEST

START_TEST(index_idf_by_hand)
{
    struct drill_sim_index *idx = new_index(tiny);
    /* ln((N + 1) / (df + 1)) + 1 with N = 3 */
    ck_assert_double_eq_tol(drill_sim_idf(idx, "cat", 3), 1.2876820724517808, 1e-12);
    ck_assert_double_eq_tol(drill_sim_idf(idx, "sing", 4), 1.6931471805599454, 1e-12);
    ck_assert_double_eq_tol(drill_sim_idf(idx, "zebra", 5), 2.386294361119891, 1e-12);
    drill_sim_index_free(idx);
    /* an empty index weighs every term 1 */
    idx = new_index(NULL);
    ck_assert_double_eq_tol(drill_sim_idf(idx, "cat", 3), 1.0, 1e-12);
    drill_sim_index_free(idx);
}
END_TEST

START_TEST(index_grows)
{
    struct drill_sim_index *idx = new_index(NULL);
    char doc[64];
    for (int i = 0; i < 5000; i++) {
        int n = snprintf(doc, sizeof doc, "term%d shared", i);
        ck_assert_int_eq(drill_sim_index_add(idx, doc, (size_t)n), DRILL_SIM_OK);
    }
    ck_assert_uint_eq(drill_sim_index_nterms(idx), 5001);
    ck_assert_uint_eq(drill_sim_df(idx, "share", 5), 5000);
    ck_assert_uint_eq(drill_sim_df(idx, "term4999", 8), 1);
    ck_assert_uint_eq(drill_sim_df(idx, "term0", 5), 1);
    drill_sim_index_free(idx);
}
END_TEST

START_TEST(weights_by_hand)
{
    struct drill_sim_index *idx = new_index(tiny);
    size_t n;
    /* cat: tf 2 -> (1 + ln 2) * 1.28768; dog: 1.69315; then unit length */
    ck_assert_int_eq(drill_sim_weights(idx, "cats cats dogs", 14, NULL, 0, &n), DRILL_SIM_OK);
    ck_assert_uint_eq(n, 2);
    ck_assert_double_eq_tol(weight_of(idx, n, "cat"), 0.7898069290660905, 1e-12);
    ck_assert_double_eq_tol(weight_of(idx, n, "dog"), 0.6133555370249717, 1e-12);
    /* "dogs" in the question: its weight is quartered before normalising */
    ck_assert_int_eq(drill_sim_weights(idx, "cats cats dogs", 14, "Dogs?", 5, &n), DRILL_SIM_OK);
    ck_assert_uint_eq(n, 2);
    ck_assert_double_eq_tol(weight_of(idx, n, "cat"), 0.9816700017605438, 1e-12);
    ck_assert_double_eq_tol(weight_of(idx, n, "dog"), 0.19058858214345914, 1e-12);
    /* question words absent from the text are not reported */
    ck_assert_double_eq(weight_of(idx, n, "zebra"), -1.0);
    ck_assert_int_eq(drill_sim_weights(idx, "the of", 6, NULL, 0, &n), DRILL_SIM_OK);
    ck_assert_uint_eq(n, 0);
    drill_sim_index_free(idx);
}
END_TEST

/* ---------------------------------------------------------------- comparing */

START_TEST(compare_by_hand)
{
    struct drill_sim_index *idx = new_index(tiny);
    struct drill_sim_result r =
        compare(idx, "dogs chase birds", "cats chase dogs and birds sing", "what do dogs do?");
    ck_assert_double_eq_tol(r.similarity, 0.7139377301029688, 1e-12);
    ck_assert_double_eq_tol(r.coverage, 0.533147253044036, 1e-12);
    ck_assert_uint_eq(r.nshared, 3);
    ck_assert_str_eq(r.shared[0].stem, "bird");
    ck_assert_str_eq(r.shared[0].word, "birds");
    ck_assert_str_eq(r.shared[1].stem, "chase");
    ck_assert_str_eq(r.shared[2].stem, "dog"); /* demoted: it is in the question */
    ck_assert_uint_eq(r.nmissing, 2);
    ck_assert_str_eq(r.missing[0].stem, "sing"); /* rarer than cat */
    ck_assert_str_eq(r.missing[1].stem, "cat");
    ck_assert_str_eq(r.missing[1].word, "cats");
    ck_assert_double_eq_tol(r.missing[0].weight, r.shared[0].weight, 1e-12);
    drill_sim_index_free(idx);
}
END_TEST

START_TEST(compare_identical_and_disjoint)
{
    struct drill_sim_index *idx = new_index(tiny);
    const char *t = "Dropout randomly zeroes activations during training, which regularises "
                    "the network.";
    struct drill_sim_result r = compare(idx, t, t, NULL);
    ck_assert_double_eq_tol(r.similarity, 1.0, 1e-12);
    ck_assert_double_eq_tol(r.coverage, 1.0, 1e-12);
    ck_assert_uint_eq(r.nmissing, 0);
    /* identical even when every word is in the question */
    r = compare(idx, "cats chase mice", "cats chase mice", "Do cats chase mice?");
    ck_assert_double_eq_tol(r.similarity, 1.0, 1e-12);
    r = compare(idx, "Gradient boosting fits trees to residuals", t, NULL);
    ck_assert_double_eq(r.similarity, 0.0);
    ck_assert_double_eq(r.coverage, 0.0);
    ck_assert_uint_eq(r.nshared, 0);
    /* nothing to compare */
    r = compare(idx, "", t, NULL);
    ck_assert_double_eq(r.similarity, 0.0);
    r = compare(idx, "the and of", "", NULL);
    ck_assert_double_eq(r.similarity, 0.0);
    ck_assert_uint_eq(r.nshared + r.nmissing, 0);
    struct drill_sim_result r2;
    ck_assert_int_eq(drill_sim_compare(idx, NULL, 0, NULL, 0, NULL, 0, &r2), DRILL_SIM_OK);
    ck_assert_double_eq(r2.similarity, 0.0);
    drill_sim_index_free(idx);
}
END_TEST

/* Model answers standing in for a bank. */
static const char *const corpus[] = {
    "L1 regularization adds the sum of absolute weights to the loss; it drives many weights to "
    "exactly zero and so selects features. L2 regularization adds the sum of squared weights and "
    "shrinks all weights smoothly towards zero without making them sparse.",
    "Dropout randomly zeroes a fraction of activations during training, which prevents "
    "co-adaptation of neurons and acts as a regularizer; at test time all units are used and "
    "activations are scaled.",
    "Gradient boosting fits each new tree to the residuals (the negative gradient of the loss) of "
    "the current ensemble and adds it with a small learning rate.",
    "Cross-validation splits the data into k folds, trains on k-1 folds and evaluates on the "
    "held-out fold, averaging the score to estimate generalization error.",
    "The bias-variance trade-off: simple models underfit with high bias, flexible models overfit "
    "with high variance; the expected error is bias squared plus variance plus noise.",
    "Batch normalization normalizes layer inputs over the mini-batch, which stabilises training "
    "and allows higher learning rates.",
    "Precision is the share of predicted positives that are correct; recall is the share of "
    "actual positives that are found.",
    "K-means assigns each point to the nearest centroid and moves each centroid to the mean of "
    "its points until the assignments stop changing.",
    NULL};

static const char *const l1_question = "What is the difference between L1 and L2 regularization?";

START_TEST(compare_paraphrase_beats_unrelated)
{
    struct drill_sim_index *idx = new_index(corpus);
    const char *ref = corpus[0];
    struct drill_sim_result para = compare(
        idx,
        "L1 penalises the absolute values of the weights, which pushes some of them to zero and "
        "gives a sparse model that does feature selection. L2 penalises squared weights and just "
        "shrinks them.",
        ref, l1_question);
    struct drill_sim_result unrelated = compare(idx, corpus[2], ref, l1_question);
    struct drill_sim_result wrongish = compare(
        idx, "Dropout turns off neurons at random during training so the network generalizes.", ref,
        l1_question);
    ck_assert_msg(para.similarity > 0.4, "paraphrase %.3f", para.similarity);
    ck_assert_msg(para.similarity > 3 * unrelated.similarity, "paraphrase %.3f, unrelated %.3f",
                  para.similarity, unrelated.similarity);
    ck_assert_msg(para.similarity > 3 * wrongish.similarity, "paraphrase %.3f, wrong %.3f",
                  para.similarity, wrongish.similarity);
    ck_assert_msg(para.coverage > unrelated.coverage && para.coverage > wrongish.coverage,
                  "coverage %.3f / %.3f / %.3f", para.coverage, unrelated.coverage,
                  wrongish.coverage);
    drill_sim_index_free(idx);
}
END_TEST

START_TEST(compare_cjk_paraphrase_beats_unrelated)
{
    struct drill_sim_index *idx = new_index(corpus);
    static const char *const sets[][3] = {
        {"正则化通过在损失函数中加入惩罚项来限制模型的权重，从而减少过拟合。",
         "在损失函数里加上对权重的惩罚，可以防止模型过拟合，这就是正则化。",
         "梯度下降沿着负梯度方向迭代更新参数，学习率决定每一步的大小。"},
        {"正則化は損失関数に罰則項を加えて重みを小さく保ち、過学習を防ぐ。",
         "重みに罰則を課す項を損失関数に足すと、過学習を抑えられる。これが正則化だ。",
         "ランダムフォレストは多数の決定木の多数決で予測する手法である。"},
        {"정규화는 손실 함수에 벌점 항을 더해 가중치를 작게 만들어 과적합을 줄인다.",
         "가중치에 벌점을 주는 항을 손실 함수에 추가하면 과적합이 줄어든다.",
         "경사 하강법은 기울기의 반대 방향으로 파라미터를 갱신한다."},
        {"L2 regularization adds 权重的平方 to the loss and shrinks the weights.",
         "它把权重的平方加到 loss 里，使 weights 变小，这就是 L2 regularization。",
         "随机森林 averages many decision trees trained on bootstrap samples."},
    };
    for (size_t i = 0; i < sizeof sets / sizeof *sets; i++) {
        struct drill_sim_result para = compare(idx, sets[i][1], sets[i][0], NULL);
        struct drill_sim_result unrelated = compare(idx, sets[i][2], sets[i][0], NULL);
        ck_assert_msg(para.similarity > 0.2, "set %zu: paraphrase %.3f", i, para.similarity);
        ck_assert_msg(unrelated.similarity < 0.1, "set %zu: unrelated %.3f", i,
                      unrelated.similarity);
        ck_assert_msg(para.similarity > 3 * unrelated.similarity,
                      "set %zu: paraphrase %.3f, unrelated %.3f", i, para.similarity,
                      unrelated.similarity);
        ck_assert_uint_gt(para.nshared, 0);
    }
    drill_sim_index_free(idx);
}
END_TEST

START_TEST(compare_cjk_long_text_fits_scratch)
{
    /* every bigram distinct: the scratch must hold them all, none dropped */
    struct drill_sim_index *idx = new_index(NULL);
    size_t n = 0, cap = 3 * 20000 + 1;
    char *a = malloc(cap);
    for (uint32_t cp = 0x4E00; n + 3 < cap; cp++) {
        a[n++] = (char)(0xE0 | (cp >> 12));
        a[n++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        a[n++] = (char)(0x80 | (cp & 0x3F));
    }
    struct drill_sim_result r;
    ck_assert_int_eq(drill_sim_compare(idx, a, n, a, n, NULL, 0, &r), DRILL_SIM_OK);
    ck_assert_double_eq_tol(r.similarity, 1.0, 1e-9);
    size_t nterms;
    ck_assert_int_eq(drill_sim_weights(idx, a, n, NULL, 0, &nterms), DRILL_SIM_OK);
    ck_assert_uint_eq(nterms, n / 3 - 1);
    free(a);
    drill_sim_index_free(idx);
}
END_TEST

START_TEST(compare_parroting_scores_low)
{
    struct drill_sim_index *idx = new_index(corpus);
    const char *ref = corpus[0];
    const char *real = "L1 adds absolute values of the weights to the loss and sets many of them "
                       "exactly to zero; L2 adds squared weights and shrinks them smoothly.";
    const char *parrot = "The difference between L1 regularization and L2 regularization is the "
                         "difference between L1 and L2 regularization.";
    struct drill_sim_result good = compare(idx, real, ref, l1_question);
    struct drill_sim_result bad = compare(idx, parrot, ref, l1_question);
    ck_assert_msg(good.similarity > 2.5 * bad.similarity, "real %.3f, parrot %.3f", good.similarity,
                  bad.similarity);
    ck_assert_msg(bad.similarity < 0.25, "parrot %.3f", bad.similarity);
    ck_assert_msg(bad.coverage < 0.2, "parrot coverage %.3f", bad.coverage);
    /* without the question the parrot would look better */
    struct drill_sim_result blind = compare(idx, parrot, ref, NULL);
    ck_assert_msg(blind.similarity > bad.similarity * 1.5, "blind %.3f, demoted %.3f",
                  blind.similarity, bad.similarity);
    drill_sim_index_free(idx);
}
END_TEST

START_TEST(compare_shared_and_missing)
{
    struct drill_sim_index *idx = new_index(NULL);
    struct drill_sim_result r = compare(idx, "bananas", "Apples, bananas and cherries.", NULL);
    ck_assert_uint_eq(r.nshared, 1);
    ck_assert_str_eq(r.shared[0].stem, "banana");
    ck_assert_str_eq(r.shared[0].word, "bananas");
    ck_assert_uint_eq(r.nmissing, 2);
    /* equal weights: in order of first appearance */
    ck_assert_str_eq(r.missing[0].stem, "appl");
    ck_assert_str_eq(r.missing[0].word, "apples");
    ck_assert_str_eq(r.missing[1].stem, "cherri");
    ck_assert_str_eq(r.missing[1].word, "cherries");
    ck_assert_double_eq_tol(r.coverage, 1.0 / 3.0, 1e-12);
    ck_assert_double_eq_tol(r.similarity, 1.0 / sqrt(3.0), 1e-12);
    /* the surface word is the first one the stem came from in the reference */
    r = compare(idx, "x", "Regularisation helps; regularization, regularized, regular.", NULL);
    ck_assert_uint_eq(r.nmissing, 2);
    ck_assert_str_eq(r.missing[0].stem, "regular");
    ck_assert_str_eq(r.missing[0].word, "regularisation");
    ck_assert_str_eq(r.missing[1].stem, "help");
    drill_sim_index_free(idx);
}
END_TEST

START_TEST(compare_reports_heaviest_eight)
{
    struct drill_sim_index *idx = new_index(NULL);
    /* the k-th of ten terms appears k times, so later terms weigh more */
    char ref[1024] = "";
    static const char *const terms[] = {"alpha",   "bravo", "charlie", "delta", "echo",
                                        "foxtrot", "golf",  "hotel",   "india", "juliet"};
    for (int k = 0; k < 10; k++)
        for (int j = 0; j <= k; j++) {
            strcat(ref, terms[k]);
            strcat(ref, " ");
        }
    struct drill_sim_result r = compare(idx,
                                        "alpha bravo charlie delta echo foxtrot golf hotel "
                                        "india juliet",
                                        ref, NULL);
    ck_assert_uint_eq(r.nshared, DRILL_SIM_REPORT);
    ck_assert_uint_eq(r.nmissing, 0);
    ck_assert_str_eq(r.shared[0].word, "juliet");
    ck_assert_str_eq(r.shared[7].word, "charlie");
    for (size_t i = 1; i < r.nshared; i++)
        ck_assert(r.shared[i - 1].weight > r.shared[i].weight);
    ck_assert_double_eq_tol(r.coverage, 1.0, 1e-12);
    r = compare(idx, "zulu", ref, NULL);
    ck_assert_uint_eq(r.nmissing, DRILL_SIM_REPORT);
    ck_assert_str_eq(r.missing[0].stem, "juliet");
    drill_sim_index_free(idx);
}
END_TEST

START_TEST(compare_long_inputs_are_bounded)
{
    struct drill_sim_index *idx = new_index(corpus);
    size_t big = 4u * DRILL_MAX_ANSWER_BYTES;
    char *a = malloc(big + 1);
    ck_assert_ptr_nonnull(a);
    /* distinct words up to the limit, then a tail that would change the result */
    size_t o = 0;
    for (int i = 0; o + 16 < DRILL_MAX_ANSWER_BYTES; i++)
        o += (size_t)snprintf(a + o, 16, "w%d ", i);
    memset(a + o, ' ', DRILL_MAX_ANSWER_BYTES - o);
    o = DRILL_MAX_ANSWER_BYTES;
    while (o + 12 < big)
        o += (size_t)snprintf(a + o, 13, "regularizat ");
    a[o] = '\0';
    struct drill_sim_result whole, cut;
    ck_assert_int_eq(drill_sim_compare(idx, a, o, corpus[0], strlen(corpus[0]), NULL, 0, &whole),
                     DRILL_SIM_OK);
    ck_assert_int_eq(drill_sim_compare(idx, a, DRILL_MAX_ANSWER_BYTES, corpus[0], strlen(corpus[0]),
                                       NULL, 0, &cut),
                     DRILL_SIM_OK);
    ck_assert_double_eq(whole.similarity, cut.similarity);
    ck_assert_double_eq(whole.similarity, 0.0);
    /* the index takes the same cut */
    size_t before = drill_sim_index_nterms(idx);
    ck_assert_int_eq(drill_sim_index_add(idx, a, o), DRILL_SIM_OK);
    const char *tail = stem_of("regularizat");
    ck_assert_uint_eq(drill_sim_df(idx, tail, strlen(tail)), 0);
    ck_assert_uint_gt(drill_sim_index_nterms(idx), before);
    /* a multi-byte character straddling the limit is dropped whole */
    memset(a, ' ', DRILL_MAX_ANSWER_BYTES + 8);
    memcpy(a + DRILL_MAX_ANSWER_BYTES - 3, "xyé", 4); /* é straddles the limit */
    ck_assert_int_eq(drill_sim_compare(idx, a, DRILL_MAX_ANSWER_BYTES + 8, "xy", 2, NULL, 0, &cut),
                     DRILL_SIM_OK);
    ck_assert_double_eq_tol(cut.similarity, 1.0, 1e-12);
    free(a);
    drill_sim_index_free(idx);
}
END_TEST

/* The comparison reads ASCII text through its own fast path and a word cache;
 * both must give exactly the terms and words the public tokenizer gives. */
START_TEST(fast_path_matches_tokenizer)
{
    static const char *const vocab[] = {"Model",
                                        "models",
                                        "the",
                                        "L2",
                                        "k-means",
                                        "cross_validation",
                                        "don't",
                                        "it's",
                                        "x",
                                        "7",
                                        "10",
                                        "Regularisation",
                                        "a-b",
                                        "__init__",
                                        "co-adaptation",
                                        "model's",
                                        "RUNNING",
                                        "-",
                                        "'",
                                        "_",
                                        "..",
                                        "e.g.",
                                        "ponies",
                                        "optimised",
                                        "hyphen-",
                                        "-lead",
                                        "o'brien",
                                        "Ünïcode",
                                        "naïve",
                                        "t-SNE",
                                        "x-y-z",
                                        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop",
                                        "relational",
                                        "CAPS'S"};
    static const char *const seps[] = {" ", "  ", "\t", "\n", ", ", "-", "_", "'", ".", ""};
    struct drill_sim_index *idx = new_index(corpus);
    srand(7);
    for (int round = 0; round < 400; round++) {
        char text[4096] = "";
        int pieces = 1 + rand() % 40;
        for (int i = 0; i < pieces; i++) {
            strcat(text, vocab[rand() % (sizeof vocab / sizeof *vocab)]);
            strcat(text, seps[rand() % (sizeof seps / sizeof *seps)]);
        }
        size_t n = strlen(text);
        char norm[4096];
        size_t len = drill_text_normalize(text, n, norm, DRILL_NORM_LOWER);
        /* the public tokenizer: distinct stems, their counts and first words */
        char stems[256][DRILL_SIM_WORD_BYTES], words[256][DRILL_SIM_WORD_BYTES];
        int tf[256], k = 0;
        size_t pos = 0;
        struct drill_sim_token tok;
        while (drill_sim_next_token(norm, len, &pos, &tok)) {
            int j = 0;
            while (j < k && strcmp(stems[j], tok.stem) != 0)
                j++;
            if (j == k) {
                ck_assert_int_lt(k, 256);
                strcpy(stems[k], tok.stem);
                ck_assert_uint_lt(tok.len, DRILL_SIM_WORD_BYTES);
                memcpy(words[k], norm + tok.start, tok.len);
                words[k][tok.len] = '\0';
                tf[k++] = 0;
            }
            tf[j]++;
        }
        size_t nterms;
        ck_assert_int_eq(drill_sim_weights(idx, text, n, NULL, 0, &nterms), DRILL_SIM_OK);
        ck_assert_msg(nterms == (size_t)k, "%s: %zu terms, want %d", text, nterms, k);
        double norm2 = 0, w[256];
        for (int j = 0; j < k; j++) {
            w[j] = (1.0 + log(tf[j])) * drill_sim_idf(idx, stems[j], strlen(stems[j]));
            norm2 += w[j] * w[j];
        }
        for (int j = 0; j < k; j++)
            ck_assert_msg(fabs(weight_of(idx, nterms, stems[j]) - w[j] / sqrt(norm2)) < 1e-12,
                          "%s: weight of %s", text, stems[j]);
        struct drill_sim_result r = compare(idx, text, text, NULL);
        for (size_t i = 0; i < r.nshared; i++) {
            int j = 0;
            while (j < k && strcmp(stems[j], r.shared[i].stem) != 0)
                j++;
            ck_assert_msg(j < k, "%s: unknown stem %s", text, r.shared[i].stem);
            ck_assert_str_eq(r.shared[i].word, words[j]);
        }
    }
    drill_sim_index_free(idx);
}
END_TEST

START_TEST(invalid_utf8_is_refused)
{
    struct drill_sim_index *idx = new_index(tiny);
    struct drill_sim_result r;
    ck_assert_int_eq(drill_sim_compare(idx, "ab\xff", 3, "ok", 2, NULL, 0, &r), DRILL_SIM_EUTF8);
    ck_assert_int_eq(drill_sim_compare(idx, "ok", 2, "\xc3", 1, NULL, 0, &r), DRILL_SIM_EUTF8);
    ck_assert_int_eq(drill_sim_compare(idx, "ok", 2, "ok", 2, "\xed\xa0\x80", 3, &r),
                     DRILL_SIM_EUTF8);
    ck_assert_int_eq(drill_sim_index_add(idx, "cats \xc0\xaf", 7), DRILL_SIM_EUTF8);
    ck_assert_uint_eq(drill_sim_index_ndocs(idx), 3);
    ck_assert_uint_eq(drill_sim_df(idx, "cat", 3), 2);
    size_t n = 99;
    ck_assert_int_eq(drill_sim_weights(idx, "\x80", 1, NULL, 0, &n), DRILL_SIM_EUTF8);
    ck_assert_uint_eq(n, 0);
    drill_sim_index_free(idx);
}
END_TEST

/* An allocator that fails past a budget and counts what is outstanding. */
struct budget {
    size_t used, limit, fails;
};

static void *budget_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    struct budget *b = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        b->used -= old;
        return NULL;
    }
    if (nsize > old && b->used + (nsize - old) > b->limit) {
        b->fails++;
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (p)
        b->used = b->used - old + nsize;
    return p;
}

START_TEST(allocator_is_honoured)
{
    struct budget b = {0, 1u << 30, 0};
    struct drill_sim_index *idx = drill_sim_index_new_with(budget_alloc, &b);
    ck_assert_ptr_nonnull(idx);
    for (const char *const *d = corpus; *d; d++)
        ck_assert_int_eq(drill_sim_index_add(idx, *d, strlen(*d)), DRILL_SIM_OK);
    ck_assert_uint_gt(b.used, 0);
    struct drill_sim_result r;
    ck_assert_int_eq(drill_sim_compare(idx, corpus[1], strlen(corpus[1]), corpus[0],
                                       strlen(corpus[0]), NULL, 0, &r),
                     DRILL_SIM_OK);
    /* a compare of the same size again allocates nothing */
    size_t used = b.used;
    b.limit = used;
    ck_assert_int_eq(drill_sim_compare(idx, corpus[0], strlen(corpus[0]), corpus[1],
                                       strlen(corpus[1]), NULL, 0, &r),
                     DRILL_SIM_OK);
    ck_assert_uint_eq(b.fails, 0);
    /* growth past the budget fails cleanly and leaves the frequencies alone */
    char big[8192];
    size_t o = 0;
    for (int i = 0; o + 12 < sizeof big; i++)
        o += (size_t)snprintf(big + o, 12, "new%d ", i);
    size_t docs = drill_sim_index_ndocs(idx);
    ck_assert_int_eq(drill_sim_index_add(idx, big, o), DRILL_SIM_ENOMEM);
    ck_assert_uint_eq(drill_sim_index_ndocs(idx), docs);
    ck_assert_uint_eq(drill_sim_df(idx, "new1", 4), 0);
    ck_assert_int_eq(drill_sim_compare(idx, big, o, corpus[0], strlen(corpus[0]), NULL, 0, &r),
                     DRILL_SIM_ENOMEM);
    ck_assert_uint_gt(b.fails, 0);
    drill_sim_index_free(idx);
    ck_assert_uint_eq(b.used, 0);
    /* failing at every step of creation leaks nothing */
    for (size_t lim = 0; lim < 4096; lim += 8) {
        struct budget c = {0, lim, 0};
        struct drill_sim_index *x = drill_sim_index_new_with(budget_alloc, &c);
        drill_sim_index_free(x);
        ck_assert_uint_eq(c.used, 0);
    }
}
END_TEST

static Suite *similar_suite(void)
{
    Suite *s = suite_create("similar");
    TCase *tc = tcase_create("stem");
    tcase_add_test(tc, stem_table);
    tcase_add_test(tc, tokens_the_same_when_kept);
    tcase_add_test(tc, stem_short_words_and_case);
    tcase_add_test(tc, stem_leaves_non_letters_alone);
    tcase_add_test(tc, stem_y_runs_and_long_words);
    tcase_add_test(tc, stem_in_place);
    suite_add_tcase(s, tc);

    tc = tcase_create("stopwords");
    tcase_add_test(tc, stopwords_sorted_and_found);
    tcase_add_test(tc, stopwords_examples);
    suite_add_tcase(s, tc);

    tc = tcase_create("tokens");
    tcase_add_test(tc, tokens_basic);
    tcase_add_test(tc, tokens_punctuation_and_numbers);
    tcase_add_test(tc, tokens_hyphens_and_underscores);
    tcase_add_test(tc, tokens_unicode_and_contractions);
    tcase_add_test(tc, tokens_british_spellings);
    tcase_add_test(tc, tokens_cjk_bigrams);
    tcase_add_test(tc, tokens_greek_letters_by_name);
    tcase_add_test(tc, tokens_spans);
    tcase_add_test(tc, tokens_long_words_are_cut);
    suite_add_tcase(s, tc);

    tc = tcase_create("index");
    tcase_add_test(tc, index_counts_documents_once);
    tcase_add_test(tc, index_idf_by_hand);
    tcase_add_test(tc, index_grows);
    tcase_add_test(tc, weights_by_hand);
    suite_add_tcase(s, tc);

    tc = tcase_create("compare");
    tcase_add_test(tc, compare_by_hand);
    tcase_add_test(tc, compare_identical_and_disjoint);
    tcase_add_test(tc, compare_paraphrase_beats_unrelated);
    tcase_add_test(tc, compare_parroting_scores_low);
    tcase_add_test(tc, compare_cjk_paraphrase_beats_unrelated);
    tcase_add_test(tc, compare_cjk_long_text_fits_scratch);
    tcase_add_test(tc, compare_shared_and_missing);
    tcase_add_test(tc, compare_reports_heaviest_eight);
    tcase_add_test(tc, compare_long_inputs_are_bounded);
    tcase_add_test(tc, fast_path_matches_tokenizer);
    tcase_add_test(tc, invalid_utf8_is_refused);
    tcase_add_test(tc, allocator_is_honoured);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return unit_run(similar_suite());
}
