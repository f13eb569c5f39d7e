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
 * Counts sign-in attempts per account and address and per address alone over a sliding window. An attempt is
 * counted before its password is checked ({@link #reserve}), so concurrent guesses cannot overrun the limit; a
 * success takes its own count back. Names are folded as the database compares them (case, accents, width).
 * Counts live in this instance's memory.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> attempts = new HashMap<>();

    @Inject
    TrackerConfig config;

    Clock clock = Clock.systemUTC();

    /**
     * Counts one attempt and returns zero when it may go ahead, or how long the caller must wait (nothing counted).
     */
    public synchronized Duration reserve(String username, String address) {
        Instant now = clock.instant();
        Duration window = config.security().loginWindow();
        Duration pair = wait(pairKey(username, address), config.security().loginFailures(), window, now);
        Duration from = wait(addressKey(address), config.security().addressFailures(), window, now);
        Duration wait = pair.compareTo(from) >= 0 ? pair : from;
        if (wait.isZero()) {
            prune(now, window);
            attempts.computeIfAbsent(pairKey(username, address), ignored -> new ArrayDeque<>()).addLast(now);
            attempts.computeIfAbsent(addressKey(address), ignored -> new ArrayDeque<>()).addLast(now);
        }
        return wait;
    }

    /** The reserved attempt signed in: the account's failures from this address are forgotten. */
    public synchronized void succeeded(String username, String address) {
        attempts.remove(pairKey(username, address));
        dropNewest(addressKey(address));
    }

    /** The reserved attempt could not be checked (busy, database away): it does not count. */
    public synchronized void release(String username, String address) {
        dropNewest(pairKey(username, address));
        dropNewest(addressKey(address));
    }

    private void dropNewest(String key) {
        Deque<Instant> times = attempts.get(key);
        if (times != null) {
            times.pollLast();
            if (times.isEmpty()) {
                attempts.remove(key);
            }
        }
    }

    private void prune(Instant now, Duration window) {
        if (attempts.size() > PRUNE_ABOVE) {
            Instant horizon = now.minus(window);
            attempts.values().removeIf(times -> times.isEmpty() || times.peekLast().isBefore(horizon));
        }
    }

    private Duration wait(String key, int limit, Duration window, Instant now) {
        Deque<Instant> times = attempts.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        while (!times.isEmpty() && times.peekFirst().plus(window).isBefore(now)) {
            times.pollFirst();
        }
        if (times.size() < limit) {
            return Duration.ZERO;
        }
        return Duration.between(now, times.peekFirst().plus(window)).plusSeconds(1);
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
