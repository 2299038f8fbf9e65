/* drill: the command line. Parses drill's own options, finds the plugin script and runs it. */
#define _GNU_SOURCE /* sbrk, madvise(MADV_NOHUGEPAGE) */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <malloc.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "cache.h"
#include "diag.h"
#include "drill_limits.h"
#include "host.h"
#include "term.h"
#include "text.h"

static const char usage[] =
    "usage: drill [OPTIONS] SCRIPT [ARGS...]\n"
    "\n"
    "Runs a drill plugin script: a drill mode, a grader tool or your own.\n"
    "SCRIPT is a path (./mine.lua), or a name (with or without .lua) looked up\n"
    "in each directory of DRILL_PATH, then the built-in plugins; never in the\n"
    "current directory.\n"
    "\n"
    "Options:\n"
    "  --bank PATH     load question banks from PATH (a file or directory;\n"
    "                  repeatable; replaces the built-in banks)\n"
    "  --seed N        same seed, same questions in the same order\n"
    "  --store PATH    the progress store (default $XDG_STATE_HOME/drill/progress.db)\n"
    "  --no-store      do not read or record progress\n"
    "  --trust         run the script without the plugin sandbox (your own scripts only)\n"
    "  --no-color      no colour, even on a terminal (NO_COLOR does the same)\n"
    "  -V, --version   print the version and exit\n"
    "  -h, --help      print this help and exit\n"
    "\n"
    "'drill help SCRIPT' (or 'drill SCRIPT --help') prints a script's own options;\n"
    "drill's options go before SCRIPT, the script's after it.\n"
    "Environment: DRILL_BANKS (colon-separated bank paths), DRILL_STORE, DRILL_PATH,\n"
    "DRILL_LIMITS (the plugin sandbox's limits, docs/sandbox.md), DRILL_CACHE (where\n"
    "parsed banks are kept; default $XDG_CACHE_HOME/drill; empty for nowhere), NO_COLOR.\n"
    "Exit codes: 0 success, 1 graded failure, 64 usage, 65 bad data, 66 input not found,\n"
    "70 internal error, 73 an output file cannot be created, 74 a write failed (a full\n"
    "disk, a closed standard output). A reader that stops early (drill list.lua | head)\n"
    "ends drill quietly by SIGPIPE, as it ends other tools.\n";

/* ------------------------------------------------------------ the scripts */

#define MAX_SCRIPTS 64

struct script {
    char name[64];
    char about[160];
};

/* A script's one-line description: its first line, a Lua comment. */
static void first_line(const char *path, char *out, size_t cap)
{
    out[0] = '\0';
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    char line[256];
    if (fgets(line, sizeof line, f) && strncmp(line, "-- ", 3) == 0) {
        line[strcspn(line, "\r\n")] = '\0';
        snprintf(out, cap, "%.150s", line + 3);
    }
    fclose(f);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(((const struct script *)a)->name, ((const struct script *)b)->name);
}

/* The built-in scripts (*.lua in the plugins directory), sorted by name. */
static size_t builtin_scripts(const char *argv0, struct script *out, size_t cap)
{
    const char *dir = drill_host_data_dir(argv0, "plugins");
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    size_t n = 0;
    struct dirent *e;
    while (n < cap && (e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || len < 5 || len >= sizeof out[n].name ||
            strcmp(e->d_name + len - 4, ".lua") != 0)
            continue;
        char path[PATH_MAX];
        if (snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= (int)sizeof path)
            continue;
        memcpy(out[n].name, e->d_name, len + 1);
        first_line(path, out[n].about, sizeof out[n].about);
        n++;
    }
    closedir(d);
    qsort(out, n, sizeof *out, by_name);
    return n;
}

static void list_scripts(const char *argv0, FILE *to)
{
    struct script s[MAX_SCRIPTS];
    size_t n = builtin_scripts(argv0, s, MAX_SCRIPTS);
    fputs("Built-in scripts:\n", to);
    for (size_t i = 0; i < n; i++)
        fprintf(to, "  %-16s %s\n", s[i].name, s[i].about);
}

