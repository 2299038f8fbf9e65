/* Check suite for text: UTF-8 validation, normalisation, words, sentences, edit distance. */
#define _XOPEN_SOURCE 700

#include <check.h>
#include <stdint.h>
#include <string.h>

#include "text.h"
#include "unit.h"

/* ---------------------------------------------------------------- UTF-8 */

#define SEQLEN(lit) drill_utf8_seqlen((lit), sizeof(lit) - 1)

START_TEST(seqlen_well_formed)
{
    ck_assert_uint_eq(SEQLEN("A"), 1);
    ck_assert_uint_eq(SEQLEN("\x7f"), 1);
    ck_assert_uint_eq(drill_utf8_seqlen("\0", 1), 1);
    ck_assert_uint_eq(SEQLEN("\xC2\x80"), 2);         /* U+0080, the first two-byte form */
    ck_assert_uint_eq(SEQLEN("\xC3\xA9"), 2);         /* é */
    ck_assert_uint_eq(SEQLEN("\xDF\xBF"), 2);         /* U+07FF */
    ck_assert_uint_eq(SEQLEN("\xE0\xA0\x80"), 3);     /* U+0800 */
    ck_assert_uint_eq(SEQLEN("\xE2\x82\xAC"), 3);     /* € */
    ck_assert_uint_eq(SEQLEN("\xED\x9F\xBF"), 3);     /* U+D7FF, just below the surrogates */
    ck_assert_uint_eq(SEQLEN("\xEE\x80\x80"), 3);     /* U+E000, just above them */
    ck_assert_uint_eq(SEQLEN("\xEF\xBF\xBF"), 3);     /* U+FFFF */
    ck_assert_uint_eq(SEQLEN("\xF0\x90\x80\x80"), 4); /* U+10000 */
    ck_assert_uint_eq(SEQLEN("\xF0\x9F\x98\x80"), 4); /* 😀 */
    ck_assert_uint_eq(SEQLEN("\xF4\x8F\xBF\xBF"), 4); /* U+10FFFF, the last code point */
    /* only the first sequence counts */
    ck_assert_uint_eq(SEQLEN("\xC3\xA9xyz"), 2);
}
END_TEST

START_TEST(seqlen_overlong)
{
    ck_assert_uint_eq(SEQLEN("\xC0\x80"), 0);
    ck_assert_uint_eq(SEQLEN("\xC0\xAF"), 0);
    ck_assert_uint_eq(SEQLEN("\xC1\xBF"), 0);
    ck_assert_uint_eq(SEQLEN("\xE0\x80\xAF"), 0);
    ck_assert_uint_eq(SEQLEN("\xE0\x9F\xBF"), 0);
    ck_assert_uint_eq(SEQLEN("\xF0\x80\x80\xAF"), 0);
    ck_assert_uint_eq(SEQLEN("\xF0\x8F\xBF\xBF"), 0);
}
END_TEST

START_TEST(seqlen_surrogates)
{
    ck_assert_uint_eq(SEQLEN("\xED\xA0\x80"), 0); /* U+D800 */
    ck_assert_uint_eq(SEQLEN("\xED\xAD\xBF"), 0); /* U+DB7F */
    ck_assert_uint_eq(SEQLEN("\xED\xB0\x80"), 0); /* U+DC00 */
    ck_assert_uint_eq(SEQLEN("\xED\xBF\xBF"), 0); /* U+DFFF */
}
END_TEST

START_TEST(seqlen_past_max)
{
    ck_assert_uint_eq(SEQLEN("\xF4\x90\x80\x80"), 0); /* U+110000 */
    ck_assert_uint_eq(SEQLEN("\xF5\x80\x80\x80"), 0);
    ck_assert_uint_eq(SEQLEN("\xF7\xBF\xBF\xBF"), 0);
    ck_assert_uint_eq(SEQLEN("\xF8\x88\x80\x80\x80"), 0);
    ck_assert_uint_eq(SEQLEN("\xFC\x84\x80\x80\x80\x80"), 0);
    ck_assert_uint_eq(SEQLEN("\xFE"), 0);
    ck_assert_uint_eq(SEQLEN("\xFF"), 0);
}
END_TEST

START_TEST(seqlen_truncated_and_stray)
{
    ck_assert_uint_eq(drill_utf8_seqlen("", 0), 0);
    ck_assert_uint_eq(SEQLEN("\x80"), 0); /* a continuation byte on its own */
    ck_assert_uint_eq(SEQLEN("\xBF"), 0);
    ck_assert_uint_eq(SEQLEN("\xC3"), 0);
    ck_assert_uint_eq(SEQLEN("\xC3 "), 0);
    ck_assert_uint_eq(SEQLEN("\xC3\xC3"), 0);
    ck_assert_uint_eq(SEQLEN("\xE2\x82"), 0);
    ck_assert_uint_eq(SEQLEN("\xE2\x82x"), 0);
    ck_assert_uint_eq(SEQLEN("\xE2x\xAC"), 0);
    ck_assert_uint_eq(SEQLEN("\xF0\x9F\x98"), 0);
    ck_assert_uint_eq(SEQLEN("\xF0\x9F\x98x"), 0);
    /* n cuts a sequence that is complete in memory */
    ck_assert_uint_eq(drill_utf8_seqlen("\xC3\xA9", 1), 0);
    ck_assert_uint_eq(drill_utf8_seqlen("\xE2\x82\xAC", 2), 0);
    ck_assert_uint_eq(drill_utf8_seqlen("\xF0\x9F\x98\x80", 3), 0);
}
END_TEST

START_TEST(valid_and_offsets)
{
    size_t bad = 12345;
    ck_assert_int_eq(drill_utf8_valid("", 0, &bad), 1);
    ck_assert_int_eq(drill_utf8_valid("plain ascii", 11, NULL), 1);
    ck_assert_int_eq(drill_utf8_valid("a\0b", 3, &bad), 1);
    const char *mixed = "h\xC3\xA9llo \xE2\x82\xAC \xF0\x9F\x98\x80 \xCF\x83";
    ck_assert_int_eq(drill_utf8_valid(mixed, strlen(mixed), &bad), 1);
    ck_assert_uint_eq(bad, 12345); /* untouched when valid */

    ck_assert_int_eq(drill_utf8_valid("abc\xFF"
                                      "def",
                                      7, &bad),
                     0);
    ck_assert_uint_eq(bad, 3);
    ck_assert_int_eq(drill_utf8_valid("\x80", 1, &bad), 0);
    ck_assert_uint_eq(bad, 0);
    /* a truncated sequence at the end is reported where it starts */
    ck_assert_int_eq(drill_utf8_valid("ok \xE2\x82", 5, &bad), 0);
    ck_assert_uint_eq(bad, 3);
    /* after a multibyte character */
    ck_assert_int_eq(drill_utf8_valid("\xC3\xA9\xED\xA0\x80", 5, &bad), 0);
    ck_assert_uint_eq(bad, 2);
    ck_assert_int_eq(drill_utf8_valid("\xC0\xAF", 2, NULL), 0);
}
END_TEST

