/* Check suite for bank: loading and validating bank files (docs/banks.md), with every
 * diagnostic checked word for word against the fixtures in tests/fixtures/banks. */
#define _XOPEN_SOURCE 700

#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "bank.h"
#include "drill_limits.h"
#include "unit.h"

#define BANKS FIXTURES "/banks/"

/* ---------------------------------------------------------------- helpers */

static struct drill_bankset *set;
static struct drill_diags d;

static void fresh(int flags)
{
    drill_bankset_free(set);
    set = drill_bankset_new(flags);
    ck_assert_ptr_nonnull(set);
    drill_diags_init(&d);
}

static void setup(void)
{
    set = NULL;
    fresh(0);
}

static void teardown(void)
{
    drill_bankset_free(set);
    set = NULL;
}

/* Adds BANKS/rel (or an absolute path) and returns the status. */
static int add(const char *rel)
{
    char path[1024];
    if (rel[0] == '/')
        snprintf(path, sizeof path, "%s", rel);
    else
        snprintf(path, sizeof path, "%s%s", BANKS, rel);
    return drill_bankset_add(set, path, &d);
}

/* Diagnostic i with the fixture directory taken out of every path in it. Static buffer. */
static const char *diag(int i)
{
    static char out[DRILL_DIAG_LEN];
    const char *s = d.msg[i], *p;
    size_t o = 0, k = strlen(BANKS);
    while ((p = strstr(s, BANKS))) {
        memcpy(out + o, s, (size_t)(p - s));
        o += (size_t)(p - s);
        s = p + k;
    }
    snprintf(out + o, sizeof out - o, "%s", s);
    return out;
}

/* The diagnostics are exactly `want` (NULL-terminated), in order. */
static void expect_diags(const char *const *want)
{
    char all[8192];
    size_t o = 0;
    for (int i = 0; i < d.n && o < sizeof all; i++)
        o += (size_t)snprintf(all + o, sizeof all - o, "\n  %s", diag(i));
    int n = 0;
    while (want[n])
        n++;
    ck_assert_msg(d.n == n, "%d diagnostics, want %d:%s", d.n, n, all);
    for (int i = 0; i < n; i++)
        ck_assert_msg(strcmp(diag(i), want[i]) == 0, "diagnostic %d:\n  got:  %s\n  want: %s", i,
                      diag(i), want[i]);
    ck_assert_int_eq(d.dropped, 0);
}
#define EXPECT_DIAGS(...) expect_diags((const char *const[]){__VA_ARGS__, NULL})

/* A bad file alone: its status, its diagnostics, and nothing loaded from it. */
#define EXPECT_BAD(rel, want_status, ...)                                                          \
    do {                                                                                           \
        ck_assert_int_eq(add(rel), (want_status));                                                 \
        EXPECT_DIAGS(__VA_ARGS__);                                                                 \
        ck_assert_int_eq(d.status, (want_status));                                                 \
        ck_assert_uint_eq(drill_bankset_nfiles(set), 0);                                           \
        ck_assert_uint_eq(drill_bankset_count(set), 0);                                            \
    } while (0)

static const struct drill_question *find(const char *id)
{
    return drill_bankset_find(set, id);
}

/* ---------------------------------------------------------------- valid banks */

START_TEST(valid_file)
{
    ck_assert_int_eq(add("good/full.json"), DRILL_OK);
    ck_assert_int_eq(drill_bankset_finish(set, &d), DRILL_OK);
    ck_assert_int_eq(d.n, 0);
    ck_assert_int_eq(d.status, DRILL_OK);

    ck_assert_uint_eq(drill_bankset_nfiles(set), 1);
    const struct drill_bankfile *f = drill_bankset_file(set, 0);
    ck_assert_str_eq(f->path, BANKS "good/full.json");
    ck_assert_str_eq(f->bank, "unit-full");
    ck_assert_str_eq(f->title, "Every feature of format v1");
    ck_assert_uint_eq(f->nquestions, 4);
    ck_assert(cJSON_IsObject(f->root));
    ck_assert_ptr_null(drill_bankset_file(set, 1));

    /* top-level questions in file order, with where each starts */
    ck_assert_uint_eq(drill_bankset_count(set), 4);
    const char *ids[] = {"full.bias-variance", "full.regularisation", "full.scenario_1",
                         "full.derivation"};
    unsigned lines[] = {8, 48, 57, 73};
    for (size_t i = 0; i < 4; i++) {
        const struct drill_question *q = drill_bankset_question(set, i);
        ck_assert_str_eq(q->id, ids[i]);
        ck_assert_uint_eq(q->bank, 0);
        ck_assert_ptr_null(q->parent);
        ck_assert_uint_eq(q->line, lines[i]);
        ck_assert_uint_eq(q->col, 5);
        ck_assert_str_eq(cJSON_GetObjectItemCaseSensitive(q->node, "id")->valuestring, ids[i]);
        ck_assert_ptr_eq(find(ids[i]), q);
    }
    ck_assert_ptr_null(drill_bankset_question(set, 4));
}
END_TEST

START_TEST(position_of_a_part)
{
    /* any value of a question, and an object member's key, can be placed in its file */
    ck_assert_int_eq(add("good/full.json"), DRILL_OK);
    const struct drill_question *q = drill_bankset_question(set, 0);
    const cJSON *rubric = cJSON_GetObjectItemCaseSensitive(q->node, "rubric");
    unsigned line = 0, col = 0;
    ck_assert_int_eq(drill_bankset_pos(set, q->bank, rubric, 0, &line, &col), 1);
    ck_assert_uint_eq(line, 22);
    ck_assert_uint_eq(col, 17);
    ck_assert_int_eq(drill_bankset_pos(set, q->bank, rubric, 1, &line, &col), 1);
    ck_assert_uint_eq(line, 22);
    ck_assert_uint_eq(col, 7);
    const cJSON *pass = cJSON_GetObjectItemCaseSensitive(rubric, "pass");
    ck_assert_int_eq(drill_bankset_pos(set, q->bank, pass, 0, &line, &col), 1);
    ck_assert_uint_eq(line, 23);
    ck_assert_uint_eq(col, 17);
    /* a node of no file, or a file that is not loaded */
    cJSON *stray = cJSON_CreateObject();
    ck_assert_int_eq(drill_bankset_pos(set, q->bank, stray, 0, &line, &col), 0);
    cJSON_Delete(stray);
    ck_assert_int_eq(drill_bankset_pos(set, 1, rubric, 0, &line, &col), 0);
}
END_TEST

