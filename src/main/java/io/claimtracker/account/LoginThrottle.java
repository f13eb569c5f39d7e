package io.claimtracker.account;

import io.claimtracker.common.TrackerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per account and address and per address alone over a sliding window, and says how long a
 * caller must wait once a limit is reached. Counts live in this instance's memory.
 */
@ApplicationScoped
public class LoginThrottle {

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Inject
    TrackerConfig config;

    Clock clock = Clock.systemUTC();

    /** How long this caller must wait before trying again; zero when it may try now. */
    public Duration waitBefore(String username, String address) {
        Duration window = config.security().loginWindow();
        Duration pair = wait(pairKey(username, address), config.security().loginFailures(), window);
        Duration from = wait(addressKey(address), config.security().addressFailures(), window);
        return pair.compareTo(from) >= 0 ? pair : from;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        record(pairKey(username, address), now);
        record(addressKey(address), now);
    }

    public void succeeded(String username, String address) {
        failures.remove(pairKey(username, address));
    }

    private static final int PRUNE_ABOVE = 10_000;

    private void record(String key, Instant at) {
        if (failures.size() > PRUNE_ABOVE) {
            Instant horizon = at.minus(config.security().loginWindow());
            failures.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    return entry.getValue().isEmpty() || entry.getValue().peekLast().isBefore(horizon);
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key, ignored -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(at);
        }
    }

    private Duration wait(String key, int limit, Duration window) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().plus(window).isBefore(now)) {
                times.pollFirst();
            }
            if (times.size() < limit) {
                return Duration.ZERO;
            }
            Instant oldest = times.peekFirst();
            return Duration.between(now, oldest.plus(window)).plusSeconds(1);
        }
    }

    private static String pairKey(String username, String address) {
        return (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + "|" + address;
    }

    private static String addressKey(String address) {
        return "|" + address;
    }
}