START_TEST(valid_offsets_past_ascii_runs)
{
    /* the validator skips ASCII eight bytes at a time: a bad byte at every
     * position of a long ASCII text must still be found exactly */
    char buf[64];
    for (size_t at = 0; at < sizeof buf; at++) {
        memset(buf, 'a', sizeof buf);
        buf[at] = '\xC0';
        size_t bad = 999;
        ck_assert_int_eq(drill_utf8_valid(buf, sizeof buf, &bad), 0);
        ck_assert_uint_eq(bad, at);
    }
    memset(buf, 'a', sizeof buf);
    memcpy(buf + 20, "\xE2\x82\xAC", 3);
    ck_assert_int_eq(drill_utf8_valid(buf, sizeof buf, NULL), 1);
    /* n is respected: a bad byte just past the end does not count */
    buf[40] = '\xFF';
    ck_assert_int_eq(drill_utf8_valid(buf, 40, NULL), 1);
}
END_TEST

START_TEST(next_decodes)
{
    const char *s = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";
    size_t n = strlen(s), i = 0;
    ck_assert_uint_eq(drill_utf8_next(s, n, &i), 'a');
    ck_assert_uint_eq(i, 1);
    ck_assert_uint_eq(drill_utf8_next(s, n, &i), 0xE9);
    ck_assert_uint_eq(i, 3);
    ck_assert_uint_eq(drill_utf8_next(s, n, &i), 0x20AC);
    ck_assert_uint_eq(i, 6);
    ck_assert_uint_eq(drill_utf8_next(s, n, &i), 0x1F600);
    ck_assert_uint_eq(i, 10);
    /* a bad byte decodes as itself and moves one byte on */
    const char *b = "\xFF\xC3x";
    i = 0;
    ck_assert_uint_eq(drill_utf8_next(b, 3, &i), 0xFF);
    ck_assert_uint_eq(i, 1);
    ck_assert_uint_eq(drill_utf8_next(b, 3, &i), 0xC3);
    ck_assert_uint_eq(i, 2);
    ck_assert_uint_eq(drill_utf8_next(b, 3, &i), 'x');
    ck_assert_uint_eq(i, 3);
}
END_TEST

START_TEST(length_in_code_points)
{
    ck_assert_uint_eq(drill_utf8_length("", 0), 0);
    ck_assert_uint_eq(drill_utf8_length("abc", 3), 3);
    const char *s = "h\xC3\xA9llo\xE2\x82\xAC\xF0\x9F\x98\x80"; /* héllo€😀 */
    ck_assert_uint_eq(drill_utf8_length(s, strlen(s)), 7);
}
END_TEST

/* ---------------------------------------------------------------- normalisation */

/* The normalised form of NUL-terminated `s`; static buffer. Checks the length
 * returned and that the text never grows. */
static const char *norm(const char *s, int flags)
{
    static char out[1024];
    size_t n = strlen(s);
    ck_assert_uint_lt(n, sizeof out);
    memset(out, 'Z', sizeof out);
    size_t k = drill_text_normalize(s, n, out, flags);
    ck_assert_uint_le(k, n);
    ck_assert_uint_eq(strlen(out), k);
    return out;
}

START_TEST(norm_quotes)
{
    ck_assert_str_eq(norm("\xE2\x80\x9Cquoted\xE2\x80\x9D and \xE2\x80\x98single\xE2\x80\x99", 0),
                     "\"quoted\" and 'single'");
    ck_assert_str_eq(norm("don\xE2\x80\x99t", 0), "don't");
    ck_assert_str_eq(norm("\xE2\x80\x9E"
                          "low\xE2\x80\x9C \xE2\x80\x9A"
                          "x\xE2\x80\x9B",
                          0),
                     "\"low\" 'x'");
    ck_assert_str_eq(norm("5\xE2\x80\xB2 6\xE2\x80\xB3", 0), "5' 6\""); /* prime, double prime */
}
END_TEST

/* DRILL_NORM_UNQUOTE drops the mark that opens a quotation, and keeps apostrophes, primes and
 * the closing mark */
START_TEST(norm_unquote)
{
    const int u = DRILL_NORM_UNQUOTE;
    ck_assert_str_eq(norm("it doesn't mean 'no parameters'.", u),
                     "it doesn't mean no parameters'.");
    ck_assert_str_eq(norm("a \"soft\" label", u), "a soft\" label");
    ck_assert_str_eq(norm("\xE2\x80\x9Cquoted\xE2\x80\x9D and \xE2\x80\x98single\xE2\x80\x99", u),
                     "quoted\" and single'");
    ck_assert_str_eq(norm("'quoted' at the start", u), "quoted' at the start");
    ck_assert_str_eq(norm("(\"in brackets\")", u), "(in brackets\")");
    ck_assert_str_eq(norm("f'(x) = 2x and f''(x) = 2, the players' scores", u),
                     "f'(x) = 2x and f''(x) = 2, the players' scores");
    ck_assert_str_eq(norm("don\xE2\x80\x99t, 5\xE2\x80\xB2 6\xE2\x80\xB3", u), "don't, 5' 6\"");
    ck_assert_str_eq(norm("a ' lone mark and a closing one'", u),
                     "a ' lone mark and a closing one'");
    ck_assert_str_eq(norm("'", u), "'");
}
END_TEST

START_TEST(norm_dashes_and_minus)
{
    /* hyphen, non-breaking hyphen, figure dash, en dash, em dash, bar, minus sign */
    ck_assert_str_eq(norm("a\xE2\x80\x90"
                          "b\xE2\x80\x91"
                          "c\xE2\x80\x92"
                          "d\xE2\x80\x93"
                          "e\xE2\x80\x94"
                          "f\xE2\x80\x95"
                          "g\xE2\x88\x92"
                          "h",
                          0),
                     "a-b-c-d-e-f-g-h");
    ck_assert_str_eq(norm("\xE2\x88\x92"
                          "1",
                          0),
                     "-1");
    ck_assert_str_eq(norm("1 \xE2\x88\x92 \xCF\x83(z)", 0), "1 - \xCF\x83(z)");
}
END_TEST

