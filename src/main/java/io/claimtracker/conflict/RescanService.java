package io.claimtracker.conflict;

import io.claimtracker.common.jobs.BackgroundJobs;
import io.claimtracker.common.jobs.JobLeasing;
import io.claimtracker.common.jobs.JobStatus;
import io.claimtracker.common.failure.StateConflictException;
import io.claimtracker.common.failure.RecordNotFoundException;
import io.claimtracker.common.CurrentUser;
import io.claimtracker.common.Timestamps;
import io.claimtracker.conflict.ConflictDtos.RescanView;
import io.claimtracker.conflict.detect.JudgeSettings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Re-runs the current detector over every claim in the background, recording progress as it goes. The instance that
 * runs a rescan holds a lease on it, renewed with every batch; when the lease runs out (the instance died), another
 * instance takes the rescan over and resumes after the last claim recorded.
 */
@ApplicationScoped
public class RescanService {

    private static final int BATCH = 20;
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(RescanService.class);
    /** A running rescan that has recorded no progress for this long is taken to have died with its instance. */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);

    @Inject
    ConflictDetection conflicts;

    @Inject
    BackgroundJobs jobs;

    /** Rescans change flags as the system, on behalf of the admin who started them. */
    private static final String CHANNEL = "system";

    @Inject
    CurrentUser currentUser;

    @Inject
    JobLeasing leases;

    private final Set<Long> runningHere = ConcurrentHashMap.newKeySet();

    public RescanView start() {
        String requestedBy = currentUser.name();
        Rescan rescan = QuarkusTransaction.requiringNew().call(() -> {
            Rescan running = Rescan.<Rescan>find("status", JobStatus.RUNNING).firstResult();
            if (running != null && running.progressedAt.isBefore(Timestamps.now().minus(STALE_AFTER))) {
                running.end(JobStatus.FAILED);
                running.failure = "Interrupted: no progress since " + running.progressedAt
                        + " (the service was probably restarted). Superseded by a new rescan.";
                running = null;
            }
            if (running != null) {
                throw new StateConflictException("Rescan already running", "Rescan #" + running.id
                        + " is running (" + running.done + " of " + running.total + " claims). Follow it at "
                        + "/api/conflicts/rescans/" + running.id + " and start another when it has finished.", null,
                        java.util.Map.of("running", running.id));
            }
            Rescan created = new Rescan();
            created.begin(requestedBy, (int) io.claimtracker.claim.Claim.count());
            created.detectorVersion = JudgeSettings.VERSION;
            leases.hold(created);
            created.persist();
            return created;
        });
        launch(rescan.id, 0, 0, requestedBy);
        return RescanView.of(rescan);
    }

    /**
     * Takes over the running rescans whose lease ran out unrenewed (their instance died or stalled), one at a time
     * across instances through the lease's row, and resumes each after the last claim it recorded.
     */
    @Scheduled(every = "${tracker.jobs.take-over-every:15s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void takeOverAbandoned() {
        List<Rescan> taken = leases.takeOverExpired(Rescan.class, STALE_AFTER);
        for (Rescan rescan : taken) {
            if (!runningHere.contains(rescan.id)) {
                LOG.infof("Took over rescan #%d, whose instance stopped renewing its lease; resuming after claim %d "
                        + "(%d of %d done)", rescan.id, rescan.resumeAfter, rescan.done, rescan.total);
                launch(rescan.id, rescan.resumeAfter, rescan.done, rescan.requestedBy);
            }
        }
    }

    private void launch(long id, long after, int doneBefore, String requestedBy) {
        runningHere.add(id);
        int[] done = {doneBefore};
        jobs.start("Rescan " + id, requestedBy, CHANNEL, () -> run(id, after, done), (status, failure) -> {
            runningHere.remove(id);
            progress(id, done[0], -1, status, failure == null ? null
                    : "Stopped after " + done[0] + " claims: " + failure);
        });
    }

    public RescanView get(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Rescan.<Rescan>findByIdOptional(id).map(RescanView::of)
                .orElseThrow(() -> new RecordNotFoundException("rescan", id)));
    }

    private void run(long rescanId, long resumeAfter, int[] done) {
        long lastId = resumeAfter;
        while (true) {
            long after = lastId;
            List<Long> ids = QuarkusTransaction.requiringNew().call(() -> io.claimtracker.claim.Claim
                    .<io.claimtracker.claim.Claim>find("id > ?1 order by id", after).page(0, BATCH).list()
                    .stream().map(claim -> claim.id).toList());
            if (ids.isEmpty()) {
                return;
            }
            for (long id : ids) {
                conflicts.claimSaved(id);
                done[0]++;
            }
            lastId = ids.get(ids.size() - 1);
            if (!progress(rescanId, done[0], lastId, null, null)) {
                throw new IllegalStateException("Rescan #" + rescanId + " was taken over by another instance");
            }
        }
    }

    /**
     * Records progress (and the last claim checked, when not negative) and renews the lease, or records the end;
     * false, with nothing written, when another instance holds the lease now.
     */
    private boolean progress(long rescanId, int done, long lastClaimId, JobStatus finalStatus, String failure) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Rescan rescan = Rescan.findById(rescanId);
            if (!leases.renew(rescan)) {
                return false;
            }
            rescan.progress(done);
            if (lastClaimId >= 0) {
                rescan.resumeAfter = lastClaimId;
            }
            rescan.openFlags = (int) Conflict.count("status", ConflictStatus.OPEN);
            if (finalStatus != null) {
                rescan.end(finalStatus);
                rescan.failure = failure;
            }
            return true;
        });
    }
}
