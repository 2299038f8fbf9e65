/* Check suite for answers: Markdown and JSON answer files, each fixture with its expected reading.
 */
#define _XOPEN_SOURCE 700

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answers.h"
#include "drill_limits.h"
#include "file.h"
#include "text.h"
#include "unit.h"

#define PARSE_DIR FIXTURES "/answers/parse"
#define FUZZ_DIR  FIXTURES "/fuzz"

/* ---------------------------------------------------------------- helpers */

static char *slurp(const char *path, size_t *len)
{
    char *text;
    struct drill_diags d;
    drill_diags_init(&d);
    int st = drill_file_read(path, DRILL_MAX_FILE_BYTES, &text, len, &d);
    ck_assert_msg(st == DRILL_OK, "reading %s: %s", path, d.n ? d.msg[0] : "?");
    return text;
}

static int ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), k = strlen(tail);
    return n >= k && strcmp(s + n - k, tail) == 0;
}

static int parse(const char *name, const char *text, size_t len, struct drill_answers *a)
{
    drill_answers_init(a);
    if (ends_with(name, ".json"))
        return drill_answers_json(text, len, name, a);
    return drill_answers_markdown(text, len, a);
}

#define MD(lit, a) drill_answers_markdown((lit), sizeof(lit) - 1, (a))

/* "LINE" or "LINE:COL"; col stays 0 when not given. */
static void parse_pos(const char *s, unsigned *line, unsigned *col, const char **rest)
{
    char *end;
    *line = (unsigned)strtoul(s, &end, 10);
    *col = 0;
    if (*end == ':')
        *col = (unsigned)strtoul(end + 1, &end, 10);
    while (*end == ' ')
        end++;
    *rest = end;
}

/* Compares a parse with its .expect file: "answer LINE[:COL] ID" then the text's lines and a
 * line "."; "error LINE[:COL] TEXT" for an error whose message holds TEXT; "#" lines are
 * comments. Entries and errors are each compared in order. */
static void check_fixture(const char *name)
{
    char path[4096], epath[4200];
    snprintf(path, sizeof path, "%s/%s", PARSE_DIR, name);
    snprintf(epath, sizeof epath, "%s.expect", path);
    size_t len, elen;
    char *text = slurp(path, &len);
    char *exp = slurp(epath, &elen);
    struct drill_answers a;
    ck_assert_int_eq(parse(name, text, len, &a), DRILL_OK);

    size_t ne = 0, nerr = 0;
    char *save = NULL;
    for (char *ln = strtok_r(exp, "\n", &save); ln; ln = strtok_r(NULL, "\n", &save)) {
        const char *rest;
        unsigned line, col;
        if (ln[0] == '#')
            continue;
        if (strncmp(ln, "answer ", 7) == 0) {
            parse_pos(ln + 7, &line, &col, &rest);
            ck_assert_msg(ne < a.n, "%s: expected an answer %s at line %u; got only %zu answers",
                          name, rest, line, a.n);
            const struct drill_answer *e = &a.entries[ne++];
            ck_assert_msg(strlen(rest) == e->idlen && memcmp(rest, e->id, e->idlen) == 0,
                          "%s: answer %zu: id \"%s\", expected \"%s\"", name, ne, e->id, rest);
            ck_assert_msg(e->line == line, "%s: answer %s: line %u, expected %u", name, rest,
                          e->line, line);
            if (col)
                ck_assert_msg(e->col == col, "%s: answer %s: column %u, expected %u", name, rest,
                              e->col, col);
            /* the text: lines up to "." (strtok_r skips empty lines, so walk by hand) */
            char want[8192];
            size_t w = 0;
            char *p = save;
            for (;;) {
                char *nl = strchr(p, '\n');
                size_t k = nl ? (size_t)(nl - p) : strlen(p);
                if (k == 1 && p[0] == '.')
                    break;
                ck_assert_msg(nl != NULL, "%s: answer %s has no closing '.'", name, rest);
                ck_assert(w + k + 1 < sizeof want);
                if (w)
                    want[w++] = '\n';
                memcpy(want + w, p, k);
                w += k;
                p = nl + 1;
            }
            want[w] = '\0';
            save = strchr(p, '\n') ? strchr(p, '\n') + 1 : p + strlen(p);
            ck_assert_msg(e->len == w && memcmp(e->text, want, w) == 0,
                          "%s: answer %s:\n  got:  [%s]\n  want: [%s]", name, rest, e->text, want);
        } else if (strncmp(ln, "error ", 6) == 0) {
            parse_pos(ln + 6, &line, &col, &rest);
            ck_assert_msg(nerr < a.nerrors, "%s: expected an error at line %u (%s); got %zu errors",
                          name, line, rest, a.nerrors);
            const struct drill_answer_error *e = &a.errors[nerr++];
            ck_assert_msg(e->line == line, "%s: error \"%s\": line %u, expected %u", name,
                          e->message, e->line, line);
            if (col)
                ck_assert_msg(e->col == col, "%s: error \"%s\": column %u, expected %u", name,
                              e->message, e->col, col);
            ck_assert_msg(strstr(e->message, rest) != NULL, "%s: error \"%s\" lacks \"%s\"", name,
                          e->message, rest);
        } else {
            ck_abort_msg("%s.expect: cannot read line \"%s\"", name, ln);
        }
    }
    ck_assert_msg(ne == a.n, "%s: %zu answers, expected %zu (next: %s)", name, a.n, ne,
                  a.n > ne ? a.entries[ne].id : "");
    ck_assert_msg(nerr == a.nerrors, "%s: %zu errors, expected %zu (next: %s)", name, a.nerrors,
                  nerr, a.nerrors > nerr ? a.errors[nerr].message : "");
    drill_answers_free(&a);
    free(text);
    free(exp);
}

