package io.claimtracker.conflict;

import io.claimtracker.common.failure.StateConflictException;
import io.claimtracker.common.failure.RecordNotFoundException;
import io.claimtracker.common.CurrentUser;
import io.claimtracker.common.Timestamps;
import io.claimtracker.conflict.ConflictDtos.RescanView;
import io.claimtracker.conflict.detect.ConflictJudge;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;

/** Re-runs the current detector over every claim in the background, recording progress as it goes. */
@ApplicationScoped
public class RescanService {

    private static final Logger LOG = Logger.getLogger(RescanService.class);
    private static final int BATCH = 100;
    /** A running rescan that has recorded no progress for this long is taken to have died with its instance. */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);

    @Inject
    ConflictDetection conflicts;

    @Inject
    ManagedExecutor executor;

    @Inject
    CurrentUser currentUser;

    public RescanView start() {
        String requestedBy = currentUser.name();
        Rescan rescan = QuarkusTransaction.requiringNew().call(() -> {
            Rescan running = Rescan.<Rescan>find("status", Rescan.RUNNING).firstResult();
            if (running != null && running.progressedAt.isBefore(Timestamps.now().minus(STALE_AFTER))) {
                running.status = Rescan.FAILED;
                running.finishedAt = Timestamps.now();
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
            created.status = Rescan.RUNNING;
            created.total = (int) io.claimtracker.claim.Claim.count();
            created.detectorVersion = ConflictJudge.VERSION;
            created.requestedBy = requestedBy;
            created.startedAt = Timestamps.now();
            created.progressedAt = created.startedAt;
            created.persist();
            return created;
        });
        long id = rescan.id;
        executor.execute(() -> run(id));
        return RescanView.of(rescan);
    }

    public RescanView get(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Rescan.<Rescan>findByIdOptional(id).map(RescanView::of)
                .orElseThrow(() -> new RecordNotFoundException("rescan", id)));
    }

    private void run(long rescanId) {
        long lastId = 0;
        int done = 0;
        try {
            while (true) {
                long after = lastId;
                List<Long> ids = QuarkusTransaction.requiringNew().call(() -> io.claimtracker.claim.Claim
                        .<io.claimtracker.claim.Claim>find("id > ?1 order by id", after).page(0, BATCH).list()
                        .stream().map(claim -> claim.id).toList());
                if (ids.isEmpty()) {
                    break;
                }
                for (long id : ids) {
                    conflicts.claimSaved(id);
                    done++;
                }
                lastId = ids.get(ids.size() - 1);
                progress(rescanId, done, null, null);
            }
            progress(rescanId, done, Rescan.DONE, null);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Rescan %d failed after %d claims", rescanId, done);
            progress(rescanId, done, Rescan.FAILED, "Stopped after " + done + " claims: " + e.getMessage());
        }
    }

    private static void progress(long rescanId, int done, String finalStatus, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            Rescan rescan = Rescan.findById(rescanId);
            rescan.done = done;
            rescan.progressedAt = Timestamps.now();
            rescan.openFlags = (int) Conflict.count("status", ConflictStatus.OPEN);
            if (finalStatus != null) {
                rescan.status = finalStatus;
                rescan.finishedAt = Timestamps.now();
                rescan.failure = failure;
            }
        });
    }
}
