package io.claimtracker.review;

/** What a reviewer can do with a conflict flag. */
public enum ReviewAction {
    CONFIRM, DISMISS, RESOLVE, REOPEN
}
