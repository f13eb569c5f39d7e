package io.claimtracker.conflict;

import io.claimtracker.common.jobs.BackgroundJobs;
import io.claimtracker.common.jobs.JobStatus;
import io.claimtracker.common.failure.StateConflictException;
import io.claimtracker.common.failure.RecordNotFoundException;
import io.claimtracker.common.CurrentUser;
import io.claimtracker.common.Timestamps;
import io.claimtracker.conflict.ConflictDtos.RescanView;
import io.claimtracker.conflict.detect.ConflictJudge;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;

/** Re-runs the current detector over every claim in the background, recording progress as it goes. */
@ApplicationScoped
public class RescanService {

    private static final int BATCH = 100;
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
            created.detectorVersion = ConflictJudge.VERSION;
            created.persist();
            return created;
        });
        long id = rescan.id;
        int[] done = new int[1];
        jobs.start("Rescan " + id, requestedBy, CHANNEL, () -> run(id, done),
                (status, failure) -> progress(id, done[0], status, failure == null ? null
                        : "Stopped after " + done[0] + " claims: " + failure));
        return RescanView.of(rescan);
    }

    public RescanView get(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Rescan.<Rescan>findByIdOptional(id).map(RescanView::of)
                .orElseThrow(() -> new RecordNotFoundException("rescan", id)));
    }

    private void run(long rescanId, int[] done) {
        long lastId = 0;
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
            progress(rescanId, done[0], null, null);
        }
    }

    private static void progress(long rescanId, int done, JobStatus finalStatus, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            Rescan rescan = Rescan.findById(rescanId);
            rescan.progress(done);
            rescan.openFlags = (int) Conflict.count("status", ConflictStatus.OPEN);
            if (finalStatus != null) {
                rescan.end(finalStatus);
                rescan.failure = failure;
            }
        });
    }
}