START_TEST(norm_times)
{
    ck_assert_str_eq(norm("3\xC3\x97"
                          "4",
                          0),
                     "3*4");
    ck_assert_str_eq(norm("a\xE2\x8B\x85"
                          "b",
                          0),
                     "a*b"); /* dot operator */
    ck_assert_str_eq(norm("3\xC3\x97"
                          "4",
                          DRILL_NORM_LOWER),
                     "3*4");
}
END_TEST

START_TEST(norm_spaces)
{
    ck_assert_str_eq(norm("a\xC2\xA0"
                          "b",
                          0),
                     "a b"); /* NBSP */
    ck_assert_str_eq(norm("a\xE2\x80\x89"
                          "b\xE2\x80\xAF"
                          "c\xE3\x80\x80"
                          "d",
                          0),
                     "a b c d"); /* thin, narrow no-break, ideographic */
    ck_assert_str_eq(norm("a\xE2\x80\x80\xE2\x80\x8A"
                          "b",
                          0),
                     "a b"); /* en quad .. hair space */
    ck_assert_str_eq(norm("a\xC2\x85"
                          "b\xE2\x80\xA8"
                          "c\xE2\x80\xA9"
                          "d\xE1\x9A\x80"
                          "e\xE2\x81\x9F"
                          "f",
                          0),
                     "a b c d e f"); /* NEL, line and paragraph separators, ogham, math space */
    ck_assert_str_eq(norm("a\tb\nc\rd\ve\ff", 0), "a b c d e f");
}
END_TEST

START_TEST(norm_zero_width_removed)
{
    ck_assert_str_eq(norm("zero\xE2\x80\x8Bwidth", 0), "zerowidth");
    ck_assert_str_eq(norm("a\xE2\x80\x8C"
                          "b\xE2\x80\x8D"
                          "c\xE2\x81\xA0"
                          "d",
                          0),
                     "abcd");
    ck_assert_str_eq(norm("\xEF\xBB\xBF"
                          "bom",
                          0),
                     "bom");
    ck_assert_str_eq(norm("soft\xC2\xADhyphen", 0), "softhyphen");
    /* a zero-width character between spaces does not make two spaces */
    ck_assert_str_eq(norm("a \xE2\x80\x8B b", 0), "a b");
    ck_assert_str_eq(norm("\xE2\x80\x8B a \xE2\x80\x8B", 0), "a");
    ck_assert_str_eq(norm("\xE2\x80\x8B", 0), "");
}
END_TEST

START_TEST(norm_trim_and_collapse)
{
    ck_assert_str_eq(norm("  a \t\n b  ", 0), "a b");
    ck_assert_str_eq(norm("one   two\n\n\nthree", 0), "one two three");
    ck_assert_str_eq(norm("", 0), "");
    ck_assert_str_eq(norm(" \t\n\xC2\xA0 ", 0), "");
    ck_assert_str_eq(norm("x", 0), "x");
}
END_TEST

START_TEST(norm_lower)
{
    ck_assert_str_eq(norm("Hello WORLD", DRILL_NORM_LOWER), "hello world");
    ck_assert_str_eq(norm("Hello WORLD", 0), "Hello WORLD");
    /* Latin-1: À É Î Õ Ü Þ; ß has no single capital and stays */
    ck_assert_str_eq(
        norm("\xC3\x80\xC3\x89\xC3\x8E\xC3\x95\xC3\x9C\xC3\x9E \xC3\x9F", DRILL_NORM_LOWER),
        "\xC3\xA0\xC3\xA9\xC3\xAE\xC3\xB5\xC3\xBC\xC3\xBE \xC3\x9F");
    ck_assert_str_eq(norm("Stra\xC3\x9F"
                          "e",
                          DRILL_NORM_LOWER),
                     "stra\xC3\x9F"
                     "e");
    /* Greek: Α Σ Ω become α σ ω; lower case stays */
    ck_assert_str_eq(norm("\xCE\x91\xCE\xA3\xCE\xA9 \xCE\xBB", DRILL_NORM_LOWER),
                     "\xCE\xB1\xCF\x83\xCF\x89 \xCE\xBB");
    ck_assert_str_eq(norm("\xCE\xA3(Z)", DRILL_NORM_LOWER), "\xCF\x83(z)");
    /* already lower case and other scripts are left alone */
    ck_assert_str_eq(norm("\xC3\xA9t\xC3\xA9 \xE4\xB8\xAD", DRILL_NORM_LOWER),
                     "\xC3\xA9t\xC3\xA9 \xE4\xB8\xAD");
}
END_TEST

START_TEST(norm_everything_at_once)
{
    ck_assert_str_eq(norm("  \xE2\x80\x9CL1\xE2\x80\x9D\xC2\xA0\xE2\x80\x94 drives \xE2\x80\x8Bw "
                          "to\n\n ZERO\xE2\x80\x99s  ",
                          DRILL_NORM_LOWER),
                     "\"l1\" - drives w to zero's");
}
END_TEST

START_TEST(norm_not_nul_terminated)
{
    char out[16];
    size_t k = drill_text_normalize("ab  cdXXXX", 6, out, 0);
    ck_assert_uint_eq(k, 5);
    ck_assert_str_eq(out, "ab cd");
}
END_TEST

/* ---------------------------------------------------------------- corrections */

/* `s` with what it takes back dropped; static buffer. */
static const char *retracted(const char *s)
{
    static char out[1024];
    size_t n = strlen(s);
    memcpy(out, s, n + 1);
    size_t k = drill_text_retract(out, n);
    ck_assert_uint_eq(strlen(out), k);
    return out;
}

/* A phrase taken back goes with the correction's words; what follows stands, and what comes
 * before the phrase's verb or connective too. */
START_TEST(retract_corrections)
{
    ck_assert_str_eq(retracted("the gradient is y minus p, sorry, p minus y for the loss"),
                     "the gradient is p minus y for the loss");
    ck_assert_str_eq(
        retracted("Choose k by CV: small k oversmooths, no, other way, small k overfits."),
        "Choose k by CV: small k overfits.");
    ck_assert_str_eq(
        retracted("forward KL is mode-seeking, no, sorry, the other way round, forward KL "
                  "is mass-covering."),
        "forward KL is forward KL is mass-covering.");
    ck_assert_str_eq(retracted("It halts training when training loss, sorry, validation loss stops "
                               "improving."),
                     "It halts training when validation loss stops improving.");
    ck_assert_str_eq(retracted("precision = TP/(TP+FN), sorry, TP/(TP+FP)"),
                     "precision = TP/(TP+FP)");
    ck_assert_str_eq(retracted("L1 gives dense weights - no wait, sparse weights."),
                     "L1 gives sparse weights.");
    ck_assert_str_eq(retracted("bagging cuts bias, scratch that, variance"),
                     "bagging cuts variance");
    ck_assert_str_eq(retracted("We tune on the test set, or rather the validation set."),
                     "We tune on the validation set.");
    ck_assert_str_eq(retracted("Type I is a false negative, I misspoke: a false positive."),
                     "Type I is a false positive.");
    ck_assert_str_eq(retracted("A, sorry, B; then C, no wait, D"), "B; then D");
}
END_TEST

