package io.claimtracker.conflict;

import io.claimtracker.common.TrackerConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many conflict checks run the detector at once, so that many simultaneous writers queue for the
 * cores instead of slowing every check; a check that waits too long is deferred to the background retry.
 */
@ApplicationScoped
public class DetectionSlots {

    @Inject
    TrackerConfig config;

    private Semaphore permits;

    @PostConstruct
    void init() {
        permits = new Semaphore(Math.max(1, config.detection().concurrentChecks()), true);
    }

    public <T> T run(Supplier<T> check) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(config.detection().checkWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DetectionBusyException();
        }
        if (!acquired) {
            throw new DetectionBusyException();
        }
        try {
            return check.get();
        } finally {
            permits.release();
        }
    }

    /** Every detection slot stayed taken for the configured wait; the check is left queued for later. */
    public static final class DetectionBusyException extends RuntimeException {
        DetectionBusyException() {
            super("every conflict-check slot is busy; the check stays queued and runs in the background",
                    null, false, false);
        }
    }
}
