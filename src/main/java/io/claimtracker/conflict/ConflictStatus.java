package io.claimtracker.conflict;

/** Where a flag stands in review. Only OPEN flags are ever changed by detection. */
public enum ConflictStatus {
    OPEN, CONFIRMED, DISMISSED, RESOLVED
}
