/* Check suite for json: strict parsing, source positions, and every error with its place. */
#define _XOPEN_SOURCE 700

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>
#include <string.h>

#include "alloc.h"
#include "drill_limits.h"
#include "json.h"
#include "text.h"
#include "unit.h"

/* ---------------------------------------------------------------- helpers */

static struct drill_json *parse_n(const char *text, size_t len, struct drill_diags *d)
{
    drill_diags_init(d);
    return drill_json_parse(text, len, "t.json", d);
}

/* "OK", or the one diagnostic a failed parse leaves; checks the status too. Static buffer. */
static const char *verdict_n(const char *text, size_t len)
{
    static char out[DRILL_DIAG_LEN + 32];
    struct drill_diags d;
    struct drill_json *doc = parse_n(text, len, &d);
    if (doc) {
        ck_assert_int_eq(d.n, 0);
        drill_json_free(doc);
        return "OK";
    }
    ck_assert_int_eq(d.n, 1);
    ck_assert_int_eq(d.status, DRILL_EXIT_DATA);
    snprintf(out, sizeof out, "%s", d.msg[0]);
    return out;
}

/* Literal text, NUL bytes and all. */
#define VERDICT(lit) verdict_n((lit), sizeof(lit) - 1)

/* Parsing literal `lit` gives `want` ("OK" or the diagnostic). */
#define EXPECT(lit, want)                                                                          \
    do {                                                                                           \
        const char *got_ = VERDICT(lit);                                                           \
        ck_assert_msg(strcmp(got_, (want)) == 0, "parsing %s\n  got:  %s\n  want: %s", #lit, got_, \
                      (want));                                                                     \
    } while (0)

static struct drill_json *must_parse_n(const char *text, size_t len)
{
    struct drill_diags d;
    struct drill_json *doc = parse_n(text, len, &d);
    ck_assert_msg(doc != NULL, "parse failed: %s", d.n ? d.msg[0] : "(no message)");
    return doc;
}
#define MUST_PARSE(lit) must_parse_n((lit), sizeof(lit) - 1)

/* "line:col" of a node, or "none". Static buffer. */
static const char *pos(const struct drill_json *doc, const cJSON *node, int key)
{
    static char out[32];
    unsigned line = 0, col = 0;
    if (!drill_json_pos(doc, node, key, &line, &col))
        return "none";
    snprintf(out, sizeof out, "%u:%u", line, col);
    return out;
}

static const cJSON *get(const cJSON *obj, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    ck_assert_msg(v != NULL, "no member \"%s\"", key);
    return v;
}

/* ---------------------------------------------------------------- valid documents */

START_TEST(valid_nested)
{
    struct drill_json *doc =
        MUST_PARSE("{\"a\": [1, 2, {\"b\": null}], \"c\": true, \"d\": -1.5e3, \"e\": {}}");
    const cJSON *r = drill_json_root(doc);
    ck_assert(cJSON_IsObject(r));
    const cJSON *a = get(r, "a");
    ck_assert_int_eq(cJSON_GetArraySize(a), 3);
    ck_assert_double_eq(cJSON_GetArrayItem(a, 1)->valuedouble, 2);
    ck_assert(cJSON_IsNull(get(cJSON_GetArrayItem(a, 2), "b")));
    ck_assert(cJSON_IsTrue(get(r, "c")));
    ck_assert_double_eq(get(r, "d")->valuedouble, -1500);
    ck_assert_ptr_null(get(r, "e")->child);
    drill_json_free(doc);
}
END_TEST

START_TEST(valid_scalars_at_top)
{
    EXPECT("42", "OK");
    EXPECT("\"s\"", "OK");
    EXPECT("null", "OK");
    EXPECT("false", "OK");
    EXPECT("[]", "OK");
    EXPECT(" \t\r\n{ } \n", "OK");
}
END_TEST

START_TEST(valid_numbers)
{
    struct drill_json *doc = MUST_PARSE("[0, -0, 7, 1e5, 1E+5, 2.5e-1, -0.125, 123456789012]");
    const cJSON *r = drill_json_root(doc);
    double want[] = {0, 0, 7, 1e5, 1e5, 0.25, -0.125, 123456789012.0};
    ck_assert_int_eq(cJSON_GetArraySize(r), 8);
    for (int i = 0; i < 8; i++)
        ck_assert_double_eq(cJSON_GetArrayItem(r, i)->valuedouble, want[i]);
    drill_json_free(doc);
    /* an int field clamped as cJSON's own parser does; a number of any length */
    doc = MUST_PARSE("[3000000000, -3000000000, 42.9, "
                     "1000000000000000000000000000000000000000000000000000000000000000000000]");
    r = drill_json_root(doc);
    ck_assert_int_eq(cJSON_GetArrayItem(r, 0)->valueint, INT_MAX);
    ck_assert_int_eq(cJSON_GetArrayItem(r, 1)->valueint, INT_MIN);
    ck_assert_int_eq(cJSON_GetArrayItem(r, 2)->valueint, 42);
    ck_assert_double_eq_tol(cJSON_GetArrayItem(r, 3)->valuedouble, 1e69, 1e55);
    /* the tree is cJSON's: the first child's prev is the last, which cJSON's adding relies on */
    ck_assert_ptr_eq(r->child->prev, cJSON_GetArrayItem(r, 3));
    drill_json_free(doc);
}
END_TEST

START_TEST(valid_escapes)
{
    struct drill_json *doc = MUST_PARSE("[\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t\"]");
    ck_assert_str_eq(drill_json_root(doc)->child->valuestring, "q\" b\\ s/ \b\f\n\r\t");
    drill_json_free(doc);
}
END_TEST

