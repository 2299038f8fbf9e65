/* Check suite for clock: monotonic time that never goes back, and wall time. */
#define _XOPEN_SOURCE 700

#include <check.h>
#include <time.h>

#include "clock.h"
#include "unit.h"

START_TEST(now_is_non_decreasing)
{
    double prev = drill_clock_now();
    for (int i = 0; i < 200000; i++) {
        double t = drill_clock_now();
        ck_assert_msg(t >= prev, "clock went back from %.9f to %.9f", prev, t);
        prev = t;
    }
}
END_TEST

START_TEST(now_advances_with_sleep)
{
    double a = drill_clock_now();
    struct timespec ts = {0, 20 * 1000 * 1000};
    nanosleep(&ts, NULL);
    double b = drill_clock_now();
    ck_assert_double_ge(b - a, 0.019);
    ck_assert_double_lt(b - a, 5.0);
}
END_TEST

START_TEST(now_has_sub_millisecond_resolution)
{
    /* elapsed times are reported in fractions of a second: the smallest step seen
     * over a few tries (one may be stretched by the scheduler) is well under 1 ms */
    double smallest = 1.0;
    for (int k = 0; k < 20; k++) {
        double a = drill_clock_now(), b = a;
        for (int i = 0; i < 1000000 && b == a; i++)
            b = drill_clock_now();
        ck_assert_double_gt(b, a);
        if (b - a < smallest)
            smallest = b - a;
    }
    ck_assert_double_lt(smallest, 0.001);
}
END_TEST

START_TEST(wall_is_unix_time)
{
    double w = drill_clock_wall();
    time_t t = time(NULL);
    ck_assert_double_ge(w, (double)t - 2.0);
    ck_assert_double_le(w, (double)t + 2.0);
    ck_assert_double_gt(w, 1.6e9); /* after 2020 */
}
END_TEST

static Suite *clock_suite(void)
{
    Suite *s = suite_create("clock");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, now_is_non_decreasing);
    tcase_add_test(tc, now_advances_with_sleep);
    tcase_add_test(tc, now_has_sub_millisecond_resolution);
    tcase_add_test(tc, wall_is_unix_time);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return unit_run(clock_suite());
}