START_TEST(valid_file_checked_patterns)
{
    fresh(DRILL_BANK_CHECK_PATTERNS);
    ck_assert_int_eq(add("good/full.json"), DRILL_OK);
    ck_assert_int_eq(add("good/other.json"), DRILL_OK);
    ck_assert_int_eq(add("mini/mini.json"), DRILL_OK);
    ck_assert_int_eq(drill_bankset_finish(set, &d), DRILL_OK);
    ck_assert_int_eq(d.n, 0);
    ck_assert_uint_eq(drill_bankset_count(set), 7);
}
END_TEST

START_TEST(inline_followup)
{
    /* an inline followup is found by id, knows its parent, is not a top-level question,
     * and needs no lesson, topic, level or format of its own */
    ck_assert_int_eq(add("good/full.json"), DRILL_OK);
    const struct drill_question *q = find("full.bias-variance.detect");
    ck_assert_ptr_nonnull(q);
    ck_assert_str_eq(q->parent, "full.bias-variance");
    ck_assert_uint_eq(q->bank, 0);
    ck_assert_uint_eq(q->line, 41);
    ck_assert_uint_eq(q->col, 9);
    ck_assert_ptr_null(cJSON_GetObjectItemCaseSensitive(q->node, "lesson"));
    for (size_t i = 0; i < drill_bankset_count(set); i++)
        ck_assert_ptr_ne(drill_bankset_question(set, i), q);
    ck_assert_int_eq(drill_bankset_finish(set, &d), DRILL_OK);
}
END_TEST

START_TEST(followups_across_files)
{
    /* a followup may name a question of another bank, loaded before or after it */
    ck_assert_int_eq(add("good/other.json"), DRILL_OK);
    ck_assert_int_eq(add("good/full.json"), DRILL_OK);
    ck_assert_int_eq(drill_bankset_finish(set, &d), DRILL_OK);
    ck_assert_int_eq(d.n, 0);
    ck_assert_uint_eq(drill_bankset_nfiles(set), 2);
    ck_assert_uint_eq(find("other.cross")->bank, 0);
    ck_assert_uint_eq(find("full.derivation")->bank, 1);
    ck_assert_str_eq(drill_bankset_question(set, 0)->id, "other.cross");
}
END_TEST

START_TEST(followup_needs_its_file)
{
    ck_assert_int_eq(add("good/other.json"), DRILL_OK);
    ck_assert_int_eq(drill_bankset_finish(set, &d), DRILL_EXIT_DATA);
    EXPECT_DIAGS("good/other.json:14:21: question \"other.cross\": unknown followup "
                 "\"full.bias-variance\"");
}
END_TEST

START_TEST(patterns_unchecked_without_flag)
{
    /* a drill compiles patterns lazily: only lint (the flag) rejects these at load */
    ck_assert_int_eq(add("bad/bad-pattern.json"), DRILL_OK);
    ck_assert_int_eq(add("bad/empty-match.json"), DRILL_OK);
    ck_assert_int_eq(d.n, 0);
    ck_assert_uint_eq(drill_bankset_count(set), 2);
}
END_TEST

/* ---------------------------------------------------------------- confinement */

/* The confining check a host gives the walk: the path resolves under `root`. */
struct confine {
    char root[PATH_MAX];
    int asked;
};

static int confined(const char *path, void *ud)
{
    struct confine *c = ud;
    char real[PATH_MAX];
    c->asked++;
    if (!realpath(path, real))
        return 1; /* nothing there: opening it reports it missing */
    size_t n = strlen(c->root);
    return strncmp(real, c->root, n) == 0 && (real[n] == '\0' || real[n] == '/');
}

/* Copies a fixture bank to dir/name. */
static void copy_bank(const char *dir, const char *name, const char *fixture)
{
    char src[1024], buf[65536], out[1024];
    snprintf(src, sizeof src, "%s%s", BANKS, fixture);
    FILE *f = fopen(src, "rb");
    ck_assert_ptr_nonnull(f);
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    unit_write(out, sizeof out, dir, name, buf, n);
}

/* Any diagnostic that holds `text`. */
static int diags_hold(const char *text)
{
    for (int i = 0; i < d.n; i++)
        if (strstr(d.msg[i], text))
            return 1;
    return 0;
}

START_TEST(walk_refuses_symlinks_out)
{
    /* banks/ holds a good bank, a link to a file outside it (whose text
     * would be quoted in a parse error), a link to /etc/passwd, a link that
     * stays inside, and a FIFO (which would block a read) */
    char banks[700], outside[700], secret[1024], link[1024];
    snprintf(banks, sizeof banks, "%s/banks", unit_dir);
    snprintf(outside, sizeof outside, "%s/outside", unit_dir);
    ck_assert_int_eq(mkdir(banks, 0700), 0);
    ck_assert_int_eq(mkdir(outside, 0700), 0);
    copy_bank(banks, "a-good.json", "dir/a-first.json");
    unit_write(secret, sizeof secret, outside, "secret.json", "TOPSECRET-7f3a not json\n", 24);
    snprintf(link, sizeof link, "%s/b-secret.json", banks);
    ck_assert_int_eq(symlink(secret, link), 0);
    snprintf(link, sizeof link, "%s/c-passwd.json", banks);
    ck_assert_int_eq(symlink("/etc/passwd", link), 0);
    snprintf(link, sizeof link, "%s/d-inside.json", banks);
    ck_assert_int_eq(symlink("a-good.json", link), 0);
    snprintf(link, sizeof link, "%s/e-fifo.json", banks);
    ck_assert_int_eq(mkfifo(link, 0600), 0);

    struct confine c = {.asked = 0};
    ck_assert_ptr_nonnull(realpath(banks, c.root));
    drill_bankset_set_allow(set, confined, &c);
    ck_assert_int_eq(drill_bankset_add(set, banks, &d), DRILL_EXIT_NOINPUT);
    /* the directory and each of its five entries was asked about */
    ck_assert_int_eq(c.asked, 6);
    char want[1200];
    snprintf(want, sizeof want, "%s/b-secret.json: not read: it leads outside", banks);
    ck_assert_msg(diags_hold(want), "no refusal of the link out: %s", d.n ? d.msg[0] : "");
    snprintf(want, sizeof want, "%s/c-passwd.json: not read: it leads outside", banks);
    ck_assert(diags_hold(want));
    snprintf(want, sizeof want, "%s/e-fifo.json: not a regular file", banks);
    ck_assert(diags_hold(want));
    /* nothing read from outside is quoted */
    ck_assert(!diags_hold("TOPSECRET"));
    ck_assert(!diags_hold("root:"));
    /* the good bank loaded; the link inside is the same bank again, so it
     * is read (and refused as a duplicate, which shows it was read) */
    ck_assert_uint_ge(drill_bankset_nfiles(set), 1);
    ck_assert_str_eq(drill_bankset_question(set, 0)->id, "dir.a1");
    snprintf(want, sizeof want, "%s/d-inside.json", banks);
    ck_assert(diags_hold(want));
}
END_TEST