START_TEST(valid_unicode_escapes)
{
    struct drill_json *doc = MUST_PARSE("[\"\\u00e9\\u4E2D\", \"\\ud83d\\ude00\", \"\\u0041\"]");
    const cJSON *r = drill_json_root(doc);
    ck_assert_str_eq(cJSON_GetArrayItem(r, 0)->valuestring, "\xC3\xA9\xE4\xB8\xAD");
    /* a surrogate pair becomes one four-byte character: U+1F600 */
    ck_assert_str_eq(cJSON_GetArrayItem(r, 1)->valuestring, "\xF0\x9F\x98\x80");
    ck_assert_str_eq(cJSON_GetArrayItem(r, 2)->valuestring, "A");
    drill_json_free(doc);
}
END_TEST

START_TEST(valid_raw_utf8)
{
    struct drill_json *doc =
        MUST_PARSE("{\"cl\xC3\xA9\": \"\xCF\x83(z) \xE2\x88\x92 \xF0\x9F\x98\x80\"}");
    ck_assert_str_eq(get(drill_json_root(doc), "cl\xC3\xA9")->valuestring,
                     "\xCF\x83(z) \xE2\x88\x92 \xF0\x9F\x98\x80");
    drill_json_free(doc);
}
END_TEST

START_TEST(valid_with_bom)
{
    struct drill_json *doc = MUST_PARSE("\xEF\xBB\xBF{\"a\": 1}");
    ck_assert_double_eq(get(drill_json_root(doc), "a")->valuedouble, 1);
    drill_json_free(doc);
}
END_TEST

START_TEST(valid_not_nul_terminated)
{
    /* only `len` bytes count; the text is copied */
    char buf[] = "[1, 2]garbage";
    struct drill_json *doc = must_parse_n(buf, 6);
    memset(buf, 'x', sizeof buf - 1);
    ck_assert_int_eq(cJSON_GetArraySize(drill_json_root(doc)), 2);
    drill_json_free(doc);
}
END_TEST

START_TEST(valid_same_key_other_case)
{
    EXPECT("{\"a\": 1, \"A\": 2, \"a \": 3}", "OK");
}
END_TEST

START_TEST(valid_depth_at_limit)
{
    char buf[2 * DRILL_JSON_MAX_DEPTH + 1];
    memset(buf, '[', DRILL_JSON_MAX_DEPTH);
    memset(buf + DRILL_JSON_MAX_DEPTH, ']', DRILL_JSON_MAX_DEPTH);
    ck_assert_str_eq(verdict_n(buf, 2 * DRILL_JSON_MAX_DEPTH), "OK");
}
END_TEST

START_TEST(free_null)
{
    drill_json_free(NULL);
}
END_TEST

/* ---------------------------------------------------------------- positions */

START_TEST(pos_multiline)
{
    struct drill_json *doc = MUST_PARSE("{\n"
                                        "  \"a\": 1,\n"
                                        "  \"b\": [true, \"x\"],\n"
                                        "\t\"c\": {\"d\": null}\n"
                                        "}\n");
    const cJSON *r = drill_json_root(doc);
    ck_assert_str_eq(pos(doc, r, 0), "1:1");
    ck_assert_str_eq(pos(doc, get(r, "a"), 0), "2:8");
    ck_assert_str_eq(pos(doc, get(r, "a"), 1), "2:3");
    const cJSON *b = get(r, "b");
    ck_assert_str_eq(pos(doc, b, 1), "3:3");
    ck_assert_str_eq(pos(doc, b, 0), "3:8");
    ck_assert_str_eq(pos(doc, b->child, 0), "3:9");
    ck_assert_str_eq(pos(doc, b->child->next, 0), "3:15");
    const cJSON *c = get(r, "c");
    ck_assert_str_eq(pos(doc, c, 1), "4:2"); /* a tab is one column */
    ck_assert_str_eq(pos(doc, get(c, "d"), 1), "4:8");
    ck_assert_str_eq(pos(doc, get(c, "d"), 0), "4:13");
    drill_json_free(doc);
}
END_TEST

START_TEST(pos_key_flag_on_non_member)
{
    /* array elements and the root have no key: their value position is returned */
    struct drill_json *doc = MUST_PARSE("[10,\n 20]");
    const cJSON *r = drill_json_root(doc);
    ck_assert_str_eq(pos(doc, r, 1), "1:1");
    ck_assert_str_eq(pos(doc, r->child->next, 1), "2:2");
    ck_assert_str_eq(pos(doc, r->child->next, 0), "2:2");
    drill_json_free(doc);
}
END_TEST

START_TEST(pos_columns_count_characters)
{
    /* é is two bytes, € three and 😀 four, but each is one column */
    struct drill_json *doc =
        MUST_PARSE("{\"\xC3\xA9\":\"\xE2\x82\xAC\",\"k\":1,\"\xF0\x9F\x98\x80\":[2]}");
    const cJSON *r = drill_json_root(doc);
    ck_assert_str_eq(pos(doc, get(r, "\xC3\xA9"), 1), "1:2");
    ck_assert_str_eq(pos(doc, get(r, "\xC3\xA9"), 0), "1:6");
    ck_assert_str_eq(pos(doc, get(r, "k"), 1), "1:10");
    ck_assert_str_eq(pos(doc, get(r, "k"), 0), "1:14");
    const cJSON *e = get(r, "\xF0\x9F\x98\x80");
    ck_assert_str_eq(pos(doc, e, 1), "1:16");
    ck_assert_str_eq(pos(doc, e, 0), "1:20");
    ck_assert_str_eq(pos(doc, e->child, 0), "1:21");
    drill_json_free(doc);
}
END_TEST

START_TEST(pos_crlf_lines)
{
    struct drill_json *doc = MUST_PARSE("{\r\n\"a\":\r\n  1}");
    const cJSON *r = drill_json_root(doc);
    ck_assert_str_eq(pos(doc, get(r, "a"), 1), "2:1");
    ck_assert_str_eq(pos(doc, get(r, "a"), 0), "3:3");
    drill_json_free(doc);
}
END_TEST

