/* Every bound drill enforces, with its default, in one place. */
#ifndef DRILL_DRILL_LIMITS_H
#define DRILL_DRILL_LIMITS_H

/* Files read from the command line: banks, answer files, plugins. */
#define DRILL_MAX_FILE_BYTES (8u * 1024u * 1024u)
/* Nesting depth of a JSON document (banks, answer files, drill.json.decode). */
#define DRILL_JSON_MAX_DEPTH 64
/* One typed or filed answer. */
#define DRILL_MAX_ANSWER_BYTES (64u * 1024u)
/* A question id, in bytes. */
#define DRILL_MAX_ID_BYTES 64

/* Similarity grader: factor on the tf-idf weight of every term the question
 * itself contains, in both the answer and the model answer, so an answer
 * that only repeats the question scores low. */
#define DRILL_SIM_QUESTION_WEIGHT 0.25

/* PCRE2: backtracking steps, recursion depth (in KiB of the depth
 * vector), heap for backtracking (KiB), and pattern length. */
#define DRILL_RE_MATCH_LIMIT       1000000u
#define DRILL_RE_DEPTH_LIMIT       10000u
#define DRILL_RE_HEAP_LIMIT_KIB    (8u * 1024u)
#define DRILL_RE_MAX_PATTERN_BYTES 4096u

/* Lua patterns in guest plugins: single-character tests per call to
 * string.find/match/gmatch/gsub before it fails as too complex. */
#define DRILL_LPAT_MAX_STEPS 10000000L

/* Guest plugins: VM instructions per call into a plugin, wall-clock
 * seconds per call, and the memory the whole Lua state may hold. */
#define DRILL_GUEST_INSTRUCTIONS 200000000L
#define DRILL_GUEST_SECONDS      5.0
#define DRILL_GUEST_MEMORY_BYTES (256u * 1024u * 1024u)
/* The plugin script's own run (its main chunk), which for a batch check
 * is long: instructions and seconds of its own work. Time in nested guest
 * calls (graders) and in waits for the user is not counted against it. */
#define DRILL_MAIN_INSTRUCTIONS 500000000L
#define DRILL_MAIN_SECONDS      30.0
/* How often (in VM instructions) the count hook checks the clock. */
#define DRILL_HOOK_INTERVAL 10000
/* Bytes a guest may print to standard output in one run. */
#define DRILL_GUEST_OUTPUT_BYTES (16u * 1024u * 1024u)
/* Seconds past the wall-clock limit after which a call stuck inside a
 * C function ends the whole process. */
#define DRILL_WATCHDOG_GRACE_SECONDS 2

#endif
