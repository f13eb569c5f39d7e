package io.claimtracker.claim;

import java.util.List;
import io.claimtracker.common.jobs.BackgroundJobs;
import io.claimtracker.common.CurrentUser;
import io.claimtracker.claim.ClaimDtos.ClaimInput;
import io.claimtracker.claim.ClaimDtos.ClaimView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The use cases that record a claim: each commits the claim in its own transaction, then puts its conflict check
 * in line and returns it with the flags it raised when the check finishes within a short wait, or marked as pending
 * while the check goes on in the background. The claim is kept whatever the check does.
 */
@ApplicationScoped
public class ClaimRecording {

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
            jobs.start(label, currentUser.name(), "system", () -> conflicts.claimsSaved(claimIds),
                    (status, failure) -> { });
        }
    }

    private ClaimView checked(ClaimView saved) {
        return conflicts.claimSavedAnswerSoon(saved.id()).map(saved::withConflicts)
                .orElseGet(saved::withConflictCheckPending);
    }
}