START_TEST(pos_duplicate_structure)
{
    /* equal values in different places keep their own positions */
    struct drill_json *doc = MUST_PARSE("[{\"x\": 1},\n {\"x\": 1},\n {\"x\": 1}]");
    const cJSON *r = drill_json_root(doc);
    ck_assert_str_eq(pos(doc, get(cJSON_GetArrayItem(r, 0), "x"), 1), "1:3");
    ck_assert_str_eq(pos(doc, get(cJSON_GetArrayItem(r, 1), "x"), 1), "2:3");
    ck_assert_str_eq(pos(doc, get(cJSON_GetArrayItem(r, 2), "x"), 0), "3:8");
    drill_json_free(doc);
}
END_TEST

START_TEST(pos_many_values)
{
    /* enough values to grow the position tables several times */
    static char buf[200000];
    size_t n = 0;
    buf[n++] = '[';
    for (int i = 0; i < 5000; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s\n{\"i\": %d}", i ? "," : "", i);
    buf[n++] = ']';
    struct drill_json *doc = must_parse_n(buf, n);
    const cJSON *r = drill_json_root(doc);
    ck_assert_str_eq(pos(doc, get(cJSON_GetArrayItem(r, 0), "i"), 0), "2:7");
    ck_assert_str_eq(pos(doc, get(cJSON_GetArrayItem(r, 4999), "i"), 1), "5001:2");
    drill_json_free(doc);
}
END_TEST

/* Positions found in one pass must be those a scan from the start gives:
 * a one-line (minified) document, multi-byte characters, a byte order mark,
 * CRLF line ends and keys. Each value's offset is known from how the text
 * was written. */
START_TEST(pos_one_line_matches_linecol)
{
    enum { N = 3000 };
    size_t cap = (size_t)N * 64 + 64, n = 0;
    char *buf = malloc(cap);
    size_t *voff = malloc(N * sizeof *voff), *koff = malloc(N * sizeof *koff);
    n += (size_t)snprintf(buf + n, cap - n, "\xEF\xBB\xBF[");
    for (int i = 0; i < N; i++) {
        n += (size_t)snprintf(buf + n, cap - n, "%s", i ? "," : "");
        if (i % 1000 == 999)
            n += (size_t)snprintf(buf + n, cap - n, "\r\n");
        size_t obj = n;
        n += (size_t)snprintf(buf + n, cap - n, "{\"λ%d\":", i);
        koff[i] = obj + 1;
        voff[i] = n;
        n += (size_t)snprintf(buf + n, cap - n, "\"é—%d\"}", i);
    }
    buf[n++] = ']';
    struct drill_json *doc = must_parse_n(buf, n);
    const cJSON *item = drill_json_root(doc)->child;
    for (int i = 0; i < N; i++, item = item->next) {
        unsigned l, c, wl, wc;
        ck_assert(drill_json_pos(doc, item->child, 0, &l, &c));
        drill_json_linecol(buf, n, voff[i], &wl, &wc);
        ck_assert_uint_eq(l, wl);
        ck_assert_uint_eq(c, wc);
        ck_assert(drill_json_pos(doc, item->child, 1, &l, &c));
        drill_json_linecol(buf, n, koff[i], &wl, &wc);
        ck_assert_uint_eq(l, wl);
        ck_assert_uint_eq(c, wc);
    }
    /* the last value of the first line, by hand: after the BOM, "[" is column 1 */
    ck_assert_str_eq(pos(doc, drill_json_root(doc)->child, 0), "1:2");
    drill_json_free(doc);
    free(buf);
    free(voff);
    free(koff);
}
END_TEST

START_TEST(errors_late_on_one_line)
{
    /* an error far along a long line names its column in characters */
    enum { N = 20000 };
    size_t cap = (size_t)N * 16 + 16, n = 0;
    char *buf = malloc(cap);
    buf[n++] = '[';
    for (int i = 0; i < N; i++)
        n += (size_t)snprintf(buf + n, cap - n, "%s\"\xC3\xA9\"", i ? "," : "");
    buf[n++] = '}';
    char want[64];
    snprintf(want, sizeof want, "t.json:1:%d: expected ',' or ']'", 2 + N * 3 + (N - 1));
    ck_assert_str_eq(verdict_n(buf, n), want);
    free(buf);
}
END_TEST

START_TEST(duplicate_long_key_cut_whole)
{
    /* a duplicate key longer than a message is cut on a character boundary */
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    char key[1400];
    size_t k = 0;
    for (int i = 0; i < 450; i++)
        k += (size_t)snprintf(key + k, sizeof key - k, "键");
    n += (size_t)snprintf(buf + n, cap - n, "{\"%s\": 1, \"%s\": 2}", key, key);
    const char *msg = verdict_n(buf, n);
    ck_assert_uint_eq(strncmp(msg, "t.json:1:", 9), 0);
    ck_assert(drill_utf8_valid(msg, strlen(msg), NULL));
    ck_assert_uint_le(strlen(msg), DRILL_DIAG_LEN - 1);
    free(buf);
}
END_TEST

START_TEST(pos_foreign_node)
{
    struct drill_json *doc = MUST_PARSE("[1]");
    cJSON *other = cJSON_CreateNumber(1);
    unsigned line = 7, col = 7;
    ck_assert_int_eq(drill_json_pos(doc, other, 0, &line, &col), 0);
    ck_assert_int_eq(drill_json_pos(doc, NULL, 0, &line, &col), 0);
    ck_assert_int_eq(drill_json_pos(NULL, other, 0, &line, &col), 0);
    cJSON_Delete(other);
    drill_json_free(doc);
}
END_TEST

START_TEST(linecol_direct)
{
    const char *t = "ab\n\xC3\xA9x\n";
    unsigned line, col;
    drill_json_linecol(t, strlen(t), 0, &line, &col);
    ck_assert_uint_eq(line, 1);
    ck_assert_uint_eq(col, 1);
    drill_json_linecol(t, strlen(t), 2, &line, &col); /* the newline itself */
    ck_assert_uint_eq(line, 1);
    ck_assert_uint_eq(col, 3);
    drill_json_linecol(t, strlen(t), 5, &line, &col); /* x, after a two-byte é */
    ck_assert_uint_eq(line, 2);
    ck_assert_uint_eq(col, 2);
    drill_json_linecol(t, strlen(t), 1000, &line, &col); /* clamped to the end */
    ck_assert_uint_eq(line, 3);
    ck_assert_uint_eq(col, 1);
}
END_TEST

START_TEST(pos_after_bom)
{
    /* a byte order mark is invisible in an editor: it is no column */
    struct drill_json *doc = MUST_PARSE("\xEF\xBB\xBF{\"a\": 1}");
    const cJSON *r = drill_json_root(doc);
    ck_assert_str_eq(pos(doc, r, 0), "1:1");
    ck_assert_str_eq(pos(doc, get(r, "a"), 1), "1:2");
    drill_json_free(doc);
}
END_TEST

START_TEST(error_after_bom)
{
    /* the trailing comma is the 8th character of the line */
    EXPECT("\xEF\xBB\xBF{\"a\":1,}", "t.json:1:8: trailing comma");
    EXPECT("\xEF\xBB\xBF{\n\"a\":1,}", "t.json:2:7: trailing comma");
}
END_TEST

/* ---------------------------------------------------------------- syntax errors */

START_TEST(err_missing_comma)
{
    EXPECT("{\"a\":1 \"b\":2}", "t.json:1:8: expected ',' or '}'");
    EXPECT("{\n  \"a\": 1\n  \"b\": 2\n}", "t.json:3:3: expected ',' or '}'");
    EXPECT("[1 2]", "t.json:1:4: expected ',' or ']'");
    EXPECT("[1}", "t.json:1:3: expected ',' or ']'");
    EXPECT("{\"a\":1]", "t.json:1:7: expected ',' or '}'");
}
END_TEST

START_TEST(err_trailing_comma)
{
    EXPECT("{\"a\":1,}", "t.json:1:8: trailing comma");
    EXPECT("[1,]", "t.json:1:4: trailing comma");
    EXPECT("{\n  \"a\": [1, 2],\n}", "t.json:3:1: trailing comma");
    EXPECT("[1,\n  ]", "t.json:2:3: trailing comma");
}
END_TEST

START_TEST(err_key_and_colon)
{
    EXPECT("{", "t.json:1:2: expected a string key");
    EXPECT("{1: 2}", "t.json:1:2: expected a string key");
    EXPECT("{'a': 2}", "t.json:1:2: expected a string key");
    EXPECT("{a: 2}", "t.json:1:2: expected a string key");
    EXPECT("{\"a\"}", "t.json:1:5: expected ':' after the key");
    EXPECT("{\"a\" 1}", "t.json:1:6: expected ':' after the key");
    EXPECT("{\"a\"", "t.json:1:5: expected ':' after the key");
    EXPECT("{\"a\":1,,\"b\":2}", "t.json:1:8: expected a string key");
}
END_TEST

START_TEST(err_unexpected_end)
{
    EXPECT("[", "t.json:1:2: unexpected end of input, expected a value");
    EXPECT("[1,", "t.json:1:4: unexpected end of input, expected a value");
    EXPECT("{\"a\":", "t.json:1:6: unexpected end of input, expected a value");
    EXPECT("{\"a\": 1", "t.json:1:8: expected ',' or '}'");
    EXPECT("[\n1,\n", "t.json:3:1: unexpected end of input, expected a value");
}
END_TEST

START_TEST(err_unterminated_string)
{
    EXPECT("{\"a\": \"abc", "t.json:1:7: unterminated string");
    EXPECT("[\"ab\\", "t.json:1:2: unterminated string");
    EXPECT("{\"a", "t.json:1:2: unterminated string");
    EXPECT("[1,\n  \"x\\\"]", "t.json:2:3: unterminated string");
}
END_TEST

START_TEST(err_bad_escape)
{
    EXPECT("[\"a\\x\"]", "t.json:1:4: invalid escape in string");
    EXPECT("[\"\\'\"]", "t.json:1:3: invalid escape in string");
    EXPECT("[\"\\U0041\"]", "t.json:1:3: invalid escape in string");
    EXPECT("[\"\\u12G4\"]", "t.json:1:7: expected four hex digits after \\u");
    EXPECT("[\"\\u12\"]", "t.json:1:7: expected four hex digits after \\u");
    /* a NUL after the backslash is not an escape either */
    EXPECT("[\"\\\0\"]", "t.json:1:3: invalid escape in string");
}
END_TEST

START_TEST(err_control_char)
{
    EXPECT("[\"a\tb\"]", "t.json:1:4: control character in string (escape it)");
    EXPECT("{\"a\":\n \"line\nbreak\"}", "t.json:2:7: control character in string (escape it)");
    EXPECT("[\"\x1f\"]", "t.json:1:3: control character in string (escape it)");
    EXPECT("[\"a\0b\"]", "t.json:1:4: control character in string (escape it)");
    /* DEL is not a control character in JSON */
    EXPECT("[\"\x7f\"]", "OK");
}
END_TEST

/* Every special byte at every place in an eight-byte run of plain text (the scanner skips such
 * runs a word at a time): found where it is, never skipped over. */
START_TEST(strings_special_bytes_at_every_offset)
{
    static const char *const special[] = {"\"",   "\\n",      "\t",           "\x1f",
                                          "\x01", "\xc3\xa9", "\xe2\x82\xac", "\x7f"};
    for (size_t k = 0; k < sizeof special / sizeof *special; k++) {
        for (int before = 0; before <= 19; before++) {
            char text[128], want[128];
            int n = snprintf(text, sizeof text, "[\"%.*s%s%.*s\"]", before,
                             "abcdefghijklmnopqrstuvwxyz", special[k], 11, "ABCDEFGHIJK");
            struct drill_diags d;
            struct drill_json *doc = parse_n(text, (size_t)n, &d);
            if (special[k][0] == '"') {
                /* the string ends at the quote: the letters after it are garbage */
                ck_assert_ptr_null(doc);
                snprintf(want, sizeof want, "t.json:1:%d: ", before + 4);
                ck_assert_msg(strncmp(d.msg[0], want, strlen(want)) == 0, "%s: %s", text, d.msg[0]);
            } else if (special[k][0] == '\t' || (unsigned char)special[k][0] < 0x20) {
                ck_assert_ptr_null(doc);
                snprintf(want, sizeof want, "t.json:1:%d: control character in string (escape it)",
                         before + 3);
                ck_assert_str_eq(d.msg[0], want);
            } else {
                ck_assert_msg(doc != NULL, "%s: %s", text, d.n ? d.msg[0] : "");
                const char *got = cJSON_GetArrayItem(drill_json_root(doc), 0)->valuestring;
                char expect[128];
                snprintf(expect, sizeof expect, "%.*s%s%.*s", before, "abcdefghijklmnopqrstuvwxyz",
                         special[k][0] == '\\' ? "\n" : special[k], 11, "ABCDEFGHIJK");
                ck_assert_str_eq(got, expect);
                drill_json_free(doc);
            }
        }
    }
}
END_TEST

START_TEST(err_nul_escape)
{
    EXPECT("[\"ab\\u0000\"]", "t.json:1:5: \\u0000 is not allowed in strings");
    EXPECT("{\"\\u0000\": 1}", "t.json:1:3: \\u0000 is not allowed in strings");
}
END_TEST

START_TEST(err_lone_surrogates)
{
    EXPECT("[\"\\uD800\"]", "t.json:1:3: unpaired high surrogate in \\u escape");
    EXPECT("[\"\\udbff x\"]", "t.json:1:3: unpaired high surrogate in \\u escape");
    EXPECT("[\"\\uD800\\u0041\"]", "t.json:1:3: unpaired high surrogate in \\u escape");
    EXPECT("[\"\\uD800\\uD800\"]", "t.json:1:3: unpaired high surrogate in \\u escape");
    EXPECT("[\"\\uD800\\n\"]", "t.json:1:3: unpaired high surrogate in \\u escape");
    EXPECT("[\"x\\uDC00\"]", "t.json:1:4: unpaired low surrogate in \\u escape");
    EXPECT("[\"\\uDFFF\\uD800\"]", "t.json:1:3: unpaired low surrogate in \\u escape");
    EXPECT("[\"\\uD800\\uDC0\"]", "t.json:1:14: expected four hex digits after \\u");
}
END_TEST

START_TEST(err_numbers)
{
    EXPECT("01", "t.json:1:2: unexpected text after the JSON value");
    EXPECT("[01]", "t.json:1:3: expected ',' or ']'");
    EXPECT("[-01]", "t.json:1:4: expected ',' or ']'");
    EXPECT("1.", "t.json:1:3: expected a digit after the decimal point");
    EXPECT("[1.e5]", "t.json:1:4: expected a digit after the decimal point");
    EXPECT("-", "t.json:1:1: invalid number");
    EXPECT("[-]", "t.json:1:2: invalid number");
    EXPECT("[-a]", "t.json:1:2: invalid number");
    EXPECT("[1e]", "t.json:1:4: expected a digit in the exponent");
    EXPECT("[1e+]", "t.json:1:5: expected a digit in the exponent");
    EXPECT("[.5]", "t.json:1:2: expected a value");
    EXPECT("[+1]", "t.json:1:2: expected a value");
    EXPECT("[0x10]", "t.json:1:3: expected ',' or ']'");
    EXPECT("[NaN]", "t.json:1:2: expected a value");
    EXPECT("[Infinity]", "t.json:1:2: expected a value");
}
END_TEST

START_TEST(err_literals)
{
    EXPECT("tru", "t.json:1:1: expected a value");
    EXPECT("[True]", "t.json:1:2: expected a value");
    EXPECT("{\"a\": nul}", "t.json:1:7: expected a value");
    EXPECT("[undefined]", "t.json:1:2: expected a value");
    EXPECT("truex", "t.json:1:5: unexpected text after the JSON value");
}
END_TEST

START_TEST(err_trailing_garbage)
{
    EXPECT("{} x", "t.json:1:4: unexpected text after the JSON value");
    EXPECT("[1]]", "t.json:1:4: unexpected text after the JSON value");
    EXPECT("{}{}", "t.json:1:3: unexpected text after the JSON value");
    EXPECT("{}\n\n  // comment", "t.json:3:3: unexpected text after the JSON value");
    EXPECT("[1]\0", "t.json:1:4: unexpected text after the JSON value");
}
END_TEST

START_TEST(err_empty)
{
    EXPECT("", "t.json: empty file, expected a JSON value");
    EXPECT("  \n\t\r\n", "t.json: empty file, expected a JSON value");
    EXPECT("\xEF\xBB\xBF", "t.json: empty file, expected a JSON value");
    EXPECT("\xEF\xBB\xBF\n", "t.json: empty file, expected a JSON value");
}
END_TEST

START_TEST(err_too_deep)
{
    char buf[8 * DRILL_JSON_MAX_DEPTH], want[64];
    memset(buf, '[', DRILL_JSON_MAX_DEPTH + 1);
    memset(buf + DRILL_JSON_MAX_DEPTH + 1, ']', DRILL_JSON_MAX_DEPTH + 1);
    snprintf(want, sizeof want, "t.json:1:%d: nesting is too deep", DRILL_JSON_MAX_DEPTH + 1);
    ck_assert_str_eq(verdict_n(buf, 2 * (DRILL_JSON_MAX_DEPTH + 1)), want);

    /* objects count too */
    size_t n = 0;
    for (int i = 0; i <= DRILL_JSON_MAX_DEPTH; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "{\"\":");
    buf[n++] = '1';
    for (int i = 0; i <= DRILL_JSON_MAX_DEPTH; i++)
        buf[n++] = '}';
    snprintf(want, sizeof want, "t.json:1:%d: nesting is too deep", 4 * DRILL_JSON_MAX_DEPTH + 1);
    ck_assert_str_eq(verdict_n(buf, n), want);
}
END_TEST

START_TEST(err_very_deep_is_quick)
{
    /* far past the limit: rejected at the limit, no stack overflow */
    static char buf[1000000];
    memset(buf, '[', sizeof buf);
    char want[64];
    snprintf(want, sizeof want, "t.json:1:%d: nesting is too deep", DRILL_JSON_MAX_DEPTH + 1);
    ck_assert_str_eq(verdict_n(buf, sizeof buf), want);
}
END_TEST

START_TEST(err_invalid_utf8)
{
    EXPECT("[\"\xff\"]", "t.json:1:3: invalid UTF-8 in string");
    EXPECT("[\"\xC3\xA9\xC3\"]", "t.json:1:4: invalid UTF-8 in string");
    EXPECT("[\"\xC0\xAF\"]", "t.json:1:3: invalid UTF-8 in string");
    EXPECT("[\"\xED\xA0\x80\"]", "t.json:1:3: invalid UTF-8 in string");
    EXPECT("[\"\xF4\x90\x80\x80\"]", "t.json:1:3: invalid UTF-8 in string");
    EXPECT("[\"\xE2\x82\"]", "t.json:1:3: invalid UTF-8 in string");
    EXPECT("{\"k\x80\": 1}", "t.json:1:4: invalid UTF-8 in string");
    EXPECT("[\xff]", "t.json:1:2: expected a value");
}
END_TEST

/* ---------------------------------------------------------------- duplicate keys */

START_TEST(dup_small)
{
    EXPECT("{\"a\":1,\"b\":2,\"a\":3}", "t.json:1:14: duplicate key \"a\"");
    EXPECT("{\n  \"prompt\": \"x\",\n  \"prompt\": \"y\"\n}",
           "t.json:3:3: duplicate key \"prompt\"");
}
END_TEST

START_TEST(dup_after_unescaping)
{
    /* "\u0061" is "a" */
    EXPECT("{\"a\":1,\"\\u0061\":2}", "t.json:1:8: duplicate key \"a\"");
}
END_TEST

START_TEST(dup_nested)
{
    EXPECT("[{\"x\":1},\n {\"y\":1, \"z\":2, \"y\":3}]", "t.json:2:17: duplicate key \"y\"");
}
END_TEST

/* Every object of three members whose keys come from a set of short keys that share first
 * bytes and prefixes (the empty key, one byte, two bytes, multi-byte): a duplicate is found
 * exactly when two keys are equal, and the one named is the first repeat. */
START_TEST(dup_small_every_triple)
{
    static const char *const keys[] = {"",    "a",   "b",      "A",       "ab", "ac", "ba",
                                       "aba", "abb", "\u00e9", "\u00e9a", "h",  "o",  "\u00c3"};
    enum { K = sizeof keys / sizeof *keys };
    for (int i = 0; i < K; i++)
        for (int j = 0; j < K; j++)
            for (int k = 0; k < K; k++) {
                char buf[128], want[128];
                int n = snprintf(buf, sizeof buf, "{\"%s\":1,\"%s\":2,\"%s\":3}", keys[i], keys[j],
                                 keys[k]);
                /* which member repeats an earlier key, if any */
                const char *found = NULL;
                int at = 0;
                if (j == i) {
                    found = keys[j];
                    at = 2;
                } else if (k == i || k == j) {
                    found = keys[k];
                    at = 3;
                }
                const char *got = verdict_n(buf, (size_t)n);
                if (!found) {
                    ck_assert_msg(strcmp(got, "OK") == 0, "%s: %s", buf, got);
                    continue;
                }
                /* the repeated key's opening quote: past "{", then each earlier member, whose
                 * key counts in characters */
                size_t col = 2;
                for (int m = 0; m < at - 1; m++)
                    col +=
                        drill_utf8_length(keys[m == 0 ? i : j], strlen(keys[m == 0 ? i : j])) + 5;
                snprintf(want, sizeof want, "t.json:1:%zu: duplicate key \"%s\"", col, found);
                ck_assert_msg(strcmp(got, want) == 0, "%s\n  got:  %s\n  want: %s", buf, got, want);
            }
}
END_TEST

/* An object with `n` distinct keys k00, k01, ..., one per line, then `extra`. */
static size_t big_object(char *buf, size_t cap, int n, const char *extra)
{
    size_t k = (size_t)snprintf(buf, cap, "{\n");
    for (int i = 0; i < n; i++)
        k += (size_t)snprintf(buf + k, cap - k, "  \"k%02d\": %d,\n", i, i);
    k += (size_t)snprintf(buf + k, cap - k, "%s}", extra);
    return k;
}

START_TEST(dup_large)
{
    char buf[4096];
    size_t n = big_object(buf, sizeof buf, 20, "  \"k05\": 99\n");
    ck_assert_str_eq(verdict_n(buf, n), "t.json:22:3: duplicate key \"k05\"");
    /* and the first key repeated last */
    n = big_object(buf, sizeof buf, 30, "  \"k00\": 99\n");
    ck_assert_str_eq(verdict_n(buf, n), "t.json:32:3: duplicate key \"k00\"");
    /* no duplicate among many keys */
    n = big_object(buf, sizeof buf, 40, "  \"k40\": 40\n");
    ck_assert_str_eq(verdict_n(buf, n), "OK");
}
END_TEST

START_TEST(dup_large_repeated_thrice)
{
    /* the second occurrence, not the third, is reported */
    char buf[4096];
    size_t n = big_object(buf, sizeof buf, 18, "  \"k07\": 1,\n  \"k07\": 2\n");
    ck_assert_str_eq(verdict_n(buf, n), "t.json:20:3: duplicate key \"k07\"");
}
END_TEST

START_TEST(dup_first_repeat_small)
{
    /* with two repeated keys, the report is where a repeat is first seen reading the
     * file: the second "a" (member 3), not the second "b" (member 4) */
    EXPECT("{\"b\":1,\"a\":2,\"a\":3,\"b\":4}", "t.json:1:14: duplicate key \"a\"");
}
END_TEST

START_TEST(dup_first_repeat_large)
{
    /* the same in an object of more than 16 members (checked by sorting the keys):
     * the second "b" on line 20, not the alphabetically first "a" on line 21 */
    char buf[4096];
    size_t n =
        big_object(buf, sizeof buf, 16, "  \"b\": 1,\n  \"a\": 2,\n  \"b\": 3,\n  \"a\": 4\n");
    /* members: k00..k15 on lines 2-17, b 18, a 19, b 20, a 21 */
    ck_assert_str_eq(verdict_n(buf, n), "t.json:20:3: duplicate key \"b\"");
}
END_TEST

/* ---------------------------------------------------------------- saved documents */

/* Two trees alike, node for node, and every node at the same position in both documents. */
static void same_tree(const struct drill_json *a, const cJSON *x, const struct drill_json *b,
                      const cJSON *y)
{
    ck_assert_int_eq(x->type, y->type);
    ck_assert_int_eq(x->string == NULL, y->string == NULL);
    if (x->string)
        ck_assert_str_eq(x->string, y->string);
    if (cJSON_IsString(x))
        ck_assert_str_eq(x->valuestring, y->valuestring);
    ck_assert_int_eq(x->valueint, y->valueint);
    ck_assert(memcmp(&x->valuedouble, &y->valuedouble, sizeof(double)) == 0);
    unsigned l1, c1, l2, c2;
    for (int key = 0; key < 2; key++) {
        ck_assert(drill_json_pos(a, x, key, &l1, &c1));
        ck_assert(drill_json_pos(b, y, key, &l2, &c2));
        ck_assert_uint_eq(l1, l2);
        ck_assert_uint_eq(c1, c2);
    }
    const cJSON *cx = x->child, *cy = y->child;
    for (; cx && cy; cx = cx->next, cy = cy->next) {
        ck_assert(cy->prev != NULL);
        same_tree(a, cx, b, cy);
    }
    ck_assert(cx == NULL && cy == NULL);
    if (x->child)
        ck_assert(y->child->prev != NULL && y->child->prev->next == NULL);
}

/* Parses, saves and loads back: the same tree at the same positions. Returns the saved bytes. */
static char *round_trip(const char *text, size_t len, size_t *saved_len)
{
    struct drill_json *doc = must_parse_n(text, len);
    char *saved;
    ck_assert(drill_json_save(doc, &saved, saved_len));
    struct drill_json *back = drill_json_load(saved, *saved_len);
    ck_assert_msg(back != NULL, "a saved document did not load: %s", text);
    same_tree(doc, drill_json_root(doc), back, drill_json_root(back));
    drill_json_free(doc);
    drill_json_free(back);
    return saved;
}

START_TEST(saved_round_trip)
{
    static const char *const docs[] = {
        "{}",
        "[]",
        "0",
        "\"x\"",
        "true",
        "false",
        "null",
        "-1.5e300",
        "[[[[]]]]",
        "{\n  \"a\": [1, 2.5, -0, 1e400, 2147483648, -2147483649, \"é—\\u00e9\", true, null],\n"
        "  \"b\": {\"c\": {}, \"d\": [], \"\": \"\"},\n  \"λ\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\"\n}",
        "\xEF\xBB\xBF{\"bom\": 1}",
        "[\r\n1,\r\n{\"k\": \"v\"}\r\n]",
    };
    for (size_t i = 0; i < sizeof docs / sizeof *docs; i++) {
        size_t n;
        drill_mem_free(round_trip(docs[i], strlen(docs[i]), &n));
    }
    /* many values: several node chunks */
    static char buf[200000];
    size_t n = 0;
    buf[n++] = '[';
    for (int i = 0; i < 5000; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s\n{\"i\": %d, \"s\": \"θ%d\"}",
                              i ? "," : "", i, i);
    buf[n++] = ']';
    size_t saved_len;
    drill_mem_free(round_trip(buf, n, &saved_len));
}
END_TEST

/* Saved without some keys: those members are gone at any depth, the rest keep their values
 * and positions; the bytes load until changed. */
START_TEST(saved_without_keys)
{
    const char *text = "{\"a\": 1, \"rubric\": {\"x\": [1, 2]},\n"
                       " \"q\": [{\"id\": \"k\", \"answer\": \"long\", \"p\": true}]}";
    struct drill_json *doc = must_parse_n(text, strlen(text));
    static const char *const skip[] = {"rubric", "answer", NULL};
    char *saved;
    size_t n;
    ck_assert(drill_json_save_without(doc, skip, &saved, &n));
    struct drill_json *back = drill_json_load(saved, n);
    ck_assert_ptr_nonnull(back);
    const cJSON *r = drill_json_root(back);
    ck_assert_int_eq(cJSON_GetArraySize(r), 2);
    ck_assert_ptr_null(cJSON_GetObjectItemCaseSensitive(r, "rubric"));
    const cJSON *q = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(r, "q"), 0);
    const cJSON *q0 =
        cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(drill_json_root(doc), "q"), 0);
    ck_assert_int_eq(cJSON_GetArraySize(q), 2);
    ck_assert_ptr_null(cJSON_GetObjectItemCaseSensitive(q, "answer"));
    ck_assert(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(q, "p")));
    unsigned l1, c1, l2, c2;
    ck_assert(drill_json_pos(doc, cJSON_GetObjectItemCaseSensitive(q0, "p"), 1, &l1, &c1));
    ck_assert(drill_json_pos(back, cJSON_GetObjectItemCaseSensitive(q, "p"), 1, &l2, &c2));
    ck_assert_uint_eq(l1, 2);
    ck_assert_uint_eq(l1, l2);
    ck_assert_uint_eq(c1, c2);
    ck_assert(drill_json_load(saved, n - 1) == NULL);
    saved[n / 2] ^= 1;
    ck_assert(drill_json_load(saved, n) == NULL);
    drill_json_free(back);
    drill_json_free(doc);
    drill_mem_free(saved);
}
END_TEST

