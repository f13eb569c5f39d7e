package io.claimtracker.claim;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the claim service asks of conflict detection, implemented by the conflict package. */
public interface ConflictHook {

    /** Re-examines a saved claim against its candidates, after its transaction committed; returns its open flags. */
    List<RaisedFlag> claimSaved(long claimId);

    /**
     * Puts a saved claim's check in the given lane's line to run off the caller's thread and waits a short while for
     * it when nothing is in that line before it; empty when the check is still running or had to be deferred (either
     * way it completes in the background).
     */
    Optional<List<RaisedFlag>> claimSavedAnswerSoon(long claimId, CheckLane lane);

    /**
     * Re-examines saved claims through the check worker's bulk lane and returns once each check has ended; a check
     * that fails or finds the worker's line full stays queued for the background retry.
     */
    void claimsSaved(List<Long> claimIds);

    /** Files a claim's flags under the topic an edit moved it to (none when the topic was removed). */
    void claimMoved(long claimId, Long topicId);

    /** Clears a claim's open flags before it is deleted, or refuses when an editor has ruled on one of them. */
    void claimDeleting(long claimId);

    /** The review state of each claim that takes part in a flag; claims without flags are left out. */
    Map<Long, ReviewState> reviewStates(Collection<Long> claimIds);

    /** The flags a claim takes part in now, without running detection. */
    List<RaisedFlag> flagsOf(long claimId);

    /** The flags each of the given claims takes part in, in one look-up; claims without flags map to none. */
    Map<Long, List<RaisedFlag>> flagsOfEach(Collection<Long> claimIds);

    /** Open flags per article, for the given articles. */
    Map<Long, Long> openFlagsByArticle(Collection<Long> articleIds);

    /** A flag as a claim response shows it. */
    record RaisedFlag(long id, long otherClaimId, String otherSpeaker, String otherStatement, String kind,
                      double score, String explanation, boolean reversal, String status) {
    }
}