/* Nothing is taken back by an apology, a "no" or "actually" alone, words inside other words,
 * or a correction whose phrase starts over 100 bytes back. */
START_TEST(retract_only_corrections)
{
    const char *kept[] = {
        "Sorry, I forget the constant, but the rate is 1/sqrt(n).",
        "It fits trees in sequence, sorry if that is basic, each on the residuals.",
        "Is it convex? No, not for a deep net.",
        "There is no free lunch, no single best model.",
        "Bagging reduces variance, actually, more than bias.",
        "It is unsorry, nowait, and rather fast.",
        "Gradient descent with momentum on deep residual networks with batch normalisation layers "
        "in "
        "every block converges slowly, sorry, the learning rate warm up over the first few "
        "thousand "
        "steps of a long run matters most",
        "",
        "no",
        ", sorry,",
    };
    for (size_t i = 0; i < sizeof kept / sizeof *kept; i++)
        ck_assert_str_eq(retracted(kept[i]), kept[i]);
}
END_TEST

/* ---------------------------------------------------------------- TeX */

/* `s` with its TeX read; static buffer. */
static const char *tex(const char *s)
{
    static char out[1024];
    size_t n = strlen(s);
    ck_assert_uint_le(2 * n + 16, sizeof out - 1);
    size_t k = drill_text_tex(s, n, out, 2 * n + 16);
    ck_assert_uint_ne(k, (size_t)-1);
    out[k] = '\0';
    return out;
}

START_TEST(tex_formulas)
{
    ck_assert_str_eq(tex("softmax(QK^T / \\sqrt{d_k}) V"), "softmax(QK^T / sqrt(d_k)) V");
    ck_assert_str_eq(tex("\\frac{1}{\\sqrt{d_k}}"), "1/sqrt(d_k)");
    ck_assert_str_eq(tex("\\frac{a+b}{c}"), "(a+b)/c");
    ck_assert_str_eq(tex("\\tfrac12 \\|w\\|^2"), "1/2 ||w||^2");
    ck_assert_str_eq(tex("\\frac{\\partial L}{\\partial w}"), "∂L/∂w");
    ck_assert_str_eq(tex("\\mathbb{E}_{q}[\\log p(x|z)] - \\mathrm{KL}(q\\|p)"),
                     "E_q[log p(x|z)] - KL(q||p)");
    ck_assert_str_eq(tex("\\nabla_\\theta \\mathcal{L}"), "∇_theta L");
    ck_assert_str_eq(tex("\\hat{\\theta}_{MLE} = \\arg\\max_\\theta \\sum_{i=1}^{n} \\log p"),
                     "theta_hat_MLE = argmax_theta sum_{i=1}^n log p");
    ck_assert_str_eq(tex("\\sigma(z)(1 - \\sigma(z)), \\lambda \\|w\\|_2^2, 2\\sigma"),
                     "sigma(z)(1 - sigma(z)), lambda ||w||_2^2, 2 sigma");
    ck_assert_str_eq(tex("\\left( x \\right) e^{-x^2/2} \\text{Var}(X) \\bar{x} \\hat y"),
                     "( x ) e^{-x^2/2} Var(X) x_bar y_hat");
    ck_assert_str_eq(tex("x \\in \\mathbb{R}^{d}, a \\le b \\to 0, \\Sigma^{-1}, W^\\top"),
                     "x ∈ R^d, a <= b -> 0, Sigma^-1, W^T");
    ck_assert_str_eq(tex("\\operatorname*{argmin}_w q \\cdot k \\times 2 \\, \\{x\\}"),
                     "argmin_w q * k * 2   {x}");
}
END_TEST

/* Text that is no TeX comes out as it went in, and a backslash before what is no command stays;
 * a sub- or superscript of one term loses its braces, one of more keeps them. */
START_TEST(tex_plain_unchanged)
{
    const char *same[] = {
        "Precision is TP / (TP + FP).",
        "{\"a\": 1} and x_1, y^2, w_t+1",
        "a \\\" b",
        "",
        "\\",
        "θ_t − η ∇L(θ_t)",
        "x_{t+1} = x_t - g_{t}^{(2)}",
    };
    for (size_t i = 0; i < sizeof same / sizeof *same - 1; i++)
        ck_assert_str_eq(tex(same[i]), same[i]);
    ck_assert_str_eq(tex(same[6]), "x_{t+1} = x_t - g_t^(2)");
}
END_TEST

/* Broken or hostile TeX: unclosed groups, arguments missing, nesting past any formula's depth
 * and a buffer too small. Nothing is read past the text's end; output fits 2 n + 16. */
START_TEST(tex_broken)
{
    ck_assert_str_eq(tex("\\frac{1}{"), "1/()");
    ck_assert_str_eq(tex("\\sqrt"), "sqrt()");
    ck_assert_str_eq(tex("\\frac"), "()/()");
    ck_assert_str_eq(tex("x_{t"), "x_t");
    ck_assert_str_eq(tex("ends in _{"), "ends in _{}");
    static char deep[400], out[1000];
    size_t n = 0;
    for (int i = 0; i < 60; i++)
        n += (size_t)snprintf(deep + n, sizeof deep - n, "\\sqrt{");
    size_t k = drill_text_tex(deep, n, out, 2 * n + 16);
    ck_assert_uint_ne(k, (size_t)-1);
    ck_assert_uint_le(k, 2 * n + 16);
    ck_assert_uint_eq(drill_text_tex("\\sqrt{x}", 8, out, 3), (size_t)-1);
    const char *worst = "1\\a1\\a1\\sqrt\\sqrt\\frac\\frac\\frac";
    n = strlen(worst);
    ck_assert_uint_ne(drill_text_tex(worst, n, out, 2 * n + 16), (size_t)-1);
}
END_TEST

/* ---------------------------------------------------------------- words and sentences */

/* The words of `s`, joined with '|'; static buffer. */
static const char *words(const char *s)
{
    static char out[1024];
    size_t n = strlen(s), pos = 0, st, len, o = 0;
    out[0] = '\0';
    while (drill_text_next_word(s, n, &pos, &st, &len)) {
        ck_assert_uint_le(st + len, n);
        ck_assert_uint_eq(pos, st + len);
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%.*s", o ? "|" : "", (int)len, s + st);
    }
    ck_assert_uint_eq(pos, n);
    return out;
}

