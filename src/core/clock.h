/* A monotonic clock, for time limits and elapsed time. */
#ifndef DRILL_CLOCK_H
#define DRILL_CLOCK_H

/* Seconds since an arbitrary fixed point; never goes backwards. */
double drill_clock_now(void);

/* Seconds since the Unix epoch (wall time, for the progress store). */
double drill_clock_wall(void);

#endif
