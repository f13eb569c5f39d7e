package io.claimtracker.claim;

/** Who waits for a saved claim's conflict check: a person at a form or page, or bulk work nobody watches. */
public enum CheckLane {
    /** A claim an editor saved: checked before bulk work, on threads that keep their normal priority. */
    INTERACTIVE,
    /** Imports, scripts posting many claims, rechecks after corrections and merges, rescans. */
    BULK
}
