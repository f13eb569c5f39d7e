package io.claimtracker.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Values trusted for a while under a hashed credential, at most 10,000 at once, emptied whole on demand. */
final class RecentlyVerified<V> {

    private static final int MAX_ENTRIES = 10_000;

    /** A value and until when it is trusted. */
    private record Entry<V>(V value, Instant until) {
    }

    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();

    Optional<V> find(String key) {
        Entry<V> found = entries.get(key);
        if (found == null || found.until().isBefore(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(found.value());
    }

    void remember(String key, V value, Duration trusted) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, Instant.now().plus(trusted)));
    }

    void clear() {
        entries.clear();
    }
}