START_TEST(refused_named_path_is_not_read)
{
    char secret[1024];
    unit_write(secret, sizeof secret, unit_dir, "secret.json", "TOPSECRET-7f3a", 14);
    struct confine c = {.asked = 0};
    snprintf(c.root, sizeof c.root, "/nonexistent-root");
    drill_bankset_set_allow(set, confined, &c);
    ck_assert_int_eq(drill_bankset_add(set, secret, &d), DRILL_EXIT_NOINPUT);
    ck_assert_int_eq(d.n, 1);
    ck_assert(!diags_hold("TOPSECRET"));
    ck_assert_int_eq(drill_bankset_add(set, unit_dir, &d), DRILL_EXIT_NOINPUT);
    ck_assert_int_eq(d.n, 2);
    ck_assert_uint_eq(drill_bankset_nfiles(set), 0);
    /* without the check the same file is read (and its text quoted) */
    drill_bankset_set_allow(set, NULL, NULL);
    drill_diags_init(&d);
    ck_assert_int_eq(drill_bankset_add(set, secret, &d), DRILL_EXIT_DATA);
}
END_TEST

/* ---------------------------------------------------------------- directories */

START_TEST(directory_in_name_order)
{
    ck_assert_int_eq(add("dir"), DRILL_OK);
    ck_assert_int_eq(d.n, 0); /* notes.txt and .hidden.json are not read */
    ck_assert_uint_eq(drill_bankset_nfiles(set), 2);
    ck_assert_str_eq(drill_bankset_file(set, 0)->path, BANKS "dir/a-first.json");
    ck_assert_str_eq(drill_bankset_file(set, 1)->path, BANKS "dir/b-second.json");
    ck_assert_uint_eq(drill_bankset_count(set), 3);
    ck_assert_str_eq(drill_bankset_question(set, 0)->id, "dir.a1");
    ck_assert_str_eq(drill_bankset_question(set, 1)->id, "dir.b1");
    ck_assert_str_eq(drill_bankset_question(set, 2)->id, "dir.b2");
    ck_assert_uint_eq(find("dir.b2")->bank, 1);
}
END_TEST

START_TEST(directory_with_trailing_slash)
{
    ck_assert_int_eq(add("dir/"), DRILL_OK);
    ck_assert_str_eq(drill_bankset_file(set, 0)->path, BANKS "dir/a-first.json");
}
END_TEST

START_TEST(directory_bad_file_contributes_nothing)
{
    ck_assert_int_eq(add("mixed"), DRILL_EXIT_DATA);
    EXPECT_DIAGS("mixed/b-bad.json:5:81: question \"mixed.b1\": unknown level \"boss\" (junior, "
                 "mid, senior or research)",
                 "mixed/b-bad.json:7:81: question \"mixed.b2\": unknown level \"boss\" (junior, "
                 "mid, senior or research)");
    ck_assert_uint_eq(drill_bankset_nfiles(set), 2);
    ck_assert_str_eq(drill_bankset_file(set, 1)->path, BANKS "mixed/c-good.json");
    ck_assert_uint_eq(drill_bankset_count(set), 3);
    ck_assert_ptr_null(find("mixed.b1"));
    ck_assert_ptr_null(find("mixed.b2"));
    ck_assert_ptr_nonnull(find("mixed.a2"));
    ck_assert_uint_eq(find("mixed.c1")->bank, 1);
    ck_assert_int_eq(drill_bankset_finish(set, &d), DRILL_OK);
}
END_TEST

START_TEST(bad_file_then_good_file)
{
    /* a rejected file first (nothing indexed yet), then files that load */
    ck_assert_int_eq(add("bad/no-questions.json"), DRILL_EXIT_DATA);
    ck_assert_int_eq(add("bad/question-not-object.json"), DRILL_EXIT_DATA);
    ck_assert_int_eq(add("good/full.json"), DRILL_OK);
    ck_assert_int_eq(add("bad/duplicate-id.json"), DRILL_EXIT_DATA);
    ck_assert_int_eq(add("good/other.json"), DRILL_OK);
    ck_assert_int_eq(drill_bankset_finish(set, &d), DRILL_OK);
    ck_assert_uint_eq(drill_bankset_nfiles(set), 2);
    ck_assert_uint_eq(drill_bankset_count(set), 5);
    ck_assert_ptr_null(find("notobj.one"));
    ck_assert_ptr_null(find("dupid.two"));
    ck_assert_ptr_nonnull(find("full.bias-variance.detect"));
    ck_assert_uint_eq(find("other.cross")->bank, 1);
    ck_assert_int_eq(d.status, DRILL_EXIT_DATA);
}
END_TEST

START_TEST(empty_directory)
{
    char want[700];
    ck_assert_int_eq(add(unit_dir), DRILL_EXIT_NOINPUT);
    snprintf(want, sizeof want, "%s: no *.json bank files in directory", unit_dir);
    EXPECT_DIAGS(want);
}
END_TEST

/* ---------------------------------------------------------------- files that cannot be read */

START_TEST(missing_file)
{
    EXPECT_BAD("bad/no-such-bank.json", DRILL_EXIT_NOINPUT,
               "bad/no-such-bank.json: No such file or directory");
}
END_TEST

START_TEST(empty_file)
{
    EXPECT_BAD("bad/empty.json", DRILL_EXIT_DATA,
               "bad/empty.json: empty file, expected a JSON value");
}
END_TEST

