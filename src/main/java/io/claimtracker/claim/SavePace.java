package io.claimtracker.claim;

import io.claimtracker.common.TrackerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells an editor's save from bulk posting by its pace: while an account has saved more claims within the last
 * minute than {@code tracker.detection.interactive-per-minute}, its further saves are checked as bulk work. Only the
 * latest saves of each account are remembered, one more than the allowance.
 */
@ApplicationScoped
public class SavePace {

    private static final long WINDOW = Duration.ofMinutes(1).toNanos();

    @Inject
    TrackerConfig config;

    private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();

    /** Records a save by the account now and says which lane its check takes. */
    public CheckLane laneOfSave(String account) {
        int allowed = Math.max(0, config.detection().interactivePerMinute());
        long now = System.nanoTime();
        Deque<Long> saves = recent.computeIfAbsent(account == null ? "" : account, name -> new ArrayDeque<>());
        synchronized (saves) {
            while (!saves.isEmpty() && now - saves.peekFirst() > WINDOW) {
                saves.pollFirst();
            }
            saves.addLast(now);
            while (saves.size() > allowed + 1) {
                saves.pollFirst();
            }
            return saves.size() <= allowed ? CheckLane.INTERACTIVE : CheckLane.BULK;
        }
    }
}
