package io.claimtracker.common.web;

/**
 * How soon a page looks again for something still running (a claim's conflict check): every quarter second for the
 * first five seconds, then backing off by doubling to once every five seconds.
 */
public final class PollSchedule {

    static final long FIRST_MILLIS = 250;
    static final int QUICK_POLLS = 20;
    static final long LONGEST_MILLIS = 5000;

    private PollSchedule() {
    }

    /** Milliseconds before the next look, after the given number of looks. */
    public static long after(int polls) {
        if (polls < QUICK_POLLS) {
            return FIRST_MILLIS;
        }
        int doublings = Math.min(16, polls - QUICK_POLLS + 1);
        return Math.min(LONGEST_MILLIS, FIRST_MILLIS << doublings);
    }
}