START_TEST(oversized_file)
{
    /* one byte over the limit; made here rather than kept in the repository */
    char path[700], want[800];
    snprintf(path, sizeof path, "%s/huge.json", unit_dir);
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    static char spaces[1 << 16];
    memset(spaces, ' ', sizeof spaces);
    size_t left = DRILL_MAX_BANK_BYTES + 1;
    fputc('[', f);
    left--;
    while (left > 1) {
        size_t k = left - 1 < sizeof spaces ? left - 1 : sizeof spaces;
        ck_assert_uint_eq(fwrite(spaces, 1, k, f), k);
        left -= k;
    }
    fputc(']', f);
    ck_assert_int_eq(fclose(f), 0);
    snprintf(want, sizeof want, "%s: file is %u bytes, over the limit of %u", path,
             DRILL_MAX_BANK_BYTES + 1, DRILL_MAX_BANK_BYTES);
    EXPECT_BAD(path, DRILL_EXIT_DATA, want);
}
END_TEST

START_TEST(invalid_utf8_file)
{
    EXPECT_BAD("bad/invalid-utf8.json", DRILL_EXIT_DATA,
               "bad/invalid-utf8.json:3:16: invalid UTF-8 (byte offset 47)");
}
END_TEST

/* ---------------------------------------------------------------- malformed JSON */

START_TEST(malformed_json)
{
    EXPECT_BAD("bad/malformed.json", DRILL_EXIT_DATA,
               "bad/malformed.json:9:7: expected ',' or '}'");
}
END_TEST

START_TEST(duplicate_key)
{
    EXPECT_BAD("bad/duplicate-key.json", DRILL_EXIT_DATA,
               "bad/duplicate-key.json:13:7: duplicate key \"prompt\"");
}
END_TEST

/* ---------------------------------------------------------------- the bank object */

START_TEST(not_an_object)
{
    EXPECT_BAD("bad/not-object.json", DRILL_EXIT_DATA,
               "bad/not-object.json:1:1: a bank must be a JSON object, not an array");
}
END_TEST

START_TEST(no_questions)
{
    EXPECT_BAD("bad/no-questions.json", DRILL_EXIT_DATA,
               "bad/no-questions.json:4:16: \"questions\" is empty");
}
END_TEST

START_TEST(newer_format_version)
{
    EXPECT_BAD("bad/newer-version.json", DRILL_EXIT_DATA,
               "bad/newer-version.json:4:21: bank format version 3 is newer than this drill reads "
               "(2)");
}
END_TEST

START_TEST(v2_key_in_v1_bank)
{
    EXPECT_BAD(
        "bad/v2-in-v1.json", DRILL_EXIT_DATA,
        "bad/v2-in-v1.json:35:13: question \"mini.overfitting\": \"core\" is a format v2 key: "
        "set \"format_version\": 2 in the bank");
}
END_TEST

START_TEST(v2_claims_written_wrong)
{
    fresh(DRILL_BANK_CHECK_PATTERNS);
    EXPECT_BAD(
        "bad/bad-claim.json", DRILL_EXIT_DATA,
        "bad/bad-claim.json:6:5: a thesaurus entry must be an array of two or more phrases",
        "bad/bad-claim.json:10:7: thesaurus phrase \"avg(x)\" is a word or phrase, not a pattern: "
        "no '('",
        "bad/bad-claim.json:45:22: question \"mini.overfitting\": concept \"fits noise or "
        "memorises "
        "the training data\" has no \"says\"",
        "bad/bad-claim.json:71:25: question \"mini.overfitting\": \"derive\" must be true or "
        "false, "
        "not a string",
        "bad/bad-claim.json:68:15: question \"mini.overfitting\": concept \"poor generalisation to "
        "unseen data\": a claim with \"rivals\" needs a \"subject\"",
        "bad/bad-claim.json:85:21: question \"mini.overfitting\": \"core\" must be true or false, "
        "not "
        "a string",
        "bad/bad-claim.json:88:17: question \"mini.overfitting\": concept \"remedies\": pattern "
        "/(regular/ does not compile: missing closing parenthesis at offset 8");
}
END_TEST

START_TEST(v2_misconception_claims_written_wrong)
{
    fresh(DRILL_BANK_CHECK_PATTERNS);
    EXPECT_BAD("bad/bad-misclaim.json", DRILL_EXIT_DATA,
               "bad/bad-misclaim.json:21:22: question \"misclaim.type-errors\": misconception \"no "
               "subject\" has no \"subject\"",
               "bad/bad-misclaim.json:26:102: question \"misclaim.type-errors\": unknown key "
               "\"contrasts\" in a misconception's claim",
               "bad/bad-misclaim.json:29:11: question \"misclaim.type-errors\": misconception "
               "\"nothing to state it\" has neither \"patterns\" nor a \"claim\"",
               "bad/bad-misclaim.json:35:74: question \"misclaim.type-errors\": misconception \"a "
               "says that does not compile\": pattern /(falls/ does not compile: missing closing "
               "parenthesis at offset 6");
}
END_TEST

START_TEST(v2_plain_written_wrong)
{
    EXPECT_BAD(
        "bad/bad-plain.json", DRILL_EXIT_DATA,
        "bad/bad-plain.json:44:22: question \"v2good.overfitting\": \"plain\" must be a string "
        "or an array of one to three strings",
        "bad/bad-plain.json:64:15: question \"v2good.overfitting\": \"plain\" must hold "
        "non-empty strings, not an empty one",
        "bad/bad-plain.json:65:15: question \"v2good.overfitting\": \"plain\" must hold "
        "non-empty strings, not a number");
}
END_TEST

START_TEST(v2_bank_loads)
{
    fresh(DRILL_BANK_CHECK_PATTERNS);
    ck_assert_int_eq(add("v2/good.json"), DRILL_OK);
    ck_assert_int_eq(add("v2/claims.json"), DRILL_OK);
    ck_assert_int_eq(drill_bankset_finish(set, &d), DRILL_OK);
    ck_assert_int_eq(d.n, 0);
    ck_assert_uint_eq(drill_bankset_count(set), 4);
}
END_TEST

START_TEST(unknown_keys)
{
    EXPECT_BAD(
        "bad/unknown-key.json", DRILL_EXIT_DATA,
        "bad/unknown-key.json:4:3: unknown key \"colour\" in a bank",
        "bad/unknown-key.json:13:7: question \"unknown.one\": unknown key \"promt\" in a question "
        "(did you mean \"prompt\"?)",
        "bad/unknown-key.json:7:5: question \"unknown.one\": the question has no \"prompt\"",
        "bad/unknown-key.json:17:52: question \"unknown.one\": unknown key \"feedbak\" in a "
        "concept "
        "(did you mean \"feedback\"?)",
        "bad/unknown-key.json:17:11: question \"unknown.one\": concept \"noise\" has no "
        "\"feedback\"");
}
END_TEST

