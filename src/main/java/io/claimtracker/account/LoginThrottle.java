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
import java.util.Locale;
import java.util.Map;

/**
 * Counts failed sign-ins per account and address and per address alone over a sliding window. Checks still
 * running count too: a sign-in may start only while failures plus running checks stay under the limit, and
 * otherwise waits (up to the password-check wait) for a running one to finish, so simultaneous guesses cannot
 * overrun the limit while simultaneous correct sign-ins are all served. Names are folded as the database
 * compares them (case, accents, width). Counts live in this instance's memory.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int PRUNE_ABOVE = 10_000;
    /** What a caller is told to wait when the checks already running for its account use up the limit. */
    static final Duration BUSY = Duration.ofSeconds(2);

    /** Failures within the window and checks running now, for one key. */
    private static final class Count {
        final Deque<Instant> failures = new ArrayDeque<>();
        int running;
    }

    private final Map<String, Count> counts = new HashMap<>();

    @Inject
    TrackerConfig config;

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    Clock clock = Clock.systemUTC();

    /**
     * Starts one attempt and returns zero when its password may be checked now, or how long the caller must wait
     * (nothing started). Blocks for at most the configured password-check wait while other checks of the same
     * account or address are running.
     */
    public synchronized Duration reserve(String username, String address) {
        long deadline = System.nanoTime() + config.security().passwordCheckWait().toNanos();
        String pair = pairKey(username, address);
        String from = addressKey(address);
        while (true) {
            Instant now = clock.instant();
            Duration window = config.security().loginWindow();
            Duration blocked = longer(blocked(pair, config.security().loginFailures(), window, now),
                    blocked(from, config.security().addressFailures(), window, now));
            if (!blocked.isZero()) {
                return blocked;
            }
            if (room(pair, config.security().loginFailures()) && room(from, config.security().addressFailures())) {
                prune(now, window);
                count(pair).running++;
                count(from).running++;
                return Duration.ZERO;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return BUSY;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return BUSY;
            }
        }
    }

    /** The started attempt signed in: the account's failures from this address are forgotten. */
    public synchronized void succeeded(String username, String address) {
        finish(pairKey(username, address));
        finish(addressKey(address));
        Count pair = counts.get(pairKey(username, address));
        if (pair != null) {
            pair.failures.clear();
        }
        notifyAll();
    }

    /** The started attempt had a wrong password. */
    public synchronized void failed(String username, String address) {
        if (metrics != null) {
            metrics.counter("claimtracker.signin.failures").increment();
        }
        Instant now = clock.instant();
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

    private boolean room(String key, int limit) {
        Count count = counts.get(key);
        return count == null || count.failures.size() + count.running < limit;
    }

    private void prune(Instant now, Duration window) {
        if (counts.size() > PRUNE_ABOVE) {
            Instant horizon = now.minus(window);
            counts.values().removeIf(count -> count.running == 0
                    && (count.failures.isEmpty() || count.failures.peekLast().isBefore(horizon)));
        }
    }

    /** How long failures alone block the key, or zero. */
    private Duration blocked(String key, int limit, Duration window, Instant now) {
        Count count = counts.get(key);
        if (count == null) {
            return Duration.ZERO;
        }
        while (!count.failures.isEmpty() && count.failures.peekFirst().plus(window).isBefore(now)) {
            count.failures.pollFirst();
        }
        if (count.failures.size() < limit) {
            return Duration.ZERO;
        }
        return Duration.between(now, count.failures.peekFirst().plus(window)).plusSeconds(1);
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The name as the database's case- and accent-insensitive collation sees it. */
    static String fold(String username) {
        if (username == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(username.strip(), Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static String pairKey(String username, String address) {
        return fold(username) + "|" + address;
    }

    private static String addressKey(String address) {
        return "|" + address;
    }
}
