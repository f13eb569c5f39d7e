package io.claimtracker.common;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** A fixed number of slots for costly work: a caller waits up to a set time for one, else gets the busy failure. */
public final class BoundedSlots {

    private final Semaphore permits;
    private final Duration wait;
    private final Supplier<? extends RuntimeException> busy;

    public BoundedSlots(int slots, Duration wait, Supplier<? extends RuntimeException> busy) {
        this.permits = new Semaphore(slots, true);
        this.wait = wait;
        this.busy = busy;
    }

    /** Runs the work in a free slot, or throws the busy failure when none frees up within the wait. */
    public <T> T run(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy.get();
        }
        if (!acquired) {
            throw busy.get();
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