START_TEST(missing_fields)
{
    EXPECT_BAD(
        "bad/missing-fields.json", DRILL_EXIT_DATA,
        "bad/missing-fields.json:1:1: the bank has no \"title\"",
        "bad/missing-fields.json:4:5: a question has no \"id\"",
        "bad/missing-fields.json:12:5: question \"missing.most\": the question has no "
        "\"lesson\"",
        "bad/missing-fields.json:12:5: question \"missing.most\": the question has no "
        "\"topic\"",
        "bad/missing-fields.json:12:5: question \"missing.most\": the question has no \"level\"",
        "bad/missing-fields.json:12:5: question \"missing.most\": the question has no "
        "\"format\"",
        "bad/missing-fields.json:12:5: question \"missing.most\": the question has no "
        "\"answer\"");
}
END_TEST

START_TEST(wrong_types)
{
    EXPECT_BAD(
        "bad/wrong-types.json", DRILL_EXIT_DATA,
        "bad/wrong-types.json:3:12: \"title\" must be a string, not a number",
        "bad/wrong-types.json:11:17: question \"types.one\": \"prompt\" must be a string, not an "
        "array",
        "bad/wrong-types.json:9:16: question \"types.one\": \"level\" must be a level or a "
        "non-empty array of levels",
        "bad/wrong-types.json:12:17: question \"types.one\": \"answer\" must be a string or an "
        "object of the four steps, not a number",
        "bad/wrong-types.json:13:17: question \"types.one\": \"rubric\" must be an object, not an "
        "array",
        "bad/wrong-types.json:14:21: question \"types.one\": \"time_limit\" must be a number, not "
        "a "
        "string",
        "bad/wrong-types.json:15:15: question \"types.one\": \"tags\" must be an array, not a "
        "string",
        "bad/wrong-types.json:16:20: question \"types.one\": \"followups\" must be an array, not "
        "an "
        "object");
}
END_TEST

/* ---------------------------------------------------------------- questions */

START_TEST(bad_level)
{
    EXPECT_BAD("bad/bad-level.json", DRILL_EXIT_DATA,
               "bad/bad-level.json:9:16: question \"level.one\": unknown level \"expert\" (junior, "
               "mid, senior or research)",
               "bad/bad-level.json:18:24: question \"level.two\": unknown level \"guru\" (junior, "
               "mid, senior or research)",
               "bad/bad-level.json:18:32: question \"level.two\": unknown level ? (junior, mid, "
               "senior or research)",
               "bad/bad-level.json:27:16: question \"level.three\": \"level\" must be a level or a "
               "non-empty array of levels");
}
END_TEST

START_TEST(bad_format)
{
    EXPECT_BAD("bad/bad-format.json", DRILL_EXIT_DATA,
               "bad/bad-format.json:10:17: question \"format.one\": unknown format \"quiz\" "
               "(conceptual, deep-dive, scenario, derivation or rapid-fire)");
}
END_TEST

START_TEST(invalid_ids)
{
    EXPECT_BAD(
        "bad/invalid-id.json", DRILL_EXIT_DATA,
        "bad/invalid-id.json:2:11: bank name \"Bad_Bank\" must be lower-case letters, digits and "
        "'-'",
        "bad/invalid-id.json:6:13: question id \"Core.Bias Variance\" must be lower-case letters, "
        "digits, '.', '_' and '-' (at most 64 bytes)",
        "bad/invalid-id.json:15:13: question id "
        "\"x.this-id-is-far-too-long-to-be-a-question-id-because-it-goes-on-\" must be lower-case "
        "letters, digits, '.', '_' and '-' (at most 64 bytes)",
        "bad/invalid-id.json:22:21: followup \"-not-an-id\" is not a valid question id");
}
END_TEST

START_TEST(question_not_an_object)
{
    /* BUG: check_question() reports a non-object before it resets the current id, so
     * the message blames the question before it: 'question "notobj.one": a question
     * must be an object, not a number'. */
    EXPECT_BAD("bad/question-not-object.json", DRILL_EXIT_DATA,
               "bad/question-not-object.json:14:5: a question must be an object, not a number");
}
END_TEST

START_TEST(bad_answer)
{
    EXPECT_BAD("bad/bad-answer.json", DRILL_EXIT_DATA,
               "bad/bad-answer.json:13:9: question \"answer.one\": unknown key \"sumary\" in an "
               "answer (did you mean \"summary\"?)",
               "bad/bad-answer.json:12:17: question \"answer.one\": the answer has no \"summary\"",
               "bad/bad-answer.json:14:22: question \"answer.one\": \"intuition\" is empty",
               "bad/bad-answer.json:12:17: question \"answer.one\": the answer has no \"practice\"",
               "bad/bad-answer.json:25:17: question \"answer.two\": \"answer\" is empty");
}
END_TEST

START_TEST(bad_rubric)
{
    EXPECT_BAD(
        "bad/bad-rubric.json", DRILL_EXIT_DATA,
        "bad/bad-rubric.json:14:17: question \"rubric.one\": \"pass\" must be at least 0 and at "
        "most "
        "1, not 1.5",
        "bad/bad-rubric.json:16:39: question \"rubric.one\": \"weight\" must be over 0 and at most "
        "1000, not 0",
        "bad/bad-rubric.json:16:54: question \"rubric.one\": \"required\" must be true or false, "
        "not "
        "a string",
        "bad/bad-rubric.json:16:73: question \"rubric.one\": \"patterns\" is empty",
        "bad/bad-rubric.json:17:11: question \"rubric.one\": concept 2 must be an object, not a "
        "string",
        "bad/bad-rubric.json:18:11: question \"rubric.one\": a concept has no \"name\"",
        "bad/bad-rubric.json:18:56: question \"rubric.one\": \"feedback\" is empty",
        "bad/bad-rubric.json:18:40: question \"rubric.one\": concept \"?\": a pattern must be a "
        "string, not a number",
        "bad/bad-rubric.json:21:70: question \"rubric.one\": \"penalty\" must be at least 0 and at "
        "most 1, not 2",
        "bad/bad-rubric.json:24:21: question \"rubric.one\": \"time_limit\" must be over 0 and at "
        "most 3600, not 0");
}
END_TEST

START_TEST(bad_stages_and_steps)
{
    EXPECT_BAD(
        "bad/bad-stages.json", DRILL_EXIT_DATA,
        "bad/bad-stages.json:15:16: question \"stages.one\": stage 2 id \"clarify\" is used twice",
        "bad/bad-stages.json:16:67: question \"stages.one\": unknown key \"hint\" in stage 3",
        "bad/bad-stages.json:16:9: question \"stages.one\": stage 3 has no \"id\"",
        "bad/bad-stages.json:18:17: question \"stages.one\": step 1 must be an object, not a "
        "string");
}
END_TEST