START_TEST(words_basic)
{
    ck_assert_str_eq(words("hello, world! 42 times."), "hello|world|42|times");
    ck_assert_str_eq(words(""), "");
    ck_assert_str_eq(words("  ,;: -- ... "), "");
    ck_assert_str_eq(words("x_1 = y2"), "x_1|y2");
    ck_assert_str_eq(words("(a+b)/2"), "a|b|2");
}
END_TEST

START_TEST(words_apostrophes_hyphens)
{
    ck_assert_str_eq(words("don't stop"), "don't|stop");
    ck_assert_str_eq(words("k-means clustering"), "k-means|clustering");
    ck_assert_str_eq(words("state-of-the-art"), "state-of-the-art");
    /* only between word characters */
    ck_assert_str_eq(words("'quoted' -dash- end-"), "quoted|dash|end");
    ck_assert_str_eq(words("rock 'n' roll"), "rock|n|roll");
    ck_assert_str_eq(words("a--b"), "a|b");
    ck_assert_str_eq(words("a''b"), "a|b");
    ck_assert_str_eq(words("it's-"), "it's");
    ck_assert_str_eq(words("o'clock's"), "o'clock's");
}
END_TEST

START_TEST(words_digits_and_punctuation)
{
    ck_assert_str_eq(words("3.5 and 1,000"), "3|5|and|1|000");
    ck_assert_str_eq(words("l2-regularisation"), "l2-regularisation");
    ck_assert_str_eq(words("p<0.05"), "p|0|05");
    ck_assert_str_eq(words("e.g. this"), "e|g|this");
}
END_TEST

START_TEST(words_unicode)
{
    ck_assert_str_eq(words("na\xC3\xAFve caf\xC3\xA9"), "na\xC3\xAFve|caf\xC3\xA9");
    ck_assert_str_eq(words("\xCF\x83(z) = 1"), "\xCF\x83|z|1");
    /* Chinese has no spaces between words: each character is one */
    ck_assert_str_eq(words("\xE4\xB8\xAD\xE6\x96\x87"), "\xE4\xB8\xAD|\xE6\x96\x87");
    /* dashes, quotes, math symbols and unicode spaces separate words */
    ck_assert_str_eq(words("a\xE2\x80\x94"
                           "b\xE2\x80\x9C"
                           "c\xE2\x88\x92"
                           "d\xC2\xA0"
                           "e\xC3\x97"
                           "f\xC3\xB7"
                           "g\xE3\x80\x81"
                           "h"),
                     "a|b|c|d|e|f|g|h");
    /* superscripts and ordinal indicators are part of a word */
    ck_assert_str_eq(words("x\xC2\xB2 1\xC2\xBA"), "x\xC2\xB2|1\xC2\xBA");
}
END_TEST

START_TEST(words_positions)
{
    const char *s = "  \xC3\xA9t\xC3\xA9, ok";
    size_t pos = 0, st, len;
    ck_assert_int_eq(drill_text_next_word(s, strlen(s), &pos, &st, &len), 1);
    ck_assert_uint_eq(st, 2);
    ck_assert_uint_eq(len, 5);
    ck_assert_int_eq(drill_text_next_word(s, strlen(s), &pos, &st, &len), 1);
    ck_assert_uint_eq(st, 9);
    ck_assert_uint_eq(len, 2);
    ck_assert_int_eq(drill_text_next_word(s, strlen(s), &pos, &st, &len), 0);
    ck_assert_uint_eq(pos, strlen(s));
    /* starting in the middle of the text */
    pos = 4;
    ck_assert_int_eq(drill_text_next_word(s, strlen(s), &pos, &st, &len), 1);
    ck_assert_uint_eq(st, 4);
    ck_assert_uint_eq(len, 3);
}
END_TEST

START_TEST(words_cjk)
{
    /* Chinese and Japanese have no spaces: each Han or Kana character is a word */
    ck_assert_str_eq(words("机器学习很有用"), "机|器|学|习|很|有|用");
    ck_assert_str_eq(words("使用L2正则化。"), "使|用|L2|正|则|化");
    ck_assert_str_eq(words("過学習を防ぐ"), "過|学|習|を|防|ぐ");
    ck_assert_str_eq(words("ニューラル・ネット"), "ニ|ュ|ー|ラ|ル|ネ|ッ|ト");
    ck_assert_str_eq(words("ｶﾀｶﾅ"), "ｶ|ﾀ|ｶ|ﾅ");
    ck_assert_str_eq(words("日々"), "日|々");
    /* Korean puts spaces between words; Hangul and Latin are words of their own */
    ck_assert_str_eq(words("모델은 과적합을 줄인다"), "모델은|과적합을|줄인다");
    ck_assert_str_eq(words("ReLU는 L2정규화"), "ReLU|는|L2|정규화");
    /* fullwidth and CJK punctuation separate; fullwidth letters and digits are letters */
    ck_assert_str_eq(words("你好，世界！（测试）"), "你|好|世|界|测|试");
    ck_assert_str_eq(words("「引用」と『書名』"), "引|用|と|書|名");
    ck_assert_str_eq(words("ＡＢＣ１２３"), "ＡＢＣ１２３");
    /* a hyphen or apostrophe joins only letters of one kind */
    ck_assert_str_eq(words("k-近邻"), "k|近|邻");
    ck_assert_str_eq(words("정규-화"), "정규-화");
}
END_TEST

START_TEST(count_cjk)
{
    ck_assert_uint_eq(drill_text_count_words("机器学习 is fun", strlen("机器学习 is fun")), 6);
    const char *zh = "过拟合很常见。正则化可以帮助！对吗？";
    ck_assert_uint_eq(drill_text_count_sentences(zh, strlen(zh)), 3);
    const char *ja = "これはペンです。あれは本です";
    ck_assert_uint_eq(drill_text_count_sentences(ja, strlen(ja)), 2);
    const char *ko = "문장입니다. 두 번째 문장.";
    ck_assert_uint_eq(drill_text_count_sentences(ko, strlen(ko)), 2);
    ck_assert_uint_eq(drill_text_count_words(ko, strlen(ko)), 4);
}
END_TEST

