package io.claimtracker.conflict;

import io.claimtracker.claim.CheckLane;
import io.claimtracker.common.BoundedSlots;
import io.claimtracker.common.TrackerConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/**
 * Bounds how many conflict checks of each lane run the detector at once, so that many simultaneous writers queue for
 * the cores instead of slowing every check, and an editor's check never waits for a bulk check's slot; a check that
 * waits too long is deferred to the background retry.
 */
@ApplicationScoped
public class DetectionSlots {

    @Inject
    TrackerConfig config;

    private BoundedSlots bulk;
    private BoundedSlots interactive;

    @PostConstruct
    void init() {
        bulk = new BoundedSlots(Math.max(1, config.detection().concurrentChecks()), config.detection().checkWait(),
                DetectionBusyException::new);
        interactive = new BoundedSlots(Math.max(1, config.detection().interactiveChecks()),
                config.detection().checkWait(), DetectionBusyException::new);
    }

    public <T> T run(CheckLane lane, Supplier<T> check) {
        return (lane == CheckLane.INTERACTIVE ? interactive : bulk).run(check);
    }

    /** Every detection slot stayed taken for the configured wait; the check is left queued for later. */
    public static final class DetectionBusyException extends RuntimeException {
        DetectionBusyException() {
            super("every conflict-check slot is busy; the check stays queued and runs in the background",
                    null, false, false);
        }
    }
}