START_TEST(bad_inline_followup)
{
    EXPECT_BAD("bad/inline-followup.json", DRILL_EXIT_DATA,
               "bad/inline-followup.json:14:9: question \"inline.child\": the question has no "
               "\"prompt\"",
               "bad/inline-followup.json:14:70: question \"inline.child\": unknown level \"guru\" "
               "(junior, mid, senior or research)",
               "bad/inline-followup.json:15:9: question \"inline.parent\": a followup must be a "
               "question id or an inline question, not a boolean");
}
END_TEST

START_TEST(too_many_errors)
{
    /* 60 bad levels: the first DRILL_DIAG_MAX are kept, the rest counted */
    char path[700];
    snprintf(path, sizeof path, "%s/many.json", unit_dir);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fprintf(f, "{\"bank\": \"many\", \"title\": \"Many errors\", \"questions\": [\n");
    for (int i = 0; i < 60; i++)
        fprintf(f,
                "%s{\"id\": \"many.%d\", \"lesson\": \"l\", \"topic\": \"t\", \"level\": \"boss\", "
                "\"format\": \"conceptual\", \"prompt\": \"p\", \"answer\": \"a\"}\n",
                i ? "," : "", i);
    fprintf(f, "]}\n");
    ck_assert_int_eq(fclose(f), 0);
    ck_assert_int_eq(add(path), DRILL_EXIT_DATA);
    ck_assert_int_eq(d.n, DRILL_DIAG_MAX);
    ck_assert_int_eq(d.dropped, 60 - DRILL_DIAG_MAX);
    ck_assert_ptr_nonnull(strstr(d.msg[DRILL_DIAG_MAX - 1], "many.49"));
    ck_assert_uint_eq(drill_bankset_count(set), 0);
}
END_TEST

/* ---------------------------------------------------------------- ids across the set */

START_TEST(duplicate_ids_across_files)
{
    ck_assert_int_eq(add("dup"), DRILL_EXIT_DATA);
    EXPECT_DIAGS("dup/two.json:7:12: question \"dup.shared\": id is already defined at "
                 "dup/one.json:7:5");
    ck_assert_uint_eq(drill_bankset_nfiles(set), 1);
    ck_assert_ptr_null(find("dup.other")); /* two.json contributes nothing */
    ck_assert_str_eq(drill_bankset_file(set, find("dup.shared")->bank)->path, BANKS "dup/one.json");
}
END_TEST

START_TEST(duplicate_id_in_one_file)
{
    /* an inline followup's id counts too */
    EXPECT_BAD("bad/duplicate-id.json", DRILL_EXIT_DATA,
               "bad/duplicate-id.json:9:27: question \"dupid.one\": id is already defined at "
               "bad/duplicate-id.json:5:5");
}
END_TEST

START_TEST(same_file_twice)
{
    ck_assert_int_eq(add("dir/a-first.json"), DRILL_OK);
    ck_assert_int_eq(add("dir/a-first.json"), DRILL_EXIT_DATA);
    EXPECT_DIAGS("dir/a-first.json:2:11: bank \"unit-dir-a\" is already loaded from "
                 "dir/a-first.json",
                 "dir/a-first.json:5:12: question \"dir.a1\": id is already defined at "
                 "dir/a-first.json:5:5");
    ck_assert_uint_eq(drill_bankset_nfiles(set), 1);
    ck_assert_uint_eq(drill_bankset_count(set), 1);
}
END_TEST

/* ---------------------------------------------------------------- followup chains */

START_TEST(unknown_followup)
{
    ck_assert_int_eq(add("bad/unknown-followup.json"), DRILL_OK);
    ck_assert_int_eq(d.n, 0);
    ck_assert_int_eq(drill_bankset_finish(set, &d), DRILL_EXIT_DATA);
    EXPECT_DIAGS("bad/unknown-followup.json:13:21: question \"uf.first\": unknown followup "
                 "\"uf.secnd\" (did you mean \"uf.second\"?)",
                 "bad/unknown-followup.json:13:33: question \"uf.first\": unknown followup "
                 "\"nothing-like-any-id\"");
    ck_assert_int_eq(d.status, DRILL_EXIT_DATA);
}
END_TEST

START_TEST(followup_loop)
{
    ck_assert_int_eq(add("bad/followup-loop.json"), DRILL_OK);
    ck_assert_int_eq(drill_bankset_finish(set, &d), DRILL_EXIT_DATA);
    EXPECT_DIAGS(
        "bad/followup-loop.json:10:52: question \"loop.c\": followup \"loop.a\" leads back "
        "to itself (a loop)",
        "bad/followup-loop.json:12:58: question \"loop.self\": followup \"loop.self\" "
        "leads back to itself (a loop)");
}
END_TEST

/* ---------------------------------------------------------------- patterns (lint) */

START_TEST(empty_pattern)
{
    /* an empty pattern is refused with or without the flag */
    EXPECT_BAD("bad/empty-pattern.json", DRILL_EXIT_DATA,
               "bad/empty-pattern.json:15:51: question \"emptypat.one\": concept \"noise\": empty "
               "pattern");
}
END_TEST

START_TEST(pattern_does_not_compile)
{
    fresh(DRILL_BANK_CHECK_PATTERNS);
    EXPECT_BAD(
        "bad/bad-pattern.json", DRILL_EXIT_DATA,
        "bad/bad-pattern.json:15:42: question \"badpat.one\": concept \"noise\": pattern "
        "/(noise/ does not compile: missing closing parenthesis at offset 6",
        "bad/bad-pattern.json:18:48: question \"badpat.one\": misconception \"more epochs\": "
        "pattern /more epochs [fix/ does not compile: missing terminating ] for character "
        "class at offset 16");
}
END_TEST

START_TEST(pattern_matches_empty)
{
    fresh(DRILL_BANK_CHECK_PATTERNS);
    EXPECT_BAD(
        "bad/empty-match.json", DRILL_EXIT_DATA,
        "bad/empty-match.json:15:51: question \"emptymatch.one\": concept \"noise\": pattern "
        "/(?:memori[sz]e)?/ can match the empty string",
        "bad/empty-match.json:15:71: question \"emptymatch.one\": concept \"noise\": pattern "
        "/x|/ can match the empty string");
}
END_TEST

