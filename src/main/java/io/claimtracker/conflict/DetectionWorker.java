package io.claimtracker.conflict;

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
 * Runs saved claims' conflict checks off the request thread: a bounded line in memory, taken a small batch at a
 * time by as many threads as checks may run at once. A claim that finds the line full, or whose check fails, stays
 * in the database's detection queue for the background retry, as does everything in the line when the service
 * stops. The threads run at a lower operating-system priority, so requests come first for the cores.
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
    private volatile BlockingQueue<Job> line;
    private volatile ExecutorService threads;
    private volatile boolean stopping;

    /** A claim waiting for its check, the trace it was saved under, and who waits for the outcome. */
    private record Job(long claimId, Context trace, CompletableFuture<List<RaisedFlag>> outcome) {
    }

    /**
     * Puts a saved claim in line for its check; the outcome completes with its flags, or exceptionally when the
     * line is full or the check failed (the claim then waits for the background retry either way).
     */
    public CompletableFuture<List<RaisedFlag>> submit(long claimId) {
        CompletableFuture<List<RaisedFlag>> outcome = new CompletableFuture<>();
        if (stopping) {
            outcome.completeExceptionally(new DetectionSlots.DetectionBusyException());
            return outcome;
        }
        held.merge(claimId, 1, Integer::sum);
        if (!line().offer(new Job(claimId, Context.current(), outcome))) {
            release(claimId);
            outcome.completeExceptionally(new DetectionSlots.DetectionBusyException());
        }
        return outcome;
    }

    /** Whether the claim waits in line or is being checked here now. */
    public boolean holds(long claimId) {
        return held.containsKey(claimId);
    }

    /** Claims waiting in line, not counting those being checked. */
    public int waiting() {
        BlockingQueue<Job> current = line;
        return current == null ? 0 : current.size();
    }

    private BlockingQueue<Job> line() {
        if (line == null) {
            synchronized (this) {
                if (line == null) {
                    int workers = Math.max(1, config.detection().concurrentChecks());
                    threads = Executors.newFixedThreadPool(workers, task -> {
                        Thread thread = new Thread(task, "claim-check-" + started.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
                    line = new ArrayBlockingQueue<>(Math.max(1, config.detection().backlog()));
                    for (int i = 0; i < workers; i++) {
                        threads.execute(this::work);
                    }
                }
            }
        }
        return line;
    }

    private void work() {
        if (BackgroundPriority.lowerCurrentThread(config.detection().workerNiceness())) {
            LOG.debugf("%s runs at nice %d", Thread.currentThread().getName(), config.detection().workerNiceness());
        }
        int size = Math.max(1, config.detection().batch());
        while (!stopping) {
            try {
                Job first = line.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                List<Job> batch = new ArrayList<>(size);
                batch.add(first);
                line.drainTo(batch, size - 1);
                check(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf(e, "A batch of conflict checks failed; its claims wait for the background retry");
            }
        }
    }

    private void check(List<Job> batch) {
        Map<Long, Context> traces = new LinkedHashMap<>();
        batch.forEach(job -> traces.putIfAbsent(job.claimId(), job.trace()));
        metrics.summary("claimtracker.detection.batch").record(traces.size());
        ManagedContext requests = Arc.container().requestContext();
        requests.activate();
        try {
            ConflictDetection.Checked checked = detection.claimsSaved(List.copyOf(traces.keySet()), traces);
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