START_TEST(script_classes)
{
    ck_assert_int_eq(drill_text_script('a'), DRILL_SCRIPT_OTHER);
    ck_assert_int_eq(drill_text_script(0xE9), DRILL_SCRIPT_OTHER);
    ck_assert_int_eq(drill_text_script(0x4E2D), DRILL_SCRIPT_UNSPACED);  /* 中 */
    ck_assert_int_eq(drill_text_script(0x20BB7), DRILL_SCRIPT_UNSPACED); /* 𠮷 */
    ck_assert_int_eq(drill_text_script(0x3042), DRILL_SCRIPT_UNSPACED);  /* あ */
    ck_assert_int_eq(drill_text_script(0x30A2), DRILL_SCRIPT_UNSPACED);  /* ア */
    ck_assert_int_eq(drill_text_script(0x30FB), DRILL_SCRIPT_OTHER);     /* ・ */
    ck_assert_int_eq(drill_text_script(0xD55C), DRILL_SCRIPT_HANGUL);    /* 한 */
    ck_assert_int_eq(drill_text_script(0x3002), DRILL_SCRIPT_OTHER);     /* 。 */
}
END_TEST

START_TEST(count_words)
{
    ck_assert_uint_eq(drill_text_count_words("", 0), 0);
    ck_assert_uint_eq(drill_text_count_words(" . , ", 5), 0);
    const char *s = "The bias-variance trade-off: don't overfit, regularise!";
    ck_assert_uint_eq(drill_text_count_words(s, strlen(s)), 6);
    const char *u = "L'\xC3\xA9t\xC3\xA9 \xC3\xA0 Paris";
    ck_assert_uint_eq(drill_text_count_words(u, strlen(u)), 3);
}
END_TEST

#define SENTENCES(s) drill_text_count_sentences((s), strlen(s))

START_TEST(count_sentences)
{
    ck_assert_uint_eq(SENTENCES(""), 0);
    ck_assert_uint_eq(SENTENCES("   "), 0);
    ck_assert_uint_eq(SENTENCES("..."), 0);
    ck_assert_uint_eq(SENTENCES("One. Two! Three?"), 3);
    ck_assert_uint_eq(SENTENCES("No terminator"), 1);
    ck_assert_uint_eq(SENTENCES("Done.   "), 1);
    ck_assert_uint_eq(SENTENCES("First.\nSecond.\tThird.\r\nFourth"), 4);
    ck_assert_uint_eq(SENTENCES("Why?! Because."), 2);
    ck_assert_uint_eq(SENTENCES("Wait... what"), 2);
    ck_assert_uint_eq(SENTENCES("Stop.Go"), 1); /* no space: not a boundary */
}
END_TEST

START_TEST(sentences_decimal_point)
{
    ck_assert_uint_eq(SENTENCES("Pi is about 3.14 and e is 2.7."), 1);
    ck_assert_uint_eq(SENTENCES("3.5"), 1);
    ck_assert_uint_eq(SENTENCES("Use p < 0.05. Then stop."), 2);
}
END_TEST

START_TEST(sentences_abbreviations)
{
    ck_assert_uint_eq(SENTENCES("Use a simpler model, e.g. a linear one."), 1);
    ck_assert_uint_eq(SENTENCES("That is, i.e. the mean. Next."), 2);
    ck_assert_uint_eq(SENTENCES("As J. Smith wrote."), 1);
}
END_TEST

START_TEST(sentences_end_in_a_digit)
{
    /* the rule for "e.g." and initials (a one-letter word before '.') is for
     * letters: a sentence may end in a single digit */
    ck_assert_uint_eq(SENTENCES("The loss fell to 0. Then it rose."), 2);
    ck_assert_uint_eq(SENTENCES("Pick k = 5. Then run it."), 2);
}
END_TEST

/* ---------------------------------------------------------------- edit distance */

static int ed(const char *a, const char *b, int max)
{
    return drill_text_edit_distance(a, strlen(a), b, strlen(b), max);
}

START_TEST(edit_basic)
{
    ck_assert_int_eq(ed("", "", 5), 0);
    ck_assert_int_eq(ed("abc", "abc", 5), 0);
    ck_assert_int_eq(ed("", "abc", 5), 3);
    ck_assert_int_eq(ed("abc", "", 5), 3);
    ck_assert_int_eq(ed("abc", "abxc", 5), 1);  /* insert */
    ck_assert_int_eq(ed("abxc", "abc", 5), 1);  /* delete */
    ck_assert_int_eq(ed("abc", "abd", 5), 1);   /* substitute */
    ck_assert_int_eq(ed("abcd", "acbd", 5), 1); /* transpose neighbours */
    ck_assert_int_eq(ed("promt", "prompt", 5), 1);
    ck_assert_int_eq(ed("kitten", "sitting", 5), 3);
    ck_assert_int_eq(ed("abcdef", "badcfe", 5), 3);
    /* optimal string alignment: a transposed pair is not edited again */
    ck_assert_int_eq(ed("ca", "abc", 5), 3);
}
END_TEST

START_TEST(edit_unicode_in_code_points)
{
    ck_assert_int_eq(ed("caf\xC3\xA9", "cafe", 5), 1);
    ck_assert_int_eq(ed("na\xC3\xAFve", "naive", 5), 1);
    ck_assert_int_eq(ed("\xCF\x83", "s", 5), 1);
    ck_assert_int_eq(ed("\xF0\x9F\x98\x80", "\xF0\x9F\x98\x81", 5), 1);
    ck_assert_int_eq(ed("\xC3\xA9", "", 5), 1);
    ck_assert_int_eq(ed("\xE2\x82\xAC\xC3\xA9", "\xC3\xA9\xE2\x82\xAC", 5), 1); /* transposed */
}
END_TEST

START_TEST(edit_cutoff)
{
    ck_assert_int_eq(ed("kitten", "sitting", 3), 3);
    ck_assert_int_eq(ed("kitten", "sitting", 2), 3);
    ck_assert_int_eq(ed("kitten", "sitting", 1), 2);
    ck_assert_int_eq(ed("kitten", "sitting", 0), 1);
    ck_assert_int_eq(ed("abc", "abcdef", 2), 3); /* the length difference alone is too much */
    ck_assert_int_eq(ed("abc", "xyz", 2), 3);
    ck_assert_int_eq(ed("same", "same", 0), 0);
    ck_assert_int_eq(ed("a", "b", -1), 0);
}
END_TEST

