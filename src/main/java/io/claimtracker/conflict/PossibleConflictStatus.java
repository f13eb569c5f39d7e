package io.claimtracker.conflict;

/**
 * Where a pair worth a look stands: SHOWN beside its claims until an editor raises it to a flag (RAISED) or waves it
 * off (WAVED_OFF); a decided pair is left alone by detection until one of its claims changes.
 */
public enum PossibleConflictStatus {
    SHOWN, RAISED, WAVED_OFF
}