/* ---------------------------------------------------------------- lookup and suggestions */

START_TEST(questions_of_a_file)
{
    ck_assert_int_eq(add("good/full.json"), DRILL_OK);
    ck_assert_int_eq(add("mini/mini.json"), DRILL_OK);
    ck_assert_int_eq(drill_bankset_finish(set, &d), DRILL_OK);
    size_t total = 0;
    for (size_t f = 0; f < drill_bankset_nfiles(set); f++) {
        size_t n;
        const struct drill_question *qs = drill_bankset_of_file(set, f, &n);
        ck_assert_uint_gt(n, 0);
        for (size_t i = 0; i < n; i++) {
            ck_assert_uint_eq(qs[i].bank, f);
            /* an inline followup comes after the question that holds it */
            if (qs[i].parent) {
                size_t k = 0;
                while (k < i && strcmp(qs[k].id, qs[i].parent) != 0)
                    k++;
                ck_assert_uint_lt(k, i);
            }
        }
        total += n;
    }
    ck_assert_ptr_nonnull(find("mini.overfitting.detect"));
    ck_assert_uint_gt(total, drill_bankset_count(set)); /* inline followups included */
    /* read whole from the start (no cache): nothing to let go, and nothing moves */
    const struct drill_question *q = find("mini.overfitting.detect");
    const cJSON *node = q->node;
    ck_assert_int_eq(drill_bankset_whole_file(set, 1), 0);
    ck_assert_int_eq(drill_bankset_let_go(set, 1), 0);
    ck_assert_ptr_eq(find("mini.overfitting.detect")->node, node);
    ck_assert_int_eq(drill_bankset_let_go(set, 7), 0); /* no such file */
}
END_TEST

/* A file parsed on a first run is saved to the cache and read back light, as the next run
 * reads it: what a listing shows at first, its answers and rubrics read when asked and let go
 * again. Kept whole, the parsed documents were most of what a first run held more than a later
 * one. A file changed within the last two seconds is not saved, and stays whole. */
START_TEST(first_load_reads_back_light)
{
    char cache[512], path[1024];
    unit_mkdtemp(cache, sizeof cache, NULL);
    snprintf(path, sizeof path, "%smini/mini.json", BANKS);
    struct stat st;
    ck_assert_int_eq(stat(path, &st), 0);
    /* settled or not for certain, whatever second the loader reads the clock in; a file
     * changed one or two seconds ago may be either, and only what holds either way is asked */
    time_t now = time(NULL);
    time_t age = now - (st.st_mtime > st.st_ctime ? st.st_mtime : st.st_ctime);
    int settled = age >= 3 ? 1 : age <= 0 ? 0 : -1;
    for (int run = 0; run < 2; run++) { /* the first run saves, the second reads the cache */
        fresh(0);
        ck_assert_int_eq(drill_bankset_set_cache(set, cache), 0);
        ck_assert_int_eq(add("mini/mini.json"), DRILL_OK);
        ck_assert_int_eq(drill_bankset_finish(set, &d), DRILL_OK);
        const cJSON *q = find("mini.overfitting.detect")->node;
        if (settled >= 0)
            ck_assert_int_eq(cJSON_GetObjectItemCaseSensitive(q, "answer") == NULL, settled);
        ck_assert_int_eq(drill_bankset_whole_file(set, 0), 0);
        q = find("mini.overfitting.detect")->node;
        ck_assert_ptr_nonnull(cJSON_GetObjectItemCaseSensitive(q, "answer"));
        int let_go = drill_bankset_let_go(set, 0);
        if (settled >= 0)
            ck_assert_int_eq(let_go, settled);
    }
    unit_rmtree(cache);
}
END_TEST

START_TEST(lookup)
{
    ck_assert_ptr_null(find("anything")); /* empty set */
    ck_assert_ptr_null(drill_bankset_suggest(set, "anything"));
    ck_assert_int_eq(drill_bankset_finish(set, &d), DRILL_OK);
    ck_assert_int_eq(add("good/full.json"), DRILL_OK);
    ck_assert_ptr_nonnull(find("full.regularisation"));
    ck_assert_ptr_null(find("full.regularization"));
    ck_assert_ptr_null(find("FULL.REGULARISATION"));
    ck_assert_ptr_null(find(""));
}
END_TEST

START_TEST(lookup_many)
{
    /* enough questions to grow the index several times */
    char path[700];
    snprintf(path, sizeof path, "%s/big.json", unit_dir);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fprintf(f, "{\"bank\": \"big\", \"title\": \"Big\", \"questions\": [\n");
    for (int i = 0; i < 3000; i++)
        fprintf(f,
                "%s{\"id\": \"big.%d\", \"lesson\": \"l\", \"topic\": \"t\", \"level\": \"mid\", "
                "\"format\": \"conceptual\", \"prompt\": \"p\", \"answer\": \"a\", "
                "\"followups\": [\"big.%d\"]}\n",
                i ? "," : "", i, (i + 1) % 3000 == 0 ? 0 : i + 1);
    fprintf(f, "]}\n");
    ck_assert_int_eq(fclose(f), 0);
    ck_assert_int_eq(add(path), DRILL_OK);
    ck_assert_uint_eq(drill_bankset_count(set), 3000);
    char id[32];
    for (int i = 0; i < 3000; i += 7) {
        snprintf(id, sizeof id, "big.%d", i);
        const struct drill_question *q = find(id);
        ck_assert_ptr_nonnull(q);
        ck_assert_str_eq(q->id, id);
        ck_assert_uint_eq(q->line, (unsigned)i + 2);
    }
    /* the chain big.0 -> big.1 -> ... -> big.2999 -> big.0 is one long loop */
    ck_assert_int_eq(drill_bankset_finish(set, &d), DRILL_EXIT_DATA);
    ck_assert_int_eq(d.n, 1);
    ck_assert_ptr_nonnull(strstr(d.msg[0], "followup \"big.0\" leads back to itself (a loop)"));
}
END_TEST

/* Loads `path` and checks the chains, on a thread of its own with a small stack. */
struct chain_job {
    const char *path;
    int add, finish;
};

static void *chain_thread(void *arg)
{
    struct chain_job *job = arg;
    job->add = add(job->path);
    job->finish = drill_bankset_finish(set, &d);
    return NULL;
}

