package io.claimtracker.account;

import io.claimtracker.common.TrackerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed sign-ins per account and address and per address alone over a sliding window. Checks still
 * running count too: a sign-in may start only while failures plus running checks stay under the limit, and
 * otherwise waits (up to the password-check wait) for a running one to finish, so simultaneous guesses cannot
 * overrun the limit while simultaneous correct sign-ins are all served. Names are folded as the database
 * compares them (case, accents, width). Failures are also written to the database and read back from it, so
 * failures made through any instance count on every instance; the checks running now are this instance's own.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int PRUNE_ABOVE = 10_000;
    /** What a caller is told to wait when the checks already running for its account use up the limit. */
    static final Duration BUSY = Duration.ofSeconds(2);
    /** How often a waiting attempt looks again when no check of its own instance ends meanwhile. */
    private static final Duration RECHECK = Duration.ofMillis(100);
    /** What a look at the failures returns when it must read the database again before deciding. */
    private static final Duration READ_AGAIN = Duration.ofNanos(-1);

    /** Failures within the window and checks running now, for one key. */
    private static final class Count {
        final Deque<Instant> failures = new ArrayDeque<>();
        int running;
    }

    private final Map<String, Count> counts = new HashMap<>();
    /** Failed checks this instance has recorded, in the database and here, since it started. */
    private long failuresRecorded;

    @Inject
    TrackerConfig config;

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    @Inject
    SharedSignInFailures shared;

    Clock clock = Clock.systemUTC();

    /**
     * Starts one attempt and returns zero when its password may be checked now, or how long the caller must wait
     * (nothing started). Blocks for at most the configured password-check wait while other checks of the same
     * account or address are running.
     */
    public Duration reserve(String username, String address) {
        String pair = pairKey(username, address);
        String from = addressKey(address);
        long deadline = System.nanoTime() + config.security().passwordCheckWait().toNanos();
        while (true) {
            long seen = failuresRecordedHere();
            Optional<Map<String, SharedSignInFailures.Recent>> everywhere = shared == null ? Optional.empty()
                    : shared.since(List.of(pair, from), clock.instant().minus(config.security().loginWindow()));
            Duration decided = tryReserve(pair, from, everywhere, seen);
            if (decided == READ_AGAIN) {
                continue;
            }
            if (decided != null) {
                return decided;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return BUSY;
            }
            synchronized (this) {
                try {
                    wait(Math.max(1, Math.min(RECHECK.toMillis(), left / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return BUSY;
                }
            }
        }
    }

    private synchronized long failuresRecordedHere() {
        return failuresRecorded;
    }

    /**
     * Zero with the attempt started, how long failures block it, null while running checks leave no room, or
     * {@link #READ_AGAIN} when a check of this instance ended in a failure after the database was read (its running
     * slot is free, but the read may not hold its failure yet). Failures are those every instance recorded when the
     * database could be read, else this instance's own.
     */
    private synchronized Duration tryReserve(String pair, String from,
                                             Optional<Map<String, SharedSignInFailures.Recent>> everywhere, long seen) {
        if (everywhere.isPresent() && failuresRecorded != seen) {
            return READ_AGAIN;
        }
        Instant now = clock.instant();
        Duration window = config.security().loginWindow();
        Map<String, Window> failures = new HashMap<>();
        for (String key : List.of(pair, from)) {
            failures.put(key, everywhere.map(recent -> recent.get(key)).map(recent -> new Window(recent.count(),
                    recent.oldest())).orElseGet(() -> everywhere.isPresent() ? Window.NONE : local(key, window, now)));
        }
        Duration blocked = longer(failures.get(pair).blocked(config.security().loginFailures(), window, now),
                failures.get(from).blocked(config.security().addressFailures(), window, now));
        if (!blocked.isZero()) {
            return blocked;
        }
        if (room(pair, failures.get(pair), config.security().loginFailures())
                && room(from, failures.get(from), config.security().addressFailures())) {
            prune(now, window);
            count(pair).running++;
            count(from).running++;
            return Duration.ZERO;
        }
        return null;
    }

    /** A key's failures within the window: how many, and the oldest of them. */
    private record Window(int count, Instant oldest) {
        static final Window NONE = new Window(0, null);

        Duration blocked(int limit, Duration window, Instant now) {
            return count < limit ? Duration.ZERO : Duration.between(now, oldest.plus(window)).plusSeconds(1);
        }
    }

    /** The started attempt signed in: the account's failures from this address are forgotten, on every instance. */
    public void succeeded(String username, String address) {
        forgetLocally(username, address);
        if (shared != null) {
            shared.forget(pairKey(username, address));
        }
    }

    private synchronized void forgetLocally(String username, String address) {
        finish(pairKey(username, address));
        finish(addressKey(address));
        Count pair = counts.get(pairKey(username, address));
        if (pair != null) {
            pair.failures.clear();
        }
        notifyAll();
    }

    /** The started attempt had a wrong password. */
    public void failed(String username, String address) {
        if (metrics != null) {
            metrics.counter("claimtracker.signin.failures").increment();
        }
        Instant now = clock.instant();
        if (shared != null) {
            shared.record(List.of(pairKey(username, address), addressKey(address)), now,
                    now.minus(config.security().loginWindow()));
        }
        failedLocally(username, address, now);
    }

    private synchronized void failedLocally(String username, String address, Instant now) {
        failuresRecorded++;
        finish(pairKey(username, address)).failures.addLast(now);
        finish(addressKey(address)).failures.addLast(now);
        notifyAll();
    }

    /** The started attempt could not be checked (busy, database away): it does not count. */
    public synchronized void release(String username, String address) {
        finish(pairKey(username, address));
        finish(addressKey(address));
        notifyAll();
    }

    private Count count(String key) {
        return counts.computeIfAbsent(key, ignored -> new Count());
    }

    private Count finish(String key) {
        Count count = count(key);
        count.running = Math.max(0, count.running - 1);
        return count;
    }

    private boolean room(String key, Window failures, int limit) {
        Count count = counts.get(key);
        return failures.count() + (count == null ? 0 : count.running) < limit;
    }

    private void prune(Instant now, Duration window) {
        if (counts.size() > PRUNE_ABOVE) {
            Instant horizon = now.minus(window);
            counts.values().removeIf(count -> count.running == 0
                    && (count.failures.isEmpty() || count.failures.peekLast().isBefore(horizon)));
        }
    }

    /** This instance's own failures of the key within the window, forgetting older ones. */
    private Window local(String key, Duration window, Instant now) {
        Count count = counts.get(key);
        if (count == null) {
            return Window.NONE;
        }
        while (!count.failures.isEmpty() && count.failures.peekFirst().plus(window).isBefore(now)) {
            count.failures.pollFirst();
        }
        return count.failures.isEmpty() ? Window.NONE : new Window(count.failures.size(), count.failures.peekFirst());
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The name as the database's case- and accent-insensitive collation sees it. */
    static String fold(String username) {
        if (username == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(Usernames.canonical(username), Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static String pairKey(String username, String address) {
        return fold(username) + "|" + address;
    }

    private static String addressKey(String address) {
        return "|" + address;
    }
}
