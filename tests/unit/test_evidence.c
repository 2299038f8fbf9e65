/* The grading engine's evidence: negation, claims bound to their subject,
 * contrasts, the literal filter and regex limits. */
#define _XOPEN_SOURCE 700

#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "cache.h"
#include "evidence.h"
#include "re.h"
#include "rxsrc.h"
#include "unit.h"

static struct drill_ev *ev;
static char err[400];

static void setup(void)
{
    ev = drill_ev_new();
    ck_assert_ptr_nonnull(ev);
}

static void teardown(void)
{
    drill_ev_free(ev);
}

static void pat(int role, const char *p)
{
    int rc =
        drill_ev_add_pattern(ev, role, p, strlen(p), NULL, 0, 0, NULL, NULL, 0, 0, err, sizeof err);
    ck_assert_msg(rc == 0, "%s: %s", p, err);
}

static void pat_lit(int role, const char *p, const char *lit)
{
    const char *lits[] = {lit};
    size_t lens[] = {strlen(lit)};
    int rc =
        drill_ev_add_pattern(ev, role, p, strlen(p), NULL, 0, 0, lits, lens, 1, 0, err, sizeof err);
    ck_assert_msg(rc == 0, "%s: %s", p, err);
}

/* A concept stated by "stratif... (reduc|lower)... variance", with its two literal sets: "stratif",
 * and one of "reduc" and "lower". */
static void stratified_lowers_variance(void)
{
    drill_ev_add_item(ev, 0);
    const char *lits[] = {"stratif", "", "reduc", "lower"};
    size_t lens[] = {7, 0, 5, 5};
    const char *p = "\\bstratif\\w* (?:reduc|lower)\\w* variance";
    ck_assert_int_eq(drill_ev_add_pattern(ev, DRILL_EV_PATTERN, p, strlen(p), NULL, 0, 0, lits,
                                          lens, 4, 0, err, sizeof err),
                     0);
}

static const struct drill_ev_result *run(const char *text, size_t concept)
{
    int rc = drill_ev_run(ev, text, strlen(text), err, sizeof err);
    ck_assert_msg(rc == 0, "run: %s", err);
    return drill_ev_concept(ev, concept);
}

/* Runs each of n answers and checks that the first concept (or misconception) is in state or,
 * with is 0, in any other; a failure names the answer. */
static void each_state(const char *const *answers, size_t n, int misconception, int is, int state)
{
    for (size_t i = 0; i < n; i++) {
        int rc = drill_ev_run(ev, answers[i], strlen(answers[i]), err, sizeof err);
        ck_assert_msg(rc == 0, "run: %s", err);
        const struct drill_ev_result *r =
            misconception ? drill_ev_misconception(ev, 0) : drill_ev_concept(ev, 0);
        ck_assert_msg((r->state == state) == is, "%s (state %d)", answers[i], r->state);
    }
}
#define COUNT(a)                              (sizeof(a) / sizeof *(a))
#define EACH_IS(answers, state)               each_state(answers, COUNT(answers), 0, 1, state)
#define EACH_IS_NOT(answers, state)           each_state(answers, COUNT(answers), 0, 0, state)
#define EACH_MISCONCEPTION_IS(answers, state) each_state(answers, COUNT(answers), 1, 1, state)

/* Type I and Type II as two claims, each the other's rival. */
static void type_errors(void)
{
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\btype (?:i|1|one)\\b");
    pat(DRILL_EV_RIVAL, "\\btype (?:ii|2|two)\\b");
    pat(DRILL_EV_SAYS, "false positive");
    pat(DRILL_EV_CONTRAST, "false negative");
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\btype (?:ii|2|two)\\b");
    pat(DRILL_EV_RIVAL, "\\btype (?:i|1|one)\\b");
    pat(DRILL_EV_SAYS, "false negative");
    pat(DRILL_EV_CONTRAST, "false positive");
}

/* A pattern states a denial when the words it says hold one: escapes like \b read as spaces,
 * whole words only, and a negation a negative lookaround keeps out is no word it says. */
/* A long list of items (the field's misconceptions) is judged through an index of its gate
 * literals once a few answers have been read: every answer, before and after, finds the same
 * items stated, those judged whatever the answer holds (a gate literal too short to file)
 * among them, what an item stated in one answer is gone in the next, and an item added
 * afterwards is judged as well. */
START_TEST(long_list_index)
{
    enum { N = 80 };
    char words[N][16];
    for (int i = 0; i < N; i++) {
        int short_gate = i % 20 == 5; /* 5, 25, 45, 65: judged whatever the answer holds */
        snprintf(words[i], sizeof words[i], short_gate ? "%02d" : "qz%02dterm", i);
        drill_ev_add_item(ev, 1);
        char p[64];
        snprintf(p, sizeof p, "\\b%s (?:is|was) wrong\\b", words[i]);
        pat_lit(DRILL_EV_PATTERN, p, words[i]);
    }
    for (int a = 0; a < 100; a++) {
        char text[200];
        int x = a % 2 ? (a * 20 + 5) % N : a % N, y = (a * 7 + 3) % N;
        snprintf(text, sizeof text, "Here %s is wrong, and %s was right. Plain words%s.", words[x],
                 words[y], a % 5 ? "" : " only");
        ck_assert_int_eq(drill_ev_run(ev, text, strlen(text), err, sizeof err), 0);
        for (int i = 0; i < N; i++) {
            const struct drill_ev_result *r = drill_ev_misconception(ev, (size_t)i);
            int want = i == x ? DRILL_EV_STATED : DRILL_EV_MISSING;
            ck_assert_msg((int)r->state == want, "answer %d, item %d: state %d", a, i,
                          (int)r->state);
        }
    }
    /* an answer read with the filter off (a Kelvin sign is a 'k' caselessly), then one with it
     * on: what the first stated is not left standing in the second */
    const char *kelvin = "At 300 \xE2\x84\xAA, qz10term is wrong.";
    ck_assert_int_eq(drill_ev_run(ev, kelvin, strlen(kelvin), err, sizeof err), 0);
    ck_assert_int_eq(drill_ev_misconception(ev, 10)->state, DRILL_EV_STATED);
    const char *after = "Here qz12term is wrong.";
    ck_assert_int_eq(drill_ev_run(ev, after, strlen(after), err, sizeof err), 0);
    ck_assert_int_eq(drill_ev_misconception(ev, 12)->state, DRILL_EV_STATED);
    ck_assert_int_eq(drill_ev_misconception(ev, 10)->state, DRILL_EV_MISSING);
    /* one more item, after the index was built: it is judged too */
    drill_ev_add_item(ev, 1);
    pat_lit(DRILL_EV_PATTERN, "\\blatecomer (?:is|was) wrong\\b", "latecomer");
    const char *text = "The latecomer is wrong.";
    ck_assert_int_eq(drill_ev_run(ev, text, strlen(text), err, sizeof err), 0);
    ck_assert_int_eq(drill_ev_misconception(ev, N)->state, DRILL_EV_STATED);
    ck_assert_int_eq(drill_ev_misconception(ev, 0)->state, DRILL_EV_MISSING);
}
END_TEST

START_TEST(denials)
{
    static const char *const yes[] = {"\\bno loss beyond the margin",
                                      "not available at prediction time",
                                      "doesn't converge",
                                      "NEVER sees the test set",
                                      "trained without labels",
                                      "cannot be inverted",
                                      "un biased",
                                      "computed rather than learned",
                                      "instead of the mean",
                                      "as opposed to bagging",
                                      "(?:not|never) linear",
                                      "a\\bnot\\b",
                                      "(?!x)no",
                                      "(?<!y)\\bnever\\b",
                                      "\\bneither (?:shows?|gives?) caus",
                                      "it is \\bnor\\b",
                                      "none of (?:them|these)"};
    static const char *const no[] = {"normal(?:ised|ized)?",
                                     "nothing to learn",
                                     "knot",
                                     "unbiased",
                                     "rather",
                                     "instead",
                                     "(?<!not )\\bcomput\\w* explicitly",
                                     "a(?:(?!\\bnot\\b|n't\\b)[^.;]){0,60}b",
                                     "(?<!\\bno )free lunch",
                                     "known",
                                     "innocent",
                                     "nonetheless",
                                     "honor",
                                     ""};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        ck_assert_msg(drill_ev_denial(yes[i], strlen(yes[i])) == 1, "/%s/ states a denial", yes[i]);
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        ck_assert_msg(drill_ev_denial(no[i], strlen(no[i])) == 0, "/%s/ states no denial", no[i]);
}
END_TEST

START_TEST(negation)
{
    const char *t = "the model does not overfit";
    ck_assert(drill_ev_negated(t, strlen("the model does not ")));
    t = "bagging not only reduces variance";
    ck_assert(!drill_ev_negated(t, strlen("bagging not only ")));
    t = "it never overfits";
    ck_assert(drill_ev_negated(t, strlen("it never ")));
    t = "without regularisation, the model overfits";
    ck_assert(!drill_ev_negated(t, strlen("without regularisation, the model ")));
    t = "it isn't biased";
    ck_assert(drill_ev_negated(t, strlen("it isn't ")));
    t = "no. It overfits";
    ck_assert(!drill_ev_negated(t, strlen("no. It ")));
    t = "it does not help, but it overfits";
    ck_assert(!drill_ev_negated(t, strlen("it does not help, but it ")));
    /* "rarely", "seldom" and "scarcely" deny as "hardly" does */
    t = "L2 shrinks weights smoothly, rarely to exactly zero";
    ck_assert(drill_ev_negated(t, strlen("L2 shrinks weights smoothly, rarely to ")));
    t = "it seldom overfits";
    ck_assert(drill_ev_negated(t, strlen("it seldom ")));
    t = "a few late buses scarcely move the fit";
    ck_assert(drill_ev_negated(t, strlen("a few late buses scarcely ")));
    /* a contraction typed without its apostrophe denies as it does with one */
    t = "it isnt biased";
    ck_assert(drill_ev_negated(t, strlen("it isnt ")));
    t = "dropout doesnt help at test time";
    ck_assert(drill_ev_negated(t, strlen("dropout doesnt ")));
    t = "you cant skip the scaling";
    ck_assert(drill_ev_negated(t, strlen("you cant ")));
    /* ... and a word that only ends so does not */
    t = "a giant model overfits";
    ck_assert(!drill_ev_negated(t, strlen("a giant model ")));
    /* "no" joined by a hyphen is part of a name; "w/o" is "without" */
    t = "the no-free-lunch theorem rules out";
    ck_assert(!drill_ev_negated(t, strlen("the no-free-lunch theorem ")));
    t = "there is no free lunch";
    ck_assert(drill_ev_negated(t, strlen("there is no ")));
    t = "it adapts w/o updating its weights";
    ck_assert(drill_ev_negated(t, strlen("it adapts w/o ")));
    t = "a w/ov score";
    ck_assert(!drill_ev_negated(t, strlen("a w/ov ")));
    /* "no" joined by a slash is one of a pair of choices */
    t = "each step keeps the yes/no question leaving the most uniform groups";
    ck_assert(!drill_ev_negated(t, strlen("each step keeps the yes/no question leaving the ")));
    t = "for no/low risk drivers the premium falls";
    ck_assert(!drill_ev_negated(t, strlen("for no/low risk drivers the ")));
    t = "there is no / little signal";
    ck_assert(drill_ev_negated(t, strlen("there is no / little ")));
    /* "and" before a verb starts another predicate, which the negation before it does not reach */
    t = "the gap is never negative and is zero only when q is the posterior";
    ck_assert(!drill_ev_negated(t, strlen("the gap is never negative and is ")));
    t = "it is not convex and has many saddle points";
    ck_assert(!drill_ev_negated(t, strlen("it is not convex and has ")));
    /* ... while one joined by "and" to the negated word is still denied */
    t = "it does not shrink and zero the weights";
    ck_assert(drill_ev_negated(t, strlen("it does not shrink and ")));
    /* "why not" suggests what follows */
    t = "or why not try the routes you are least sure of";
    ck_assert(!drill_ev_negated(t, strlen("or why not ")));
    t = "Why not? It overfits";
    ck_assert(!drill_ev_negated(t, strlen("Why not? It ")));
    t = "anywhere not tried";
    ck_assert(drill_ev_negated(t, strlen("anywhere not ")));
    /* a negation in a condition does not reach the main clause after it, which a subject of its
     * own opens, comma or none */
    t = "so if it isn't earning its keep it goes to zero";
    ck_assert(!drill_ev_negated(t, strlen("so if it isn't earning its keep it ")));
    ck_assert(!drill_ev_negated(t, strlen("so if it isn't earning its keep ")));
    t = "when you don't scale them they dominate";
    ck_assert(!drill_ev_negated(t, strlen("when you don't scale them ")));
    /* ... but denies in the condition itself, and where no condition opens the clause */
    t = "if it doesn't go to zero it stays";
    ck_assert(drill_ev_negated(t, strlen("if it doesn't ")));
    t = "so it isn't used it goes to zero";
    ck_assert(drill_ev_negated(t, strlen("so it isn't used it ")));
    t = "if it is not the weights it drives to zero";
    ck_assert(drill_ev_negated(t, strlen("if it is not ")));
    /* a question opening with a negative auxiliary asks the interviewer to agree: it states what
     * it asks */
    t = "Isn't that when the inputs drift, and the labels stay put?";
    ck_assert(!drill_ev_negated(t, strlen("Isn't that when the ")));
    t = "So the model is fine. Doesn't every layer see the whole image?";
    ck_assert(!drill_ev_negated(t, strlen("So the model is fine. Doesn't every layer ")));
    t = "Wouldnt it overfit?";
    ck_assert(!drill_ev_negated(t, strlen("Wouldnt it ")));
    /* ... first in a clause of its own too: after a semicolon or a colon, or a joining word
     * after a comma */
    t = "You get a linear system; isn't it then just solving that once for w?";
    ck_assert(!drill_ev_negated(t, strlen("You get a linear system; isn't it then just ")));
    t = "The gap keeps growing, so isn't that overfitting?";
    ck_assert(!drill_ev_negated(t, strlen("The gap keeps growing, so isn't that ")));
    t = "The gap keeps growing, and it isn't overfitting?";
    ck_assert(drill_ev_negated(t, strlen("The gap keeps growing, and it isn't ")));
    /* ... not one asking why, a statement, or a question that closes after a full stop (where
     * a colon ends what the negation reaches anyway) */
    t = "Why doesn't the model overfit?";
    ck_assert(drill_ev_negated(t, strlen("Why doesn't the model ")));
    t = "Doesn't matter: the model overfits. Right?";
    ck_assert(!drill_ev_negated(t, strlen("Doesn't matter: the model ")));
    t = "Doesn't overfit. Right?";
    ck_assert(drill_ev_negated(t, strlen("Doesn't ")));
    t = "It isn't biased?";
    ck_assert(drill_ev_negated(t, strlen("It isn't ")));
}
END_TEST