START_TEST(long_chain_small_stack)
{
    /* BUG: drill_bankset_finish() follows chains by recursion (walk_chain), one C
     * frame per link, so a long chain overflows the stack and the process dies
     * with SIGSEGV. On the main thread's 8 MiB stack that takes ~150,000 linked
     * questions, which fit in three valid bank files of 6 MB each; here a 10,000
     * link chain on a 256 KiB thread stack shows the same. Expected: no crash,
     * DRILL_OK. */
    char path[700];
    snprintf(path, sizeof path, "%s/chain.json", unit_dir);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fprintf(f, "{\"bank\": \"chain\", \"title\": \"Chain\", \"questions\": [\n");
    int n = 10000;
    for (int i = 0; i < n; i++) {
        fprintf(f,
                "%s{\"id\": \"c.%d\", \"lesson\": \"l\", \"topic\": \"t\", \"level\": \"mid\", "
                "\"format\": \"deep-dive\", \"prompt\": \"p\", \"answer\": \"a\"",
                i ? "," : "", i);
        if (i + 1 < n)
            fprintf(f, ", \"followups\": [\"c.%d\"]", i + 1);
        fprintf(f, "}\n");
    }
    fprintf(f, "]}\n");
    ck_assert_int_eq(fclose(f), 0);

    struct chain_job job = {path, -1, -1};
    pthread_attr_t attr;
    pthread_t t;
    ck_assert_int_eq(pthread_attr_init(&attr), 0);
    ck_assert_int_eq(pthread_attr_setstacksize(&attr, 256 * 1024), 0);
    ck_assert_int_eq(pthread_create(&t, &attr, chain_thread, &job), 0);
    ck_assert_int_eq(pthread_join(t, NULL), 0);
    pthread_attr_destroy(&attr);
    ck_assert_int_eq(job.add, DRILL_OK);
    ck_assert_int_eq(job.finish, DRILL_OK);
    ck_assert_int_eq(d.n, 0);
}
END_TEST

START_TEST(suggest)
{
    ck_assert_int_eq(add("good/full.json"), DRILL_OK);
    ck_assert_int_eq(add("dir"), DRILL_OK);
    ck_assert_str_eq(drill_bankset_suggest(set, "full.bias-varaince"), "full.bias-variance");
    ck_assert_str_eq(drill_bankset_suggest(set, "full.regularization"), "full.regularisation");
    ck_assert_str_eq(drill_bankset_suggest(set, "full.bias-variance.detct"),
                     "full.bias-variance.detect");
    ck_assert_str_eq(drill_bankset_suggest(set, "dir.b3"), "dir.b1"); /* ties: the first loaded */
    ck_assert_str_eq(drill_bankset_suggest(set, "full.regularisation"), "full.regularisation");
    /* too far to be a typo */
    ck_assert_ptr_null(drill_bankset_suggest(set, "full.variance"));
    ck_assert_ptr_null(drill_bankset_suggest(set, "dir.c33"));
    ck_assert_ptr_null(drill_bankset_suggest(set, "zzz"));
    ck_assert_ptr_null(drill_bankset_suggest(set, ""));
}
END_TEST

START_TEST(free_null)
{
    drill_bankset_free(NULL);
}
END_TEST

static Suite *bank_suite(void)
{
    Suite *s = suite_create("bank");
    TCase *tc = tcase_create("valid");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, valid_file);
    tcase_add_test(tc, position_of_a_part);
    tcase_add_test(tc, valid_file_checked_patterns);
    tcase_add_test(tc, inline_followup);
    tcase_add_test(tc, followups_across_files);
    tcase_add_test(tc, followup_needs_its_file);
    tcase_add_test(tc, patterns_unchecked_without_flag);
    tcase_add_test(tc, v2_bank_loads);
    suite_add_tcase(s, tc);

    tc = tcase_create("directories");
    unit_scratch(tc);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, directory_in_name_order);
    tcase_add_test(tc, directory_with_trailing_slash);
    tcase_add_test(tc, directory_bad_file_contributes_nothing);
    tcase_add_test(tc, bad_file_then_good_file);
    tcase_add_test(tc, empty_directory);
    tcase_add_test(tc, walk_refuses_symlinks_out);
    tcase_add_test(tc, refused_named_path_is_not_read);
    suite_add_tcase(s, tc);

    tc = tcase_create("unreadable");
    unit_scratch(tc);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, missing_file);
    tcase_add_test(tc, empty_file);
    tcase_add_test(tc, oversized_file);
    tcase_add_test(tc, invalid_utf8_file);
    tcase_add_test(tc, malformed_json);
    tcase_add_test(tc, duplicate_key);
    suite_add_tcase(s, tc);

    tc = tcase_create("validation");
    unit_scratch(tc);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, not_an_object);
    tcase_add_test(tc, no_questions);
    tcase_add_test(tc, newer_format_version);
    tcase_add_test(tc, unknown_keys);
    tcase_add_test(tc, v2_key_in_v1_bank);
    tcase_add_test(tc, v2_claims_written_wrong);
    tcase_add_test(tc, v2_misconception_claims_written_wrong);
    tcase_add_test(tc, v2_plain_written_wrong);
    tcase_add_test(tc, missing_fields);
    tcase_add_test(tc, wrong_types);
    tcase_add_test(tc, bad_level);
    tcase_add_test(tc, bad_format);
    tcase_add_test(tc, invalid_ids);
    tcase_add_test(tc, question_not_an_object);
    tcase_add_test(tc, bad_answer);
    tcase_add_test(tc, bad_rubric);
    tcase_add_test(tc, bad_stages_and_steps);
    tcase_add_test(tc, bad_inline_followup);
    tcase_add_test(tc, too_many_errors);
    suite_add_tcase(s, tc);

    tc = tcase_create("ids");
    unit_scratch(tc);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, duplicate_ids_across_files);
    tcase_add_test(tc, duplicate_id_in_one_file);
    tcase_add_test(tc, same_file_twice);
    tcase_add_test(tc, unknown_followup);
    tcase_add_test(tc, followup_loop);
    tcase_add_test(tc, lookup);
    tcase_add_test(tc, questions_of_a_file);
    tcase_add_test(tc, first_load_reads_back_light);
    tcase_add_test(tc, lookup_many);
    tcase_add_test(tc, long_chain_small_stack);
    tcase_add_test(tc, suggest);
    tcase_add_test(tc, free_null);
    suite_add_tcase(s, tc);

    tc = tcase_create("patterns");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, empty_pattern);
    tcase_add_test(tc, pattern_does_not_compile);
    tcase_add_test(tc, pattern_matches_empty);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return unit_run(bank_suite());
}