/* Files of a directory that a predicate accepts, sorted; NULL-terminated, caller frees. */
static char **list_dir(const char *dir, int (*want)(const char *))
{
    struct dirent **ents;
    int n = scandir(dir, &ents, NULL, alphasort);
    char **out = calloc((size_t)(n > 0 ? n : 0) + 1, sizeof *out);
    ck_assert_ptr_nonnull(out);
    size_t k = 0;
    for (int i = 0; i < n; i++) {
        if (ents[i]->d_name[0] != '.' && want(ents[i]->d_name))
            out[k++] = strdup(ents[i]->d_name);
        free(ents[i]);
    }
    if (n > 0)
        free(ents);
    return out;
}

static void free_list(char **v)
{
    for (size_t i = 0; v[i]; i++)
        free(v[i]);
    free(v);
}

static int is_case(const char *name)
{
    return ends_with(name, ".md") || ends_with(name, ".json");
}

static int any_file(const char *name)
{
    return name[0] != '\0';
}

/* ---------------------------------------------------------------- tests */

START_TEST(fixtures_read_as_expected)
{
    char **names = list_dir(PARSE_DIR, is_case);
    size_t n = 0;
    for (; names[n]; n++)
        check_fixture(names[n]);
    ck_assert_uint_ge(n, 30);
    free_list(names);
}
END_TEST

START_TEST(every_fixture_has_an_expectation)
{
    char **names = list_dir(PARSE_DIR, any_file);
    for (size_t i = 0; names[i]; i++) {
        if (ends_with(names[i], ".expect")) {
            char base[512];
            snprintf(base, sizeof base, "%s/%.*s", PARSE_DIR, (int)(strlen(names[i]) - 7),
                     names[i]);
            ck_assert_msg(access(base, R_OK) == 0, "%s has no input file", names[i]);
        } else {
            char e[512];
            snprintf(e, sizeof e, "%s/%s.expect", PARSE_DIR, names[i]);
            ck_assert_msg(access(e, R_OK) == 0, "%s has no .expect file", names[i]);
        }
    }
    free_list(names);
}
END_TEST

/* Inputs the fuzzers once crashed or tripped on: each parses without harm. */
static void replay(const char *harness, int json)
{
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/%s", FUZZ_DIR, harness);
    char **names = list_dir(dir, any_file);
    for (size_t i = 0; names[i]; i++) {
        char path[2048];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        size_t len;
        char *text = slurp(path, &len);
        struct drill_answers a;
        drill_answers_init(&a);
        int st =
            json ? drill_answers_json(text, len, path, &a) : drill_answers_markdown(text, len, &a);
        ck_assert_int_eq(st, DRILL_OK);
        for (size_t k = 0; k < a.n; k++)
            ck_assert(drill_utf8_valid(a.entries[k].text, a.entries[k].len, NULL));
        drill_answers_free(&a);
        free(text);
    }
    free_list(names);
}