START_TEST(edit_long)
{
    char a[1200], b[1200];
    /* 256 code points, two bytes each: still compared */
    size_t n = 0;
    for (int i = 0; i < 256; i++) {
        memcpy(a + n, "\xC3\xA9", 2);
        n += 2;
    }
    memcpy(b, a, n);
    memcpy(b + 100, "\xC3\xA8", 2);
    ck_assert_int_eq(drill_text_edit_distance(a, n, b, n, 3), 1);
    ck_assert_int_eq(drill_text_edit_distance(a, n, a, n, 3), 0);
    ck_assert_int_eq(drill_text_edit_distance(a, n, b, n - 2, 3), 2);
    /* past 256 code points: max + 1 unless equal */
    memset(a, 'a', 300);
    memset(b, 'a', 300);
    ck_assert_int_eq(drill_text_edit_distance(a, 300, b, 300, 3), 0);
    b[150] = 'b';
    ck_assert_int_eq(drill_text_edit_distance(a, 300, b, 300, 3), 4);
    ck_assert_int_eq(drill_text_edit_distance(a, 257, a, 256, 3), 4);
    ck_assert_int_eq(drill_text_edit_distance(a, 256, b, 256, 3), 1);
    ck_assert_int_eq(drill_text_edit_distance(a, 149, b, 149, 0), 0);
}
END_TEST

/* Unbounded optimal-string-alignment distance over code points, for comparison. */
static int reference_osa(const uint32_t *x, int m, const uint32_t *y, int n)
{
    int d[16][16];
    for (int i = 0; i <= m; i++)
        d[i][0] = i;
    for (int j = 0; j <= n; j++)
        d[0][j] = j;
    for (int i = 1; i <= m; i++)
        for (int j = 1; j <= n; j++) {
            int v = d[i - 1][j - 1] + (x[i - 1] != y[j - 1]);
            if (d[i - 1][j] + 1 < v)
                v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v)
                v = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1] &&
                d[i - 2][j - 2] + 1 < v)
                v = d[i - 2][j - 2] + 1;
            d[i][j] = v;
        }
    return d[m][n];
}

START_TEST(edit_matches_reference)
{
    /* pseudo-random strings over a small alphabet, ASCII and multibyte */
    static const char *const alpha[] = {"a", "b", "c", "\xC3\xA9", "\xE2\x82\xAC"};
    static const uint32_t cps[] = {'a', 'b', 'c', 0xE9, 0x20AC};
    uint32_t seed = 12345;
    for (int round = 0; round < 3000; round++) {
        char s[2][64];
        uint32_t cp[2][15];
        int len[2];
        size_t bytes[2];
        for (int w = 0; w < 2; w++) {
            seed = seed * 1103515245u + 12345u;
            len[w] = (int)((seed >> 16) % 9);
            bytes[w] = 0;
            for (int i = 0; i < len[w]; i++) {
                seed = seed * 1103515245u + 12345u;
                int k = (int)((seed >> 16) % 5);
                cp[w][i] = cps[k];
                memcpy(s[w] + bytes[w], alpha[k], strlen(alpha[k]));
                bytes[w] += strlen(alpha[k]);
            }
        }
        int want = reference_osa(cp[0], len[0], cp[1], len[1]);
        for (int max = 0; max <= 9; max++) {
            int got = drill_text_edit_distance(s[0], bytes[0], s[1], bytes[1], max);
            int exp = want > max ? max + 1 : want;
            ck_assert_msg(got == exp, "round %d max %d: got %d, want %d", round, max, got, exp);
        }
    }
}
END_TEST

/* ---------------------------------------------------------------- typo correction */

START_TEST(typo_budget)
{
    for (size_t n = 0; n < 5; n++)
        ck_assert_int_eq(drill_typo_budget(n), 0);
    for (size_t n = 5; n < 8; n++)
        ck_assert_int_eq(drill_typo_budget(n), 1);
    ck_assert_int_eq(drill_typo_budget(8), 2);
    ck_assert_int_eq(drill_typo_budget(100), 2);
}
END_TEST

static struct drill_vocab *vocab(const char *const *words, size_t n)
{
    size_t lens[16];
    ck_assert_uint_le(n, 16);
    for (size_t i = 0; i < n; i++)
        lens[i] = strlen(words[i]);
    struct drill_vocab *v = drill_vocab_new(words, lens, n);
    ck_assert_ptr_nonnull(v);
    return v;
}

static long correct(const struct drill_vocab *v, const char *w)
{
    return drill_vocab_correct(v, w, strlen(w));
}

START_TEST(vocab_words)
{
    static const char *const words[] = {"variance", "bias", "th\xC3\xA9or\xC3\xA8me"};
    struct drill_vocab *v = vocab(words, 3);
    size_t len = 0;
    ck_assert_str_eq(drill_vocab_word(v, 0, &len), "variance");
    ck_assert_uint_eq(len, 8);
    ck_assert_str_eq(drill_vocab_word(v, 2, &len), "th\xC3\xA9or\xC3\xA8me");
    ck_assert_uint_eq(len, 10);
    ck_assert_ptr_null(drill_vocab_word(v, 3, &len));
    drill_vocab_free(v);
    drill_vocab_free(NULL);
}
END_TEST

START_TEST(vocab_correct)
{
    static const char *const words[] = {
        "variance",    "bias",           "overfitting", "gradient",
        "regularizer", "regularization", "dropout",     "th\xC3\xA9or\xC3\xA8me"};
    struct drill_vocab *v = vocab(words, 8);
    ck_assert_int_eq(correct(v, "varience"), 0);   /* substitution */
    ck_assert_int_eq(correct(v, "overfiting"), 2); /* deletion */
    ck_assert_int_eq(correct(v, "gradeint"), 3);   /* transposition */
    ck_assert_int_eq(correct(v, "droppout"), 6);   /* insertion */
    ck_assert_int_eq(correct(v, "regularizaton"), 5);
    ck_assert_int_eq(correct(v, "regulariser"), 4); /* the closest, not the first */
    /* counted in characters: one typo in an eight-character word */
    ck_assert_int_eq(correct(v, "th\xC3\xA9or\xC3\xAAme"), 7);
    /* the first letter must agree, or the first two be swapped */
    ck_assert_int_eq(correct(v, "vxriance"), 0);
    ck_assert_int_eq(correct(v, "avriance"), 0);
    ck_assert_int_eq(correct(v, "xariance"), -1);
    ck_assert_int_eq(correct(v, "xxriance"), -1);
    drill_vocab_free(v);
}
END_TEST

/* ---------------------------------------------------------------- wrapping */

static char *wrapped(const char *s, size_t width, const char *indent)
{
    static char out[512];
    size_t need = drill_text_wrap(s, strlen(s), width, indent, strlen(indent), NULL);
    ck_assert_uint_lt(need, sizeof out);
    ck_assert_uint_le(need, strlen(s) + (strlen(s) + 1) * (strlen(indent) + 1));
    size_t n = drill_text_wrap(s, strlen(s), width, indent, strlen(indent), out);
    ck_assert_uint_eq(n, need);
    out[n] = '\0';
    return out;
}

