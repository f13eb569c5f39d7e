package io.claimtracker.common.web;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves a page looks again for a running check every quarter second at first, then backs off to five seconds. */
class PollScheduleTest {

    @Test
    void quickAtFirstThenDoublingToFiveSeconds() {
        assertThat(IntStream.range(0, 20).mapToLong(PollSchedule::after)).containsOnly(250L);
        assertThat(IntStream.range(20, 26).mapToLong(PollSchedule::after)).containsExactly(500L, 1000L, 2000L, 4000L,
                5000L, 5000L);
        assertThat(PollSchedule.after(10_000)).isEqualTo(5000L);
    }
}