START_TEST(fuzz_regressions_markdown)
{
    replay("answers_markdown", 0);
}
END_TEST

START_TEST(fuzz_regressions_json)
{
    replay("answers_json", 1);
}
END_TEST

START_TEST(empty_inputs)
{
    struct drill_answers a;
    drill_answers_init(&a);
    ck_assert_int_eq(MD("", &a), DRILL_OK);
    ck_assert_uint_eq(a.n + a.nerrors, 0);
    ck_assert_int_eq(MD("\xEF\xBB\xBF", &a), DRILL_OK);
    ck_assert_uint_eq(a.n + a.nerrors, 0);
    ck_assert_int_eq(MD("just a title\n\n", &a), DRILL_OK);
    ck_assert_uint_eq(a.n + a.nerrors, 0);
    drill_answers_free(&a);
    drill_answers_init(&a);
    ck_assert_int_eq(drill_answers_json("", 0, "e.json", &a), DRILL_OK);
    ck_assert_uint_eq(a.nerrors, 1);
    ck_assert_uint_eq(a.n, 0);
    drill_answers_free(&a);
    drill_answers_free(&a); /* twice is harmless */
}
END_TEST

START_TEST(nul_bytes_are_text)
{
    struct drill_answers a;
    drill_answers_init(&a);
    ck_assert_int_eq(MD("## a\0b\nx\0y\n", &a), DRILL_OK);
    ck_assert_uint_eq(a.n, 1);
    ck_assert_uint_eq(a.entries[0].idlen, 3);
    ck_assert_mem_eq(a.entries[0].id, "a\0b", 3);
    ck_assert_uint_eq(a.entries[0].len, 3);
    ck_assert_mem_eq(a.entries[0].text, "x\0y", 3);
    drill_answers_free(&a);
}
END_TEST

/* An answer of `body` bytes of 'x' under one heading, in Markdown or JSON. */
static char *big_answer(size_t body, int json, size_t *len)
{
    const char *head = json ? "{\"answers\": {\"rf.softmax\": \"" : "# T\n\n## rf.softmax\n";
    const char *tail = json ? "\"}}" : "\n## opt.dropout\nok\n";
    size_t h = strlen(head), t = strlen(tail);
    char *s = malloc(h + body + t + 1);
    ck_assert_ptr_nonnull(s);
    memcpy(s, head, h);
    memset(s + h, 'x', body);
    memcpy(s + h + body, tail, t + 1);
    *len = h + body + t;
    return s;
}

START_TEST(answer_size_limit)
{
    for (int json = 0; json <= 1; json++) {
        size_t len;
        struct drill_answers a;
        char *s = big_answer(DRILL_MAX_ANSWER_BYTES, json, &len);
        ck_assert_int_eq(parse(json ? "x.json" : "x.md", s, len, &a), DRILL_OK);
        ck_assert_uint_eq(a.nerrors, 0);
        ck_assert_uint_eq(a.entries[0].len, DRILL_MAX_ANSWER_BYTES);
        drill_answers_free(&a);
        free(s);

        s = big_answer(DRILL_MAX_ANSWER_BYTES + 1, json, &len);
        ck_assert_int_eq(parse(json ? "x.json" : "x.md", s, len, &a), DRILL_OK);
        ck_assert_uint_eq(a.nerrors, 1);
        ck_assert_uint_eq(a.errors[0].line, json ? 1 : 3);
        ck_assert_msg(strstr(a.errors[0].message, "the answer to \"rf.softmax\" is over 64 KiB"),
                      "%s", a.errors[0].message);
        /* the oversized answer is left out; the next one is still read */
        ck_assert_uint_eq(a.n, json ? 0 : 1);
        if (!json)
            ck_assert_str_eq(a.entries[0].id, "opt.dropout");
        drill_answers_free(&a);
        free(s);
    }
}
END_TEST

