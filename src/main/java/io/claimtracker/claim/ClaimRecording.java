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
 * in line (the interactive lane for forms and for API requests at an editor's pace, the bulk lane for imports and
 * faster API clients; {@link SavePace}) and returns it with the flags it raised when the check finishes within a
 * short wait, or marked as pending while the check goes on in the background. The claim is kept whatever the check does.
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

    @Inject
    SavePace pace;

    /** Where a save comes from, which decides the lane of its check. */
    public enum Source {
        /** A page's form: a person waits for the flags. Always the interactive lane. */
        FORM,
        /** One claim per API request: interactive at an editor's pace, bulk beyond it ({@link SavePace}). */
        API,
        /** One of many claims a single request brings in (an annotation import): bulk. */
        IMPORT
    }

    /** Attaches a new claim to an article. */
    public ClaimView attach(long articleId, ClaimInput input, Source source) {
        return checked(claims.create(articleId, input), source);
    }

    /** Applies an edit to a claim, given the version the editor read. */
    public ClaimView edit(long id, ClaimInput input, Source source) {
        return checked(claims.update(id, input), source);
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

    private ClaimView checked(ClaimView saved, Source source) {
        CheckLane lane = switch (source) {
            case FORM -> CheckLane.INTERACTIVE;
            case API -> pace.laneOfSave(currentUser.name());
            case IMPORT -> CheckLane.BULK;
        };
        return conflicts.claimSavedAnswerSoon(saved.id(), lane).map(saved::withConflicts)
                .orElseGet(saved::withConflictCheckPending);
    }
}
