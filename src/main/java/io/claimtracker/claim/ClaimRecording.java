package io.claimtracker.claim;

import java.util.List;
import io.claimtracker.common.jobs.BackgroundJobs;
import io.claimtracker.common.CurrentUser;
import io.claimtracker.claim.ClaimDtos.ClaimInput;
import io.claimtracker.claim.ClaimDtos.ClaimView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The use cases that record a claim: each commits the claim in its own transaction, then checks it for conflicts
 * and returns it with the flags it raised. The claim is kept whatever the check does; a check that cannot run
 * now stays queued for the background retry and the claim is returned marked as pending.
 */
@ApplicationScoped
public class ClaimRecording {

    private static final Logger LOG = Logger.getLogger(ClaimRecording.class);

    @Inject
    ClaimService claims;

    @Inject
    ConflictHook conflicts;

    @Inject
    BackgroundJobs jobs;

    @Inject
    CurrentUser currentUser;

    /** Attaches a new claim to an article. */
    public ClaimView attach(long articleId, ClaimInput input) {
        return checked(claims.create(articleId, input));
    }

    /** Applies an edit to a claim, given the version the editor read. */
    public ClaimView edit(long id, ClaimInput input) {
        return checked(claims.update(id, input));
    }

    /**
     * Checks claims already queued for a check again in the background, after a change that touched many of them
     * (an article corrected, speakers merged); a check that fails stays queued for the retry.
     */
    public void recheckInBackground(String label, List<Long> claimIds) {
        if (!claimIds.isEmpty()) {
            jobs.start(label, currentUser.name(), "system", () -> claimIds.forEach(conflicts::claimSaved),
                    (status, failure) -> { });
        }
    }

    private ClaimView checked(ClaimView saved) {
        try {
            return saved.withConflicts(conflicts.claimSaved(saved.id()));
        } catch (RuntimeException e) {
            LOG.warnf("Conflict check of claim %d deferred: %s", saved.id(), e.getMessage());
            return saved.withConflictCheckPending();
        }
    }
}
