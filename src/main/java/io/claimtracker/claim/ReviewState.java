package io.claimtracker.claim;

import java.util.Locale;

/** Where the flags a claim takes part in stand, most pressing first; a claim shows its most pressing one. */
public enum ReviewState {
    OPEN, CONFIRMED, SETTLED, NONE;

    public ReviewState stronger(ReviewState other) {
        return ordinal() <= other.ordinal() ? this : other;
    }

    /** The lower-case name pages use for style classes. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