/* A saved document changed anywhere, cut short or lengthened, loads as nothing: the check
 * and the counts catch it, and no change makes the loader read out of bounds. */
/* Saved bytes the fuzzer once tripped on (tests/fixtures/fuzz/saved), with their check
 * appended as the harness appends it: each loads as nothing, or as a document that saves and
 * loads again. */
START_TEST(saved_fuzz_regressions)
{
    DIR *d = opendir(FIXTURES "/fuzz/saved");
    ck_assert(d != NULL);
    int seen = 0;
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.')
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/fuzz/saved/%s", FIXTURES, e->d_name);
        FILE *f = fopen(path, "rb");
        ck_assert(f != NULL);
        static unsigned char buf[1 << 16];
        size_t n = fread(buf, 1, sizeof buf - 8, f);
        fclose(f);
        uint64_t check = drill_json_saved_check(buf, n);
        memcpy(buf + n, &check, 8);
        struct drill_json *doc = drill_json_load((const char *)buf, n + 8);
        if (doc) {
            char *again;
            size_t len;
            ck_assert(drill_json_save(doc, &again, &len));
            struct drill_json *back = drill_json_load(again, len);
            ck_assert(back != NULL);
            drill_json_free(back);
            drill_mem_free(again);
            drill_json_free(doc);
        }
        seen++;
    }
    closedir(d);
    ck_assert_int_gt(seen, 0);
}
END_TEST

