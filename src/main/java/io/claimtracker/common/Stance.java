package io.claimtracker.common;

/** An editor's record of whether a claim supports or rejects a proposition of its topic. */
public enum Stance {
    FOR, AGAINST
}
