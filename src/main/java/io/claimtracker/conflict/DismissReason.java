package io.claimtracker.conflict;

/** Why a reviewer dismissed a flag. */
public enum DismissReason {
    DIFFERENT_EVENTS, PARAPHRASE, MISATTRIBUTION, NOT_A_CONFLICT, OTHER
}