START_TEST(saved_damage_refused)
{
    const char *text = "{\"a\": [1, \"two\", {\"b\": null}], \"c\": true}";
    size_t n;
    char *saved = round_trip(text, strlen(text), &n);
    char *copy = malloc(n + 1);
    for (size_t i = 0; i < n; i++)
        for (int bit = 0; bit < 8; bit++) {
            memcpy(copy, saved, n);
            copy[i] ^= (char)(1 << bit);
            struct drill_json *doc = drill_json_load(copy, n);
            ck_assert_msg(doc == NULL, "byte %zu bit %d changed, and it loaded", i, bit);
        }
    for (size_t cut = 0; cut < n; cut++)
        ck_assert(drill_json_load(saved, cut) == NULL);
    memcpy(copy, saved, n);
    copy[n] = 0;
    ck_assert(drill_json_load(copy, n + 1) == NULL);
    ck_assert(drill_json_load("", 0) == NULL);
    free(copy);
    drill_mem_free(saved);
}
END_TEST

static Suite *json_suite(void)
{
    Suite *s = suite_create("json");
    TCase *tc = tcase_create("valid");
    tcase_add_test(tc, valid_nested);
    tcase_add_test(tc, valid_scalars_at_top);
    tcase_add_test(tc, valid_numbers);
    tcase_add_test(tc, valid_escapes);
    tcase_add_test(tc, valid_unicode_escapes);
    tcase_add_test(tc, valid_raw_utf8);
    tcase_add_test(tc, valid_with_bom);
    tcase_add_test(tc, valid_not_nul_terminated);
    tcase_add_test(tc, valid_same_key_other_case);
    tcase_add_test(tc, valid_depth_at_limit);
    tcase_add_test(tc, free_null);
    suite_add_tcase(s, tc);

    tc = tcase_create("positions");
    tcase_add_test(tc, pos_multiline);
    tcase_add_test(tc, pos_key_flag_on_non_member);
    tcase_add_test(tc, pos_columns_count_characters);
    tcase_add_test(tc, pos_crlf_lines);
    tcase_add_test(tc, pos_duplicate_structure);
    tcase_add_test(tc, pos_many_values);
    tcase_add_test(tc, pos_foreign_node);
    tcase_add_test(tc, pos_one_line_matches_linecol);
    tcase_add_test(tc, errors_late_on_one_line);
    tcase_add_test(tc, duplicate_long_key_cut_whole);
    tcase_add_test(tc, linecol_direct);
    tcase_add_test(tc, pos_after_bom);
    tcase_add_test(tc, error_after_bom);
    suite_add_tcase(s, tc);

    tc = tcase_create("errors");
    tcase_add_test(tc, err_missing_comma);
    tcase_add_test(tc, err_trailing_comma);
    tcase_add_test(tc, err_key_and_colon);
    tcase_add_test(tc, err_unexpected_end);
    tcase_add_test(tc, err_unterminated_string);
    tcase_add_test(tc, err_bad_escape);
    tcase_add_test(tc, err_control_char);
    tcase_add_test(tc, strings_special_bytes_at_every_offset);
    tcase_add_test(tc, err_nul_escape);
    tcase_add_test(tc, err_lone_surrogates);
    tcase_add_test(tc, err_numbers);
    tcase_add_test(tc, err_literals);
    tcase_add_test(tc, err_trailing_garbage);
    tcase_add_test(tc, err_empty);
    tcase_add_test(tc, err_too_deep);
    tcase_add_test(tc, err_very_deep_is_quick);
    tcase_add_test(tc, err_invalid_utf8);
    suite_add_tcase(s, tc);

    tc = tcase_create("duplicates");
    tcase_add_test(tc, dup_small);
    tcase_add_test(tc, dup_small_every_triple);
    tcase_add_test(tc, dup_after_unescaping);
    tcase_add_test(tc, dup_nested);
    tcase_add_test(tc, dup_large);
    tcase_add_test(tc, dup_large_repeated_thrice);
    tcase_add_test(tc, dup_first_repeat_small);
    tcase_add_test(tc, dup_first_repeat_large);
    suite_add_tcase(s, tc);

    tc = tcase_create("saved");
    tcase_add_test(tc, saved_round_trip);
    tcase_add_test(tc, saved_without_keys);
    tcase_add_test(tc, saved_damage_refused);
    tcase_add_test(tc, saved_fuzz_regressions);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return unit_run(json_suite());
}
