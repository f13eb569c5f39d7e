package io.claimtracker.conflict;

import io.claimtracker.claim.DetectionQueue;
import io.claimtracker.common.DatabaseOutage;
import io.claimtracker.common.Timestamps;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;

/**
 * Runs the conflict check for claims whose check did not complete after they were saved (the database went away
 * between the save and the check, or the service stopped), so that no stored claim stays unchecked.
 */
@ApplicationScoped
public class PendingDetection {

    private static final Logger LOG = Logger.getLogger(PendingDetection.class);
    private static final Duration GRACE = Duration.ofSeconds(10);
    private static final int BATCH = 100;

    @Inject
    ConflictDetection conflicts;

    @Inject
    DetectionQueue queue;

    @Inject
    DetectionWorker worker;

    @Scheduled(every = "${tracker.detection.retry-every:30s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retry() {
        try {
            int checked = checkQueuedBefore(Timestamps.now().minus(GRACE));
            if (checked > 0) {
                LOG.infof("Checked %d claim(s) whose conflict check had been deferred", checked);
            }
        } catch (RuntimeException e) {
            if (DatabaseOutage.causedBy(e)) {
                LOG.debugf("Deferred conflict checks wait for the database: %s", e.getMessage());
            } else {
                LOG.warnf(e, "A deferred conflict check failed; it will be tried again");
            }
        }
    }

    /**
     * Checks up to one batch of claims queued before the given moment, oldest first, leaving out those in line for
     * this instance's worker; returns how many were checked.
     */
    public int checkQueuedBefore(java.time.Instant queuedBefore) {
        List<Long> pending = queue.queuedBefore(queuedBefore, BATCH).stream().filter(id -> !worker.holds(id)).toList();
        for (long claimId : pending) {
            conflicts.claimSaved(claimId);
        }
        return pending.size();
    }
}
