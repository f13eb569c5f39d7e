package io.claimtracker.common;

import java.util.function.Predicate;

/** Looks through a failure and the chain of its causes for one that answers a question. */
public final class Causes {

    private Causes() {
    }

    /** Whether the failure or any of its causes matches. */
    public static boolean any(Throwable failure, Predicate<Throwable> matches) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (matches.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