START_TEST(errors_are_capped)
{
    size_t n = 3 * DRILL_ANSWERS_MAX_ERRORS;
    char *s = malloc(n * 16 + 1), *p = s;
    ck_assert_ptr_nonnull(s);
    for (size_t i = 0; i < n; i++)
        p += sprintf(p, "## two words\n");
    struct drill_answers a;
    drill_answers_init(&a);
    ck_assert_int_eq(drill_answers_markdown(s, (size_t)(p - s), &a), DRILL_OK);
    ck_assert_uint_eq(a.nerrors, DRILL_ANSWERS_MAX_ERRORS);
    ck_assert_uint_eq(a.dropped, n - DRILL_ANSWERS_MAX_ERRORS);
    ck_assert_uint_eq(a.errors[DRILL_ANSWERS_MAX_ERRORS - 1].line, DRILL_ANSWERS_MAX_ERRORS);
    drill_answers_free(&a);
    free(s);
}
END_TEST

START_TEST(long_heading_is_cut_in_messages)
{
    /* a heading of 500 "é": the message quotes whole characters only, and stays short */
    char s[1200] = "## x ";
    size_t k = strlen(s);
    for (int i = 0; i < 500; i++, k += 2)
        memcpy(s + k, "\xC3\xA9", 2);
    s[k] = '\0';
    struct drill_answers a;
    drill_answers_init(&a);
    ck_assert_int_eq(drill_answers_markdown(s, k, &a), DRILL_OK);
    ck_assert_uint_eq(a.nerrors, 1);
    ck_assert(drill_utf8_valid(a.errors[0].message, strlen(a.errors[0].message), NULL));
    ck_assert_ptr_nonnull(strstr(a.errors[0].message, "..."));
    drill_answers_free(&a);

    /* one long word is no id */
    char id[200];
    memset(id, 'a', sizeof id);
    memcpy(id, "## ", 3);
    drill_answers_init(&a);
    ck_assert_int_eq(drill_answers_markdown(id, sizeof id, &a), DRILL_OK);
    ck_assert_uint_eq(a.n, 0);
    ck_assert_uint_eq(a.nerrors, 1);
    ck_assert_ptr_nonnull(strstr(a.errors[0].message, "at most 64 bytes"));
    drill_answers_free(&a);
}
END_TEST

START_TEST(control_bytes_in_ids_are_not_echoed)
{
    struct drill_answers a;
    drill_answers_init(&a);
    const char *s = "{\"answers\": {\"a\\u001b[31m\": 1}}";
    ck_assert_int_eq(drill_answers_json(s, strlen(s), "x.json", &a), DRILL_OK);
    ck_assert_uint_eq(a.nerrors, 1);
    ck_assert_ptr_null(strchr(a.errors[0].message, '\x1b'));
    drill_answers_free(&a);
}
END_TEST

START_TEST(many_fences_and_comments_stay_linear)
{
    /* tens of thousands of unclosed comment openers and fence toggles, none of which hides a
     * heading: each opener is judged without a search to the end of the file */
    size_t n = 1024u * 1024u;
    char *s = malloc(n);
    ck_assert_ptr_nonnull(s);
    const char *unit = "## a.b\n<!-- <!-- <!--\n```\n~~~\n```\n";
    size_t u = strlen(unit), k = 0;
    while (k + u <= n) {
        memcpy(s + k, unit, u);
        k += u;
    }
    struct drill_answers a;
    drill_answers_init(&a);
    ck_assert_int_eq(drill_answers_markdown(s, k, &a), DRILL_OK);
    ck_assert_uint_eq(a.n, k / u);
    drill_answers_free(&a);
    free(s);
}
END_TEST

static Suite *answers_suite(void)
{
    Suite *s = suite_create("answers");
    TCase *tc = tcase_create("fixtures");
    tcase_add_test(tc, fixtures_read_as_expected);
    tcase_add_test(tc, every_fixture_has_an_expectation);
    tcase_add_test(tc, fuzz_regressions_markdown);
    tcase_add_test(tc, fuzz_regressions_json);
    suite_add_tcase(s, tc);

    tc = tcase_create("edges");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, empty_inputs);
    tcase_add_test(tc, nul_bytes_are_text);
    tcase_add_test(tc, answer_size_limit);
    tcase_add_test(tc, errors_are_capped);
    tcase_add_test(tc, long_heading_is_cut_in_messages);
    tcase_add_test(tc, control_bytes_in_ids_are_not_echoed);
    tcase_add_test(tc, many_fences_and_comments_stay_linear);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return unit_run(answers_suite());
}
