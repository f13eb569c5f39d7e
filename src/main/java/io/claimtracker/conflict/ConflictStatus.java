package io.claimtracker.conflict;

import io.claimtracker.conflict.detect.ConflictKind;
import io.claimtracker.conflict.detect.Verdict;

/**
 * Where a flag stands in review. NOTED holds a development the detector recorded (the story moving on) or a pair whose dates are needed: shown on
 * the topic timeline, not in the review queue. Only OPEN and NOTED flags are ever changed by detection.
 */
public enum ConflictStatus {
    OPEN, CONFIRMED, DISMISSED, RESOLVED, NOTED;

    public boolean changedByDetection() {
        return this == OPEN || this == NOTED;
    }

    static ConflictStatus forDetected(Verdict verdict) {
        return verdict.kind() != null && verdict.kind().recordedOnly() ? NOTED : OPEN;
    }
}
