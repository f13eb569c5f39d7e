package io.claimtracker.operations;

import io.claimtracker.conflict.DetectionBacklog;
import io.claimtracker.conflict.detect.ConflictKind;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The service's state as gauges on {@code /q/metrics}: open flags by kind, read from the database every 30 seconds
 * into memory; the detection backlog and the age of its oldest entry, counted when scraped and at most a second
 * stale ({@link DetectionBacklog}). Counters and timers of detection, imports and sign-in failures are kept where
 * those happen.
 */
@ApplicationScoped
public class DomainMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager entityManager;

    @Inject
    DetectionBacklog backlog;

    private final Map<ConflictKind, AtomicLong> openFlags = new EnumMap<>(ConflictKind.class);

    void register(@Observes StartupEvent started) {
        for (ConflictKind kind : ConflictKind.values()) {
            AtomicLong count = openFlags.computeIfAbsent(kind, k -> new AtomicLong());
            Gauge.builder("claimtracker.flags.open", count, AtomicLong::get).tag("kind", kind.name())
                    .description("Open conflict flags").register(registry);
        }
        Gauge.builder("claimtracker.detection.backlog", backlog, counted -> counted.current().waiting()).strongReference(true)
                .description("Claims waiting for their conflict check, in every instance").register(registry);
        Gauge.builder("claimtracker.detection.backlog.oldest", backlog, counted -> counted.current().oldestSeconds()).strongReference(true)
                .baseUnit("seconds").description("How long the oldest waiting claim has waited").register(registry);
    }

    /** Reads the open flags again; runs every 30 seconds. */
    @Scheduled(every = "30s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void refresh() {
        Map<ConflictKind, Long> counted = new EnumMap<>(ConflictKind.class);
        List<?> rows = entityManager.createNativeQuery("SELECT kind, COUNT(*) FROM conflict WHERE status = 'OPEN' "
                + "GROUP BY kind").getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            io.claimtracker.common.Enums.parse(ConflictKind.class, (String) columns[0])
                    .ifPresent(kind -> counted.put(kind, ((Number) columns[1]).longValue()));
        }
        openFlags.forEach((kind, count) -> count.set(counted.getOrDefault(kind, 0L)));
    }
}
