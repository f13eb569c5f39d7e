package io.claimtracker.common;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Resolves a record by its unique key, inserting it when missing. The insert must be a no-op when the key
 * already exists ({@code INSERT ... ON DUPLICATE KEY UPDATE}), so that two requests creating the same record at
 * once both end up with the one row, and it belongs to the caller's transaction, so a failed request leaves
 * nothing behind. {@code afterInsert} runs with the record whenever the insert was attempted, so that a caller can
 * note a creation it has not noted yet.
 */
public final class FindOrCreate {

    private FindOrCreate() {
    }

    public static <T> T resolve(Supplier<Optional<T>> finder, Runnable insertIfAbsent, Consumer<T> afterInsert) {
        return finder.get().orElseGet(() -> {
            insertIfAbsent.run();
            T found = finder.get().orElseThrow(() -> new IllegalStateException("A record inserted just now cannot be read"));
            afterInsert.accept(found);
            return found;
        });
    }
}
