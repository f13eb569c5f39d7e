package io.claimtracker.conflict;

import io.claimtracker.claim.CheckLane;
import io.claimtracker.claim.ConflictHook.RaisedFlag;
import io.claimtracker.common.BackgroundPriority;
import io.claimtracker.common.TrackerConfig;
import io.opentelemetry.context.Context;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs saved claims' conflict checks off the request thread, in two lanes: claims editors save wait in a short
 * interactive line served by threads of their own at normal priority; bulk work waits in a bounded line taken by
 * threads at a lower operating-system priority, so requests and editors come first for the cores. Each thread takes a
 * small batch at a time. A claim that finds its line full, or whose check fails, stays in the database's detection
 * queue for the background retry, as does everything in the lines when the service stops.
 */
@ApplicationScoped
public class DetectionWorker {

    private static final Logger LOG = Logger.getLogger(DetectionWorker.class);

    @Inject
    TrackerConfig config;

    @Inject
    ConflictDetection detection;

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    private final Map<Long, Integer> held = new ConcurrentHashMap<>();
    private final AtomicInteger started = new AtomicInteger();
    private volatile Map<CheckLane, BlockingQueue<Job>> lines;
    private volatile ExecutorService threads;
    private volatile boolean stopping;

    /** A claim waiting for its check, when it joined the line, the trace it was saved under, and who waits. */
    private record Job(long claimId, long queuedAt, Context trace, CompletableFuture<List<RaisedFlag>> outcome) {
    }

    /**
     * Puts a saved claim in its lane's line for its check; the outcome completes with its flags, or exceptionally
     * when the line is full or the check failed (the claim then waits for the background retry either way).
     */
    public CompletableFuture<List<RaisedFlag>> submit(long claimId, CheckLane lane) {
        CompletableFuture<List<RaisedFlag>> outcome = new CompletableFuture<>();
        if (stopping) {
            outcome.completeExceptionally(new DetectionSlots.DetectionBusyException());
            return outcome;
        }
        held.merge(claimId, 1, Integer::sum);
        if (!lines().get(lane).offer(new Job(claimId, System.nanoTime(), Context.current(), outcome))) {
            release(claimId);
            outcome.completeExceptionally(new DetectionSlots.DetectionBusyException());
        }
        return outcome;
    }

    /** Whether the claim waits in line or is being checked here now. */
    public boolean holds(long claimId) {
        return held.containsKey(claimId);
    }

    /** Claims waiting in the lane's line, not counting those being checked. */
    public int waiting(CheckLane lane) {
        Map<CheckLane, BlockingQueue<Job>> current = lines;
        return current == null ? 0 : current.get(lane).size();
    }

    private Map<CheckLane, BlockingQueue<Job>> lines() {
        if (lines == null) {
            synchronized (this) {
                if (lines == null) {
                    int bulk = Math.max(1, config.detection().concurrentChecks());
                    int interactive = Math.max(1, config.detection().interactiveChecks());
                    threads = Executors.newFixedThreadPool(bulk + interactive, task -> {
                        Thread thread = new Thread(task, "claim-check-" + started.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
                    Map<CheckLane, BlockingQueue<Job>> created = new EnumMap<>(CheckLane.class);
                    int capacity = Math.max(1, config.detection().backlog());
                    for (CheckLane lane : CheckLane.values()) {
                        created.put(lane, new ArrayBlockingQueue<>(capacity));
                    }
                    for (int i = 0; i < interactive; i++) {
                        threads.execute(() -> work(CheckLane.INTERACTIVE, created.get(CheckLane.INTERACTIVE), 0));
                    }
                    for (int i = 0; i < bulk; i++) {
                        threads.execute(() -> work(CheckLane.BULK, created.get(CheckLane.BULK),
                                config.detection().workerNiceness()));
                    }
                    lines = created;
                }
            }
        }
        return lines;
    }

    private void work(CheckLane lane, BlockingQueue<Job> line, int niceness) {
        if (niceness > 0 && BackgroundPriority.lowerCurrentThread(niceness)) {
            LOG.debugf("%s runs at nice %d", Thread.currentThread().getName(), niceness);
        }
        int size = Math.max(1, config.detection().batch());
        io.micrometer.core.instrument.Timer waited = metrics.timer("claimtracker.detection.wait", "lane",
                lane.name().toLowerCase(java.util.Locale.ROOT));
        while (!stopping) {
            try {
                Job first = line.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                List<Job> batch = new ArrayList<>(size);
                batch.add(first);
                line.drainTo(batch, size - 1);
                long now = System.nanoTime();
                batch.forEach(job -> waited.record(now - job.queuedAt(), TimeUnit.NANOSECONDS));
                check(batch, lane);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf(e, "A batch of conflict checks failed; its claims wait for the background retry");
            }
        }
    }

    private void check(List<Job> batch, CheckLane lane) {
        Map<Long, Context> traces = new LinkedHashMap<>();
        batch.forEach(job -> traces.putIfAbsent(job.claimId(), job.trace()));
        metrics.summary("claimtracker.detection.batch").record(traces.size());
        ManagedContext requests = Arc.container().requestContext();
        requests.activate();
        try {
            ConflictDetection.Checked checked = detection.claimsSaved(List.copyOf(traces.keySet()), traces, lane);
            for (Job job : batch) {
                RuntimeException failure = checked.failed().get(job.claimId());
                if (failure != null) {
                    LOG.warnf("Conflict check of claim %d deferred: %s", job.claimId(), failure.getMessage());
                    job.outcome().completeExceptionally(failure);
                } else {
                    job.outcome().complete(checked.raised().getOrDefault(job.claimId(), List.of()));
                }
            }
        } catch (RuntimeException e) {
            batch.forEach(job -> job.outcome().completeExceptionally(e));
            throw e;
        } finally {
            requests.terminate();
            batch.forEach(job -> release(job.claimId()));
        }
    }

    private void release(long claimId) {
        held.computeIfPresent(claimId, (id, count) -> count == 1 ? null : count - 1);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (threads != null) {
            threads.shutdownNow();
        }
    }
}
