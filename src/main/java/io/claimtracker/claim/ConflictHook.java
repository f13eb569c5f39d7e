package io.claimtracker.claim;

import java.util.List;

/** What the claim service asks of conflict detection, implemented by the conflict package. */
public interface ConflictHook {

    /** Re-examines a saved claim against its candidates, after its transaction committed; returns its open flags. */
    List<RaisedFlag> claimSaved(long claimId);

    /** Clears a claim's open flags before it is deleted, or refuses when an editor has ruled on one of them. */
    void claimDeleting(long claimId);

    /** A flag as a claim response shows it. */
    record RaisedFlag(long id, long otherClaimId, String kind, double score, String explanation, boolean reversal) {
    }
}