START_TEST(pattern_anywhere)
{
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "\\boverfit");
    const struct drill_ev_result *r = run("Too deep a tree overfits.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    ck_assert_int_eq(r->via, DRILL_EV_PATTERN);
    ck_assert_uint_eq(r->hit.start, 16);
    r = run("It does not overfit.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    ck_assert(r->negated);
    /* a negation swallowed by a gap in the pattern */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "bagging[^.]{0,40}bias");
    r = run("Bagging does not reduce bias.", 1);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    r = run("Bagging won't reduce bias.", 1);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    r = run("Bagging doesnt reduce bias.", 1);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    r = run("Bagging, known for trees, reduces bias.", 1);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    r = run("Bagging w/o deep trees reduces bias.", 1);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    r = run("Bagging, by the no-free-lunch theorem, reduces bias.", 1);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    r = run("Bagging, a yes/no matter here, reduces bias.", 1);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
}
END_TEST

/* drill_ev_run_like takes over the reading of another rubric that last read the same answer,
 * and judges as drill_ev_run does; given another answer, or a rubric read since, it reads anew. */
START_TEST(run_like_reads_as_run)
{
    type_errors();
    struct drill_ev *other = drill_ev_new();
    ck_assert_ptr_nonnull(other);
    drill_ev_add_item(other, 0);
    const char *p = "\\boverfit";
    const char *lits[] = {"overfit"}; /* the literal filter reads the windows of the answer */
    size_t lens[] = {7};
    ck_assert_int_eq(drill_ev_add_pattern(other, DRILL_EV_PATTERN, p, strlen(p), NULL, 0, 0, lits,
                                          lens, 1, 0, err, sizeof err),
                     0);
    const char *texts[] = {"A Type I error, in other words a false negative; a false positive is "
                           "a Type II error. It overfits.",
                           "A Type I error is a false positive.\n\n- It does not overfit.", ""};
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
        const char *t = texts[k];
        /* what other finds reading t itself */
        ck_assert_int_eq(drill_ev_run(other, t, strlen(t), err, sizeof err), 0);
        int alone = drill_ev_concept(other, 0)->state;
        size_t alone_at = drill_ev_concept(other, 0)->hit.start;
        /* ev reads t, then other takes its reading over */
        ck_assert_int_eq(drill_ev_run(ev, t, strlen(t), err, sizeof err), 0);
        ck_assert_int_eq(drill_ev_run_like(other, ev, t, strlen(t), err, sizeof err), 0);
        ck_assert_int_eq(drill_ev_concept(other, 0)->state, alone);
        ck_assert_uint_eq(drill_ev_concept(other, 0)->hit.start, alone_at);
        size_t n1, n2;
        ck_assert_str_eq(drill_ev_text(other, &n1), drill_ev_text(ev, &n2));
    }
    /* ev last read another answer: other reads this one itself */
    ck_assert_int_eq(drill_ev_run(ev, "It overfits.", 12, err, sizeof err), 0);
    ck_assert_int_eq(drill_ev_run_like(other, ev, "It underfits.", 13, err, sizeof err), 0);
    ck_assert_int_eq(drill_ev_concept(other, 0)->state, DRILL_EV_MISSING);
    size_t n;
    ck_assert_str_eq(drill_ev_text(other, &n), "It underfits.");
    /* the same answer, but a third rubric read another since: the windows are indexed anew */
    ck_assert_int_eq(drill_ev_run(ev, "Deep trees overfit.", 19, err, sizeof err), 0);
    struct drill_ev *third = drill_ev_new();
    ck_assert_int_eq(drill_ev_run(third, "Nothing here at all.", 20, err, sizeof err), 0);
    ck_assert_int_eq(drill_ev_run_like(other, ev, "Deep trees overfit.", 19, err, sizeof err), 0);
    ck_assert_int_eq(drill_ev_concept(other, 0)->state, DRILL_EV_STATED);
    ck_assert_int_eq(drill_ev_run_like(other, NULL, "Deep trees overfit.", 19, err, sizeof err), 0);
    ck_assert_int_eq(drill_ev_concept(other, 0)->state, DRILL_EV_STATED);
    drill_ev_free(third);
    drill_ev_free(other);
}
END_TEST

