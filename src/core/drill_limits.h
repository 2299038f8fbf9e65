/* Every bound drill enforces, with its default, in one place. */
#ifndef DRILL_DRILL_LIMITS_H
#define DRILL_DRILL_LIMITS_H

/* Files read from the command line: answer files, plugins, and any file a
 * plugin reads through drill.fs. */
#define DRILL_MAX_FILE_BYTES (8u * 1024u * 1024u)
/* A question bank file: room for 100,000 questions in one bank. */
#define DRILL_MAX_BANK_BYTES (64u * 1024u * 1024u)
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
 * string.find/match/gmatch/gsub before it fails as too complex. The budget
 * grows with the subject (a base, and an allowance per byte), so a linear
 * scan of a large text passes while backtracking over it (quadratic or
 * worse) still fails; it never exceeds the cap, which bounds the time one
 * call can spend inside C (about a second). */
#define DRILL_LPAT_MAX_STEPS      10000000L
#define DRILL_LPAT_STEPS_PER_BYTE 16L
#define DRILL_LPAT_MAX_STEPS_CAP  50000000L

/* Every limit below can be set for one run through the DRILL_LIMITS
 * environment variable (docs/sandbox.md): "memory=16,call-seconds=2". */

/* Guest plugins: VM instructions per call into a plugin (a grader call, a
 * work item), wall-clock seconds per call, and the memory one call may add
 * to the Lua state (MiB in DRILL_LIMITS). */
#define DRILL_GUEST_INSTRUCTIONS 200000000LL
#define DRILL_GUEST_SECONDS      5.0
#define DRILL_GUEST_MEMORY_BYTES (256u * 1024u * 1024u)
/* A guest script's own run (its main chunk, with every call it makes and
 * every work item of its workers; time spent waiting for the user is not
 * counted). */
#define DRILL_MAIN_INSTRUCTIONS 2000000000LL
#define DRILL_MAIN_SECONDS      60.0
/* Every guest call of one run together, when the script is one of drill's
 * own tools (check.lua grading a batch with a shared grader): the tool's
 * own work is not counted, its guests' work is, across workers too. */
#define DRILL_RUN_INSTRUCTIONS 200000000000LL
#define DRILL_RUN_SECONDS      1800.0
/* What drill's own tools may hold in memory: a 100,000-question bank and
 * its report are not a guest's. */
#define DRILL_TOOL_MEMORY_BYTES (2048ull * 1024u * 1024u)
/* How often (in VM instructions) the count hook checks the budgets: on the
 * main thread, and in coroutines (each new coroutine is charged the
 * coroutine interval up front, since it may run that many before its
 * first hook). */
#define DRILL_HOOK_INTERVAL    10000
#define DRILL_CO_HOOK_INTERVAL 1000
/* Bytes a guest may print to standard output and standard error in one
 * run (a tool's own report is not capped). */
#define DRILL_GUEST_OUTPUT_BYTES (16u * 1024u * 1024u)
/* An error message printed on standard error is cut to this many bytes. */
#define DRILL_MAX_MESSAGE_BYTES 8192
/* Seconds past the wall-clock limit after which a call stuck inside a
 * C function ends the process (a worker: that answer fails, the batch
 * goes on). */
#define DRILL_WATCHDOG_GRACE_SECONDS 2
/* Worker processes of one drill.parallel call (which workers may not
 * nest), and how many may be restarted after one stalled or died. */
#define DRILL_MAX_WORKERS  16
#define DRILL_MAX_RESTARTS 64

/* The progress store. Milliseconds a write waits for another drill that
 * holds the store's lock before the attempt is reported as not recorded
 * (a writer holds it for milliseconds; a long wait only stalls the user). */
#define DRILL_STORE_BUSY_MS 250
/* Bytes of a mode name in a recorded attempt (question ids are capped at
 * DRILL_MAX_ID_BYTES). */
#define DRILL_STORE_MAX_MODE_BYTES 64
/* The longest content hash an attempt may carry (a hex SHA-256 is 64). */
#define DRILL_STORE_MAX_HASH_BYTES 64
/* Attempts one run may record, and bytes of text (ids, mode names, hashes
 * and answers) they may add to the store: a guest cannot fill the user's disk. A batch
 * check of every built-in question many times over stays far below. */
#define DRILL_STORE_MAX_RECORDS_PER_RUN 100000
#define DRILL_STORE_MAX_BYTES_PER_RUN   (8u * 1024u * 1024u)

/* Entries the bank cache keeps (cache.c): past that, the oldest written go, as a bank moved or
 * deleted leaves its entry behind. Ten built-in banks in a few checkouts stay far below. */
#define DRILL_CACHE_MAX_ENTRIES 64
/* A memo file (cache.h) holds at most this many bytes of records. */
#define DRILL_MEMO_MAX_BYTES ((size_t)32 << 20)
/* Bytes of records a process adds to a memo before it writes them out and lets them go: a first
 * run after drill is built anew adds every pattern's, which held to the end took a worker past
 * 64 MiB. */
#define DRILL_MEMO_FLUSH_BYTES ((size_t)2 << 20)
/* The memo of answers' results (drill.results) holds at most this many bytes: a few thousand
 * answers, a study group's files many times over. */
#define DRILL_RESULTS_MAX_BYTES ((size_t)8 << 20)

/* The step the heap grows by and keeps free at its top (src/host/main.c), also what a
 * trim before forking workers leaves there. */
#define DRILL_HEAP_STEP (64 << 20)

#endif
