package io.claimtracker.common;

import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Resolves a record by its unique key, creating it in a transaction of its own when missing. When two requests
 * create the same record at once, the loser's insert fails on the unique key and it reads the winner's row.
 */
public final class FindOrCreate {

    private FindOrCreate() {
    }

    public static <T> T resolve(Supplier<Optional<T>> finder, Runnable creator) {
        Optional<T> existing = finder.get();
        if (existing.isPresent()) {
            return existing.get();
        }
        RuntimeException failure;
        try {
            QuarkusTransaction.requiringNew().run(creator);
            failure = null;
        } catch (RuntimeException e) {
            failure = e;
        }
        Optional<T> created = finder.get();
        if (created.isPresent()) {
            return created.get();
        }
        throw failure != null ? failure : new IllegalStateException("A record created just now cannot be read back");
    }
}
