package io.claimtracker.review;

import io.claimtracker.conflict.ReviewAction;
import io.claimtracker.conflict.DismissReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** The JSON shapes of the review API. */
public final class ReviewDtos {

    private ReviewDtos() {
    }

    /**
     * A reviewer's ruling on a flag: DISMISS needs a reason (and a note when the reason is OTHER), RESOLVE needs a
     * note. {@code version} is the flag version the reviewer saw.
     */
    public record DecisionRequest(
            @NotNull(message = "is required: CONFIRM, DISMISS, RESOLVE or REOPEN") ReviewAction action,
            DismissReason reason,
            @Size(max = 2000, message = "must be at most 2000 characters") String note,
            @NotNull(message = "is required: send the flag version you reviewed") Long version) {
    }

    /** One entry of a flag's review history. */
    public record DecisionView(long id, ReviewAction action, DismissReason reason, String note, String decidedBy,
                               Instant decidedAt) {

        static DecisionView of(ConflictDecision decision) {
            return new DecisionView(decision.id, decision.action, decision.reason, decision.note, decision.decidedBy,
                    decision.decidedAt);
        }
    }
}