/* The built-in script closest to `name` in spelling, or NULL. */
static const char *nearest_script(const char *argv0, const char *name, struct script *s, size_t cap)
{
    size_t n = builtin_scripts(argv0, s, cap);
    char want[64];
    snprintf(want, sizeof want, "%s", name);
    size_t wl = strlen(want);
    if (wl > 4 && strcmp(want + wl - 4, ".lua") == 0)
        want[wl -= 4] = '\0';
    const char *best = NULL;
    int best_d = (int)(wl / 3) + 1;
    for (size_t i = 0; i < n; i++) {
        size_t sl = strlen(s[i].name) - 4;
        int d = drill_text_edit_distance(want, wl, s[i].name, sl, best_d);
        /* a prefix counts too: "rapid" is rapidfire.lua */
        if (wl >= 3 && sl > wl && strncmp(s[i].name, want, wl) == 0)
            d = 1;
        if (d < best_d || (d == best_d && !best)) {
            if (d <= (int)(wl / 3) + 1) {
                best = s[i].name;
                best_d = d;
            }
        }
    }
    return best;
}

static int usage_error(const char *fmt, const char *arg)
{
    fputs("drill: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\nTry 'drill --help' for more information.\n", stderr);
    return DRILL_EXIT_USAGE;
}

/* Matches "--name VALUE" and "--name=VALUE"; advances *i past the value. */
static int option_value(int argc, char **argv, int *i, const char *name, const char **value)
{
    size_t n = strlen(name);
    const char *a = argv[*i];
    if (strncmp(a, name, n) != 0)
        return 0;
    if (a[n] == '=') {
        *value = a + n + 1;
        return 1;
    }
    if (a[n] != '\0')
        return 0;
    if (*i + 1 >= argc) {
        *value = NULL;
        return 1;
    }
    *value = argv[++*i];
    return 1;
}

static int run(int argc, char **argv, const char **banks);

/* Memory faulted in a page at a time is much of a run's time. The heap is set
 * to grow in large steps, keep what it frees and hold large blocks too. It
 * keeps small pages even where the system would hand out transparent huge ones
 * unasked: a grading worker's scattered allocations would make whole 2 MiB
 * pages resident, some 3.5 MiB more at its peak (scripts/bench-grading.sh),
 * for no measurable speed. Pages are still only resident once touched. */
static void heap_setup(void)
{
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_TOP_PAD, DRILL_HEAP_STEP);
    char *p = malloc(1); /* the heap's first step */
    char *end = sbrk(0);
    long page = sysconf(_SC_PAGESIZE);
    uintptr_t mask = page > 0 ? (uintptr_t)page - 1 : 4095;
    uintptr_t from = ((uintptr_t)p + mask) & ~mask;
    /* only the heap glibc grows with brk (a sanitizer's allocator has its own) */
    if (p && end != (char *)-1 && (char *)from < end && end - (char *)from <= 2 * DRILL_HEAP_STEP)
        madvise((void *)from, (size_t)(end - (char *)from), MADV_NOHUGEPAGE); /* may fail */
    free(p);
}

int main(int argc, char **argv)
{
    heap_setup();
    /* first, before anything opens a file that could take a closed descriptor's number */
    drill_term_open_std();
    /* the default even when the caller ignored it, so `drill list.lua | head` ends quietly
     * instead of reporting a broken pipe */
    signal(SIGPIPE, SIG_DFL);
    /* typed text in the terminal's encoding; LC_NUMERIC stays "C" for Lua's numbers */
    drill_term_setup_locale();
    const char **banks = calloc((size_t)argc + 64, sizeof *banks);
    if (!banks)
        return DRILL_EXIT_INTERNAL;
    int code = run(argc, argv, banks);
    free(banks);
    /* output still in stdio's buffer is written only now: its errors count too */
    if (drill_term_out_close() != 0 && code != DRILL_EXIT_IOERR) {
        fprintf(stderr, "drill: standard output: %s\n", strerror(errno));
        if (code == 0 || code == DRILL_EXIT_FAIL)
            code = DRILL_EXIT_IOERR;
    }
    return code;
}