START_TEST(claims_bound_to_subject)
{
    type_errors();
    const struct drill_ev_result *r =
        run("Type I is a false positive and type II is a false negative.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    ck_assert_int_eq(r->via, DRILL_EV_SAYS);
    ck_assert_int_eq(drill_ev_concept(ev, 1)->state, DRILL_EV_STATED);
    /* swapped: both contradicted, though both right words appear */
    r = run("Type II is a false positive and type I is a false negative.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
    ck_assert_int_eq(r->contra_via, DRILL_EV_CONTRAST);
    ck_assert_int_eq(drill_ev_concept(ev, 1)->state, DRILL_EV_CONTRADICTED);
    /* an apposition after a comma goes on about the subject */
    r = run(
        "A Type I error, in other words a false negative, is bad. A false positive is a Type II "
        "error.",
        0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
    /* "it" goes on about the subject of the sentence before */
    r = run("Consider a Type I error. It is a false positive.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    ck_assert_int_eq(r->about.alt, 0);
    /* an answer that names no subject is about the question's */
    r = run("It is a false positive.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    ck_assert_int_eq(r->about.alt, -1);
}
END_TEST

START_TEST(said_of_a_rival)
{
    type_errors();
    const struct drill_ev_result *r = run("A type II error is a false positive.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    ck_assert_int_eq(r->rival, 0);
    ck_assert_int_eq(drill_ev_concept(ev, 1)->state, DRILL_EV_CONTRADICTED);
}
END_TEST

START_TEST(former_and_latter)
{
    /* "the former" and "the latter" point back to the earlier and the later of the last two
     * things named */
    type_errors();
    const char *stated[] = {
        "Type I and type II errors: the former is a false positive.",
        "Type II and type I errors: the latter is a false positive.",
        "Type I and type II errors differ. The former is a false positive, rejecting a true null.",
        "Type II and type I. One misses an effect, and the latter is a false positive.",
        "Type I and type II errors: in the former you raise a false positive.",
    };
    EACH_IS(stated, DRILL_EV_STATED);
    const char *contradicted[] = {
        "Type I and type II errors: the former is a false negative.",
        "Type II and type I errors: the latter is a false negative.",
    };
    EACH_IS(contradicted, DRILL_EV_CONTRADICTED);
    /* "the first" and "the second" too, where they stand for a noun ("the first is", "the
     * second one", "the first, ...") */
    const char *ordinal_stated[] = {
        "Type I and type II errors. The first is a false positive.",
        "Type II and type I errors. The second one is a false positive, the first a miss.",
        "Type I and type II errors. The first, in short, is a false positive.",
    };
    EACH_IS(ordinal_stated, DRILL_EV_STATED);
    ck_assert_int_eq(run("Type I and type II errors. The second is a false positive.", 1)->state,
                     DRILL_EV_CONTRADICTED);
    /* named in between, the nearer mention owns it; with one thing named, it points nowhere */
    ck_assert_int_eq(run("Type I and type II: the former, type II, is a false positive.", 0)->state,
                     DRILL_EV_MISSING);
    ck_assert_int_eq(run("Type I matters. The former is a false positive.", 0)->state,
                     DRILL_EV_STATED);
}
END_TEST

START_TEST(former_and_latter_of_a_sentence)
{
    /* the two are the first thing the sentence names and the first of the other kind after
     * it, however often a description names either again */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\bvariance\\b");
    pat(DRILL_EV_RIVAL, "\\bmean\\b|\\baverage\\b");
    pat(DRILL_EV_SAYS, "\\bunderestimat\\w*");
    pat(DRILL_EV_CONTRAST, "\\bunbiased\\b");
    const char *a = "The mean estimate is the average of the samples, and the variance estimate is "
                    "the average squared deviation from that average. The first is unbiased; the "
                    "second is an underestimate.";
    ck_assert_int_eq(run(a, 0)->state, DRILL_EV_STATED);
    const char *b = "The mean estimate is the average of the samples, and the variance estimate is "
                    "the average squared deviation from that average. The second is unbiased.";
    ck_assert_int_eq(run(b, 0)->state, DRILL_EV_CONTRADICTED);
}
END_TEST

START_TEST(dismissed)
{
    /* "skip" before what it sets aside, and "... is pointless", "... isn't needed", "...
     * doesn't matter", "... can be skipped" after it, deny it as "not" does */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "\\bcalibrat\\w*");
    const char *stated[] = {
        "Calibrate the probabilities before the auction uses them.",
        "Don't skip calibration: the auction prices with it.",
        "Calibration matters because the bids use the probabilities.",
        "Calibration, which is not optional here, fixes the downsampled rates.",
        "Calibration is essential, and the ranking alone is pointless.",
        "We skip nothing: calibration comes last.",
    };
    EACH_IS(stated, DRILL_EV_STATED);
    const char *set_aside[] = {
        "Skip calibration, since only the ranking matters.",
        "Skipping the calibration saves a day.",
        "Calibration is pointless here.",
        "Calibration's a waste of time for an auction.",
        "Calibration isn't needed once you downsample.",
        "Calibration is not necessary.",
        "Calibration doesn't matter for ranking.",
        "The calibration step can safely be skipped.",
        "Calibration is totally unnecessary.",
    };
    EACH_IS(set_aside, DRILL_EV_MISSING);
    /* nor what "skip" is part of, nor past a clause of its own */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "\\bconnections?\\b|\\bweights\\b|\\bdo nothing\\b");
    const char *kept[] = {
        "Skip connections carry the gradient.",
        "Prune the weights that don't matter much.",
        "A block can do nothing if it isn't needed.",
        "AdamW skips that and just shrinks the weights.",
    };
    for (size_t i = 0; i < COUNT(kept); i++)
        ck_assert_msg(run(kept[i], 1)->state == DRILL_EV_STATED, "%s", kept[i]);
}
END_TEST

START_TEST(reversed_in_a_comparison)
{
    /* a reversed statement in what only names the other side of a comparison ("unlike a random
     * forest, where ...") is said of that side; one that goes on to what the answer holds is not */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "\\bsequential\\w*");
    pat(DRILL_EV_REVERSED, "\\btrained independently\\b");
    const char *stated[] = {
        "Trees are sequential. Unlike a random forest, where trees are trained independently, "
        "each fixes the last.",
        "Trees are sequential, unlike a random forest where trees are trained independently.",
        "Unlike a forest whose trees are trained independently, boosting is sequential.",
        "Unlike a bagged forest trained independently on bootstraps, boosting is sequential.",
    };
    EACH_IS(stated, DRILL_EV_STATED);
    const char *contradicted[] = {
        "Trees are sequential. Unlike bagging, they are trained independently.",
        "Trees are sequential, so unlike bagging you get trees trained independently.",
        "Trees are sequential, but unlike bagging its trees are trained independently.",
        "Instead of a sequential chain, the trees are trained independently.",
        "They are sequential instead of parallel, which is why they are trained independently.",
    };
    EACH_IS(contradicted, DRILL_EV_CONTRADICTED);
}
END_TEST

START_TEST(contrast_in_a_comparison)
{
    /* a contrast in what only names another subject ("unlike a GAN, which ..."), said there of
     * no one or of a word other than the thing compared, contradicts nothing */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\bgenerat\\w*");
    pat(DRILL_EV_SAYS, "\\bstep by step\\b");
    pat(DRILL_EV_CONTRAST, "\\bone pass\\b");
    const char *stated[] = {
        "It generates step by step. Unlike a GAN, which generates in one pass, it is slow.",
        "It generates step by step, compared with a GAN that needs one pass.",
    };
    EACH_IS(stated, DRILL_EV_STATED);
    const char *contradicted[] = {
        "It generates in one pass.",
        "Unlike a GAN, it generates in one pass.",
        "Compared with a GAN, which is adversarial, generation takes one pass.",
        "Rather than step by step, which is slow, generation takes one pass.",
    };
    EACH_IS(contradicted, DRILL_EV_CONTRADICTED);
}
END_TEST

START_TEST(compared_after_the_statement)
{
    /* a rival named after what is said only as what it is compared with ("like sigmoid does",
     * "than sigmoid") is not who it is said of */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\brelu\\b");
    pat(DRILL_EV_RIVAL, "\\bsigmoid\\b");
    pat(DRILL_EV_SAYS, "keeps? (?:its|the) gradient");
    const struct drill_ev_result *r = run(
        "ReLU zeroes negatives. It keeps its gradient much like sigmoid does, so it trains.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    r = run("ReLU zeroes negatives. It keeps the gradient as the sigmoid can.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    r = run("ReLU zeroes negatives. It keeps the gradient better than sigmoid.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    /* ... but one that the clause goes on about still is */
    r = run("ReLU zeroes negatives. Keeps the gradient like sigmoid in the tails.", 0);
    ck_assert_int_ne(r->state, DRILL_EV_STATED);
    r = run("ReLU zeroes negatives. Sigmoid keeps its gradient.", 0);
    ck_assert_int_ne(r->state, DRILL_EV_STATED);
}
END_TEST

START_TEST(while_turns_to_another)
{
    /* a clause opening with "while" or "whereas" turns to another subject: what was said
     * before it is not said of one named after it */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\bl1\\b");
    pat(DRILL_EV_RIVAL, "\\bl2\\b");
    pat(DRILL_EV_SAYS, "stays constant");
    const struct drill_ev_result *r = run(
        "L1 gives zeros. Its push stays constant, so weights hit zero, while the L2 push fades.",
        0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    r = run("L2 gives no zeros. Its push stays constant, while the L1 push fades.", 0);
    ck_assert_int_ne(r->state, DRILL_EV_STATED);
    /* a condition still belongs to what follows it */
    r = run("If the push stays constant, you have L1.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
}
END_TEST

START_TEST(compared_in_later_clauses)
{
    /* "the way X does", mentions joined to a compared one ("sigmoid and tanh"), a later clause
     * that only compares ("better than sigmoid") and one opening with "where" are not who what
     * the sentence opened with is said of */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\brelu\\b");
    pat(DRILL_EV_RIVAL, "\\bsigmoid\\b");
    pat(DRILL_EV_RIVAL, "\\btanh\\b");
    pat(DRILL_EV_SAYS, "keeps? (?:its|the) gradient");
    const char *stated[] = {
        "It keeps the gradient at one the way sigmoid doesn't.",
        "It keeps the gradient the way sigmoid and tanh can't, so it trains.",
        "It keeps the gradient much like tanh or sigmoid would.",
        "It keeps the gradient at one, better than sigmoid or tanh.",
        "It keeps the gradient at one for positive inputs, where sigmoid squashes it.",
    };
    EACH_IS(stated, DRILL_EV_STATED);
    /* ... while a rival the clause goes on about, or one joined to the subject, still is */
    const char *not_stated[] = {
        "Keeps the gradient like sigmoid and tanh in the tails.",
        "Sigmoid keeps the gradient at one, where ReLU squashes it.",
        "Sigmoid and tanh keep the gradient, the way ReLU does.",
    };
    EACH_IS_NOT(not_stated, DRILL_EV_STATED);
}
END_TEST

START_TEST(pointing_back_before_a_later_subject)
{
    /* a clause whose subject points back ("its", "it", "they") is about what came before, not
     * a subject a later clause names, unless that clause names it as what something is; a
     * condition still belongs to what follows it */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\brelu\\b");
    pat(DRILL_EV_RIVAL, "\\bsigmoid\\b");
    pat(DRILL_EV_SAYS, "keeps? (?:its|the) gradient");
    const char *stated[] = {
        "ReLU is max(0, x). It keeps the gradient at one, so sigmoid looks slow next to it.",
        "ReLU is max(0, x). Mainly because it keeps the gradient, you avoid what you get with "
        "sigmoid.",
        "It keeps the gradient at one, and sigmoid squashes it.",
    };
    EACH_IS(stated, DRILL_EV_STATED);
    const char *not_stated[] = {
        "ReLU is max(0, x). Because it keeps the gradient, it is sigmoid that trains.",
        "ReLU is max(0, x). If it keeps the gradient, sigmoid trains well.",
        "ReLU is max(0, x). The unit keeps the gradient, so sigmoid trains.",
    };
    EACH_IS_NOT(not_stated, DRILL_EV_STATED);
}
END_TEST

START_TEST(other_subject_clauses)
{
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\banomal");
    pat(DRILL_EV_SAYS, "short(?:er)? path");
    pat(DRILL_EV_CONTRAST, "long(?:er)? path");
    /* "whereas" brings in another subject */
    const struct drill_ev_result *r =
        run("Anomalies have short paths, whereas normal points have long paths.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    /* after a semicolon, a clause with a subject of its own contradicts nothing */
    r = run("Anomalies have short paths; normal points need long paths.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    r = run("Anomalies are odd. Normal points have long paths.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    /* but "they" goes on about the anomalies */
    r = run("Anomalies are hard to isolate. They have long paths.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
    r = run("Anomalies have long paths, while normal points have short paths.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
    /* a denied contrast contradicts nothing */
    r = run("Anomalies do not have long paths.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
}
END_TEST

START_TEST(conditions_belong_to_what_follows)
{
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\bunderfit");
    pat(DRILL_EV_RIVAL, "\\boverfit");
    pat(DRILL_EV_SAYS, "training loss stays high");
    const struct drill_ev_result *r =
        run("If validation loss rises you're overfitting; if the training loss stays high, you're "
            "underfitting.",
            0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    ck_assert_int_eq(r->about.alt, 0);
    r = run("If the training loss stays high, you're overfitting.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    ck_assert_int_eq(r->rival, 0);
}
END_TEST

START_TEST(asides_and_hyphens)
{
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\bbagging");
    pat(DRILL_EV_RIVAL, "\\bboosting");
    pat(DRILL_EV_SAYS, "reduces variance");
    pat(DRILL_EV_CONTRAST, "reduces bias");
    /* "which" goes on about the subject of the aside it follows */
    const struct drill_ev_result *r =
        run("Unlike boosting, which reduces bias, bagging reduces variance.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    r = run("Whereas boosting is sequential, so it reduces bias, bagging reduces variance.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    /* a connective inside a hyphenated word opens no clause */
    drill_ev_free(ev);
    ev = drill_ev_new();
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\bone-vs-rest");
    pat(DRILL_EV_SAYS, "k classifiers");
    r = run("One-vs-rest trains k classifiers.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    ck_assert_int_eq(r->about.alt, 0);
    /* with no subject named anywhere, a contrast in any clause is about the question */
    drill_ev_free(ev);
    ev = drill_ev_new();
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SAYS, "harmonic mean");
    pat(DRILL_EV_CONTRAST, "arithmetic mean");
    r = run("It combines both, so it is the arithmetic mean.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
}
END_TEST

/* An answer that names no subject but counts off what the question compares ("one ..., the
 * other ...") does not say which is which, nor keep the question's order: what it says credits
 * the claim, and contradicts nothing. */
START_TEST(counted_off_contradicts_nothing)
{
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\bprecision\\b");
    pat(DRILL_EV_RIVAL, "\\brecall\\b");
    pat(DRILL_EV_SAYS, "(?:of|for) everything (?:the model )?flagged");
    pat(DRILL_EV_CONTRAST, "(?:of|for) all the real cases");
    const struct drill_ev_result *r =
        run("One asks, of everything the model flagged, what share is right; the other asks, of "
            "all the real cases, what share was caught.",
            0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    r = run("The first asks, of all the real cases, what share was caught; the second asks, of "
            "everything flagged, what share is right.",
            0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    r = run(
        "One trick asks, of everything the model flagged, what share is right. Another asks, of "
        "all the real cases, what share was caught.",
        0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    r = run("The latter asks, of all the real cases, what share was caught.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    r = run("In the second, we ask, of all the real cases, what share was caught.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    /* after a joining word too, where nothing before it in the stretch counts off */
    r = run("I would use the first for everything flagged, and the second for all the real cases.",
            0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    r = run("I would use the first for everything flagged, while the other is for all the real "
            "cases.",
            0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    r = run("I would use it for everything flagged, and also for all the real cases.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
    /* not counted off: about the question's subject, as before */
    r = run("It asks, of all the real cases, what share was caught.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
    /* named: said of what it names */
    r = run("One of them, precision, asks, of all the real cases, what share was caught.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
}
END_TEST

START_TEST(overlapping_mentions)
{
    /* a subject pattern without a word boundary: "type i" inside "type ii" is the rival */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "type i");
    pat(DRILL_EV_RIVAL, "type ii");
    pat(DRILL_EV_SAYS, "false positive");
    const struct drill_ev_result *r = run("Type II means a false positive.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    ck_assert_int_eq(r->rival, 0);
}
END_TEST

START_TEST(reversed_anywhere)
{
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "reduces variance");
    pat(DRILL_EV_REVERSED, "reduces bias");
    const struct drill_ev_result *r = run("Bagging reduces variance. Bagging reduces bias.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
    ck_assert_int_eq(r->contra_via, DRILL_EV_REVERSED);
    ck_assert_int_eq(r->hit.alt, 0); /* it was stated too */
}
END_TEST

START_TEST(list_items_are_sentences)
{
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\bprecision");
    pat(DRILL_EV_RIVAL, "\\brecall");
    pat(DRILL_EV_SAYS, "predicted positives");
    pat(DRILL_EV_CONTRAST, "actual positives");
    const struct drill_ev_result *r = run("- Precision: share of predicted positives\n"
                                          "- Recall: share of actual positives\n",
                                          0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    /* a wrapped line is one sentence */
    r = run("Precision is the share of\nactual positives found.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
}
END_TEST

/* Items typed on one line and parted by bars: a bar between spaces ends a clause as a semicolon
 * does, so no gap runs across it; inside brackets ("p(data | theta)") it stays a bar. */
START_TEST(bars_part_items_on_one_line)
{
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "\\bspreads? weight[^.;]{0,40}\\bl1\\b");
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "p\\(data \\| theta\\)");
    const struct drill_ev_result *r =
        run("L2 spreads weight across correlated features | L1 picks one of them | MAP "
            "maximises p(data | theta) p(theta)",
            0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    ck_assert_int_eq(drill_ev_concept(ev, 1)->state, DRILL_EV_STATED);
    /* written as one clause, the gap holds */
    r = run("L2 spreads weight across correlated features, unlike L1", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    /* a bar that is not between spaces is not a separator */
    r = run("it spreads weight|l1 does not", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
}
END_TEST

START_TEST(literal_filter)
{
    drill_ev_add_item(ev, 0);
    pat_lit(DRILL_EV_PATTERN, "harmonic (?:mean|average)", "harmonic ");
    drill_ev_add_item(ev, 0);
    pat_lit(DRILL_EV_PATTERN, "\\bthreshold", "threshold");
    const struct drill_ev_result *r = run("F1 is the HARMONIC Mean.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    size_t ran, skipped;
    drill_ev_counts(ev, &ran, &skipped);
    ck_assert_uint_eq(ran, 1);
    ck_assert_uint_eq(skipped, 1);
    /* the Kelvin sign matches k caselessly: no filter for such text */
    drill_ev_free(ev);
    ev = drill_ev_new();
    drill_ev_add_item(ev, 0);
    pat_lit(DRILL_EV_PATTERN, "\\bk-means", "k-means");
    r = run("\xe2\x84\xaa-means clusters", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
}
END_TEST

START_TEST(anchored_at_prefixes)
{
    /* a regex whose matches all start with a literal is tried only where the
     * literal is, and finds what a search from the start finds */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "\\bweighted (?:average|mean)");
    const struct drill_ev_result *r = run("An unweighted average, or a Weighted Mean?", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    ck_assert_uint_eq(r->hit.start, strlen("An unweighted average, or a "));
    r = run("An unweighted average only.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    /* every place is tried in turn: a denied match, then one that stands */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "\\boverfit");
    r = run("It does not overfit. Deep trees overfit.", 1);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    ck_assert_uint_eq(r->hit.start, strlen("It does not overfit. Deep trees "));
    /* more starts than it looks at: it searches, and finds the same */
    char text[400] = "";
    for (int i = 0; i < 70; i++)
        strcat(text, "ab ");
    strcat(text, "abbbc");
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "ab+c");
    r = run(text, 2);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    ck_assert_uint_eq(r->hit.start, 70 * 3);
    /* \K: tried where the whole of it starts, said to begin where \K puts it */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "\\bvery\\K fast\\b");
    r = run("Fast? It is very fast.", 3);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    ck_assert_uint_eq(r->hit.start, strlen("Fast? It is very"));
    ck_assert_uint_eq(r->hit.end, strlen("Fast? It is very fast"));
}
END_TEST

/* An item is judged whenever one regex that can state or contradict it may match: what one of
 * its regexes would find is found, whichever of them it is, in whichever role; an item none of
 * whose literals is there is missing, as judged. */
START_TEST(items_judged_where_they_may_say)
{
    drill_ev_add_item(ev, 0); /* two patterns: only the second one's literal is there */
    pat_lit(DRILL_EV_PATTERN, "\\bharmonic mean", "harmonic ");
    pat_lit(DRILL_EV_PATTERN, "\\bprecision and recall", "precision ");
    drill_ev_add_item(ev, 0); /* a claim whose contrast alone is said */
    pat_lit(DRILL_EV_SUBJECT, "\\bbagging", "bagging");
    pat_lit(DRILL_EV_SAYS, "\\bvariance", "variance");
    pat_lit(DRILL_EV_CONTRAST, "\\bbias", "bias");
    drill_ev_add_item(ev, 0); /* a regex with no literal: always tried */
    pat(DRILL_EV_PATTERN, "f\\d score");
    drill_ev_add_item(ev, 0); /* nothing of it there, its subject aside */
    pat_lit(DRILL_EV_SUBJECT, "\\bbagging", "bagging");
    pat_lit(DRILL_EV_SAYS, "\\bparallel", "parallel");
    const char *text = "F1 score: it balances precision and recall. Bagging reduces bias.";
    ck_assert_int_eq(run(text, 0)->state, DRILL_EV_STATED);
    ck_assert_int_eq(run(text, 1)->state, DRILL_EV_CONTRADICTED);
    ck_assert_int_eq(run(text, 2)->state, DRILL_EV_STATED);
    const struct drill_ev_result *r = run(text, 3);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    ck_assert(!r->negated && r->rival < 0 && r->hit.alt < 0 && r->contra.alt < 0);
    /* a pattern added after a run is looked for in the next */
    pat_lit(DRILL_EV_SAYS, "\\bbias", "bias");
    ck_assert_int_eq(run(text, 3)->state, DRILL_EV_STATED);
}
END_TEST

START_TEST(every_literal_set)
{
    /* "stratif" and one of "reduc", "lower": both sets must be there */
    stratified_lowers_variance();
    const struct drill_ev_result *r = run("Stratification lowers variance.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    run("Stratification keeps the class balance.", 0);
    size_t ran, skipped;
    drill_ev_counts(ev, &ran, &skipped);
    ck_assert_uint_eq(ran, 0);
    ck_assert_uint_eq(skipped, 1);
}
END_TEST

START_TEST(literal_windows_without_the_literal)
{
    /* "abc bcd" holds every three-byte window of "abcd" but not "abcd": the
     * filter takes the literal to be there, the regex runs, and finds nothing */
    drill_ev_add_item(ev, 0);
    pat_lit(DRILL_EV_PATTERN, "\\babcd\\b", "abcd");
    const struct drill_ev_result *r = run("abc bcd", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    size_t ran, skipped;
    drill_ev_counts(ev, &ran, &skipped);
    ck_assert_uint_eq(ran, 1);
    r = run("Say abcd.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
}
END_TEST

START_TEST(prefix_places_overlapping_and_at_the_end)
{
    /* a regex is tried at every place of its prefix: overlapping places, the last bytes of
     * the answer, and places of a window that recurs many times */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "aaa\\d");
    const struct drill_ev_result *r = run("aaaaaa", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    ck_assert_uint_eq(drill_ev_tries(ev), 4);
    r = run("aaaaa7", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    ck_assert_uint_eq(r->hit.start, 2);
    r = run("xaa", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    ck_assert_uint_eq(drill_ev_tries(ev), 0);
    char text[400] = "";
    for (int i = 0; i < 60; i++)
        strcat(text, "aab ");
    strcat(text, "aaa1");
    r = run(text, 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    ck_assert_uint_eq(r->hit.start, 60 * 4);
    ck_assert_uint_eq(drill_ev_tries(ev), 1);
}
END_TEST

START_TEST(optional_prefixes)
{
    /* a character that may be left out is read both ways, and \s* as a space or none: each
     * form is found where it is, and nothing is tried where neither is */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "\\bk-?nn\\b");
    const struct drill_ev_result *r = run("A kernel, a kin and then k-NN", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    ck_assert_uint_eq(r->hit.start, strlen("A kernel, a kin and then "));
    ck_assert_uint_eq(drill_ev_tries(ev), 1);
    r = run("Use KNN", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    r = run("A kernel, a kin, k nn", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    ck_assert_uint_eq(drill_ev_tries(ev), 0);
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "\\bp\\s*\\(\\s*x\\s*\\)");
    r = run("Then p(y), and p  (\tx ) is it", 1);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    ck_assert_uint_eq(r->hit.start, strlen("Then p(y), and "));
    ck_assert_uint_eq(drill_ev_tries(ev), 1);
}
END_TEST

START_TEST(short_prefixes)
{
    /* a prefix of one or two bytes is found at each of its places, the last byte included */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "50\\s*[/:]\\s*50");
    const struct drill_ev_result *r = run("Split 150 / 50, 50/5 or 50/50", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    ck_assert_uint_eq(r->hit.start, strlen("Split 1"));
    r = run("Split 50/5 or 5/50 then 50/5", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    ck_assert_uint_eq(drill_ev_tries(ev), 3);
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "\\$\\d");
    r = run("It costs $ 5, or $7", 1);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    ck_assert_uint_eq(r->hit.start, strlen("It costs $ 5, or "));
}
END_TEST

START_TEST(literals_after_the_start)
{
    /* a match holds one literal of every set: from a start past the last
     * "lower" or "reduc" there is nothing to try; nor from one whose stretch up to the next
     * '.' or ';', which no match of it holds, has neither */
    stratified_lowers_variance();
    const char *text = "Stratified splits; stratification lowers variance; stratified again.";
    const struct drill_ev_result *r = run(text, 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    ck_assert_uint_eq(r->hit.start, strlen("Stratified splits; "));
    /* tried at the second start only */
    ck_assert_uint_eq(drill_ev_tries(ev), 1);
    r = run("It lowers variance, stratification does.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    ck_assert_uint_eq(drill_ev_tries(ev), 0);
}
END_TEST

START_TEST(stops_a_match_never_holds)
{
    /* a regex that takes no '.' (it may take a ';') is tried only where one literal of each
     * set comes before the next '.' */
    drill_ev_add_item(ev, 0);
    const char *lits[] = {"stratif", "", "balanced"};
    size_t lens[] = {7, 0, 8};
    const char *p = "\\bstratif\\w*[^.]{0,60}balanced";
    ck_assert_int_eq(drill_ev_add_pattern(ev, DRILL_EV_PATTERN, p, strlen(p), NULL, 0, 0, lits,
                                          lens, 3, 0, err, sizeof err),
                     0);
    const char *text = "Stratified. Balanced; stratified; then balanced.";
    const struct drill_ev_result *r = run(text, 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    ck_assert_uint_eq(r->hit.start, strlen("Stratified. Balanced; "));
    ck_assert_uint_eq(drill_ev_tries(ev), 1);
    r = run("Stratified. Balanced.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    ck_assert_uint_eq(drill_ev_tries(ev), 0);
    /* one that may take a '.' is tried at every start, and matches across it */
    drill_ev_add_item(ev, 0);
    const char *lits2[] = {"one", "", "rest"};
    size_t lens2[] = {3, 0, 4};
    p = "\\bone vs\\.? rest";
    ck_assert_int_eq(drill_ev_add_pattern(ev, DRILL_EV_PATTERN, p, strlen(p), NULL, 0, 0, lits2,
                                          lens2, 3, 0, err, sizeof err),
                     0);
    r = run("Train one vs. rest.", 1);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    ck_assert_uint_eq(r->hit.start, strlen("Train "));
}
END_TEST

START_TEST(misconceptions)
{
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "harmonic");
    ck_assert_int_eq(drill_ev_add_item(ev, 1), 0);
    pat(DRILL_EV_PATTERN, "arithmetic (?:mean|average)");
    /* a misconception is stated, never contradicted */
    ck_assert_int_eq(drill_ev_add_pattern(ev, DRILL_EV_CONTRAST, "x", 1, NULL, 0, 0, NULL, NULL, 0,
                                          0, err, sizeof err),
                     -1);
    ck_assert_int_eq(drill_ev_add_pattern(ev, DRILL_EV_REVERSED, "x", 1, NULL, 0, 0, NULL, NULL, 0,
                                          0, err, sizeof err),
                     -1);
    run("F1 is the arithmetic mean.", 0);
    ck_assert_uint_eq(drill_ev_nmisconceptions(ev), 1);
    ck_assert_int_eq(drill_ev_misconception(ev, 0)->state, DRILL_EV_STATED);
    run("F1 is not the arithmetic mean.", 0);
    ck_assert_int_eq(drill_ev_misconception(ev, 0)->state, DRILL_EV_MISSING);
}
END_TEST

/* A misconception as a claim: stated where what it says is held of a mention of its subject in
 * its sentence, or in the one before when this one points back at it; never of a rival, never
 * denied, and never without the subject named (no question's subject stands in). */
START_TEST(misconception_claims)
{
    ck_assert_int_eq(drill_ev_add_item(ev, 1), 0);
    pat(DRILL_EV_SUBJECT, "\\b(?:large|larger|big|bigger)[- ]batch(?:es)?\\b");
    pat(DRILL_EV_RIVAL, "\\b(?:small|smaller)[- ]batch(?:es)?\\b");
    pat(DRILL_EV_SAYS, "(?<!\\bto )\\bgenerali[sz]\\w* better\\b");
    static const char *const stated[] = {
        "Larger batches act as a stronger regulariser and usually generalise better, while small "
        "batches overfit.",
        "Bigger batches use the GPU better. They also generalise better.",
        "Bigger batches use the GPU better; they also generalise better.",
        "Unlike small batches, large batches generalise better.",
        "I prefer large batches. They generalise better, while small batches overfit.",
        "No-one doubts it: large batches generalise better.",
        "If a model generalises better with them, large batches are the reason.",
        "So if a model generalises better with them, large batches are the reason.",
    };
    static const char *const not_stated[] = {
        "Small batches generalise better than large batches.",
        "Large batches do not generalise better.",
        "Large batches are fast. Dropout helps a model generalise better.",
        "Large batches are fast. With dropout the model will generalise better.",
        "Large batches are fast. It is known. They say models generalise better with dropout.",
        "Dropout helps a model generalise better.",
        "Large batches need a retuned learning rate to generalise better.",
        "Large batches are efficient, but small batches generalise better.",
        "Compared with large batches it generalises better.",
        "Faster than large batches, it also generalises better.",
        "Small batches, not large batches, generalise better.",
        "Without large batches the model generalises better.",
        "Small batches are noisy; that noise sometimes generalises better, while large batches are "
        "smooth.",
        "Small batches and large batches: the one is noisy, the other generalises better.",
        "Compare small batches or large batches: which generalises better?",
    };
    EACH_MISCONCEPTION_IS(stated, DRILL_EV_STATED);
    EACH_MISCONCEPTION_IS(not_stated, DRILL_EV_MISSING);
}
END_TEST

/* A regex no literal starts is searched for at every place of an answer, JIT-compiled once it
 * runs; the others are interpreted. Either way the evidence is the same as without JIT. */
static void jit_rubric(struct drill_ev *e)
{
    static const char *const pats[] = {
        "(?=[^.;]{0,40}\\bbias)(?=[^.;]{0,40}\\bvariance)[^.;]{0,40}\\+",
        "\\b\\w+ing (?:model|tree)s?\\b",
        "(?<!not )\\w ?= ?\\d+",
        "\\bstratif\\w* (?:reduc|lower)\\w* variance",
        "(?:more|fewer) trees",
    };
    for (size_t i = 0; i < sizeof pats / sizeof *pats; i++) {
        ck_assert_int_eq(drill_ev_add_item(e, 0), (int)i);
        ck_assert_int_eq(drill_ev_add_pattern(e, DRILL_EV_PATTERN, pats[i], strlen(pats[i]), NULL,
                                              0, 0, NULL, NULL, 0, 0, err, sizeof err),
                         0);
    }
}

START_TEST(jit_for_regexes_no_literal_starts)
{
    static const char *const texts[] = {
        "The error is bias squared + variance + noise; a boosting model overfits.",
        "Bias and variance trade off. With k = 5 folds, stratified splits lower variance.",
        "Not c = 1, but k=3 bagging trees: more trees help and fewer trees hurt; variance + bias",
        "",
        "bias variance",
    };
    setenv("DRILL_NO_JIT", "1", 1);
    struct drill_ev *plain = drill_ev_new();
    ck_assert_ptr_nonnull(plain);
    jit_rubric(plain);
    jit_rubric(ev);
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        ck_assert_int_eq(drill_ev_run(plain, texts[t], strlen(texts[t]), err, sizeof err), 0);
        if (t == 0)
            unsetenv("DRILL_NO_JIT");
        ck_assert_int_eq(drill_ev_run(ev, texts[t], strlen(texts[t]), err, sizeof err), 0);
        for (size_t i = 0; i < drill_ev_nconcepts(ev); i++) {
            const struct drill_ev_result *a = drill_ev_concept(plain, i),
                                         *b = drill_ev_concept(ev, i);
            ck_assert_msg(
                a->state == b->state && a->hit.start == b->hit.start && a->hit.end == b->hit.end,
                "text %zu, concept %zu: %d [%zu, %zu) without JIT, %d [%zu, %zu) with", t, i,
                a->state, a->hit.start, a->hit.end, b->state, b->hit.start, b->hit.end);
        }
    }
    /* the first three start with no literal; the last two are tried where theirs are */
    ck_assert_uint_eq(drill_ev_jitted(plain), 0);
    ck_assert_uint_eq(drill_ev_jitted(ev), 3);
    drill_ev_free(plain);
}
END_TEST

START_TEST(one_form_for_both_kinds_of_text)
{
    /* once an answer beyond ASCII has a regex compiled in full, answers of ASCII alone run that
     * form too: the evidence is what a fresh rubric, compiled for each answer, gives */
    static const char *const texts[] = {
        "Stratified splits lower variance; k = 5 boosting models.",
        "Stratified splits lower variance \xe2\x80\x94 \xcf\x83 = 2, k = 5, bagging trees.",
        "Stratified splits lower variance; boosting models, k = 5, bias + variance.",
        "na\xc3\xafve: stratified sampling reduces variance, more trees",
        "stratified sampling reduces variance, fewer trees",
    };
    jit_rubric(ev);
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        struct drill_ev *fresh = drill_ev_new();
        ck_assert_ptr_nonnull(fresh);
        jit_rubric(fresh);
        ck_assert_int_eq(drill_ev_run(fresh, texts[t], strlen(texts[t]), err, sizeof err), 0);
        ck_assert_int_eq(drill_ev_run(ev, texts[t], strlen(texts[t]), err, sizeof err), 0);
        for (size_t i = 0; i < drill_ev_nconcepts(ev); i++) {
            const struct drill_ev_result *a = drill_ev_concept(fresh, i),
                                         *b = drill_ev_concept(ev, i);
            ck_assert_msg(
                a->state == b->state && a->hit.start == b->hit.start && a->hit.end == b->hit.end,
                "text %zu, concept %zu: %d [%zu, %zu) fresh, %d [%zu, %zu) after the others", t, i,
                a->state, a->hit.start, a->hit.end, b->state, b->hit.start, b->hit.end);
        }
        drill_ev_free(fresh);
    }
}
END_TEST

START_TEST(tempered_too_large_runs_as_written)
{
    /* the gap's rewritten form, copied for each of the outer repeat's 40, is more than PCRE2
     * compiles: the pattern runs as written (tests/fixtures/fuzz/rubric/tempered-too-large) */
    static const char p[] = "sh$ort(?:emean(?:aver\\x05?age )?pashor+tomalies havn"
                            "(?:(?!, unle )[^.]){0,25}?[^.;]){0,40}g.";
    char *rw, msg[200];
    size_t off;
    ck_assert_int_eq(drill_rx_tempered(p, strlen(p), &rw), 1);
    ck_assert_ptr_null(drill_re_compile(rw, strlen(rw), DRILL_RE_CASELESS, msg, sizeof msg, &off));
    drill_mem_free(rw);
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, p);
    ck_assert_int_eq(run("short; anomalies have long paths, sh", 0)->state, DRILL_EV_MISSING);
}
END_TEST

START_TEST(kept_patterns_read_in_place)
{
    /* patterns the caller keeps are read where they are: never copied, never freed (a sanitizer
     * build fails on a free of these, which malloc never gave) */
    static const char widened[] = "\\b(?:recall|sensitivity\\b", own[] = "\\brecall\\b",
                      plain[] = "\\btrue positive rate\\b", wide_ok[] = "\\b(?:tpr|hit rate)\\b",
                      own_ok[] = "\\btpr\\b";
    drill_ev_add_item(ev, 0);
    /* a widened form that does not compile: the author's own, kept, runs */
    ck_assert_int_eq(drill_ev_add_pattern(ev, DRILL_EV_PATTERN, widened, strlen(widened), own,
                                          strlen(own), 0, NULL, NULL, 0, DRILL_EV_KEEP_FALLBACK,
                                          err, sizeof err),
                     0);
    drill_ev_add_item(ev, 0);
    ck_assert_int_eq(drill_ev_add_pattern(ev, DRILL_EV_PATTERN, plain, strlen(plain), NULL, 0, 0,
                                          NULL, NULL, 0, DRILL_EV_KEEP_PATTERN, err, sizeof err),
                     0);
    /* one that compiles: the kept author's form is let go, not freed */
    drill_ev_add_item(ev, 0);
    ck_assert_int_eq(drill_ev_add_pattern(ev, DRILL_EV_PATTERN, wide_ok, strlen(wide_ok), own_ok,
                                          strlen(own_ok), 0, NULL, NULL, 0,
                                          DRILL_EV_KEEP_FALLBACK | DRILL_EV_KEEP_PATTERN, err,
                                          sizeof err),
                     0);
    ck_assert_int_eq(run("Recall, the true positive rate or hit rate.", 0)->state, DRILL_EV_STATED);
    ck_assert_int_eq(drill_ev_concept(ev, 1)->state, DRILL_EV_STATED);
    ck_assert_int_eq(drill_ev_concept(ev, 2)->state, DRILL_EV_STATED);
    ck_assert_int_eq(run("Precision.", 0)->state, DRILL_EV_MISSING);
    /* the same pattern again, kept or not, shares the first one's regex */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, plain);
    ck_assert_int_eq(run("the true positive rate", 3)->state, DRILL_EV_STATED);
    /* a widened form copied, the author's kept: once compiled, the copy goes and the author's
     * form names the regex (a sanitizer build fails on a read of the copy after that) */
    static const char wide_f1[] = "\\b(?:f1|f-score)\\b", own_f1[] = "\\bf1\\b";
    drill_ev_add_item(ev, 0);
    ck_assert_int_eq(drill_ev_add_pattern(ev, DRILL_EV_PATTERN, wide_f1, strlen(wide_f1), own_f1,
                                          strlen(own_f1), 0, NULL, NULL, 0, DRILL_EV_KEEP_FALLBACK,
                                          err, sizeof err),
                     0);
    for (int k = 0; k < 2; k++)
        ck_assert_int_eq(run("the F-score", 4)->state, DRILL_EV_STATED);
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, wide_f1);
    ck_assert_int_eq(run("the F-score", 5)->state, DRILL_EV_STATED);
}
END_TEST

/* A widener that says how often it was asked, and widens "mean" to "(?:mean|average)". */
static int widened_calls;
static char *count_widening(void *ctx, struct drill_lexicon *lex, const char *src, size_t len)
{
    (void)lex;
    widened_calls++;
    ck_assert_ptr_eq(ctx, &widened_calls);
    ck_assert_str_eq(src, "\\bthe mean\\b");
    ck_assert_uint_eq(len, strlen(src));
    char *w = drill_mem_malloc(64);
    ck_assert_ptr_nonnull(w);
    strcpy(w, "\\bthe (?:mean|average)\\b");
    return w;
}

START_TEST(widened_again_by_the_callers_widener)
{
    /* a DRILL_EV_REWIDEN pattern is widened again, when first tried, by the widener the caller
     * set (which reads back what it kept), once, and what it gives is what is matched */
    struct drill_lexicon *lex = drill_lexicon_new();
    ck_assert_ptr_nonnull(lex);
    ck_assert_int_eq(drill_ev_use_lexicon(ev, lex), 0);
    drill_ev_set_widener(ev, count_widening, &widened_calls);
    widened_calls = 0;
    static const char own[] = "\\bthe mean\\b", wide[] = "\\bthe (?:mean|average)\\b";
    drill_ev_add_item(ev, 0);
    ck_assert_int_eq(
        drill_ev_add_pattern(ev, DRILL_EV_PATTERN, wide, strlen(wide), own, strlen(own), 0, NULL,
                             NULL, 0, DRILL_EV_KEEP_FALLBACK | DRILL_EV_REWIDEN, err, sizeof err),
        0);
    ck_assert_int_eq(widened_calls, 0); /* not before it is tried */
    ck_assert_int_eq(run("Subtract the average.", 0)->state, DRILL_EV_STATED);
    ck_assert_int_eq(run("Subtract the mean.", 0)->state, DRILL_EV_STATED);
    ck_assert_int_eq(run("Subtract the median.", 0)->state, DRILL_EV_MISSING);
    ck_assert_int_eq(widened_calls, 1);
    drill_ev_free(ev);
    ev = NULL;
    drill_lexicon_free(lex);
}
END_TEST

START_TEST(identical_patterns_share_a_regex)
{
    /* a pattern given again (with the same denial) is the regex it was the first time, however
     * many came between: 600 items, 300 patterns each given twice, and each again as a denial */
    char p[64];
    for (int d = 0; d < 2; d++)
        for (int k = 0; k < 600; k++) {
            drill_ev_add_item(ev, 0);
            snprintf(p, sizeof p, "\\bword%d\\b", k % 300);
            ck_assert_int_eq(drill_ev_add_pattern(ev, DRILL_EV_PATTERN, p, strlen(p), NULL, 0, d,
                                                  NULL, NULL, 0, 0, err, sizeof err),
                             0);
        }
    const char *text = "Here word7 is said, and word299.";
    ck_assert_int_eq(run(text, 7)->state, DRILL_EV_STATED);
    size_t ran, skipped;
    drill_ev_counts(ev, &ran, &skipped);
    ck_assert_uint_eq(ran + skipped, 600);
    for (int k = 0; k < 1200; k++) {
        int said = k % 300 == 7 || k % 300 == 299;
        ck_assert_int_eq(drill_ev_concept(ev, (size_t)k)->state,
                         said ? DRILL_EV_STATED : DRILL_EV_MISSING);
    }
    /* added after a run, a pattern is still found among those there */
    drill_ev_add_item(ev, 0);
    snprintf(p, sizeof p, "\\bword7\\b");
    ck_assert_int_eq(drill_ev_add_pattern(ev, DRILL_EV_PATTERN, p, strlen(p), NULL, 0, 0, NULL,
                                          NULL, 0, 0, err, sizeof err),
                     0);
    ck_assert_int_eq(run(text, 1200)->state, DRILL_EV_STATED);
    drill_ev_counts(ev, &ran, &skipped);
    ck_assert_uint_eq(ran + skipped, 600);
}
END_TEST

START_TEST(widened_again_when_first_tried)
{
    /* a widened form given with DRILL_EV_REWIDEN is not kept: the engine widens the author's
     * form again through the lexicon when it first tries it (the caller's buffer is gone by
     * then), and names the author's form as its source */
    struct drill_lexicon *lex = drill_lexicon_new(), *other = drill_lexicon_new();
    ck_assert_ptr_nonnull(lex);
    ck_assert_ptr_nonnull(other);
    const char *const group[] = {"mean", "average"};
    ck_assert_int_eq(drill_lexicon_group(lex, group, 2), 0);
    static const char own[] = "\\bsubtract the mean\\b";
    char *w = drill_rx_widen(lex, own, strlen(own));
    ck_assert_ptr_nonnull(w);
    ck_assert_str_ne(w, own);
    ck_assert_int_eq(drill_ev_use_lexicon(ev, lex), 0);
    ck_assert_int_eq(drill_ev_use_lexicon(ev, lex), 0);
    ck_assert_int_eq(drill_ev_use_lexicon(ev, other), -1);
    const char *lits[] = {"subtract"};
    size_t lens[] = {8};
    for (int k = 0; k < 2; k++) {
        drill_ev_add_item(ev, 0);
        ck_assert_int_eq(drill_ev_add_pattern(
                             ev, DRILL_EV_PATTERN, w, strlen(w), own, strlen(own), 0, lits, lens, 1,
                             DRILL_EV_KEEP_FALLBACK | DRILL_EV_REWIDEN, err, sizeof err),
                         0);
    }
    /* what is matched is the lexicon's widening, whatever was given: here, the unwidened form */
    static const char own2[] = "\\bmean squared\\b";
    const char *lits2[] = {"squared"};
    size_t lens2[] = {7};
    drill_ev_add_item(ev, 0);
    ck_assert_int_eq(
        drill_ev_add_pattern(ev, DRILL_EV_PATTERN, own2, strlen(own2), own2, strlen(own2), 0, lits2,
                             lens2, 1, DRILL_EV_KEEP_FALLBACK | DRILL_EV_REWIDEN, err, sizeof err),
        0);
    ck_assert_int_eq(run("The average squared error.", 2)->state, DRILL_EV_STATED);
    memset(w, 'x', strlen(w));
    drill_mem_free(w);
    size_t len;
    const char *src = drill_ev_source(ev, 0, 0, DRILL_EV_PATTERN, 0, &len);
    ck_assert_ptr_eq(src, own);
    ck_assert_uint_eq(len, strlen(own));
    ck_assert_ptr_null(drill_ev_source(ev, 0, 0, DRILL_EV_PATTERN, 1, &len));
    ck_assert_ptr_null(drill_ev_source(ev, 0, 3, DRILL_EV_PATTERN, 0, &len));
    ck_assert_int_eq(run("No word of it here.", 0)->state, DRILL_EV_MISSING);
    ck_assert_int_eq(run("Subtract the average of each feature.", 0)->state, DRILL_EV_STATED);
    ck_assert_int_eq(drill_ev_concept(ev, 1)->state, DRILL_EV_STATED);
    ck_assert_int_eq(run("Subtract the mean.", 1)->state, DRILL_EV_STATED);
    ck_assert_ptr_eq(drill_ev_source(ev, 0, 1, DRILL_EV_PATTERN, 0, &len), own);
    drill_ev_free(ev);
    ev = NULL;
    drill_lexicon_free(lex);
    drill_lexicon_free(other);
}
END_TEST

/* A regex runs in its cheaper ASCII form on answers of ASCII alone, and in its Unicode form on
 * the others, whichever the answers come in: a Greek letter is a word's letter (\b) in both. */
START_TEST(ascii_and_unicode_forms)
{
    for (int order = 0; order < 2; order++) {
        drill_ev_free(ev);
        ev = drill_ev_new();
        ck_assert_ptr_nonnull(ev);
        drill_ev_add_item(ev, 0);
        pat(DRILL_EV_PATTERN, "\\b(?:\u03b8|theta)\\b hat\\b");
        drill_ev_add_item(ev, 0);
        pat(DRILL_EV_PATTERN, "\\bna\\w+ve bayes\\b");
        for (int k = 0; k < 2; k++) {
            if ((k == 0) == (order == 0)) {
                ck_assert_int_eq(run("The estimate is theta hat.", 0)->state, DRILL_EV_STATED);
                ck_assert_int_eq(run("A naive Bayes model.", 1)->state, DRILL_EV_STATED);
                ck_assert_int_eq(run("The estimate is xtheta hat.", 0)->state, DRILL_EV_MISSING);
            } else {
                ck_assert_int_eq(run("The estimate is \u03b8 hat.", 0)->state, DRILL_EV_STATED);
                ck_assert_int_eq(run("A na\u00efve Bayes model.", 1)->state, DRILL_EV_STATED);
                /* a letter before it: no word starts there */
                ck_assert_int_eq(run("The estimate is \u03b1\u03b8 hat.", 0)->state,
                                 DRILL_EV_MISSING);
            }
        }
    }
}
END_TEST

/* The second form of a regex whose widened form was let go for the author's (DRILL_EV_REWIDEN)
 * is the widened one again, and so is the second form of a widened one kept (no lexicon). */
START_TEST(second_form_widened_again)
{
    struct drill_lexicon *lex = drill_lexicon_new();
    ck_assert_ptr_nonnull(lex);
    const char *const group[] = {"mean", "average"};
    ck_assert_int_eq(drill_lexicon_group(lex, group, 2), 0);
    static const char own[] = "\\bsubtract the mean\\b";
    char *w = drill_rx_widen(lex, own, strlen(own));
    ck_assert_ptr_nonnull(w);
    ck_assert_int_eq(drill_ev_use_lexicon(ev, lex), 0);
    const char *lits[] = {"subtract"};
    size_t lens[] = {8};
    drill_ev_add_item(ev, 0);
    ck_assert_int_eq(drill_ev_add_pattern(ev, DRILL_EV_PATTERN, w, strlen(w), own, strlen(own), 0,
                                          lits, lens, 1, DRILL_EV_KEEP_FALLBACK | DRILL_EV_REWIDEN,
                                          err, sizeof err),
                     0);
    ck_assert_int_eq(run("Subtract the average.", 0)->state, DRILL_EV_STATED);
    ck_assert_int_eq(run("Subtract the average of each \u03b8.", 0)->state, DRILL_EV_STATED);
    ck_assert_int_eq(run("Subtract the mean of each \u03b8.", 0)->state, DRILL_EV_STATED);
    size_t len;
    ck_assert_ptr_eq(drill_ev_source(ev, 0, 0, DRILL_EV_PATTERN, 0, &len), own);
    drill_ev_free(ev);
    /* without a lexicon: the engine's copy of the widened form */
    ev = drill_ev_new();
    ck_assert_ptr_nonnull(ev);
    drill_ev_add_item(ev, 0);
    ck_assert_int_eq(drill_ev_add_pattern(ev, DRILL_EV_PATTERN, w, strlen(w), own, strlen(own), 0,
                                          lits, lens, 1, DRILL_EV_KEEP_FALLBACK, err, sizeof err),
                     0);
    memset(w, 'x', strlen(w));
    drill_mem_free(w);
    ck_assert_int_eq(run("Subtract the \u03b8 average.", 0)->state, DRILL_EV_MISSING);
    ck_assert_int_eq(run("Subtract the average of each \u03b8.", 0)->state, DRILL_EV_STATED);
    ck_assert_int_eq(run("Subtract the average.", 0)->state, DRILL_EV_STATED);
    ck_assert_ptr_eq(drill_ev_source(ev, 0, 0, DRILL_EV_PATTERN, 0, &len), own);
    drill_lexicon_free(lex);
}
END_TEST

/* A gap whose long lookahead is called from one definition (drill_rx_called_looks) grades as
 * the gap written out does. */
START_TEST(long_gaps_run_as_written)
{
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "\\bbagging\\b(?:(?!\\bunlike\\b|\\bwhereas\\b|\\bbut\\b|\\brather "
                          "than\\b)[^.;]){0,80}\\breduces variance");
    ck_assert_int_eq(run("Bagging, by averaging many deep trees, reduces variance.", 0)->state,
                     DRILL_EV_STATED);
    ck_assert_int_eq(run("Bagging, unlike boosting, reduces variance.", 0)->state,
                     DRILL_EV_MISSING);
    ck_assert_int_eq(run("Bagging does well but boosting reduces variance.", 0)->state,
                     DRILL_EV_MISSING);
}
END_TEST

START_TEST(regex_limits_are_errors)
{
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "(a+)+$");
    char text[4096];
    memset(text, 'a', sizeof text - 2);
    text[sizeof text - 2] = 'b';
    text[sizeof text - 1] = '\0';
    ck_assert_int_eq(drill_ev_run(ev, text, strlen(text), err, sizeof err), -1);
    ck_assert_msg(strstr(err, "(a+)+$") != NULL, "%s", err);
}
END_TEST

START_TEST(bad_pattern)
{
    /* compiled when first needed: the run names it */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "(x");
    ck_assert_int_eq(drill_ev_run(ev, "x", 1, err, sizeof err), -1);
    ck_assert_msg(strstr(err, "/(x/ does not compile") && strstr(err, "parenthesis"), "%s", err);
    /* a widened form that does not compile falls back to the author's own */
    drill_ev_free(ev);
    ev = drill_ev_new();
    drill_ev_add_item(ev, 0);
    ck_assert_int_eq(drill_ev_add_pattern(ev, DRILL_EV_PATTERN, "(x", 2, "x", 1, 0, NULL, NULL, 0,
                                          0, err, sizeof err),
                     0);
    const struct drill_ev_result *r = run("x marks the spot", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    /* compiled when first tried: not where no start holds its literals before a stop */
    drill_ev_free(ev);
    ev = drill_ev_new();
    drill_ev_add_item(ev, 0);
    const char *lits[] = {"stratif", "", "balanced"};
    size_t lens[] = {7, 0, 8};
    const char *p = "\\bstratif\\w*[^.]{0,9}balanced(?<!a+)";
    ck_assert_int_eq(drill_ev_add_pattern(ev, DRILL_EV_PATTERN, p, strlen(p), NULL, 0, 0, lits,
                                          lens, 3, 0, err, sizeof err),
                     0);
    r = run("Stratified. Balanced.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    const char *text = "Stratified and balanced.";
    ck_assert_int_eq(drill_ev_run(ev, text, strlen(text), err, sizeof err), -1);
    ck_assert_msg(strstr(err, "does not compile"), "%s", err);
}
END_TEST

START_TEST(normalised_text)
{
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "it's");
    const struct drill_ev_result *r = run("  It\xe2\x80\x99s   fine ", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    size_t n;
    const char *t = drill_ev_text(ev, &n);
    ck_assert_str_eq(t, "It's fine");
    ck_assert_uint_eq(n, 9);
}
END_TEST

/* Own words: a sentence holding most of a concept's wanted stems, through the stem map. */
START_TEST(own_words)
{
    struct drill_stemmap *map = drill_stemmap_new();
    ck_assert_ptr_nonnull(map);
    ck_assert_int_eq(drill_stemmap_put(map, "averag", "mean"), 0);
    ck_assert_int_eq(drill_stemmap_put(map, "averag", "other"), 0); /* the first stays */
    size_t n;
    ck_assert_str_eq(drill_stemmap_get(map, "averag", 6, &n), "mean");
    ck_assert_uint_eq(n, 4);
    ck_assert_str_eq(drill_stemmap_get(map, "median", 6, &n), "median");
    /* a map that grows past its first table keeps every entry */
    char from[16], to[16];
    for (int i = 0; i < 300; i++) {
        snprintf(from, sizeof from, "w%d", i);
        snprintf(to, sizeof to, "t%d", i);
        ck_assert_int_eq(drill_stemmap_put(map, from, to), 0);
    }
    ck_assert_str_eq(drill_stemmap_get(map, "w299", 4, &n), "t299");
    ck_assert_str_eq(drill_stemmap_get(map, "averag", 6, &n), "mean");

    ck_assert_int_ge(drill_ev_add_item(ev, 0), 0);
    ck_assert_int_ge(drill_ev_add_item(ev, 0), 0);
    const char *want[] = {"subtract", "mean", "divid", "deviat"};
    const char *partners[] = {"add"};
    size_t of[] = {0};
    ck_assert_int_eq(drill_ev_own_target(ev, 0, want, 4, partners, of, 1), 0);
    struct drill_ev_hit h;
    const char *t = "Scaling matters. You subtract the average and divide by the deviation; done";
    ck_assert_int_eq(drill_ev_own(ev, 0, t, strlen(t), map, 3, 0.6, &h), 1);
    ck_assert_int_eq((int)h.start, 16);
    ck_assert_int_eq((int)h.end, 69);
    /* without the map, "average" is not "mean": 3 of 4 passes a share of 0.6, not 0.8 */
    ck_assert_int_eq(drill_ev_own(ev, 0, t, strlen(t), NULL, 3, 0.6, &h), 1);
    ck_assert_int_eq(drill_ev_own(ev, 0, t, strlen(t), NULL, 3, 0.8, &h), 0);
    ck_assert_int_eq(drill_ev_own(ev, 0, t, strlen(t), map, 3, 0.8, &h), 1);
    /* a swapped partner said instead of a wanted stem spoils the sentence */
    const char *u = "You add the mean, then divide by the deviation.";
    ck_assert_int_eq(drill_ev_own(ev, 0, u, strlen(u), map, 3, 0.6, &h), 0);
    /* stems split across sentences do not add up */
    const char *v = "Subtract the mean. Divide by the deviation.";
    ck_assert_int_eq(drill_ev_own(ev, 0, v, strlen(v), map, 3, 0.6, &h), 0);
    /* sentences with no terms at all ("1.", "2;") are read past */
    const char *w = "1. 2; You subtract the average and divide by the deviation";
    ck_assert_int_eq(drill_ev_own(ev, 0, w, strlen(w), map, 3, 0.6, &h), 1);
    ck_assert_int_eq((int)h.start, 5);
    /* told it is the text read last, it reads it again only when its length says otherwise */
    ck_assert_int_eq(drill_ev_own_again(ev, 0, w, strlen(w), map, 3, 0.6, 1, &h), 1);
    ck_assert_int_eq((int)h.start, 5);
    ck_assert_int_eq(drill_ev_own_again(ev, 0, v, strlen(v), map, 3, 0.6, 1, &h), 0);
    ck_assert_int_eq(drill_ev_own_again(ev, 0, t, strlen(t), map, 3, 0.6, 0, &h), 1);
    ck_assert_int_eq((int)h.start, 16);
    /* a concept with no target, or fewer wanted stems than the minimum, gets nothing */
    ck_assert_int_eq(drill_ev_own(ev, 1, t, strlen(t), map, 3, 0.6, &h), 0);
    ck_assert_int_eq(drill_ev_own(ev, 0, t, strlen(t), map, 5, 0.6, &h), 0);
    drill_stemmap_free(map);
}
END_TEST

/* "vs" pairs two terms: only the words right after it are the other side's */
START_TEST(versus_pairs_terms)
{
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\bauc\\b");
    pat(DRILL_EV_SAYS, "\\bprobability\\b");
    const struct drill_ev_result *r =
        run("AUC is the area under the TPR vs FPR curve = the probability a positive outranks a "
            "negative.",
            0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    ck_assert_int_eq(r->about.alt, 0);
    /* a whole clause after "vs" is still the other subject's */
    drill_ev_free(ev);
    ev = drill_ev_new();
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\bgenerative\\b");
    pat(DRILL_EV_RIVAL, "\\bdiscriminative\\b");
    pat(DRILL_EV_SAYS, "p\\(y ?\\| ?x\\)");
    pat(DRILL_EV_CONTRAST, "p\\(x, ?y\\)");
    r = run("Generative models learn p(x, y) vs discriminative ones learn p(y|x).", 0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
    r = run("Discriminative models learn p(x, y) versus generative ones learn p(y|x).", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
}
END_TEST

/* "..., which is variance": a clause that only names what came before binds it */
START_TEST(labels_after_a_description)
{
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\bvariance\\b");
    pat(DRILL_EV_RIVAL, "\\bbias\\b");
    pat(DRILL_EV_SAYS, "chases? the noise");
    const struct drill_ev_result *r =
        run("A simple model misses the pattern, which is bias, while a flexible one chases the "
            "noise, which is variance.",
            0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    ck_assert_int_eq(r->about.alt, 0);
    /* the label names the rival: said of the wrong subject */
    r = run("A flexible model chases the noise, which is bias.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    ck_assert_int_eq(r->rival, 0);
    /* a clause that goes on to explain names nothing */
    r = run("Variance: it chases the noise, i.e. bias plus a lot of other things besides.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
}
END_TEST

/* An aside between dashes and an arrow end a clause as a comma does */
START_TEST(dashes_and_arrows)
{
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\btype i\\b");
    pat(DRILL_EV_RIVAL, "\\btype ii\\b");
    pat(DRILL_EV_SAYS, "\\btrue null\\b");
    const struct drill_ev_result *r =
        run("You convict the innocent, a Type I error - a false positive, rejecting a true null "
            "- and letting the guilty go is a Type II error.",
            0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    ck_assert_int_eq(r->about.alt, 0);
    /* a hyphen inside a word is no dash: the negation still reaches across it */
    ck_assert(drill_ev_negated("no self-attention", strlen("no self-")));
    /* the arrow leads on: the negation before it does not deny what follows */
    const char *t = "no saturation \xe2\x86\x92 mitigates vanishing gradients";
    ck_assert(!drill_ev_negated(t, strlen("no saturation \xe2\x86\x92 mitigates ")));
    ck_assert(drill_ev_negated("it does not saturate - mitigates", strlen("it does not ")));
    ck_assert(
        !drill_ev_negated("it does not saturate - mitigates", strlen("it does not saturate - ")));
}
END_TEST

/* Out of memory while the item and literal lists grow: the item or pattern is refused, nothing
 * is left half grown, and later patterns go in and match (ASan checks the
 * writes). Every count of allocations before the refusal is tried. */
static long refuse_after;
static int refusing(void *ud, long long delta)
{
    (void)ud;
    if (delta <= 0)
        return 1;
    return refuse_after-- > 0;
}

START_TEST(contradictions_stop_at_a_turn)
{
    /* a contrast whose gap runs over "but" joins two clauses: it says nothing wrong */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\bmape\\b");
    pat(DRILL_EV_SAYS, "asymmetr\\w*");
    pat(DRILL_EV_CONTRAST, "over-?predictions?[^.]{0,25}\\bcapped\\b");
    const struct drill_ev_result *r =
        run("MAPE is unbounded for over-prediction but capped at 100% for under-prediction.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    r = run("MAPE: over-predictions are capped at 100%.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
    /* the same for a reversed pattern and a misconception; "whereas", "however", "although" */
    drill_ev_free(ev);
    ev = drill_ev_new();
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "reduces variance");
    pat(DRILL_EV_REVERSED, "bagging[^.]{0,60}\\bbias");
    ck_assert_int_eq(drill_ev_add_item(ev, 1), 0);
    pat(DRILL_EV_PATTERN, "boosting[^.]{0,60}\\bvariance");
    r = run("Bagging reduces variance, whereas boosting attacks bias.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    r = run("Bagging reduces variance; boosting, however, attacks bias.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    r = run("Bagging reduces variance and bias.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
    run("Boosting reduces bias although it can raise variance.", 0);
    ck_assert_int_eq(drill_ev_misconception(ev, 0)->state, DRILL_EV_MISSING);
    run("Boosting mainly reduces variance.", 0);
    ck_assert_int_eq(drill_ev_misconception(ev, 0)->state, DRILL_EV_STATED);
    /* a pattern that says the turn itself keeps its match ("distribution" says no "but") */
    drill_ev_free(ev);
    ev = drill_ev_new();
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "low bias");
    pat(DRILL_EV_REVERSED, "reduces bias but raises variance");
    pat(DRILL_EV_REVERSED, "distribution[^.]{0,30}\\bunchanged");
    r = run("Bagging reduces bias but raises variance.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
    r = run("The distribution shifts but the labels stay unchanged.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    /* a turn word a negative lookaround keeps out is no word the pattern says */
    pat(DRILL_EV_REVERSED, "\\bbagging(?:(?!\\bbut\\b)[^.])*\\bbias");
    r = run("Bagging reduces variance, however boosting cuts bias.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    r = run("Bagging mostly cuts bias.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
    /* a pattern that states credit is not cut at a turn */
    drill_ev_free(ev);
    ev = drill_ev_new();
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "bagging[^.]{0,60}variance");
    r = run("Bagging is parallel but mostly cuts variance.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
}
END_TEST

START_TEST(contradictions_stop_inside_an_aside)
{
    /* what follows "unlike Y", until a comma, colon, parenthesis or dash closes the aside, is
     * said of Y: a misconception or contrast that ends there says nothing of its own subject */
    ck_assert_int_eq(drill_ev_add_item(ev, 1), 0);
    pat(DRILL_EV_PATTERN, "\\bthompson sampling\\b[^.;]{0,60}\\bplays\\b[^.;]{0,20}"
                          "\\bhighest posterior mean\\b");
    run("Thompson sampling, unlike a greedy rule that always plays the highest posterior mean, "
        "plays the arm with the best draw.",
        0);
    ck_assert_int_eq(drill_ev_misconception(ev, 0)->state, DRILL_EV_MISSING);
    run("Thompson sampling, unlike UCB, always plays the arm with the highest posterior mean.", 0);
    ck_assert_int_eq(drill_ev_misconception(ev, 0)->state, DRILL_EV_STATED);
    run("Thompson sampling, unlike UCB - which adds a bonus - plays the highest posterior mean.",
        0);
    ck_assert_int_eq(drill_ev_misconception(ev, 0)->state, DRILL_EV_STATED);
    run("Thompson sampling always plays the arm with the highest posterior mean.", 0);
    ck_assert_int_eq(drill_ev_misconception(ev, 0)->state, DRILL_EV_STATED);
    /* a contrast alike; a pattern that says "unlike" itself keeps its match, and one that keeps
     * it out with a negative lookaround does not say it */
    drill_ev_free(ev);
    ev = drill_ev_new();
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\bforward kl\\b");
    pat(DRILL_EV_SAYS, "mass-covering");
    pat(DRILL_EV_CONTRAST, "\\bforward kl\\b[^.;]{0,60}\\bmode-seeking");
    pat(DRILL_EV_CONTRAST, "\\bforward kl,? unlike what\\b[^.;]{0,30}\\bis mode-seeking");
    pat(DRILL_EV_CONTRAST, "\\bforward kl(?:(?!\\bunlike\\b)[^.;]){0,60}\\bzero-forcing");
    const struct drill_ev_result *r =
        run("Forward KL, unlike the reverse KL which is mode-seeking, is mass-covering.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    r = run("Forward KL, unlike reverse KL, is mode-seeking.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
    r = run("Forward KL unlike what many think is mode-seeking.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
    r = run("Forward KL, unlike the reverse which is zero-forcing, covers every mode.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
}
END_TEST

START_TEST(compared_subjects_own_nothing_after)
{
    /* "unlike X, ..." names X for a comparison: what the sentence goes on to say is not said of
     * X, but for a "which" right after it */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\blinear autoencoders?\\b");
    pat(DRILL_EV_SAYS, "\\blearns? the pca subspace");
    pat(DRILL_EV_CONTRAST, "\\blearns? a different representation from pca");
    const struct drill_ev_result *r = run(
        "Unlike a linear autoencoder, a deep one learns a different representation from PCA.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    r = run("Compared with a linear autoencoder, a deep one learns a different representation from "
            "PCA.",
            0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    r = run("A linear autoencoder, unlike PCA, learns a different representation from PCA.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
    r = run("Unlike a linear autoencoder, which learns a different representation from PCA, a deep "
            "one bends.",
            0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
    /* a clause of its own ("whereas X ...") still names who it goes on about */
    r = run(
        "Whereas a linear autoencoder is shallow, it learns a different representation from PCA.",
        0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
}
END_TEST

START_TEST(contradictions_not_said_after_instead)
{
    /* a stretch that opens with "instead" or "alternatively" is about the other choice: a
     * contrast in it, before a subject is named there, contradicts nothing; a credit still
     * counts */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\bfull fine-tuning\\b");
    pat(DRILL_EV_SAYS, "\\bevery weight\\b");
    pat(DRILL_EV_CONTRAST, "\\bfreez\\w* the model\\b");
    const char *missing[] = {
        "Retraining is costly. Instead freeze the model and learn an add-on.",
        "Retraining is costly. Instead, freeze the model and learn an add-on.",
        "Retraining is costly; alternatively freeze the model and learn an add-on.",
    };
    EACH_IS(missing, DRILL_EV_MISSING);
    const char *contradicted[] = {
        "Retraining is costly. You freeze the model and learn an add-on.",
        "Retraining is costly. Instead of that, full fine-tuning can freeze the model.",
    };
    EACH_IS(contradicted, DRILL_EV_CONTRADICTED);
    ck_assert_int_eq(run("Instead it trains every weight.", 0)->state, DRILL_EV_STATED);
}
END_TEST

START_TEST(contradictions_not_said_of_a_subject_after_but)
{
    /* a contrast is not said of a subject first named after "but", "however", "although",
     * "though" or "yet": that clause turns away from it; a credit still is */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\btest set\\b");
    pat(DRILL_EV_SAYS, "\\bused once\\b");
    pat(DRILL_EV_CONTRAST, "\\btun(?:e|es|ing)\\b");
    const struct drill_ev_result *r =
        run("It's like tuning on the development rig but certifying on a separate test set.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    r = run("You keep tuning, although the test set stays apart.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    r = run("If you keep tuning on it, the test set is no longer unbiased.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
    r = run(
        "It is kept aside and used once at the end, but that is what makes the test set honest.",
        0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
}
END_TEST

START_TEST(negations_inside_a_closed_aside)
{
    /* a negation inside a parenthesis that closes within the match is the aside's own */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "\\bbagging\\b[^.]{0,60}\\breduces variance");
    const struct drill_ev_result *r =
        run("Bagging (not to be confused with boosting) reduces variance.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    r = run("Bagging (trees with no pruning (deep ones)) reduces variance.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    r = run("Bagging never (as the name says) reduces variance.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    r = run("Bagging (which is not boosting reduces variance.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
}
END_TEST

START_TEST(negations_in_a_condition)
{
    /* a negation in a condition inside the match does not deny the main clause after it, which
     * a subject of its own opens, comma or none */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "\\b(?:it|weights?)\\b[^.;]{0,50}\\bgoes to zero");
    const struct drill_ev_result *r =
        run("L1 charges by size, so if it isn't earning its keep it goes to zero.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    r = run("When the weight doesn't help the fit it goes to zero.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    /* ... but a negation that no condition holds, or one in the main clause, denies */
    r = run("L1 charges by size, so it isn't earning its keep and it goes to zero.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    r = run("If it isn't earning its keep it never goes to zero.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    r = run("If the weight is small, it never really goes to zero.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
}
END_TEST

START_TEST(parenthetical_asides)
{
    /* a subject named in an aside that has closed is not who the sentence goes on about */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\bkaplan\\b");
    pat(DRILL_EV_RIVAL, "\\bchinchilla\\b");
    pat(DRILL_EV_SAYS, "mostly (?:grow|scale) the model");
    pat(DRILL_EV_CONTRAST, "scale (?:roughly |about )?equally");
    const struct drill_ev_result *r =
        run("Hoffmann et al. redid the fits with matched schedules (Kaplan used a fixed one, which "
            "penalised long runs) and found N and D should scale roughly equally.",
            0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    /* inside its aside, or named outside one, the subject is still the owner */
    r = run("Chinchilla changed the advice (Kaplan had said they scale equally).", 0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
    r = run("Kaplan (2020, OpenAI) found N and D scale roughly equally.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
    /* an aside that never closes is no aside */
    r = run("Later work (Kaplan, in fact, and they scale equally.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
}
END_TEST

START_TEST(subjectless_claims_in_other_clauses)
{
    /* a claim with no subject: a clause that brings in another subject still credits it when
     * the answer names none, but holds no contradiction */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SAYS, "gradients? (?:flow|pass)");
    pat(DRILL_EV_CONTRAST, "\\bsaturates\\b");
    const struct drill_ev_result *r =
        run("Sigmoid squashes everything into (0, 1), whereas with ReLU gradients flow.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
    r = run("It is cheap to compute, unlike the sigmoid, which saturates.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
    /* with a subject named, the other clause still says nothing of it */
    drill_ev_free(ev);
    ev = drill_ev_new();
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\brelu\\b");
    pat(DRILL_EV_SAYS, "gradients? (?:flow|pass)");
    r = run("ReLU is cheap, whereas with tanh gradients flow near zero.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_MISSING);
}
END_TEST

START_TEST(no_subject_across_a_semicolon)
{
    /* a claim in a stretch that names no subject, up to a semicolon, is not said of one named
     * after it (that stretch is a sentence of its own): it is about the question's subject */
    type_errors();
    const char *text = "Rejecting a true null is a false positive; a Type II error is the miss.";
    ck_assert_int_eq(run(text, 0)->state, DRILL_EV_STATED);
    ck_assert_int_eq(run(text, 1)->state, DRILL_EV_MISSING);
    text = "Rejecting a true null is a false negative; a Type II error is the miss.";
    ck_assert_int_ne(run(text, 0)->state, DRILL_EV_STATED);
    /* within the stretch, a subject named after the claim still owns it */
    text = "Rejecting a true null is a false positive, and a Type II error is the miss.";
    ck_assert_int_eq(run(text, 0)->state, DRILL_EV_MISSING);
    ck_assert_int_eq(run(text, 1)->state, DRILL_EV_CONTRADICTED);
}
END_TEST

START_TEST(not_between_commas)
{
    /* a negation in an aside between commas inside a match, that opens with it or with a
     * "which", denies nothing of the match; one that is the clause's own still does */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "\\bl1\\b[^.]{0,40}\\bsparse");
    static const char *const stated[] = {"L1, not L2, gives sparse weights.",
                                         "L1, not being smooth at zero, gives sparse weights.",
                                         "L1 is cheap, not slow, and gives sparse weights.",
                                         "L1, which is not smooth at zero, gives sparse weights.",
                                         "L1, which isn't smooth at zero, gives sparse weights.",
                                         NULL};
    static const char *const denied[] = {"L1 does not give sparse weights.",
                                         "L1, however, does not, in practice, give sparse weights.",
                                         "L1 gives, not sparse, but dense weights.", NULL};
    for (int i = 0; stated[i]; i++)
        ck_assert_msg(run(stated[i], 0)->state == DRILL_EV_STATED, "%s", stated[i]);
    for (int i = 0; denied[i]; i++)
        ck_assert_msg(run(denied[i], 0)->state == DRILL_EV_MISSING, "%s", denied[i]);
    /* and "not L2" names what the sentence is not about: what follows is not said of L2 */
    drill_ev_free(ev);
    ev = drill_ev_new();
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\bl1\\b");
    pat(DRILL_EV_RIVAL, "\\bl2\\b");
    pat(DRILL_EV_SAYS, "exactly zero");
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_SUBJECT, "\\bl2\\b");
    pat(DRILL_EV_RIVAL, "\\bl1\\b");
    pat(DRILL_EV_SAYS, "shrinks");
    pat(DRILL_EV_CONTRAST, "exactly zero");
    const char *text = "L1, not L2, drives small weights to exactly zero.";
    ck_assert_int_eq(run(text, 0)->state, DRILL_EV_STATED);
    ck_assert_int_eq(run(text, 1)->state, DRILL_EV_MISSING);
    text = "L2, not L1, drives small weights to exactly zero.";
    ck_assert_int_eq(run(text, 0)->state, DRILL_EV_MISSING);
    ck_assert_int_eq(run(text, 1)->state, DRILL_EV_CONTRADICTED);
}
END_TEST

START_TEST(examples_name_what_came_before)
{
    /* ", like X" and ", such as X" after a claim with no subject name what it is about, as
     * ", which is X" does: the false negative is Type II's, not Type I's named before it */
    type_errors();
    const char *text =
        "A false positive, like a Type I error, and a false negative, like a Type II "
        "error, are the two ways to be wrong.";
    ck_assert_int_eq(run(text, 0)->state, DRILL_EV_STATED);
    ck_assert_int_eq(run(text, 1)->state, DRILL_EV_STATED);
    text = "A false negative, such as a Type I error, and a false positive, such as a Type II "
           "error, are the two ways to be wrong.";
    ck_assert_int_eq(run(text, 0)->state, DRILL_EV_CONTRADICTED);
    ck_assert_int_eq(run(text, 1)->state, DRILL_EV_CONTRADICTED);
}
END_TEST

START_TEST(many_matches)
{
    /* a pattern's matches are kept as they come, up to 64: the last word a reversed pattern
     * finds still counts after a run of matches of another */
    drill_ev_add_item(ev, 0);
    pat(DRILL_EV_PATTERN, "\\bbagging\\b");
    pat(DRILL_EV_REVERSED, "\\bboosting reduces variance");
    char text[2000] = "";
    for (int i = 0; i < 100; i++)
        strcat(text, "bagging ");
    strcat(text, "and boosting reduces variance.");
    const struct drill_ev_result *r = run(text, 0);
    ck_assert_int_eq(r->state, DRILL_EV_CONTRADICTED);
    ck_assert_int_eq(r->hit.alt, 0);
    r = run("bagging, bagging and bagging.", 0);
    ck_assert_int_eq(r->state, DRILL_EV_STATED);
}
END_TEST

/* The rubric of analysis_kept_in_a_memo: patterns whose analysis decides what they find (a prefix
 * to anchor at, a stop never taken, a turn the pattern says itself, a negative lookaround). */
static struct drill_ev *kept_rubric(struct drill_memo *m)
{
    struct drill_ev *e = drill_ev_new();
    ck_assert_ptr_nonnull(e);
    drill_ev_set_memo(e, m);
    struct drill_ev *was = ev;
    ev = e;
    stratified_lowers_variance();
    drill_ev_add_item(ev, 0);
    pat_lit(DRILL_EV_PATTERN, "\\bbias\\b(?:(?!\\bwhile\\b)[^.;]){0,40}\\bvariance\\b", "bias");
    pat(DRILL_EV_REVERSED, "\\bbias\\b goes up but variance goes down");
    type_errors();
    ev = was;
    return e;
}

static const char *const kept_texts[] = {
    "Stratified sampling lowers the variance of the estimate.",
    "Bias falls while variance rises; bias goes up but variance goes down.",
    "A type I error is a false negative, not a false positive. Type II: false negative.",
    "Nothing about it here; stratification lowers nothing. Variance.",
};

/* What every concept of e says of kept_texts, as one string. */
static void kept_results(struct drill_ev *e, char *out, size_t cap)
{
    size_t at = 0;
    for (size_t t = 0; t < sizeof kept_texts / sizeof *kept_texts; t++) {
        ck_assert_int_eq(drill_ev_run(e, kept_texts[t], strlen(kept_texts[t]), err, sizeof err), 0);
        for (size_t i = 0; i < drill_ev_nconcepts(e); i++) {
            const struct drill_ev_result *r = drill_ev_concept(e, i);
            at += (size_t)snprintf(out + at, cap - at, "%d:%d:%zu-%zu:%d:%d:%zu ", r->state,
                                   r->hit.alt, r->hit.start, r->hit.end, r->negated, r->rival,
                                   r->contra.start);
            ck_assert_uint_lt(at, cap);
        }
    }
}

START_TEST(analysis_kept_in_a_memo)
{
    /* what a pattern's source says of its matches is worked out once, kept in the memo, read
     * back by a later run, and a damaged value is worked out again: the same findings each way */
    char dir[512], plain[4096], first[4096], again[4096], damaged[4096];
    unit_mkdtemp(dir, sizeof dir, NULL);
    struct drill_ev *e = kept_rubric(NULL);
    kept_results(e, plain, sizeof plain);
    drill_ev_free(e);

    struct drill_memo *m = drill_memo_open(dir, "patterns");
    ck_assert_ptr_nonnull(m);
    e = kept_rubric(m);
    kept_results(e, first, sizeof first);
    drill_ev_free(e);
    drill_memo_close(m);
    ck_assert_str_eq(first, plain);

    m = drill_memo_open(dir, "patterns");
    const char *src = "\\bstratif\\w* (?:reduc|lower)\\w* variance";
    char key[128];
    key[0] = 'A';
    memcpy(key + 1, src, strlen(src));
    size_t vlen;
    ck_assert_ptr_nonnull(drill_memo_get(m, key, strlen(src) + 1, &vlen));
    e = kept_rubric(m);
    kept_results(e, again, sizeof again);
    drill_ev_free(e);
    drill_memo_close(m);
    ck_assert_str_eq(again, plain);

    char dir2[512];
    unit_mkdtemp(dir2, sizeof dir2, NULL);
    m = drill_memo_open(dir2, "patterns");
    ck_assert_int_eq(drill_memo_put(m, key, strlen(src) + 1, "\x07\x09", 2), 0);
    e = kept_rubric(m);
    kept_results(e, damaged, sizeof damaged);
    drill_ev_free(e);
    drill_memo_close(m);
    ck_assert_str_eq(damaged, plain);
    unit_rmtree(dir);
    unit_rmtree(dir2);
}
END_TEST

START_TEST(literals_out_of_memory)
{
    for (long n = 0; n < 40; n++) {
        struct drill_ev *e = drill_ev_new();
        ck_assert_ptr_nonnull(e);
        ck_assert_int_eq(drill_ev_add_item(e, 0), 0);
        refuse_after = n;
        drill_mem_set_hook(refusing, NULL);
        for (int i = 0; i < 12; i++)
            (void)drill_ev_add_item(e, 0); /* the items and their results grow */
        char p[32], l[32];
        for (int i = 0; i < 12; i++) {
            snprintf(p, sizeof p, "\\bword%02d\\b", i);
            snprintf(l, sizeof l, "word%02d", i);
            const char *lits[] = {l};
            size_t lens[] = {strlen(l)};
            (void)drill_ev_add_pattern(e, DRILL_EV_PATTERN, p, strlen(p), NULL, 0, 0, lits, lens, 1,
                                       0, err, sizeof err);
        }
        drill_mem_set_hook(NULL, NULL);
        int last = drill_ev_add_item(e, 0);
        ck_assert_int_ge(last, 1);
        for (int i = 12; i < 30; i++) {
            snprintf(p, sizeof p, "\\bword%02d\\b", i);
            snprintf(l, sizeof l, "word%02d", i);
            const char *lits[] = {l};
            size_t lens[] = {strlen(l)};
            ck_assert_int_eq(drill_ev_add_pattern(e, DRILL_EV_PATTERN, p, strlen(p), NULL, 0, 0,
                                                  lits, lens, 1, 0, err, sizeof err),
                             0);
        }
        const char *text = "It says word29 here.";
        ck_assert_int_eq(drill_ev_run(e, text, strlen(text), err, sizeof err), 0);
        ck_assert_int_eq(drill_ev_concept(e, (size_t)last)->state, DRILL_EV_STATED);
        drill_ev_free(e);
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("evidence");
    TCase *tc = tcase_create("evidence");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, negation);
    tcase_add_test(tc, pattern_anywhere);
    tcase_add_test(tc, claims_bound_to_subject);
    tcase_add_test(tc, misconception_claims);
    tcase_add_test(tc, run_like_reads_as_run);
    tcase_add_test(tc, said_of_a_rival);
    tcase_add_test(tc, compared_after_the_statement);
    tcase_add_test(tc, compared_in_later_clauses);
    tcase_add_test(tc, former_and_latter);
    tcase_add_test(tc, former_and_latter_of_a_sentence);
    tcase_add_test(tc, dismissed);
    tcase_add_test(tc, reversed_in_a_comparison);
    tcase_add_test(tc, contrast_in_a_comparison);
    tcase_add_test(tc, pointing_back_before_a_later_subject);
    tcase_add_test(tc, while_turns_to_another);
    tcase_add_test(tc, other_subject_clauses);
    tcase_add_test(tc, conditions_belong_to_what_follows);
    tcase_add_test(tc, asides_and_hyphens);
    tcase_add_test(tc, counted_off_contradicts_nothing);
    tcase_add_test(tc, overlapping_mentions);
    tcase_add_test(tc, reversed_anywhere);
    tcase_add_test(tc, list_items_are_sentences);
    tcase_add_test(tc, bars_part_items_on_one_line);
    tcase_add_test(tc, literal_filter);
    tcase_add_test(tc, items_judged_where_they_may_say);
    tcase_add_test(tc, prefix_places_overlapping_and_at_the_end);
    tcase_add_test(tc, anchored_at_prefixes);
    tcase_add_test(tc, every_literal_set);
    tcase_add_test(tc, literal_windows_without_the_literal);
    tcase_add_test(tc, optional_prefixes);
    tcase_add_test(tc, short_prefixes);
    tcase_add_test(tc, literals_after_the_start);
    tcase_add_test(tc, stops_a_match_never_holds);
    tcase_add_test(tc, misconceptions);
    tcase_add_test(tc, jit_for_regexes_no_literal_starts);
    tcase_add_test(tc, one_form_for_both_kinds_of_text);
    tcase_add_test(tc, tempered_too_large_runs_as_written);
    tcase_add_test(tc, kept_patterns_read_in_place);
    tcase_add_test(tc, ascii_and_unicode_forms);
    tcase_add_test(tc, second_form_widened_again);
    tcase_add_test(tc, long_gaps_run_as_written);
    tcase_add_test(tc, regex_limits_are_errors);
    tcase_add_test(tc, bad_pattern);
    tcase_add_test(tc, normalised_text);
    tcase_add_test(tc, own_words);
    tcase_add_test(tc, versus_pairs_terms);
    tcase_add_test(tc, labels_after_a_description);
    tcase_add_test(tc, dashes_and_arrows);
    tcase_add_test(tc, contradictions_stop_at_a_turn);
    tcase_add_test(tc, contradictions_stop_inside_an_aside);
    tcase_add_test(tc, compared_subjects_own_nothing_after);
    tcase_add_test(tc, contradictions_not_said_after_instead);
    tcase_add_test(tc, contradictions_not_said_of_a_subject_after_but);
    tcase_add_test(tc, negations_inside_a_closed_aside);
    tcase_add_test(tc, negations_in_a_condition);
    tcase_add_test(tc, parenthetical_asides);
    tcase_add_test(tc, subjectless_claims_in_other_clauses);
    tcase_add_test(tc, many_matches);
    tcase_add_test(tc, literals_out_of_memory);
    tcase_add_test(tc, analysis_kept_in_a_memo);
    tcase_add_test(tc, widened_again_when_first_tried);
    tcase_add_test(tc, no_subject_across_a_semicolon);
    tcase_add_test(tc, not_between_commas);
    tcase_add_test(tc, examples_name_what_came_before);
    tcase_add_test(tc, widened_again_by_the_callers_widener);
    tcase_add_test(tc, identical_patterns_share_a_regex);
    tcase_add_test(tc, denials);
    tcase_add_test(tc, long_list_index);
    suite_add_tcase(s, tc);
    return unit_run(s);
}