START_TEST(wrap_greedy)
{
    ck_assert_str_eq(wrapped("aa bb cc dd", 5, ""), "aa bb\ncc dd");
    ck_assert_str_eq(wrapped("aa bb cc dd", 4, ""), "aa\nbb\ncc\ndd");
    ck_assert_str_eq(wrapped("aa bb cc", 8, "> "), "> aa bb cc");
    /* white space of any kind is one space; the ends are trimmed */
    ck_assert_str_eq(wrapped("  aa \t\r bb  ", 10, ""), "aa bb");
    /* a word longer than the line stands alone */
    ck_assert_str_eq(wrapped("a bbbbbbbb c", 4, ""), "a\nbbbbbbbb\nc");
    ck_assert_str_eq(wrapped("bbbbbbbb", 4, "  "), "  bbbbbbbb");
}
END_TEST

START_TEST(wrap_paragraphs)
{
    ck_assert_str_eq(wrapped("aa bb\ncc", 20, "- "), "- aa bb\n- cc");
    ck_assert_str_eq(wrapped("aa\n\nbb\n", 20, "- "), "- aa\n- \n- bb\n- ");
    ck_assert_str_eq(wrapped("", 20, "- "), "- ");
    ck_assert_str_eq(wrapped("", 20, ""), "");
}
END_TEST

START_TEST(wrap_counts_characters)
{
    /* five characters of two bytes each fit a line of five */
    ck_assert_str_eq(wrapped("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9 x", 5, ""),
                     "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\nx");
    ck_assert_str_eq(wrapped("\xCE\xB8 \xCE\xBB x", 5, ""), "\xCE\xB8 \xCE\xBB x");
    /* a no-break space is not white space to split at */
    ck_assert_str_eq(wrapped("a\xC2\xA0"
                             "b c",
                             3, ""),
                     "a\xC2\xA0"
                     "b\nc");
}
END_TEST

START_TEST(vocab_no_correction)
{
    static const char *const words[] = {"variance", "bias", "dropout", "regularize"};
    struct drill_vocab *v = vocab(words, 4);
    ck_assert_int_eq(correct(v, "variance"), -1);  /* known words are no typos */
    ck_assert_int_eq(correct(v, "bais"), -1);      /* too short to correct */
    ck_assert_int_eq(correct(v, "biass"), -1);     /* "bias" is too short to be a target */
    ck_assert_int_eq(correct(v, "vrainacne"), -1); /* too far */
    ck_assert_int_eq(correct(v, "dropouts"), 2);
    ck_assert_int_eq(correct(v, "dropoutsss"), -1); /* the lengths differ too much */
    ck_assert_int_eq(correct(v, "x"), -1);
    ck_assert_int_eq(correct(v, ""), -1);
    drill_vocab_free(v);

    /* a word in the vocabulary is never corrected, even to a nearer spelling listed first */
    static const char *const both[] = {"regularize", "regularise"};
    v = vocab(both, 2);
    ck_assert_int_eq(correct(v, "regularise"), -1);
    ck_assert_int_eq(correct(v, "regularis"), 1);
    drill_vocab_free(v);

    v = drill_vocab_new(NULL, NULL, 0);
    ck_assert_ptr_nonnull(v);
    ck_assert_int_eq(correct(v, "anything"), -1);
    drill_vocab_free(v);
}
END_TEST

static Suite *text_suite(void)
{
    Suite *s = suite_create("text");
    TCase *tc = tcase_create("utf8");
    tcase_add_test(tc, seqlen_well_formed);
    tcase_add_test(tc, seqlen_overlong);
    tcase_add_test(tc, seqlen_surrogates);
    tcase_add_test(tc, seqlen_past_max);
    tcase_add_test(tc, seqlen_truncated_and_stray);
    tcase_add_test(tc, valid_and_offsets);
    tcase_add_test(tc, valid_offsets_past_ascii_runs);
    tcase_add_test(tc, next_decodes);
    tcase_add_test(tc, length_in_code_points);
    suite_add_tcase(s, tc);

    tc = tcase_create("normalize");
    tcase_add_test(tc, norm_quotes);
    tcase_add_test(tc, norm_unquote);
    tcase_add_test(tc, norm_dashes_and_minus);
    tcase_add_test(tc, norm_times);
    tcase_add_test(tc, norm_spaces);
    tcase_add_test(tc, norm_zero_width_removed);
    tcase_add_test(tc, norm_trim_and_collapse);
    tcase_add_test(tc, norm_lower);
    tcase_add_test(tc, norm_everything_at_once);
    tcase_add_test(tc, norm_not_nul_terminated);
    tcase_add_test(tc, retract_corrections);
    tcase_add_test(tc, retract_only_corrections);
    suite_add_tcase(s, tc);

    tc = tcase_create("tex");
    tcase_add_test(tc, tex_formulas);
    tcase_add_test(tc, tex_plain_unchanged);
    tcase_add_test(tc, tex_broken);
    suite_add_tcase(s, tc);

    tc = tcase_create("words");
    tcase_add_test(tc, words_basic);
    tcase_add_test(tc, words_apostrophes_hyphens);
    tcase_add_test(tc, words_digits_and_punctuation);
    tcase_add_test(tc, words_unicode);
    tcase_add_test(tc, words_cjk);
    tcase_add_test(tc, count_cjk);
    tcase_add_test(tc, script_classes);
    tcase_add_test(tc, words_positions);
    tcase_add_test(tc, count_words);
    tcase_add_test(tc, count_sentences);
    tcase_add_test(tc, sentences_decimal_point);
    tcase_add_test(tc, sentences_abbreviations);
    tcase_add_test(tc, sentences_end_in_a_digit);
    suite_add_tcase(s, tc);

    tc = tcase_create("edit_distance");
    tcase_add_test(tc, edit_basic);
    tcase_add_test(tc, edit_unicode_in_code_points);
    tcase_add_test(tc, edit_cutoff);
    tcase_add_test(tc, edit_long);
    tcase_add_test(tc, edit_matches_reference);
    suite_add_tcase(s, tc);

    tc = tcase_create("wrap");
    tcase_add_test(tc, wrap_greedy);
    tcase_add_test(tc, wrap_paragraphs);
    tcase_add_test(tc, wrap_counts_characters);
    suite_add_tcase(s, tc);

    tc = tcase_create("typos");
    tcase_add_test(tc, typo_budget);
    tcase_add_test(tc, vocab_words);
    tcase_add_test(tc, vocab_correct);
    tcase_add_test(tc, vocab_no_correction);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return unit_run(text_suite());
}