static int run(int argc, char **argv, const char **banks)
{
    const char *exe = argv[0];
    struct drill_options opts = {0};
    opts.banks = banks;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i], *v;
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[0] != '-' || a[1] == '\0')
            break;
        if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            printf("drill %s\nLua plugin API %d\n", DRILL_VERSION, DRILL_API_VERSION);
            return 0;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(usage, stdout);
            fputc('\n', stdout);
            list_scripts(exe, stdout);
            return 0;
        }
        if (strcmp(a, "--trust") == 0) {
            opts.trust = 1;
        } else if (strcmp(a, "--no-store") == 0) {
            opts.no_store = 1;
        } else if (strcmp(a, "--no-color") == 0 || strcmp(a, "--no-colour") == 0) {
            opts.no_color = 1;
        } else if (option_value(argc, argv, &i, "--bank", &v)) {
            if (!v || !*v)
                return usage_error("%s needs a path", "--bank");
            banks[opts.nbanks++] = v;
        } else if (option_value(argc, argv, &i, "--store", &v)) {
            if (!v || !*v)
                return usage_error("%s needs a path", "--store");
            opts.store = v;
        } else if (option_value(argc, argv, &i, "--seed", &v)) {
            char *end;
            if (!v)
                return usage_error("%s needs a number", "--seed");
            errno = 0;
            long long s = strtoll(v, &end, 10);
            if (errno || end == v || *end)
                return usage_error("--seed takes a whole number, not '%s'", v);
            opts.seed = s;
            opts.has_seed = 1;
        } else {
            return usage_error("unknown option '%s'", a);
        }
    }
    /* drill alone: what is due today, then how to use it */
    int home = i >= argc;
    char *help_argv[3];
    if (home) {
        help_argv[0] = "review.lua";
        help_argv[1] = "--status";
        help_argv[2] = NULL;
        argv = help_argv;
        argc = 2;
        i = 0;
    } else if (strcmp(argv[i], "help") == 0) {
        /* drill help [SCRIPT]: the script's own --help */
        if (i + 1 >= argc) {
            fputs(usage, stdout);
            fputc('\n', stdout);
            list_scripts(exe, stdout);
            return 0;
        }
        help_argv[0] = argv[i + 1];
        help_argv[1] = "--help";
        help_argv[2] = NULL;
        argv = help_argv;
        argc = 2;
        i = 0;
    }

    /* the environment fills in what the command line did not say */
    char *envbanks = NULL;
    if (opts.nbanks == 0) {
        const char *e = getenv("DRILL_BANKS");
        if (e && *e && (envbanks = strdup(e))) {
            char *save = NULL;
            for (char *p = strtok_r(envbanks, ":", &save); p && opts.nbanks < (size_t)argc + 63;
                 p = strtok_r(NULL, ":", &save))
                banks[opts.nbanks++] = p;
        }
    }
    if (!opts.store) {
        const char *e = getenv("DRILL_STORE");
        if (e && *e)
            opts.store = e;
    }
    char cache[PATH_MAX];
    if (drill_cache_default_dir(cache, sizeof cache) == 0)
        opts.cache = cache;

    const char *name = argv[i];
    char path[PATH_MAX];
    if (home) {
        int code = 0;
        struct drill_host *h = NULL;
        if (drill_host_find_script(exe, name, path, sizeof path) == 0 &&
            (h = drill_host_new(&opts, exe)) != NULL)
            code = drill_host_run(h, path, name, argc - i - 1, argv + i + 1, i, argv);
        drill_host_leave(h);
        free(envbanks);
        if (code != 0)
            return code;
        fputc('\n', stdout);
        fputs(usage, stdout);
        fputc('\n', stdout);
        list_scripts(exe, stdout);
        return 0;
    }
    if (drill_host_find_script(exe, name, path, sizeof path) != 0) {
        if (strchr(name, '/'))
            fprintf(stderr, "drill: %s: no such script\n", name);
        else
            fprintf(stderr,
                    "drill: %s: no such script (looked in DRILL_PATH and the built-in plugins; "
                    "write ./%s for a script in this directory)\n",
                    name, name);
        if (!strchr(name, '/')) {
            struct script s[MAX_SCRIPTS];
            const char *near = nearest_script(exe, name, s, MAX_SCRIPTS);
            if (near)
                fprintf(stderr, "Did you mean '%s'?\n", near);
            list_scripts(exe, stderr);
        }
        free(envbanks);
        return DRILL_EXIT_NOINPUT;
    }
    const char *display = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    struct drill_host *h = drill_host_new(&opts, exe);
    if (!h) {
        fputs("drill: out of memory\n", stderr);
        free(envbanks);
        return DRILL_EXIT_INTERNAL;
    }
    int code = drill_host_run(h, path, display, argc - i - 1, argv + i + 1, i, argv);
    drill_host_leave(h);
    free(envbanks);
    return code;
}
