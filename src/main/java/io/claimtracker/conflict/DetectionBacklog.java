package io.claimtracker.conflict;

import io.claimtracker.claim.CheckLane;
import io.claimtracker.claim.DetectionQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;

/**
 * How many claims wait for their conflict check across every instance, counted in the database at most once a
 * second, with the age of the longest wait and what waits in this instance's two lines.
 */
@ApplicationScoped
public class DetectionBacklog {

    private static final long FRESH_NANOS = Duration.ofSeconds(1).toNanos();

    @Inject
    DetectionQueue queue;

    @Inject
    DetectionWorker worker;

    private volatile Counted last;

    /** Claims waiting, the longest wait in seconds, and this instance's interactive and bulk lines. */
    public record State(long waiting, long oldestSeconds, int interactiveHere, int bulkHere, Instant countedAt) {
    }

    private record Counted(State state, long at) {
    }

    /** The backlog as counted within the last second; counts again when older. */
    public State current() {
        Counted seen = last;
        long now = System.nanoTime();
        if (seen != null && now - seen.at() < FRESH_NANOS) {
            return seen.state();
        }
        synchronized (this) {
            seen = last;
            if (seen != null && System.nanoTime() - seen.at() < FRESH_NANOS) {
                return seen.state();
            }
            DetectionQueue.Waiting waiting = queue.waiting();
            Instant counted = Instant.now();
            long oldest = waiting.oldest() == null ? 0
                    : Math.max(0, Duration.between(waiting.oldest(), counted).toSeconds());
            State state = new State(waiting.claims(), oldest, worker.waiting(CheckLane.INTERACTIVE),
                    worker.waiting(CheckLane.BULK), counted);
            last = new Counted(state, System.nanoTime());
            return state;
        }
    }
}
